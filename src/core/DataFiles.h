#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

/**
 * Where PIAdesk's data files are: the rule sets, the document templates, the holiday
 * calendar and the translations.
 *
 * An installation keeps them in one directory found relative to the program itself
 * (bin/piadesk → share/piadesk; the relative path comes from CMake's install
 * directories), so an installation works under any prefix and can be moved. The
 * program never looks into its source or build tree. A build made with
 * PIADESK_EMBED_DATA (the default) also carries a copy of every file in its resources
 * (":/piadesk/…"), used when there is no installed copy: a program run from its build
 * tree, or a damaged installation.
 */
namespace piadesk::DataFiles {

/** The installation's data directory, e.g. /usr/share/piadesk; empty when there is none. */
QString directory();

/** The directory the program looks in for directory(): its own directory plus the configured relative path. */
QString expectedDirectory();

/** Whether this build carries its data files in its resources. */
bool embedded();

/** The built-in copy of a data file, e.g. ":/piadesk/rulesets/x.json"; empty when the build carries none. */
QString builtIn(const QString& relativePath);

/**
 * The path of the data file \a relativePath ("calendar/cn-holidays.json"): the installed
 * file when there is one, else the built-in copy; empty when there is neither.
 */
QString locate(const QString& relativePath);

/**
 * Loads the data file \a relativePath with \a loader, a callable (const QString& path, QString* error) returning a
 * std::optional: the installed file, else its built-in copy. An installed file that \a loader refuses is reported
 * with qWarning and the built-in copy loaded instead. Empty, with \a error saying why, when neither loads.
 */
template <typename Loader> auto load(const QString& relativePath, Loader loader, QString* error)
{
    const QString path = locate(relativePath);
    auto loaded = loader(path, error);
    const QString copy = builtIn(relativePath);
    if (!loaded && !copy.isEmpty() && copy != path) {
        qWarning("%s", qPrintable(*error));
        loaded = loader(copy, error);
    }
    return loaded;
}

/** Every data file in \a subdirectory matching \a nameFilter ("*.json"), installed or built in, by name. */
QStringList names(const QString& subdirectory, const QString& nameFilter);

/**
 * Why the program cannot run: a build without embedded data whose data directory is
 * missing. Empty when all is well.
 */
QString problem();

/** Tests: look for the installation's data in \a directory (empty: there is none); restore() undoes it. */
void setDirectoryForTesting(const QString& directory);
void restore();

} // namespace piadesk::DataFiles

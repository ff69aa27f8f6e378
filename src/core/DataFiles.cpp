#include "DataFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <optional>

#ifndef PIADESK_DATA_RELATIVE
#error "PIADESK_DATA_RELATIVE (the data directory relative to the program's directory) must be defined by CMake"
#endif

namespace piadesk::DataFiles {

namespace {

std::optional<QString>& testDirectory()
{
    static std::optional<QString> directory;
    return directory;
}

QString programDirectory()
{
    if (QCoreApplication::instance())
        return QCoreApplication::applicationDirPath();
    // Before the application object exists (or in a program without one): the running executable.
    const QFileInfo self(QStringLiteral("/proc/self/exe"));
    return self.exists() ? QFileInfo(self.canonicalFilePath()).absolutePath() : QString();
}

QString resourceRoot()
{
    return QStringLiteral(":/piadesk");
}

} // namespace

QString expectedDirectory()
{
    const QString program = programDirectory();
    if (program.isEmpty())
        return QString();
    return QDir::cleanPath(program + QLatin1Char('/') + QStringLiteral(PIADESK_DATA_RELATIVE));
}

QString directory()
{
    if (testDirectory())
        return *testDirectory();
    // The program does not move while it runs: looked up once.
    static const QString installed = [] {
        const QString expected = expectedDirectory();
        return !expected.isEmpty() && QFileInfo(expected).isDir() ? expected : QString();
    }();
    return installed;
}

bool embedded()
{
#ifdef PIADESK_EMBED_DATA
    return true;
#else
    return false;
#endif
}

QString builtIn(const QString& relativePath)
{
    if (!embedded())
        return QString();
    const QString path = resourceRoot() + QLatin1Char('/') + relativePath;
    return QFileInfo::exists(path) ? path : QString();
}

QString locate(const QString& relativePath)
{
    const QString installed = directory();
    if (!installed.isEmpty()) {
        const QString path = installed + QLatin1Char('/') + relativePath;
        if (QFileInfo(path).isFile())
            return path;
    }
    return builtIn(relativePath);
}

QStringList names(const QString& subdirectory, const QString& nameFilter)
{
    QStringList all;
    const QStringList filters { nameFilter };
    if (!directory().isEmpty())
        all += QDir(directory() + QLatin1Char('/') + subdirectory).entryList(filters, QDir::Files);
    if (embedded())
        all += QDir(resourceRoot() + QLatin1Char('/') + subdirectory).entryList(filters, QDir::Files);
    all.sort();
    all.removeDuplicates();
    return all;
}

QString problem()
{
    if (embedded() || !directory().isEmpty())
        return QString();
    return QCoreApplication::translate("piadesk::DataFiles",
        "PIAdesk cannot find its data files (rule sets, document templates, holiday calendar, translations): "
        "it looked for them in %1. Reinstall PIAdesk.")
        .arg(QDir::toNativeSeparators(expectedDirectory()));
}

void setDirectoryForTesting(const QString& directory)
{
    testDirectory() = directory;
}

void restore()
{
    testDirectory().reset();
}

} // namespace piadesk::DataFiles

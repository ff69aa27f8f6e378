#pragma once

#include "calendar/CalendarLoader.h"
#include "documents/PdfDocument.h"
#include "rules/RuleSetLibrary.h"
#include "store/CaseStore.h"

#include <QDate>
#include <QString>

#include <functional>
#include <memory>

class QCommandLineParser;
class QIODevice;
class QJsonObject;
class QTextStream;

namespace piadesk::cli {

/** The exit status of piadesk-cli. */
enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

/**
 * What every command of piadesk-cli works with: the parsed options, the output streams and the clocks; and what
 * several commands do alike (open the case file, load the rule sets, a version, write a result).
 */
class CliContext
{
public:
    CliContext(
        QCommandLineParser& parser, QTextStream& out, QTextStream& err, const Clock* clock, const Clock* changeClock);

    QCommandLineParser& parser;
    QTextStream& out;
    QTextStream& err;
    const Clock* clock; ///< the clock deadlines are counted by (--today)
    const Clock* changeClock; ///< the clock changes are recorded by: the real one, whatever --today says

    /** Whether --json was given. */
    bool json() const;
    /** Says \a message and where the help is, on stderr; the exit status of wrong usage. */
    int usage(const QString& message);
    /** Says "Error: \a message" on stderr; the exit status of a failure. */
    int failure(const QString& message);
    /** The case file: --file, or the default. */
    QString filePath() const;
    /** Whether the command works on a team store (--db) rather than a case file. */
    bool isTeamStore() const;
    /** Opens the case file as the user (--user) with the counting clock. */
    std::unique_ptr<CaseStore> openStore(bool readOnly, QString* error);
    /** Opens the case file or team store at \a location (a path or a postgresql:// URI) as openStore() does. */
    std::unique_ptr<CaseStore> openStoreAt(const QString& location, bool readOnly, QString* error);
    /** Has \a store keep its cases' summaries under the built-in rule sets and the calendar in use. */
    void summarize(CaseStore& store);
    /** Writes UTF-8 \a text to standard output as it is, after what the stream holds (no round trip through UTF-16). */
    void writeOut(const QByteArray& text);
    /** Writes \a bytes to --out (whole or not at all), else to standard output. */
    bool writeResult(const QByteArray& bytes, QString* error);
    QDate today() const;
    /** The calendar in use, after any --calendar; its warning (a kept file that cannot be used) goes to stderr. */
    CalendarLibrary calendars();
    /** Loads --calendar FILE and keeps it for later runs. */
    int installCalendar();
    void printJson(const QJsonObject& object);
    /** The built-in rule sets and those given with --rules; false (with a message) when a file is refused. */
    bool loadRuleSets(RuleSetLibrary* library, QString* error);
    /** The --version N given after a command, or 0 for the latest; -1 when it is not a number. */
    int versionNumber() const;
    /** Loads the case \a reference and its version (\a number, 0 for the latest) into \a bundle. */
    const AssessmentVersion* loadVersion(
        CaseStore& store, const QString& reference, int number, CaseBundle* bundle, QString* error);

    /** A version read from the case file, with the rule set its case is assessed under. */
    struct OpenVersion
    {
        RuleSetLibrary library;
        std::unique_ptr<CaseStore> store;
        CaseBundle bundle;
        const AssessmentVersion* version = nullptr; ///< in bundle
        const RuleSet* rules = nullptr; ///< in library
    };
    /** Opens the case file read-only and loads version \a number (0: the latest) of case \a reference. */
    bool openVersion(const QString& reference, int number, OpenVersion* opened, QString* error);
    /** Writes one document to \a path through a QSaveFile: the file appears whole or not at all. */
    bool writeDocument(const QString& path, const std::function<bool(QIODevice*, QString*)>& write, QString* error);
};

/** Pads \a text to \a width characters, counting CJK characters as two columns as terminals show them. */
QString padded(const QString& text, int width);
/** \a text on one line, cut to 60 characters. */
QString oneLine(const QString& text);
/** A rendering's progress that only notes how many pages the document has. */
Progress countPages(int* pages);

} // namespace piadesk::cli

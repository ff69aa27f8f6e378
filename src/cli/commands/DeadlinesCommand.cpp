#include "cli/commands/DeadlinesCommand.h"
#include "calendar/CalendarLoader.h"
#include "cli/CliContext.h"
#include "cli/DateOutput.h"
#include "workflow/FileDeadlines.h"
#include "workflow/Workflow.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace piadesk::cli {

namespace {
/** How much JSON is written to standard output at once. */
constexpr qsizetype kOutputBatch = 1 << 20;
} // namespace

int DeadlinesCommand::run(CliContext& c, const QStringList& arguments)
{
    Q_UNUSED(arguments)
    DeadlineOptions options;
    options.today = c.today();
    if (c.parser.isSet(QStringLiteral("due-soon"))) {
        bool ok = false;
        options.dueSoonWorkingDays = c.parser.value(QStringLiteral("due-soon")).toInt(&ok);
        if (!ok || options.dueSoonWorkingDays < 0 || options.dueSoonWorkingDays > 250)
            return c.usage(QCoreApplication::translate(
                "piadesk::Cli", "--due-soon needs a number of working days from 0 to 250."));
    }
    const bool json = c.json();
    RuleSetLibrary rules;
    QString error;
    if (!c.loadRuleSets(&rules, &error))
        return c.failure(error);
    const CalendarLibrary library = c.calendars();
    DeadlineReport report;
    if (c.isTeamStore() || QFileInfo::exists(c.filePath())) {
        auto store = c.openStore(true, &error);
        if (!store)
            return c.failure(error);
        DeadlineScope scope;
        scope.includeMet = c.parser.isSet(QStringLiteral("all"));
        report
            = FileDeadlines::collect(*store, rules, library.calendar(), options, languageFor(QLocale()), scope, &error);
        if (!error.isEmpty())
            return c.failure(error);
    }
    for (const QString& warning : report.warnings)
        c.err << QCoreApplication::translate("piadesk::Cli", "Warning: %1").arg(warning) << '\n';
    if (json) {
        // The document around an empty list of deadlines, then the deadlines written into it one at a time, each
        // formed only as it is written: the output is what QJsonDocument would lay out, without ever holding it.
        const QByteArray frame
            = QJsonDocument(QJsonObject {
                                { QStringLiteral("today"), options.today.toString(Qt::ISODate) },
                                { QStringLiteral("dueSoonWorkingDays"), options.dueSoonWorkingDays },
                                { QStringLiteral("calendar"), DateOutput::calendarJson(library.calendar()) },
                                { QStringLiteral("estimated"), report.estimated },
                                { QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings) },
                                { QStringLiteral("deadlines"), QJsonArray() },
                            })
                  .toJson(QJsonDocument::Indented);
        const QByteArray open = "    \"deadlines\": [\n";
        const qsizetype at = frame.indexOf(open) + open.size();
        QByteArray text = frame.left(at);
        for (qsizetype i = 0; i < report.entries.size(); ++i) {
            if (i)
                text.append(",\n");
            text.append(qsizetype(8), ' ');
            report.explainer.appendJson(text, report.entries.at(i), 2);
            if (text.size() >= kOutputBatch) {
                c.writeOut(text);
                text.resize(0); // keeps its capacity for the next batch
            }
        }
        if (!report.entries.isEmpty())
            text.append('\n');
        text.append(frame.mid(at));
        c.writeOut(text);
    } else {
        DateOutput::writeDeadlines(c.out, library.calendar(), report, options.today);
    }
    return Success;
}

} // namespace piadesk::cli

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
#include <QJsonObject>
#include <QLocale>

namespace piadesk::cli {

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
    if (QFileInfo::exists(c.filePath())) {
        auto store = c.openStore(true, &error);
        if (!store)
            return c.failure(error);
        DeadlineScope scope;
        scope.includeMet = c.parser.isSet(QStringLiteral("all"));
        scope.json = json;
        report
            = FileDeadlines::collect(*store, rules, library.calendar(), options, languageFor(QLocale()), scope, &error);
        if (!error.isEmpty())
            return c.failure(error);
    }
    for (const QString& warning : report.warnings)
        c.err << QCoreApplication::translate("piadesk::Cli", "Warning: %1").arg(warning) << '\n';
    if (json) {
        QJsonArray items;
        for (const DeadlineEntry& entry : report.entries)
            items.append(entry.json);
        c.printJson(QJsonObject {
            { QStringLiteral("today"), options.today.toString(Qt::ISODate) },
            { QStringLiteral("dueSoonWorkingDays"), options.dueSoonWorkingDays },
            { QStringLiteral("calendar"), DateOutput::calendarJson(library.calendar()) },
            { QStringLiteral("estimated"), report.estimated },
            { QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings) },
            { QStringLiteral("deadlines"), items },
        });
    } else {
        DateOutput::writeDeadlines(c.out, library.calendar(), report, options.today);
    }
    return Success;
}

} // namespace piadesk::cli

#include "cli/commands/WorkdaysCommand.h"
#include "calendar/CalendarLoader.h"
#include "cli/CliContext.h"
#include "cli/DateOutput.h"
#include "core/FieldRules.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

namespace piadesk::cli {

namespace {

/** The most working days `workdays add` counts. */
constexpr int kMaxWorkingDays = 10000;

} // namespace

int WorkdaysCommand::run(CliContext& c, const QStringList& arguments)
{
    const QStringList& args = arguments;
    const QString sub = args.value(0);
    const int expected = sub == QLatin1String("info") ? 2 : 3;
    if ((sub != QLatin1String("add") && sub != QLatin1String("between") && sub != QLatin1String("info"))
        || args.size() != expected)
        return c.usage(QCoreApplication::translate("piadesk::Cli",
            "workdays needs one of: workdays add DATE N, workdays between FROM TO, workdays info DATE"));
    QString error;
    const QDate first = DateOutput::parseDate(args.at(1), &error);
    if (!first.isValid())
        return c.usage(error);
    const CalendarLibrary library = c.calendars();
    const WorkCalendar& calendar = library.calendar();
    const bool json = c.json();
    if (sub == QLatin1String("info")) {
        const DayInfo day = calendar.info(first);
        if (json)
            c.printJson(DateOutput::dayJson(day));
        else
            c.out << DateOutput::dayText(calendar, day);
        return Success;
    }
    WorkdayCount count;
    if (sub == QLatin1String("add")) {
        bool ok = false;
        const int n = args.at(2).toInt(&ok);
        if (!ok || n < 0 || n > kMaxWorkingDays)
            return c.usage(
                QCoreApplication::translate("piadesk::Cli", "\"%1\" is not a number of working days from 0 to %2.")
                    .arg(args.at(2).left(40))
                    .arg(kMaxWorkingDays));
        count = calendar.addWorkingDays(first, n);
        if (!count.isValid() || !FieldRules::dateProblem(count.to).isEmpty())
            return c.failure(QCoreApplication::translate("piadesk::Cli", "The result lies beyond the year %1.")
                                 .arg(FieldRules::kMaxYear));
    } else {
        const QDate second = DateOutput::parseDate(args.at(2), &error);
        if (!second.isValid())
            return c.usage(error);
        count = calendar.workingDaysBetween(first, second);
    }
    if (json) {
        QJsonObject o = DateOutput::countJson(count);
        o.insert(QStringLiteral("calendar"), DateOutput::calendarJson(calendar));
        c.printJson(o);
    } else {
        c.out << DateOutput::countText(calendar, count, sub == QLatin1String("add"));
    }
    return Success;
}

} // namespace piadesk::cli

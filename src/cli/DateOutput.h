#pragma once

#include "calendar/WorkCalendar.h"
#include "workflow/FileDeadlines.h"
#include "workflow/Workflow.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

class QTextStream;

namespace piadesk {

/** The plain and JSON output of the date commands: calendar, workdays, deadlines. */
class DateOutput
{
    Q_DECLARE_TR_FUNCTIONS(piadesk::DateOutput)
public:
    /** A date given on the command line: strictly YYYY-MM-DD, a real day, in the years PIAdesk accepts. */
    static QDate parseDate(const QString& text, QString* error);

    /** The calendar in use: its years and where it came from. */
    static QJsonObject calendarJson(const WorkCalendar& calendar);
    static QString calendarText(const WorkCalendar& calendar);

    static QJsonObject dayJson(const DayInfo& day);
    static QString dayText(const WorkCalendar& calendar, const DayInfo& day);

    static QJsonObject countJson(const WorkdayCount& count);
    /** The result of `workdays add` (\a added) or `workdays between`, with how it was counted. */
    static QString countText(const WorkCalendar& calendar, const WorkdayCount& count, bool added);

    /** Writes the plain-text listing of `deadlines` to \a out. */
    static void writeDeadlines(
        QTextStream& out, const WorkCalendar& calendar, const DeadlineReport& report, const QDate& today);
};

} // namespace piadesk

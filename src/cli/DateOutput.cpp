#include "DateOutput.h"

#include <QTextStream>

#include "core/FieldRules.h"
#include "core/ModelJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QLocale>

namespace piadesk {

namespace {

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QString dayKindKey(DayKind kind)
{
    switch (kind) {
    case DayKind::Weekday:
        return QStringLiteral("weekday");
    case DayKind::Weekend:
        return QStringLiteral("weekend");
    case DayKind::Holiday:
        return QStringLiteral("holiday");
    case DayKind::MakeUpWorkday:
        return QStringLiteral("make_up_workday");
    }
    return {};
}

QString estimatedNote(const WorkCalendar& calendar)
{
    if (calendar.isEmpty())
        return DateOutput::tr("Estimated: there is no holiday calendar; only weekends were skipped.");
    return DateOutput::tr(
        "Estimated: the holiday calendar covers %1–%2; days after it were judged on weekends alone. Load a newer "
        "holiday calendar with --calendar FILE.")
        .arg(calendar.firstYear())
        .arg(calendar.lastYear());
}

} // namespace

QDate DateOutput::parseDate(const QString& text, QString* error)
{
    const QDate date = ModelJson::parseDate(text);
    if (!date.isValid()) {
        *error = tr("\"%1\" is not a date: write a real day as YYYY-MM-DD, e.g. 2025-10-01.").arg(text.left(40));
        return {};
    }
    const QString problem = FieldRules::dateProblem(date);
    if (!problem.isEmpty()) {
        *error = QStringLiteral("%1 %2").arg(text, problem);
        return {};
    }
    return date;
}

QJsonObject DateOutput::calendarJson(const WorkCalendar& calendar)
{
    return QJsonObject {
        { QStringLiteral("firstYear"), calendar.firstYear() },
        { QStringLiteral("lastYear"), calendar.lastYear() },
        { QStringLiteral("holidays"), int(calendar.holidayCount()) },
        { QStringLiteral("makeUpDays"), int(calendar.makeUpDayCount()) },
        { QStringLiteral("builtIn"), calendar.origin().isEmpty() },
        { QStringLiteral("file"),
            calendar.origin().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(calendar.origin()) },
        { QStringLiteral("source"), calendar.source() },
    };
}

QString DateOutput::calendarText(const WorkCalendar& calendar)
{
    QString text = tr("Holiday calendar: %1–%2, %3 days off and %4 make-up working days.")
                       .arg(calendar.firstYear())
                       .arg(calendar.lastYear())
                       .arg(calendar.holidayCount())
                       .arg(calendar.makeUpDayCount())
        + QLatin1Char('\n');
    text += (calendar.origin().isEmpty() ? tr("Built into PIAdesk.")
                                         : tr("Loaded from %1.").arg(QDir::toNativeSeparators(calendar.origin())))
        + QLatin1Char('\n');
    if (!calendar.source().isEmpty())
        text += tr("Source: %1").arg(calendar.source()) + QLatin1Char('\n');
    return text;
}

QJsonObject DateOutput::dayJson(const DayInfo& day)
{
    QJsonObject o {
        { QStringLiteral("date"), iso(day.date) },
        { QStringLiteral("weekday"), day.date.dayOfWeek() },
        { QStringLiteral("working"), day.working },
        { QStringLiteral("kind"), dayKindKey(day.kind) },
        { QStringLiteral("estimated"), day.estimated },
    };
    if (!day.holiday.isEmpty()) {
        o.insert(QStringLiteral("holiday"), day.holiday);
        o.insert(QStringLiteral("holidayLabel"), WorkCalendar::holidayLabel(day.holiday));
    }
    return o;
}

QString DateOutput::dayText(const WorkCalendar& calendar, const DayInfo& day)
{
    const QString weekday = QLocale().dayName(day.date.dayOfWeek());
    QString why;
    switch (day.kind) {
    case DayKind::Weekday:
        why = tr("%1, %2: a working day.").arg(iso(day.date), weekday);
        break;
    case DayKind::Weekend:
        why = tr("%1, %2: not a working day (weekend).").arg(iso(day.date), weekday);
        break;
    case DayKind::Holiday:
        why = tr("%1, %2: not a working day (public holiday: %3).")
                  .arg(iso(day.date), weekday, WorkCalendar::holidayLabel(day.holiday));
        break;
    case DayKind::MakeUpWorkday:
        why = tr("%1, %2: a working day (make-up working day for %3).")
                  .arg(iso(day.date), weekday, WorkCalendar::holidayLabel(day.holiday));
        break;
    }
    why += QLatin1Char('\n');
    if (day.estimated)
        why += estimatedNote(calendar) + QLatin1Char('\n');
    return why;
}

QJsonObject DateOutput::countJson(const WorkdayCount& count)
{
    return QJsonObject {
        { QStringLiteral("from"), iso(count.from) },
        { QStringLiteral("to"), iso(count.to) },
        { QStringLiteral("workingDays"), count.workingDays },
        { QStringLiteral("weekendDays"), count.weekendDays },
        { QStringLiteral("holidays"), count.holidays },
        { QStringLiteral("holidayWeekendDays"), count.holidayWeekendDays },
        { QStringLiteral("makeUpDays"), count.makeUpDays },
        { QStringLiteral("holidayNames"), QJsonArray::fromStringList(count.holidayNames) },
        { QStringLiteral("estimated"), count.estimated },
    };
}

QString DateOutput::countText(const WorkCalendar& calendar, const WorkdayCount& count, bool added)
{
    QString text;
    if (added)
        text = iso(count.to) + QLatin1Char('\n')
            + tr("%n working day(s) after %1 (not counted itself).", nullptr, count.workingDays).arg(iso(count.from));
    else
        text = tr("%n working day(s) from %1 (not counted) to %2.", nullptr, count.workingDays)
                   .arg(iso(count.from), iso(count.to));
    text += QLatin1Char('\n');
    text += WorkCalendar::describe(count) + QLatin1Char('\n');
    if (count.estimated)
        text += estimatedNote(calendar) + QLatin1Char('\n');
    return text;
}

void DateOutput::writeDeadlines(
    QTextStream& out, const WorkCalendar& calendar, const DeadlineReport& report, const QDate& today)
{
    // Written deadline by deadline: a file of 100,000 cases has some 200,000 open, too many to hold as one text.
    QString text = tr("Deadlines on %1 (holiday calendar %2–%3):")
                       .arg(iso(today))
                       .arg(calendar.firstYear())
                       .arg(calendar.lastYear())
        + QStringLiteral("\n\n");
    if (report.entries.isEmpty())
        text += tr("No open deadlines.") + QLatin1Char('\n');
    for (const DeadlineEntry& entry : report.entries) {
        const Deadline& d = entry.deadline;
        QString state = DeadlinePlanner::stateLabel(d.state);
        switch (d.state) {
        case DeadlineState::Overdue:
            state = tr("OVERDUE by %n working day(s)", nullptr, -d.workingDaysLeft);
            break;
        case DeadlineState::DueSoon:
        case DeadlineState::Upcoming:
            if (d.kind != DeadlineKind::Retention)
                state = d.workingDaysLeft == 0 ? tr("%1, today").arg(state)
                                               : tr("%1, in %n working day(s)", nullptr, d.workingDaysLeft).arg(state);
            break;
        case DeadlineState::Met:
            state = d.late ? tr("met on %1, late").arg(iso(d.metOn)) : tr("met on %1").arg(iso(d.metOn));
            break;
        case DeadlineState::Unscheduled:
            break;
        }
        const QString due = d.due.isValid() ? iso(d.due) : QStringLiteral("----------");
        text += QStringLiteral("%1  %2%3\n")
                    .arg(due, state, d.estimated ? QStringLiteral(" ") + tr("(estimated)") : QString());
        text += QStringLiteral("    ")
            + tr("Case %1 %2 (%3): %4").arg(d.caseId).arg(d.caseName, d.organisationName, DeadlinePlanner::title(d))
            + QLatin1Char('\n');
        text += QStringLiteral("    ") + report.explainer.explain(entry) + QLatin1Char('\n');
        out << text;
        text.clear();
    }
    if (report.estimated)
        text += QLatin1Char('\n') + estimatedNote(calendar) + QLatin1Char('\n');
    out << text;
}

} // namespace piadesk

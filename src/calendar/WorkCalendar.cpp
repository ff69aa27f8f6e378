#include "WorkCalendar.h"

namespace piadesk {

namespace {

bool isWeekend(const QDate& date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

/** The holiday names the calendar data uses, so that they can be translated. */
constexpr const char* kHolidayNames[] = {
    QT_TRANSLATE_NOOP("piadesk::WorkCalendar", "New Year's Day"),
    QT_TRANSLATE_NOOP("piadesk::WorkCalendar", "Spring Festival"),
    QT_TRANSLATE_NOOP("piadesk::WorkCalendar", "Tomb-sweeping Day"),
    QT_TRANSLATE_NOOP("piadesk::WorkCalendar", "Labour Day"),
    QT_TRANSLATE_NOOP("piadesk::WorkCalendar", "Dragon Boat Festival"),
    QT_TRANSLATE_NOOP("piadesk::WorkCalendar", "Mid-autumn Festival"),
    QT_TRANSLATE_NOOP("piadesk::WorkCalendar", "National Day"),
    QT_TRANSLATE_NOOP("piadesk::WorkCalendar", "Anti-Fascist 70th Day"),
};

/** Counting stops after this many working days: no deadline is longer, and a loop must end. */
constexpr int kMaxWorkingDays = 100000;

} // namespace

WorkCalendar::WorkCalendar(
    int firstYear, int lastYear, const QHash<QDate, QString>& holidays, const QHash<QDate, QString>& makeUpDays)
    : m_firstYear(firstYear)
    , m_lastYear(lastYear)
    , m_holidays(holidays)
    , m_makeUpDays(makeUpDays)
{
    Q_ASSERT(firstYear > 0 && firstYear <= lastYear);
    m_firstJulian = QDate(firstYear, 1, 1).toJulianDay();
    m_codes.assign(size_t(QDate(lastYear, 12, 31).toJulianDay() - m_firstJulian + 1), Plain);
    for (auto it = holidays.constBegin(); it != holidays.constEnd(); ++it) {
        if (covers(it.key()))
            m_codes[size_t(it.key().toJulianDay() - m_firstJulian)] = Off;
    }
    for (auto it = makeUpDays.constBegin(); it != makeUpDays.constEnd(); ++it) {
        if (covers(it.key()))
            m_codes[size_t(it.key().toJulianDay() - m_firstJulian)] = MakeUp;
    }
}

DayInfo WorkCalendar::info(const QDate& date) const
{
    DayInfo day;
    day.date = date;
    if (!date.isValid()) {
        day.working = false;
        return day;
    }
    const bool weekend = isWeekend(date);
    day.kind = weekend ? DayKind::Weekend : DayKind::Weekday;
    day.working = !weekend;
    if (!covers(date)) {
        day.estimated = true;
        return day;
    }
    switch (m_codes[size_t(date.toJulianDay() - m_firstJulian)]) {
    case Off:
        day.kind = DayKind::Holiday;
        day.working = false;
        day.holiday = m_holidays.value(date);
        break;
    case MakeUp:
        day.kind = DayKind::MakeUpWorkday;
        day.working = true;
        day.holiday = m_makeUpDays.value(date);
        break;
    default:
        break;
    }
    return day;
}

void WorkCalendar::tally(const QDate& day, WorkdayCount& count, int sign) const
{
    const DayInfo d = info(day);
    count.estimated = count.estimated || d.estimated;
    switch (d.kind) {
    case DayKind::Weekday:
        count.workingDays += sign;
        break;
    case DayKind::MakeUpWorkday:
        count.workingDays += sign;
        ++count.makeUpDays;
        break;
    case DayKind::Weekend:
        ++count.weekendDays;
        break;
    case DayKind::Holiday:
        if (isWeekend(day))
            ++count.holidayWeekendDays;
        else
            ++count.holidays;
        if (!d.holiday.isEmpty() && !count.holidayNames.contains(d.holiday))
            count.holidayNames.append(d.holiday);
        break;
    }
}

WorkdayCount WorkCalendar::addWorkingDays(const QDate& from, int n) const
{
    WorkdayCount count;
    if (!from.isValid() || n < 0 || n > kMaxWorkingDays)
        return count;
    count.from = from;
    QDate day = from;
    while (count.workingDays < n) {
        day = day.addDays(1);
        if (!day.isValid())
            return {};
        tally(day, count, 1);
    }
    count.to = day;
    return count;
}

WorkdayCount WorkCalendar::workingDaysBetween(const QDate& from, const QDate& to) const
{
    WorkdayCount count;
    if (!from.isValid() || !to.isValid())
        return count;
    count.from = from;
    count.to = to;
    const bool forward = from <= to;
    const QDate first = forward ? from : to;
    const QDate last = forward ? to : from;
    for (QDate day = first.addDays(1); day <= last; day = day.addDays(1))
        tally(day, count, forward ? 1 : -1);
    return count;
}

QString WorkCalendar::holidayLabel(const QString& name)
{
    for (const char* known : kHolidayNames) {
        if (name == QLatin1String(known))
            return tr(known);
    }
    return name;
}

QString WorkCalendar::describe(const WorkdayCount& count)
{
    QStringList names;
    for (const QString& name : count.holidayNames)
        names.append(holidayLabel(name));
    const QString holidays = names.isEmpty()
        ? tr("%n holiday(s)", nullptr, count.holidays)
        : tr("%n holiday(s) (%1)", nullptr, count.holidays).arg(names.join(tr(", ")));
    return tr("Passed over %1 and %2; counted %3.")
        .arg(tr("%n weekend day(s)", nullptr, count.weekendDays + count.holidayWeekendDays), holidays,
            tr("%n make-up working day(s)", nullptr, count.makeUpDays));
}

} // namespace piadesk

#include "WorkCalendar.h"

#include <QCryptographicHash>

#include <algorithm>

namespace piadesk {

namespace {

/** Julian day 0 was a Monday. */
bool isWeekend(qint64 julianDay)
{
    return (julianDay % 7 + 7) % 7 >= 5;
}

bool isWeekend(const QDate& date)
{
    return isWeekend(date.toJulianDay());
}

/** Monday to Friday in [0, \a julianDay). */
qint64 weekdaysBefore(qint64 julianDay)
{
    const qint64 weeks = julianDay >= 0 ? julianDay / 7 : -((-julianDay + 6) / 7);
    return weeks * 5 + std::min<qint64>(julianDay - weeks * 7, 5);
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

QByteArray WorkCalendar::fingerprint() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(m_firstYear) + '-' + QByteArray::number(m_lastYear));
    for (const auto* days : { &m_holidays, &m_makeUpDays }) {
        QList<QDate> dates = days->keys();
        std::sort(dates.begin(), dates.end());
        hash.addData(QByteArrayView("|"));
        for (const QDate& date : std::as_const(dates))
            hash.addData(QByteArray::number(date.toJulianDay()) + '=' + days->value(date).toUtf8() + ';');
    }
    return hash.result().toHex();
}

WorkCalendar::WorkCalendar(
    int firstYear, int lastYear, const QHash<QDate, QString>& holidays, const QHash<QDate, QString>& makeUpDays)
    : m_firstYear(firstYear)
    , m_lastYear(lastYear)
    , m_holidays(holidays)
    , m_makeUpDays(makeUpDays)
{
    Q_ASSERT(firstYear > 0 && firstYear <= lastYear);
    m_firstJulian = QDate(firstYear, 1, 1).toJulianDay();
    m_lastJulian = QDate(lastYear, 12, 31).toJulianDay();
    m_codes.assign(size_t(m_lastJulian - m_firstJulian + 1), Plain);
    for (auto it = holidays.constBegin(); it != holidays.constEnd(); ++it) {
        if (covers(it.key()))
            m_codes[size_t(it.key().toJulianDay() - m_firstJulian)] = Off;
    }
    for (auto it = makeUpDays.constBegin(); it != makeUpDays.constEnd(); ++it) {
        if (covers(it.key()))
            m_codes[size_t(it.key().toJulianDay() - m_firstJulian)] = MakeUp;
    }
    m_workingBefore.assign(m_codes.size() + 1, 0);
    for (size_t i = 0; i < m_codes.size(); ++i) {
        const bool working = m_codes[i] == MakeUp || (m_codes[i] == Plain && !isWeekend(m_firstJulian + qint64(i)));
        m_workingBefore[i + 1] = m_workingBefore[i] + (working ? 1 : 0);
    }
}

qint64 WorkCalendar::workingDaysIn(qint64 first, qint64 last) const
{
    qint64 n = 0;
    // Before and after the covered days: weekends alone.
    if (first < m_firstJulian) {
        const qint64 end = std::min(last, m_firstJulian);
        n += weekdaysBefore(end) - weekdaysBefore(first);
        first = end;
    }
    if (last > m_lastJulian + 1) {
        const qint64 start = std::max(first, m_lastJulian + 1);
        n += weekdaysBefore(last) - weekdaysBefore(start);
        last = start;
    }
    if (first < last)
        n += m_workingBefore[size_t(last - m_firstJulian)] - m_workingBefore[size_t(first - m_firstJulian)];
    return n;
}

int WorkCalendar::workingDayCount(const QDate& from, const QDate& to) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    const qint64 a = from.toJulianDay();
    const qint64 b = to.toJulianDay();
    // (from, to] forward, or minus (to, from] backward, as workingDaysBetween counts.
    return a <= b ? int(workingDaysIn(a + 1, b + 1)) : -int(workingDaysIn(b + 1, a + 1));
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

void WorkCalendar::tally(qint64 julianDay, WorkdayCount& count, int sign) const
{
    const bool weekend = isWeekend(julianDay);
    const Code code = covers(julianDay) ? Code(m_codes[size_t(julianDay - m_firstJulian)]) : Plain;
    count.estimated = count.estimated || !covers(julianDay);
    switch (code) {
    case Plain:
        if (weekend)
            ++count.weekendDays;
        else
            count.workingDays += sign;
        break;
    case MakeUp:
        count.workingDays += sign;
        ++count.makeUpDays;
        break;
    case Off: {
        if (weekend)
            ++count.holidayWeekendDays;
        else
            ++count.holidays;
        const QString name = m_holidays.value(QDate::fromJulianDay(julianDay));
        if (!name.isEmpty() && !count.holidayNames.contains(name))
            count.holidayNames.append(name);
        break;
    }
    }
}

WorkdayCount WorkCalendar::addWorkingDays(const QDate& from, int n) const
{
    WorkdayCount count;
    if (!from.isValid() || n < 0 || n > kMaxWorkingDays)
        return count;
    count.from = from;
    qint64 day = from.toJulianDay();
    while (count.workingDays < n) {
        ++day;
        tally(day, count, 1);
    }
    count.to = QDate::fromJulianDay(day);
    if (!count.to.isValid())
        return {};
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
    for (qint64 day = first.toJulianDay() + 1; day <= last.toJulianDay(); ++day)
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

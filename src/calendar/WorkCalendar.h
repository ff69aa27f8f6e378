#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace piadesk {

/** Why a day is, or is not, a working day. */
enum class DayKind {
    Weekday, ///< Monday to Friday, no holiday: a working day
    Weekend, ///< Saturday or Sunday, not a make-up day: a day off
    Holiday, ///< a statutory holiday or a day off adjoining one: a day off
    MakeUpWorkday, ///< a Saturday or Sunday declared a working day: a working day
};

/** What the calendar says about one date. */
struct DayInfo
{
    QDate date;
    DayKind kind = DayKind::Weekday;
    bool working = true;
    QString holiday; ///< the holiday a Holiday or MakeUpWorkday belongs to, as the calendar file names it
    bool estimated = false; ///< outside the calendar's years: decided on weekends alone
};

/**
 * How a number of working days was counted from one date to another: the days
 * skipped and counted, so that a user can check a deadline by hand.
 */
struct WorkdayCount
{
    QDate from; ///< the start day, never counted itself (Civil Code Art. 201)
    QDate to;
    int workingDays = 0; ///< working days in (from, to]; negative when to is before from
    int weekendDays = 0; ///< Saturdays and Sundays passed over (not make-up days, not holidays)
    int holidays = 0; ///< holiday days passed over that fell on Monday to Friday
    int holidayWeekendDays = 0; ///< holiday days passed over that fell on a weekend
    int makeUpDays = 0; ///< make-up working days counted
    QStringList holidayNames; ///< the holidays passed over, each once, in order
    bool estimated = false; ///< a day lay beyond the calendar's years and was decided on weekends alone

    bool isValid() const { return from.isValid() && to.isValid(); }
};

/**
 * The mainland working-day calendar: Monday to Friday are working days, except
 * the statutory holidays; the make-up days (weekend days declared working days)
 * are working days too, as each year's State Council notice arranges them.
 *
 * Dates outside the calendar's years are decided on weekends alone, and every
 * result that depends on such a date says so (DayInfo::estimated,
 * WorkdayCount::estimated). An empty calendar covers no year.
 */
class WorkCalendar
{
    Q_DECLARE_TR_FUNCTIONS(piadesk::WorkCalendar)
public:
    WorkCalendar() = default;

    /** Builds a calendar for the years \a firstYear to \a lastYear; the loader has validated the dates. */
    WorkCalendar(
        int firstYear, int lastYear, const QHash<QDate, QString>& holidays, const QHash<QDate, QString>& makeUpDays);

    bool isEmpty() const { return m_firstYear == 0; }
    int firstYear() const { return m_firstYear; }
    int lastYear() const { return m_lastYear; }
    bool covers(const QDate& date) const { return covers(date.toJulianDay()); }
    qsizetype holidayCount() const { return m_holidays.size(); }
    qsizetype makeUpDayCount() const { return m_makeUpDays.size(); }
    /** A hash of the years, holidays and make-up days: another one counts some deadline differently. */
    QByteArray fingerprint() const;

    /** Where the calendar came from (the built-in data, or a file), and the source its file names. */
    QString origin() const { return m_origin; }
    void setOrigin(const QString& origin) { m_origin = origin; }
    QString source() const { return m_source; }
    void setSource(const QString& source) { m_source = source; }

    DayInfo info(const QDate& date) const;
    bool isWorkingDay(const QDate& date) const { return info(date).working; }

    /**
     * The \a n-th working day after \a from (\a from itself not counted), with how it
     * was counted; \a n = 0 gives \a from. An invalid result for an invalid date or
     * a negative \a n.
     */
    WorkdayCount addWorkingDays(const QDate& from, int n) const;

    /**
     * The working days in (\a from, \a to]: so addWorkingDays(from, n).to has n
     * working days between. Negative, counting (\a to, \a from], when \a to is earlier.
     */
    WorkdayCount workingDaysBetween(const QDate& from, const QDate& to) const;
    /**
     * workingDaysBetween(from, to).workingDays, without saying how: in constant time, for the working days left
     * until every deadline of a case file. 0 when a date is invalid.
     */
    int workingDayCount(const QDate& from, const QDate& to) const;

    /** The name of a holiday in the UI language (the file names them in English). */
    static QString holidayLabel(const QString& name);
    /** How \a count was counted, as one sentence: the days passed over and the make-up days counted. */
    static QString describe(const WorkdayCount& count);

private:
    enum Code : unsigned char { Plain = 0, Off = 1, MakeUp = 2 };
    void tally(qint64 julianDay, WorkdayCount& count, int sign) const;
    bool covers(qint64 julianDay) const { return julianDay >= m_firstJulian && julianDay <= m_lastJulian; }
    /** The working days in [\a first, \a last), \a first <= \a last, as Julian days. */
    qint64 workingDaysIn(qint64 first, qint64 last) const;

    int m_firstYear = 0;
    int m_lastYear = 0;
    qint64 m_firstJulian = 1; ///< with m_lastJulian: the days covered (none while empty)
    qint64 m_lastJulian = 0;
    std::vector<unsigned char> m_codes; ///< per day of the covered years: Plain, Off or MakeUp
    std::vector<int> m_workingBefore; ///< [i]: the working days among the first i days covered
    QHash<QDate, QString> m_holidays;
    QHash<QDate, QString> m_makeUpDays;
    QString m_origin;
    QString m_source;
};

} // namespace piadesk

#pragma once

#include "core/CaseBundle.h"
#include "deadlines/DeadlinePlanner.h"

#include <QCoreApplication>
#include <QDate>

namespace piadesk {

class CaseStore;
class WorkCalendar;

/**
 * The filings of one case with the cyberspace administration (the rule set's filing article): what is due
 * and how it was counted, and recording what happens: the initial filing, a
 * substantive change (which makes a modification filing due) and the end of use
 * (which makes de-registration due), and each filing's submission with its reference
 * number. Due dates are always counted, never typed.
 */
class FilingTracker
{
    Q_DECLARE_TR_FUNCTIONS(piadesk::FilingTracker)
public:
    FilingTracker(CaseStore& store, const RuleSet& rules, const WorkCalendar& calendar, const QDate& today,
        int dueSoonWorkingDays = DeadlinePlanner::kDefaultDueSoonWorkingDays);

    /** The filing deadlines of \a bundle (initial, modifications, de-registration), met ones included. */
    QList<Deadline> deadlines(const CaseBundle& bundle) const;
    /** How \a deadline was counted, in a sentence. */
    QString explain(const Deadline& deadline, Language language) const;

    /**
     * The day the initial filing is counted from, as the facts give it: the start of use, or under rules counted from
     * a threshold (the 2025 Measures) the day the stored count reached it. Null when the facts do not say.
     */
    QDate initialClockStart(const CaseFacts& facts) const;
    /** Records the initial filing, counted from \a trigger (initialClockStart() when null). */
    bool recordInitial(qint64 caseId, const QDate& trigger, FilingRecord* created = nullptr);
    /**
     * Records a substantive change on \a date: a modification filing falls due. Refused before the
     * initial filing is submitted (the change goes into it).
     */
    bool recordChange(qint64 caseId, const QDate& date, const QString& note, FilingRecord* created = nullptr);
    /** Records that use ended on \a date: the case's facts say so and de-registration falls due. */
    bool recordEndOfUse(qint64 caseId, const QDate& date, const QString& note, FilingRecord* created = nullptr);
    /**
     * Stores \a filing's submission date, reference number, authority, note, disposal and the status of each material
     * and upload (its due date is recounted).
     */
    bool update(FilingRecord& filing);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString& message);
    bool load(qint64 caseId, CaseBundle* bundle);
    bool create(qint64 caseId, FilingKind kind, const QDate& trigger, const QString& note, FilingRecord* created);
    int periodOf(FilingKind kind) const;
    /** The due date of a filing of \a kind counted from \a trigger: working days, or the transitional day. */
    QDate dueDate(FilingKind kind, const QDate& trigger) const;

    CaseStore& m_store;
    const RuleSet& m_rules;
    const WorkCalendar& m_calendar;
    DeadlinePlanner m_planner;
    QString m_error;
};

} // namespace piadesk

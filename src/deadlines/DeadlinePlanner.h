#pragma once

#include "calendar/WorkCalendar.h"
#include "core/CaseBundle.h"
#include "rules/LocalizedText.h"
#include "rules/RuleSet.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace piadesk {

/** What a deadline is for. */
enum class DeadlineKind {
    InitialAssessment, ///< the PIA, finalized before processing starts (Art. 15)
    InitialFiling, ///< filing with the cyberspace administration (Art. 16)
    ModificationFiling, ///< change of the filing after a substantive change
    DeregistrationFiling, ///< de-registration after the use ends
    Reassessment, ///< a new version after a recorded trigger (purpose, methods, incident)
    YearlyReview, ///< the yearly equipment test and risk assessment (Art. 19)
    Retention, ///< a finalized report is kept until this date
    Measure, ///< a measure of the latest version's action plan, not yet done, by the date set for it
};

/** Where a deadline stands on a given day. */
enum class DeadlineState {
    Unscheduled, ///< due, but a date it is counted from has not been recorded
    Upcoming,
    DueSoon, ///< within the due-soon window (working days), or due today
    Overdue,
    Met,
};

/** What a deadline is counted from. */
enum class DeadlineBasis {
    None,
    StartOfUse,
    FilingTrigger, ///< the trigger date recorded on a filing
    Change, ///< the date of a purpose or methods change recorded on a re-assessment
    EndOfUse,
    Finalized, ///< the day a version was finalized
    Trigger, ///< the trigger date of a re-assessment
    ThresholdReached, ///< the day the stored head count reached the filing threshold (2025 Measures, Art. 15)
    Transitional, ///< reached before the rules took effect: a fixed due date (the CAC's 2025-07-14)
    ActionPlan, ///< the due date the action plan sets for a measure
};

/** One date the officer must not miss, derived from a case, its filings and its assessments. */
struct Deadline
{
    DeadlineKind kind = DeadlineKind::InitialFiling;
    DeadlineState state = DeadlineState::Upcoming;
    qint64 caseId = 0;
    QString caseUuid;
    QString caseName;
    QString organisationName;
    int versionNumber = 0; ///< the assessment version it concerns, if any
    QString subject; ///< for a measure: its description
    QString owner; ///< for a measure: who carries it out
    MeasureStatus measureStatus = MeasureStatus::Planned; ///< for a measure
    bool inFinalVersion = false; ///< for a measure: its version is finalized, so only a re-assessment records it done
    QDate due; ///< null while Unscheduled
    QDate metOn; ///< set when Met
    bool late = false; ///< met after the due date
    DeadlineBasis basis = DeadlineBasis::None;
    QDate basisDate;
    int workingDays = 0; ///< counted in working days from the basis date (0: not)
    int months = 0; ///< counted in calendar months from the basis date (0: not)
    WorkdayCount count; ///< how the working days were counted
    int workingDaysLeft = 0; ///< from today to the due date; negative when overdue
    bool estimated = false; ///< depends on a day beyond the calendar's years (weekends alone)
    bool countedFromThreshold = false; ///< an initial filing the rule set counts from the day the threshold was reached
    QList<ArticleRef> articles;

    bool isOpen() const { return state != DeadlineState::Met; }
};

struct DeadlineOptions
{
    QDate today;
    int dueSoonWorkingDays = 10;
};

/**
 * Derives every deadline of a case from its facts, its filings and its assessments,
 * with the periods of the case's rule set and the working-day calendar. Nothing is
 * typed by hand: a due date follows from the date it is counted from.
 */
class DeadlinePlanner
{
    Q_DECLARE_TR_FUNCTIONS(piadesk::DeadlinePlanner)
public:
    static constexpr int kDefaultDueSoonWorkingDays = 10;

    DeadlinePlanner(const RuleSet& rules, const WorkCalendar& calendar, DeadlineOptions options);

    /** Every deadline of the case, met ones included, soonest first. */
    QList<Deadline> plan(const CaseBundle& bundle) const;

    /** The state on the planner's day of an open deadline due on \a due (null: Unscheduled), as plan() settles it. */
    DeadlineState stateOn(const QDate& due, int* workingDaysLeft = nullptr) const;
    /** The last day a deadline due on it is due soon (or overdue) on the planner's day. */
    QDate dueSoonUntil() const;

    /** Orders open deadlines soonest first (overdue first, the unscheduled last), then met ones. */
    static void sort(QList<Deadline>& deadlines);
    /** The order of sort(). */
    static bool precedes(const Deadline& a, const Deadline& b);

    /** One sentence saying how the due date was counted, in the UI language; citations in \a language. */
    QString explain(const Deadline& deadline, Language language) const;
    /** What the deadline is for, as a title: "Initial filing", "Keep report v2", … */
    static QString title(const Deadline& deadline);
    /** What to record to schedule an unscheduled deadline. */
    static QString missing(const Deadline& deadline);

    static QString kindKey(DeadlineKind kind);
    static std::optional<DeadlineKind> kindFromKey(QStringView key);
    static QString stateKey(DeadlineState state);
    static QString basisKey(DeadlineBasis basis);
    static QString kindLabel(DeadlineKind kind);
    static QString stateLabel(DeadlineState state);
    static QString basisLabel(DeadlineBasis basis);

    QJsonObject toJson(const Deadline& deadline, Language language) const;
    /**
     * toJson() as QJsonDocument::toJson(Indented) writes it, straight into \a out: the object from its opening to its
     * closing brace, that brace \a level levels deep. For listings of every deadline of a file.
     */
    void appendJson(QByteArray& out, const Deadline& deadline, Language language, int level) const;

    /** The end of a period of \a months calendar months from \a start (Civil Code Arts. 201–203). */
    static QDate addMonths(const QDate& start, int months);

private:
    Deadline make(const CaseBundle& bundle, DeadlineKind kind) const;
    void countWorkingDays(Deadline& d, DeadlineBasis basis, const QDate& from, int days) const;
    void countMonths(Deadline& d, DeadlineBasis basis, const QDate& from, int months) const;
    void settle(Deadline& d, const QDate& metOn) const;

    const RuleSet& m_rules;
    const WorkCalendar& m_calendar;
    DeadlineOptions m_options;
};

} // namespace piadesk

#pragma once

#include "deadlines/DeadlinePlanner.h"
#include "rules/Engine.h"
#include "rules/RuleSetLibrary.h"

#include "core/CaseBundle.h"
#include "store/CaseStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace piadesk {

class CaseStore;

/** One deadline of a case file, with its explanation and JSON in the output language. */
struct DeadlineEntry
{
    Deadline deadline;
    QString explanation;
    QJsonObject json;
};

/** Where one case stands, for the register: its overall risk, its filing and its next deadline. */
struct CaseStanding
{
    int overallRisk = -1; ///< the latest version's overall (residual) risk level; -1: no risk rated
    QString riskText; ///< the level's name in the output language
    QString filingText; ///< "Not required", "Initial filing due 15/04/2025", "Filed 20/03/2025", …
    bool filingOverdue = false;
    std::optional<Deadline> next; ///< the soonest open deadline
    QString nextText;
};

/** Every deadline of a case file, soonest first, and the cases whose deadlines could not be derived. */
struct DeadlineReport
{
    QList<DeadlineEntry> entries;
    QHash<qint64, CaseStanding> standings; ///< by case id
    QStringList warnings;
    bool estimated = false; ///< some due date depends on days beyond the calendar
};

/** What Workflow::deadlines gathers. */
struct DeadlineScope
{
    bool includeMet = false;
    bool urgentOnly = false; ///< only overdue, due-soon and unscheduled deadlines (the dashboard)
    bool standings = false; ///< where each case stands, for the register (reads each latest version's risks)
    bool json = false; ///< each entry's JSON, besides its explanation
};

/**
 * What the CLI and the GUI do to a case through the rule set: find the rule set a
 * case is assessed under, check a version, finalize it. Joins the store and the
 * engine; neither depends on the other.
 */
class Workflow
{
    Q_DECLARE_TR_FUNCTIONS(piadesk::Workflow)
public:
    /** The rule set \a c is assessed under, or nullptr with \a error when PIAdesk does not have it. */
    static const RuleSet* ruleSetFor(const RuleSetLibrary& library, const Case& c, QString* error);
    /**
     * The rule set \a version is read under: the one it was finalized with when PIAdesk has it, else (a draft, or
     * a rule set since withdrawn) the one the case is assessed under.
     */
    static const RuleSet* ruleSetFor(
        const RuleSetLibrary& library, const Case& c, const AssessmentVersion& version, QString* error);

    /** What Workflow::reassess made. */
    struct Reassessment
    {
        AssessmentVersion version;
        const RuleSet* ruleSet = nullptr; ///< the rule set the new version is assessed under
        QStringList carried; ///< questions whose answers carried over (a change of rule set)
        QStringList open; ///< questions of the new rule set left open (a change of rule set)
    };
    /**
     * Starts a new version of case \a caseId, triggered by \a trigger on \a date. With \a ruleSetId other than
     * the case's (trigger legal_basis_changed), the case moves to that rule set: the answers to the questions it
     * shares with the old one carry over where it accepts them, the rest are open; conclusions, notes on flags and
     * the acceptance of the residual risk are made again. Earlier versions never change.
     */
    static bool reassess(CaseStore& store, const RuleSetLibrary& library, qint64 caseId, TriggerKind trigger,
        const QDate& date, const QString& description, const QString& ruleSetId, Reassessment* outcome, QString* error);

    /** The version numbered \a number (0: the latest) of \a bundle, or nullptr. */
    static const AssessmentVersion* version(const CaseBundle& bundle, int number);

    /**
     * Names the assessor and reviewer (when given), then finalizes the version with the
     * engine's verdict checked inside the store's write transaction. Refused, with
     * every reason, when the engine says no.
     */
    static bool finalize(CaseStore& store, const RuleSetLibrary& library, qint64 assessmentId, const QString& assessor,
        const QString& reviewer, QString* error);

    /** The check of one version, on the facts it was assessed on (CaseBundle::assessedOn). */
    static CheckResult check(const RuleSet& rules, const CaseBundle& bundle, const AssessmentVersion& version);
    /**
     * \a result as the stable JSON of `piadesk-cli check --json` (docs/rule-set.md): filing obligation, red
     * flags, adverse findings, consistency of the conclusions, completeness, risks, re-assessment scope and
     * whether it can be finalized.
     */
    static QJsonObject checkJson(const RuleSet& rules, const CaseBundle& bundle, const AssessmentVersion& version,
        const CheckResult& result, Language language);

    static QString gapKindKey(Gap::Kind kind);
    static QString inconsistencyKindKey(Inconsistency::Kind kind);

    /** Where \a bundle stands given its deadline \a plan (DeadlinePlanner::plan), texts in the UI language. */
    static CaseStanding standing(
        const RuleSet& rules, const CaseBundle& bundle, const QList<Deadline>& plan, Language language);

    /**
     * What CaseStore::loadCaseHeads must read for \a scope: with standings, the latest version's risks and its answers
     * to the questions the risk adjustments of \a library's rule sets test.
     */
    static CaseStore::HeadParts headParts(const RuleSetLibrary& library, const DeadlineScope& scope);
    /**
     * Adds the deadlines and (as \a scope asks) the standing of \a bundle, read whole or with
     * CaseStore::loadCaseHeads(), to \a report, unsorted. A case under a rule set PIAdesk lacks adds a warning.
     */
    static void addCase(const RuleSetLibrary& library, const WorkCalendar& calendar, const DeadlineOptions& options,
        Language language, const DeadlineScope& scope, const CaseBundle& bundle, DeadlineReport& report);
    /** Orders \a report's entries soonest first. */
    static void sort(DeadlineReport& report);

    /**
     * The deadlines of every case in \a store, each under its case's rule set, soonest first, as \a scope asks.
     * Reads the cases a few thousand at a time without their content. \a error is set when the store fails.
     */
    static DeadlineReport deadlines(CaseStore& store, const RuleSetLibrary& library, const WorkCalendar& calendar,
        const DeadlineOptions& options, Language language, const DeadlineScope& scope, QString* error);
    /** How many cases deadlines() reads at a time. */
    static constexpr int kCasesPerRead = 2000;
};

} // namespace piadesk

#pragma once

#include "deadlines/DeadlinePlanner.h"
#include "rules/Engine.h"
#include "rules/RuleSetLibrary.h"
#include "store/CaseStore.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace piadesk {

/** One deadline of a case file, and the rule set it was planned under (its explanation is formed when shown). */
struct DeadlineEntry
{
    Deadline deadline;
    const RuleSet* rules = nullptr; ///< kept alive by the report's DeadlineExplainer
};

/**
 * What explains the deadlines of a report when they are shown: the calendar, the options and the language they were
 * planned with, and the rule sets their entries point to (kept alive here). Explanations and JSON are formed one
 * entry at a time, when a tooltip, a line of text or a streamed JSON object needs them, never for a whole file at
 * once.
 */
struct DeadlineExplainer
{
    WorkCalendar calendar;
    DeadlineOptions options;
    Language language = Language::Chinese;
    QList<std::shared_ptr<const RuleSet>> ruleSets;

    /** How \a entry's due date was counted, in the UI language; citations in the output language. */
    QString explain(const DeadlineEntry& entry) const;
    /** \a entry as `piadesk-cli deadlines --json` writes it. */
    QJsonObject toJson(const DeadlineEntry& entry) const;
    /** toJson() written straight into \a out as DeadlinePlanner::appendJson() writes it. */
    void appendJson(QByteArray& out, const DeadlineEntry& entry, int level) const;
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
    DeadlineExplainer explainer; ///< explains the entries
    QHash<qint64, CaseStanding> standings; ///< by case id
    QStringList warnings;
    bool estimated = false; ///< some due date depends on days beyond the calendar
};

/** What the dashboard shows of a report: the most urgent deadlines, and how many there are in all. */
struct UrgentDeadlines
{
    QList<DeadlineEntry> shown; ///< overdue, due soon or unscheduled, soonest first, at most the limit asked for
    qsizetype total = 0; ///< how many deadlines are urgent, shown or not
    bool estimated = false; ///< an urgent deadline depends on days beyond the calendar
    QSet<qint64> overdueCases; ///< every case with an overdue deadline, shown or not
};

/** What FileDeadlines::collect gathers. */
struct DeadlineScope
{
    bool includeMet = false;
    bool urgentOnly = false; ///< only overdue, due-soon and unscheduled deadlines (the dashboard)
    bool standings = false; ///< where each case stands, for the register (reads each latest version's risks)
};

/**
 * The deadlines of a whole case file, and where each case stands, for the register, the dashboard and
 * `piadesk-cli deadlines`: each case under its own rule set, read a few thousand cases at a time without content.
 */
namespace FileDeadlines {

/**
 * What the register and the dashboard keep of \a bundle, given its deadline \a plan (DeadlinePlanner::plan) under
 * \a rules: the overall risk, the filing, the next and the open deadlines, as dates (the case file keeps it).
 */
CaseDigest digest(const RuleSet& rules, const CaseBundle& bundle, const QList<Deadline>& plan);
/** Where case \a caseId stands on \a options' day, from its \a digest; texts in the UI language. */
CaseStanding standing(const RuleSet& rules, qint64 caseId, const CaseDigest& digest, const WorkCalendar& calendar,
    const DeadlineOptions& options, Language language);
/**
 * What the case file forms its summaries with (CaseStore::setDigester): each case under its rule set of \a library
 * and with \a calendar (both copied); its fingerprint names both and this version of PIAdesk.
 */
std::shared_ptr<const CaseStore::Digester> digester(const RuleSetLibrary& library, const WorkCalendar& calendar);

/**
 * What CaseStore::loadCaseHeads must read for \a scope: with standings, the latest version's risks and its answers
 * to the questions the risk adjustments of \a library's rule sets test.
 */
CaseStore::HeadParts headParts(const RuleSetLibrary& library, const DeadlineScope& scope);
/**
 * Adds the deadlines and (as \a scope asks) the standing of \a bundle, read whole or with
 * CaseStore::loadCaseHeads(), to \a report, unsorted. A case under a rule set PIAdesk lacks adds a warning.
 */
void addCase(const RuleSetLibrary& library, const WorkCalendar& calendar, const DeadlineOptions& options,
    Language language, const DeadlineScope& scope, const CaseBundle& bundle, DeadlineReport& report);
/**
 * The urgent deadlines of \a report (sorted): overdue, due soon and unscheduled, the first \a limit of them to show;
 * the count and the overdue cases over all of them.
 */
UrgentDeadlines urgent(const DeadlineReport& report, qsizetype limit);
/** How many deadlines the dashboard lists at most; the rest are counted. */
constexpr qsizetype kDashboardRows = 300;

/**
 * The dashboard's urgent deadlines on \a options' day, from the summaries the case file keeps
 * (CaseStore::listCases() gave \a cases, CaseStore::setDigester() installed digester()): the first \a limit
 * planned again from the headings of the cases that hold them, the count and the overdue cases from the summaries.
 * The register's standings are not formed here (the report has none): standingSource() forms each from its digest
 * when it is shown. Nothing when a case lacks a current digest (a read-only file whose summaries are stale, a rule
 * set PIAdesk does not ship): scan the file with collect() then.
 */
std::optional<DeadlineReport> fromSummaries(CaseStore& store, const QList<CaseSummary>& cases,
    const RuleSetLibrary& library, const WorkCalendar& calendar, const DeadlineOptions& options, Language language,
    qsizetype limit, UrgentDeadlines* urgent, QString* error);

/** Forms where a case stands from its summary's digest; nothing without one (or under a rule set unknown). */
using StandingSource = std::function<std::optional<CaseStanding>(const CaseSummary&)>;
/** Where each case stands on \a options' day, from its digest, under \a library (copied) and \a calendar. */
StandingSource standingSource(
    const RuleSetLibrary& library, const WorkCalendar& calendar, const DeadlineOptions& options, Language language);

/** Orders \a report's entries soonest first. */
void sort(DeadlineReport& report);

/**
 * The deadlines of every case in \a store, each under its case's rule set, soonest first, as \a scope asks.
 * Reads the cases a few thousand at a time without their content. \a error is set when the store fails.
 */
DeadlineReport collect(CaseStore& store, const RuleSetLibrary& library, const WorkCalendar& calendar,
    const DeadlineOptions& options, Language language, const DeadlineScope& scope, QString* error);
/** How many cases collect() reads at a time. */
constexpr int kCasesPerRead = 2000;

} // namespace FileDeadlines
} // namespace piadesk

#include "FileDeadlines.h"

#include "Workflow.h"
#include "i18n/Translations.h"

#include <QCoreApplication>

#include <algorithm>

namespace piadesk::FileDeadlines {

CaseStanding standing(const RuleSet& rules, const CaseBundle& bundle, const QList<Deadline>& plan, Language language)
{
    CaseStanding s;
    if (const AssessmentVersion* v = Workflow::version(bundle, 0)) {
        s.overallRisk = Engine(rules, bundle.assessedOn(*v).facts, *v).risks().overall;
        s.riskText = scaleText(rules.risk.levels, s.overallRisk, language);
    }
    const auto date = [](const QDate& d) { return Translations::date(d); };
    const Deadline* openFiling = nullptr;
    const Deadline* metFiling = nullptr;
    for (const Deadline& d : plan) {
        const bool filing = d.kind == DeadlineKind::InitialFiling || d.kind == DeadlineKind::ModificationFiling
            || d.kind == DeadlineKind::DeregistrationFiling;
        if (d.isOpen() && !s.next)
            s.next = d;
        if (filing && d.isOpen() && !openFiling)
            openFiling = &d;
        if (filing && !d.isOpen() && (!metFiling || d.metOn > metFiling->metOn))
            metFiling = &d;
    }
    if (openFiling) {
        s.filingOverdue = openFiling->state == DeadlineState::Overdue;
        s.filingText = !openFiling->due.isValid()
            ? QCoreApplication::translate("piadesk::Workflow", "%1: not scheduled")
                  .arg(DeadlinePlanner::title(*openFiling))
            : s.filingOverdue ? QCoreApplication::translate("piadesk::Workflow", "%1 overdue since %2")
                                    .arg(DeadlinePlanner::title(*openFiling), date(openFiling->due))
                              : QCoreApplication::translate("piadesk::Workflow", "%1 due %2")
                                    .arg(DeadlinePlanner::title(*openFiling), date(openFiling->due));
    } else if (metFiling) {
        s.filingText = metFiling->kind == DeadlineKind::DeregistrationFiling
            ? QCoreApplication::translate("piadesk::Workflow", "De-registered %1").arg(date(metFiling->metOn))
            : QCoreApplication::translate("piadesk::Workflow", "Filed %1").arg(date(metFiling->metOn));
    } else {
        s.filingText = Engine::filingObligation(rules, bundle.caseInfo.facts).required
            ? QCoreApplication::translate("piadesk::Workflow", "Filing required")
            : QCoreApplication::translate("piadesk::Workflow", "Not required");
    }
    if (s.next)
        s.nextText = !s.next->due.isValid() ? QCoreApplication::translate("piadesk::Workflow", "%1 (not scheduled)")
                                                  .arg(DeadlinePlanner::title(*s.next))
            : s.next->estimated
            // counted beyond the holiday calendar's last year, on weekends alone
            ? QCoreApplication::translate("piadesk::Workflow", "%1, %2 (estimated)")
                  .arg(DeadlinePlanner::title(*s.next), date(s.next->due))
            : QCoreApplication::translate("piadesk::Workflow", "%1, %2")
                  .arg(DeadlinePlanner::title(*s.next), date(s.next->due));
    return s;
}

CaseStore::HeadParts headParts(const RuleSetLibrary& library, const DeadlineScope& scope)
{
    CaseStore::HeadParts parts;
    parts.latestRisks = scope.standings;
    parts.latestMeasures = true; // the action plan's due dates are deadlines
    if (!scope.standings)
        return parts;
    for (const auto& rules : library.all()) {
        for (const RiskAdjustment& a : rules->risk.adjustments) {
            if (!a.when)
                continue;
            const QList<const Condition*> tests = a.when->tests();
            for (const Condition* test : tests) {
                if (test->source() == ConditionTerm::Source::Answer && !parts.answerIds.contains(test->subject()))
                    parts.answerIds.append(test->subject());
            }
        }
    }
    return parts;
}

} // namespace piadesk::FileDeadlines

namespace piadesk {

QString DeadlineExplainer::explain(const DeadlineEntry& entry) const
{
    Q_ASSERT(entry.rules);
    return DeadlinePlanner(*entry.rules, calendar, options).explain(entry.deadline, language);
}

QJsonObject DeadlineExplainer::toJson(const DeadlineEntry& entry) const
{
    Q_ASSERT(entry.rules);
    return DeadlinePlanner(*entry.rules, calendar, options).toJson(entry.deadline, language);
}

} // namespace piadesk

namespace piadesk::FileDeadlines {

void addCase(const RuleSetLibrary& library, const WorkCalendar& calendar, const DeadlineOptions& options,
    Language language, const DeadlineScope& scope, const CaseBundle& bundle, DeadlineReport& report)
{
    if (report.explainer.ruleSets.isEmpty()) {
        report.explainer.calendar = calendar;
        report.explainer.options = options;
        report.explainer.language = language;
        report.explainer.ruleSets = library.all();
    }
    QString why;
    const RuleSet* rules = Workflow::ruleSetFor(library, bundle.caseInfo, &why);
    if (!rules) {
        report.warnings.append(why);
        return;
    }
    const DeadlinePlanner planner(*rules, calendar, options);
    const QList<Deadline> plan = planner.plan(bundle);
    if (scope.standings)
        report.standings.insert(bundle.caseInfo.id, standing(*rules, bundle, plan, language));
    for (const Deadline& d : plan) {
        if (!scope.includeMet && !d.isOpen())
            continue;
        if (scope.urgentOnly && d.state != DeadlineState::Overdue && d.state != DeadlineState::DueSoon
            && d.state != DeadlineState::Unscheduled)
            continue;
        report.estimated = report.estimated || (d.isOpen() && d.estimated);
        report.entries.append({ d, rules });
    }
}

UrgentDeadlines urgent(const DeadlineReport& report, qsizetype limit)
{
    UrgentDeadlines urgent;
    for (const DeadlineEntry& e : report.entries) {
        const DeadlineState state = e.deadline.state;
        if (state != DeadlineState::Overdue && state != DeadlineState::DueSoon && state != DeadlineState::Unscheduled)
            continue;
        ++urgent.total;
        urgent.estimated = urgent.estimated || e.deadline.estimated;
        if (state == DeadlineState::Overdue)
            urgent.overdueCases.insert(e.deadline.caseId);
        if (urgent.shown.size() < limit)
            urgent.shown.append(e);
    }
    return urgent;
}

void sort(DeadlineReport& report)
{
    std::stable_sort(report.entries.begin(), report.entries.end(), [](const DeadlineEntry& a, const DeadlineEntry& b) {
        return DeadlinePlanner::precedes(a.deadline, b.deadline);
    });
}

DeadlineReport collect(CaseStore& store, const RuleSetLibrary& library, const WorkCalendar& calendar,
    const DeadlineOptions& options, Language language, const DeadlineScope& scope, QString* error)
{
    DeadlineReport report;
    const CaseStore::HeadParts parts = headParts(library, scope);
    for (qint64 after = 0;;) {
        QList<CaseBundle> heads;
        if (!store.loadCaseHeads(after, kCasesPerRead, parts, &heads)) {
            if (error)
                *error = store.errorString();
            break;
        }
        if (heads.isEmpty())
            break;
        for (const CaseBundle& bundle : std::as_const(heads))
            addCase(library, calendar, options, language, scope, bundle, report);
        after = heads.constLast().caseInfo.id;
    }
    sort(report);
    return report;
}

} // namespace piadesk::FileDeadlines

#include "CaseOverview.h"

#include "rules/RuleSetLibrary.h"
#include "store/CaseStore.h"
#include "workflow/Workflow.h"

namespace piadesk {

bool CaseOverview::load(CaseStore& store, const RuleSetLibrary& library, const WorkCalendar& calendar,
    const DeadlineOptions& options, qint64 caseId, Language language, CaseOverview* out, QString* error)
{
    CaseOverview o;
    if (!store.loadCase(caseId, &o.bundle)) {
        if (error)
            *error = store.errorString();
        return false;
    }
    o.rules = Workflow::ruleSetFor(library, o.bundle.caseInfo, error);
    if (!o.rules)
        return false;
    o.filing = Engine::filingObligation(*o.rules, o.bundle.caseInfo.facts);
    for (const AssessmentVersion& v : std::as_const(o.bundle.assessments)) {
        Version row;
        row.number = v.number;
        row.trigger = v.trigger;
        row.triggerDate = v.triggerDate;
        row.state = v.state;
        row.finalizedOn = v.finalizedAt.isValid() ? v.finalizedAt.toLocalTime().date() : QDate();
        row.retainUntil = v.retainUntil;
        row.contentHash = v.contentHash;
        if (!v.ruleSetId.isEmpty())
            row.ruleSet = v.ruleSetId + QLatin1Char(' ') + v.ruleSetVersion;
        o.versions.append(row);
    }
    if (!o.bundle.assessments.isEmpty()) {
        const AssessmentVersion& latest = o.bundle.assessments.constLast();
        o.latest = Workflow::check(*o.rules, o.bundle, latest);
        o.latestNumber = latest.number;
        o.latestIsDraft = !latest.isFinal();
        for (const Measure& m : latest.measures) {
            if (m.status != MeasureStatus::Done && m.status != MeasureStatus::Dropped)
                o.openMeasures.append(m);
        }
    }
    const DeadlinePlanner planner(*o.rules, calendar, options);
    QList<Deadline> deadlines = planner.plan(o.bundle);
    DeadlinePlanner::sort(deadlines);
    for (const Deadline& d : std::as_const(deadlines)) {
        // The action plan's measures have their own list, with their dates: not twice.
        if (d.isOpen() && d.kind != DeadlineKind::Measure)
            o.deadlines.append({ d, planner.explain(d, language) });
    }
    *out = std::move(o);
    return true;
}

const AssessmentVersion* CaseOverview::version(int number) const
{
    for (const AssessmentVersion& v : bundle.assessments) {
        if (v.number == number)
            return &v;
    }
    return nullptr;
}

QList<DiffRow> CaseOverview::compare(int before, int after, Language language) const
{
    const AssessmentVersion* a = version(before);
    const AssessmentVersion* b = version(after);
    if (!a || !b || !rules)
        return {};
    const RecordSnapshot now { bundle.organisation, bundle.caseInfo.facts };
    return VersionDiff::compare(*rules, *a, a->record.value_or(now), *b, b->record.value_or(now), language);
}

} // namespace piadesk

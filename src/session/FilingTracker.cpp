#include "FilingTracker.h"
#include "rules/FilingAuthority.h"

#include "i18n/Translations.h"

#include "calendar/WorkCalendar.h"
#include "core/FieldRules.h"
#include "store/CaseStore.h"

namespace piadesk {

FilingTracker::FilingTracker(
    CaseStore& store, const RuleSet& rules, const WorkCalendar& calendar, const QDate& today, int dueSoonWorkingDays)
    : m_store(store)
    , m_rules(rules)
    , m_calendar(calendar)
    , m_planner(rules, calendar, { today, dueSoonWorkingDays })
{
}

bool FilingTracker::fail(const QString& message)
{
    m_error = message;
    return false;
}

QList<Deadline> FilingTracker::deadlines(const CaseBundle& bundle) const
{
    QList<Deadline> out;
    for (const Deadline& d : m_planner.plan(bundle)) {
        if (d.kind == DeadlineKind::InitialFiling || d.kind == DeadlineKind::ModificationFiling
            || d.kind == DeadlineKind::DeregistrationFiling)
            out.append(d);
    }
    return out;
}

QString FilingTracker::explain(const Deadline& deadline, Language language) const
{
    return m_planner.explain(deadline, language);
}

bool FilingTracker::load(qint64 caseId, CaseBundle* bundle)
{
    if (!m_store.loadCase(caseId, bundle))
        return fail(m_store.errorString());
    return true;
}

int FilingTracker::periodOf(FilingKind kind) const
{
    switch (kind) {
    case FilingKind::Initial:
        return m_rules.filing.initialDays;
    case FilingKind::Modification:
        return m_rules.filing.modificationDays;
    case FilingKind::Deregistration:
        return m_rules.filing.deregistrationDays;
    }
    return 0;
}

QDate FilingTracker::dueDate(FilingKind kind, const QDate& trigger) const
{
    if (kind == FilingKind::Initial && m_rules.filing.isTransitional(trigger))
        return m_rules.filing.transitional->due;
    return m_calendar.addWorkingDays(trigger, periodOf(kind)).to;
}

QDate FilingTracker::initialClockStart(const CaseFacts& facts) const
{
    return m_rules.filing.clock == FilingClock::ThresholdReached ? facts.thresholdReachedOn : facts.startOfUse;
}

bool FilingTracker::create(
    qint64 caseId, FilingKind kind, const QDate& trigger, const QString& note, FilingRecord* created)
{
    if (const QString problem = FieldRules::dateProblem(trigger); !trigger.isValid() || !problem.isEmpty())
        return fail(tr("The date %1").arg(problem.isEmpty() ? tr("is missing.") : problem));
    FilingRecord f;
    f.kind = kind;
    f.triggerDate = trigger;
    f.dueDate = dueDate(kind, trigger);
    CaseBundle bundle;
    if (!m_store.loadCase(caseId, &bundle))
        return fail(m_store.errorString());
    f.authority = FilingAuthority::nameFor(m_rules.filing, bundle.organisation, Language::Chinese);
    f.note = note;
    for (const FilingMaterial& m : m_rules.filing.materials)
        f.materials.insert(m.id, MaterialStatus::Missing);
    for (const FilingUpload& u : m_rules.filing.uploads)
        f.materials.insert(u.id, MaterialStatus::Missing);
    if (!m_store.saveFiling(caseId, f))
        return fail(m_store.errorString());
    if (created)
        *created = f;
    return true;
}

bool FilingTracker::recordInitial(qint64 caseId, const QDate& trigger, FilingRecord* created)
{
    CaseBundle bundle;
    if (!load(caseId, &bundle))
        return false;
    for (const FilingRecord& f : bundle.filings) {
        if (f.kind == FilingKind::Initial)
            return fail(tr("The initial filing is already recorded."));
    }
    const QDate from = trigger.isValid() ? trigger : initialClockStart(bundle.caseInfo.facts);
    if (!from.isValid())
        return fail(m_rules.filing.clock == FilingClock::ThresholdReached
                ? tr("Record in the case facts the day the number of people stored reached the filing threshold, "
                     "or give the date the filing period starts from.")
                : tr("Record the start of use in the case facts, or give the date the filing period starts "
                     "from."));
    return create(caseId, FilingKind::Initial, from, QString(), created);
}

bool FilingTracker::recordChange(qint64 caseId, const QDate& date, const QString& note, FilingRecord* created)
{
    CaseBundle bundle;
    if (!load(caseId, &bundle))
        return false;
    const auto initial = std::find_if(bundle.filings.cbegin(), bundle.filings.cend(),
        [](const FilingRecord& f) { return f.kind == FilingKind::Initial && f.submittedOn.isValid(); });
    if (initial == bundle.filings.cend())
        return fail(tr("The initial filing has not been submitted yet: file the case as it now stands, with the "
                       "change included."));
    if (date.isValid() && date < initial->submittedOn)
        return fail(tr("The change on %1 came before the initial filing was submitted (%2), so the filing "
                       "already covers it.")
                        .arg(Translations::date(date), Translations::date(initial->submittedOn)));
    if (note.trimmed().isEmpty())
        return fail(tr("Describe the change: the modification filing states it."));
    return create(caseId, FilingKind::Modification, date, note.trimmed(), created);
}

bool FilingTracker::recordEndOfUse(qint64 caseId, const QDate& date, const QString& note, FilingRecord* created)
{
    CaseBundle bundle;
    if (!load(caseId, &bundle))
        return false;
    for (const FilingRecord& f : bundle.filings) {
        if (f.kind == FilingKind::Deregistration)
            return fail(tr("De-registration is already recorded."));
    }
    if (!date.isValid())
        return fail(tr("Give the date the use ended."));
    CaseFacts facts = bundle.caseInfo.facts;
    facts.endOfUse = date;
    facts.status = CaseStatus::Ended;
    if (facts != bundle.caseInfo.facts && !m_store.updateCaseFacts(caseId, facts))
        return fail(m_store.errorString());
    const bool filed = std::any_of(bundle.filings.cbegin(), bundle.filings.cend(),
        [](const FilingRecord& f) { return f.kind == FilingKind::Initial && f.submittedOn.isValid(); });
    if (!filed)
        return true; // never filed: nothing to de-register; the end of use is recorded
    return create(caseId, FilingKind::Deregistration, date, note.trimmed(), created);
}

bool FilingTracker::update(FilingRecord& filing)
{
    if (filing.triggerDate.isValid())
        filing.dueDate = dueDate(filing.kind, filing.triggerDate);
    if (filing.submittedOn.isValid() && filing.triggerDate.isValid() && filing.submittedOn < filing.triggerDate)
        return fail(tr("The submission date lies before the date the filing is counted from (%1).")
                        .arg(Translations::date(filing.triggerDate)));
    if (!m_store.saveFiling(filing.caseId, filing))
        return fail(m_store.errorString());
    return true;
}

} // namespace piadesk

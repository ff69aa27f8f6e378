#include "FileDeadlines.h"

#include "Workflow.h"
#include "i18n/Translations.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>
#include <utility>
#include <vector>

namespace piadesk::FileDeadlines {

namespace {

bool isFiling(DeadlineKind kind)
{
    return kind == DeadlineKind::InitialFiling || kind == DeadlineKind::ModificationFiling
        || kind == DeadlineKind::DeregistrationFiling;
}

DigestDeadline digestOf(const Deadline& d, const QDate& date)
{
    return { DeadlinePlanner::kindKey(d.kind), d.versionNumber, date, d.estimated, d.subject };
}

/** \a d as a deadline of case \a caseId open on the day of \a planner (its state and working days left set). */
Deadline deadlineOf(const DigestDeadline& d, qint64 caseId, const DeadlinePlanner& planner)
{
    Deadline deadline;
    deadline.kind = DeadlinePlanner::kindFromKey(d.kind).value_or(DeadlineKind::InitialAssessment);
    deadline.caseId = caseId;
    deadline.versionNumber = d.version;
    deadline.subject = d.subject;
    deadline.due = d.due;
    deadline.estimated = d.estimated;
    deadline.state = planner.stateOn(d.due, &deadline.workingDaysLeft);
    return deadline;
}

} // namespace

CaseDigest digest(const RuleSet& rules, const CaseBundle& bundle, const QList<Deadline>& plan)
{
    CaseDigest digest;
    if (const AssessmentVersion* v = Workflow::version(bundle, 0))
        digest.overallRisk = Engine(rules, bundle.assessedOn(*v).facts, *v).risks().overall;
    const Deadline* openFiling = nullptr;
    const Deadline* metFiling = nullptr;
    for (const Deadline& d : plan) {
        if (d.kind == DeadlineKind::Retention) {
            // Kept until its date, then no longer a deadline: whether it is still open depends on the day.
            digest.retention.append({ d.versionNumber, d.due });
            continue;
        }
        if (d.isOpen()) {
            digest.open.append(digestOf(d, d.due));
            if (!digest.next)
                digest.next = digest.open.constLast();
        }
        if (isFiling(d.kind) && d.isOpen() && !openFiling)
            openFiling = &d;
        if (isFiling(d.kind) && !d.isOpen() && (!metFiling || d.metOn > metFiling->metOn))
            metFiling = &d;
    }
    std::sort(digest.retention.begin(), digest.retention.end(),
        [](const auto& a, const auto& b) { return a.second != b.second ? a.second < b.second : a.first < b.first; });
    // What the register says of a filing: its kind and its date (not the version a modification follows).
    if (openFiling) {
        digest.filing = DigestDeadline { DeadlinePlanner::kindKey(openFiling->kind), 0, openFiling->due,
            openFiling->estimated, {} };
        digest.filingOpen = true;
    } else if (metFiling) {
        digest.filing = DigestDeadline { DeadlinePlanner::kindKey(metFiling->kind), 0, metFiling->metOn, false, {} };
    } else {
        digest.filingRequired = Engine::filingObligation(rules, bundle.caseInfo.facts).required;
    }
    return digest;
}

CaseStanding standing(const RuleSet& rules, qint64 caseId, const CaseDigest& digest, const WorkCalendar& calendar,
    const DeadlineOptions& options, Language language)
{
    const DeadlinePlanner planner(rules, calendar, options);
    CaseStanding s;
    s.overallRisk = digest.overallRisk;
    if (digest.overallRisk >= 0)
        s.riskText = scaleText(rules.risk.levels, s.overallRisk, language);
    const auto date = [](const QDate& d) { return Translations::date(d); };
    if (digest.filing && digest.filingOpen) {
        const Deadline filing = deadlineOf(*digest.filing, caseId, planner);
        s.filingOverdue = filing.state == DeadlineState::Overdue;
        s.filingText = !filing.due.isValid()
            ? QCoreApplication::translate("piadesk::Workflow", "%1: not scheduled").arg(DeadlinePlanner::title(filing))
            : s.filingOverdue ? QCoreApplication::translate("piadesk::Workflow", "%1 overdue since %2")
                                    .arg(DeadlinePlanner::title(filing), date(filing.due))
                              : QCoreApplication::translate("piadesk::Workflow", "%1 due %2")
                                    .arg(DeadlinePlanner::title(filing), date(filing.due));
    } else if (digest.filing) {
        s.filingText = digest.filing->kind == DeadlinePlanner::kindKey(DeadlineKind::DeregistrationFiling)
            ? QCoreApplication::translate("piadesk::Workflow", "De-registered %1").arg(date(digest.filing->due))
            : QCoreApplication::translate("piadesk::Workflow", "Filed %1").arg(date(digest.filing->due));
    } else {
        s.filingText = digest.filingRequired ? QCoreApplication::translate("piadesk::Workflow", "Filing required")
                                             : QCoreApplication::translate("piadesk::Workflow", "Not required");
    }
    // The soonest open deadline: the digest's, or a report to keep until a day not yet past.
    if (digest.next)
        s.next = deadlineOf(*digest.next, caseId, planner);
    for (const auto& [version, until] : digest.retention) {
        if (options.today > until)
            continue;
        Deadline keep = deadlineOf(
            { DeadlinePlanner::kindKey(DeadlineKind::Retention), version, until, false, {} }, caseId, planner);
        keep.state = DeadlineState::Upcoming; // as the planner has it: a report to keep is never "due"
        if (!s.next || DeadlinePlanner::precedes(keep, *s.next))
            s.next = keep;
        break;
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

std::shared_ptr<const CaseStore::Digester> digester(const RuleSetLibrary& library, const WorkCalendar& calendar)
{
    // Bump when what a digest holds, or how it is formed, changes: every file forms its digests again.
    constexpr int kDigestFormat = 1;
    auto d = std::make_shared<CaseStore::Digester>();
    DeadlineScope scope;
    scope.standings = true;
    d->parts = headParts(library, scope);
    QStringList names { QStringLiteral("format %1").arg(kDigestFormat),
        QStringLiteral("piadesk %1").arg(QLatin1String(PIADESK_VERSION)),
        QStringLiteral("calendar %1").arg(QLatin1String(calendar.fingerprint())) };
    for (const auto& rules : library.all())
        names.append(QStringLiteral("rules %1 %2").arg(rules->id, rules->version));
    d->fingerprint = names.join(QLatin1Char('\n'));
    // Nothing a digest holds depends on the day it is formed: any day plans the same dates.
    d->digest = [library, calendar](const CaseBundle& heads) -> std::optional<CaseDigest> {
        const RuleSet* rules = Workflow::ruleSetFor(library, heads.caseInfo, nullptr);
        if (!rules)
            return std::nullopt;
        const DeadlineOptions options { QDate(2000, 1, 1), DeadlinePlanner::kDefaultDueSoonWorkingDays };
        return FileDeadlines::digest(*rules, heads, DeadlinePlanner(*rules, calendar, options).plan(heads));
    };
    return d;
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

void DeadlineExplainer::appendJson(QByteArray& out, const DeadlineEntry& entry, int level) const
{
    Q_ASSERT(entry.rules);
    DeadlinePlanner(*entry.rules, calendar, options).appendJson(out, entry.deadline, language, level);
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
    QList<Deadline> plan = planner.plan(bundle);
    if (scope.standings)
        report.standings.insert(bundle.caseInfo.id,
            standing(*rules, bundle.caseInfo.id, digest(*rules, bundle, plan), calendar, options, language));
    for (Deadline& d : plan) {
        if (!scope.includeMet && !d.isOpen())
            continue;
        if (scope.urgentOnly && d.state != DeadlineState::Overdue && d.state != DeadlineState::DueSoon
            && d.state != DeadlineState::Unscheduled)
            continue;
        report.estimated = report.estimated || (d.isOpen() && d.estimated);
        report.entries.append({ std::move(d), rules });
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

std::optional<DeadlineReport> fromSummaries(CaseStore& store, const QList<CaseSummary>& cases,
    const RuleSetLibrary& library, const WorkCalendar& calendar, const DeadlineOptions& options, Language language,
    qsizetype limit, UrgentDeadlines* urgent, QString* error)
{
    if (library.all().isEmpty() || !store.summariesCurrent())
        return std::nullopt;
    DeadlineReport report;
    report.explainer = { calendar, options, language, library.all() };
    for (const CaseSummary& c : cases) {
        if (!c.digest || !library.find(c.ruleSetId.isEmpty() ? RuleSetLibrary::defaultId() : c.ruleSetId))
            return std::nullopt;
    }
    const DeadlinePlanner planner(*library.all().constFirst(), calendar, options);
    CaseStore::UrgentCases found;
    QList<CaseBundle> heads;
    DeadlineScope scope;
    scope.urgentOnly = true;
    if (!store.urgentCases(options.today, planner.dueSoonUntil(), int(limit), &found)
        || !store.loadCaseHeads(found.first, headParts(library, scope), &heads)) {
        if (error)
            *error = store.errorString();
        return std::nullopt;
    }
    for (const CaseBundle& bundle : std::as_const(heads))
        addCase(library, calendar, options, language, scope, bundle, report);
    sort(report);
    report.entries.resize(qMin(report.entries.size(), limit));
    *urgent = {};
    urgent->shown = report.entries;
    urgent->total = found.deadlines;
    urgent->estimated = found.estimated;
    urgent->overdueCases = found.overdue;
    report.estimated = found.estimated;
    return report;
}

StandingSource standingSource(
    const RuleSetLibrary& library, const WorkCalendar& calendar, const DeadlineOptions& options, Language language)
{
    return [library, calendar, options, language](const CaseSummary& c) -> std::optional<CaseStanding> {
        const RuleSet* rules = library.find(c.ruleSetId.isEmpty() ? RuleSetLibrary::defaultId() : c.ruleSetId);
        if (!c.digest || !rules)
            return std::nullopt;
        return standing(*rules, c.id, *c.digest, calendar, options, language);
    };
}

void sort(DeadlineReport& report)
{
    // The order is found on indices and then applied by moving each entry once: a deadline is a large value, and a
    // file's deadlines run to hundreds of thousands.
    const qsizetype n = report.entries.size();
    DeadlineEntry* entries = report.entries.data();
    std::vector<qsizetype> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(), [entries](qsizetype a, qsizetype b) {
        return DeadlinePlanner::precedes(entries[a].deadline, entries[b].deadline);
    });
    // Position i takes the entry at order[i]: each cycle of the permutation is followed once.
    std::vector<bool> placed(static_cast<size_t>(n), false);
    for (qsizetype i = 0; i < n; ++i) {
        if (placed[size_t(i)] || order[size_t(i)] == i)
            continue;
        DeadlineEntry held = std::move(entries[i]);
        qsizetype at = i;
        for (;;) {
            placed[size_t(at)] = true;
            const qsizetype from = order[size_t(at)];
            if (from == i) {
                entries[at] = std::move(held);
                break;
            }
            entries[at] = std::move(entries[from]);
            at = from;
        }
    }
}

DeadlineReport collect(CaseStore& store, const RuleSetLibrary& library, const WorkCalendar& calendar,
    const DeadlineOptions& options, Language language, const DeadlineScope& scope, QString* error)
{
    DeadlineReport report;
    const CaseStore::HeadParts parts = headParts(library, scope);
    QList<QList<DeadlineEntry>> reads;
    qsizetype total = 0;
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
        // Kept read by read and joined once at the end: a list grown entry by entry would hold every entry twice
        // whenever it grows.
        total += report.entries.size();
        const qsizetype lastRead = report.entries.size();
        reads.append(std::exchange(report.entries, {}));
        report.entries.reserve(lastRead + lastRead / 4);
    }
    report.entries.reserve(total);
    for (QList<DeadlineEntry>& read : reads) {
        for (DeadlineEntry& entry : read)
            report.entries.append(std::move(entry));
        read = {};
    }
    sort(report);
    return report;
}

} // namespace piadesk::FileDeadlines

#include "DeadlinePlanner.h"
#include "core/JsonText.h"
#include <QJsonDocument>

#include <ctime>

#include "i18n/Translations.h"

#include "rules/Engine.h"

#include <QHash>

#include <algorithm>

namespace piadesk {

namespace {

QString iso(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

/**
 * The day a version was finalized, in local time. Through localtime_r(), which reads the time zone once
 * (tzset() below), rather than toLocalTime(), which makes the C library look at /etc/localtime again on every
 * call (40 times a case on a whole file).
 */
QDate finalizedOn(const AssessmentVersion& v)
{
    if (!v.finalizedAt.isValid())
        return {};
    static const bool zoneRead = [] {
        tzset();
        return true;
    }();
    Q_UNUSED(zoneRead)
    const time_t seconds = time_t(v.finalizedAt.toSecsSinceEpoch());
    tm local {};
    if (!localtime_r(&seconds, &local))
        return v.finalizedAt.toLocalTime().date();
    return QDate(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

const FilingRecord* firstFiling(const CaseBundle& bundle, FilingKind kind)
{
    for (const FilingRecord& f : bundle.filings) {
        if (f.kind == kind)
            return &f;
    }
    return nullptr;
}

int openRank(DeadlineState state)
{
    switch (state) {
    case DeadlineState::Overdue:
    case DeadlineState::DueSoon:
    case DeadlineState::Upcoming:
        return 0;
    case DeadlineState::Unscheduled:
        return 1;
    case DeadlineState::Met:
        return 2;
    }
    return 3;
}

} // namespace

DeadlinePlanner::DeadlinePlanner(const RuleSet& rules, const WorkCalendar& calendar, DeadlineOptions options)
    : m_rules(rules)
    , m_calendar(calendar)
    , m_options(options)
{
    if (!m_options.today.isValid())
        m_options.today = QDate::currentDate();
    m_options.dueSoonWorkingDays = std::max(0, m_options.dueSoonWorkingDays);
}

QDate DeadlinePlanner::addMonths(const QDate& start, int months)
{
    if (!start.isValid())
        return {};
    const QDate firstOfMonth = QDate(start.year(), start.month(), 1).addMonths(months);
    return QDate(firstOfMonth.year(), firstOfMonth.month(), std::min(start.day(), firstOfMonth.daysInMonth()));
}

Deadline DeadlinePlanner::make(const CaseBundle& bundle, DeadlineKind kind) const
{
    Deadline d;
    d.kind = kind;
    d.caseId = bundle.caseInfo.id;
    d.caseUuid = bundle.caseInfo.uuid;
    d.caseName = bundle.caseInfo.facts.name;
    d.organisationName = bundle.organisation.name;
    return d;
}

void DeadlinePlanner::countWorkingDays(Deadline& d, DeadlineBasis basis, const QDate& from, int days) const
{
    d.basis = basis;
    d.basisDate = from;
    d.workingDays = days;
    d.count = m_calendar.addWorkingDays(from, days);
    d.due = d.count.to;
    d.estimated = d.count.estimated;
}

void DeadlinePlanner::countMonths(Deadline& d, DeadlineBasis basis, const QDate& from, int months) const
{
    d.basis = basis;
    d.basisDate = from;
    d.months = months;
    d.due = addMonths(from, months);
}

void DeadlinePlanner::settle(Deadline& d, const QDate& metOn) const
{
    if (metOn.isValid()) {
        d.state = DeadlineState::Met;
        d.metOn = metOn;
        d.late = d.due.isValid() && metOn > d.due;
        return;
    }
    if (!d.due.isValid()) {
        d.state = DeadlineState::Unscheduled;
        return;
    }
    d.state = stateOn(d.due, &d.workingDaysLeft);
}

DeadlineState DeadlinePlanner::stateOn(const QDate& due, int* workingDaysLeft) const
{
    if (!due.isValid())
        return DeadlineState::Unscheduled;
    const int left = m_calendar.workingDayCount(m_options.today, due);
    if (workingDaysLeft)
        *workingDaysLeft = left;
    if (m_options.today > due)
        return DeadlineState::Overdue;
    return left <= m_options.dueSoonWorkingDays ? DeadlineState::DueSoon : DeadlineState::Upcoming;
}

QDate DeadlinePlanner::dueSoonUntil() const
{
    // The working days left fall as the due date comes closer: the last day still within the window.
    QDate day = m_options.today;
    while (m_calendar.workingDayCount(m_options.today, day.addDays(1)) <= m_options.dueSoonWorkingDays)
        day = day.addDays(1);
    return day;
}

QList<Deadline> DeadlinePlanner::plan(const CaseBundle& bundle) const
{
    const CaseFacts& facts = bundle.caseInfo.facts;
    const FilingRules& filing = m_rules.filing;
    QList<Deadline> deadlines;

    const AssessmentVersion* firstFinal = nullptr;
    const AssessmentVersion* lastFinal = nullptr;
    for (const AssessmentVersion& v : bundle.assessments) {
        if (!v.isFinal())
            continue;
        if (!firstFinal || v.number < firstFinal->number)
            firstFinal = &v;
        if (!lastFinal || finalizedOn(v) >= finalizedOn(*lastFinal))
            lastFinal = &v;
    }

    // The assessment comes before the processing (Art. 15): finalized by the day before use starts.
    {
        Deadline d = make(bundle, DeadlineKind::InitialAssessment);
        d.articles = m_rules.retentionArticles;
        if (facts.startOfUse.isValid()) {
            d.basis = DeadlineBasis::StartOfUse;
            d.basisDate = facts.startOfUse;
            d.due = facts.startOfUse.addDays(-1);
        }
        if (firstFinal)
            d.versionNumber = firstFinal->number;
        settle(d, firstFinal ? finalizedOn(*firstFinal) : QDate());
        deadlines.append(d);
    }

    // Filing, when the rule set's trigger holds (or the officer filed anyway).
    const FilingRecord* initial = firstFiling(bundle, FilingKind::Initial);
    if (Engine::filingObligation(m_rules, facts).required || initial) {
        Deadline d = make(bundle, DeadlineKind::InitialFiling);
        d.articles = filing.articles;
        d.countedFromThreshold = filing.clock == FilingClock::ThresholdReached;
        // Counted from the day the stored count reached the threshold (or the day the filing records); a count
        // reached before the rules took effect was due on the fixed day the authority announced.
        const QDate from = initial && initial->triggerDate.isValid() ? initial->triggerDate
            : filing.clock == FilingClock::ThresholdReached          ? facts.thresholdReachedOn
                                                                     : QDate();
        if (filing.isTransitional(from)) {
            d.basis = DeadlineBasis::Transitional;
            d.basisDate = from;
            d.due = filing.transitional->due;
            d.articles = filing.transitional->articles;
        } else if (initial && initial->triggerDate.isValid()) {
            countWorkingDays(d, DeadlineBasis::FilingTrigger, initial->triggerDate, filing.initialDays);
        } else if (filing.clock == FilingClock::ThresholdReached) {
            if (from.isValid())
                countWorkingDays(d, DeadlineBasis::ThresholdReached, from, filing.initialDays);
        } else if (facts.startOfUse.isValid()) {
            countWorkingDays(d, DeadlineBasis::StartOfUse, facts.startOfUse, filing.initialDays);
        }
        settle(d, initial ? initial->submittedOn : QDate());
        deadlines.append(d);
    }

    const QDate filedOn = initial ? initial->submittedOn : QDate();
    if (filedOn.isValid()) {
        // A modification for every substantive change after the filing: those recorded as
        // modification filings, and purpose or methods changes recorded as re-assessments.
        QList<QDate> recorded;
        for (const FilingRecord& f : bundle.filings) {
            if (f.kind != FilingKind::Modification)
                continue;
            Deadline d = make(bundle, DeadlineKind::ModificationFiling);
            d.articles = filing.articles;
            if (f.triggerDate.isValid()) {
                countWorkingDays(d, DeadlineBasis::FilingTrigger, f.triggerDate, filing.modificationDays);
                recorded.append(f.triggerDate);
            }
            settle(d, f.submittedOn);
            deadlines.append(d);
        }
        for (const AssessmentVersion& v : bundle.assessments) {
            if ((v.trigger != TriggerKind::PurposeChanged && v.trigger != TriggerKind::MethodsChanged)
                || !v.triggerDate.isValid() || v.triggerDate < filedOn || recorded.contains(v.triggerDate))
                continue;
            recorded.append(v.triggerDate);
            Deadline d = make(bundle, DeadlineKind::ModificationFiling);
            d.articles = filing.articles;
            d.versionNumber = v.number;
            countWorkingDays(d, DeadlineBasis::Change, v.triggerDate, filing.modificationDays);
            QDate met;
            for (const FilingRecord& f : bundle.filings) {
                if (f.kind == FilingKind::Modification && f.submittedOn.isValid() && f.submittedOn >= v.triggerDate
                    && (!met.isValid() || f.submittedOn < met))
                    met = f.submittedOn;
            }
            settle(d, met);
            deadlines.append(d);
        }

        // De-registration once the use ends.
        const FilingRecord* deregistration = firstFiling(bundle, FilingKind::Deregistration);
        if (facts.status == CaseStatus::Ended || facts.endOfUse.isValid() || deregistration) {
            Deadline d = make(bundle, DeadlineKind::DeregistrationFiling);
            d.articles = filing.articles;
            if (deregistration && deregistration->triggerDate.isValid())
                countWorkingDays(
                    d, DeadlineBasis::FilingTrigger, deregistration->triggerDate, filing.deregistrationDays);
            else if (facts.endOfUse.isValid())
                countWorkingDays(d, DeadlineBasis::EndOfUse, facts.endOfUse, filing.deregistrationDays);
            settle(d, deregistration ? deregistration->submittedOn : QDate());
            deadlines.append(d);
        }
    }

    // A recorded re-assessment trigger: the new version is due before processing changes.
    for (const AssessmentVersion& v : bundle.assessments) {
        if (v.trigger == TriggerKind::Initial || v.trigger == TriggerKind::YearlyReview)
            continue;
        Deadline d = make(bundle, DeadlineKind::Reassessment);
        d.versionNumber = v.number;
        for (const ReassessmentTrigger& t : m_rules.reassessment) {
            if (t.kind == v.trigger)
                d.articles = t.articles;
        }
        if (v.triggerDate.isValid()) {
            d.basis = DeadlineBasis::Trigger;
            d.basisDate = v.triggerDate;
            d.due = v.triggerDate;
        }
        settle(d, v.isFinal() ? finalizedOn(v) : QDate());
        deadlines.append(d);
    }

    // The yearly test and assessment (Art. 19), while the technology is in use.
    if (m_rules.yearlyReviewMonths > 0 && facts.status == CaseStatus::InUse) {
        Deadline d = make(bundle, DeadlineKind::YearlyReview);
        d.articles = m_rules.yearlyReviewArticles;
        if (lastFinal) {
            d.versionNumber = lastFinal->number;
            countMonths(d, DeadlineBasis::Finalized, finalizedOn(*lastFinal), m_rules.yearlyReviewMonths);
        } else if (facts.startOfUse.isValid()) {
            countMonths(d, DeadlineBasis::StartOfUse, facts.startOfUse, m_rules.yearlyReviewMonths);
        }
        settle(d, QDate());
        deadlines.append(d);
    }

    // Each finalized report is kept until its retain-until date, and may be deleted after it.
    for (const AssessmentVersion& v : bundle.assessments) {
        if (!v.isFinal() || !v.retainUntil.isValid())
            continue;
        Deadline d = make(bundle, DeadlineKind::Retention);
        d.versionNumber = v.number;
        d.articles = m_rules.retentionArticles;
        d.basis = DeadlineBasis::Finalized;
        d.basisDate = finalizedOn(v);
        d.months = 12 * m_rules.retentionYears;
        d.due = v.retainUntil;
        if (m_options.today > v.retainUntil) {
            d.state = DeadlineState::Met;
            d.metOn = v.retainUntil;
        } else {
            d.state = DeadlineState::Upcoming;
            d.workingDaysLeft = m_calendar.workingDayCount(m_options.today, d.due);
        }
        deadlines.append(d);
    }

    // The action plan: each measure of the latest version not yet done (nor dropped), by the date set for it; none
    // once the use has ended.
    if (!bundle.assessments.isEmpty() && facts.status != CaseStatus::Ended) {
        const AssessmentVersion& latest = bundle.assessments.last();
        for (const Measure& m : latest.measures) {
            if (m.status == MeasureStatus::Done || m.status == MeasureStatus::Dropped || !m.dueDate.isValid())
                continue;
            Deadline d = make(bundle, DeadlineKind::Measure);
            d.versionNumber = latest.number;
            d.subject = m.description;
            d.owner = m.owner;
            d.measureStatus = m.status;
            d.inFinalVersion = latest.isFinal();
            d.basis = DeadlineBasis::ActionPlan;
            d.basisDate = m.dueDate;
            d.due = m.dueDate;
            settle(d, QDate());
            deadlines.append(d);
        }
    }

    sort(deadlines);
    return deadlines;
}

void DeadlinePlanner::sort(QList<Deadline>& deadlines)
{
    std::stable_sort(deadlines.begin(), deadlines.end(), precedes);
}

bool DeadlinePlanner::precedes(const Deadline& a, const Deadline& b)
{
    const int ra = openRank(a.state);
    const int rb = openRank(b.state);
    if (ra != rb)
        return ra < rb;
    if (ra == 2) {
        if (a.metOn != b.metOn)
            return a.metOn > b.metOn;
    } else if (a.due != b.due) {
        return a.due < b.due;
    }
    if (a.caseId != b.caseId)
        return a.caseId < b.caseId;
    if (a.kind != b.kind)
        return int(a.kind) < int(b.kind);
    if (a.versionNumber != b.versionNumber)
        return a.versionNumber < b.versionNumber;
    return a.subject < b.subject;
}

QString DeadlinePlanner::title(const Deadline& d)
{
    switch (d.kind) {
    case DeadlineKind::Reassessment:
        return tr("Re-assessment (version %1)").arg(d.versionNumber);
    case DeadlineKind::Retention:
        return tr("Keep the report of version %1").arg(d.versionNumber);
    case DeadlineKind::Measure: {
        // The measure's own words, cut to a line.
        QString what = d.subject.simplified();
        if (what.size() > 60)
            what = what.left(59) + QChar(0x2026);
        return tr("Measure: %1").arg(what);
    }
    default:
        return kindLabel(d.kind);
    }
}

QString DeadlinePlanner::missing(const Deadline& d)
{
    switch (d.kind) {
    case DeadlineKind::InitialAssessment:
    case DeadlineKind::YearlyReview:
        return tr("Record the (planned) start of use to schedule it.");
    case DeadlineKind::InitialFiling:
        if (d.basis == DeadlineBasis::None && d.countedFromThreshold)
            return tr("Record the day the stored head count reached the threshold (a case fact), or the trigger "
                      "date on the initial filing, to schedule it.");
        return tr("Record the start of use, or the trigger date on the initial filing, to schedule it.");
    case DeadlineKind::ModificationFiling:
        return tr("Record the date of the change on the modification filing to schedule it.");
    case DeadlineKind::DeregistrationFiling:
        return tr("Record the end of use to schedule it.");
    case DeadlineKind::Reassessment:
        return tr("Record the trigger date of version %1 to schedule it.").arg(d.versionNumber);
    case DeadlineKind::Retention:
    case DeadlineKind::Measure:
        break;
    }
    return {};
}

QString DeadlinePlanner::explain(const Deadline& d, Language language) const
{
    // Dates in running text, in the form of the explanation's language (2025年9月26日, 26 September 2025).
    static const QLocale chinese(QLocale::Chinese, QLocale::China);
    static const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const QLocale& locale = language == Language::Chinese ? chinese : english;
    const auto written = [&locale](const QDate& date) { return Translations::writtenDate(date, locale); };
    // A file's deadlines cite the same few articles over and over: each citation is formed once per rule set.
    thread_local QHash<QString, QString> citations;
    QString key = m_rules.id + QLatin1Char(' ') + m_rules.version + QLatin1Char(' ') + QString::number(int(language));
    for (const ArticleRef& ref : d.articles)
        key += QLatin1Char(' ') + ref.key();
    auto found = citations.constFind(key);
    if (found == citations.constEnd()) {
        if (citations.size() > 1000)
            citations.clear();
        found = citations.insert(key, m_rules.cite(d.articles, language));
    }
    const QString cite = *found;
    QString text;
    if (d.kind == DeadlineKind::Measure) {
        const QString status = enumLabel(d.measureStatus).toLower();
        text = d.owner.isEmpty()
            ? tr("The date the action plan of version %1 sets for this measure, now %2; no owner is named.")
                  .arg(d.versionNumber)
                  .arg(status)
            : tr("The date the action plan of version %1 sets for this measure, now %2; owner: %3.")
                  .arg(d.versionNumber)
                  .arg(status, d.owner);
        text = tr("%1 %2", "two sentences in a row")
                   .arg(text,
                       d.inFinalVersion
                           ? tr("Version %1 is finalized and stays as it was: once the measure is done, a "
                                "re-assessment (the yearly review, for one) records it, and it leaves the deadlines.")
                                 .arg(d.versionNumber)
                           : tr("It leaves the deadlines once its status is Done or Dropped."));
    } else if (d.kind == DeadlineKind::Retention) {
        text = tr("Kept %1 years from finalization on %2 (%3); may be deleted from %4.")
                   .arg(m_rules.retentionYears)
                   .arg(written(d.basisDate), cite, written(d.due.addDays(1)));
    } else if (!d.basisDate.isValid()) {
        text = d.state == DeadlineState::Met ? tr("Met on %1.").arg(written(d.metOn)) : missing(d);
    } else if (d.workingDays > 0) {
        text = tr("%n working day(s) after %1 (%2, not counted itself), %3.", nullptr, d.workingDays)
                   .arg(written(d.basisDate), basisLabel(d.basis), cite);
        text = tr("%1 %2", "two sentences in a row").arg(text, WorkCalendar::describe(d.count));
    } else if (d.months > 0) {
        text = tr("%n month(s) after %1 (%2), %3.", nullptr, d.months)
                   .arg(written(d.basisDate), basisLabel(d.basis), cite);
    } else if (d.basis == DeadlineBasis::Transitional && m_rules.filing.transitional) {
        text
            = tr("Due by %1: the stored head count reached the threshold on %2, before %3, when the rules took "
                 "effect (%4).")
                  .arg(written(d.due), written(d.basisDate), written(m_rules.filing.transitional->reachedBefore), cite);
    } else if (d.kind == DeadlineKind::InitialAssessment) {
        text = tr("Finalized before use starts on %1, %2.").arg(written(d.basisDate), cite);
    } else {
        text = tr("Due by the trigger date %1, before processing changes; %2 sets no other period.")
                   .arg(written(d.basisDate), cite.isEmpty() ? m_rules.shortTitle.text(language) : cite);
    }
    if (d.estimated)
        text = tr("%1 %2", "two sentences in a row")
                   .arg(text,
                       tr("Estimated: the holiday calendar ends with %1; later days were counted on weekends alone. "
                          "Load a newer holiday calendar.")
                           .arg(m_calendar.lastYear()));
    return text;
}

namespace {

constexpr const char* kContext = "piadesk::DeadlinePlanner";

constexpr EnumEntry<DeadlineKind> kKinds[] = {
    { DeadlineKind::InitialAssessment, "initial_assessment",
        QT_TRANSLATE_NOOP("piadesk::DeadlinePlanner", "Initial assessment") },
    { DeadlineKind::InitialFiling, "initial_filing", QT_TRANSLATE_NOOP("piadesk::DeadlinePlanner", "Initial filing") },
    { DeadlineKind::ModificationFiling, "modification_filing",
        QT_TRANSLATE_NOOP("piadesk::DeadlinePlanner", "Modification of filing") },
    { DeadlineKind::DeregistrationFiling, "deregistration_filing",
        QT_TRANSLATE_NOOP("piadesk::DeadlinePlanner", "De-registration") },
    { DeadlineKind::Reassessment, "reassessment", QT_TRANSLATE_NOOP("piadesk::DeadlinePlanner", "Re-assessment") },
    { DeadlineKind::YearlyReview, "yearly_review",
        QT_TRANSLATE_NOOP("piadesk::DeadlinePlanner", "Yearly test and risk assessment") },
    { DeadlineKind::Retention, "retention", QT_TRANSLATE_NOOP("piadesk::DeadlinePlanner", "Report retention") },
    { DeadlineKind::Measure, "measure", QT_TRANSLATE_NOOP("piadesk::DeadlinePlanner", "Measure of the action plan") },
};

constexpr EnumEntry<DeadlineState> kStates[] = {
    { DeadlineState::Unscheduled, "unscheduled", QT_TRANSLATE_NOOP("piadesk::DeadlinePlanner", "date unknown") },
    { DeadlineState::Upcoming, "upcoming", QT_TRANSLATE_NOOP("piadesk::DeadlinePlanner", "upcoming") },
    { DeadlineState::DueSoon, "due_soon", QT_TRANSLATE_NOOP("piadesk::DeadlinePlanner", "due soon") },
    { DeadlineState::Overdue, "overdue", QT_TRANSLATE_NOOP("piadesk::DeadlinePlanner", "OVERDUE") },
    { DeadlineState::Met, "met", QT_TRANSLATE_NOOP("piadesk::DeadlinePlanner", "met") },
};

constexpr EnumEntry<DeadlineBasis> kBases[] = {
    { DeadlineBasis::None, "", "" },
    { DeadlineBasis::StartOfUse, "start_of_use", QT_TRANSLATE_NOOP("piadesk::DeadlinePlanner", "start of use") },
    { DeadlineBasis::FilingTrigger, "filing_trigger",
        QT_TRANSLATE_NOOP("piadesk::DeadlinePlanner", "trigger date recorded on the filing") },
    { DeadlineBasis::Change, "change",
        QT_TRANSLATE_NOOP("piadesk::DeadlinePlanner", "date of the change recorded on the re-assessment") },
    { DeadlineBasis::EndOfUse, "end_of_use", QT_TRANSLATE_NOOP("piadesk::DeadlinePlanner", "end of use") },
    { DeadlineBasis::Finalized, "finalized",
        QT_TRANSLATE_NOOP("piadesk::DeadlinePlanner", "finalization of the last version") },
    { DeadlineBasis::Trigger, "trigger",
        QT_TRANSLATE_NOOP("piadesk::DeadlinePlanner", "trigger date of the re-assessment") },
    { DeadlineBasis::ThresholdReached, "threshold_reached",
        QT_TRANSLATE_NOOP("piadesk::DeadlinePlanner", "day the stored head count reached the threshold") },
    { DeadlineBasis::Transitional, "transitional",
        QT_TRANSLATE_NOOP("piadesk::DeadlinePlanner", "transitional due date") },
    { DeadlineBasis::ActionPlan, "action_plan",
        QT_TRANSLATE_NOOP("piadesk::DeadlinePlanner", "due date set in the action plan") },
};

template <typename E, size_t N> const EnumEntry<E>* entry(const EnumEntry<E> (&table)[N], E value)
{
    for (const auto& e : table) {
        if (e.value == value)
            return &e;
    }
    return nullptr;
}

template <typename E, size_t N> QString keyOf(const EnumEntry<E> (&table)[N], E value)
{
    const auto* e = entry(table, value);
    return e ? QLatin1String(e->key) : QString();
}

template <typename E, size_t N> QString labelOf(const EnumEntry<E> (&table)[N], E value)
{
    const auto* e = entry(table, value);
    return e && *e->label ? QCoreApplication::translate(kContext, e->label) : QString();
}

} // namespace

QString DeadlinePlanner::kindKey(DeadlineKind kind)
{
    return keyOf(kKinds, kind);
}

std::optional<DeadlineKind> DeadlinePlanner::kindFromKey(QStringView key)
{
    for (const auto& e : kKinds) {
        if (key == QLatin1String(e.key))
            return e.value;
    }
    return std::nullopt;
}

QString DeadlinePlanner::kindLabel(DeadlineKind kind)
{
    return labelOf(kKinds, kind);
}

QString DeadlinePlanner::stateKey(DeadlineState state)
{
    return keyOf(kStates, state);
}

QString DeadlinePlanner::stateLabel(DeadlineState state)
{
    return labelOf(kStates, state);
}

QString DeadlinePlanner::basisKey(DeadlineBasis basis)
{
    return keyOf(kBases, basis);
}

QString DeadlinePlanner::basisLabel(DeadlineBasis basis)
{
    return labelOf(kBases, basis);
}

void DeadlinePlanner::appendJson(QByteArray& out, const Deadline& d, Language language, int level) const
{
    JsonText::ObjectWriter o(level);
    o.integer("caseId", d.caseId)
        .string("caseUuid", d.caseUuid)
        .string("case", d.caseName)
        .string("organisation", d.organisationName)
        .string("kind", kindKey(d.kind))
        .string("title", title(d))
        .string("state", stateKey(d.state))
        .boolean("estimated", d.estimated)
        .string("explanation", explain(d, language));
    if (d.due.isValid())
        o.string("due", iso(d.due));
    else
        o.null("due");
    if (d.versionNumber)
        o.integer("version", d.versionNumber);
    if (d.kind == DeadlineKind::Measure)
        o.string("measure", d.subject).string("owner", d.owner).string("measureStatus", enumKey(d.measureStatus));
    if (d.state == DeadlineState::Met)
        o.string("metOn", iso(d.metOn)).boolean("late", d.late);
    else if (d.due.isValid())
        o.integer("workingDaysLeft", d.workingDaysLeft);
    if (d.basis != DeadlineBasis::None) {
        JsonText::ObjectWriter counted(o.fieldLevel());
        counted.string("from", basisKey(d.basis)).string("date", iso(d.basisDate));
        if (d.workingDays) {
            counted.integer("workingDays", d.workingDays)
                .integer("weekendDays", d.count.weekendDays + d.count.holidayWeekendDays)
                .integer("holidays", d.count.holidays)
                .integer("makeUpDays", d.count.makeUpDays)
                .strings("holidayNames", d.count.holidayNames);
        }
        if (d.months)
            counted.integer("months", d.months);
        o.object("counted", counted);
    }
    if (d.state == DeadlineState::Unscheduled)
        o.string("missing", missing(d));
    QList<JsonText::ObjectWriter> articles;
    for (const ArticleRef& a : d.articles) {
        articles.append(JsonText::ObjectWriter(o.fieldLevel() + 1));
        articles.last().string("ref", a.key()).string("text", m_rules.cite(a, language));
    }
    o.objects("articles", articles);
    o.appendTo(out);
}

QJsonObject DeadlinePlanner::toJson(const Deadline& d, Language language) const
{
    QByteArray text;
    appendJson(text, d, language, 0);
    return QJsonDocument::fromJson(text).object();
}

} // namespace piadesk

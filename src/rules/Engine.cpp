#include "Engine.h"

#include "core/ModelJson.h"

#include <QJsonArray>

#include <algorithm>

namespace piadesk {

namespace {

bool isEmptyValue(const QJsonValue& v)
{
    if (v.isUndefined() || v.isNull())
        return true;
    if (v.isString())
        return v.toString().trimmed().isEmpty();
    if (v.isArray())
        return v.toArray().isEmpty();
    return false;
}

} // namespace

int Completeness::done() const
{
    int n = 0;
    for (const GroupCompleteness& g : groups)
        n += g.done;
    return n;
}

int Completeness::total() const
{
    int n = 0;
    for (const GroupCompleteness& g : groups)
        n += g.total;
    return n;
}

QList<Gap> Completeness::gaps() const
{
    QList<Gap> out;
    for (const GroupCompleteness& g : groups)
        out.append(g.gaps);
    return out;
}

const GroupCompleteness* Completeness::group(const QString& id) const
{
    for (const GroupCompleteness& g : groups) {
        if (g.id == id)
            return &g;
    }
    return nullptr;
}

Engine::Engine(const RuleSet& rules, const CaseFacts& facts, const AssessmentVersion& assessment)
    : m_rules(rules)
    , m_facts(facts)
    , m_assessment(assessment)
{
}

FilingObligation Engine::filingObligation(const RuleSet& rules, const CaseFacts& facts)
{
    FilingObligation o;
    o.storedPeople = facts.storedPeople;
    o.threshold = rules.filing.headCountThreshold;
    o.comparison = rules.filing.comparison;
    o.byPublicPlace = rules.filing.publicPlaceTriggers && facts.publicPlace;
    if (o.threshold) {
        o.byHeadCount = o.comparison == ThresholdComparison::MoreThan ? facts.storedPeople > *o.threshold
                                                                      : facts.storedPeople >= *o.threshold;
    }
    o.required = o.byPublicPlace || o.byHeadCount;
    return o;
}

QString Engine::explain(const RuleSet& rules, const FilingObligation& o, Language language)
{
    const QString article = rules.cite(rules.filing.articles, language);
    const QString authority = rules.filing.authority.text(language);
    const QLocale locale(language == Language::Chinese ? QLocale::Chinese : QLocale::English);
    const QString count = locale.toString(o.storedPeople);
    const QString threshold = o.threshold ? locale.toString(*o.threshold) : QString();
    const bool moreThan = o.comparison == ThresholdComparison::MoreThan;
    if (o.byPublicPlace && o.byHeadCount)
        return tr("Filing required (%1): the technology is used in a public place, and it stores the facial "
                  "information of %2 people, %3 %4. File with the %5.")
            .arg(article, count, moreThan ? tr("more than") : tr("at least"), threshold, authority);
    if (o.byPublicPlace)
        return tr("Filing required (%1): the technology is used in a public place. File with the %2.")
            .arg(article, authority);
    if (o.byHeadCount)
        return tr("Filing required (%1): it stores the facial information of %2 people, %3 %4. File with the %5.")
            .arg(article, count, moreThan ? tr("more than") : tr("at least"), threshold, authority);
    if (o.threshold)
        return tr("No filing required (%1): not used in a public place, and %2 people stored is not %3 %4.")
            .arg(article, count, moreThan ? tr("more than") : tr("at least"), threshold);
    return tr("No filing required (%1): not used in a public place.").arg(article);
}

int Engine::riskLevel(const RiskMethod& method, int impact, int likelihood)
{
    if (impact < 0 || impact >= method.matrix.size())
        return 0;
    const QList<int>& row = method.matrix.at(impact);
    if (likelihood < 0 || likelihood >= row.size())
        return 0;
    return row.at(likelihood);
}

QStringList Engine::sectionsToReview(const RuleSet& rules, TriggerKind trigger)
{
    if (trigger == TriggerKind::Initial) {
        QStringList all;
        for (const Section& s : rules.sections)
            all.append(s.id);
        return all;
    }
    const ReassessmentTrigger* t = rules.reassessmentTrigger(trigger);
    return t ? t->sections : QStringList();
}

bool Engine::isValidAnswer(const Question& question, const QJsonValue& value)
{
    if (isEmptyValue(value))
        return false;
    switch (question.type) {
    case AnswerType::YesNo:
    case AnswerType::YesNoNa:
    case AnswerType::Choice:
        return value.isString() && question.allowedValues().contains(value.toString());
    case AnswerType::MultiChoice: {
        if (!value.isArray())
            return false;
        const QStringList allowed = question.allowedValues();
        for (const QJsonValue& v : value.toArray()) {
            if (!v.isString() || !allowed.contains(v.toString()))
                return false;
        }
        return true;
    }
    case AnswerType::Number:
        return value.isDouble() && (!question.min || value.toDouble() >= *question.min)
            && (!question.max || value.toDouble() <= *question.max);
    case AnswerType::Date:
        return value.isString() && ModelJson::parseDate(value.toString()).isValid();
    case AnswerType::Text:
        return value.isString();
    }
    return false;
}

bool Engine::isVisible(const Question& question) const
{
    return !question.showIf || question.showIf->evaluate(*this);
}

QJsonValue Engine::answerValue(const QString& questionId) const
{
    const Question* q = m_rules.question(questionId);
    if (!q)
        return QJsonValue(QJsonValue::Undefined);
    if (q->isFact())
        return Facts::value(m_facts, q->fact);
    const Answer* a = m_assessment.answer(questionId);
    if (!a || !isValidAnswer(*q, a->value) || !isVisible(*q))
        return QJsonValue(QJsonValue::Undefined);
    return a->value;
}

QJsonValue Engine::value(ConditionTerm::Source source, const QString& name) const
{
    if (source == ConditionTerm::Source::Fact)
        return Facts::value(m_facts, name);
    return answerValue(name);
}

QList<RaisedFlag> Engine::redFlags() const
{
    QList<RaisedFlag> out;
    for (const RedFlagRule& rule : m_rules.redFlags) {
        RaisedFlag flag;
        flag.rule = &rule;
        if (!rule.when || !rule.when->evaluate(*this, &flag.causes))
            continue;
        if (const Answer* a = m_assessment.answer(rule.justificationId()))
            flag.justification = a->justification;
        out.append(flag);
    }
    return out;
}

bool Engine::needsEvidence(const Question& question, const QJsonValue& value) const
{
    if (!question.evidence)
        return false;
    if (question.evidence->anyAnswer)
        return true;
    const QJsonArray values = value.isArray() ? value.toArray() : QJsonArray { value };
    for (const QJsonValue& v : values) {
        if (question.evidence->values.contains(v.toString()))
            return true;
    }
    return false;
}

Completeness Engine::completeness(const QString& assessorName, const QString& reviewerName) const
{
    Completeness c;
    const auto checkQuestions = [&](const QString& groupId, const QList<Question>& questions, GroupCompleteness& g) {
        for (const Question& q : questions) {
            if (q.isFact() || !isVisible(q))
                continue;
            const Answer* a = m_assessment.answer(q.id);
            const bool answered = a && !isEmptyValue(a->value);
            if (answered && !isValidAnswer(q, a->value)) {
                ++g.total;
                g.gaps.append({ Gap::Kind::InvalidAnswer, groupId, q.id });
                continue;
            }
            if (q.required || answered) {
                ++g.total;
                if (answered)
                    ++g.done;
                else
                    g.gaps.append({ Gap::Kind::Answer, groupId, q.id });
            }
            if (answered && needsEvidence(q, a->value)) {
                ++g.total;
                const bool attached = !a->evidence.isEmpty();
                const bool written = !a->justification.trimmed().isEmpty();
                const bool ok = q.evidence->accepts == EvidenceKind::Attachment ? attached
                    : q.evidence->accepts == EvidenceKind::Justification        ? written
                                                                                : attached || written;
                if (ok)
                    ++g.done;
                else
                    g.gaps.append({ Gap::Kind::Evidence, groupId, q.id });
            }
        }
    };

    GroupCompleteness screening { QStringLiteral("screening"), 0, 0, {} };
    checkQuestions(screening.id, m_rules.screening, screening);
    c.groups.append(screening);

    QStringList conclusionKeys;
    for (const Option& o : m_rules.conclusions)
        conclusionKeys.append(o.key);
    for (const Section& s : m_rules.sections) {
        GroupCompleteness g { s.id, 0, 0, {} };
        checkQuestions(s.id, s.questions, g);
        const Answer* conclusion = m_assessment.answer(s.conclusionId());
        g.total += 2;
        if (conclusion && conclusion->value.isString() && conclusionKeys.contains(conclusion->value.toString()))
            ++g.done;
        else
            g.gaps.append({ Gap::Kind::Conclusion, s.id, s.conclusionId() });
        if (conclusion && !conclusion->justification.trimmed().isEmpty())
            ++g.done;
        else
            g.gaps.append({ Gap::Kind::Rationale, s.id, s.conclusionId() });
        c.groups.append(g);
    }

    GroupCompleteness flags { QStringLiteral("flags"), 0, 0, {} };
    for (const RaisedFlag& f : redFlags()) {
        if (f.rule->severity != Severity::Condition)
            continue; // a prohibited flag blocks finalization instead; see finalizationCheck()
        ++flags.total;
        if (f.isJustified())
            ++flags.done;
        else
            flags.gaps.append({ Gap::Kind::FlagNote, flags.id, f.rule->id });
    }
    c.groups.append(flags);

    GroupCompleteness risks { QStringLiteral("risks"), 0, 0, {} };
    ++risks.total;
    if (m_assessment.risks.isEmpty())
        risks.gaps.append({ Gap::Kind::NoRisks, risks.id, {} });
    else
        ++risks.done;
    const RiskSummary rated = this->risks();
    for (qsizetype i = 0; i < m_assessment.risks.size(); ++i) {
        const Risk& r = m_assessment.risks.at(i);
        ++risks.total;
        if (r.title.trimmed().isEmpty())
            risks.gaps.append({ Gap::Kind::RiskTitle, risks.id, r.uuid });
        else
            ++risks.done;
        if (rated.risks.at(i).level > 0) {
            ++risks.total;
            const bool hasMeasure = std::any_of(m_assessment.measures.cbegin(), m_assessment.measures.cend(),
                [&](const Measure& m) { return m.riskUuid == r.uuid && m.status != MeasureStatus::Dropped; });
            if (hasMeasure)
                ++risks.done;
            else
                risks.gaps.append({ Gap::Kind::RiskMeasure, risks.id, r.uuid });
        }
    }
    for (const Measure& m : m_assessment.measures) {
        if (m.status == MeasureStatus::Done || m.status == MeasureStatus::Dropped)
            continue;
        risks.total += 2;
        if (m.owner.trimmed().isEmpty())
            risks.gaps.append({ Gap::Kind::MeasureOwner, risks.id, m.uuid });
        else
            ++risks.done;
        if (!m.dueDate.isValid())
            risks.gaps.append({ Gap::Kind::MeasureDueDate, risks.id, m.uuid });
        else
            ++risks.done;
    }
    c.groups.append(risks);

    GroupCompleteness signoff { QStringLiteral("signoff"), 0, 2, {} };
    const QString assessor = (assessorName.isEmpty() ? m_assessment.assessor : assessorName).trimmed();
    const QString reviewer = (reviewerName.isEmpty() ? m_assessment.reviewer : reviewerName).trimmed();
    if (assessor.isEmpty())
        signoff.gaps.append({ Gap::Kind::Assessor, signoff.id, {} });
    else
        ++signoff.done;
    if (reviewer.isEmpty())
        signoff.gaps.append({ Gap::Kind::Reviewer, signoff.id, {} });
    else
        ++signoff.done;
    if (m_rules.requireDistinctReviewer && !assessor.isEmpty() && !reviewer.isEmpty()) {
        ++signoff.total;
        if (assessor.compare(reviewer, Qt::CaseInsensitive) == 0)
            signoff.gaps.append({ Gap::Kind::SameReviewer, signoff.id, {} });
        else
            ++signoff.done;
    }
    c.groups.append(signoff);
    return c;
}

RiskSummary Engine::risks() const
{
    RiskSummary summary;
    const RiskMethod& method = m_rules.risk;
    for (const RiskAdjustment& a : method.adjustments) {
        if (a.when && a.when->evaluate(*this)) {
            summary.adjustments.append(&a);
            summary.step += a.step;
        }
    }
    const int maxImpact = int(method.impactLevels.size()) - 1;
    const auto adjust = [&](ImpactLevel impact) { return std::clamp(int(impact) + summary.step, 0, maxImpact); };
    for (const Risk& r : m_assessment.risks) {
        RatedRisk rated;
        rated.uuid = r.uuid;
        rated.impact = adjust(r.impact);
        rated.likelihood = int(r.likelihood);
        rated.level = riskLevel(method, rated.impact, rated.likelihood);
        rated.residualImpact = adjust(r.residualImpact);
        rated.residualLikelihood = int(r.residualLikelihood);
        rated.residualLevel = riskLevel(method, rated.residualImpact, rated.residualLikelihood);
        summary.overallInherent = std::max(summary.overallInherent, rated.level);
        summary.overall = std::max(summary.overall, rated.residualLevel);
        summary.risks.append(rated);
    }
    return summary;
}

FinalizationCheck Engine::finalizationCheck(const QString& assessor, const QString& reviewer) const
{
    FinalizationCheck check;
    const Language language = languageFor(QLocale());
    if (m_assessment.isFinal())
        check.reasons.append(tr("Version %1 is already finalized.").arg(m_assessment.number));
    for (const RaisedFlag& f : redFlags()) {
        if (f.blocksFinalization())
            check.reasons.append(tr("%1 (%2) is prohibited: resolve it or justify it in writing.")
                                     .arg(f.rule->title.text(language), m_rules.cite(f.rule->articles, language)));
    }
    const Completeness c = completeness(assessor, reviewer);
    if (!c.isComplete())
        check.reasons.append(
            tr("The assessment is %1% complete; %n item(s) missing.", nullptr, int(c.gaps().size())).arg(c.percent()));
    check.allowed = check.reasons.isEmpty();
    return check;
}

QString Engine::describe(const Gap& gap, Language language) const
{
    const Question* q = m_rules.question(gap.subject);
    const QString questionText = q ? QStringLiteral("%1 \"%2\"").arg(q->id, q->text.text(language)) : gap.subject;
    const Section* section = m_rules.section(gap.group);
    const QString sectionText = section ? section->title.text(language) : gap.group;
    switch (gap.kind) {
    case Gap::Kind::Answer:
        return tr("Answer %1.").arg(questionText);
    case Gap::Kind::InvalidAnswer:
        return tr("The answer to %1 is not one the question allows; answer it again.").arg(questionText);
    case Gap::Kind::Evidence: {
        const EvidenceKind kind = q && q->evidence ? q->evidence->accepts : EvidenceKind::Either;
        const QString what = kind == EvidenceKind::Attachment ? tr("attach evidence")
            : kind == EvidenceKind::Justification             ? tr("write a justification")
                                                              : tr("attach evidence or write a justification");
        return tr("For %1, %2.").arg(questionText, what);
    }
    case Gap::Kind::Conclusion:
        return tr("Conclude section \"%1\".").arg(sectionText);
    case Gap::Kind::Rationale:
        return tr("Write the rationale of the conclusion of section \"%1\".").arg(sectionText);
    case Gap::Kind::FlagNote: {
        const RedFlagRule* flag = m_rules.redFlag(gap.subject);
        return tr("Say how the condition \"%1\" (%2) is met.")
            .arg(flag ? flag->title.text(language) : gap.subject,
                flag ? m_rules.cite(flag->articles, language) : QString());
    }
    case Gap::Kind::NoRisks:
        return tr("Identify and rate at least one risk.");
    case Gap::Kind::RiskTitle:
        return tr("Give risk %1 a title.").arg(gap.subject);
    case Gap::Kind::RiskMeasure: {
        QString title = gap.subject;
        for (const Risk& r : m_assessment.risks) {
            if (r.uuid == gap.subject && !r.title.isEmpty())
                title = r.title;
        }
        return tr("Plan at least one measure against the risk \"%1\".").arg(title);
    }
    case Gap::Kind::MeasureOwner:
    case Gap::Kind::MeasureDueDate: {
        QString text = gap.subject;
        for (const Measure& m : m_assessment.measures) {
            if (m.uuid == gap.subject && !m.description.isEmpty())
                text = m.description.left(60);
        }
        return gap.kind == Gap::Kind::MeasureOwner ? tr("Name the owner of the measure \"%1\".").arg(text)
                                                   : tr("Set the due date of the measure \"%1\".").arg(text);
    }
    case Gap::Kind::Assessor:
        return tr("Name the assessor.");
    case Gap::Kind::Reviewer:
        return tr("Name the reviewer.");
    case Gap::Kind::SameReviewer:
        return tr("The reviewer must be someone other than the assessor.");
    }
    return {};
}

} // namespace piadesk

#include "Engine.h"

#include "core/ModelJson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace piadesk {

namespace {

/** A question as a sentence quotes it: “…” in Chinese, "…" in English (the id is the JSON's "subject"). */
QString quoted(const QString& text, Language language)
{
    return language == Language::Chinese ? QStringLiteral("“%1”").arg(text) : QStringLiteral("\"%1\"").arg(text);
}

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

QList<RaisedFlag> CheckResult::prohibited() const
{
    QList<RaisedFlag> out;
    for (const RaisedFlag& f : flags) {
        if (f.isProhibited())
            out.append(f);
    }
    return out;
}

QList<RaisedFlag> CheckResult::conditions() const
{
    QList<RaisedFlag> out;
    for (const RaisedFlag& f : flags) {
        if (!f.isProhibited())
            out.append(f);
    }
    return out;
}

QList<Inconsistency> CheckResult::inconsistenciesOf(const QString& id) const
{
    QList<Inconsistency> out;
    for (const Inconsistency& i : inconsistencies) {
        if (i.section == id)
            out.append(i);
    }
    return out;
}

AssessmentMethod AssessmentMethod::from(const AssessmentVersion& version)
{
    AssessmentMethod m;
    const Answer* answer = version.answer(answerId());
    if (!answer)
        return m;
    for (const QJsonValue& key : answer->value.toArray())
        m.methods.append(key.toString());
    m.independence = answer->justification;
    return m;
}

Answer AssessmentMethod::toAnswer() const
{
    Answer answer;
    answer.questionId = answerId();
    answer.value = methods.isEmpty() ? QJsonValue() : QJsonValue(QJsonArray::fromStringList(methods));
    answer.justification = independence;
    return answer;
}

RiskAcceptance RiskAcceptance::from(const AssessmentVersion& version)
{
    RiskAcceptance a;
    const Answer* answer = version.answer(answerId());
    if (!answer)
        return a;
    const QJsonObject o = answer->value.toObject();
    a.by = o.value(QLatin1String("by")).toString();
    a.on = ModelJson::parseDate(o.value(QLatin1String("on")).toString());
    a.reason = answer->justification;
    return a;
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

QString Engine::explain(
    const RuleSet& rules, const FilingObligation& o, Language language, const QString& authorityName)
{
    const QString article = rules.cite(rules.filing.articles, language);
    const QString authority = authorityName.isEmpty() ? rules.filing.authority.text(language) : authorityName;
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
    if (o.threshold && !rules.filing.publicPlaceTriggers)
        return tr("No filing required (%1): %2 people stored is not %3 %4.")
            .arg(article, count, moreThan ? tr("more than") : tr("at least"), threshold);
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
        const QJsonArray chosen = value.toArray();
        for (const QJsonValue& v : chosen) {
            if (!v.isString() || !allowed.contains(v.toString()))
                return false;
            // An exclusive option ("none") stands alone.
            const auto option = std::find_if(question.options.cbegin(), question.options.cend(),
                [&](const Option& o) { return o.key == v.toString(); });
            if (option != question.options.cend() && option->exclusive && chosen.size() > 1)
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
    if (isOutOfScope()) // the rule set does not apply: none of its flags do
        return out;
    for (const RedFlagRule& rule : m_rules.redFlags) {
        RaisedFlag flag;
        flag.rule = &rule;
        if (!rule.when || !rule.when->evaluate(*this, &flag.causes)) {
            flag.causes.clear();
            if (!rule.basisNotShown || !rule.basisNotShown->evaluate(*this, &flag.causes))
                continue;
            flag.basisNotShown = true;
        }
        if (const Answer* a = m_assessment.answer(rule.justificationId()))
            flag.justification = a->justification;
        out.append(flag);
    }
    return out;
}

QStringList Engine::sectionsOf(const RaisedFlag& flag) const
{
    if (!flag.rule->sections.isEmpty())
        return flag.rule->sections;
    QStringList out;
    for (const ConditionTerm& t : flag.causes) {
        if (t.source != ConditionTerm::Source::Answer)
            continue;
        if (const Section* s = m_rules.sectionOf(t.name); s && !out.contains(s->id))
            out.append(s->id);
    }
    if (out.isEmpty() && !m_rules.sections.isEmpty())
        out.append(m_rules.sections.first().id); // screening findings bear on legality, the first item
    return out;
}

QList<AdverseAnswer> Engine::adverseAnswers() const
{
    QList<AdverseAnswer> out;
    const auto visit = [&](const Question& q, const QString& section) {
        if (q.adverse.isEmpty() || q.isFact() || answerValue(q.id).isUndefined())
            return;
        for (const AdverseFinding& f : q.adverse) {
            if (f.when && f.when->evaluate(*this)) {
                out.append({ &q, &f, section });
                return;
            }
        }
    };
    for (const Question& q : m_rules.screening)
        visit(q, QString());
    for (const Section& s : m_rules.sections) {
        for (const Question& q : s.questions)
            visit(q, s.id);
    }
    return out;
}

QList<Inconsistency> Engine::inconsistencies() const
{
    return inconsistencies(redFlags(), adverseAnswers());
}

QList<Inconsistency> Engine::inconsistencies(const QList<RaisedFlag>& flags, const QList<AdverseAnswer>& adverse) const
{
    QList<Inconsistency> out;
    if (m_rules.conclusions.isEmpty())
        return out;
    const QString best = m_rules.conclusions.first().key;
    for (const Section& s : m_rules.sections) {
        const Answer* conclusion = m_assessment.answer(s.conclusionId());
        if (!conclusion || conclusion->value != QJsonValue(best))
            continue;
        for (const RaisedFlag& f : flags) {
            if (f.isProhibited() && sectionsOf(f).contains(s.id))
                out.append({ Inconsistency::Kind::ProhibitedFlag, s.id, f.rule->id });
        }
        for (const AdverseAnswer& a : adverse) {
            if (a.section == s.id)
                out.append({ Inconsistency::Kind::AdverseAnswer, s.id, a.question->id });
        }
        for (const Question& q : s.questions) {
            if (!q.required || !isVisible(q))
                continue;
            const Answer* a = m_assessment.answer(q.id);
            if (!a || !isValidAnswer(q, a->value))
                out.append({ Inconsistency::Kind::Unanswered, s.id, q.id });
        }
    }
    return out;
}

bool Engine::isSoundAnswer(const RuleSet& rules, const CaseFacts& facts, const AssessmentVersion& version,
    const Question& question, const QJsonValue& value)
{
    AssessmentVersion trial = version;
    trial.answers.removeIf([&](const Answer& a) { return a.questionId == question.id; });
    trial.answers.append({ question.id, value, {}, {} });
    const Engine engine(rules, facts, trial);
    if (engine.isOutOfScope()) // not an assessment under these rules at all
        return false;
    for (const AdverseAnswer& a : engine.adverseAnswers()) {
        if (a.question->id == question.id)
            return false;
    }
    for (const RaisedFlag& f : engine.redFlags()) {
        if (!f.isProhibited())
            continue;
        for (const ConditionTerm& t : f.causes) {
            if (t.source == ConditionTerm::Source::Answer && t.name == question.id)
                return false;
        }
    }
    return true;
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

    // The data map (GB/T 39335 Annex C.1/C.2): at least one activity, each field the rule set lists stated.
    if (!m_rules.dataMapFields.isEmpty()) {
        GroupCompleteness map { QStringLiteral("datamap"), 0, 1, {} };
        if (m_assessment.activities.isEmpty())
            map.gaps.append({ Gap::Kind::NoActivities, map.id, {} });
        else
            ++map.done;
        for (const ProcessingActivity& a : m_assessment.activities) {
            ++map.total;
            if (missingActivityFields(a).isEmpty())
                ++map.done;
            else
                map.gaps.append({ Gap::Kind::ActivityField, map.id, a.uuid });
        }
        c.groups.append(map);
    }

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
        if (f.isProhibited())
            continue; // a prohibited flag blocks finalization instead; see finalizationCheck()
        ++flags.total;
        if (f.isAddressed())
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
        // The likelihood analysis (GB/T 39335 §5.4): where the rule set names risk sources, each risk says which
        // one it arises from and why its likelihood is what it is.
        if (!m_rules.risk.sources.isEmpty()) {
            ++risks.total;
            if (scaleIndex(m_rules.risk.sources, r.source) < 0 || r.likelihoodBasis.trimmed().isEmpty())
                risks.gaps.append({ Gap::Kind::RiskSource, risks.id, r.uuid });
            else
                ++risks.done;
        }
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
    if (rated.needsAcceptance()) {
        ++risks.total;
        if (RiskAcceptance::from(m_assessment).isComplete())
            ++risks.done;
        else
            risks.gaps.append({ Gap::Kind::RiskAcceptance, risks.id, {} });
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
    if (!m_rules.assessmentMethods.isEmpty()) {
        ++signoff.total;
        const AssessmentMethod method = AssessmentMethod::from(m_assessment);
        const bool known = std::any_of(method.methods.cbegin(), method.methods.cend(),
            [this](const QString& key) { return scaleIndex(m_rules.assessmentMethods, key) >= 0; });
        if (known && !method.independence.trimmed().isEmpty())
            ++signoff.done;
        else
            signoff.gaps.append({ Gap::Kind::Method, signoff.id, {} });
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
    summary.acceptableLevel = method.acceptableLevel;
    const int maxImpact = int(method.impactLevels.size()) - 1;
    const auto adjust = [&](ImpactLevel impact) { return std::clamp(int(impact) + summary.step, 0, maxImpact); };
    for (const Risk& r : m_assessment.risks) {
        RatedRisk rated;
        rated.uuid = r.uuid;
        rated.impact = adjust(r.impact);
        rated.likelihood = int(r.likelihood);
        rated.level = riskLevel(method, rated.impact, rated.likelihood);
        rated.targetImpact = adjust(r.residualImpact);
        rated.targetLikelihood = int(r.residualLikelihood);
        rated.targetLevel = riskLevel(method, rated.targetImpact, rated.targetLikelihood);
        int measures = 0;
        bool allDone = true;
        for (const Measure& m : m_assessment.measures) {
            if (m.riskUuid != r.uuid || m.status == MeasureStatus::Dropped)
                continue;
            ++measures;
            allDone = allDone && m.status == MeasureStatus::Done;
        }
        rated.measuresDone = measures > 0 && allDone;
        rated.residualImpact = rated.measuresDone ? rated.targetImpact : rated.impact;
        rated.residualLikelihood = rated.measuresDone ? rated.targetLikelihood : rated.likelihood;
        rated.residualLevel = rated.measuresDone ? rated.targetLevel : rated.level;
        summary.overallInherent = std::max(summary.overallInherent, rated.level);
        summary.overallTarget = std::max(summary.overallTarget, rated.targetLevel);
        summary.overall = std::max(summary.overall, rated.residualLevel);
        summary.risks.append(rated);
    }
    return summary;
}

FinalizationCheck Engine::finalizationCheck(const QString& assessor, const QString& reviewer) const
{
    const QList<RaisedFlag> flags = redFlags();
    return finalizationCheck(flags, completeness(assessor, reviewer), inconsistencies(flags, adverseAnswers()));
}

FinalizationCheck Engine::finalizationCheck(
    const QList<RaisedFlag>& flags, const Completeness& c, const QList<Inconsistency>& inconsistencies) const
{
    FinalizationCheck check;
    const Language language = languageFor(QLocale());
    if (m_assessment.isFinal())
        check.reasons.append(tr("Version %1 is already finalized.").arg(m_assessment.number));
    for (const RaisedFlag& f : flags) {
        if (!f.blocksFinalization())
            continue;
        const QString title = f.rule->title.text(language);
        const QString article = m_rules.cite(f.rule->articles, language);
        check.reasons.append(f.basisNotShown
                ? tr("%1 (%2): what would allow the practice is not shown. Answer the question that shows it.")
                      .arg(title, article)
                : tr("%1 (%2) is prohibited: the practice must stop. Only a change of the fact or answer that "
                     "raised it clears it; a written note does not.")
                      .arg(title, article));
    }
    if (!c.isComplete()) {
        // A few missing items are named, so the officer sees at once what to do (the same reviewer as assessor,
        // a missing date); a longer list is on the review page.
        const QList<Gap> gaps = c.gaps();
        if (gaps.size() <= 3) {
            QStringList items;
            for (const Gap& gap : gaps)
                items.append(describe(gap, language));
            check.reasons.append(
                tr("The assessment is %1% complete; missing: %2").arg(c.percent()).arg(items.join(QLatin1Char(' '))));
        } else {
            check.reasons.append(
                tr("The assessment is %1% complete; %n item(s) missing.", nullptr, int(gaps.size())).arg(c.percent()));
        }
    }
    for (const Inconsistency& i : inconsistencies)
        check.reasons.append(describe(i, language));
    check.allowed = check.reasons.isEmpty();
    return check;
}

bool Engine::isOutOfScope() const
{
    return m_rules.scope.excludedWhen && m_rules.scope.excludedWhen->evaluate(*this);
}

CheckResult Engine::check(const QString& assessor, const QString& reviewer) const
{
    CheckResult r;
    if (isOutOfScope()) {
        // Explained, not assessed: the rule set does not apply, so neither do its flags, filing or sections.
        const Language language = languageFor(QLocale());
        r.outOfScope = true;
        r.completeness = completeness(assessor, reviewer);
        r.sectionsToReview = sectionsToReview(m_rules, m_assessment.trigger);
        r.finalization.reasons.append(
            tr("Outside %1 (%2): %3")
                .arg(m_rules.shortTitle.text(language), m_rules.cite(m_rules.scope.articles, language),
                    m_rules.scope.text.text(language)));
        return r;
    }
    r.filing = filingObligation();
    const QList<RaisedFlag> flags = redFlags();
    for (const RaisedFlag& f : flags) {
        if (f.isProhibited())
            r.flags.append(f);
    }
    for (const RaisedFlag& f : flags) {
        if (!f.isProhibited())
            r.flags.append(f);
    }
    r.adverse = adverseAnswers();
    r.completeness = completeness(assessor, reviewer);
    r.inconsistencies = inconsistencies(flags, r.adverse);
    r.risks = risks();
    r.acceptance = RiskAcceptance::from(m_assessment);
    r.sectionsToReview = sectionsToReview(m_rules, m_assessment.trigger);
    r.finalization = finalizationCheck(r.flags, r.completeness, r.inconsistencies);
    return r;
}

QString Engine::describe(const Inconsistency& inconsistency, Language language) const
{
    const Section* section = m_rules.section(inconsistency.section);
    const QString sectionText = section ? section->title.text(language) : inconsistency.section;
    const QString meets = m_rules.conclusions.isEmpty() ? QString() : m_rules.conclusions.first().text.text(language);
    switch (inconsistency.kind) {
    case Inconsistency::Kind::ProhibitedFlag: {
        const RedFlagRule* flag = m_rules.redFlag(inconsistency.subject);
        return tr("Section \"%1\" is concluded \"%2\", but the prohibited practice \"%3\" (%4) stands.")
            .arg(sectionText, meets, flag ? flag->title.text(language) : inconsistency.subject,
                flag ? m_rules.cite(flag->articles, language) : QString());
    }
    case Inconsistency::Kind::AdverseAnswer: {
        const Question* q = m_rules.question(inconsistency.subject);
        QString finding;
        if (q) {
            for (const AdverseAnswer& a : adverseAnswers()) {
                if (a.question == q)
                    finding = a.finding->finding.text(language);
            }
        }
        return tr("Section \"%1\" is concluded \"%2\", but the answer to %3 is an adverse finding: %4")
            .arg(sectionText, meets, q ? quoted(q->text.text(language), language) : inconsistency.subject, finding);
    }
    case Inconsistency::Kind::Unanswered: {
        const Question* q = m_rules.question(inconsistency.subject);
        return tr("Section \"%1\" is concluded \"%2\", but %3 is unanswered.")
            .arg(sectionText, meets, q ? quoted(q->text.text(language), language) : inconsistency.subject);
    }
    }
    return {};
}

QList<const ScaleEntry*> Engine::missingActivityFields(const ProcessingActivity& activity) const
{
    QList<const ScaleEntry*> missing;
    for (const ScaleEntry& entry : m_rules.dataMapFields) {
        const ActivityField* field = activityField(entry.key);
        if (field && (activity.*field->member).trimmed().isEmpty())
            missing.append(&entry);
    }
    return missing;
}

QString Engine::describe(const Gap& gap, Language language) const
{
    const Question* q = m_rules.question(gap.subject);
    const QString questionText = q ? quoted(q->text.text(language), language) : gap.subject;
    const Section* section = m_rules.section(gap.group);
    const QString sectionText = section ? section->title.text(language) : gap.group;
    const auto riskTitle = [&] { // the title of the risk the gap is about, or its id while it has none
        for (const Risk& r : m_assessment.risks) {
            if (r.uuid == gap.subject && !r.title.isEmpty())
                return r.title;
        }
        return gap.subject;
    };
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
    case Gap::Kind::NoActivities:
        return tr("Describe at least one processing activity in the data map.");
    case Gap::Kind::ActivityField:
        for (qsizetype i = 0; i < m_assessment.activities.size(); ++i) {
            const ProcessingActivity& a = m_assessment.activities.at(i);
            if (a.uuid != gap.subject)
                continue;
            QStringList fields;
            for (const ScaleEntry* field : missingActivityFields(a))
                fields.append(field->text.text(language));
            const QString name
                = a.name.trimmed().isEmpty() ? tr("activity %1").arg(i + 1) : quoted(a.name.trimmed(), language);
            return tr("In the data map, state for %1: %2.")
                .arg(name, fields.join(language == Language::Chinese ? QStringLiteral("、") : QStringLiteral(", ")));
        }
        return {};
    case Gap::Kind::NoRisks:
        return tr("Identify and rate at least one risk.");
    case Gap::Kind::RiskTitle:
        return tr("Give risk %1 a title.").arg(gap.subject);
    case Gap::Kind::RiskSource:
        return tr("Say which risk source the risk \"%1\" arises from and why its likelihood is as rated (the "
                  "cause found and the evidence).")
            .arg(riskTitle());
    case Gap::Kind::RiskMeasure:
        return tr("Plan at least one measure against the risk \"%1\".").arg(riskTitle());
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
    case Gap::Kind::Method:
        return tr("Record how the assessment was done (the methods used) and how the team is independent of the "
                  "department assessed.");
    case Gap::Kind::RiskAcceptance: {
        const RiskSummary summary = risks();
        return tr("The residual risk is %1, above the acceptable level (%2): record who accepts it, when and why.")
            .arg(scaleText(m_rules.risk.levels, summary.overall, language),
                scaleText(m_rules.risk.levels, summary.acceptableLevel, language));
    }
    }
    return {};
}

} // namespace piadesk

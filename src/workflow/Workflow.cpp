#include "Workflow.h"
#include "rules/FilingAuthority.h"

#include "core/ModelJson.h"
#include "i18n/Translations.h"
#include "store/CaseStore.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace piadesk {

namespace {

QJsonValue levelKey(const RiskMethod& method, int level)
{
    if (level < 0 || level >= method.levels.size())
        return QJsonValue(QJsonValue::Null);
    return method.levels.at(level).key;
}

QJsonArray citations(const RuleSet& rules, const QList<ArticleRef>& refs, Language language)
{
    QJsonArray out;
    for (const ArticleRef& r : refs)
        out.append(
            QJsonObject { { QStringLiteral("ref"), r.key() }, { QStringLiteral("text"), rules.cite(r, language) } });
    return out;
}

} // namespace

const RuleSet* Workflow::ruleSetFor(const RuleSetLibrary& library, const Case& c, QString* error)
{
    const QString id = c.ruleSetId.isEmpty() ? RuleSetLibrary::defaultId() : c.ruleSetId;
    const RuleSet* rs = library.find(id);
    if (!rs && error)
        *error = QCoreApplication::translate("piadesk::Workflow",
            "Case %1 is assessed under the rule set \"%2\", which this PIAdesk does not have. Load it with "
            "--rules FILE.")
                     .arg(c.id)
                     .arg(id);
    return rs;
}

const RuleSet* Workflow::ruleSetFor(
    const RuleSetLibrary& library, const Case& c, const AssessmentVersion& version, QString* error)
{
    if (version.isFinal()) {
        // Versions finalized before rule sets were stamped (schema 1) were all assessed under the 2023 draft.
        const QString stamped = version.ruleSetId.isEmpty() ? RuleSetLibrary::defaultId() : version.ruleSetId;
        if (const RuleSet* own = library.find(stamped))
            return own;
    }
    return ruleSetFor(library, c, error);
}

bool Workflow::reassess(CaseStore& store, const RuleSetLibrary& library, qint64 caseId, TriggerKind trigger,
    const QDate& date, const QString& description, const QString& ruleSetId, Reassessment* outcome, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    CaseBundle bundle;
    if (!store.loadCase(caseId, &bundle))
        return fail(store.errorString());
    const RuleSet* current = ruleSetFor(library, bundle.caseInfo, error);
    const RuleSet* target = current;
    if (!ruleSetId.isEmpty()) {
        target = library.find(ruleSetId);
        if (!target) {
            QStringList known;
            for (const auto& rs : library.all())
                known.append(rs->id);
            return fail(
                QCoreApplication::translate("piadesk::Workflow", "There is no rule set \"%1\". PIAdesk has: %2.")
                    .arg(ruleSetId.left(100), known.join(QStringLiteral(", "))));
        }
    }
    if (!target)
        return false;
    const bool changing = !current || target->id != current->id;
    if (changing && trigger != TriggerKind::LegalBasisChanged)
        return fail(QCoreApplication::translate("piadesk::Workflow",
            "Assessing the case under another rule set is a change of its legal basis: give the trigger "
            "\"legal_basis_changed\"."));
    if (!changing && trigger == TriggerKind::LegalBasisChanged)
        return fail(QCoreApplication::translate(
            "piadesk::Workflow", "The case is already assessed under %1: name the rule set it moves to.")
                        .arg(target->shortTitle.text(languageFor(QLocale()))));
    const QString text = description.trimmed().isEmpty() && changing
        ? QCoreApplication::translate("piadesk::Workflow", "Re-assessed under %1 (%2).")
              .arg(target->title.text(languageFor(QLocale())), target->id)
        : description.trimmed();
    if (text.isEmpty())
        return fail(QCoreApplication::translate(
            "piadesk::Workflow", "Describe what changed or happened: the report and the filing change cite it."));
    if (!date.isValid())
        return fail(QCoreApplication::translate(
            "piadesk::Workflow", "Give the date of the change or incident: deadlines are counted from it."));

    Reassessment result;
    AssessmentVersion created;
    if (changing) {
        // The answers to the questions the new rule set asks, where it accepts them, carry over; the others
        // stay with the old version (which does not change) and the new questions are open.
        CaseStore::RuleSetChange change;
        change.ruleSetId = target->id;
        const AssessmentVersion* latest = version(bundle, 0);
        const auto keep = [&](const Question& q) {
            const Answer* a = latest ? latest->answer(q.id) : nullptr;
            if (q.isFact())
                return;
            if (a && Engine::isValidAnswer(q, a->value)) {
                change.keptAnswers.insert(q.id);
                result.carried.append(q.id);
            } else {
                result.open.append(q.id);
            }
        };
        for (const Question& q : target->screening)
            keep(q);
        for (const Section& s : target->sections) {
            for (const Question& q : s.questions)
                keep(q);
        }
        if (!store.createAssessment(caseId, trigger, date, text, change, &created))
            return fail(store.errorString());
    } else if (!store.createAssessment(caseId, trigger, date, text, &created)) {
        return fail(store.errorString());
    }
    result.version = created;
    result.ruleSet = target;
    if (outcome)
        *outcome = result;
    return true;
}

const AssessmentVersion* Workflow::version(const CaseBundle& bundle, int number)
{
    if (bundle.assessments.isEmpty())
        return nullptr;
    if (number == 0)
        return &bundle.assessments.last();
    for (const AssessmentVersion& a : bundle.assessments) {
        if (a.number == number)
            return &a;
    }
    return nullptr;
}

bool Workflow::finalize(CaseStore& store, const RuleSetLibrary& library, qint64 assessmentId, const QString& assessor,
    const QString& reviewer, QString* error)
{
    const auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const auto caseId = store.caseOfAssessment(assessmentId);
    CaseBundle bundle;
    if (!caseId)
        return fail(
            QCoreApplication::translate("piadesk::Workflow", "There is no assessment version %1.").arg(assessmentId));
    if (!store.loadCase(*caseId, &bundle))
        return fail(store.errorString());
    const RuleSet* rules = ruleSetFor(library, bundle.caseInfo, error);
    if (!rules)
        return false;
    const AssessmentVersion* current = nullptr;
    for (const AssessmentVersion& a : bundle.assessments) {
        if (a.id == assessmentId)
            current = &a;
    }
    const QString assessorName = assessor.isEmpty() ? current->assessor : assessor;
    const QString reviewerName = reviewer.isEmpty() ? current->reviewer : reviewer;
    // Names that differ are saved first, and kept should the finalization be refused (nothing typed is lost); the
    // same names again are no change, and leave no event in the audit log.
    if ((assessorName != current->assessor || reviewerName != current->reviewer)
        && !store.saveSignOff(assessmentId, assessorName, reviewerName, current->signedOffBy, current->signedOffOn))
        return fail(store.errorString());
    CaseStore::FinalizeOptions options;
    options.ruleSetId = rules->id;
    options.ruleSetVersion = rules->version;
    options.retentionYears = rules->retentionYears;
    options.check = [rules](const CaseBundle& b, const AssessmentVersion& a) {
        return Engine(*rules, b.caseInfo.facts, a).finalizationCheck().reasons;
    };
    if (!store.finalize(assessmentId, options))
        return fail(store.errorString());
    return true;
}

QString Workflow::gapKindKey(Gap::Kind kind)
{
    switch (kind) {
    case Gap::Kind::Answer:
        return QStringLiteral("answer");
    case Gap::Kind::InvalidAnswer:
        return QStringLiteral("invalid_answer");
    case Gap::Kind::Evidence:
        return QStringLiteral("evidence");
    case Gap::Kind::Conclusion:
        return QStringLiteral("conclusion");
    case Gap::Kind::Rationale:
        return QStringLiteral("rationale");
    case Gap::Kind::FlagNote:
        return QStringLiteral("flag_note");
    case Gap::Kind::NoRisks:
        return QStringLiteral("no_risks");
    case Gap::Kind::RiskTitle:
        return QStringLiteral("risk_title");
    case Gap::Kind::Method:
        return QStringLiteral("assessment_method");
    case Gap::Kind::RiskSource:
        return QStringLiteral("risk_source");
    case Gap::Kind::NoActivities:
        return QStringLiteral("no_activities");
    case Gap::Kind::ActivityField:
        return QStringLiteral("activity_field");
    case Gap::Kind::RiskMeasure:
        return QStringLiteral("risk_measure");
    case Gap::Kind::MeasureOwner:
        return QStringLiteral("measure_owner");
    case Gap::Kind::MeasureDueDate:
        return QStringLiteral("measure_due_date");
    case Gap::Kind::Assessor:
        return QStringLiteral("assessor");
    case Gap::Kind::Reviewer:
        return QStringLiteral("reviewer");
    case Gap::Kind::SameReviewer:
        return QStringLiteral("same_reviewer");
    case Gap::Kind::RiskAcceptance:
        return QStringLiteral("risk_acceptance");
    }
    return {};
}

CheckResult Workflow::check(const RuleSet& rules, const CaseBundle& bundle, const AssessmentVersion& version)
{
    return Engine(rules, bundle.assessedOn(version).facts, version).check();
}

QString Workflow::inconsistencyKindKey(Inconsistency::Kind kind)
{
    switch (kind) {
    case Inconsistency::Kind::ProhibitedFlag:
        return QStringLiteral("prohibited_flag");
    case Inconsistency::Kind::AdverseAnswer:
        return QStringLiteral("adverse_answer");
    case Inconsistency::Kind::Unanswered:
        return QStringLiteral("unanswered");
    }
    return {};
}

QJsonObject Workflow::checkJson(const RuleSet& rules, const CaseBundle& bundle, const AssessmentVersion& version,
    const CheckResult& result, Language language)
{
    const AssessedOn on = bundle.assessedOn(version);
    const Engine engine(rules, on.facts, version); // only to word gaps and inconsistencies
    const FilingObligation& filing = result.filing;
    const FilingAuthority authority = FilingAuthority::resolve(rules.filing, on.organisation);
    const QString authorityName = authority.name(rules.filing, language);
    QJsonObject filingJson { { QStringLiteral("required"), filing.required },
        { QStringLiteral("byPublicPlace"), filing.byPublicPlace },
        { QStringLiteral("byHeadCount"), filing.byHeadCount },
        { QStringLiteral("storedPeople"), double(filing.storedPeople) },
        { QStringLiteral("threshold"), filing.threshold ? QJsonValue(double(*filing.threshold)) : QJsonValue() },
        { QStringLiteral("comparison"),
            filing.comparison == ThresholdComparison::MoreThan ? QStringLiteral("more_than")
                                                               : QStringLiteral("at_least") },
        { QStringLiteral("authority"), authorityName },
        { QStringLiteral("authorityFrom"), authority.how(on.organisation, language) },
        { QStringLiteral("articles"), citations(rules, rules.filing.articles, language) },
        { QStringLiteral("reason"),
            result.outOfScope ? rules.scope.text.text(language)
                              : Engine::explain(rules, filing, language, authorityName) } };

    QJsonArray flags;
    for (const RaisedFlag& f : result.flags) {
        QJsonArray causes;
        for (const ConditionTerm& t : f.causes)
            causes.append(QJsonObject {
                { t.source == ConditionTerm::Source::Fact ? QStringLiteral("fact") : QStringLiteral("answer"), t.name },
                { QStringLiteral("value"), t.value.isUndefined() ? QJsonValue() : t.value } });
        QJsonArray sections;
        for (const QString& s : engine.sectionsOf(f))
            sections.append(s);
        flags.append(QJsonObject { { QStringLiteral("id"), f.rule->id },
            { QStringLiteral("severity"),
                f.isProhibited() ? QStringLiteral("prohibited") : QStringLiteral("condition") },
            { QStringLiteral("basisNotShown"), f.basisNotShown },
            { QStringLiteral("enforcementPriority"), f.rule->enforcementPriority },
            { QStringLiteral("articles"), citations(rules, f.rule->articles, language) },
            { QStringLiteral("sections"), sections }, { QStringLiteral("title"), f.rule->title.text(language) },
            { QStringLiteral("message"), f.rule->message.text(language) },
            { QStringLiteral("remedy"), f.rule->remedy.text(language) }, { QStringLiteral("causes"), causes },
            { QStringLiteral("note"), f.justification }, { QStringLiteral("addressed"), f.isAddressed() },
            { QStringLiteral("blocksFinalization"), f.blocksFinalization() } });
    }

    QJsonArray adverse;
    for (const AdverseAnswer& a : result.adverse)
        adverse.append(QJsonObject { { QStringLiteral("question"), a.question->id },
            { QStringLiteral("section"), a.section.isEmpty() ? QJsonValue() : QJsonValue(a.section) },
            { QStringLiteral("value"), engine.answerValue(a.question->id) },
            { QStringLiteral("finding"), a.finding->finding.text(language) } });

    QJsonArray consistency;
    for (const Inconsistency& i : result.inconsistencies)
        consistency.append(QJsonObject { { QStringLiteral("kind"), inconsistencyKindKey(i.kind) },
            { QStringLiteral("section"), i.section }, { QStringLiteral("subject"), i.subject },
            { QStringLiteral("message"), engine.describe(i, language) } });

    const Completeness& completeness = result.completeness;
    QJsonArray groups;
    for (const GroupCompleteness& g : completeness.groups) {
        QJsonArray missing;
        for (const Gap& gap : g.gaps)
            missing.append(QJsonObject { { QStringLiteral("kind"), gapKindKey(gap.kind) },
                { QStringLiteral("subject"), gap.subject },
                { QStringLiteral("message"), engine.describe(gap, language) } });
        const Section* section = rules.section(g.id);
        groups.append(QJsonObject { { QStringLiteral("id"), g.id },
            { QStringLiteral("title"), section ? section->title.text(language) : QString() },
            { QStringLiteral("done"), g.done }, { QStringLiteral("total"), g.total },
            { QStringLiteral("percent"), g.percent() }, { QStringLiteral("missing"), missing } });
    }

    const RiskSummary& risks = result.risks;
    QJsonArray riskItems;
    for (qsizetype i = 0; i < risks.risks.size(); ++i) {
        const RatedRisk& r = risks.risks.at(i);
        const Risk& source = version.risks.at(i);
        riskItems.append(QJsonObject { { QStringLiteral("id"), r.uuid }, { QStringLiteral("title"), source.title },
            { QStringLiteral("impact"), rules.risk.impactLevels.at(r.impact).key },
            { QStringLiteral("likelihood"), rules.risk.likelihoods.at(r.likelihood).key },
            { QStringLiteral("source"),
                source.source.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(source.source) },
            { QStringLiteral("level"), levelKey(rules.risk, r.level) },
            { QStringLiteral("targetImpact"), rules.risk.impactLevels.at(r.targetImpact).key },
            { QStringLiteral("targetLikelihood"), rules.risk.likelihoods.at(r.targetLikelihood).key },
            { QStringLiteral("targetLevel"), levelKey(rules.risk, r.targetLevel) },
            { QStringLiteral("measuresDone"), r.measuresDone },
            { QStringLiteral("residualImpact"), rules.risk.impactLevels.at(r.residualImpact).key },
            { QStringLiteral("residualLikelihood"), rules.risk.likelihoods.at(r.residualLikelihood).key },
            { QStringLiteral("residualLevel"), levelKey(rules.risk, r.residualLevel) } });
    }
    QJsonArray adjustments;
    for (const RiskAdjustment* a : risks.adjustments)
        adjustments.append(QJsonObject { { QStringLiteral("id"), a->id }, { QStringLiteral("step"), a->step },
            { QStringLiteral("text"), a->text.text(language) } });
    const RiskAcceptance& acceptance = result.acceptance;
    const QJsonValue acceptanceJson = acceptance.isEmpty()
        ? QJsonValue()
        : QJsonValue(QJsonObject { { QStringLiteral("by"), acceptance.by },
            { QStringLiteral("on"),
                acceptance.on.isValid() ? QJsonValue(acceptance.on.toString(Qt::ISODate)) : QJsonValue() },
            { QStringLiteral("reason"), acceptance.reason }, { QStringLiteral("complete"), acceptance.isComplete() } });

    QJsonArray review;
    for (const QString& s : result.sectionsToReview)
        review.append(s);
    QJsonArray reasons;
    for (const QString& r : result.finalization.reasons)
        reasons.append(r);

    return QJsonObject {
        { QStringLiteral("case"),
            QJsonObject { { QStringLiteral("id"), double(bundle.caseInfo.id) },
                { QStringLiteral("uuid"), bundle.caseInfo.uuid }, { QStringLiteral("name"), on.facts.name } } },
        { QStringLiteral("version"),
            QJsonObject { { QStringLiteral("number"), version.number },
                { QStringLiteral("state"), enumKey(version.state) },
                { QStringLiteral("trigger"), enumKey(version.trigger) },
                { QStringLiteral("factsFrom"), on.recorded ? QStringLiteral("record") : QStringLiteral("case") },
                { QStringLiteral("ruleSet"),
                    version.ruleSetId.isEmpty() ? QJsonValue()
                                                : QJsonValue(QJsonObject { { QStringLiteral("id"), version.ruleSetId },
                                                    { QStringLiteral("version"), version.ruleSetVersion } }) } } },
        { QStringLiteral("ruleSet"),
            QJsonObject { { QStringLiteral("id"), rules.id }, { QStringLiteral("version"), rules.version },
                { QStringLiteral("title"), rules.shortTitle.text(language) } } },
        { QStringLiteral("outOfScope"),
            result.outOfScope ? QJsonValue(
                QJsonObject { { QStringLiteral("articles"), citations(rules, rules.scope.articles, language) },
                    { QStringLiteral("text"), rules.scope.text.text(language) } })
                              : QJsonValue() },
        { QStringLiteral("filing"), filingJson },
        { QStringLiteral("redFlags"), flags },
        { QStringLiteral("adverseFindings"), adverse },
        { QStringLiteral("consistency"), consistency },
        { QStringLiteral("completeness"),
            QJsonObject { { QStringLiteral("done"), completeness.done() },
                { QStringLiteral("total"), completeness.total() },
                { QStringLiteral("percent"), completeness.percent() }, { QStringLiteral("groups"), groups } } },
        { QStringLiteral("risks"),
            QJsonObject { { QStringLiteral("overall"), levelKey(rules.risk, risks.overall) },
                { QStringLiteral("overallInherent"), levelKey(rules.risk, risks.overallInherent) },
                { QStringLiteral("overallTarget"), levelKey(rules.risk, risks.overallTarget) },
                { QStringLiteral("acceptableLevel"), levelKey(rules.risk, risks.acceptableLevel) },
                { QStringLiteral("needsAcceptance"), risks.needsAcceptance() },
                { QStringLiteral("acceptance"), acceptanceJson }, { QStringLiteral("impactStep"), risks.step },
                { QStringLiteral("adjustments"), adjustments }, { QStringLiteral("items"), riskItems } } },
        { QStringLiteral("reassessment"),
            QJsonObject { { QStringLiteral("trigger"), enumKey(version.trigger) },
                { QStringLiteral("sectionsToReview"), review } } },
        { QStringLiteral("finalization"),
            QJsonObject {
                { QStringLiteral("allowed"), result.finalization.allowed }, { QStringLiteral("reasons"), reasons } } },
    };
}

} // namespace piadesk

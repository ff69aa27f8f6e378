#include "Report.h"
#include "rules/FilingAuthority.h"

#include "DocumentLanguage.h"
#include "RecordChanges.h"
#include "RiskMap.h"
#include "TemplateEngine.h"
#include "core/DataFiles.h"

#include "rules/Engine.h"
#include "workflow/Workflow.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextDocumentFragment>

namespace piadesk {

namespace {

/** Chapter \a n (from 1) as the document's language numbers chapters: 一、二、… ten and over included; 1, 2, … */
QString chapterNumeral(int n, Language language)
{
    if (language != Language::Chinese)
        return QString::number(n);
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (n < 10)
        return digits.at(n);
    if (n < 20)
        return QStringLiteral("十") + (n % 10 ? QString(digits.at(n % 10)) : QString());
    return QString(digits.at(n / 10)) + QStringLiteral("十") + (n % 10 ? QString(digits.at(n % 10)) : QString());
}

/** The name of the place a question's answer is printed, for links from the summary's findings. */
QString questionAnchor(const QString& questionId)
{
    return QStringLiteral("piadesk-q-")
        + QString(questionId).replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
}

constexpr int kRiskMapWidth = 1800; ///< pixels: 600 layout pixels at three times the screen's density
constexpr int kRiskMapMaxHeight = 780; ///< layout pixels: a page's body, less its heading and legend

QString yesNo(bool value)
{
    return value ? Report::tr("Yes") : Report::tr("No");
}

QString optionText(const QList<Option>& options, const QString& key, Language language)
{
    for (const Option& o : options) {
        if (o.key == key)
            return o.text.text(language);
    }
    return key;
}

/** An answer as the report prints it, in the document's language. */
QString answerText(const Question& q, const QJsonValue& value, const DocumentLanguage& lang)
{
    if (value.isUndefined() || value.isNull())
        return {};
    switch (q.type) {
    case AnswerType::YesNo:
    case AnswerType::YesNoNa: {
        const QString v = value.toString();
        if (v == QLatin1String("yes"))
            return Report::tr("Yes");
        if (v == QLatin1String("no"))
            return Report::tr("No");
        if (v == QLatin1String("na"))
            return Report::tr("Not applicable");
        return v;
    }
    case AnswerType::Choice:
        return optionText(q.options, value.toString(), lang.language());
    case AnswerType::MultiChoice: {
        QStringList texts;
        for (const QJsonValue& v : value.toArray())
            texts.append(optionText(q.options, v.toString(), lang.language()));
        return texts.join(lang.language() == Language::Chinese ? QStringLiteral("；") : QStringLiteral("; "));
    }
    case AnswerType::Number:
        return lang.locale().toString(value.toDouble(), 'g', 15);
    case AnswerType::Date:
        return lang.date(QDate::fromString(value.toString(), Qt::ISODate));
    case AnswerType::Text:
        return value.toString();
    }
    return value.toString();
}

template <typename E> QStringList labels(const QList<E>& values)
{
    QStringList out;
    for (E v : values)
        out.append(enumLabel(v));
    return out;
}

/** A case fact a screening item shows, as the record of the processing prints it. */
QString factText(const QString& fact, const CaseFacts& facts, const DocumentLanguage& lang, const QString& separator)
{
    if (fact == QLatin1String("publicPlace"))
        return yesNo(facts.publicPlace);
    if (fact == QLatin1String("placeKind"))
        return enumLabel(facts.placeKind);
    if (fact == QLatin1String("storedPeople"))
        return lang.number(facts.storedPeople);
    if (fact == QLatin1String("minorsUnder14"))
        return yesNo(facts.minorsUnder14);
    if (fact == QLatin1String("originalImagesStored"))
        return yesNo(facts.originalImagesStored);
    if (fact == QLatin1String("methods"))
        return labels(facts.methods).join(separator);
    if (fact == QLatin1String("status"))
        return enumLabel(facts.status);
    return {};
}

} // namespace

QString Report::templatePath(Language language)
{
    return DataFiles::locate(language == Language::Chinese ? QStringLiteral("documents/report.zh_CN.html")
                                                           : QStringLiteral("documents/report.en.html"));
}

QVariantMap Report::data(const RuleSet& rules, const CaseBundle& bundle, const AssessmentVersion& version,
    const CheckResult& check, Language language)
{
    const DocumentLanguage lang(language);
    // Everything below is what this version was assessed on: a final version's record, never today's case.
    const AssessedOn on = bundle.assessedOn(version);
    const Organisation& org = on.organisation;
    const CaseFacts& facts = on.facts;
    const Engine engine(rules, facts, version); // visibility and answer values only; the verdicts are in check
    const QString separator = language == Language::Chinese ? QStringLiteral("、") : QStringLiteral(", ");

    QVariantMap d;
    d.insert(QStringLiteral("organisation"),
        QVariantMap {
            { QStringLiteral("name"), org.name },
            { QStringLiteral("creditCode"), org.creditCode },
            { QStringLiteral("address"), org.address },
            { QStringLiteral("legalRepresentative"), org.legalRepresentative },
            { QStringLiteral("contactName"), org.contact.name },
            { QStringLiteral("contactTitle"), org.contact.title },
            { QStringLiteral("contactPhone"), org.contact.phone },
            { QStringLiteral("contactEmail"), org.contact.email },
            { QStringLiteral("responsibleName"), org.responsiblePerson.name },
            { QStringLiteral("responsibleTitle"), org.responsiblePerson.title },
            { QStringLiteral("responsiblePhone"), org.responsiblePerson.phone },
            { QStringLiteral("responsibleEmail"), org.responsiblePerson.email },
        });

    QVariantList equipment;
    for (const Equipment& e : facts.equipment)
        equipment.append(QVariantMap { { QStringLiteral("name"), e.name }, { QStringLiteral("model"), e.model },
            { QStringLiteral("vendor"), e.vendor }, { QStringLiteral("quantity"), lang.number(e.quantity) } });
    d.insert(QStringLiteral("case"),
        QVariantMap {
            { QStringLiteral("id"), QString::number(bundle.caseInfo.id) },
            { QStringLiteral("uuid"), bundle.caseInfo.uuid },
            { QStringLiteral("name"), facts.name },
            { QStringLiteral("description"), facts.description },
            { QStringLiteral("places"), facts.places.join(separator) },
            { QStringLiteral("placeKind"), enumLabel(facts.placeKind) },
            { QStringLiteral("publicPlace"), yesNo(facts.publicPlace) },
            { QStringLiteral("purposes"), facts.purposes.join(separator) },
            { QStringLiteral("methods"), labels(facts.methods).join(separator) },
            { QStringLiteral("equipment"), equipment },
            { QStringLiteral("hasEquipment"), !equipment.isEmpty() },
            { QStringLiteral("vendors"), facts.vendors.join(separator) },
            { QStringLiteral("storedPeople"), lang.number(facts.storedPeople) },
            { QStringLiteral("minorsUnder14"), yesNo(facts.minorsUnder14) },
            { QStringLiteral("originalImagesStored"), yesNo(facts.originalImagesStored) },
            { QStringLiteral("storageLocation"), facts.storageLocation },
            { QStringLiteral("storagePeriod"), facts.storagePeriod },
            { QStringLiteral("anonymization"), facts.anonymization },
            { QStringLiteral("startOfUse"), lang.date(facts.startOfUse) },
            { QStringLiteral("endOfUse"), lang.date(facts.endOfUse) },
            { QStringLiteral("status"), enumLabel(facts.status) },
            { QStringLiteral("hasMinors"), facts.minorsUnder14 },
            { QStringLiteral("keepsOriginals"), facts.originalImagesStored },
        });
    // The data map (GB/T 39335 Annex C.1/C.2), per processing activity, every field the rule set lists; a field
    // left empty says so rather than vanish. Versions without one show the lifecycle derived from the case facts.
    {
        QList<RuleSet::DataMapColumn> fields = rules.dataMapColumns(language);
        fields.removeIf([](const RuleSet::DataMapColumn& c) { return c.field->member == &ProcessingActivity::name; });
        QVariantList activities;
        for (qsizetype i = 0; i < version.activities.size(); ++i) {
            const ProcessingActivity& a = version.activities.at(i);
            QVariantList rows;
            for (const RuleSet::DataMapColumn& column : std::as_const(fields)) {
                const QString value = (a.*column.field->member).trimmed();
                rows.append(QVariantMap { { QStringLiteral("label"), column.name },
                    { QStringLiteral("value"), value.isEmpty() ? tr("Not recorded") : value } });
            }
            activities.append(QVariantMap { { QStringLiteral("number"), QString::number(i + 1) },
                { QStringLiteral("name"), a.name.trimmed().isEmpty() ? tr("Not recorded") : a.name.trimmed() },
                { QStringLiteral("fields"), rows } });
        }
        d.insert(QStringLiteral("dataMap"),
            QVariantMap { { QStringLiteral("recorded"), !activities.isEmpty() },
                { QStringLiteral("derived"), activities.isEmpty() }, { QStringLiteral("activities"), activities },
                { QStringLiteral("count"), lang.number(activities.size()) } });
    }
    if (facts.thresholdReachedOn.isValid()) { // shown only where known: the Measures count the filing from it
        QVariantMap c = d.value(QStringLiteral("case")).toMap();
        c.insert(QStringLiteral("thresholdReachedOn"), lang.date(facts.thresholdReachedOn));
        d.insert(QStringLiteral("case"), c);
    }
    // A final version whose case has moved on says so; the documents still show what was assessed.
    const QStringList changed = RecordChanges::changedFields(bundle, version);
    d.insert(QStringLiteral("record"),
        TemplateEngine::pruned(QVariantMap {
            { QStringLiteral("recorded"), on.recorded },
            { QStringLiteral("changed"), changed.join(separator) },
        }));

    d.insert(QStringLiteral("version"),
        TemplateEngine::pruned(QVariantMap {
            { QStringLiteral("number"), QString::number(version.number) },
            { QStringLiteral("trigger"), enumLabel(version.trigger) },
            { QStringLiteral("triggerDate"), lang.date(version.triggerDate) },
            { QStringLiteral("triggerDescription"), version.triggerDescription },
            { QStringLiteral("state"), enumLabel(version.state) },
            { QStringLiteral("draft"), !version.isFinal() },
            { QStringLiteral("assessor"), version.assessor },
            { QStringLiteral("reviewer"), version.reviewer },
            { QStringLiteral("signedOffBy"), version.signedOffBy },
            { QStringLiteral("signedOffOn"), lang.date(version.signedOffOn) },
            { QStringLiteral("finalizedOn"),
                version.finalizedAt.isValid() ? lang.date(version.finalizedAt.toLocalTime().date()) : QString() },
            { QStringLiteral("retainUntil"), lang.date(version.retainUntil) },
            { QStringLiteral("contentHash"), version.contentHash },
        }));
    // How the assessment was done: the methods recorded (by the rule set's names; a key it does not know as it is)
    // and how the team is independent of the department assessed.
    {
        const AssessmentMethod method = AssessmentMethod::from(version);
        QStringList methods;
        for (const QString& key : method.methods) {
            const int known = scaleIndex(rules.assessmentMethods, key);
            methods.append(known >= 0 ? rules.assessmentMethods.at(known).text.text(language) : key);
        }
        d.insert(QStringLiteral("method"),
            QVariantMap {
                { QStringLiteral("methods"), methods.isEmpty() ? tr("not recorded") : methods.join(separator) },
                { QStringLiteral("independence"),
                    method.independence.trimmed().isEmpty() ? tr("not recorded") : method.independence.trimmed() } });
    }
    // The rules the findings below are checked under (today's), and those the version was finalized under.
    const QString stamp
        = version.ruleSetId.isEmpty() ? QString() : version.ruleSetId + QLatin1Char(' ') + version.ruleSetVersion;
    const bool failsTodaysRules = version.isFinal()
        && (!check.prohibited().isEmpty() || !check.inconsistencies.isEmpty() || !check.completeness.isComplete());
    d.insert(QStringLiteral("ruleSet"),
        TemplateEngine::pruned(QVariantMap { { QStringLiteral("title"), rules.title.text(language) },
            { QStringLiteral("label"), stamp.isEmpty() ? rules.label() : stamp },
            { QStringLiteral("checkedUnder"), rules.label() },
            { QStringLiteral("finalizedUnder"),
                !version.isFinal()    ? QString()
                    : stamp.isEmpty() ? tr("not recorded")
                                      : stamp },
            { QStringLiteral("processor"), rules.processorLabel(language) },
            { QStringLiteral("superseded"), supersededText(rules, language) },
            { QStringLiteral("notInForce"), notInForceText(rules, language) },
            { QStringLiteral("failsTodaysRules"),
                failsTodaysRules ? tr("Checked again under %1, this version would not be finalized today: see the "
                                      "summary. It stays as it was finalized; a re-assessment is a new version.")
                                       .arg(rules.label())
                                 : QString() } }));

    // Summary: the findings, prohibited practices first and apart, from the one check of this version.
    const auto flagEntry = [&](const RaisedFlag& f) {
        // A practice raised because what would allow it is not shown says so first, and what is unanswered.
        QStringList unanswered;
        for (const ConditionTerm& t : f.causes) {
            const Question* q
                = t.source == ConditionTerm::Source::Answer && t.value.isUndefined() ? rules.question(t.name) : nullptr;
            if (q)
                unanswered.append((language == Language::Chinese ? QStringLiteral("“%1”") : QStringLiteral("\"%1\""))
                                      .arg(q->text.text(language)));
        }
        const QString notShown = !f.basisNotShown ? QString()
            : unanswered.isEmpty()
            ? tr("Basis not shown: what would allow this practice is not stated. Until it is, it counts as the "
                 "prohibited practice described.")
            : tr("Basis not shown: %1 is unanswered. Until it is answered, this counts as the prohibited practice "
                 "described.")
                  .arg(unanswered.join(separator));
        return TemplateEngine::pruned(QVariantMap { { QStringLiteral("title"), f.rule->title.text(language) },
            { QStringLiteral("message"), f.rule->message.text(language) },
            { QStringLiteral("remedy"), f.rule->remedy.text(language) },
            { QStringLiteral("articles"), rules.cite(f.rule->articles, language) },
            { QStringLiteral("basisNotShown"), notShown }, { QStringLiteral("note"), f.justification } });
    };
    QVariantList prohibited;
    for (const RaisedFlag& f : check.prohibited())
        prohibited.append(flagEntry(f));
    QVariantList conditions;
    for (const RaisedFlag& f : check.conditions())
        conditions.append(flagEntry(f));
    // The report's chapters, numbered in order (一、二、… in Chinese); the rule set's sections are chapters of their
    // own, so the numbers after them depend on how many the rule set has. Questions are numbered in their chapter.
    QVariantMap chapters;
    int chapter = 0;
    const auto nextChapter = [&](const char* key) {
        chapters.insert(QLatin1String(key), chapterNumeral(++chapter, language));
        chapters.insert(QLatin1String(key) + QStringLiteral("No"), QString::number(chapter)); // for 3.1, 3.2, …
        return chapter;
    };
    nextChapter("overview");
    nextChapter("summary");
    nextChapter("processing");
    const int screeningChapter = nextChapter("screening");
    QHash<QString, QString> questionNumbers;
    {
        int n = 0;
        for (const Question& q : rules.screening) {
            if (engine.isVisible(q))
                questionNumbers.insert(q.id, QStringLiteral("%1.%2").arg(screeningChapter).arg(++n));
        }
    }
    QHash<QString, int> sectionChapters;
    for (const Section& s : rules.sections) {
        const int c = ++chapter;
        sectionChapters.insert(s.id, c);
        int n = 0;
        for (const Question& q : s.questions) {
            if (engine.isVisible(q))
                questionNumbers.insert(q.id, QStringLiteral("%1.%2").arg(c).arg(++n));
        }
    }
    nextChapter("risks");
    nextChapter("treatment");
    nextChapter("conclusion");
    nextChapter("history");
    d.insert(QStringLiteral("chapters"), chapters);

    QVariantList adverse;
    for (const AdverseAnswer& a : check.adverse) {
        const Section* s = a.section.isEmpty() ? nullptr : rules.section(a.section);
        adverse.append(QVariantMap { { QStringLiteral("question"), a.question->text.text(language) },
            { QStringLiteral("answer"), answerText(*a.question, engine.answerValue(a.question->id), lang) },
            { QStringLiteral("finding"), a.finding->finding.text(language) },
            { QStringLiteral("where"),
                questionNumbers.value(a.question->id, s ? tr("Section %1").arg(s->item) : tr("Screening")) },
            { QStringLiteral("anchor"), questionAnchor(a.question->id) } });
    }
    QVariantList contradictions;
    for (const Inconsistency& i : check.inconsistencies)
        contradictions.append(engine.describe(i, language));
    int unansweredCount = 0;
    for (const Gap& g : check.completeness.gaps())
        unansweredCount += g.kind == Gap::Kind::Answer || g.kind == Gap::Kind::InvalidAnswer ? 1 : 0;
    const RiskSummary& riskSummary = check.risks;
    const RiskAcceptance& acceptance = check.acceptance;
    d.insert(QStringLiteral("summary"),
        TemplateEngine::pruned(QVariantMap {
            { QStringLiteral("filing"),
                check.outOfScope
                    ? check.finalization.reasons.value(0)
                    : Engine::explain(rules, check.filing, language,
                        FilingAuthority::nameFor(rules.filing, bundle.assessedOn(version).organisation, language)) },
            { QStringLiteral("prohibited"), prohibited },
            { QStringLiteral("hasProhibited"), !prohibited.isEmpty() },
            { QStringLiteral("conditions"), conditions },
            { QStringLiteral("hasConditions"), !conditions.isEmpty() },
            { QStringLiteral("adverse"), adverse },
            { QStringLiteral("hasAdverse"), !adverse.isEmpty() },
            { QStringLiteral("unanswered"),
                unansweredCount ? tr("Required items unanswered: %1. An unanswered item is never compliant.")
                                      .arg(lang.number(unansweredCount))
                                : QString() },
            { QStringLiteral("contradictions"), contradictions },
            { QStringLiteral("hasContradictions"), !contradictions.isEmpty() },
            { QStringLiteral("completeness"), QString::number(check.completeness.percent()) },
            { QStringLiteral("overallRisk"), scaleText(rules.risk.levels, riskSummary.overall, language) },
            { QStringLiteral("overallInherent"), scaleText(rules.risk.levels, riskSummary.overallInherent, language) },
            { QStringLiteral("overallTarget"), scaleText(rules.risk.levels, riskSummary.overallTarget, language) },
            { QStringLiteral("acceptableLevel"), scaleText(rules.risk.levels, riskSummary.acceptableLevel, language) },
            { QStringLiteral("needsAcceptance"), riskSummary.needsAcceptance() },
            { QStringLiteral("notAccepted"), riskSummary.needsAcceptance() && !acceptance.isComplete() },
        }));
    d.insert(QStringLiteral("acceptance"),
        TemplateEngine::pruned(QVariantMap { { QStringLiteral("recorded"), !acceptance.isEmpty() },
            { QStringLiteral("by"), acceptance.by }, { QStringLiteral("on"), lang.date(acceptance.on) },
            { QStringLiteral("reason"), acceptance.reason } }));

    // Screening: every item with its answer and what the officer wrote for it.
    QHash<QString, QString> attachmentNames;
    for (const Attachment& a : bundle.attachments)
        attachmentNames.insert(a.uuid, a.name);
    const auto evidenceOf = [&](const Answer* a) {
        QStringList evidence;
        if (a) {
            for (const QString& uuid : a->evidence)
                evidence.append(attachmentNames.value(uuid, uuid));
        }
        return evidence.join(separator);
    };
    const auto adverseOf = [&](const Question& q) {
        for (const AdverseAnswer& a : check.adverse) {
            if (a.question == &q)
                return a.finding->finding.text(language);
        }
        return QString();
    };
    QVariantList screening;
    int screeningNumber = 0;
    for (const Question& q : rules.screening) {
        if (!engine.isVisible(q))
            continue;
        const Answer* a = q.isFact() ? nullptr : version.answer(q.id);
        const QString answer
            = q.isFact() ? factText(q.fact, facts, lang, separator) : answerText(q, a ? a->value : QJsonValue(), lang);
        ++screeningNumber;
        screening.append(TemplateEngine::pruned(QVariantMap {
            { QStringLiteral("number"), questionNumbers.value(q.id, QString::number(screeningNumber)) },
            { QStringLiteral("anchor"), questionAnchor(q.id) },
            { QStringLiteral("text"), q.text.text(language) },
            { QStringLiteral("articles"), rules.cite(q.articles, language) },
            { QStringLiteral("answer"), answer.isEmpty() ? tr("(not answered)") : answer },
            { QStringLiteral("fact"), q.isFact() },
            { QStringLiteral("justification"), a ? a->justification : QString() },
            { QStringLiteral("evidence"), evidenceOf(a) },
            { QStringLiteral("adverse"), adverseOf(q) },
        }));
    }
    d.insert(QStringLiteral("screening"), screening);

    // The sections of the report, each with every answer and its conclusion.
    QVariantList sections;
    for (const Section& s : rules.sections) {
        QVariantList questions;
        int n = 0;
        for (const Question& q : s.questions) {
            if (!engine.isVisible(q))
                continue;
            ++n;
            const Answer* a = version.answer(q.id);
            const QString answer = a ? answerText(q, a->value, lang) : QString();
            questions.append(TemplateEngine::pruned(QVariantMap {
                { QStringLiteral("number"), questionNumbers.value(q.id, QStringLiteral("%1.%2").arg(s.item).arg(n)) },
                { QStringLiteral("anchor"), questionAnchor(q.id) },
                { QStringLiteral("text"), q.text.text(language) },
                { QStringLiteral("articles"), rules.cite(q.articles, language) },
                { QStringLiteral("answer"), answer.isEmpty() ? tr("(not answered)") : answer },
                { QStringLiteral("answered"), !answer.isEmpty() },
                { QStringLiteral("justification"), a ? a->justification : QString() },
                { QStringLiteral("evidence"), evidenceOf(a) },
                { QStringLiteral("adverse"), adverseOf(q) },
            }));
        }
        QStringList sectionContradictions;
        for (const Inconsistency& i : check.inconsistenciesOf(s.id))
            sectionContradictions.append(engine.describe(i, language));
        const Answer* conclusion = version.answer(s.conclusionId());
        sections.append(TemplateEngine::pruned(QVariantMap {
            { QStringLiteral("id"), s.id },
            { QStringLiteral("item"), QString::number(s.item) },
            { QStringLiteral("chapter"), chapterNumeral(sectionChapters.value(s.id), language) },
            { QStringLiteral("title"), s.title.text(language) },
            { QStringLiteral("requirement"), s.requirement.text(language) },
            { QStringLiteral("articles"), rules.cite(s.articles, language) },
            { QStringLiteral("questions"), questions },
            { QStringLiteral("conclusion"),
                conclusion ? optionText(rules.conclusions, conclusion->value.toString(), language)
                           : tr("(not concluded)") },
            { QStringLiteral("rationale"), conclusion ? conclusion->justification : QString() },
            { QStringLiteral("contradictions"), sectionContradictions },
            { QStringLiteral("contradicted"), !sectionContradictions.isEmpty() },
        }));
    }
    d.insert(QStringLiteral("sections"), sections);

    // Answers the rule set does not ask (an older or another rule set's questions): printed as they are,
    // so that nothing recorded is left out of the report.
    QVariantList others;
    for (const Answer& a : version.answers) {
        if (rules.question(a.questionId) || a.questionId.endsWith(QLatin1String(".conclusion"))
            || a.questionId.startsWith(QLatin1String("flag.")) || a.questionId == RiskAcceptance::answerId()
            || a.questionId == AssessmentMethod::answerId())
            continue;
        QString value = a.value.isString()
            ? a.value.toString()
            : QString::fromUtf8(QJsonDocument(QJsonArray { a.value }).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        others.append(TemplateEngine::pruned(QVariantMap { { QStringLiteral("id"), a.questionId },
            { QStringLiteral("answer"), value }, { QStringLiteral("justification"), a.justification },
            { QStringLiteral("evidence"), evidenceOf(&a) } }));
    }
    d.insert(QStringLiteral("otherAnswers"), others);
    d.insert(QStringLiteral("hasOtherAnswers"), !others.isEmpty());

    // Risks and the action plan.
    QHash<QString, QString> riskTitles;
    QVariantList risks;
    for (int i = 0; i < version.risks.size(); ++i) {
        const Risk& r = version.risks.at(i);
        riskTitles.insert(r.uuid, r.title);
        const RatedRisk* rated = i < riskSummary.risks.size() ? &riskSummary.risks.at(i) : nullptr;
        risks.append(QVariantMap {
            { QStringLiteral("number"), QString::number(i + 1) },
            { QStringLiteral("title"), r.title },
            { QStringLiteral("description"), r.description },
            { QStringLiteral("kinds"), labels(r.impactKinds).join(separator) },
            { QStringLiteral("impact"),
                scaleText(rules.risk.impactLevels, rated ? rated->impact : int(r.impact), language) },
            { QStringLiteral("likelihood"), scaleText(rules.risk.likelihoods, int(r.likelihood), language) },
            { QStringLiteral("level"), rated ? scaleText(rules.risk.levels, rated->level, language) : QString() },
            { QStringLiteral("targetImpact"),
                scaleText(rules.risk.impactLevels, rated ? rated->targetImpact : int(r.residualImpact), language) },
            { QStringLiteral("targetLikelihood"),
                scaleText(rules.risk.likelihoods, int(r.residualLikelihood), language) },
            { QStringLiteral("targetLevel"),
                rated ? scaleText(rules.risk.levels, rated->targetLevel, language) : QString() },
            { QStringLiteral("residualLevel"),
                rated ? scaleText(rules.risk.levels, rated->residualLevel, language) : QString() },
            { QStringLiteral("measuresDone"),
                rated && rated->measuresDone ? tr("measures done") : tr("measures not all done") },
        });
    }
    d.insert(QStringLiteral("risks"), risks);
    QStringList adjustments;
    for (const RiskAdjustment* a : riskSummary.adjustments)
        adjustments.append(a->text.text(language));
    d.insert(QStringLiteral("adjustments"), adjustments);
    d.insert(QStringLiteral("hasAdjustments"), !adjustments.isEmpty());
    d.insert(QStringLiteral("hasRisks"), !risks.isEmpty());
    QVariantList measures;
    for (int i = 0; i < version.measures.size(); ++i) {
        const Measure& m = version.measures.at(i);
        measures.append(QVariantMap { { QStringLiteral("number"), QString::number(i + 1) },
            { QStringLiteral("description"), m.description }, { QStringLiteral("risk"), riskTitles.value(m.riskUuid) },
            { QStringLiteral("owner"), m.owner }, { QStringLiteral("due"), lang.date(m.dueDate) },
            { QStringLiteral("status"), enumLabel(m.status) } });
    }
    d.insert(QStringLiteral("measures"), measures);
    d.insert(QStringLiteral("hasMeasures"), !measures.isEmpty());

    // What the assessment relied on: the rule set's sources, in its order.
    QVariantList sources;
    for (const LegalSource& source : rules.sources) {
        const QString title = source.title.text(language);
        // Chinese cites a law's title in book-title marks, unless it carries them already (a standard's number).
        sources.append(language == Language::Chinese && !title.contains(QChar(u'《'))
                ? QStringLiteral("《%1》").arg(title)
                : title);
    }
    d.insert(QStringLiteral("sources"), sources);

    // The risk criteria (GB/T 39335 Annex D): the scales with what each step means, the matrix, the acceptable level.
    const auto scaleList = [&](const QList<ScaleEntry>& scale) {
        QVariantList out;
        for (auto it = scale.crbegin(); it != scale.crend(); ++it) // highest first, as the standard's tables
            out.append(TemplateEngine::pruned(QVariantMap { { QStringLiteral("text"), it->text.text(language) },
                { QStringLiteral("description"), it->description.text(language) } }));
        return out;
    };
    QVariantList matrixRows;
    for (int impact = int(rules.risk.impactLevels.size()) - 1; impact >= 0; --impact) {
        QVariantList cells;
        for (int l = 0; l < rules.risk.likelihoods.size(); ++l)
            cells.append(scaleText(rules.risk.levels, rules.risk.matrix.value(impact).value(l, -1), language));
        matrixRows.append(
            QVariantMap { { QStringLiteral("impact"), scaleText(rules.risk.impactLevels, impact, language) },
                { QStringLiteral("cells"), cells } });
    }
    QVariantList sourceList; // the risk sources, in the rule set's order, with what each covers
    for (const ScaleEntry& e : rules.risk.sources)
        sourceList.append(TemplateEngine::pruned(QVariantMap { { QStringLiteral("text"), e.text.text(language) },
            { QStringLiteral("description"), e.description.text(language) } }));
    QVariantList likelihoodNames;
    for (const ScaleEntry& e : rules.risk.likelihoods)
        likelihoodNames.append(e.text.text(language));
    d.insert(QStringLiteral("criteria"),
        QVariantMap { { QStringLiteral("impacts"), scaleList(rules.risk.impactLevels) },
            { QStringLiteral("likelihoods"), scaleList(rules.risk.likelihoods) },
            { QStringLiteral("likelihoodNames"), likelihoodNames }, { QStringLiteral("matrix"), matrixRows },
            { QStringLiteral("sources"), sourceList }, { QStringLiteral("hasSources"), !sourceList.isEmpty() },
            { QStringLiteral("acceptable"), scaleText(rules.risk.levels, rules.risk.acceptableLevel, language) } });

    // The impact on individuals' rights over the rule set's dimensions (GB/T 39335 §5.5: four).
    QVariantList rightsImpact;
    for (const ScaleEntry& kind : rules.risk.impactKinds) {
        QStringList numbers;
        int before = -1;
        int after = -1;
        for (int i = 0; i < version.risks.size(); ++i) {
            const Risk& r = version.risks.at(i);
            if (!std::any_of(r.impactKinds.cbegin(), r.impactKinds.cend(),
                    [&kind](ImpactKind k) { return enumKey(k) == kind.key; }))
                continue;
            numbers.append(QString::number(i + 1));
            if (i < riskSummary.risks.size()) {
                before = std::max(before, riskSummary.risks.at(i).impact);
                after = std::max(after, riskSummary.risks.at(i).residualImpact);
            }
        }
        rightsImpact.append(
            TemplateEngine::pruned(QVariantMap { { QStringLiteral("dimension"), kind.text.text(language) },
                { QStringLiteral("risks"), numbers.join(separator) },
                { QStringLiteral("before"), scaleText(rules.risk.impactLevels, before, language) },
                { QStringLiteral("residual"), scaleText(rules.risk.impactLevels, after, language) } }));
    }
    d.insert(QStringLiteral("rightsImpact"), rightsImpact);

    // The likelihood analysis over the rule set's risk-source dimensions (GB/T 39335 §5.4, Table C.3): each
    // dimension with the risks found in it, the cause and evidence behind each likelihood, and the highest. Risks
    // whose source is not stated are listed as such, never left out.
    const auto likelihoodRow = [&](int i) {
        const Risk& r = version.risks.at(i);
        return TemplateEngine::pruned(
            QVariantMap { { QStringLiteral("number"), QString::number(i + 1) }, { QStringLiteral("title"), r.title },
                { QStringLiteral("basis"),
                    r.likelihoodBasis.trimmed().isEmpty() ? tr("Not recorded") : r.likelihoodBasis.trimmed() },
                { QStringLiteral("likelihood"), scaleText(rules.risk.likelihoods, int(r.likelihood), language) } });
    };
    QVariantList likelihoodDimensions;
    for (qsizetype s = 0; s < rules.risk.sources.size(); ++s) {
        const ScaleEntry& source = rules.risk.sources.at(s);
        QVariantList rows;
        int highest = -1;
        for (int i = 0; i < version.risks.size(); ++i) {
            if (version.risks.at(i).source != source.key)
                continue;
            rows.append(likelihoodRow(i));
            highest = std::max(highest, int(version.risks.at(i).likelihood));
        }
        likelihoodDimensions.append(
            TemplateEngine::pruned(QVariantMap { { QStringLiteral("ordinal"), chapterNumeral(int(s) + 1, language) },
                { QStringLiteral("dimension"), source.text.text(language) }, { QStringLiteral("rows"), rows },
                { QStringLiteral("hasRows"), !rows.isEmpty() },
                { QStringLiteral("highest"), scaleText(rules.risk.likelihoods, highest, language) } }));
    }
    QVariantList unsourced;
    for (int i = 0; i < version.risks.size(); ++i) {
        if (scaleIndex(rules.risk.sources, version.risks.at(i).source) < 0)
            unsourced.append(likelihoodRow(i));
    }
    d.insert(QStringLiteral("likelihood"),
        TemplateEngine::pruned(QVariantMap { { QStringLiteral("dimensions"), likelihoodDimensions },
            { QStringLiteral("unsourced"), unsourced }, { QStringLiteral("hasUnsourced"), !unsourced.isEmpty() },
            { QStringLiteral("hasDimensions"), !likelihoodDimensions.isEmpty() } }));

    // Treatment by level (GB/T 39335 §5.8): the highest level at once, any other above the acceptable level within
    // its measures' deadlines, the rest accepted. Counted on the residual level (measures done only).
    QVariantList treatment;
    const int highest = int(rules.risk.levels.size()) - 1;
    for (int i = 0; i < version.risks.size() && i < riskSummary.risks.size(); ++i) {
        const RatedRisk& rated = riskSummary.risks.at(i);
        QString how;
        if (rated.residualLevel <= rules.risk.acceptableLevel)
            how = tr("Accept");
        else if (rated.residualLevel >= highest)
            how = tr("Immediately");
        else
            how = tr("By its measures' deadlines");
        QStringList due;
        for (const Measure& m : version.measures) {
            if (m.riskUuid == version.risks.at(i).uuid && m.status != MeasureStatus::Done
                && m.status != MeasureStatus::Dropped && m.dueDate.isValid())
                due.append(lang.date(m.dueDate));
        }
        treatment.append(TemplateEngine::pruned(QVariantMap { { QStringLiteral("number"), QString::number(i + 1) },
            { QStringLiteral("title"), version.risks.at(i).title },
            { QStringLiteral("level"), scaleText(rules.risk.levels, rated.residualLevel, language) },
            { QStringLiteral("treatment"), how }, { QStringLiteral("due"), due.join(separator) } }));
    }
    d.insert(QStringLiteral("treatment"), treatment);

    // The plan to verify the remediation: every measure not yet done, with who and by when.
    QVariantList verification;
    for (int i = 0; i < version.measures.size(); ++i) {
        const Measure& m = version.measures.at(i);
        if (m.status == MeasureStatus::Done || m.status == MeasureStatus::Dropped)
            continue;
        verification.append(TemplateEngine::pruned(QVariantMap { { QStringLiteral("number"), QString::number(i + 1) },
            { QStringLiteral("description"), m.description }, { QStringLiteral("risk"), riskTitles.value(m.riskUuid) },
            { QStringLiteral("owner"), m.owner }, { QStringLiteral("due"), lang.date(m.dueDate) },
            { QStringLiteral("status"), enumLabel(m.status) } }));
    }
    d.insert(QStringLiteral("verification"), verification);
    d.insert(QStringLiteral("hasVerification"), !verification.isEmpty());

    // Version history.
    QVariantList history;
    for (const AssessmentVersion& v : bundle.assessments) {
        history.append(TemplateEngine::pruned(QVariantMap { { QStringLiteral("number"), QString::number(v.number) },
            { QStringLiteral("trigger"), enumLabel(v.trigger) },
            { QStringLiteral("triggerDate"), lang.date(v.triggerDate) },
            { QStringLiteral("description"), v.triggerDescription }, { QStringLiteral("state"), enumLabel(v.state) },
            { QStringLiteral("finalizedOn"),
                v.finalizedAt.isValid() ? lang.date(v.finalizedAt.toLocalTime().date()) : QString() },
            { QStringLiteral("hash"), v.contentHash.left(16) },
            { QStringLiteral("current"), v.number == version.number } }));
    }
    d.insert(QStringLiteral("history"), history);
    return d;
}

QString Report::supersededText(const RuleSet& rules, Language language)
{
    if (!rules.supersededBy)
        return {};
    return tr("%1 Re-assess the case under them: that makes a new version, and this one stays as it is.")
        .arg(rules.supersededBy->text.text(language));
}

QString Report::notInForceText(const RuleSet& rules, Language language)
{
    if (rules.supersededBy)
        return {};
    if (rules.status == RuleSetStatus::Draft)
        return tr("The rules applied, %1, are a draft that has not come into force; check which rules are in "
                  "force before relying on this assessment.")
            .arg(rules.title.text(language));
    if (rules.status == RuleSetStatus::Repealed)
        return tr("The rules applied, %1, have been repealed.").arg(rules.title.text(language));
    return {};
}

std::optional<Report::Filled> Report::fill(const RuleSet& rules, const CaseBundle& bundle,
    const AssessmentVersion& version, const CheckResult& check, Language language, QString* error)
{
    QFile file(templatePath(language));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The report template %1 is missing.").arg(file.fileName());
        return std::nullopt;
    }
    QVariantMap d = data(rules, bundle, version, check, language);
    // The risk map fits the body of a page: 600 pixels wide, narrower when its panels stand one above the other.
    const QSize map = RiskMap::layout(rules.risk, check.risks.risks, kRiskMapWidth).size;
    d.insert(QStringLiteral("riskMapWidth"),
        QString::number(std::min(600, int(kRiskMapMaxHeight * map.width() / std::max(1, map.height())))));
    const QString html = TemplateEngine::render(QString::fromUtf8(file.readAll()), d, error);
    if (html.isNull())
        return std::nullopt;
    Filled filled = Filled::fromHtml(html, !version.isFinal());
    {
        const DocumentLanguage scope(language);
        filled.images.insert(QStringLiteral("piadesk-riskmap.png"),
            RiskMap::paint(rules.risk, check.risks.risks, language, kRiskMapWidth));
    }
    filled.metadata.author
        = version.assessor.isEmpty() ? bundle.assessedOn(version).organisation.name : version.assessor;
    return filled;
}

Report::Filled Report::Filled::fromHtml(const QString& html, bool draft)
{
    Filled filled;
    filled.html = html;
    filled.furniture.header = TemplateEngine::meta(html, QStringLiteral("piadesk-header"));
    filled.furniture.footer = TemplateEngine::meta(html, QStringLiteral("piadesk-footer"));
    filled.furniture.pageNumber = TemplateEngine::meta(html, QStringLiteral("piadesk-page"));
    if (draft)
        filled.furniture.draftMark = TemplateEngine::meta(html, QStringLiteral("piadesk-draft"));
    filled.metadata.title = TemplateEngine::meta(html, QStringLiteral("piadesk-title"));
    filled.metadata.subject = TemplateEngine::meta(html, QStringLiteral("piadesk-subject"));
    return filled;
}

bool Report::render(const RuleSet& rules, const CaseBundle& bundle, const AssessmentVersion& version, Language language,
    QIODevice* device, const Progress& progress, QString* error)
{
    const auto filled = fill(rules, bundle, version, Workflow::check(rules, bundle, version), language, error);
    return filled
        && PdfDocument::write(
            filled->html, filled->images, filled->furniture, filled->metadata, device, progress, error);
}

} // namespace piadesk

#include "DemoCases.h"
#include "DemoVocabulary.h"

#include "core/ContentHash.h"
#include "core/CreditCode.h"
#include "rules/Engine.h"
#include "rules/FilingAuthority.h"
#include "rules/RuleSet.h"
#include "rules/RuleSetLibrary.h"
#include "store/CaseStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>
#include <array>
#include <optional>

namespace piadesk {

namespace {

using namespace demo;

struct PoolFile
{
    QString baseName;
    QString suffix;
    QString mediaType;
    QByteArray data;
    QString sha256;
};

class Generator
{
public:
    Generator(const RuleSet& rules, quint32 seed, const QDate& today)
        : m_rules(rules)
        , m_rng(seed)
        , m_today(today)
    {
        for (int i = 0; i < 24; ++i) {
            PoolFile f;
            f.baseName = text(kEvidenceNames.at(size_t(i) % kEvidenceNames.size()));
            if (i % 2 == 0) {
                f.suffix = QStringLiteral(".pdf");
                f.mediaType = QStringLiteral("application/pdf");
                f.data = tinyPdf("PIAdesk demo evidence " + QByteArray::number(i + 1));
            } else {
                f.suffix = QStringLiteral(".png");
                f.mediaType = QStringLiteral("image/png");
                f.data = tinyPng(i);
            }
            f.sha256 = QString::fromLatin1(QCryptographicHash::hash(f.data, QCryptographicHash::Sha256).toHex());
            m_pool.append(f);
        }
        for (const Section& s : m_rules.sections) {
            for (const Question& q : s.questions) {
                if (!q.isFact())
                    m_questions.append(&q);
            }
        }
        for (const Question& q : m_rules.screening) {
            if (!q.isFact())
                m_questions.append(&q);
        }
    }

    CaseBundle next()
    {
        CaseBundle b;
        b.organisation = organisation();
        const Kind& kind = pick(kKinds);
        b.caseInfo.uuid = uuid();
        b.caseInfo.ruleSetId = m_rules.id;
        CaseFacts& f = b.caseInfo.facts;
        facts(f, kind, b.organisation);

        const double r = real();
        f.status = r < 0.12 ? CaseStatus::Planned : r < 0.85 ? CaseStatus::InUse : CaseStatus::Ended;
        // A case assessed under rules in force since a day began after it (no version predates its rules).
        const int history = m_rules.effective.isValid()
            ? int(std::clamp<qint64>(m_rules.effective.daysTo(m_today) - 45, 120, 2600))
            : 2600;
        if (f.status == CaseStatus::Planned) {
            if (chance(0.7))
                f.startOfUse = m_today.addDays(between(10, 150));
        } else if (f.status == CaseStatus::InUse) {
            f.startOfUse = m_today.addDays(-between(20, std::min(1800, history)));
        } else {
            f.startOfUse = m_today.addDays(-between(std::min(900, history / 2), history));
            f.endOfUse = f.startOfUse.addDays(between(std::min(300, history / 4), std::min(800, history / 2)));
            if (f.endOfUse >= m_today)
                f.endOfUse = m_today.addDays(-between(1, 60));
        }
        if (Engine::filingObligation(m_rules, f).required && m_rules.filing.clock == FilingClock::ThresholdReached
            && f.startOfUse.isValid() && f.startOfUse < m_today)
            f.thresholdReachedOn
                = f.startOfUse.addDays(between(0, int(std::min<qint64>(f.startOfUse.daysTo(m_today), 400))));
        const QDate created
            = (f.startOfUse.isValid() ? std::min(f.startOfUse, m_today) : m_today).addDays(-between(15, 90));
        b.caseInfo.createdAt = at(created);
        b.caseInfo.updatedAt = b.caseInfo.createdAt;
        b.caseInfo.revision = 1;

        // Versions: planned cases are still drafting; used ones were assessed before use, some again since.
        if (f.status == CaseStatus::Planned) {
            if (chance(0.75))
                addVersion(b, TriggerKind::Initial, created,
                    chance(0.15) ? AssessmentState::InReview : AssessmentState::Draft, 0.45);
        } else {
            const QDate finalized = f.startOfUse.addDays(-between(2, 30));
            addVersion(b, TriggerKind::Initial, created, AssessmentState::Finalized, 0.95, finalized);
            QDate last = f.startOfUse;
            const QDate until = f.endOfUse.isValid() ? f.endOfUse : m_today;
            while (chance(0.35) && last.daysTo(until) > 60) {
                const QDate trigger = last.addDays(between(30, int(std::min<qint64>(last.daysTo(until), 700))));
                const std::array triggers = { TriggerKind::PurposeChanged, TriggerKind::MethodsChanged,
                    TriggerKind::SecurityIncident, TriggerKind::YearlyReview };
                TriggerKind kindOfTrigger = pick(triggers);
                if (!m_rules.reassessmentTrigger(kindOfTrigger)) // the Measures have no yearly review
                    kindOfTrigger = TriggerKind::MethodsChanged;
                const QDate done = trigger.addDays(between(5, 40));
                if (done >= m_today || chance(0.15)) {
                    addVersion(b, kindOfTrigger, trigger, AssessmentState::Draft, 0.6);
                    break;
                }
                addVersion(b, kindOfTrigger, trigger, AssessmentState::Finalized, 0.95, done);
                last = done;
            }
        }
        filings(b);
        if (chance(0.4))
            addAttachment(b, QString(),
                m_rules.filing.materials.isEmpty() ? QString() : pick(m_rules.filing.materials).id, created);
        b.caseInfo.updatedAt = latestUpdate(b);
        sealFinalized(b);
        return b;
    }

    CaseBundle large()
    {
        CaseBundle b;
        b.organisation = organisation(QStringLiteral("上海浦江示例物业管理有限公司"));
        const Kind& kind = kKinds.at(0);
        b.caseInfo.uuid = uuid();
        b.caseInfo.ruleSetId = m_rules.id;
        CaseFacts& f = b.caseInfo.facts;
        facts(f, kind, b.organisation);
        f.name = QStringLiteral("浦江花园小区人脸识别门禁（一至三期）");
        f.publicPlace = true;
        f.storedPeople = 56000;
        f.status = CaseStatus::InUse;
        f.startOfUse = m_today.addDays(-700);
        if (m_rules.effective.isValid() && f.startOfUse < m_rules.effective.addDays(30)) // none before its rules
            f.startOfUse = std::min(m_today.addDays(-320), m_rules.effective.addDays(30));
        const QDate created = f.startOfUse.addDays(-60);
        b.caseInfo.createdAt = at(created);
        b.caseInfo.revision = 3;

        addVersion(b, TriggerKind::Initial, created, AssessmentState::Finalized, 0.9, f.startOfUse.addDays(-10));
        addVersion(b, TriggerKind::MethodsChanged, m_today.addDays(-300), AssessmentState::Finalized, 0.9,
            m_today.addDays(-280));
        AssessmentVersion& v
            = addVersion(b, TriggerKind::PurposeChanged, m_today.addDays(-40), AssessmentState::Draft, 0);
        v.answers.clear();
        for (int i = 0; i < 60 && i < m_questions.size(); ++i)
            v.answers.append(answerTo(*m_questions.at(i), true));
        for (const Section& s : m_rules.sections)
            v.answers.append(conclusion(s));
        std::sort(v.answers.begin(), v.answers.end(),
            [](const Answer& x, const Answer& y) { return x.questionId < y.questionId; });
        v.activities.clear();
        for (size_t i = 0; i < kActivities.size(); ++i)
            v.activities.append(activity(i));
        v.risks.clear();
        v.measures.clear();
        for (int i = 0; i < 40; ++i)
            v.risks.append(risk());
        for (int i = 0; i < 80; ++i)
            v.measures.append(measure(v.risks.at(i % v.risks.size()).uuid));
        v.assessor = text(kPersons.at(0));
        v.reviewer = text(kPersons.at(1));
        v.signedOffBy = b.organisation.responsiblePerson.name;
        v.signedOffOn = m_today.addDays(-20);
        finish(b, v, m_today.addDays(-20));
        const QString latest = v.uuid;

        for (int i = 0; i < 6; ++i) {
            const QString question = m_questions.at(i * 7 % m_questions.size())->id;
            addAttachment(b, latest, question, m_today.addDays(-30));
            for (Answer& a : b.assessments.last().answers) {
                if (a.questionId == question)
                    a.evidence.append(b.attachments.last().uuid);
            }
        }
        for (int i = 0; i < 4; ++i)
            addAttachment(b, QString(), m_rules.filing.materials.at(i % m_rules.filing.materials.size()).id, created);

        // Filed only where its rules ask: 56,000 people in a public place under the draft, not under the Measures.
        if (Engine::filingObligation(m_rules, f).required) {
            FilingRecord initial = filing(FilingKind::Initial, f.startOfUse, f.startOfUse.addDays(20), b.organisation);
            FilingRecord change
                = filing(FilingKind::Modification, m_today.addDays(-300), m_today.addDays(-285), b.organisation);
            b.filings = { initial, change };
        }
        b.caseInfo.updatedAt = latestUpdate(b);
        sealFinalized(b);
        return b;
    }

private:
    double real() { return m_rng.generateDouble(); }
    bool chance(double p) { return real() < p; }
    int between(int low, int high) { return low + int(m_rng.bounded(quint32(high - low + 1))); }
    template <typename Container> const typename Container::value_type& pick(const Container& c)
    {
        return c[static_cast<typename Container::size_type>(m_rng.bounded(quint32(c.size())))];
    }

    QString uuid()
    {
        std::array<quint32, 4> words;
        m_rng.fillRange(words.data(), words.size());
        QByteArray bytes(reinterpret_cast<const char*>(words.data()), 16);
        bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
        bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
        return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
    }

    QDateTime at(const QDate& day) const { return QDateTime(day, QTime(1 + int(day.dayOfYear() % 9), 0), Qt::UTC); }

    /** A new organisation named \a name, else (most organisations run several cases) often a recent one. */
    Organisation organisation(const QString& name = QString())
    {
        if (name.isEmpty() && !m_organisations.isEmpty() && chance(0.65))
            return m_organisations.at(qsizetype(m_rng.bounded(quint32(m_organisations.size()))));
        Organisation o;
        o.uuid = uuid();
        const size_t city = m_rng.bounded(quint32(kCities.size()));
        const Kind& kind = pick(kKinds);
        o.name = text(kCities.at(city)) + text(pick(kBrands)) + text(kind.industry)
            + (chance(0.2) ? QStringLiteral("股份有限公司") : QStringLiteral("有限公司"));
        if (!name.isEmpty())
            o.name = name;
        static const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
        QString code = QStringLiteral("91") + QLatin1String(kDivisions.at(city));
        for (int i = 0; i < 9; ++i)
            code += alphabet.at(qsizetype(m_rng.bounded(quint32(alphabet.size()))));
        o.creditCode = code + CreditCode::checkCharacter(code);
        o.address
            = text(kCities.at(city)) + QStringLiteral("市示例区%1路%2号").arg(text(pick(kBrands))).arg(between(1, 999));
        o.legalRepresentative = text(pick(kPersons));
        o.contact = { text(pick(kPersons)), QStringLiteral("合规经理"),
            QStringLiteral("0%1-5555 %2").arg(between(10, 99)).arg(between(1000, 9999)),
            QStringLiteral("compliance%1@example.cn").arg(m_organisations.size() + 1) };
        o.responsiblePerson = { text(pick(kPersons)), QStringLiteral("个人信息保护负责人"),
            QStringLiteral("0%1-5555 %2").arg(between(10, 99)).arg(between(1000, 9999)),
            QStringLiteral("dpo%1@example.cn").arg(m_organisations.size() + 1) };
        // The contact files; no identity number is made up (the forms leave it to be filled in).
        o.handlingPerson = { o.contact.name, QStringLiteral("居民身份证"), QString(), o.contact.phone };
        if (m_organisations.size() >= 200)
            m_organisations.removeFirst();
        m_organisations.append(o);
        return o;
    }

    void facts(CaseFacts& f, const Kind& kind, const Organisation& o)
    {
        const QString brand = o.name.mid(2, 2);
        f.name = brand + text(kind.site) + text(kind.system);
        if (chance(0.3))
            f.name += QStringLiteral("（%1期）").arg(between(2, 4));
        f.description = QStringLiteral("%1在%2部署%3，用于%4。")
                            .arg(o.name, text(kind.site), text(kind.system), text(pick(kSentences)).chopped(1));
        const int places = between(1, 4);
        for (int i = 0; i < places; ++i)
            f.places.append(brand + text(kind.site) + QStringLiteral("%1号入口").arg(i + 1));
        f.placeKind = kind.kind;
        f.publicPlace = kind.publicPlace && chance(0.9);
        f.purposes = { QStringLiteral("核验身份后%1").arg(text(kind.system)) };
        if (chance(0.4))
            f.purposes.append(QStringLiteral("访客临时通行登记"));
        f.methods.append(Method::Verification);
        if (chance(0.45))
            f.methods.append(Method::Identification);
        if (chance(0.04))
            f.methods.append(Method::RemoteFrictionless);
        const QString vendor = text(pick(kBrands)) + QStringLiteral("智能科技有限公司");
        f.equipment = { { QStringLiteral("人脸识别终端"), QStringLiteral("FR-%1").arg(between(100, 900)), vendor,
            between(1, 40) } };
        if (chance(0.5))
            f.equipment.append(
                { QStringLiteral("比对服务器"), QStringLiteral("SRV-%1").arg(between(1, 9)), vendor, 1 });
        f.vendors = { vendor + QStringLiteral("（算法与设备）") };
        // From a few dozen people to a few hundred thousand, most in the hundreds to tens of thousands.
        f.storedPeople = qint64(std::pow(10.0, 1.5 + real() * 3.9));
        f.minorsUnder14 = kind.kind == PlaceKind::School || chance(0.08);
        f.originalImagesStored = chance(0.15);
        f.storageLocation
            = chance(0.7) ? QStringLiteral("本地机房服务器，不上传云端") : QStringLiteral("境内云服务器，加密存储");
        f.storagePeriod = QStringLiteral("终止服务后 %1 日内删除").arg(between(1, 6) * 15);
        f.anonymization = f.originalImagesStored ? QStringLiteral("原始图像加密存储，特征值与身份信息分离")
                                                 : QStringLiteral("仅保存特征值，不保存原始图像");
    }

    Answer answerTo(const Question& q, bool full)
    {
        Answer a;
        a.questionId = q.id;
        switch (q.type) {
        case AnswerType::YesNo:
            a.value = chance(0.85) ? QStringLiteral("yes") : QStringLiteral("no");
            break;
        case AnswerType::YesNoNa:
            a.value = chance(0.7) ? QStringLiteral("yes") : chance(0.5) ? QStringLiteral("no") : QStringLiteral("na");
            break;
        case AnswerType::Choice:
            a.value = q.options.isEmpty() ? QJsonValue(QStringLiteral("other")) : QJsonValue(pick(q.options).key);
            break;
        case AnswerType::MultiChoice: {
            QJsonArray values;
            for (const Option& o : q.options) {
                if (chance(0.4))
                    values.append(o.key);
            }
            if (values.isEmpty() && !q.options.isEmpty())
                values.append(q.options.first().key);
            // An exclusive option ("none") stands alone: with others chosen it is dropped.
            if (values.size() > 1) {
                for (const Option& o : q.options) {
                    for (qsizetype i = values.size() - 1; o.exclusive && i >= 0; --i) {
                        if (values.at(i).toString() == o.key)
                            values.removeAt(i);
                    }
                }
            }
            a.value = values;
            break;
        }
        case AnswerType::Number: {
            const double low = q.min.value_or(0);
            const double high = q.max.value_or(low + 1000);
            a.value = high - low <= 1 ? std::round((low + real() * (high - low)) * 100) / 100
                                      : std::round(low + real() * (high - low));
            break;
        }
        case AnswerType::Date:
            a.value = m_today.addDays(-between(30, 400)).toString(Qt::ISODate);
            break;
        case AnswerType::Text: {
            QString s = text(pick(kSentences));
            if (full && chance(0.5))
                s += text(pick(kSentences));
            a.value = s;
            break;
        }
        }
        // Most answers of a finished assessment are sound; an adverse finding now and then is what assessments find.
        if (full && isAdverse(q, a.value) && chance(0.8))
            a.value = soundValue(q, {}, {}, a.value);
        if (chance(full ? 0.3 : 0.1))
            a.justification = text(pick(kSentences));
        return a;
    }

    /** Whether \a value is one of the answers the rule set calls an adverse finding for \a q. */
    static bool isAdverse(const Question& q, const QJsonValue& value)
    {
        struct Own : ConditionContext
        {
            const Question& q;
            const QJsonValue& v;
            Own(const Question& question, const QJsonValue& value)
                : q(question)
                , v(value)
            {
            }
            QJsonValue value(ConditionTerm::Source source, const QString& name) const override
            {
                return source == ConditionTerm::Source::Answer && name == q.id ? v : QJsonValue(QJsonValue::Undefined);
            }
        } context(q, value);
        return std::any_of(q.adverse.cbegin(), q.adverse.cend(),
            [&](const AdverseFinding& f) { return f.when && f.when->evaluate(context); });
    }

    /**
     * The first answer to \a q that is sound for \a version of a case with \a facts (Engine::isSoundAnswer), \a
     * current when it already is; answers are tried in the question's order, with no randomness.
     */
    QJsonValue soundValue(
        const Question& q, const CaseFacts& facts, const AssessmentVersion& version, const QJsonValue& current)
    {
        QList<QJsonValue> candidates;
        if (!current.isUndefined() && !current.isNull())
            candidates.append(current);
        switch (q.type) {
        case AnswerType::YesNo:
        case AnswerType::YesNoNa:
        case AnswerType::Choice:
            for (const QString& v : q.allowedValues())
                candidates.append(v);
            break;
        case AnswerType::MultiChoice:
            for (const QString& v : q.allowedValues())
                candidates.append(QJsonArray { v });
            break;
        case AnswerType::Number:
            for (double v : { 0.01, 0.1, 1.0, 30.0 }) {
                if ((!q.min || v >= *q.min) && (!q.max || v <= *q.max))
                    candidates.append(v);
            }
            break;
        case AnswerType::Date:
            candidates.append(m_today.addDays(-90).toString(Qt::ISODate));
            break;
        case AnswerType::Text:
            candidates.append(text(kSentences.at(0)));
            break;
        }
        for (const QJsonValue& c : std::as_const(candidates)) {
            if (!isAdverse(q, c) && (version.answers.isEmpty() || Engine::isSoundAnswer(m_rules, facts, version, q, c)))
                return c;
        }
        return candidates.isEmpty() ? current : candidates.first();
    }

    /**
     * Makes finalized version \a v what a sound assessment of \a facts looks like, as the engine would have
     * required before finalizing it: every question shown is answered; no prohibited practice stands; a section
     * with an adverse finding is not concluded "meets"; evidence is given where asked; every condition says how
     * it is met; a residual risk above the acceptable level is accepted by the person responsible.
     */
    void makeSound(CaseBundle& b, AssessmentVersion& v)
    {
        const CaseFacts& facts = b.caseInfo.facts;
        const auto put = [&v](const Answer& answer) {
            for (Answer& a : v.answers) {
                if (a.questionId == answer.questionId) {
                    a.value = answer.value;
                    if (a.justification.isEmpty())
                        a.justification = answer.justification;
                    return;
                }
            }
            v.answers.append(answer);
        };
        for (int pass = 0; pass < 4; ++pass) {
            const Engine engine(m_rules, facts, v);
            QList<const Question*> redo;
            for (const Question* q : std::as_const(m_questions)) {
                if (engine.isVisible(*q) && engine.answerValue(q->id).isUndefined())
                    redo.append(q);
            }
            for (const RaisedFlag& f : engine.redFlags()) {
                if (!f.isProhibited())
                    continue;
                for (const ConditionTerm& t : f.causes) {
                    const Question* q = t.source == ConditionTerm::Source::Answer ? m_rules.question(t.name) : nullptr;
                    if (q && !q->isFact() && !redo.contains(q))
                        redo.append(q);
                }
            }
            if (redo.isEmpty())
                break;
            for (const Question* q : std::as_const(redo)) {
                const Answer* a = v.answer(q->id);
                put({ q->id, soundValue(*q, facts, v, a ? a->value : QJsonValue()), QString(), {} });
            }
        }
        const Engine engine(m_rules, facts, v);
        // Evidence where the rule set asks for it: a document where it must be one, else the officer's account.
        const QDate day = v.signedOffOn.isValid() ? v.signedOffOn : v.finalizedAt.date();
        QString binder;
        for (Answer& a : v.answers) {
            const Question* q = m_rules.question(a.questionId);
            if (!q || !engine.isVisible(*q) || !engine.needsEvidence(*q, a.value))
                continue;
            const bool attached = !a.evidence.isEmpty();
            const bool written = !a.justification.trimmed().isEmpty();
            if (q->evidence->accepts == EvidenceKind::Attachment          ? attached
                    : q->evidence->accepts == EvidenceKind::Justification ? written
                                                                          : attached || written)
                continue;
            if (q->evidence->accepts == EvidenceKind::Attachment) {
                if (binder.isEmpty()) { // one file of the version's supporting documents, cited wherever needed
                    addAttachment(b, v.uuid, QString(), day);
                    binder = b.attachments.last().uuid;
                }
                a.evidence.append(binder);
            } else {
                a.justification = text(kSentences.at(size_t(qHash(a.questionId, 0)) % kSentences.size()));
            }
        }
        for (const RaisedFlag& f : engine.redFlags()) {
            if (!f.isProhibited() && !f.isAddressed())
                put({ f.rule->justificationId(), QJsonValue(),
                    QStringLiteral("已在个人信息处理规则和现场告知中落实，见相关制度文件。"), {} });
        }
        const QList<Inconsistency> inconsistencies = engine.inconsistencies();
        for (const Section& s : m_rules.sections) {
            if (std::none_of(inconsistencies.cbegin(), inconsistencies.cend(),
                    [&](const Inconsistency& i) { return i.section == s.id; }))
                continue;
            Answer conclusion
                = v.answer(s.conclusionId()) ? *v.answer(s.conclusionId()) : Answer { s.conclusionId(), {}, {}, {} };
            conclusion.value = m_rules.conclusions.value(1).key; // partly meets: the findings are stated
            conclusion.justification = QStringLiteral("存在不利发现，已列入整改计划。") + conclusion.justification;
            put(conclusion);
        }
        const RiskSummary risks = Engine(m_rules, facts, v).risks();
        if (risks.needsAcceptance() && !RiskAcceptance::from(v).isComplete())
            put({ RiskAcceptance::answerId(),
                QJsonObject { { QStringLiteral("by"), b.organisation.responsiblePerson.name },
                    { QStringLiteral("on"), day.toString(Qt::ISODate) } },
                QStringLiteral("残余风险与业务必要性相称，整改措施按计划推进，由个人信息保护负责人接受。"), {} });
        if (!m_rules.assessmentMethods.isEmpty() && !v.answer(AssessmentMethod::answerId())) {
            QJsonArray methods;
            for (const ScaleEntry& e : m_rules.assessmentMethods)
                methods.append(e.key);
            put({ AssessmentMethod::answerId(), methods,
                QStringLiteral("评估小组由法务部和信息安全部人员组成，独立于门禁系统的建设和运营部门。"), {} });
        }
        if (!m_rules.dataMapFields.isEmpty() && v.activities.isEmpty())
            v.activities.append(activity(0));
        std::sort(v.answers.begin(), v.answers.end(),
            [](const Answer& x, const Answer& y) { return x.questionId < y.questionId; });
    }

    ProcessingActivity activity(size_t which)
    {
        ProcessingActivity a;
        a.uuid = uuid();
        const auto& texts = kActivities.at(which % kActivities.size());
        for (qsizetype i = 0; i < activityFields().size(); ++i)
            a.*activityFields().at(i).member = text(texts.at(size_t(i)));
        return a;
    }

    Answer conclusion(const Section& s)
    {
        Answer a;
        a.questionId = s.conclusionId();
        a.value = chance(0.8) ? m_rules.conclusions.value(0).key : m_rules.conclusions.value(1).key;
        a.justification = text(pick(kSentences));
        return a;
    }

    Risk risk()
    {
        Risk r;
        r.uuid = uuid();
        const RiskText& t = pick(kRisks);
        r.title = text(t.title);
        r.description = text(t.description);
        if (scaleIndex(m_rules.risk.sources, QLatin1String(t.source)) >= 0) {
            r.source = QLatin1String(t.source);
            r.likelihoodBasis = text(t.basis);
        }
        r.impactKinds = { ImpactKind(m_rng.bounded(4)) };
        r.impact = ImpactLevel(m_rng.bounded(4));
        r.likelihood = Likelihood(m_rng.bounded(4));
        r.residualImpact = ImpactLevel(std::min(int(r.impact), int(m_rng.bounded(3))));
        r.residualLikelihood = Likelihood(std::min(int(r.likelihood), int(m_rng.bounded(2))));
        return r;
    }

    Measure measure(const QString& riskUuid)
    {
        Measure m;
        m.uuid = uuid();
        m.riskUuid = riskUuid;
        m.description = text(pick(kMeasures));
        m.owner = text(pick(kOwners));
        m.dueDate = m_today.addDays(between(-400, 120));
        m.status = m.dueDate < m_today ? (chance(0.9) ? MeasureStatus::Done : MeasureStatus::InProgress)
                                       : (chance(0.5) ? MeasureStatus::InProgress : MeasureStatus::Planned);
        return m;
    }

    AssessmentVersion& addVersion(CaseBundle& b, TriggerKind trigger, const QDate& triggerDate, AssessmentState state,
        double answered, const QDate& finalizedOn = QDate())
    {
        AssessmentVersion v;
        v.uuid = uuid();
        v.number = int(b.assessments.size()) + 1;
        v.trigger = trigger;
        v.triggerDate = triggerDate;
        if (trigger != TriggerKind::Initial)
            v.triggerDescription = text(pick(triggerTexts(trigger)));
        else
            v.triggerDescription = QStringLiteral("系统上线前评估");
        v.state = state;
        for (const Question* q : std::as_const(m_questions)) {
            if (chance(answered))
                v.answers.append(answerTo(*q, state != AssessmentState::Draft));
        }
        if (answered > 0.5) {
            for (const Section& s : m_rules.sections)
                v.answers.append(conclusion(s));
        }
        std::sort(v.answers.begin(), v.answers.end(),
            [](const Answer& x, const Answer& y) { return x.questionId < y.questionId; });
        const int risks = answered > 0.5 ? between(2, 8) : between(0, 3);
        for (int i = 0; i < risks; ++i)
            v.risks.append(risk());
        for (const Risk& r : std::as_const(v.risks)) {
            const int measures = between(1, 3);
            for (int i = 0; i < measures; ++i)
                v.measures.append(measure(r.uuid));
        }
        v.createdAt = at(triggerDate);
        v.updatedAt = v.createdAt;
        b.assessments.append(v);
        AssessmentVersion& added = b.assessments.last();
        if (state == AssessmentState::Finalized) {
            added.assessor = text(pick(kPersons));
            do
                added.reviewer = text(pick(kPersons));
            while (added.reviewer == added.assessor); // nobody reviews their own assessment
            added.signedOffBy = b.organisation.responsiblePerson.name;
            added.signedOffOn = finalizedOn;
            if (chance(0.5)) {
                const Question* q = m_questions.at(qsizetype(m_rng.bounded(quint32(m_questions.size()))));
                addAttachment(b, added.uuid, q->id, finalizedOn);
                for (Answer& a : added.answers) {
                    if (a.questionId == q->id)
                        a.evidence.append(b.attachments.last().uuid);
                }
            }
            finish(b, added, finalizedOn);
        }
        return added;
    }

    /** Marks \a v finalized on \a day; the earlier finalized version is superseded. The hash comes in sealFinalized. */
    void finish(CaseBundle& b, AssessmentVersion& v, const QDate& day)
    {
        for (AssessmentVersion& other : b.assessments) {
            if (other.state == AssessmentState::Finalized && other.uuid != v.uuid)
                other.state = AssessmentState::Superseded;
        }
        v.state = AssessmentState::Finalized;
        v.finalizedAt = QDateTime(day, QTime(9, 30), Qt::UTC);
        v.retainUntil = Retention::periodEnd(day, m_rules.retentionYears);
        v.ruleSetId = m_rules.id;
        v.ruleSetVersion = m_rules.version;
        v.updatedAt = v.finalizedAt;
    }

    /** The record and content hash of every finalized version, once its evidence is attached. */
    void sealFinalized(CaseBundle& b)
    {
        for (AssessmentVersion& v : b.assessments) {
            if (!v.isFinal())
                continue;
            makeSound(b, v);
            v.record = RecordSnapshot { b.organisation, b.caseInfo.facts };
            QList<Attachment> evidence;
            for (const Attachment& a : std::as_const(b.attachments)) {
                if (a.assessmentUuid == v.uuid)
                    evidence.append(a);
            }
            v.contentHash = ContentHash::compute(v, b.caseInfo.uuid, evidence);
        }
    }

    void addAttachment(CaseBundle& b, const QString& assessmentUuid, const QString& material, const QDate& day)
    {
        const PoolFile& f = pick(m_pool);
        Attachment a;
        a.uuid = uuid();
        a.assessmentUuid = assessmentUuid;
        a.material = material;
        a.name = f.baseName + QStringLiteral("-%1").arg(b.attachments.size() + 1) + f.suffix;
        a.mediaType = f.mediaType;
        a.data = f.data;
        a.size = f.data.size();
        a.sha256 = f.sha256;
        a.createdAt = at(day);
        b.attachments.append(a);
    }

    FilingRecord filing(FilingKind kind, const QDate& trigger, const QDate& submitted, const Organisation& o)
    {
        FilingRecord r;
        r.uuid = uuid();
        r.kind = kind;
        r.triggerDate = trigger;
        r.submittedOn = submitted;
        r.authority = m_rules.filing.provinces.isEmpty()
            ? o.address.left(2) + QStringLiteral("市互联网信息办公室")
            : FilingAuthority::nameFor(m_rules.filing, o, Language::Chinese);
        if (submitted.isValid())
            r.referenceNumber = QStringLiteral("RLSB-%1-%2").arg(submitted.year()).arg(between(10000, 99999));
        for (const FilingMaterial& m : m_rules.filing.materials)
            r.materials.insert(m.id,
                submitted.isValid() ? MaterialStatus::Submitted
                                    : MaterialStatus(m_rng.bounded(quint32(int(MaterialStatus::Ready) + 1))));
        r.createdAt = at(trigger);
        r.updatedAt = submitted.isValid() ? at(submitted) : r.createdAt;
        return r;
    }

    void filings(CaseBundle& b)
    {
        const CaseFacts& f = b.caseInfo.facts;
        const bool required = Engine::filingObligation(m_rules, f).required;
        const QDate from = m_rules.filing.clock == FilingClock::ThresholdReached ? f.thresholdReachedOn : f.startOfUse;
        if (!required || f.status == CaseStatus::Planned || !from.isValid())
            return;
        // Most file in time, some late, some not yet.
        QDate submitted;
        const double r = real();
        if (r < 0.8)
            submitted = from.addDays(between(5, 40));
        else if (r < 0.9)
            submitted = from.addDays(between(45, 120));
        if (submitted.isValid() && submitted > m_today)
            submitted = QDate();
        b.filings.append(filing(FilingKind::Initial, from, submitted, b.organisation));
        if (!submitted.isValid())
            return;
        for (const AssessmentVersion& v : std::as_const(b.assessments)) {
            if ((v.trigger == TriggerKind::PurposeChanged || v.trigger == TriggerKind::MethodsChanged)
                && v.triggerDate > submitted && chance(0.8)) {
                QDate on = v.triggerDate.addDays(between(3, 35));
                b.filings.append(
                    filing(FilingKind::Modification, v.triggerDate, on < m_today ? on : QDate(), b.organisation));
            }
        }
        if (f.endOfUse.isValid() && chance(0.7)) {
            const QDate on = f.endOfUse.addDays(between(3, 45));
            b.filings.append(
                filing(FilingKind::Deregistration, f.endOfUse, on < m_today ? on : QDate(), b.organisation));
        }
    }

    static QDateTime latestUpdate(const CaseBundle& b)
    {
        QDateTime latest = b.caseInfo.createdAt;
        for (const AssessmentVersion& v : b.assessments)
            latest = std::max(latest, v.updatedAt);
        for (const FilingRecord& f : b.filings)
            latest = std::max(latest, f.updatedAt);
        return latest;
    }

    const RuleSet& m_rules;
    QRandomGenerator m_rng;
    QDate m_today;
    QList<PoolFile> m_pool;
    QList<const Question*> m_questions;
    QList<Organisation> m_organisations;
};

} // namespace

bool DemoCases::generate(CaseStore& store, const RuleSet& rules, const DemoOptions& options,
    const std::function<bool(int, int)>& progress, QString* error)
{
    if (options.cases < 1 || options.cases > kMaxCases) {
        *error = tr("The number of demo cases must be from 1 to %1.").arg(kMaxCases);
        return false;
    }
    if (!options.today.isValid()) {
        *error = tr("The demo cases need a valid date to be built around.");
        return false;
    }
    Generator generator(rules, options.seed, options.today);
    std::optional<Generator> legacy;
    if (options.legacyRules && options.legacyRules != &rules)
        legacy.emplace(*options.legacyRules, options.seed ^ 0x9e3779b9U, options.today);
    const int batch = std::max(1, options.batch);
    for (int done = 0; done < options.cases;) {
        const int count = std::min(batch, options.cases - done);
        QList<CaseBundle> bundles;
        bundles.reserve(count);
        for (int i = 0; i < count; ++i)
            bundles.append(done + i == 0 && options.largeFirst ? generator.large()
                    : legacy && (done + i) % 5 == 4            ? legacy->next()
                                                               : generator.next());
        if (!store.importCases(bundles, nullptr)) {
            *error = store.errorString();
            return false;
        }
        done += count;
        if (progress && !progress(done, options.cases))
            break;
    }
    return true;
}

CaseBundle DemoCases::largeCase(const RuleSet& rules, quint32 seed, const QDate& today)
{
    return Generator(rules, seed, today).large();
}

const RuleSet* DemoCases::rulesInForce(const RuleSetLibrary& library, DemoOptions* options)
{
    // The law in force, with one case in five still under the draft it superseded (never re-assessed).
    const RuleSet* draft = library.defaultRuleSet();
    if (draft && draft->supersededBy) {
        if (const RuleSet* inForce = library.find(draft->supersededBy->ruleSetId)) {
            options->legacyRules = draft;
            return inForce;
        }
    }
    return draft;
}

} // namespace piadesk

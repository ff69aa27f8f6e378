// The 2025 Measures (CAC/MPS Order No. 19) as the second rule set: its red flags, its filing threshold and
// authority, its deadlines (counted from the day the threshold was reached, the CAC's transitional date), the
// research exclusion, and a draft case re-assessed under it with its old versions untouched.
#include "TestSupport.h"

#include "calendar/CalendarLoader.h"
#include "core/Clock.h"
#include "core/ContentHash.h"
#include "deadlines/DeadlinePlanner.h"
#include "exchange/CaseExchange.h"
#include "rules/Engine.h"
#include "rules/FilingAuthority.h"
#include "rules/RuleSetLibrary.h"
#include "session/FilingTracker.h"
#include "session/RiskPlanModels.h"
#include "session/Workspace.h"
#include "store/CaseStore.h"
#include "workflow/Workflow.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace piadesk;

namespace {

const QString kMeasures = QStringLiteral("cn-cac-frt-2025-measures");
const QString kDraft = QStringLiteral("cn-cac-frt-2023-draft");

QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

void setAnswer(AssessmentVersion& v, const QString& id, const QJsonValue& value)
{
    for (Answer& a : v.answers) {
        if (a.questionId == id) {
            a.value = value;
            return;
        }
    }
    Answer a;
    a.questionId = id;
    a.value = value;
    v.answers.append(a);
}

QJsonValue json(const QString& text)
{
    // "yes", "no", an option key, or a JSON list such as ["a","b"].
    if (text.startsWith(QLatin1Char('[')))
        return QJsonDocument::fromJson(text.toUtf8()).array();
    return text;
}

const RaisedFlag* findFlag(const CheckResult& r, const QString& id)
{
    for (const RaisedFlag& f : r.flags) {
        if (f.rule->id == id)
            return &f;
    }
    return nullptr;
}

std::optional<Deadline> find(const QList<Deadline>& list, DeadlineKind kind)
{
    for (const Deadline& x : list) {
        if (x.kind == kind)
            return x;
    }
    return std::nullopt;
}

CaseFacts gateFacts()
{
    CaseFacts f;
    f.name = QStringLiteral("园区门禁");
    f.placeKind = PlaceKind::Office;
    f.methods = { Method::Verification };
    f.storedPeople = 3000;
    f.status = CaseStatus::InUse;
    f.startOfUse = d("2025-09-26");
    return f;
}

} // namespace

class TestMeasures : public QObject
{
    Q_OBJECT

private:
    RuleSetLibrary m_library = RuleSetLibrary::builtIn();
    WorkCalendar m_calendar = CalendarLibrary::builtIn();

    const RuleSet& measures() const { return *m_library.find(kMeasures); }
    const RuleSet& draft() const { return *m_library.find(kDraft); }

    QList<Deadline> plan(const RuleSet& rules, const CaseBundle& b, const QDate& today) const
    {
        return DeadlinePlanner(rules, m_calendar, { today, 10 }).plan(b);
    }

private Q_SLOTS:
    void theRuleSetIsTheLawInForce()
    {
        QVERIFY(m_library.find(kMeasures));
        const RuleSet& m = measures();
        QCOMPARE(m.status, RuleSetStatus::InForce);
        QCOMPARE(m.effective, d("2025-06-01"));
        QCOMPARE(m.sections.size(), 4); // the four items of Art. 9
        QCOMPARE(m.yearlyReviewMonths, 0); // no yearly equipment test in the Measures
        QCOMPARE(m.cite(m.filing.articles, Language::English), QStringLiteral("Art. 15"));
        QCOMPARE(m.cite(m.filing.articles, Language::Chinese).contains(QStringLiteral("第十五条")), true);
        QCOMPARE(m.processorTerm.text(Language::Chinese), QStringLiteral("个人信息处理者"));
        QCOMPARE(m.filing.authorityLevel, QStringLiteral("province"));
        QCOMPARE(m.filing.provinces.size(), 31);
        QCOMPARE(m.filing.initialDays, 30);
        QCOMPARE(m.filing.modificationDays, 30);
        QCOMPARE(m.filing.deregistrationDays, 30);
        QCOMPARE(m.filing.materials.size(), 5);
        QCOMPARE(m.filing.uploads.size(), 8);
        QVERIFY(m.filing.deregistrationDisposal);
        // The draft-only duties are not there.
        for (const char* gone : { "art11_sensitive_analysis", "art10_remote_purpose", "art19_yearly_testing" })
            QVERIFY2(!m.redFlag(QLatin1String(gone)), gone);
        QVERIFY(!m.reassessmentTrigger(TriggerKind::YearlyReview));
        QVERIFY(m.reassessmentTrigger(TriggerKind::LegalBasisChanged));
        // The draft says what replaced it.
        QVERIFY(draft().supersededBy);
        QCOMPARE(draft().supersededBy->ruleSetId, kMeasures);
        QCOMPARE(draft().supersededBy->on, d("2025-06-01"));
        QCOMPARE(draft().processorTerm.text(Language::Chinese), QStringLiteral("人脸识别技术使用者"));
    }

    void filingThreshold_data()
    {
        QTest::addColumn<QString>("ruleSet");
        QTest::addColumn<qint64>("stored");
        QTest::addColumn<bool>("publicPlace");
        QTest::addColumn<bool>("required");
        QTest::newRow("measures 99,999") << kMeasures << qint64(99999) << false << false;
        QTest::newRow("measures 99,999 public place") << kMeasures << qint64(99999) << true << false;
        QTest::newRow("measures 100,000") << kMeasures << qint64(100000) << false << true;
        QTest::newRow("measures 100,000 public place") << kMeasures << qint64(100000) << true << true;
        QTest::newRow("measures 56,000 public place (the demo estate)") << kMeasures << qint64(56000) << true << false;
        QTest::newRow("draft 10,000") << kDraft << qint64(10000) << false << false;
        QTest::newRow("draft 10,001") << kDraft << qint64(10001) << false << true;
        QTest::newRow("draft 3,000 public place") << kDraft << qint64(3000) << true << true;
    }

    void filingThreshold()
    {
        QFETCH(QString, ruleSet);
        QFETCH(qint64, stored);
        QFETCH(bool, publicPlace);
        QFETCH(bool, required);
        CaseFacts f = gateFacts();
        f.storedPeople = stored;
        f.publicPlace = publicPlace;
        const RuleSet& rules = *m_library.find(ruleSet);
        const FilingObligation o = Engine::filingObligation(rules, f);
        QCOMPARE(o.required, required);
        const QString why = Engine::explain(rules, o, Language::English);
        QVERIFY2(why.contains(rules.cite(rules.filing.articles, Language::English)), qPrintable(why));
        if (ruleSet == kMeasures) {
            QVERIFY2(!why.contains(QLatin1String("public place")), qPrintable(why));
            QVERIFY2(why.contains(QLatin1String("at least 100,000")), qPrintable(why));
        }
    }

    void initialFilingCountedFromTheDayTheThresholdWasReached_data()
    {
        QTest::addColumn<QDate>("reached");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<int>("basis");
        // The day the Measures took effect: 30 working days, skipping the Dragon Boat holiday (2 June), is
        // 14 July — the date the CAC's announcement named.
        QTest::newRow("on 2025-06-01") << d("2025-06-01") << d("2025-07-14") << int(DeadlineBasis::ThresholdReached);
        QTest::newRow("before: the transitional date")
            << d("2025-05-20") << d("2025-07-14") << int(DeadlineBasis::Transitional);
        QTest::newRow("long before: the transitional date")
            << d("2023-01-09") << d("2025-07-14") << int(DeadlineBasis::Transitional);
        // Across the 2025 National Day holiday and its two make-up working days.
        QTest::newRow("2025-09-26") << d("2025-09-26") << d("2025-11-13") << int(DeadlineBasis::ThresholdReached);
    }

    void initialFilingCountedFromTheDayTheThresholdWasReached()
    {
        QFETCH(QDate, reached);
        QFETCH(QDate, due);
        QFETCH(int, basis);
        CaseBundle b;
        b.caseInfo.id = 1;
        b.caseInfo.facts = gateFacts();
        b.caseInfo.facts.startOfUse = d("2022-03-01"); // not what the Measures count from
        b.caseInfo.facts.storedPeople = 120000;
        b.caseInfo.facts.thresholdReachedOn = reached;
        const auto filing = find(plan(measures(), b, d("2025-05-01")), DeadlineKind::InitialFiling);
        QVERIFY(filing);
        QCOMPARE(filing->due, due);
        QCOMPARE(int(filing->basis), basis);
        const DeadlinePlanner planner(measures(), m_calendar, { d("2025-05-01"), 10 });
        const QString why = planner.explain(*filing, Language::English);
        if (basis == int(DeadlineBasis::Transitional)) {
            QVERIFY2(why.contains(QLatin1String("14 July 2025")) && why.contains(QLatin1String("1 June 2025")),
                qPrintable(why));
        } else {
            QCOMPARE(filing->workingDays, 30);
            QVERIFY2(why.contains(QLatin1String("reached the threshold")), qPrintable(why));
        }
    }

    void initialFilingWithoutTheDayIsUnscheduled()
    {
        CaseBundle b;
        b.caseInfo.facts = gateFacts();
        b.caseInfo.facts.storedPeople = 150000;
        const auto filing = find(plan(measures(), b, d("2026-03-02")), DeadlineKind::InitialFiling);
        QVERIFY(filing);
        QCOMPARE(filing->state, DeadlineState::Unscheduled);
        QVERIFY2(DeadlinePlanner::missing(*filing).contains(QLatin1String("reached the threshold")),
            qPrintable(DeadlinePlanner::missing(*filing)));
        // The draft counts from the start of use.
        const auto underDraft = find(plan(draft(), b, d("2026-03-02")), DeadlineKind::InitialFiling);
        QCOMPARE(underDraft->basis, DeadlineBasis::StartOfUse);
    }

    void theTrackerRecordsTheInitialFilingUnderTheMeasures()
    {
        // Recorded in the filing tracker: counted from the day the threshold was reached (not the start of use),
        // due on the transitional day for a count reached before 2025-06-01, with the materials and the eight
        // uploads each to be given a status.
        QTemporaryDir dir;
        FixedClock clock(QDate(2025, 6, 10));
        auto store = TestSupport::openStore(dir, QStringLiteral("cases.piadesk"), &clock);
        QVERIFY(store);
        Organisation o;
        o.name = QStringLiteral("某物业服务有限公司");
        o.creditCode = TestSupport::validCreditCode(QStringLiteral("91440300MA5F0XXX1"));
        QVERIFY2(store->saveOrganisation(o), qPrintable(store->errorString()));
        CaseFacts facts = gateFacts();
        facts.startOfUse = d("2022-03-01");
        facts.storedPeople = 120000;
        Case c;
        QVERIFY2(store->createCase(o.id, facts, &c, kMeasures), qPrintable(store->errorString()));

        FilingTracker tracker(*store, measures(), m_calendar, clock.today());
        QCOMPARE(tracker.initialClockStart(facts), QDate());
        QVERIFY(!tracker.recordInitial(c.id, QDate()));
        QVERIFY2(tracker.errorString().contains(QLatin1String("reached the filing threshold")),
            qPrintable(tracker.errorString()));

        facts.thresholdReachedOn = d("2025-05-20");
        QVERIFY(store->updateCaseFacts(c.id, facts));
        FilingRecord created;
        QVERIFY2(tracker.recordInitial(c.id, QDate(), &created), qPrintable(tracker.errorString()));
        QCOMPARE(created.triggerDate, d("2025-05-20"));
        QCOMPARE(created.dueDate, d("2025-07-14"));
        QVERIFY2(created.authority.contains(QStringLiteral("广东省")), qPrintable(created.authority));
        QCOMPARE(created.materials.size(), measures().filing.materials.size() + measures().filing.uploads.size());
        for (const FilingUpload& u : measures().filing.uploads)
            QCOMPARE(created.materialStatus(u.id, 0), MaterialStatus::Missing);

        // The planner agrees once the filing is recorded: still the transitional day, not 30 working days on.
        CaseBundle b;
        QVERIFY(store->loadCase(c.id, &b));
        const auto filing = find(plan(measures(), b, clock.today()), DeadlineKind::InitialFiling);
        QVERIFY(filing);
        QCOMPARE(filing->due, d("2025-07-14"));
        QCOMPARE(filing->basis, DeadlineBasis::Transitional);

        // An upload's status is kept with the filing.
        FilingRecord f = b.filings.constFirst();
        f.materials.insert(QStringLiteral("undertaking"), MaterialStatus::Ready);
        QVERIFY2(tracker.update(f), qPrintable(tracker.errorString()));
        QVERIFY(store->loadCase(c.id, &b));
        QCOMPARE(b.filings.constFirst().materialStatus(QStringLiteral("undertaking"), 0), MaterialStatus::Ready);
        QCOMPARE(b.filings.constFirst().dueDate, d("2025-07-14"));
    }

    void changeFilingIn30WorkingDays()
    {
        CaseBundle b;
        b.caseInfo.facts = gateFacts();
        b.caseInfo.facts.storedPeople = 150000;
        b.caseInfo.facts.thresholdReachedOn = d("2025-06-01");
        FilingRecord initial;
        initial.kind = FilingKind::Initial;
        initial.submittedOn = d("2025-07-01");
        FilingRecord change;
        change.kind = FilingKind::Modification;
        change.triggerDate = d("2025-09-26");
        b.filings = { initial, change };
        const auto m = find(plan(measures(), b, d("2025-10-09")), DeadlineKind::ModificationFiling);
        QVERIFY(m);
        QCOMPARE(m->workingDays, 30);
        QCOMPARE(m->due, d("2025-11-13"));
        const auto underDraft = find(plan(draft(), b, d("2025-10-09")), DeadlineKind::ModificationFiling);
        QCOMPARE(underDraft->workingDays, 20);
    }

    void theProvincialAdministrationIsNamed_data()
    {
        QTest::addColumn<QString>("creditCode");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("authority");
        QTest::addColumn<int>("source");
        QTest::newRow("credit code of Hangzhou")
            << TestSupport::validCreditCode(QStringLiteral("91330106MA27XY123")) << QStringLiteral("上海市浦东新区")
            << QStringLiteral("浙江省互联网信息办公室") << int(FilingAuthority::Source::CreditCode);
        QTest::newRow("address in Shenzhen")
            << QString() << QStringLiteral("广东省深圳市南山区科技园") << QStringLiteral("广东省互联网信息办公室")
            << int(FilingAuthority::Source::Address);
        QTest::newRow("national registration, address in Beijing")
            << TestSupport::validCreditCode(QStringLiteral("91100000MA27XY123")) << QStringLiteral("北京市海淀区中关村")
            << QStringLiteral("北京市互联网信息办公室") << int(FilingAuthority::Source::Address);
        QTest::newRow("a district named like a province is not the province")
            << QString() << QStringLiteral("天津市河北区") << QStringLiteral("天津市互联网信息办公室")
            << int(FilingAuthority::Source::Address);
        QTest::newRow("English address") << QString() << QStringLiteral("88 Renmin Road, Chengdu, Sichuan")
                                         << QStringLiteral("四川省互联网信息办公室")
                                         << int(FilingAuthority::Source::Address);
        QTest::newRow("nothing to go by")
            << QString() << QString() << QStringLiteral("所在地省级网信部门") << int(FilingAuthority::Source::Unknown);
    }

    void theProvincialAdministrationIsNamed()
    {
        QFETCH(QString, creditCode);
        QFETCH(QString, address);
        QFETCH(QString, authority);
        QFETCH(int, source);
        Organisation o;
        o.creditCode = creditCode;
        o.address = address;
        const FilingAuthority a = FilingAuthority::resolve(measures().filing, o);
        QCOMPARE(int(a.source), source);
        QCOMPARE(a.name(measures().filing, Language::Chinese), authority);
        // The draft names one authority for everyone.
        QCOMPARE(FilingAuthority::nameFor(draft().filing, o, Language::Chinese), QStringLiteral("地市级网信部门"));
    }

    void redFlags_data()
    {
        QTest::addColumn<QString>("flag");
        QTest::addColumn<bool>("publicPlace");
        QTest::addColumn<bool>("minors");
        QTest::addColumn<QStringList>("given"); ///< "question=value" set before, in both runs
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("raises");
        QTest::addColumn<QString>("quiet");
        const QStringList none;
        QTest::newRow("Art. 13 ¶2 device in a private space")
            << "art13_private_space" << true << false << none << "screen.private_place"
            << "yes"
            << "no";
        QTest::newRow("Art. 12 coercion")
            << "art12_misleading_coercion" << false << false << none << "screen.misleading_coercion"
            << "yes"
            << "no";
        QTest::newRow("Art. 10 the only method")
            << "art10_sole_method" << false << false
            << QStringList { QStringLiteral("screen.required_by_law=no"), QStringLiteral("screen.fr_only_method=yes") }
            << "screen.non_face_serves"
            << "yes"
            << "no";
        QTest::newRow("Art. 10 no alternative")
            << "art10_no_alternative" << false << false << QStringList { QStringLiteral("screen.required_by_law=no") }
            << "screen.alternative_offered"
            << "no"
            << "yes";
        QTest::newRow("Art. 8 off the device without a basis")
            << "art8_off_device_no_basis" << false << false << QStringList { QStringLiteral("screen.off_device=yes") }
            << "screen.off_device_basis"
            << "none"
            << "specific_consent";
        QTest::newRow("Art. 8 kept longer than necessary")
            << "art8_retention" << false << false << none << "screen.retention_longer"
            << "yes"
            << "no";
        QTest::newRow("Art. 6 no basis") << "art6_no_basis" << false << false << none << "screen.consent_basis"
                                         << "none"
                                         << "specific_consent";
        QTest::newRow("Art. 6 consent not separate")
            << "art6_consent_not_separate" << false << false
            << QStringList { QStringLiteral("screen.consent_basis=specific_consent") } << "legality.consent_separate"
            << "no"
            << "yes";
        QTest::newRow("Art. 6 no easy withdrawal")
            << "art6_withdrawal" << false << false
            << QStringList { QStringLiteral("screen.consent_basis=specific_consent") } << "screen.withdrawal_easy"
            << "no"
            << "yes";
        QTest::newRow("Art. 7 no guardian consent")
            << "art7_no_guardian_consent" << false << true
            << QStringList { QStringLiteral("screen.consent_basis=specific_consent") } << "legality.guardian_consent"
            << "no"
            << "yes";
        QTest::newRow("Art. 7 no special rules for children")
            << "art7_special_rules" << false << true << none << "legality.children_rules"
            << "no"
            << "yes";
        QTest::newRow("Art. 5 changes not notified")
            << "art5_notice_changes" << false << false << none << "rights_impact.notice_changes"
            << "no"
            << "yes";
        QTest::newRow("Art. 5 no accessible notice")
            << "art5_accessibility" << false << false << none << "rights_impact.accessible_notice"
            << "no"
            << "yes";
        QTest::newRow("Art. 13 ¶1 not needed for public security")
            << "art13_not_public_security" << true << false << none << "screen.public_security_necessary"
            << "no"
            << "yes";
        QTest::newRow("Art. 13 ¶1 no signs") << "art13_no_signs" << true << false << none << "screen.public_notice"
                                             << "no"
                                             << "yes";
        QTest::newRow("Art. 13 ¶1 collection area")
            << "art13_collection_area" << true << false << none << "screen.collection_area_determined"
            << "no"
            << "yes";
        QTest::newRow("Art. 14 no intrusion detection")
            << "art14_security_measures" << false << false << none << "protection.intrusion_detection"
            << "no"
            << "yes";
        QTest::newRow("Art. 14 MLPS not graded") << "art14_mlps" << false << false << none << "screen.mlps_level"
                                                 << "none_or_unknown"
                                                 << "level3";
    }

    /** Each flag of the Measures fires on its practice and stays quiet once the practice stops. */
    void redFlags()
    {
        QFETCH(QString, flag);
        QFETCH(bool, publicPlace);
        QFETCH(bool, minors);
        QFETCH(QStringList, given);
        QFETCH(QString, question);
        QFETCH(QString, raises);
        QFETCH(QString, quiet);
        const RuleSet& rules = measures();
        QVERIFY2(rules.redFlag(flag), qPrintable(flag));
        CaseFacts facts = gateFacts();
        facts.publicPlace = publicPlace;
        facts.minorsUnder14 = minors;
        AssessmentVersion v;
        v.number = 1;
        TestSupport::completeAssessment(rules, facts, v, QStringLiteral("00000000-0000-4000-8000-000000000001"));
        for (const QString& g : given)
            setAnswer(v, g.section(QLatin1Char('='), 0, 0), json(g.section(QLatin1Char('='), 1)));
        setAnswer(v, question, json(quiet));
        const CheckResult calm = Engine(rules, facts, v).check(QString(), QString());
        QVERIFY2(
            !findFlag(calm, flag), qPrintable(QStringLiteral("%1 raised with %2 = %3").arg(flag, question, quiet)));
        setAnswer(v, question, json(raises));
        const CheckResult raised = Engine(rules, facts, v).check(QString(), QString());
        const RaisedFlag* f = findFlag(raised, flag);
        QVERIFY2(f, qPrintable(QStringLiteral("%1 not raised with %2 = %3").arg(flag, question, raises)));
        QVERIFY(!f->basisNotShown);
        if (f->isProhibited())
            QVERIFY(!raised.finalization.allowed);
    }

    /** Missing is not a pass: a prohibited practice whose basis question is unanswered blocks finalization. */
    void aMissingBasisIsNotAPass()
    {
        const RuleSet& rules = measures();
        CaseFacts facts = gateFacts();
        AssessmentVersion v;
        TestSupport::completeAssessment(rules, facts, v, QStringLiteral("00000000-0000-4000-8000-000000000001"));
        setAnswer(v, QStringLiteral("screen.off_device"), QStringLiteral("yes"));
        setAnswer(v, QStringLiteral("screen.off_device_basis"), QJsonValue(QJsonValue::Null));
        const CheckResult r = Engine(rules, facts, v).check(QString(), QString());
        const RaisedFlag* f = findFlag(r, QStringLiteral("art8_off_device_no_basis"));
        QVERIFY(f);
        QVERIFY(f->basisNotShown);
        QVERIFY(!r.finalization.allowed);
    }

    void researchAndTrainingAreOutsideTheMeasures()
    {
        const RuleSet& rules = measures();
        CaseFacts facts = gateFacts();
        facts.storedPeople = 250000;
        facts.publicPlace = true;
        AssessmentVersion v;
        TestSupport::completeAssessment(rules, facts, v, QStringLiteral("00000000-0000-4000-8000-000000000001"));
        QVERIFY(!Engine(rules, facts, v).check(QString(), QString()).outOfScope);
        setAnswer(v, QStringLiteral("screen.rd_only"), QStringLiteral("yes"));
        setAnswer(v, QStringLiteral("screen.private_place"), QStringLiteral("yes"));
        const CheckResult r = Engine(rules, facts, v).check(QString(), QString());
        QVERIFY(r.outOfScope);
        QVERIFY(r.flags.isEmpty());
        QVERIFY(!r.filing.required);
        QVERIFY(!r.finalization.allowed);
        QCOMPARE(r.finalization.reasons.size(), 1);
        QVERIFY2(r.finalization.reasons.constFirst().contains(rules.cite(rules.scope.articles, languageFor(QLocale()))),
            qPrintable(r.finalization.reasons.constFirst()));
        // The draft has no such exclusion.
        QVERIFY(!draft().scope.excludedWhen);
    }

    /**
     * A case assessed under the draft, re-assessed under the Measures: a new version with the trigger "legal basis
     * changed", the shared answers carried over, the old versions byte for byte the same and their hashes valid;
     * an exchange round trip keeps the rule set and the day the threshold was reached.
     */
    void aDraftCaseReassessedUnderTheMeasures()
    {
        QTemporaryDir dir;
        FixedClock clock(QDate(2025, 1, 1));
        auto store = TestSupport::openStore(dir, QStringLiteral("cases.piadesk"), &clock);
        QVERIFY(store);
        const qint64 id = TestSupport::buildCompleteCase(*store, clock);
        QVERIFY2(id, qPrintable(store->errorString()));
        CaseBundle before;
        QVERIFY(store->loadCase(id, &before));
        QCOMPARE(before.caseInfo.ruleSetId, kDraft);
        // Version 3 (a draft) answers some of the draft's questions and is finalized.
        const qint64 v3 = before.assessments.constLast().id;
        const QList<Answer> answers = {
            { QStringLiteral("purpose.specific_purpose"), QStringLiteral("业主刷脸开门，比对成功即放行。"), {}, {} },
            { QStringLiteral("screen.consent_basis"), QStringLiteral("specific_consent"), {}, {} },
            { QStringLiteral("screen.private_place"), QStringLiteral("no"), {}, {} },
            { QStringLiteral("screen.equipment_certified"), QStringLiteral("yes"), {}, {} }, // draft only (Art. 20)
        };
        for (const Answer& a : answers)
            QVERIFY2(store->saveAnswer(v3, a), qPrintable(store->errorString()));
        QVERIFY(store->saveSignOff(
            v3, QStringLiteral("陈晓"), QStringLiteral("刘敏"), QStringLiteral("王建国"), QDate(2025, 1, 1)));
        QVERIFY2(store->finalize(v3, TestSupport::storageOnlyFinalize()), qPrintable(store->errorString()));
        QVERIFY(store->loadCase(id, &before));
        const AssessmentVersion oldFinal = before.assessments.constLast();
        QVERIFY(oldFinal.isFinal());
        QString error;
        // Changing the rule set is a change of legal basis, and the other way round.
        Workflow::Reassessment outcome;
        QVERIFY(!Workflow::reassess(*store, m_library, id, TriggerKind::MethodsChanged, d("2025-06-01"),
            QStringLiteral("x"), kMeasures, &outcome, &error));
        QVERIFY2(error.contains(QLatin1String("legal_basis_changed")), qPrintable(error));
        QVERIFY(!Workflow::reassess(
            *store, m_library, id, TriggerKind::LegalBasisChanged, d("2025-06-01"), {}, {}, &outcome, &error));
        QVERIFY(!Workflow::reassess(*store, m_library, id, TriggerKind::LegalBasisChanged, d("2025-06-01"), {},
            QStringLiteral("no-such-rules"), &outcome, &error));
        QVERIFY2(error.contains(kMeasures), qPrintable(error));

        clock.setNow(QDateTime(QDate(2025, 6, 3), QTime(9, 0), Qt::UTC));
        QVERIFY2(Workflow::reassess(*store, m_library, id, TriggerKind::LegalBasisChanged, d("2025-06-01"), {},
                     kMeasures, &outcome, &error),
            qPrintable(error));
        QCOMPARE(outcome.ruleSet->id, kMeasures);
        QVERIFY(!outcome.carried.isEmpty());
        QVERIFY(!outcome.open.isEmpty());
        QVERIFY(outcome.carried.contains(QStringLiteral("purpose.specific_purpose")));
        QVERIFY(outcome.carried.contains(QStringLiteral("screen.consent_basis")));
        QVERIFY(outcome.carried.contains(QStringLiteral("screen.private_place")));
        QVERIFY(!outcome.carried.contains(QStringLiteral("screen.equipment_certified")));
        QVERIFY(outcome.open.contains(QStringLiteral("screen.rd_only")));

        CaseBundle after;
        QVERIFY(store->loadCase(id, &after));
        QCOMPARE(after.caseInfo.ruleSetId, kMeasures);
        QCOMPARE(after.assessments.size(), before.assessments.size() + 1);
        const AssessmentVersion& fresh = after.assessments.constLast();
        QCOMPARE(fresh.trigger, TriggerKind::LegalBasisChanged);
        QCOMPARE(fresh.state, AssessmentState::Draft);
        for (const Answer& a : fresh.answers) {
            QVERIFY2(outcome.carried.contains(a.questionId), qPrintable(a.questionId));
            QVERIFY2(measures().question(a.questionId), qPrintable(a.questionId));
        }
        // The old versions: unchanged, stamped with the draft, their hashes verify; read under the draft.
        for (int i = 0; i < before.assessments.size(); ++i) {
            const AssessmentVersion& was = before.assessments.at(i);
            const AssessmentVersion& is = after.assessments.at(i);
            QCOMPARE(is.contentHash, was.contentHash);
            QCOMPARE(is.ruleSetId, was.ruleSetId);
            QCOMPARE(is.answers.size(), was.answers.size());
            QVERIFY(is.record.has_value() == was.record.has_value());
            QCOMPARE(Workflow::ruleSetFor(m_library, after.caseInfo, is, &error)->id, kDraft);
        }
        QVERIFY2(store->verify().ok(), qPrintable(store->verify().problems.join(QLatin1Char('\n'))));
        // The new version is read under the Measures; its check cites their articles.
        const RuleSet* now = Workflow::ruleSetFor(m_library, after.caseInfo, fresh, &error);
        QCOMPARE(now->id, kMeasures);

        // The new fact, and the rule set, survive an exchange round trip.
        CaseFacts facts = after.caseInfo.facts;
        facts.storedPeople = 120000;
        facts.thresholdReachedOn = d("2025-05-20");
        QVERIFY2(store->updateCaseFacts(id, facts), qPrintable(store->errorString()));
        const QByteArray exported = CaseExchange::exportCases(*store, { id }, &error);
        QVERIFY2(!exported.isEmpty(), qPrintable(error));
        QVERIFY(exported.contains("\"thresholdReachedOn\": \"2025-05-20\""));
        auto target = TestSupport::openStore(dir, QStringLiteral("b.piadesk"), &clock);
        QList<qint64> ids;
        QVERIFY2(CaseExchange::importDocument(*target, exported, &ids, &error), qPrintable(error));
        CaseBundle imported;
        QVERIFY(target->loadCase(ids.constFirst(), &imported));
        QCOMPARE(imported.caseInfo.ruleSetId, kMeasures);
        QCOMPARE(imported.caseInfo.facts.thresholdReachedOn, d("2025-05-20"));
        QCOMPARE(imported.assessments.constLast().trigger, TriggerKind::LegalBasisChanged);
        QVERIFY2(target->verify().ok(), qPrintable(target->verify().problems.join(QLatin1Char('\n'))));
        // Without the filing the built case recorded (under the draft, with its own trigger date), the initial
        // filing is due on the transitional date.
        imported.filings.clear();
        const auto filing = find(plan(measures(), imported, d("2025-06-03")), DeadlineKind::InitialFiling);
        QVERIFY(filing);
        QCOMPARE(filing->due, d("2025-07-14"));
    }

    // The windows' view of the open case file: opened (or refused) by path, its register, one case, a copy, and cases
    // in and out through the exchange format, a bad document changing nothing.
    void workspaceIsTheOpenCaseFile()
    {
        QTemporaryDir dir;
        const QString foreign = dir.filePath(QStringLiteral("notes.piadesk"));
        {
            QFile file(foreign);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a case file at all, but someone's notes\n");
        }
        QString error;
        QVERIFY(!Workspace::open(foreign, &error));
        QVERIFY2(!error.isEmpty(), "a foreign file is refused with a reason");
        QCOMPARE(TestSupport::fileBytes(foreign), QByteArray("not a case file at all, but someone's notes\n"));

        std::optional<Workspace> workspace = Workspace::open(dir.filePath(QStringLiteral("cases.piadesk")), &error);
        QVERIFY2(workspace, qPrintable(error));
        QVERIFY(!workspace->isReadOnly());
        QCOMPARE(workspace->today(), QDate::currentDate());
        QVERIFY(workspace->listCases().isEmpty());

        const QString broken = dir.filePath(QStringLiteral("broken.json"));
        {
            QFile file(broken);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"format\": \"piadesk-cases\", \"cases\": [");
        }
        QList<qint64> ids;
        QVERIFY(!workspace->importFile(broken, &ids, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(broken)), qPrintable(error));
        QVERIFY(workspace->listCases().isEmpty());

        QVERIFY2(workspace->importFile(TestSupport::dataPath(QStringLiteral("case-complete.json")), &ids, &error),
            qPrintable(error));
        QCOMPARE(ids.size(), 1);
        const QList<CaseSummary> cases = workspace->listCases();
        QCOMPARE(cases.size(), 1);
        CaseBundle bundle;
        QVERIFY2(workspace->loadCase(ids.constFirst(), &bundle), qPrintable(workspace->errorString()));
        QCOMPARE(bundle.caseInfo.facts.name, cases.constFirst().name);
        QVERIFY(!workspace->loadCase(ids.constFirst() + 100, &bundle));
        QVERIFY(!workspace->errorString().isEmpty());

        // Out and into another file: the same case, hashes and all.
        const QByteArray document = workspace->exportCases(ids, &error);
        QVERIFY2(!document.isEmpty(), qPrintable(error));
        const QString copy = dir.filePath(QStringLiteral("copy.piadesk"));
        QVERIFY2(workspace->saveCopy(copy), qPrintable(workspace->errorString()));
        std::optional<Workspace> other = Workspace::open(copy, &error);
        QVERIFY2(other, qPrintable(error));
        QCOMPARE(other->listCases().size(), 1);
        QVERIFY2(!other->exportCases({ other->listCases().constFirst().id }, &error).isEmpty(), qPrintable(error));
        QVERIFY(other->store().verify().ok());
    }

    // The risk plan's lists change in place: rows come and go at the end, the rest are changed, so that a view keeps
    // its current row while the officer types.
    void planListsChangeInPlace()
    {
        MeasureListModel model;
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QList<Measure> measures(3);
        for (qsizetype i = 0; i < measures.size(); ++i) {
            measures[i].uuid = QStringLiteral("m%1").arg(i);
            measures[i].description = QStringLiteral("Measure %1\nwith a second line").arg(i);
        }
        model.setMeasures(measures);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.size(), 1);
        QVERIFY2(model.index(1).data().toString().startsWith(QStringLiteral("M2 Measure 1 — ")),
            qPrintable(model.index(1).data().toString()));
        QVERIFY(!model.index(1).data().toString().contains(QLatin1String("second line")));
        QCOMPARE(model.index(2).data(PlanListModel::UuidRole).toString(), QStringLiteral("m2"));

        measures[1].description.clear(); // typing in the second: one row changes, nothing is reset
        model.setMeasures(measures);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.constFirst().at(1).toModelIndex().row(), 1);
        QVERIFY(model.index(1).data().toString().startsWith(QLatin1String("M2 (not described)")));

        measures.removeAt(0); // the first goes: the last row is removed and the others renumbered
        model.setMeasures(measures);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.constFirst().at(1).toInt(), 2);
        QCOMPARE(model.index(0).data(PlanListModel::UuidRole).toString(), QStringLiteral("m1"));
        QVERIFY(model.index(1).data().toString().startsWith(QLatin1String("M2 Measure 2")));
        QCOMPARE(reset.size(), 0);
        QVERIFY(!model.index(5).data().isValid());
    }
};

QTEST_GUILESS_MAIN(TestMeasures)
#include "tst_measures.moc"

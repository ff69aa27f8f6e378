// Finalizing through the engine with a real case file, and what a finalized version keeps when the rule set changes.

#include "TestSupport.h"
#include "calendar/CalendarLoader.h"
#include "core/Clock.h"
#include "core/JsonText.h"
#include "demo/DemoCases.h"
#include "rules/RuleSetLibrary.h"
#include "store/CaseStore.h"
#include "workflow/FileDeadlines.h"
#include "workflow/Workflow.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace piadesk;

class TestWorkflow : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        QTemporaryDir dir;
        FixedClock clock { QDate(2024, 2, 29) };
        std::unique_ptr<CaseStore> store;
        qint64 caseId = 0;
        AssessmentVersion draft;
        CaseFacts facts;
    };

    static void open(Fixture& f)
    {
        CaseStore::Options options;
        options.clock = &f.clock;
        options.actor = QStringLiteral("tester");
        QString error;
        f.store = CaseStore::open(f.dir.filePath(QStringLiteral("w.piadesk")), options, &error);
        QVERIFY2(f.store, qPrintable(error));
        Organisation org;
        org.name = QStringLiteral("示例酒店管理有限公司");
        QVERIFY(f.store->saveOrganisation(org));
        f.facts.name = QStringLiteral("前台自助入住核验");
        f.facts.placeKind = PlaceKind::Hotel;
        f.facts.methods = { Method::Verification };
        f.facts.storedPeople = 3000;
        Case c;
        QVERIFY2(f.store->createCase(org.id, f.facts, &c), qPrintable(f.store->errorString()));
        QCOMPARE(c.ruleSetId, RuleSetLibrary::defaultId());
        f.caseId = c.id;
        QVERIFY(f.store->createAssessment(c.id, TriggerKind::Initial, QDate(2024, 2, 1), QString(), &f.draft));
    }

    static void fill(Fixture& f, const RuleSet& rules, AssessmentVersion& v)
    {
        CaseBundle bundle;
        QVERIFY(f.store->loadCase(f.caseId, &bundle));
        QString evidence;
        for (const Attachment& a : bundle.attachments) {
            if (a.assessmentUuid == v.uuid)
                evidence = a.uuid;
        }
        if (evidence.isEmpty()) {
            Attachment photo;
            photo.name = QStringLiteral("告知标识.png");
            photo.mediaType = QStringLiteral("image/png");
            photo.assessmentUuid = v.uuid;
            photo.data = QByteArray("\x89PNG evidence");
            QVERIFY2(f.store->addAttachment(f.caseId, photo), qPrintable(f.store->errorString()));
            evidence = photo.uuid;
        }
        TestSupport::completeAssessment(rules, f.facts, v, evidence);
        for (const Answer& a : v.answers)
            QVERIFY2(f.store->saveAnswer(v.id, a), qPrintable(f.store->errorString()));
        QVERIFY(f.store->saveRisks(v.id, v.risks));
        QVERIFY(f.store->saveMeasures(v.id, v.measures));
        QVERIFY(f.store->saveActivities(v.id, v.activities));
        QVERIFY(f.store->saveSignOff(v.id, v.assessor, v.reviewer, QStringLiteral("王总"), QDate(2024, 2, 28)));
    }

private Q_SLOTS:
    void headingsGiveTheSameDeadlinesAndStandingsAsWholeCases()
    {
        // The register and `deadlines` read cases with loadCaseHeads (no content); every deadline and every
        // standing must be what the whole case gives, on 300 demo cases of every kind.
        QTemporaryDir dir;
        FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
        CaseStore::Options options;
        options.clock = &clock;
        QString error;
        auto store = CaseStore::open(dir.filePath(QStringLiteral("demo.piadesk")), options, &error);
        QVERIFY2(store, qPrintable(error));
        const RuleSetLibrary library = RuleSetLibrary::builtIn();
        DemoOptions demo;
        demo.cases = 300;
        demo.seed = 11;
        demo.today = clock.today();
        demo.batch = 70;
        QVERIFY2(DemoCases::generate(*store, *library.defaultRuleSet(), demo, {}, &error), qPrintable(error));
        // Facts changed since some versions were finalized: their risk is rated on the facts they recorded.
        for (qint64 id = 2; id <= 300; id += 3) {
            CaseBundle b;
            QVERIFY(store->loadCase(id, &b));
            CaseFacts facts = b.caseInfo.facts;
            facts.storedPeople = facts.storedPeople > 10000 ? 50 : 20000;
            facts.minorsUnder14 = !facts.minorsUnder14;
            QVERIFY2(store->updateCaseFacts(id, facts), qPrintable(store->errorString()));
        }
        const WorkCalendar calendar = CalendarLibrary::builtIn();
        const DeadlineOptions today { clock.today(), 10 };
        DeadlineScope scope;
        scope.standings = true;
        scope.includeMet = true;

        QList<CaseBundle> heads;
        for (qint64 after = 0;;) {
            const qsizetype before = heads.size();
            QVERIFY(store->loadCaseHeads(after, 64, FileDeadlines::headParts(library, scope), &heads));
            if (heads.size() == before)
                break;
            after = heads.constLast().caseInfo.id;
        }
        QCOMPARE(heads.size(), 300);
        // Read for a list of cases (the dashboard's most urgent ones), the same headings: in the order given, unknown
        // ids skipped, each case once.
        QList<CaseBundle> listed;
        QVERIFY(store->loadCaseHeads(
            QList<qint64> { 299, 7, 123456, 150, 1, 7 }, FileDeadlines::headParts(library, scope), &listed));
        QCOMPARE(listed.size(), 4);
        const QList<qint64> listedIds { 299, 7, 150, 1 };
        for (qsizetype i = 0; i < listed.size(); ++i) {
            QCOMPARE(listed.at(i).caseInfo.id, listedIds.at(i));
            DeadlineReport fromList;
            DeadlineReport fromRange;
            FileDeadlines::addCase(library, calendar, today, Language::English, scope, listed.at(i), fromList);
            FileDeadlines::addCase(
                library, calendar, today, Language::English, scope, heads.at(listedIds.at(i) - 1), fromRange);
            QCOMPARE(fromList.entries.size(), fromRange.entries.size());
            for (qsizetype j = 0; j < fromList.entries.size(); ++j)
                QCOMPARE(fromList.explainer.toJson(fromList.entries.at(j)),
                    fromRange.explainer.toJson(fromRange.entries.at(j)));
        }
        int risks = 0;
        QSet<QString> kinds;
        for (const CaseBundle& head : std::as_const(heads)) {
            CaseBundle whole;
            QVERIFY(store->loadCase(head.caseInfo.id, &whole));
            DeadlineReport fromHead;
            DeadlineReport fromWhole;
            FileDeadlines::addCase(library, calendar, today, Language::English, scope, head, fromHead);
            FileDeadlines::addCase(library, calendar, today, Language::English, scope, whole, fromWhole);
            QCOMPARE(fromHead.entries.size(), fromWhole.entries.size());
            for (qsizetype i = 0; i < fromHead.entries.size(); ++i) {
                QCOMPARE(fromHead.explainer.toJson(fromHead.entries.at(i)),
                    fromWhole.explainer.toJson(fromWhole.entries.at(i)));
                QCOMPARE(fromHead.explainer.explain(fromHead.entries.at(i)),
                    fromWhole.explainer.explain(fromWhole.entries.at(i)));
                // The listing writes each deadline straight to text: it must be what QJsonDocument writes for it.
                QByteArray written;
                fromHead.explainer.appendJson(written, fromHead.entries.at(i), 2);
                const QJsonObject parsed = QJsonDocument::fromJson(written).object();
                QVERIFY(!parsed.isEmpty());
                QByteArray expected;
                JsonText::appendNested(expected, parsed, 2);
                QCOMPARE(written, expected.mid(8));
                kinds.insert(parsed.value(QStringLiteral("kind")).toString() + QLatin1Char('/')
                    + parsed.value(QStringLiteral("state")).toString());
            }
            const CaseStanding a = fromHead.standings.value(head.caseInfo.id);
            const CaseStanding b = fromWhole.standings.value(head.caseInfo.id);
            QCOMPARE(a.overallRisk, b.overallRisk);
            QCOMPARE(a.riskText, b.riskText);
            QCOMPARE(a.filingText, b.filingText);
            QCOMPARE(a.filingOverdue, b.filingOverdue);
            QCOMPARE(a.nextText, b.nextText);
            risks += b.overallRisk >= 0 ? 1 : 0;
        }
        QVERIFY2(risks > 150, qPrintable(QString::number(risks)));
        const QStringList seen(kinds.cbegin(), kinds.cend());
        for (const char* expected : { "measure/overdue", "initial_filing/met", "initial_filing/unscheduled",
                 "retention/upcoming", "yearly_review/overdue" })
            QVERIFY2(kinds.contains(QLatin1String(expected)), qPrintable(seen.join(QLatin1Char(' '))));
    }

    void incompleteVersionIsRefusedWithReasons()
    {
        Fixture f;
        open(f);
        const RuleSetLibrary library = RuleSetLibrary::builtIn();
        QString error;
        QVERIFY(
            !Workflow::finalize(*f.store, library, f.draft.id, QStringLiteral("陈晓"), QStringLiteral("刘敏"), &error));
        QVERIFY2(error.contains(QLatin1String("complete")), qPrintable(error));
        CaseBundle bundle;
        QVERIFY(f.store->loadCase(f.caseId, &bundle));
        QCOMPARE(bundle.assessments.first().state, AssessmentState::Draft);
        QVERIFY(bundle.assessments.first().ruleSetId.isEmpty());
        // The names given were kept: nothing typed is lost.
        QCOMPARE(bundle.assessments.first().reviewer, QStringLiteral("刘敏"));
    }

    void prohibitedFlagRefusesFinalization()
    {
        Fixture f;
        open(f);
        const RuleSetLibrary library = RuleSetLibrary::builtIn();
        const RuleSet& rules = *library.defaultRuleSet();
        fill(f, rules, f.draft);
        // The officer answers that a device is in a hotel room, and takes the justification away.
        QVERIFY(
            f.store->saveAnswer(f.draft.id, { QStringLiteral("screen.private_place"), QStringLiteral("yes"), {}, {} }));
        QVERIFY(f.store->saveAnswer(
            f.draft.id, { QStringLiteral("flag.art6_private_place"), QJsonValue(), QString(), {} }));
        QString error;
        QVERIFY(!Workflow::finalize(*f.store, library, f.draft.id, {}, {}, &error));
        QVERIFY2(error.contains(QLatin1String("Art. 6")), qPrintable(error));
    }

    void finalizedVersionKeepsItsRuleSetVersion()
    {
        Fixture f;
        open(f);
        RuleSetLibrary library = RuleSetLibrary::builtIn();
        const QString builtInVersion = library.defaultRuleSet()->version;
        fill(f, *library.defaultRuleSet(), f.draft);
        QString error;
        QVERIFY2(Workflow::finalize(*f.store, library, f.draft.id, {}, {}, &error), qPrintable(error));
        CaseBundle bundle;
        QVERIFY(f.store->loadCase(f.caseId, &bundle));
        const AssessmentVersion& first = bundle.assessments.first();
        QCOMPARE(first.state, AssessmentState::Finalized);
        QCOMPARE(first.ruleSetId, QStringLiteral("cn-cac-frt-2023-draft"));
        QCOMPARE(first.ruleSetVersion, builtInVersion);
        QCOMPARE(first.retainUntil, QDate(2027, 2, 28)); // 3 years from 29 February (Civil Code)

        // The rule set is updated: version 9.1.0 keeps reports five years.
        QFile builtIn(QStringLiteral(":/piadesk/rulesets/cn-cac-frt-2023-draft.json"));
        QVERIFY(builtIn.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(builtIn.readAll()).object();
        o.insert(QStringLiteral("version"), QStringLiteral("9.1.0"));
        QJsonObject retention = o.value(QLatin1String("retention")).toObject();
        retention.insert(QStringLiteral("years"), 5);
        o.insert(QStringLiteral("retention"), retention);
        const QString newer = f.dir.filePath(QStringLiteral("newer.json"));
        QFile file(newer);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(o).toJson());
        file.close();
        QVERIFY2(library.addFile(newer, &error), qPrintable(error));

        f.clock.setNow(QDateTime(QDate(2025, 6, 2), QTime(9, 0), Qt::UTC));
        AssessmentVersion second;
        QVERIFY(f.store->createAssessment(
            f.caseId, TriggerKind::PurposeChanged, QDate(2025, 6, 1), QStringLiteral("增加访客登记"), &second));
        QVERIFY(second.ruleSetId.isEmpty());
        fill(f, *library.defaultRuleSet(), second);
        QVERIFY2(Workflow::finalize(*f.store, library, second.id, {}, {}, &error), qPrintable(error));

        QVERIFY(f.store->loadCase(f.caseId, &bundle));
        QCOMPARE(bundle.assessments.at(0).state, AssessmentState::Superseded);
        QCOMPARE(bundle.assessments.at(0).ruleSetVersion, builtInVersion);
        QCOMPARE(bundle.assessments.at(0).retainUntil, QDate(2027, 2, 28));
        QCOMPARE(bundle.assessments.at(1).ruleSetVersion, QStringLiteral("9.1.0"));
        QCOMPARE(bundle.assessments.at(1).retainUntil, QDate(2030, 6, 2));
        // Both content hashes still verify: the stamp is part of what was hashed.
        const VerifyReport report = f.store->verify();
        QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.finalizedVersions, 2);
        // And the stamp cannot be changed behind PIAdesk's back.
        QString sqlError;
        f.store.reset();
        QVERIFY(!TestSupport::execRaw(f.dir.filePath(QStringLiteral("w.piadesk")),
            QStringLiteral("UPDATE assessment SET rule_set_version = '9.9.9' WHERE number = 1"), &sqlError));
        QVERIFY2(sqlError.contains(QLatin1String("PIADESK_FINALIZED_IMMUTABLE")), qPrintable(sqlError));
    }

    void aVersionIsReadUnderTheRuleSetItWasFinalizedWith()
    {
        RuleSetLibrary library = RuleSetLibrary::builtIn();
        QString error;
        QVERIFY2(
            library.addFile(TestSupport::dataPath(QStringLiteral("rulesets/minimal.json")), &error), qPrintable(error));
        Case moved; // the case is assessed under another rule set since
        moved.ruleSetId = QStringLiteral("test-minimal");
        AssessmentVersion finalized;
        finalized.state = AssessmentState::Superseded;
        finalized.ruleSetId = RuleSetLibrary::defaultId();
        AssessmentVersion draft;
        QCOMPARE(Workflow::ruleSetFor(library, moved, finalized, &error)->id, RuleSetLibrary::defaultId());
        QCOMPARE(Workflow::ruleSetFor(library, moved, draft, &error)->id, QStringLiteral("test-minimal"));
        finalized.ruleSetId = QStringLiteral("withdrawn"); // PIAdesk no longer has it: the case's
        QCOMPARE(Workflow::ruleSetFor(library, moved, finalized, &error)->id, QStringLiteral("test-minimal"));
    }

    void unknownRuleSetIsNamed()
    {
        Fixture f;
        open(f);
        QVERIFY(f.store->setCaseRuleSet(f.caseId, QStringLiteral("cn-cac-frt-2031-revision")));
        const RuleSetLibrary library = RuleSetLibrary::builtIn();
        QString error;
        QVERIFY(!Workflow::finalize(*f.store, library, f.draft.id, {}, {}, &error));
        QVERIFY2(error.contains(QLatin1String("cn-cac-frt-2031-revision")), qPrintable(error));
        QVERIFY(!f.store->setCaseRuleSet(f.caseId, QStringLiteral("../etc/passwd")));
    }

    void checkJsonIsComplete()
    {
        Fixture f;
        open(f);
        const RuleSetLibrary library = RuleSetLibrary::builtIn();
        const RuleSet& rules = *library.defaultRuleSet();
        CaseBundle bundle;
        QVERIFY(f.store->loadCase(f.caseId, &bundle));
        const AssessmentVersion& v = bundle.assessments.first();
        const QJsonObject r
            = Workflow::checkJson(rules, bundle, v, Workflow::check(rules, bundle, v), Language::Chinese);
        QCOMPARE(r.value(QLatin1String("filing")).toObject().value(QLatin1String("required")).toBool(), false);
        // Nothing answered yet at a hotel: Art. 9's voluntary use with notice, and the prohibited practices whose
        // basis is not shown (consent, an alternative or a legal requirement, certified equipment), listed first.
        const QJsonArray flags = r.value(QLatin1String("redFlags")).toArray();
        QStringList ids;
        for (const QJsonValue& flag : flags)
            ids.append(flag.toObject().value(QLatin1String("id")).toString());
        QCOMPARE(ids,
            QStringList({ QStringLiteral("art5_no_consent"), QStringLiteral("art9_forced_verification"),
                QStringLiteral("art20_equipment"), QStringLiteral("art9_voluntary_notice") }));
        for (qsizetype i = 0; i < 3; ++i) {
            const QJsonObject flag = flags.at(i).toObject();
            QCOMPARE(flag.value(QLatin1String("severity")).toString(), QStringLiteral("prohibited"));
            QVERIFY(flag.value(QLatin1String("basisNotShown")).toBool());
            QVERIFY(flag.value(QLatin1String("blocksFinalization")).toBool());
        }
        const QJsonObject notice = flags.at(3).toObject();
        QCOMPARE(notice.value(QLatin1String("articles")).toArray().first().toObject().value(QLatin1String("text")),
            QJsonValue(QStringLiteral("第九条")));
        QCOMPARE(r.value(QLatin1String("version")).toObject().value(QLatin1String("factsFrom")).toString(),
            QStringLiteral("case"));
        const QJsonObject completeness = r.value(QLatin1String("completeness")).toObject();
        QCOMPARE(completeness.value(QLatin1String("percent")).toInt(), 0);
        QCOMPARE(completeness.value(QLatin1String("groups")).toArray().size(),
            11); // screening, data map, 6 sections, flags, risks, sign-off
        QCOMPARE(r.value(QLatin1String("finalization")).toObject().value(QLatin1String("allowed")).toBool(), false);
        QVERIFY(r.value(QLatin1String("risks")).toObject().value(QLatin1String("overall")).isNull());
    }

    void dashboardListsTheMostUrgentAndCountsTheRest()
    {
        DeadlineReport report;
        const auto add = [&report](qint64 caseId, DeadlineState state, bool estimated = false) {
            Deadline d;
            d.caseId = caseId;
            d.state = state;
            d.estimated = estimated;
            report.entries.append({ d, nullptr });
        };
        // Sorted as collect() sorts them: overdue first, then due soon, upcoming, unscheduled, met.
        for (qint64 id = 1; id <= 5; ++id)
            add(id, DeadlineState::Overdue);
        for (qint64 id = 6; id <= 8; ++id)
            add(id, DeadlineState::DueSoon);
        add(9, DeadlineState::Upcoming, true); // estimated, but not urgent
        add(10, DeadlineState::Unscheduled);
        add(11, DeadlineState::Met);

        UrgentDeadlines urgent = FileDeadlines::urgent(report, 4);
        QCOMPARE(urgent.total, qsizetype(9));
        QCOMPARE(urgent.shown.size(), qsizetype(4));
        for (qsizetype i = 0; i < urgent.shown.size(); ++i)
            QCOMPARE(urgent.shown.at(i).deadline.caseId, i + 1);
        // The overdue filter knows every overdue case, listed or not.
        QCOMPARE(urgent.overdueCases, QSet<qint64>({ 1, 2, 3, 4, 5 }));
        QVERIFY(!urgent.estimated);

        report.entries[9].deadline.estimated = true; // the unscheduled one
        urgent = FileDeadlines::urgent(report, FileDeadlines::kDashboardRows);
        QCOMPARE(urgent.shown.size(), qsizetype(9));
        QCOMPARE(urgent.shown.constLast().deadline.caseId, qint64(10));
        QVERIFY(urgent.estimated);
    }
};

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"

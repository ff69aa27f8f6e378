// The summary every case file keeps of its cases (schema version 7): it never disagrees with the cases, whatever
// changes them, and the register and the dashboard read from it exactly what a scan of the whole file gives.

#include "TestSupport.h"
#include "calendar/CalendarLoader.h"
#include "core/Clock.h"
#include "demo/DemoCases.h"
#include "rules/RuleSetLibrary.h"
#include "store/CaseStore.h"
#include "workflow/FileDeadlines.h"
#include "workflow/Workflow.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace piadesk;

class TestSummaries : public QObject
{
    Q_OBJECT

    RuleSetLibrary m_library = RuleSetLibrary::builtIn();
    WorkCalendar m_calendar = CalendarLibrary::builtIn();

    std::unique_ptr<CaseStore> openAt(const QString& path, const Clock* clock, bool readOnly = false)
    {
        CaseStore::Options options;
        options.clock = clock;
        options.actor = QStringLiteral("tester");
        options.readOnly = readOnly;
        QString error;
        auto store = CaseStore::open(path, options, &error);
        if (!store)
            qWarning("%s", qPrintable(error));
        return store;
    }

    /** The digest of the whole case \a caseId, as the summaries must hold it. */
    CaseDigest expectedDigest(CaseStore& store, qint64 caseId)
    {
        CaseBundle whole;
        if (!store.loadCase(caseId, &whole))
            return {};
        const RuleSet* rules = Workflow::ruleSetFor(m_library, whole.caseInfo, nullptr);
        if (!rules)
            return {};
        const DeadlinePlanner planner(*rules, m_calendar, { QDate(2000, 1, 1), 10 });
        return FileDeadlines::digest(*rules, whole, planner.plan(whole));
    }

    /**
     * Every case's summary is current and is what the whole case gives: the register's columns and the digest; the
     * open deadlines the dashboard queries; and the standings and urgent deadlines read from them on several days
     * are those of a scan of the whole file.
     */
    void checkAgainstWholeCases(CaseStore& store)
    {
        QVERIFY(store.summariesCurrent());
        const QList<CaseSummary> rows = store.listCases();
        qsizetype open = 0;
        for (const CaseSummary& row : rows) {
            CaseBundle whole;
            QVERIFY(store.loadCase(row.id, &whole));
            QCOMPARE(row.uuid, whole.caseInfo.uuid);
            QCOMPARE(row.name, whole.caseInfo.facts.name);
            QCOMPARE(row.organisation, whole.organisation.name);
            QCOMPARE(row.status, whole.caseInfo.facts.status);
            QCOMPARE(row.publicPlace, whole.caseInfo.facts.publicPlace);
            QCOMPARE(row.storedPeople, whole.caseInfo.facts.storedPeople);
            QCOMPARE(row.ruleSetId, whole.caseInfo.ruleSetId);
            QCOMPARE(row.updatedAt, whole.caseInfo.updatedAt);
            QCOMPARE(row.versions, int(whole.assessments.size()));
            QCOMPARE(row.latestVersion, whole.assessments.isEmpty() ? 0 : whole.assessments.constLast().number);
            if (!whole.assessments.isEmpty())
                QCOMPARE(row.latestState, whole.assessments.constLast().state);
            QVERIFY2(row.digest, qPrintable(QString::number(row.id)));
            CaseDigest expected = expectedDigest(store, row.id);
            open += expected.open.size();
            expected.open.clear(); // kept for the dashboard's query, not read back
            QCOMPARE(row.digest->overallRisk, expected.overallRisk);
            const auto show = [](const std::optional<DigestDeadline>& d) {
                return d ? QStringLiteral("%1 v%2 %3 %4 %5")
                               .arg(d->kind)
                               .arg(d->version)
                               .arg(d->due.toString(Qt::ISODate))
                               .arg(d->estimated)
                               .arg(d->subject)
                         : QStringLiteral("none");
            };
            QVERIFY2(row.digest->filing == expected.filing,
                qPrintable(QStringLiteral("case %1: %2 / %3")
                               .arg(row.id)
                               .arg(show(row.digest->filing), show(expected.filing))));
            QCOMPARE(row.digest->filingOpen, expected.filingOpen);
            QCOMPARE(row.digest->filingRequired, expected.filingRequired);
            QCOMPARE(row.digest->next, expected.next);
            QCOMPARE(row.digest->retention, expected.retention);
            QCOMPARE(*row.digest, expected);
        }
        // Every open deadline is in the dashboard's table: far enough ahead, all of them are urgent.
        CaseStore::UrgentCases all;
        QVERIFY(store.urgentCases(QDate(2200, 1, 1), QDate(2200, 1, 1), 1000000, &all));
        QCOMPARE(all.deadlines, open);
        for (const QDate& day : { QDate(2024, 3, 1), QDate(2025, 6, 30), QDate(2026, 12, 1), QDate(2031, 1, 1) }) {
            for (const int window : { 10, 3 })
                checkReadingOn(store, rows, { day, window });
        }
    }

    /** What the register and the dashboard read from the summaries on \a options' day is what a scan gives. */
    void checkReadingOn(CaseStore& store, const QList<CaseSummary>& rows, const DeadlineOptions& options)
    {
        const QString day = options.today.toString(Qt::ISODate);
        DeadlineScope scope;
        scope.urgentOnly = true;
        scope.standings = true;
        QString error;
        const DeadlineReport scanned
            = FileDeadlines::collect(store, m_library, m_calendar, options, Language::English, scope, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const UrgentDeadlines expected = FileDeadlines::urgent(scanned, 40);
        UrgentDeadlines urgent;
        const std::optional<DeadlineReport> read = FileDeadlines::fromSummaries(
            store, rows, m_library, m_calendar, options, Language::English, 40, &urgent, &error);
        QVERIFY2(read, qPrintable(error));
        QVERIFY(read->standings.isEmpty()); // formed from the digests when shown
        const FileDeadlines::StandingSource source
            = FileDeadlines::standingSource(m_library, m_calendar, options, Language::English);
        QCOMPARE(rows.size(), scanned.standings.size());
        for (const CaseSummary& row : rows) {
            const auto it = scanned.standings.constFind(row.id);
            QVERIFY(it != scanned.standings.cend());
            const std::optional<CaseStanding> formed = source(row);
            QVERIFY(formed);
            const CaseStanding& a = *formed;
            const CaseStanding& b = it.value();
            const QString where = QStringLiteral("case %1 on %2").arg(it.key()).arg(day);
            QVERIFY2(a.overallRisk == b.overallRisk, qPrintable(where));
            QVERIFY2(a.riskText == b.riskText, qPrintable(where));
            QVERIFY2(a.filingText == b.filingText, qPrintable(where + QLatin1Char(' ') + a.filingText));
            QVERIFY2(a.filingOverdue == b.filingOverdue, qPrintable(where));
            QVERIFY2(a.nextText == b.nextText,
                qPrintable(where + QLatin1Char(' ') + a.nextText + QStringLiteral(" / ") + b.nextText));
            QVERIFY2(a.next.has_value() == b.next.has_value(), qPrintable(where));
            if (a.next) {
                QVERIFY2(a.next->state == b.next->state, qPrintable(where));
                QVERIFY2(a.next->workingDaysLeft == b.next->workingDaysLeft, qPrintable(where));
            }
        }
        QCOMPARE(urgent.total, expected.total);
        QCOMPARE(urgent.estimated, expected.estimated);
        QCOMPARE(urgent.overdueCases, expected.overdueCases);
        QCOMPARE(urgent.shown.size(), expected.shown.size());
        for (qsizetype i = 0; i < urgent.shown.size(); ++i) {
            QCOMPARE(read->explainer.toJson(urgent.shown.at(i)), scanned.explainer.toJson(expected.shown.at(i)));
            QCOMPARE(read->explainer.explain(urgent.shown.at(i)), scanned.explainer.explain(expected.shown.at(i)));
        }
    }

private Q_SLOTS:
    void summaryFollowsEveryKindOfChange()
    {
        QTemporaryDir dir;
        FixedClock clock(QDate(2024, 2, 1));
        auto store = openAt(dir.filePath(QStringLiteral("s.piadesk")), &clock);
        QVERIFY(store);
        QVERIFY(store->setDigester(FileDeadlines::digester(m_library, m_calendar)));
        checkAgainstWholeCases(*store);

        // A whole case: three versions, finalized and draft, filings, risks, measures.
        const qint64 complete = TestSupport::buildCompleteCase(*store, clock);
        QVERIFY(complete > 0);
        checkAgainstWholeCases(*store);
        QVERIFY(TestSupport::importExample(*store) > 0);
        checkAgainstWholeCases(*store);

        // A new case and its facts.
        Organisation org;
        org.name = QStringLiteral("示例物业服务有限公司");
        QVERIFY(store->saveOrganisation(org));
        CaseFacts facts;
        facts.name = QStringLiteral("小区门禁人脸识别");
        facts.placeKind = PlaceKind::Residential;
        facts.methods = { Method::Verification };
        facts.storedPeople = 800;
        Case created;
        QVERIFY(store->createCase(org.id, facts, &created));
        checkAgainstWholeCases(*store);
        facts.startOfUse = QDate(2024, 3, 18);
        facts.status = CaseStatus::InUse;
        facts.publicPlace = true;
        facts.storedPeople = 120000;
        QVERIFY(store->updateCaseFacts(created.id, facts));
        checkAgainstWholeCases(*store);
        org.name = QStringLiteral("示例物业服务集团有限公司"); // the register shows the organisation's name
        QVERIFY(store->saveOrganisation(org));
        checkAgainstWholeCases(*store);

        // A version: answers, risks and measures move the overall risk and the action plan.
        AssessmentVersion v;
        QVERIFY(store->createAssessment(created.id, TriggerKind::Initial, QDate(2024, 3, 1), QString(), &v));
        checkAgainstWholeCases(*store);
        TestSupport::completeAssessment(*m_library.defaultRuleSet(), facts, v, QString());
        for (const Answer& a : std::as_const(v.answers))
            QVERIFY2(store->saveAnswer(v.id, a), qPrintable(store->errorString()));
        checkAgainstWholeCases(*store);
        QVERIFY(store->saveActivities(v.id, v.activities));
        Risk high = v.risks.constFirst(); // its source and reasons, rated higher
        high.uuid = QStringLiteral("7a4f5a8e-0d1c-4c49-9d0c-2f7f3f1b0001");
        high.title = QStringLiteral("人脸数据泄露");
        high.impact = ImpactLevel::Severe;
        high.likelihood = Likelihood::High;
        high.residualImpact = ImpactLevel::Low;
        high.residualLikelihood = Likelihood::Low;
        v.risks.append(high);
        QVERIFY(store->saveRisks(v.id, v.risks));
        checkAgainstWholeCases(*store);
        Measure encrypt;
        encrypt.uuid = QStringLiteral("7a4f5a8e-0d1c-4c49-9d0c-2f7f3f1b0002");
        encrypt.riskUuid = high.uuid;
        encrypt.description = QStringLiteral("人脸特征值加密存储并分库保存");
        encrypt.owner = QStringLiteral("信息安全部");
        encrypt.dueDate = QDate(2024, 4, 30);
        encrypt.status = MeasureStatus::InProgress;
        v.measures.append(encrypt);
        QVERIFY(store->saveMeasures(v.id, v.measures));
        checkAgainstWholeCases(*store);
        v.measures.last().status = MeasureStatus::Done; // the residual level now counts it
        QVERIFY(store->saveMeasures(v.id, v.measures));
        checkAgainstWholeCases(*store);
        QVERIFY(store->saveSignOff(
            v.id, QStringLiteral("张三"), QStringLiteral("李四"), QStringLiteral("王总"), QDate(2024, 3, 10)));
        QVERIFY(store->setInReview(v.id, true));
        checkAgainstWholeCases(*store);
        QString error;
        QVERIFY2(Workflow::finalize(*store, m_library, v.id, {}, {}, &error), qPrintable(error));
        checkAgainstWholeCases(*store);

        // Filings: made, changed, removed.
        FilingRecord filing;
        filing.kind = FilingKind::Initial;
        filing.triggerDate = QDate(2024, 3, 18);
        QVERIFY(store->saveFiling(created.id, filing));
        checkAgainstWholeCases(*store);
        filing.submittedOn = QDate(2024, 4, 2);
        filing.referenceNumber = QStringLiteral("粤网信备 2024-0117");
        QVERIFY(store->saveFiling(created.id, filing));
        checkAgainstWholeCases(*store);
        QVERIFY(store->deleteFiling(filing.id));
        checkAgainstWholeCases(*store);

        // A re-assessment, under the 2025 Measures; a draft deleted; a case deleted and another discarded.
        Workflow::Reassessment again;
        QVERIFY2(Workflow::reassess(*store, m_library, created.id, TriggerKind::LegalBasisChanged, QDate(2025, 6, 1),
                     QStringLiteral("2025 年办法施行"), QStringLiteral("cn-cac-frt-2025-measures"), &again, &error),
            qPrintable(error));
        checkAgainstWholeCases(*store);
        QVERIFY(store->deleteAssessment(again.version.id));
        checkAgainstWholeCases(*store);
        QVERIFY(store->setCaseRuleSet(created.id, RuleSetLibrary::defaultId()));
        checkAgainstWholeCases(*store);
        Case unused;
        QVERIFY(store->createCase(org.id, facts, &unused));
        QVERIFY(store->discardCase(unused.id));
        checkAgainstWholeCases(*store);
        Case gone;
        QVERIFY(store->createCase(org.id, facts, &gone));
        QVERIFY(store->deleteCase(gone.id));
        checkAgainstWholeCases(*store);
        QCOMPARE(store->listCases().size(), qsizetype(3));

        // Several changes in one transaction; and one rolled back leaves the summaries as they were.
        QVERIFY(store->atomically([&] {
            facts.storedPeople = 5;
            facts.status = CaseStatus::Ended;
            facts.endOfUse = QDate(2025, 8, 1);
            return store->updateCaseFacts(created.id, facts) && store->saveOrganisation(org);
        }));
        checkAgainstWholeCases(*store);
        QVERIFY(!store->atomically([&] {
            facts.name = QStringLiteral("不会保存的名称");
            return store->updateCaseFacts(created.id, facts) && false;
        }));
        checkAgainstWholeCases(*store);
    }

    void demoFileReadsAsTheScanDoes()
    {
        // 300 demo cases of every kind, some facts changed since their versions were finalized: the register and
        // the dashboard read from the summaries what the scan gives, on past, present and future days.
        QTemporaryDir dir;
        FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
        auto store = openAt(dir.filePath(QStringLiteral("demo.piadesk")), &clock);
        QVERIFY(store);
        QVERIFY(store->setDigester(FileDeadlines::digester(m_library, m_calendar)));
        DemoOptions demo;
        demo.cases = 300;
        demo.seed = 11;
        demo.today = clock.today();
        demo.batch = 70;
        QString error;
        QVERIFY2(DemoCases::generate(*store, *m_library.defaultRuleSet(), demo, {}, &error), qPrintable(error));
        for (qint64 id = 2; id <= 300; id += 3) {
            CaseBundle b;
            QVERIFY(store->loadCase(id, &b));
            CaseFacts facts = b.caseInfo.facts;
            facts.storedPeople = facts.storedPeople > 10000 ? 50 : 20000;
            facts.minorsUnder14 = !facts.minorsUnder14;
            QVERIFY2(store->updateCaseFacts(id, facts), qPrintable(store->errorString()));
        }
        checkAgainstWholeCases(*store);
    }

    void oldFileGetsItsSummariesOnce()
    {
        // A file of schema version 1: migrated, it lists its cases at once and forms their digests when PIAdesk
        // with its rules first writes to it.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.piadesk"));
        QVERIFY(QFile::copy(TestSupport::dataPath(QStringLiteral("schema-v1.piadesk")), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        FixedClock clock(QDate(2026, 12, 1));
        auto store = openAt(path, &clock);
        QVERIFY(store);
        QVERIFY(!store->migrationBackupPath().isEmpty());
        const QList<CaseSummary> before = store->listCases();
        QCOMPARE(before.size(), qsizetype(1));
        QVERIFY(!before.constFirst().digest);
        QVERIFY(!before.constFirst().name.isEmpty());
        QCOMPARE(before.constFirst().versions, 3);
        QVERIFY(!store->summariesCurrent());
        QVERIFY(store->setDigester(FileDeadlines::digester(m_library, m_calendar)));
        checkAgainstWholeCases(*store);
        store.reset();
        // Read-only later, with the same rules: the summaries are there.
        auto reader = openAt(path, &clock, true);
        QVERIFY(reader);
        QVERIFY(reader->setDigester(FileDeadlines::digester(m_library, m_calendar)));
        checkAgainstWholeCases(*reader);
    }

    void anotherCalendarOrRuleSetFormsEveryDigestAgain()
    {
        QTemporaryDir dir;
        FixedClock clock(QDate(2024, 2, 1));
        const QString path = dir.filePath(QStringLiteral("c.piadesk"));
        auto store = openAt(path, &clock);
        QVERIFY(store);
        QVERIFY(store->setDigester(FileDeadlines::digester(m_library, m_calendar)));
        QVERIFY(TestSupport::buildCompleteCase(*store, clock) > 0);
        QVERIFY(TestSupport::importExample(*store) > 0);
        checkAgainstWholeCases(*store);

        // Another calendar (without 2024's and 2025's holidays): other due dates, formed again.
        const WorkCalendar full = m_calendar;
        QHash<QDate, QString> holidays;
        QHash<QDate, QString> makeUp;
        for (QDate d(2004, 1, 1); d.year() <= full.lastYear(); d = d.addDays(1)) {
            const DayInfo info = full.info(d);
            if (d.year() == 2024 || d.year() == 2025 || info.holiday.isEmpty())
                continue;
            (info.working ? makeUp : holidays).insert(d, info.holiday);
        }
        m_calendar = WorkCalendar(full.firstYear(), full.lastYear(), holidays, makeUp);
        QVERIFY(m_calendar.fingerprint() != full.fingerprint());
        QVERIFY(store->setDigester(FileDeadlines::digester(m_library, m_calendar)));
        checkAgainstWholeCases(*store);
        const QString withOther
            = TestSupport::rawScalar(path, QStringLiteral("SELECT group_concat(next_due) FROM case_summary"));
        m_calendar = full;
        QVERIFY(store->setDigester(FileDeadlines::digester(m_library, m_calendar)));
        checkAgainstWholeCases(*store);
        QVERIFY2(withOther
                != TestSupport::rawScalar(path, QStringLiteral("SELECT group_concat(next_due) FROM case_summary")),
            qPrintable(withOther));

        // A digest spoiled behind PIAdesk's back stays as long as the fingerprint holds (it is trusted) …
        store.reset();
        QVERIFY(TestSupport::execRaw(path, QStringLiteral("UPDATE case_summary SET overall_risk = 99")));
        store = openAt(path, &clock);
        QVERIFY(store->setDigester(FileDeadlines::digester(m_library, m_calendar)));
        QCOMPARE(store->listCases().constFirst().digest->overallRisk, 99);
        // … and another version of a rule set forms every digest again.
        RuleSetLibrary changed;
        for (const auto& rules : m_library.all()) {
            auto copy = std::make_shared<RuleSet>(*rules);
            copy->version += QStringLiteral(".1");
            changed.add(copy);
        }
        QVERIFY(store->setDigester(FileDeadlines::digester(changed, m_calendar)));
        QVERIFY(store->listCases().constFirst().digest->overallRisk != 99);
        checkAgainstWholeCases(*store);
    }

    void changeByAnotherProgramIsNeverHiddenBehindAStaleSummary()
    {
        QTemporaryDir dir;
        FixedClock clock(QDate(2024, 2, 1));
        const QString path = dir.filePath(QStringLiteral("o.piadesk"));
        auto store = openAt(path, &clock);
        QVERIFY(store);
        QVERIFY(store->setDigester(FileDeadlines::digester(m_library, m_calendar)));
        const qint64 id = TestSupport::importExample(*store);
        QVERIFY(id > 0);
        store.reset();
        // The sqlite3 shell renames the case and removes its filings: the triggers list it as stale.
        QVERIFY(TestSupport::execRaw(
            path, QStringLiteral("UPDATE frt_case SET name = '外部改名' WHERE id = %1; DELETE FROM filing;").arg(id)));
        auto reader = openAt(path, &clock, true);
        QVERIFY(reader);
        QVERIFY(reader->setDigester(FileDeadlines::digester(m_library, m_calendar)));
        QVERIFY(!reader->summariesCurrent());
        const QList<CaseSummary> rows = reader->listCases();
        QCOMPARE(rows.size(), qsizetype(1));
        QCOMPARE(rows.constFirst().name, QStringLiteral("外部改名")); // read from the case, not the summary
        QVERIFY(!rows.constFirst().digest);
        UrgentDeadlines urgent;
        QString error;
        QVERIFY(!FileDeadlines::fromSummaries(
            *reader, rows, m_library, m_calendar, { QDate(2026, 12, 1), 10 }, Language::English, 300, &urgent, &error));
        reader.reset();
        // The next writer forms it again.
        store = openAt(path, &clock);
        QVERIFY(store->setDigester(FileDeadlines::digester(m_library, m_calendar)));
        checkAgainstWholeCases(*store);
        QCOMPARE(store->listCases().constFirst().name, QStringLiteral("外部改名"));
    }

    void caseUnderARuleSetPIAdeskLacksIsNotDigested()
    {
        QTemporaryDir dir;
        FixedClock clock(QDate(2024, 2, 1));
        auto store = openAt(dir.filePath(QStringLiteral("u.piadesk")), &clock);
        QVERIFY(store);
        QVERIFY(store->setDigester(FileDeadlines::digester(m_library, m_calendar)));
        Organisation org;
        org.name = QStringLiteral("示例银行");
        QVERIFY(store->saveOrganisation(org));
        CaseFacts facts;
        facts.name = QStringLiteral("柜面核验");
        QVERIFY(store->createCase(org.id, facts, nullptr, QStringLiteral("cn-local-2026-unknown")));
        QVERIFY(store->summariesCurrent());
        const QList<CaseSummary> rows = store->listCases();
        QCOMPARE(rows.size(), qsizetype(1));
        QVERIFY(!rows.constFirst().digest);
        UrgentDeadlines urgent;
        QString error;
        // The window scans such a file instead, and names the rule set it lacks.
        QVERIFY(!FileDeadlines::fromSummaries(
            *store, rows, m_library, m_calendar, { QDate(2026, 12, 1), 10 }, Language::English, 300, &urgent, &error));
    }
};

QTEST_GUILESS_MAIN(TestSummaries)
#include "tst_summaries.moc"

#include "PgCluster.h"
#include "TestSupport.h"
#include "core/Clock.h"
#include "core/FieldRules.h"
#include "core/TestableFacts.h"
#include "exchange/CaseExchange.h"
#include "store/CaseStore.h"
#include "store/Migrator.h"
#include "store/Sqlite.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace piadesk;

namespace {

QString copyFixture(const QTemporaryDir& dir, const QString& name)
{
    const QString target = dir.filePath(name);
    QFile::remove(target);
    if (!QFile::copy(TestSupport::dataPath(name), target))
        return {};
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

/** A closed case file in \a dir with the lock file \a lock beside it, as a program that died left them. */
bool caseFileLockedBy(const QTemporaryDir& dir, const QByteArray& lock)
{
    if (!TestSupport::openStore(dir))
        return false;
    QFile file(dir.filePath(QStringLiteral("cases.piadesk.lock")));
    return file.open(QIODevice::WriteOnly) && file.write(lock) == lock.size();
}

/** Whether this run is the store's suite on a team store (PostgreSQL) rather than on case files. */
bool onTeamStore()
{
    return qEnvironmentVariableIsSet("PIADESK_TEST_TEAM_STORE");
}

/**
 * SQL that switches the guard \a trigger of \a table off, as someone with the sqlite3 shell (or the owner of a team
 * store's database, with psql) can: the start of a tampering statement.
 */
QString disablingGuards(const QString& table, const QString& trigger)
{
    return onTeamStore() ? QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER; ").arg(table)
                         : QStringLiteral("DROP TRIGGER %1; ").arg(trigger);
}

/** The throwaway server of a team store run, started by the test's initTestCase(). */
TestSupport::PgCluster* g_cluster = nullptr;

struct Fixture
{
    QTemporaryDir dir;
    FixedClock clock { QDateTime(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC) };
    std::unique_ptr<CaseStore> store;
    qint64 caseId = 0;

    bool setUp()
    {
        if (onTeamStore()) {
            // A new database for each test, set up by its owner on first use, as a new case file is.
            static int databases = 0;
            const QString name = QStringLiteral("store_%1").arg(++databases);
            QString error;
            CaseStore::Options options;
            options.clock = &clock;
            if (g_cluster->createDatabase(name, QString(), &error))
                store = CaseStore::open(g_cluster->url(name), options, &error);
            if (!store)
                qWarning("team store %s: %s", qPrintable(name), qPrintable(error));
        } else {
            store = TestSupport::openStore(dir, QStringLiteral("cases.piadesk"), &clock);
        }
        if (!store)
            return false;
        Organisation org;
        org.name = QStringLiteral("示例银行股份有限公司");
        org.creditCode = TestSupport::validCreditCode();
        if (!store->saveOrganisation(org))
            return false;
        CaseFacts facts;
        facts.name = QStringLiteral("柜台人脸核验");
        facts.placeKind = PlaceKind::Bank;
        Case c;
        if (!store->createCase(org.id, facts, &c))
            return false;
        caseId = c.id;
        return true;
    }

    /** Creates version 1, answers it, and finalizes it on the clock's date. */
    AssessmentVersion finalizedVersion()
    {
        AssessmentVersion v;
        if (!store->createAssessment(caseId, TriggerKind::Initial, clock.today(), {}, &v))
            return {};
        store->saveAnswer(v.id, { QStringLiteral("q1"), QJsonValue(QStringLiteral("是")), QStringLiteral("理由"), {} });
        store->saveSignOff(v.id, QStringLiteral("评估人"), QStringLiteral("审核人"), {}, {});
        if (!store->finalize(v.id, TestSupport::storageOnlyFinalize()))
            return {};
        CaseBundle bundle;
        store->loadCase(caseId, &bundle);
        return bundle.assessments.constLast();
    }
};

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

public:
    TestSupport::PgCluster m_cluster;

private Q_SLOTS:
    void initTestCase()
    {
        if (!onTeamStore())
            return;
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        g_cluster = &m_cluster;
    }

    void init()
    {
        // What only a case file has: its file, lock, migrations, SQLite's own API. (On a team store the server's
        // date rules retention: tst_teamstore.)
        static const QStringList caseFileOnly = { QStringLiteral("aFinalizedCaseIsNeverDiscarded"),
            QStringLiteral("createsNewCaseFile"), QStringLiteral("emptyLockOfAProcessKilledWhileLockingIsTakenOver"),
            QStringLiteral("failedMigrationLeavesTheOldVersion"),
            QStringLiteral("largeFileIsOpenedWithoutReadingItWhole"),
            QStringLiteral("migrationWritesBackupAndUpgrades"), QStringLiteral("migrationsMustBeInSequence"),
            QStringLiteral("namedParametersBindOrFailTheStatement"), QStringLiteral("opensTheFirstSchemaFixture"),
            QStringLiteral("refusesBadFiles"), QStringLiteral("refusesEmptyFile"),
            QStringLiteral("saveCopyWritesAWholeFileThatOpens"), QStringLiteral("secondWriterIsToldWhoHasTheFile"),
            QStringLiteral("staleLockOfACrashedProcessIsTakenOver"),
            QStringLiteral("tamperedFixturesFailVerification") };
        if (onTeamStore() && caseFileOnly.contains(QLatin1String(QTest::currentTestFunction())))
            QSKIP("a case file's own behaviour");
    }

    void registerReadsEveryTestableFactOfTheRecord()
    {
        Fixture f;
        QVERIFY(f.setUp());
        CaseFacts facts;
        facts.name = QStringLiteral("柜台人脸核验");
        facts.placeKind = PlaceKind::Station;
        facts.publicPlace = true;
        facts.storedPeople = 123456;
        facts.minorsUnder14 = true;
        facts.originalImagesStored = true;
        facts.methods = { Method::Identification, Method::RemoteFrictionless };
        facts.status = CaseStatus::InUse;
        QVERIFY2(f.store->updateCaseFacts(f.caseId, facts), qPrintable(f.store->errorString()));
        QVERIFY(f.finalizedVersion().isFinal());
        // The facts change after finalization: the register must read those the version recorded.
        CaseFacts later;
        later.name = facts.name;
        QVERIFY(f.store->updateCaseFacts(f.caseId, later));

        QList<CaseBundle> heads;
        CaseStore::HeadParts parts;
        parts.latestRisks = true;
        QVERIFY(f.store->loadCaseHeads(0, 10, parts, &heads));
        QCOMPARE(heads.size(), 1);
        QVERIFY(heads.constFirst().assessments.constLast().record.has_value());
        const CaseFacts& read = heads.constFirst().assessments.constLast().record->facts;
        QVERIFY(TestableFacts::all().size() >= 7);
        for (const TestableFacts::Fact& fact : TestableFacts::all())
            QVERIFY2(fact.get(read) == fact.get(facts), fact.name);

        // Read for a list of cases (the dashboard's most urgent), the same: unknown ids skipped, each case once.
        QList<CaseBundle> listed;
        QVERIFY2(f.store->loadCaseHeads(QList<qint64> { f.caseId + 1000, f.caseId, f.caseId }, parts, &listed),
            qPrintable(f.store->errorString()));
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.constFirst().caseInfo.id, f.caseId);
        QCOMPARE(listed.constFirst().assessments.size(), heads.constFirst().assessments.size());
        QVERIFY(
            listed.constFirst().assessments.constLast().record == heads.constFirst().assessments.constLast().record);
    }

    void namedParametersBindOrFailTheStatement()
    {
        QTemporaryDir dir;
        SqliteConnection db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("named.sqlite")), SqliteConnection::OpenMode::ReadWriteCreate,
            &Clock::system()));
        SqliteStatement good(db, QStringLiteral("SELECT :number + 1, :text"));
        good.bind(":number", 41).bind(":text", QStringLiteral("四十二"));
        QVERIFY(good.next());
        QCOMPARE(good.integer(0), 42);
        QCOMPARE(good.text(1), QStringLiteral("四十二"));
        // A name the statement does not have is a mistake in the code: the statement never runs, even after reset().
        SqliteStatement misbound(db, QStringLiteral("SELECT :number"));
        misbound.bind(":numbr", 1);
        QVERIFY(!misbound.next());
        QVERIFY(!misbound.ok());
        QVERIFY2(db.errorString().contains(QLatin1String(":numbr")), qPrintable(db.errorString()));
        misbound.reset();
        misbound.bind(":number", 1);
        QVERIFY(!misbound.run());
    }

    void createsNewCaseFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/new.piadesk"));
        QString error;
        auto store = CaseStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(TestSupport::rawScalar(path, QStringLiteral("PRAGMA application_id")).toLongLong(),
            qint64(Migrator::kApplicationId));
        QCOMPARE(TestSupport::rawScalar(path, QStringLiteral("PRAGMA user_version")).toInt(),
            Migrator::currentSchemaVersion());
        QCOMPARE(TestSupport::rawScalar(path, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        QVERIFY(!QFile::exists(path + QStringLiteral(".creating")));
        const QList<AuditEvent> events = store->auditEvents();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.constFirst().action, QStringLiteral("file.create"));
        QCOMPARE(events.constFirst().actor, CaseStore::systemUserName());
        QVERIFY(store->verify().ok());
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not SQLite") << QStringLiteral("not-sqlite.piadesk") << QStringLiteral("not an SQLite database");
        QTest::newRow("foreign SQLite") << QStringLiteral("foreign.sqlite")
                                        << QStringLiteral("is an SQLite database but not a PIAdesk case file");
        QTest::newRow("newer schema") << QStringLiteral("newer-schema.piadesk")
                                      << QStringLiteral("written by a newer version of PIAdesk (case file schema 999");
        QTest::newRow("truncated") << QStringLiteral("truncated.piadesk") << QStringLiteral("is damaged");
        QTest::newRow("corrupt") << QStringLiteral("corrupt.piadesk") << QStringLiteral("is damaged");
    }

    void refusesBadFiles()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, expected);
        for (const bool readOnly : { false, true }) {
            QTemporaryDir dir;
            const QString path = copyFixture(dir, fixture);
            QVERIFY(!path.isEmpty());
            const QByteArray before = TestSupport::fileBytes(path);
            CaseStore::Options options;
            options.readOnly = readOnly;
            QString error;
            auto store = CaseStore::open(path, options, &error);
            QVERIFY(!store);
            QVERIFY2(error.contains(expected), qPrintable(error));
            QVERIFY2(error.contains(QLatin1String("left as it is")), qPrintable(error));
            QCOMPARE(TestSupport::fileBytes(path), before);
            QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { fixture });
        }
    }

    void largeFileIsOpenedWithoutReadingItWhole()
    {
        // Above fullCheckBytes only the schema and the length are checked on open; verify() reads every page.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("large.piadesk"));
        {
            FixedClock clock(QDateTime(QDate(2025, 2, 20), QTime(10, 0), Qt::UTC));
            CaseStore::Options options;
            options.clock = &clock;
            QString error;
            auto store = CaseStore::open(path, options, &error);
            QVERIFY2(store, qPrintable(error));
            QVERIFY(TestSupport::buildCompleteCase(*store, clock) > 0);
        }
        CaseStore::Options large;
        large.fullCheckBytes = 0;
        large.readOnly = true;
        QString error;
        QVERIFY2(CaseStore::open(path, large, &error), qPrintable(error));

        // Cut short: refused on open, untouched.
        const QByteArray whole = TestSupport::fileBytes(path);
        const QString cut = dir.filePath(QStringLiteral("cut.piadesk"));
        {
            QFile f(cut);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(whole.left(whole.size() - 4096));
        }
        for (const bool readOnly : { true, false }) {
            large.readOnly = readOnly;
            QVERIFY(!CaseStore::open(cut, large, &error));
            QVERIFY2(error.contains(QLatin1String("is damaged")), qPrintable(error));
            QCOMPARE(TestSupport::fileBytes(cut), whole.left(whole.size() - 4096));
        }

        // Garbage in a page of the case table: not seen on open, seen by verify, file untouched.
        const QString damaged = dir.filePath(QStringLiteral("damaged.piadesk"));
        QByteArray bytes = whole;
        const qsizetype page = 4096 * 3;
        for (qsizetype i = page + 8; i < page + 4000; ++i)
            bytes[i] = char(0xA5);
        {
            QFile f(damaged);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        large.readOnly = true;
        auto store = CaseStore::open(damaged, large, &error);
        QVERIFY2(store, qPrintable(error));
        const VerifyReport report = store->verify();
        QVERIFY(!report.ok());
        store.reset();
        QCOMPARE(TestSupport::fileBytes(damaged), bytes);
        // A small file is still checked page by page on open.
        QVERIFY(!CaseStore::open(damaged, &error));
        QVERIFY2(error.contains(QLatin1String("is damaged")), qPrintable(error));
    }

    void refusesEmptyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.piadesk"));
        QFile(path).open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(!CaseStore::open(path, &error));
        QVERIFY2(error.contains(QLatin1String("empty file")), qPrintable(error));
        QCOMPARE(QFileInfo(path).size(), 0);
    }

    void secondWriterIsToldWhoHasTheFile()
    {
        QTemporaryDir dir;
        auto first = TestSupport::openStore(dir);
        QVERIFY(first);
        QString error;
        auto second = CaseStore::open(dir.filePath(QStringLiteral("cases.piadesk")), &error);
        QVERIFY(!second);
        QVERIFY2(error.contains(QLatin1String("is in use by")), qPrintable(error));
        QVERIFY2(error.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(error));
        // A reader is let in, and sees what the writer wrote.
        Organisation org;
        org.name = QStringLiteral("读者可见");
        QVERIFY(first->saveOrganisation(org));
        CaseStore::Options readOnly;
        readOnly.readOnly = true;
        auto reader = CaseStore::open(dir.filePath(QStringLiteral("cases.piadesk")), readOnly, &error);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(reader->organisations().size(), 1);
        QVERIFY(!reader->saveOrganisation(org));
        QVERIFY2(reader->errorString().contains(QLatin1String("read-only")), qPrintable(reader->errorString()));
        // Once the writer is gone, another can write.
        first.reset();
        auto third = CaseStore::open(dir.filePath(QStringLiteral("cases.piadesk")), &error);
        QVERIFY2(third, qPrintable(error));
    }

    void staleLockOfACrashedProcessIsTakenOver()
    {
        QTemporaryDir dir;
        // The lock a killed piadesk would leave behind: its process no longer exists.
        QVERIFY(caseFileLockedBy(
            dir, QByteArray::number(2147483000) + "\npiadesk\n" + QSysInfo::machineHostName().toUtf8() + "\n"));
        QString error;
        auto store = CaseStore::open(dir.filePath(QStringLiteral("cases.piadesk")), &error);
        QVERIFY2(store, qPrintable(error));
    }

    void emptyLockOfAProcessKilledWhileLockingIsTakenOver()
    {
        QTemporaryDir dir;
        // A process killed between creating its lock file and writing its name leaves an empty one (with QLockFile,
        // which never called it stale, tst_reliability's random kills found it); the kernel's lock has no such case.
        QVERIFY(caseFileLockedBy(dir, QByteArray()));
        QString error;
        auto store = CaseStore::open(dir.filePath(QStringLiteral("cases.piadesk")), &error);
        QVERIFY2(store, qPrintable(error));
        // The lock is ours now: another writer is refused and told who has the file.
        auto second = CaseStore::open(dir.filePath(QStringLiteral("cases.piadesk")), &error);
        QVERIFY(!second);
        QVERIFY2(error.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(error));
    }

    void organisationAndCaseFieldsAreValidated()
    {
        Fixture f;
        QVERIFY(f.setUp());
        Organisation bad;
        bad.name = QStringLiteral("错误代码单位");
        bad.creditCode = QStringLiteral("91350100M000100Y44");
        QVERIFY(!f.store->saveOrganisation(bad));
        QVERIFY2(f.store->errorString().contains(QLatin1String("organisation.creditCode")),
            qPrintable(f.store->errorString()));
        Organisation typed;
        typed.name = QStringLiteral("全角输入单位");
        typed.creditCode = QStringLiteral(" ９１３５０１００ｍ０００１００ｙ４３");
        QVERIFY2(f.store->saveOrganisation(typed), qPrintable(f.store->errorString()));
        QCOMPARE(f.store->organisation(typed.id)->creditCode, QStringLiteral("91350100M000100Y43"));
        typed.address = QStringLiteral("福州市鼓楼区");
        QVERIFY(f.store->saveOrganisation(typed));
        QCOMPARE(f.store->organisation(typed.id)->address, QStringLiteral("福州市鼓楼区"));
        const AuditEvent last = f.store->auditEvents().constLast();
        QCOMPARE(last.action, QStringLiteral("organisation.update"));
        QCOMPARE(last.field, QStringLiteral("organisation.address"));
        QCOMPARE(last.detail, QStringLiteral("福州市鼓楼区"));

        CaseFacts facts;
        facts.name = QStringLiteral("超长描述");
        facts.description = QString(1024 * 1024, QLatin1Char('x'));
        facts.storedPeople = -3;
        QVERIFY(!f.store->createCase(typed.id, facts));
        QVERIFY(f.store->errorString().contains(QLatin1String("case.description")));
        QVERIFY(f.store->errorString().contains(QLatin1String("case.storedPeople")));
        QCOMPARE(f.store->listCases().size(), 1);
    }

    void factsAndAnswersRoundTripWithAudit()
    {
        Fixture f;
        QVERIFY(f.setUp());
        CaseBundle bundle;
        QVERIFY(f.store->loadCase(f.caseId, &bundle));
        CaseFacts facts = bundle.caseInfo.facts;
        facts.publicPlace = true;
        facts.storedPeople = 10001;
        facts.methods = { Method::Verification, Method::RemoteFrictionless };
        facts.equipment = { { QStringLiteral("闸机"), QStringLiteral("G1"), QStringLiteral("厂商"), 4 } };
        facts.startOfUse = QDate(2025, 9, 26);
        facts.description = QStringLiteral("<script>alert('x')</script> =SUM(A1:A9)");
        const qint64 lastSeqBefore = f.store->auditEvents().constLast().seq;
        QVERIFY2(f.store->updateCaseFacts(f.caseId, facts), qPrintable(f.store->errorString()));
        QVERIFY(f.store->loadCase(f.caseId, &bundle));
        QCOMPARE(bundle.caseInfo.facts, facts);
        QCOMPARE(bundle.caseInfo.revision, 2);
        const QList<AuditEvent> events = f.store->auditEvents(bundle.caseInfo.uuid);
        QStringList fields;
        for (const AuditEvent& e : events) {
            if (e.seq > lastSeqBefore) {
                QCOMPARE(e.action, QStringLiteral("case.update"));
                fields.append(e.field);
            }
        }
        QCOMPARE(fields.size(), 6);
        for (const char* field : { "publicPlace", "storedPeople", "methods", "equipment", "startOfUse", "description" })
            QVERIFY2(fields.contains(QLatin1String(field)), field);
        // A team store names the role the server authenticated, whatever the actor set.
        QCOMPARE(
            events.constLast().actor, onTeamStore() ? TestSupport::PgCluster::superuser() : QStringLiteral("tester"));

        AssessmentVersion v;
        QVERIFY(f.store->createAssessment(f.caseId, TriggerKind::Initial, {}, {}, &v));
        QCOMPARE(v.triggerDate, f.clock.today());
        const QList<Answer> answers = {
            { QStringLiteral("a_text"), QJsonValue(QStringLiteral("文字")), QStringLiteral("依据"), {} },
            { QStringLiteral("b_bool"), QJsonValue(false), {}, {} },
            { QStringLiteral("c_number"), QJsonValue(10001), {}, {} },
            { QStringLiteral("d_list"), QJsonValue(QJsonArray { QStringLiteral("x"), QStringLiteral("y") }), {}, {} },
            { QStringLiteral("e_null"), QJsonValue(QJsonValue::Null), QStringLiteral("未作答"), {} },
        };
        for (const Answer& a : answers)
            QVERIFY2(f.store->saveAnswer(v.id, a), qPrintable(f.store->errorString()));
        QVERIFY(f.store->loadCase(f.caseId, &bundle));
        QCOMPARE(bundle.assessments.constFirst().answers, answers);
        // Saving again replaces the answer.
        Answer again = answers.at(0);
        again.value = QJsonValue(QStringLiteral("改过"));
        QVERIFY(f.store->saveAnswer(v.id, again));
        QVERIFY(f.store->loadCase(f.caseId, &bundle));
        QCOMPARE(
            bundle.assessments.constFirst().answer(QStringLiteral("a_text"))->value.toString(), QStringLiteral("改过"));
    }

    void finalizedVersionCannotChangeThroughTheStore()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const AssessmentVersion v = f.finalizedVersion();
        QCOMPARE(v.state, AssessmentState::Finalized);
        QCOMPARE(v.retainUntil, QDate(2028, 3, 1));
        QCOMPARE(v.finalizedAt, QDateTime(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC));
        QVERIFY(v.record.has_value());
        QCOMPARE(v.record->organisation.name, QStringLiteral("示例银行股份有限公司"));
        QCOMPARE(v.contentHash.size(), 64);

        QVERIFY(!f.store->saveAnswer(v.id, { QStringLiteral("q1"), QJsonValue(QStringLiteral("否")), {}, {} }));
        QVERIFY2(f.store->errorString().contains(QLatin1String("re-assessment")), qPrintable(f.store->errorString()));
        QVERIFY(!f.store->saveRisks(v.id, {}));
        QVERIFY(!f.store->saveMeasures(v.id, {}));
        QVERIFY(!f.store->saveSignOff(v.id, QStringLiteral("x"), QStringLiteral("y"), {}, {}));
        QVERIFY(!f.store->setInReview(v.id, true));
        QVERIFY(!f.store->finalize(v.id, TestSupport::storageOnlyFinalize()));
        Attachment late;
        late.name = QStringLiteral("补充.pdf");
        late.data = QByteArray("late");
        late.assessmentUuid = v.uuid;
        QVERIFY(!f.store->addAttachment(f.caseId, late));

        // Changing the case facts afterwards leaves the finalized record as it was.
        CaseBundle bundle;
        QVERIFY(f.store->loadCase(f.caseId, &bundle));
        CaseFacts facts = bundle.caseInfo.facts;
        facts.name = QStringLiteral("改名后的案件");
        QVERIFY(f.store->updateCaseFacts(f.caseId, facts));
        QVERIFY(f.store->loadCase(f.caseId, &bundle));
        QCOMPARE(bundle.assessments.constFirst().record->facts.name, QStringLiteral("柜台人脸核验"));
        QCOMPARE(bundle.assessments.constFirst().contentHash, v.contentHash);
        QVERIFY(f.store->verify().ok());
    }

    void finalizedVersionCannotChangeThroughSql_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("answer update") << QStringLiteral("UPDATE answer SET justification = 'x'");
        QTest::newRow("answer insert") << QStringLiteral(
            "INSERT INTO answer (assessment_id, question_id, value, updated_at) "
            "SELECT id, 'new', '[1]', '' FROM assessment");
        QTest::newRow("state back to draft") << QStringLiteral("UPDATE assessment SET state = 'draft'");
        QTest::newRow("risk insert") << QStringLiteral(
            "INSERT INTO risk (uuid, assessment_id, position, impact, likelihood, "
            "residual_impact, residual_likelihood) "
            "SELECT 'r', id, 0, 'low', 'low', 'low', 'low' FROM assessment");
        QTest::newRow("audit update") << QStringLiteral("UPDATE audit_event SET actor = 'x'");
        QTest::newRow("audit delete") << QStringLiteral("DELETE FROM audit_event");
        QTest::newRow("blob rewrite") << (onTeamStore() ? QStringLiteral("UPDATE blob SET data = '\\x00'::bytea")
                                                        : QStringLiteral("UPDATE blob SET data = x'00'"));
    }

    void finalizedVersionCannotChangeThroughSql()
    {
        QFETCH(QString, sql);
        Fixture f;
        QVERIFY(f.setUp());
        Attachment evidence;
        evidence.name = QStringLiteral("证明.pdf");
        evidence.data = QByteArray("evidence");
        QVERIFY(f.store->addAttachment(f.caseId, evidence));
        const AssessmentVersion v = f.finalizedVersion();
        QVERIFY(v.isFinal());
        QString error;
        QVERIFY(!TestSupport::execRaw(f.store->path(), sql, &error));
        QVERIFY2(error.contains(QLatin1String("PIADESK_")), qPrintable(error));
        QVERIFY(f.store->verify().ok());
    }

    void everyAssessmentColumnIsGuarded()
    {
        Fixture f;
        QVERIFY(f.setUp());
        f.finalizedVersion();
        const QString listed = TestSupport::rawScalar(f.store->path(),
            onTeamStore() ? QStringLiteral("SELECT string_agg(column_name, ',') FROM information_schema.columns "
                                           "WHERE table_schema = 'piadesk' AND table_name = 'assessment'")
                          : QStringLiteral("SELECT group_concat(name) FROM pragma_table_info('assessment')"));
        const QStringList columns = listed.split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (onTeamStore()) {
            // The server's guard compares the whole row (so a column added later is guarded too) and lets a write
            // that changes nothing pass: each column is changed, by its type.
            const QString typed = TestSupport::rawScalar(f.store->path(),
                QStringLiteral(
                    "SELECT string_agg(column_name || ':' || data_type, ',') FROM information_schema.columns "
                    "WHERE table_schema = 'piadesk' AND table_name = 'assessment'"));
            QVERIFY(typed.count(QLatin1Char(',')) > 10);
            for (const QString& entry : typed.split(QLatin1Char(','))) {
                const QString column = entry.section(QLatin1Char(':'), 0, 0);
                const QString type = entry.section(QLatin1Char(':'), 1);
                if (column == QLatin1String("state"))
                    continue;
                const QString change = type == QLatin1String("bigint") ? QStringLiteral("%1 = %1 + 1")
                    : type == QLatin1String("ARRAY")                   ? QStringLiteral("%1 = %1 || 'x'::text")
                                                                       : QStringLiteral("%1 = coalesce(%1, '') || 'x'");
                QString error;
                QVERIFY2(!TestSupport::execRaw(
                             f.store->path(), QStringLiteral("UPDATE assessment SET ") + change.arg(column), &error),
                    qPrintable(column));
                QVERIFY2(error.contains(QLatin1String("PIADESK_FINALIZED_IMMUTABLE")), qPrintable(column + error));
            }
            return;
        }
        QVERIFY(columns.size() > 10);
        for (const QString& column : columns) {
            if (column == QLatin1String("state"))
                continue;
            QString error;
            QVERIFY2(!TestSupport::execRaw(
                         f.store->path(), QStringLiteral("UPDATE assessment SET %1 = %1").arg(column), &error),
                qPrintable(column));
            QVERIFY2(error.contains(QLatin1String("PIADESK_FINALIZED_IMMUTABLE")), qPrintable(column + error));
        }
    }

    void retentionBlocksDeletion()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const AssessmentVersion v1 = f.finalizedVersion(); // 2025-03-01, kept until 2028-03-01
        f.clock.setNow(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
        AssessmentVersion v2;
        QVERIFY(f.store->createAssessment(
            f.caseId, TriggerKind::PurposeChanged, QDate(2026, 1, 4), QStringLiteral("新增访客用途"), &v2));
        QVERIFY(f.store->saveSignOff(v2.id, QStringLiteral("a"), QStringLiteral("b"), {}, {}));
        QVERIFY(f.store->finalize(v2.id, TestSupport::storageOnlyFinalize())); // kept until 2029-01-05

        QVERIFY(!f.store->deleteAssessment(v1.id));
        QVERIFY2(f.store->errorString().contains(QLatin1String("2028-03-01"))
                && f.store->errorString().contains(QLatin1String("2028-03-02")),
            qPrintable(f.store->errorString()));
        QVERIFY(!f.store->deleteCase(f.caseId));
        QString error;
        // Outside PIAdesk (no foreign keys, no piadesk_today()) the rows are still protected.
        QVERIFY(!TestSupport::execRaw(f.store->path(), QStringLiteral("DELETE FROM frt_case"), &error));
        QVERIFY(!TestSupport::execRaw(f.store->path(), QStringLiteral("DELETE FROM assessment"), &error));
        QVERIFY(!TestSupport::execRaw(f.store->path(), QStringLiteral("DELETE FROM answer"), &error));

        if (onTeamStore())
            return; // there the server's date rules, not this clock (tst_teamstore: psql refused)
        f.clock.setNow(QDateTime(QDate(2028, 3, 1), QTime(12, 0)));
        QVERIFY(!f.store->deleteAssessment(v1.id)); // the last day of retention
        f.clock.setNow(QDateTime(QDate(2028, 3, 2), QTime(12, 0)));
        QVERIFY2(f.store->deleteAssessment(v1.id), qPrintable(f.store->errorString())); // superseded, past its own date
        QVERIFY(!f.store->deleteCase(f.caseId)); // version 2 is still kept
        QVERIFY2(f.store->errorString().contains(QLatin1String("version 2")), qPrintable(f.store->errorString()));
        f.clock.setNow(QDateTime(QDate(2029, 1, 6), QTime(12, 0)));
        QVERIFY2(f.store->deleteCase(f.caseId), qPrintable(f.store->errorString()));
        QVERIFY(f.store->listCases().isEmpty());
        QCOMPARE(f.store->auditEvents().constLast().action, QStringLiteral("case.delete"));
        QVERIFY(f.store->verify().ok());
    }

    void draftsCanBeDeletedAnyTime()
    {
        Fixture f;
        QVERIFY(f.setUp());
        AssessmentVersion v;
        QVERIFY(f.store->createAssessment(f.caseId, TriggerKind::Initial, {}, {}, &v));
        QVERIFY(f.store->deleteAssessment(v.id));
        QVERIFY(f.store->deleteCase(f.caseId));
    }

    void aNeverUsedCaseIsDiscardedWithItsOwnOrganisation()
    {
        Fixture f;
        QVERIFY(f.setUp());
        CaseBundle bundle;
        QVERIFY(f.store->loadCase(f.caseId, &bundle));
        // A second case of the same organisation: discarding the first keeps the organisation.
        CaseFacts facts;
        facts.name = QStringLiteral("第二个案件");
        Case second;
        QVERIFY(f.store->createCase(bundle.caseInfo.organisationId, facts, &second));
        QVERIFY(f.store->discardCase(f.caseId));
        QVERIFY(f.store->organisation(bundle.caseInfo.organisationId));
        QVERIFY(f.store->discardCase(second.id));
        QVERIFY(!f.store->organisation(bundle.caseInfo.organisationId));
        const QList<AuditEvent> events = f.store->auditEvents();
        QCOMPARE(events.constLast().action, QStringLiteral("case.discard"));
        QVERIFY(f.store->verify().ok());
    }

    void aFinalizedCaseIsNeverDiscarded()
    {
        FixedClock clock(QDate(2025, 6, 2));
        QTemporaryDir dir;
        auto store = TestSupport::openStore(dir, QStringLiteral("cases.piadesk"), &clock);
        const qint64 caseId = TestSupport::buildCompleteCase(*store, clock);
        QVERIFY(caseId);
        QVERIFY(!store->discardCase(caseId));
        QVERIFY2(store->errorString().contains(QLatin1String("finalized")), qPrintable(store->errorString()));
        QCOMPARE(store->listCases().size(), 1);
    }

    void reassessmentStartsFromTheLastVersion()
    {
        Fixture f;
        QVERIFY(f.setUp());
        AssessmentVersion first;
        QVERIFY(!f.store->createAssessment(f.caseId, TriggerKind::PurposeChanged, QDate(2025, 3, 1), {}));
        QVERIFY(f.store->createAssessment(f.caseId, TriggerKind::Initial, {}, {}, &first));
        QVERIFY(!f.store->createAssessment(f.caseId, TriggerKind::Other, QDate(2025, 3, 1), {}));
        QVERIFY2(f.store->errorString().contains(QLatin1String("still draft")), qPrintable(f.store->errorString()));
        Attachment evidence;
        evidence.name = QStringLiteral("同意书.pdf");
        evidence.data = QByteArray("consent form");
        evidence.assessmentUuid = first.uuid;
        QVERIFY(f.store->addAttachment(f.caseId, evidence));
        QVERIFY(f.store->saveAnswer(first.id, { QStringLiteral("consent"), QJsonValue(true), {}, { evidence.uuid } }));
        const QList<Risk> risks
            = { { QStringLiteral("r1"), QStringLiteral("泄露"), {}, { ImpactKind::PersonOrProperty },
                ImpactLevel::Severe, Likelihood::Medium, ImpactLevel::High, Likelihood::Low, {}, {} } };
        QVERIFY(f.store->saveRisks(first.id, risks));
        QVERIFY(f.store->saveMeasures(first.id,
            { { QStringLiteral("m1"), QStringLiteral("r1"), QStringLiteral("加密"), QStringLiteral("IT"),
                QDate(2025, 4, 1), MeasureStatus::Planned } }));
        ProcessingActivity gate;
        gate.uuid = QStringLiteral("a1");
        gate.name = QStringLiteral("刷脸通行");
        gate.legalBasis = QStringLiteral("单独同意");
        gate.crossBorder = QStringLiteral("不出境");
        QVERIFY(f.store->saveActivities(first.id, { gate }));
        QVERIFY(f.store->saveSignOff(first.id, QStringLiteral("a"), QStringLiteral("b"), {}, {}));
        QVERIFY(f.store->finalize(first.id, TestSupport::storageOnlyFinalize()));
        QVERIFY(!f.store->saveActivities(first.id, {})); // a finalized data map never changes
        QVERIFY(!f.store->createAssessment(f.caseId, TriggerKind::Initial, QDate(2025, 6, 1), {}));
        QVERIFY(!f.store->createAssessment(f.caseId, TriggerKind::MethodsChanged, {}, {}));
        QVERIFY2(f.store->errorString().contains(QLatin1String("date")), qPrintable(f.store->errorString()));

        f.clock.setNow(QDateTime(QDate(2025, 6, 2), QTime(9, 0), Qt::UTC));
        AssessmentVersion second;
        QVERIFY(f.store->createAssessment(
            f.caseId, TriggerKind::MethodsChanged, QDate(2025, 6, 1), QStringLiteral("改为 1:N 辨识"), &second));
        QCOMPARE(second.number, 2);
        CaseBundle bundle;
        QVERIFY(f.store->loadCase(f.caseId, &bundle));
        const AssessmentVersion& copy = bundle.assessments.at(1);
        QCOMPARE(copy.state, AssessmentState::Draft);
        QCOMPARE(copy.trigger, TriggerKind::MethodsChanged);
        QCOMPARE(copy.triggerDescription, QStringLiteral("改为 1:N 辨识"));
        QCOMPARE(copy.risks, risks);
        QCOMPARE(copy.measures.size(), 1);
        QCOMPARE(copy.activities, QList<ProcessingActivity> { gate }); // the data map carries over too
        QCOMPARE(bundle.assessments.at(0).activities, QList<ProcessingActivity> { gate });
        QVERIFY(copy.assessor.isEmpty());
        QVERIFY(copy.contentHash.isEmpty());
        // The evidence was carried over as a new attachment of version 2, and the answer points at it.
        QCOMPARE(bundle.attachments.size(), 2);
        const Attachment& carried = bundle.attachments.at(1);
        QCOMPARE(carried.assessmentUuid, copy.uuid);
        QCOMPARE(carried.sha256, bundle.attachments.at(0).sha256);
        QCOMPARE(copy.answer(QStringLiteral("consent"))->evidence, QStringList { carried.uuid });
        QCOMPARE(
            TestSupport::rawScalar(f.store->path(), QStringLiteral("SELECT COUNT(*) FROM blob")), QStringLiteral("1"));

        QVERIFY(f.store->saveSignOff(second.id, QStringLiteral("a"), QStringLiteral("b"), {}, {}));
        QVERIFY(f.store->finalize(second.id, TestSupport::storageOnlyFinalize()));
        QVERIFY(f.store->loadCase(f.caseId, &bundle));
        QCOMPARE(bundle.assessments.at(0).state, AssessmentState::Superseded);
        QCOMPARE(bundle.assessments.at(1).state, AssessmentState::Finalized);
        QCOMPARE(bundle.assessments.at(0).retainUntil, QDate(2028, 3, 1));
        QCOMPARE(bundle.assessments.at(1).retainUntil, QDate(2028, 6, 2));
        const VerifyReport report = f.store->verify();
        QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.finalizedVersions, 2);
    }

    void finalizeNeedsAssessorAndReviewer()
    {
        Fixture f;
        QVERIFY(f.setUp());
        AssessmentVersion v;
        QVERIFY(f.store->createAssessment(f.caseId, TriggerKind::Initial, {}, {}, &v));
        QVERIFY(!f.store->finalize(v.id, TestSupport::storageOnlyFinalize()));
        QVERIFY2(f.store->errorString().contains(QLatin1String("assessor")), qPrintable(f.store->errorString()));
        QVERIFY(f.store->errorString().contains(QLatin1String("reviewer")));
    }

    void attachmentsAreStoredOncePerContent()
    {
        Fixture f;
        QVERIFY(f.setUp());
        Attachment a;
        a.name = QStringLiteral("../../etc/passwd");
        a.mediaType = QStringLiteral("text/plain");
        a.data = QByteArray("same bytes");
        Attachment b = a;
        b.name = QStringLiteral("/absolute/name.txt");
        QVERIFY(f.store->addAttachment(f.caseId, a));
        QVERIFY(f.store->addAttachment(f.caseId, b));
        QCOMPARE(
            a.sha256, QString::fromLatin1(QCryptographicHash::hash("same bytes", QCryptographicHash::Sha256).toHex()));
        QCOMPARE(a.size, 10);
        QCOMPARE(f.store->attachmentData(b.id), QByteArray("same bytes"));
        QCOMPARE(
            TestSupport::rawScalar(f.store->path(), QStringLiteral("SELECT COUNT(*) FROM blob")), QStringLiteral("1"));
        CaseBundle bundle;
        QVERIFY(f.store->loadCase(f.caseId, &bundle));
        QCOMPARE(bundle.attachments.at(0).name, QStringLiteral("../../etc/passwd"));
        QVERIFY(f.store->deleteAttachment(a.id));
        QCOMPARE(
            TestSupport::rawScalar(f.store->path(), QStringLiteral("SELECT COUNT(*) FROM blob")), QStringLiteral("1"));
        QVERIFY(f.store->deleteAttachment(b.id));
        QCOMPARE(
            TestSupport::rawScalar(f.store->path(), QStringLiteral("SELECT COUNT(*) FROM blob")), QStringLiteral("0"));

        Attachment huge;
        huge.name = QStringLiteral("video.mp4");
        huge.data = QByteArray(int(FieldRules::kMaxAttachmentBytes + 1), 'x');
        QVERIFY(!f.store->addAttachment(f.caseId, huge));
        QVERIFY2(f.store->errorString().contains(QLatin1String("at most 50 MiB")), qPrintable(f.store->errorString()));
    }

    void filingsAreKept()
    {
        Fixture f;
        QVERIFY(f.setUp());
        FilingRecord filing;
        filing.kind = FilingKind::Initial;
        filing.triggerDate = QDate(2025, 9, 26);
        filing.authority = QStringLiteral("北京市海淀区网信办");
        filing.materials = { { QStringLiteral("basic_facts"), MaterialStatus::Ready } };
        QVERIFY(f.store->saveFiling(f.caseId, filing));
        filing.submittedOn = QDate(2025, 10, 20);
        filing.referenceNumber = QStringLiteral("京海网信备2025-001");
        QVERIFY(f.store->saveFiling(f.caseId, filing));
        CaseBundle bundle;
        QVERIFY(f.store->loadCase(f.caseId, &bundle));
        QCOMPARE(bundle.filings.size(), 1);
        QCOMPARE(bundle.filings.constFirst(), filing);
        filing.submittedOn = QDate(1800, 1, 1);
        QVERIFY(!f.store->saveFiling(f.caseId, filing));
        QVERIFY2(
            f.store->errorString().contains(QLatin1String("filing.submittedOn")), qPrintable(f.store->errorString()));
        QVERIFY(f.store->deleteFiling(filing.id));
        QVERIFY(f.store->loadCase(f.caseId, &bundle));
        QVERIFY(bundle.filings.isEmpty());
    }

    void auditChainDetectsTampering()
    {
        Fixture f;
        QVERIFY(f.setUp());
        f.finalizedVersion();
        const QList<AuditEvent> events = f.store->auditEvents();
        QVERIFY(events.size() >= 6);
        for (qsizetype i = 1; i < events.size(); ++i)
            QCOMPARE(events.at(i).prevHash, events.at(i - 1).hash);
        QVERIFY(f.store->verify().ok());

        // Someone with the sqlite3 shell drops the guard and rewrites history.
        QString error;
        QVERIFY2(TestSupport::execRaw(f.store->path(),
                     disablingGuards(QStringLiteral("audit_event"), QStringLiteral("audit_event_no_update"))
                         + QStringLiteral("UPDATE audit_event SET detail = 'nothing happened' WHERE seq = 3"),
                     &error),
            qPrintable(error));
        VerifyReport report = f.store->verify();
        QVERIFY(!report.ok());
        QVERIFY2(report.problems.join(QLatin1Char('\n')).contains(QLatin1String("Audit event 3 was altered")),
            qPrintable(report.problems.join(QLatin1Char('\n'))));
    }

    void auditChainDetectsRemovedEvents()
    {
        Fixture f;
        QVERIFY(f.setUp());
        f.finalizedVersion();
        QString error;
        QVERIFY2(TestSupport::execRaw(f.store->path(),
                     disablingGuards(QStringLiteral("audit_event"), QStringLiteral("audit_event_no_delete"))
                         + QStringLiteral("DELETE FROM audit_event WHERE seq = 2"),
                     &error),
            qPrintable(error));
        const VerifyReport report = f.store->verify();
        QVERIFY(!report.ok());
        QVERIFY2(report.problems.join(QLatin1Char('\n')).contains(QLatin1String("Audit event 2 is missing")),
            qPrintable(report.problems.join(QLatin1Char('\n'))));
    }

    void verifyDetectsChangedFinalizedContent_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        const QString assessmentOff
            = disablingGuards(QStringLiteral("assessment"), QStringLiteral("assessment_final_content"));
        QTest::newRow("answer") << disablingGuards(QStringLiteral("answer"), QStringLiteral("answer_final_update"))
                + QStringLiteral("UPDATE answer SET value = '[\"否\"]'")
                                << QStringLiteral("version 1: the content no longer matches");
        QTest::newRow("recorded facts") << assessmentOff
                + (onTeamStore() ? QStringLiteral(
                       "UPDATE assessment SET record = jsonb_set(record::jsonb, '{facts,storedPeople}', '5')::text")
                                 : QStringLiteral(
                                     "UPDATE assessment SET record = json_set(record, '$.facts.storedPeople', 5)"))
                                        << QStringLiteral("version 1: the content no longer matches");
        QTest::newRow("retention date") << assessmentOff
                + QStringLiteral("UPDATE assessment SET retain_until = '2025-03-02'")
                                        << QStringLiteral("version 1: the content no longer matches");
        QTest::newRow("attachment bytes") << disablingGuards(QStringLiteral("blob"), QStringLiteral("blob_no_update"))
                + (onTeamStore() ? QStringLiteral("UPDATE blob SET data = '\\x00'::bytea")
                                 : QStringLiteral("UPDATE blob SET data = x'00'"))
                                          << QStringLiteral("attachment's content");
    }

    void verifyDetectsChangedFinalizedContent()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        Fixture f;
        QVERIFY(f.setUp());
        AssessmentVersion v;
        QVERIFY(f.store->createAssessment(f.caseId, TriggerKind::Initial, {}, {}, &v));
        Attachment evidence;
        evidence.name = QStringLiteral("证明.pdf");
        evidence.data = QByteArray("evidence");
        evidence.assessmentUuid = v.uuid;
        QVERIFY(f.store->addAttachment(f.caseId, evidence));
        QVERIFY(f.store->saveAnswer(v.id, { QStringLiteral("q1"), QJsonValue(QStringLiteral("是")), {}, {} }));
        QVERIFY(f.store->saveSignOff(v.id, QStringLiteral("a"), QStringLiteral("b"), {}, {}));
        QVERIFY(f.store->finalize(v.id, TestSupport::storageOnlyFinalize()));
        QVERIFY(f.store->verify().ok());
        QVERIFY(f.store->verifyCase(f.caseId).isEmpty());
        QString error;
        QVERIFY2(TestSupport::execRaw(f.store->path(), sql, &error), qPrintable(error));
        const VerifyReport report = f.store->verify();
        QVERIFY(!report.ok());
        QVERIFY2(report.problems.join(QLatin1Char('\n')).contains(expected),
            qPrintable(report.problems.join(QLatin1Char('\n'))));
        // The check run whenever the case is opened finds the same.
        const QStringList found = f.store->verifyCase(f.caseId);
        QVERIFY2(found.join(QLatin1Char('\n')).contains(expected), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void tamperedFixturesFailVerification_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("expected");
        QTest::newRow("audit") << QStringLiteral("audit-tampered.piadesk")
                               << QStringLiteral("Audit event 2 was altered");
        QTest::newRow("finalized") << QStringLiteral("finalized-tampered.piadesk")
                                   << QStringLiteral("version 2: the content no longer matches");
    }

    void tamperedFixturesFailVerification()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = copyFixture(dir, fixture);
        CaseStore::Options options;
        options.readOnly = true;
        QString error;
        auto store = CaseStore::open(path, options, &error);
        QVERIFY2(store, qPrintable(error));
        const VerifyReport report = store->verify();
        QVERIFY(!report.ok());
        QVERIFY2(report.problems.join(QLatin1Char('\n')).contains(expected),
            qPrintable(report.problems.join(QLatin1Char('\n'))));
        // The quick check run when the case is opened finds it too.
        QVERIFY(!store->verifyCase(1).isEmpty());
        // Neither reading nor opening for writing (as the app does) touches the evidence.
        const QByteArray before = TestSupport::fileBytes(path);
        store.reset();
        auto writer = CaseStore::open(path, &error);
        QVERIFY2(writer, qPrintable(error));
        QVERIFY(!writer->verify().ok());
        QVERIFY(!writer->verifyCase(1).isEmpty());
        writer.reset();
        QCOMPARE(TestSupport::fileBytes(path), before);
    }

    void opensTheFirstSchemaFixture()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, QStringLiteral("schema-v1.piadesk"));
        QString error;
        auto store = CaseStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(TestSupport::rawScalar(path, QStringLiteral("PRAGMA user_version")).toInt(),
            Migrator::currentSchemaVersion());
        if (Migrator::currentSchemaVersion() > 1)
            QVERIFY(QFile::exists(store->migrationBackupPath()));
        const VerifyReport report = store->verify();
        QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.finalizedVersions, 2);
        // The migrated file holds exactly the case the fixture was made from.
        const QByteArray exported = CaseExchange::exportCases(*store, { 1 }, &error);
        QJsonObject now = QJsonDocument::fromJson(exported).object();
        QJsonObject then = QJsonDocument::fromJson(
            TestSupport::fileBytes(TestSupport::dataPath(QStringLiteral("case-complete.json"))))
                               .object();
        for (QJsonObject* o : { &now, &then }) {
            o->remove(QStringLiteral("exportedAt"));
            o->remove(QStringLiteral("generator"));
        }
        QCOMPARE(now, then);
    }

    void migrationWritesBackupAndUpgrades()
    {
        QTemporaryDir dir;
        const QString migrations = prepareMigrations(dir,
            QStringLiteral("ALTER TABLE frt_case ADD COLUMN note TEXT NOT NULL DEFAULT '';\n"
                           "CREATE TABLE extra (id INTEGER PRIMARY KEY);"));
        const QString path = copyFixture(dir, QStringLiteral("schema-v1.piadesk"));
        const QByteArray before = TestSupport::fileBytes(path);
        CaseStore::Options options;
        options.migrationsDirectory = migrations;
        QString error;
        auto store = CaseStore::open(path, options, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(TestSupport::rawScalar(path, QStringLiteral("PRAGMA user_version")).toInt(),
            Migrator::currentSchemaVersion() + 1);
        QCOMPARE(TestSupport::rawScalar(path, QStringLiteral("SELECT COUNT(*) FROM extra")), QStringLiteral("0"));
        QCOMPARE(store->listCases().size(), 1);
        const QString backup = store->migrationBackupPath();
        QVERIFY(backup.endsWith(QLatin1String(".schema-v1.bak")));
        QCOMPARE(TestSupport::rawScalar(backup, QStringLiteral("PRAGMA user_version")), QStringLiteral("1"));
        QCOMPARE(TestSupport::rawScalar(backup, QStringLiteral("SELECT COUNT(*) FROM frt_case")), QStringLiteral("1"));
        QCOMPARE(TestSupport::rawScalar(backup, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        Q_UNUSED(before);
    }

    void failedMigrationLeavesTheOldVersion()
    {
        QTemporaryDir dir;
        const QString migrations = prepareMigrations(dir,
            QStringLiteral("CREATE TABLE half_done (id INTEGER);\n"
                           "ALTER TABLE no_such_table ADD COLUMN x TEXT;"));
        const QString path = copyFixture(dir, QStringLiteral("schema-v1.piadesk"));
        CaseStore::Options options;
        options.migrationsDirectory = migrations;
        QString error;
        QVERIFY(!CaseStore::open(path, options, &error));
        // All steps run in one transaction: the steps before the broken one are undone too, and the file stays at
        // the version it had (1), never between two versions.
        const int current = Migrator::currentSchemaVersion();
        QVERIFY2(error.contains(QStringLiteral("schema version %1").arg(current + 1))
                && error.contains(QStringLiteral("left at version 1")),
            qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("backup")), qPrintable(error));
        QCOMPARE(TestSupport::rawScalar(path, QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(
            TestSupport::rawScalar(path, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'half_done'")),
            QStringLiteral("0"));
        QCOMPARE(TestSupport::rawScalar(path,
                     QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('frt_case') WHERE name = 'rule_set'")),
            QStringLiteral("0"));
        // Without the broken step the file still opens and is intact.
        auto store = CaseStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(store->verify().ok());
    }

    void saveCopyWritesAWholeFileThatOpens()
    {
        QTemporaryDir dir;
        auto store = TestSupport::openStore(dir);
        QVERIFY(store);
        QString error;
        QVERIFY(TestSupport::importExample(*store));
        const QString copy = dir.filePath(QStringLiteral("copy.piadesk"));
        // An existing file is replaced, whole.
        {
            QFile old(copy);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("not a case file");
        }
        QVERIFY2(store->saveCopy(copy), qPrintable(store->errorString()));
        QVERIFY(!QFile::exists(copy + QStringLiteral(".part")));
        CaseStore::Options options;
        options.readOnly = true;
        auto opened = CaseStore::open(copy, options, &error);
        QVERIFY2(opened, qPrintable(error));
        QCOMPARE(opened->listCases().size(), store->listCases().size());
        QVERIFY(opened->verify().ok());
        CaseBundle original;
        CaseBundle copied;
        QVERIFY(store->loadCase(store->listCases().at(0).id, &original));
        QVERIFY(opened->loadCase(opened->listCases().at(0).id, &copied));
        QCOMPARE(copied.assessments.size(), original.assessments.size());
        QCOMPARE(copied.assessments.at(1).contentHash, original.assessments.at(1).contentHash);

        // The open file itself is refused, and stays as it was.
        const QByteArray before = TestSupport::fileBytes(store->path());
        QVERIFY(!store->saveCopy(store->path()));
        QVERIFY(store->errorString().contains(QLatin1String("open case file")));
        QCOMPARE(TestSupport::fileBytes(store->path()), before);
        // An unwritable place: a clear error, nothing left behind.
        QVERIFY(!store->saveCopy(dir.filePath(QStringLiteral("no/such/folder/copy.piadesk"))));
        QVERIFY(!store->errorString().isEmpty());
    }

    void migrationsMustBeInSequence()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("m")));
        QFile::copy(QStringLiteral(":/piadesk/migrations/0001_initial.sql"),
            dir.filePath(QStringLiteral("m/0001_initial.sql")));
        QFile gap(dir.filePath(QStringLiteral("m/0003_gap.sql")));
        QVERIFY(gap.open(QIODevice::WriteOnly));
        gap.write("SELECT 1;");
        gap.close();
        const Migrator migrator(dir.filePath(QStringLiteral("m")));
        QVERIFY(!migrator.isValid());
        QVERIFY(migrator.errorString().contains(QLatin1String("out of sequence")));
    }

private:
    /** A migrations folder with PIAdesk's own steps and one more, version 2, running \a sql. */
    static QString prepareMigrations(const QTemporaryDir& dir, const QString& sql)
    {
        const QString folder = dir.filePath(QStringLiteral("migrations"));
        QDir().mkpath(folder);
        const Migrator own;
        for (const Migrator::Step& step : own.steps()) {
            QFile file(folder + QStringLiteral("/%1_%2.sql").arg(step.version, 4, 10, QLatin1Char('0')).arg(step.name));
            file.open(QIODevice::WriteOnly);
            file.write(step.sql.toUtf8());
        }
        QFile next(folder + QStringLiteral("/%1_test_step.sql").arg(own.latestVersion() + 1, 4, 10, QLatin1Char('0')));
        next.open(QIODevice::WriteOnly);
        next.write(sql.toUtf8());
        return folder;
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"

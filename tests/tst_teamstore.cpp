// The team store (CaseStore on PostgreSQL) against a real server: a throwaway cluster started for this program.
// What a case file guarantees must hold here too, enforced by the server: set-up on first use by the owner, foreign
// and newer databases refused untouched, finalized versions immutable and retained ones undeletable even from psql,
// the audit log append-only, naming the authenticated role, and verifiable.
#include "PgCluster.h"
#include "TestSupport.h"
#include "core/Clock.h"
#include "core/ModelJson.h"
#include "exchange/CaseExchange.h"
#include "store/CaseStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QThread>

using namespace piadesk;

namespace {

/** A new organisation with one case, created in \a store; false with a warning if refused. */
bool createBankCase(CaseStore& store, Case* created)
{
    Organisation org;
    org.name = QStringLiteral("示例银行");
    CaseFacts facts;
    facts.name = QStringLiteral("柜台人脸核验");
    if (store.saveOrganisation(org) && store.createCase(org.id, facts, created))
        return true;
    qWarning("%s", qPrintable(store.errorString()));
    return false;
}

/** The exchange document of \a caseId without what differs between two stores holding the same case: ids. */
QJsonObject exportedWithoutIds(CaseStore& store, qint64 caseId)
{
    QString error;
    const QByteArray document = CaseExchange::exportCases(store, { caseId }, &error);
    if (document.isEmpty())
        qWarning("export failed: %s", qPrintable(error));
    QJsonObject object = QJsonDocument::fromJson(document).object();
    object.remove(QStringLiteral("exportedAt"));
    return object;
}

} // namespace

class TeamStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptyDatabaseIsSetUpByItsOwner();
    void emptyDatabaseIsNotSetUpByOthers();
    void foreignDatabaseIsRefusedUntouched();
    void newerStoreIsRefusedUntouched();
    void caseRoundTripsAsInACaseFile();
    void auditLogNamesTheServersRole();
    void psqlCannotBreakTheGuarantees();
    void tamperingWithTriggersOffIsCaughtByVerify();
    void cliWorksOnATeamStore();
    void rolesAreEnforcedByTheServer();
    void roleTakenAwayMidSessionIsSaidForReadsAndChanges();
    void teamServerScriptSetsUpAndAddsUsers();
    void copyRoundTripsThroughATeamStore();
    void concurrentProcessesOnDifferentAndSameCases();
    void clientKilledMidChangeLeavesNothingHalfWritten();
    void conflictIsSaidForItsChangeOnly();
    void versionTakenAtTheSameMomentIsAConflict();

private:
    /** A new empty database; its URL for \a user (the superuser when empty). */
    QString newDatabase(const QString& name, const QString& user = QString());
    qint64 importFinalizedExample(CaseStore& store);

    TestSupport::PgCluster m_cluster;
};

void TeamStoreTest::initTestCase()
{
    QString error;
    QVERIFY2(m_cluster.start(&error), qPrintable(error));
    QVERIFY2(m_cluster.psql(QStringLiteral("CREATE ROLE alice LOGIN")), "role");
}

QString TeamStoreTest::newDatabase(const QString& name, const QString& user)
{
    QString error;
    if (!m_cluster.createDatabase(name, QString(), &error))
        qWarning("createdb %s: %s", qPrintable(name), qPrintable(error));
    return m_cluster.url(name, user);
}

qint64 TeamStoreTest::importFinalizedExample(CaseStore& store)
{
    const qint64 caseId = TestSupport::importExample(store);
    if (!caseId)
        return 0;
    CaseBundle bundle;
    if (!store.loadCase(caseId, &bundle) || bundle.assessments.isEmpty())
        return 0;
    // Its draft finalized today (the server's date decides retention), so that it is kept three more years.
    const qint64 versionId = bundle.assessments.constLast().id;
    if (!store.saveSignOff(versionId, QStringLiteral("评估人"), QStringLiteral("审核人"), {}, {})
        || !store.finalize(versionId, TestSupport::storageOnlyFinalize())) {
        qWarning("finalize: %s", qPrintable(store.errorString()));
        return 0;
    }
    return caseId;
}

void TeamStoreTest::emptyDatabaseIsSetUpByItsOwner()
{
    const QString url = newDatabase(QStringLiteral("setup"));
    QString error;
    auto store = CaseStore::open(url, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(!store->isReadOnly());
    QCOMPARE(store->actor(), TestSupport::PgCluster::superuser());
    const QList<AuditEvent> events = store->auditEvents();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.constFirst().action, QStringLiteral("store.create"));
    QCOMPARE(events.constFirst().actor, TestSupport::PgCluster::superuser());
    QVERIFY(store->verify().ok());
    store.reset();
    // Opened again: the same store, not set up twice.
    store = CaseStore::open(url, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->auditEvents().size(), 1);
    QString version;
    QVERIFY(m_cluster.psql(QStringLiteral("SELECT value FROM piadesk.piadesk_meta WHERE key = 'schema_version'"),
        QStringLiteral("setup"), &version));
    QCOMPARE(version, QStringLiteral("7"));
}

void TeamStoreTest::emptyDatabaseIsNotSetUpByOthers()
{
    const QString url = newDatabase(QStringLiteral("notmine"), QStringLiteral("alice"));
    QString error;
    QVERIFY(!CaseStore::open(url, &error));
    QVERIFY2(
        error.contains(QLatin1String("empty database")) && error.contains(QLatin1String("alice")), qPrintable(error));
    QString schemas;
    QVERIFY(m_cluster.psql(QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = 'piadesk'"),
        QStringLiteral("notmine"), &schemas));
    QCOMPARE(schemas, QStringLiteral("0"));
    CaseStore::Options readOnly;
    readOnly.readOnly = true;
    QVERIFY(!CaseStore::open(m_cluster.url(QStringLiteral("notmine")), readOnly, &error));
    QVERIFY2(error.contains(QLatin1String("empty database")), qPrintable(error));
}

void TeamStoreTest::foreignDatabaseIsRefusedUntouched()
{
    const QString url = newDatabase(QStringLiteral("foreign"));
    QVERIFY(m_cluster.psql(
        QStringLiteral("CREATE TABLE invoices (id int); INSERT INTO invoices VALUES (1)"), QStringLiteral("foreign")));
    QString before;
    const QString dump = QStringLiteral("SELECT string_agg(nspname, ',' ORDER BY nspname) FROM pg_namespace; "
                                        "SELECT count(*) FROM invoices");
    QVERIFY(m_cluster.psql(dump, QStringLiteral("foreign"), &before));
    QString error;
    QVERIFY(!CaseStore::open(url, &error));
    QVERIFY2(error.contains(QLatin1String("not a PIAdesk team store")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("left as it is")), qPrintable(error));
    QString after;
    QVERIFY(m_cluster.psql(dump, QStringLiteral("foreign"), &after));
    QCOMPARE(after, before);
    // A schema of PIAdesk's name without its marker is foreign too.
    QVERIFY(m_cluster.psql(QStringLiteral("CREATE SCHEMA piadesk"), QStringLiteral("foreign")));
    QVERIFY(!CaseStore::open(url, &error));
    QVERIFY2(error.contains(QLatin1String("not a PIAdesk team store")), qPrintable(error));
}

void TeamStoreTest::newerStoreIsRefusedUntouched()
{
    const QString url = newDatabase(QStringLiteral("newer"));
    QString error;
    QVERIFY2(CaseStore::open(url, &error), qPrintable(error));
    QVERIFY(m_cluster.psql(QStringLiteral("UPDATE piadesk.piadesk_meta SET value = '999' WHERE key = "
                                          "'schema_version'"),
        QStringLiteral("newer")));
    QString before;
    const QString count = QStringLiteral("SELECT count(*) FROM piadesk.audit_event");
    QVERIFY(m_cluster.psql(count, QStringLiteral("newer"), &before));
    QVERIFY(!CaseStore::open(url, &error));
    QVERIFY2(error.contains(QLatin1String("newer version of PIAdesk (team store schema 999")), qPrintable(error));
    QString after;
    QVERIFY(m_cluster.psql(count, QStringLiteral("newer"), &after));
    QCOMPARE(after, before);
}

void TeamStoreTest::caseRoundTripsAsInACaseFile()
{
    // The example case, imported into a case file and into a team store, exports the same from both.
    FixedClock clock(QDateTime(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC));
    QTemporaryDir dir;
    auto file = TestSupport::openStore(dir, QStringLiteral("cases.piadesk"), &clock);
    QVERIFY(file);
    const qint64 fileCase = TestSupport::importExample(*file);
    QVERIFY(fileCase);

    CaseStore::Options options;
    options.clock = &clock;
    QString error;
    auto team = CaseStore::open(newDatabase(QStringLiteral("roundtrip")), options, &error);
    QVERIFY2(team, qPrintable(error));
    const qint64 teamCase = TestSupport::importExample(*team);
    QVERIFY2(teamCase, qPrintable(team->errorString()));
    // Imported again, it is refused in the team store's words.
    QVERIFY(!TestSupport::importExample(*team));
    QVERIFY2(
        team->errorString().contains(QLatin1String("is already in this team store")), qPrintable(team->errorString()));
    QCOMPARE(exportedWithoutIds(*team, teamCase), exportedWithoutIds(*file, fileCase));

    // A change and a new version land the same way.
    CaseBundle bundle;
    QVERIFY2(team->loadCase(teamCase, &bundle), qPrintable(team->errorString()));
    CaseFacts facts = bundle.caseInfo.facts;
    facts.name = QStringLiteral("改名后的人脸门禁 <b>=HYPERLINK()</b>");
    QVERIFY2(team->updateCaseFacts(teamCase, facts), qPrintable(team->errorString()));
    QVERIFY2(file->updateCaseFacts(fileCase, facts), qPrintable(file->errorString()));
    QCOMPARE(exportedWithoutIds(*team, teamCase), exportedWithoutIds(*file, fileCase));

    QList<CaseBundle> heads;
    QVERIFY2(team->loadCaseHeads(0, 10, CaseStore::HeadParts(), &heads), qPrintable(team->errorString()));
    QCOMPARE(heads.size(), 1);
    QCOMPARE(heads.constFirst().caseInfo.facts.name, facts.name);
    // The headings the deadlines and standings are planned from read the same facts out of a finalized version's
    // record (PostgreSQL's JSON operators there, SQLite's json_extract here).
    CaseStore::HeadParts parts;
    parts.latestRisks = parts.latestMeasures = true;
    QList<CaseBundle> teamHeads;
    QList<CaseBundle> fileHeads;
    CaseBundle fileBundle;
    QVERIFY2(file->loadCase(fileCase, &fileBundle), qPrintable(file->errorString()));
    for (CaseStore* store : { team.get(), file.get() }) {
        const qint64 id
            = store == team.get() ? bundle.assessments.constLast().id : fileBundle.assessments.constLast().id;
        QVERIFY2(store->saveSignOff(id, QStringLiteral("评估人"), QStringLiteral("审核人"), {}, {}),
            qPrintable(store->errorString()));
    }
    QVERIFY2(team->finalize(bundle.assessments.constLast().id, TestSupport::storageOnlyFinalize()),
        qPrintable(team->errorString()));
    QVERIFY2(file->finalize(fileBundle.assessments.constLast().id, TestSupport::storageOnlyFinalize()),
        qPrintable(file->errorString()));
    QVERIFY2(team->loadCaseHeads(0, 10, parts, &teamHeads), qPrintable(team->errorString()));
    QVERIFY2(file->loadCaseHeads(0, 10, parts, &fileHeads), qPrintable(file->errorString()));
    QCOMPARE(teamHeads.size(), 1);
    QCOMPARE(fileHeads.size(), 1);
    const AssessmentVersion& teamLatest = teamHeads.constFirst().assessments.constLast();
    const AssessmentVersion& fileLatest = fileHeads.constFirst().assessments.constLast();
    QVERIFY(teamLatest.record.has_value());
    QCOMPARE(ModelJson::toJson(*teamLatest.record), ModelJson::toJson(*fileLatest.record));
    QCOMPARE(teamLatest.record->facts.placeKind, facts.placeKind);
    QCOMPARE(teamLatest.record->facts.methods, facts.methods);
    QCOMPARE(teamLatest.measures.size(), fileLatest.measures.size());
    QVERIFY(team->verify().ok());
    // A case file's page-by-page copy is not a team store's: it says what to do instead, and writes nothing.
    QVERIFY(!team->saveCopy(dir.filePath(QStringLiteral("copy.piadesk"))));
    QVERIFY2(team->errorString().contains(QLatin1String("piadesk-cli copy")), qPrintable(team->errorString()));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("copy.piadesk"))));
}

void TeamStoreTest::auditLogNamesTheServersRole()
{
    const QString name = QStringLiteral("identity");
    QVERIFY(CaseStore::open(newDatabase(name), nullptr));
    QVERIFY(m_cluster.psql(QStringLiteral("GRANT USAGE ON SCHEMA piadesk TO alice; "
                                          "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA piadesk TO "
                                          "alice"),
        name));
    CaseStore::Options options;
    options.actor = QStringLiteral("Somebody Else"); // typed: not used on a team store
    QString error;
    auto store = CaseStore::open(m_cluster.url(name, QStringLiteral("alice")), options, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->actor(), QStringLiteral("alice"));
    store->setActor(QStringLiteral("Mallory"));
    QCOMPARE(store->actor(), QStringLiteral("alice"));
    Organisation org;
    org.name = QStringLiteral("示例银行");
    org.creditCode = TestSupport::validCreditCode();
    QVERIFY2(store->saveOrganisation(org), qPrintable(store->errorString()));
    const QList<AuditEvent> events = store->auditEvents();
    QCOMPARE(events.constLast().action, QStringLiteral("organisation.create"));
    QCOMPARE(events.constLast().actor, QStringLiteral("alice"));
    QVERIFY(store->verify().ok());

    // Written by hand, an event naming someone else, or not continuing the chain, is refused by the server.
    QString psqlError;
    QVERIFY(!m_cluster.psql(QStringLiteral("INSERT INTO piadesk.audit_event (seq, at, actor, action, prev_hash, hash) "
                                           "SELECT max(seq) + 1, 'now', 'bob', 'forged', "
                                           "(SELECT hash FROM piadesk.audit_event ORDER BY seq DESC LIMIT 1), 'x' "
                                           "FROM piadesk.audit_event"),
        name, nullptr, &psqlError, QStringLiteral("alice")));
    QVERIFY2(psqlError.contains(QLatin1String("PIADESK_AUDIT_ACTOR")), qPrintable(psqlError));
    QVERIFY(!m_cluster.psql(QStringLiteral("INSERT INTO piadesk.audit_event (seq, at, actor, action, prev_hash, hash) "
                                           "VALUES (1000, 'now', 'alice', 'forged', 'y', 'x')"),
        name, nullptr, &psqlError, QStringLiteral("alice")));
    QVERIFY2(psqlError.contains(QLatin1String("PIADESK_AUDIT_CHAIN")), qPrintable(psqlError));
}

void TeamStoreTest::psqlCannotBreakTheGuarantees()
{
    const QString name = QStringLiteral("guarded");
    QString error;
    auto store = CaseStore::open(newDatabase(name), &error);
    QVERIFY2(store, qPrintable(error));
    const qint64 caseId = importFinalizedExample(*store);
    QVERIFY2(caseId, qPrintable(store->errorString()));
    store.reset();

    // The database's owner, in psql, with the triggers on.
    const auto refused = [&](const QString& sql, const QString& marker) {
        QString why;
        const bool ran = m_cluster.psql(sql, name, nullptr, &why);
        if (ran || !why.contains(marker)) {
            qWarning("%s: %s", qPrintable(sql), ran ? "ran" : qPrintable(why));
            return false;
        }
        return true;
    };
    QVERIFY(refused(QStringLiteral("UPDATE piadesk.assessment SET record = '{}' WHERE state = 'finalized'"),
        QStringLiteral("PIADESK_FINALIZED_IMMUTABLE")));
    QVERIFY(refused(QStringLiteral("UPDATE piadesk.assessment SET state = 'draft' WHERE state = 'finalized'"),
        QStringLiteral("PIADESK_FINALIZED_IMMUTABLE")));
    QVERIFY(refused(QStringLiteral("UPDATE piadesk.answer SET justification = 'changed'"),
        QStringLiteral("PIADESK_FINALIZED_IMMUTABLE")));
    QVERIFY(refused(QStringLiteral("DELETE FROM piadesk.risk"), QStringLiteral("PIADESK_FINALIZED_IMMUTABLE")));
    QVERIFY(refused(QStringLiteral("DELETE FROM piadesk.frt_case"), QStringLiteral("PIADESK_RETENTION")));
    QVERIFY(refused(QStringLiteral("DELETE FROM piadesk.assessment"), QStringLiteral("PIADESK_RETENTION")));
    QVERIFY(refused(QStringLiteral("TRUNCATE piadesk.frt_case CASCADE"), QStringLiteral("PIADESK_RETENTION")));
    QVERIFY(refused(QStringLiteral("UPDATE piadesk.audit_event SET actor = 'nobody'"),
        QStringLiteral("PIADESK_AUDIT_APPEND_ONLY")));
    QVERIFY(refused(QStringLiteral("DELETE FROM piadesk.audit_event"), QStringLiteral("PIADESK_AUDIT_APPEND_ONLY")));
    QVERIFY(refused(QStringLiteral("TRUNCATE piadesk.audit_event"), QStringLiteral("PIADESK_AUDIT_APPEND_ONLY")));

    store = CaseStore::open(m_cluster.url(name), &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(store->verify().ok());
    // Through PIAdesk, the same refusals in the user's words.
    QVERIFY(!store->deleteCase(caseId));
    QVERIFY2(store->errorString().contains(QLatin1String("must be kept until")), qPrintable(store->errorString()));
}

void TeamStoreTest::tamperingWithTriggersOffIsCaughtByVerify()
{
    const QString name = QStringLiteral("tampered");
    QString error;
    auto store = CaseStore::open(newDatabase(name), &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(importFinalizedExample(*store));
    QVERIFY(store->verify().ok());
    store.reset();
    // The owner switches the triggers off and changes a finalized answer and an audit event.
    QVERIFY2(m_cluster.psql(QStringLiteral("ALTER TABLE piadesk.answer DISABLE TRIGGER USER; "
                                           "ALTER TABLE piadesk.audit_event DISABLE TRIGGER USER; "
                                           "UPDATE piadesk.answer SET justification = justification || ' (edited)'; "
                                           "UPDATE piadesk.audit_event SET actor = 'someone' WHERE seq = 2; "
                                           "ALTER TABLE piadesk.answer ENABLE TRIGGER USER; "
                                           "ALTER TABLE piadesk.audit_event ENABLE TRIGGER USER"),
                 name, nullptr, &error),
        qPrintable(error));
    store = CaseStore::open(m_cluster.url(name), &error);
    QVERIFY2(store, qPrintable(error));
    const VerifyReport report = store->verify();
    QVERIFY(!report.ok());
    const QString problems = report.problems.join(QLatin1Char('\n'));
    QVERIFY2(problems.contains(QLatin1String("no longer matches the hash")), qPrintable(problems));
    QVERIFY2(problems.contains(QLatin1String("altered")), qPrintable(problems));
}

void TeamStoreTest::cliWorksOnATeamStore()
{
    // createdb, then piadesk-cli --db … import: the owner's first use sets the database up.
    const QString url = newDatabase(QStringLiteral("cli"));
    const QString cli = QStringLiteral(PIADESK_CLI);
    QTemporaryDir home;
    const auto run = [&](const QStringList& arguments) { return TestSupport::runCli(cli, arguments, home.path()); };
    TestSupport::CliRun imported = run({ QStringLiteral("--db"), url, QStringLiteral("import"),
        TestSupport::dataPath(QStringLiteral("case-complete.json")) });
    QVERIFY2(imported.status == 0, qPrintable(imported.err));
    const qint64 caseId = imported.out.trimmed().toLongLong();
    QVERIFY(caseId > 0);
    TestSupport::CliRun listed = run({ QStringLiteral("--db"), url, QStringLiteral("list"), QStringLiteral("--json") });
    QVERIFY2(listed.status == 0, qPrintable(listed.err));
    const QJsonArray cases = QJsonDocument::fromJson(listed.outBytes).array();
    QCOMPARE(cases.size(), 1);
    QCOMPARE(
        cases.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("浦江花园小区人脸识别门禁"));
    TestSupport::CliRun verified = run({ QStringLiteral("--db"), url, QStringLiteral("verify") });
    QVERIFY2(verified.status == 0, qPrintable(verified.err));
    QVERIFY2(verified.out.contains(QLatin1String("Team store: "))
            && verified.out.contains(QLatin1String("Everything checks out.")),
        qPrintable(verified.out));

    // A typed name is refused: the audit log names the role connected.
    TestSupport::CliRun typed = run({ QStringLiteral("--db"), url, QStringLiteral("--user"), QStringLiteral("Mallory"),
        QStringLiteral("import"), TestSupport::dataPath(QStringLiteral("case-complete.json")) });
    QCOMPARE(typed.status, 2);
    QVERIFY2(typed.err.contains(QLatin1String("--user cannot be used with a team store")), qPrintable(typed.err));
    TestSupport::CliRun both = run({ QStringLiteral("--db"), url, QStringLiteral("--file"),
        home.filePath(QStringLiteral("x.piadesk")), QStringLiteral("list") });
    QCOMPARE(both.status, 2);
    QVERIFY(!QFile::exists(home.filePath(QStringLiteral("x.piadesk"))));
    TestSupport::CliRun missing
        = run({ QStringLiteral("--db"), m_cluster.url(QStringLiteral("no_such_db")), QStringLiteral("list") });
    QCOMPARE(missing.status, 1);
    QVERIFY2(missing.err.contains(QLatin1String("Cannot connect to the team store")), qPrintable(missing.err));

    CaseStore::Options options;
    options.readOnly = true;
    QString error;
    auto store = CaseStore::open(url, options, &error);
    QVERIFY2(store, qPrintable(error));
    const QList<AuditEvent> events = store->auditEvents();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.constFirst().action, QStringLiteral("store.create"));
    QCOMPARE(events.constLast().action, QStringLiteral("case.import"));
    for (const AuditEvent& e : events)
        QCOMPARE(e.actor, TestSupport::PgCluster::superuser());
    // Read-only: the server refuses a change.
    Organisation org;
    org.name = QStringLiteral("只读");
    QVERIFY(!store->saveOrganisation(org));
}

void TeamStoreTest::rolesAreEnforcedByTheServer()
{
    const QString name = QStringLiteral("roles");
    QString error;
    QVERIFY2(CaseStore::open(newDatabase(name), &error), qPrintable(error));
    QVERIFY2(m_cluster.psql(QStringLiteral("SELECT piadesk.add_user('r_asa', 'assessor'); "
                                           "SELECT piadesk.add_user('r_rev', 'reviewer'); "
                                           "SELECT piadesk.add_user('r_apr', 'approver'); "
                                           "SELECT piadesk.add_user('r_aud', 'auditor'); "
                                           "SELECT piadesk.add_user('r_adm', 'administrator')"),
                 name, nullptr, &error),
        qPrintable(error));
    // The administrator manages the team; others may not.
    QVERIFY2(m_cluster.psql(QStringLiteral("SELECT piadesk.add_user('r_rev2', 'reviewer')"), name, nullptr, &error,
                 QStringLiteral("r_adm")),
        qPrintable(error));
    QVERIFY(!m_cluster.psql(QStringLiteral("SELECT piadesk.add_user('r_mallory', 'administrator')"), name, nullptr,
        &error, QStringLiteral("r_asa")));
    QVERIFY2(error.contains(QLatin1String("permission denied")), qPrintable(error));
    const auto open = [&](const QString& user) {
        QString why;
        auto store = CaseStore::open(m_cluster.url(name, user), &why);
        if (!store)
            qWarning("%s: %s", qPrintable(user), qPrintable(why));
        return store;
    };

    // The assessor drafts: organisation, case, version, an answer.
    auto assessor = open(QStringLiteral("r_asa"));
    QVERIFY(assessor);
    Organisation org;
    org.name = QStringLiteral("示例银行股份有限公司");
    org.creditCode = TestSupport::validCreditCode();
    QVERIFY2(assessor->saveOrganisation(org), qPrintable(assessor->errorString()));
    CaseFacts facts;
    facts.name = QStringLiteral("柜台人脸核验");
    facts.placeKind = PlaceKind::Bank;
    Case c;
    QVERIFY2(assessor->createCase(org.id, facts, &c), qPrintable(assessor->errorString()));
    AssessmentVersion v;
    QVERIFY2(assessor->createAssessment(c.id, TriggerKind::Initial, QDate::currentDate(), {}, &v),
        qPrintable(assessor->errorString()));
    QVERIFY2(assessor->saveAnswer(
                 v.id, { QStringLiteral("q1"), QJsonValue(QStringLiteral("是")), QStringLiteral("理由"), {} }),
        qPrintable(assessor->errorString()));
    QVERIFY2(assessor->saveSignOff(v.id, QStringLiteral("评估人"), QStringLiteral("审核人"), {}, {}),
        qPrintable(assessor->errorString()));
    // … but signs no approval and finalizes nothing.
    QVERIFY(!assessor->saveSignOff(
        v.id, QStringLiteral("评估人"), QStringLiteral("审核人"), QStringLiteral("冒名"), QDate::currentDate()));
    QVERIFY2(assessor->errorString().contains(QLatin1String("approver")), qPrintable(assessor->errorString()));
    QVERIFY(!assessor->finalize(v.id, TestSupport::storageOnlyFinalize()));
    QVERIFY2(assessor->errorString().contains(QLatin1String("Only a reviewer")), qPrintable(assessor->errorString()));

    // The approver signs the approval.
    auto approver = open(QStringLiteral("r_apr"));
    QVERIFY(approver);
    QVERIFY2(approver->saveSignOff(v.id, QStringLiteral("评估人"), QStringLiteral("审核人"), QStringLiteral("王批准"),
                 QDate::currentDate()),
        qPrintable(approver->errorString()));

    // The auditor reads everything and changes nothing.
    auto auditor = open(QStringLiteral("r_aud"));
    QVERIFY(auditor);
    CaseBundle seen;
    QVERIFY2(auditor->loadCase(c.id, &seen), qPrintable(auditor->errorString()));
    QCOMPARE(seen.caseInfo.facts.name, facts.name);
    CaseFacts changed = facts;
    changed.name = QStringLiteral("审计员改名");
    // The store knows at once that this role changes nothing, and says so before asking the server …
    QVERIFY(auditor->isReadOnly());
    QVERIFY2(auditor->readOnlyReason().contains(QLatin1String("as r_aud, whose role reads the cases but changes none")),
        qPrintable(auditor->readOnlyReason()));
    QVERIFY(!auditor->updateCaseFacts(c.id, changed));
    QVERIFY2(auditor->errorString().contains(QLatin1String("changes none")), qPrintable(auditor->errorString()));
    // … and the server refuses the auditor whatever the client: psql as r_aud.
    for (const QString& sql :
        { QStringLiteral("UPDATE piadesk.frt_case SET name = 'x'"), QStringLiteral("DELETE FROM piadesk.answer"),
            QStringLiteral("INSERT INTO piadesk.organisation (uuid, name) VALUES ('u', 'n')") }) {
        QVERIFY2(!m_cluster.psql(sql, name, nullptr, &error, QStringLiteral("r_aud")), qPrintable(sql));
        QVERIFY2(error.contains(QLatin1String("permission denied")), qPrintable(error));
    }
    QVERIFY(!auditor->saveAnswer(v.id, { QStringLiteral("q1"), QJsonValue(QStringLiteral("否")), {}, {} }));
    QVERIFY(!auditor->finalize(v.id, TestSupport::storageOnlyFinalize()));
    QVERIFY(!auditor->deleteCase(c.id));

    // The reviewer finalizes the assessor's draft.
    auto reviewer = open(QStringLiteral("r_rev"));
    QVERIFY(reviewer);
    QVERIFY2(reviewer->finalize(v.id, TestSupport::storageOnlyFinalize()), qPrintable(reviewer->errorString()));

    // A reviewer who wrote a draft cannot finalize it.
    auto writer = open(QStringLiteral("r_rev2"));
    QVERIFY(writer);
    AssessmentVersion own;
    QVERIFY2(writer->createAssessment(c.id, TriggerKind::YearlyReview, QDate::currentDate(), {}, &own),
        qPrintable(writer->errorString()));
    QVERIFY2(writer->saveAnswer(
                 own.id, { QStringLiteral("q1"), QJsonValue(QStringLiteral("是")), QStringLiteral("复评"), {} }),
        qPrintable(writer->errorString()));
    // The approver's earlier view of the case is out of date: signing on it is refused until the case is read again.
    QVERIFY(!approver->saveSignOff(
        own.id, QStringLiteral("评估人"), QStringLiteral("审核人"), QStringLiteral("王批准"), QDate::currentDate()));
    QVERIFY(approver->lastChangeConflicted());
    QVERIFY2(approver->errorString().contains(QLatin1String("was changed by r_rev2 at")),
        qPrintable(approver->errorString()));
    CaseBundle reloaded;
    QVERIFY(approver->loadCase(c.id, &reloaded));
    QVERIFY2(approver->saveSignOff(own.id, QStringLiteral("评估人"), QStringLiteral("审核人"), QStringLiteral("王批准"),
                 QDate::currentDate()),
        qPrintable(approver->errorString()));
    QVERIFY(!writer->finalize(own.id, TestSupport::storageOnlyFinalize()));
    QVERIFY2(writer->errorString().contains(QLatin1String("four-eyes")), qPrintable(writer->errorString()));
    QVERIFY2(reviewer->finalize(own.id, TestSupport::storageOnlyFinalize()), qPrintable(reviewer->errorString()));

    // Every event names the role that made it; the log verifies.
    QHash<QString, QString> actorOf;
    for (const AuditEvent& e : auditor->auditEvents(c.uuid))
        actorOf.insert(e.action, e.actor);
    QCOMPARE(actorOf.value(QStringLiteral("case.create")), QStringLiteral("r_asa"));
    QVERIFY(!actorOf.value(QStringLiteral("assessment.finalize")).isEmpty());
    QCOMPARE(actorOf.value(QStringLiteral("assessment.finalize")), QStringLiteral("r_rev"));
    const VerifyReport report = auditor->verify();
    QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

void TeamStoreTest::roleTakenAwayMidSessionIsSaidForReadsAndChanges()
{
    // An administrator takes an assessor's role away while the assessor's store is open: the server refuses the
    // next statement, and the assessor is told what could not be done — a read as a read, a change as a change.
    const QString name = QStringLiteral("revoked");
    QString error;
    QVERIFY2(CaseStore::open(newDatabase(name), &error), qPrintable(error));
    QVERIFY2(m_cluster.psql(QStringLiteral("SELECT piadesk.add_user('g_asa', 'assessor')"), name, nullptr, &error),
        qPrintable(error));
    auto store = CaseStore::open(m_cluster.url(name, QStringLiteral("g_asa")), &error);
    QVERIFY2(store, qPrintable(error));
    Case c;
    QVERIFY(createBankCase(*store, &c));
    CaseBundle bundle;
    QVERIFY2(store->loadCase(c.id, &bundle), qPrintable(store->errorString()));

    QVERIFY2(m_cluster.psql(QStringLiteral("SELECT piadesk.remove_role('g_asa', 'assessor')"), name, nullptr, &error),
        qPrintable(error));
    CaseBundle again;
    QVERIFY(!store->loadCase(c.id, &again));
    const QString readError = store->errorString();
    QVERIFY2(readError.contains(QLatin1String("Your role on the team store (g_asa) does not allow reading this")),
        qPrintable(readError));
    QVERIFY2(readError.contains(QLatin1String("permission denied")), qPrintable(readError)); // the server's words
    QVERIFY2(!readError.contains(QLatin1String("change")) || readError.contains(QLatin1String("changed since")),
        qPrintable(readError));
    QVERIFY2(!readError.contains(QLatin1String("Nothing was saved")), qPrintable(readError));
    QVERIFY(!store->lastChangeConflicted());
    QVERIFY(store->organisation(c.organisationId) == std::nullopt);

    CaseFacts facts = c.facts;
    facts.name = QStringLiteral("柜台人脸核验（改）");
    QVERIFY(!store->updateCaseFacts(c.id, facts));
    QVERIFY2(store->errorString().contains(QLatin1String("does not allow this change. Nothing was saved.")),
        qPrintable(store->errorString()));

    // Given back, the same open store reads and writes again.
    QVERIFY2(m_cluster.psql(QStringLiteral("SELECT piadesk.add_user('g_asa', 'assessor')"), name, nullptr, &error),
        qPrintable(error));
    QVERIFY2(store->loadCase(c.id, &again), qPrintable(store->errorString()));
    QCOMPARE(again.caseInfo.facts.name, c.facts.name);
    QVERIFY2(store->updateCaseFacts(c.id, facts), qPrintable(store->errorString()));
}

void TeamStoreTest::teamServerScriptSetsUpAndAddsUsers()
{
    const QString script = QStringLiteral(PIADESK_SOURCE_DIR "/scripts/team-server.sh");
    const auto run = [&](const QStringList& arguments, QString* output) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString& pair : m_cluster.environment())
            env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
        env.insert(QStringLiteral("PATH"), m_cluster.binDir() + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(script, arguments);
        if (!process.waitForFinished(120000))
            return -1;
        *output = QString::fromUtf8(process.readAll());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    };
    QString output;
    QCOMPARE(run({ QStringLiteral("--db"), QStringLiteral("scripted") }, &output), 0);
    QVERIFY2(output.contains(QLatin1String("Set scripted up as a PIAdesk team store")), qPrintable(output));
    QCOMPARE(run({ QStringLiteral("--db"), QStringLiteral("scripted") }, &output), 0); // twice: nothing changes
    QVERIFY2(!output.contains(QLatin1String("Set scripted up")), qPrintable(output));
    QCOMPARE(run({ QStringLiteral("--db"), QStringLiteral("scripted"), QStringLiteral("--add-user"),
                     QStringLiteral("s_wang"), QStringLiteral("--role"), QStringLiteral("assessor") },
                 &output),
        0);
    QCOMPARE(run({ QStringLiteral("--db"), QStringLiteral("scripted"), QStringLiteral("--add-user"),
                     QStringLiteral("s_li"), QStringLiteral("--role"), QStringLiteral("owner") },
                 &output),
        2);
    QString owner;
    QVERIFY(m_cluster.psql(QStringLiteral("SELECT nspowner::regrole FROM pg_namespace WHERE nspname = 'piadesk'"),
        QStringLiteral("scripted"), &owner));
    QCOMPARE(owner, QStringLiteral("piadesk_owner"));

    // The person added works on it, named by the audit log; roles were given by the owner's functions.
    QString error;
    auto store = CaseStore::open(m_cluster.url(QStringLiteral("scripted"), QStringLiteral("s_wang")), &error);
    QVERIFY2(store, qPrintable(error));
    Organisation org;
    org.name = QStringLiteral("示例物业");
    QVERIFY2(store->saveOrganisation(org), qPrintable(store->errorString()));
    QCOMPARE(store->auditEvents().constLast().actor, QStringLiteral("s_wang"));
    QVERIFY(store->verify().ok());

    // Taken away, the role no longer writes.
    QCOMPARE(run({ QStringLiteral("--db"), QStringLiteral("scripted"), QStringLiteral("--remove-role"),
                     QStringLiteral("s_wang"), QStringLiteral("--role"), QStringLiteral("assessor") },
                 &output),
        0);
    org.name = QStringLiteral("示例物业（改）");
    QVERIFY(!store->saveOrganisation(org));
    QString names;
    QVERIFY(m_cluster.psql(
        QStringLiteral("SELECT string_agg(name, ',') FROM piadesk.organisation"), QStringLiteral("scripted"), &names));
    QCOMPARE(names, QStringLiteral("示例物业"));
}

void TeamStoreTest::copyRoundTripsThroughATeamStore()
{
    // A solo officer's case file moves to a team store, and an auditor takes a snapshot file away: every case
    // exports the same from the snapshot as from the original.
    const QString cli = QStringLiteral(PIADESK_CLI);
    QTemporaryDir home;
    const auto run = [&](const QStringList& arguments) { return TestSupport::runCli(cli, arguments, home.path()); };
    const QString original = home.filePath(QStringLiteral("solo.piadesk"));
    const QString snapshot = home.filePath(QStringLiteral("snapshot.piadesk"));
    TestSupport::CliRun made = run({ QStringLiteral("--file"), original, QStringLiteral("--today"),
        QStringLiteral("2026-03-02"), QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("4"),
        QStringLiteral("--seed"), QStringLiteral("5") });
    QVERIFY2(made.status == 0, qPrintable(made.err));
    QVERIFY(run({ QStringLiteral("--file"), original, QStringLiteral("import"),
                    TestSupport::dataPath(QStringLiteral("case-complete.json")) })
                .status
        == 0);
    const QString url = newDatabase(QStringLiteral("copied"));
    TestSupport::CliRun in
        = run({ QStringLiteral("copy"), QStringLiteral("--from"), original, QStringLiteral("--to"), url });
    QVERIFY2(in.status == 0, qPrintable(in.err));
    QCOMPARE(in.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 5);
    TestSupport::CliRun out
        = run({ QStringLiteral("copy"), QStringLiteral("--from"), url, QStringLiteral("--to"), snapshot });
    QVERIFY2(out.status == 0, qPrintable(out.err));

    CaseStore::Options readOnly;
    readOnly.readOnly = true;
    QString error;
    auto before = CaseStore::open(original, readOnly, &error);
    QVERIFY2(before, qPrintable(error));
    auto after = CaseStore::open(snapshot, readOnly, &error);
    QVERIFY2(after, qPrintable(error));
    const QList<CaseSummary> cases = before->listCases();
    QCOMPARE(cases.size(), 5);
    QCOMPARE(after->listCases().size(), 5);
    for (const CaseSummary& c : cases) {
        const auto copied = after->findCase(c.uuid);
        QVERIFY(copied);
        QCOMPARE(exportedWithoutIds(*after, *copied), exportedWithoutIds(*before, c.id));
    }
    // Each arrival is recorded, by the team store under the role that copied.
    int imports = 0;
    for (const AuditEvent& e : after->auditEvents())
        imports += e.action == QLatin1String("case.import");
    QCOMPARE(imports, 5);
    QVERIFY(after->verify().ok());

    // Copying the same cases again is refused, and leaves the team store as it was.
    TestSupport::CliRun again
        = run({ QStringLiteral("copy"), QStringLiteral("--from"), original, QStringLiteral("--to"), url });
    QCOMPARE(again.status, 1);
    QVERIFY2(again.err.contains(QLatin1String("already in")), qPrintable(again.err));
    TestSupport::CliRun typed = run({ QStringLiteral("--user"), QStringLiteral("Mallory"), QStringLiteral("copy"),
        QStringLiteral("--from"), original, QStringLiteral("--to"), url });
    QCOMPARE(typed.status, 2);
}

void TeamStoreTest::concurrentProcessesOnDifferentAndSameCases()
{
    // Four CLI processes at once, each starting a re-assessment of its own case: all land, none waits for long,
    // and the audit log is one unbroken chain.
    const QString url = newDatabase(QStringLiteral("concurrent"));
    const QString cli = QStringLiteral(PIADESK_CLI);
    QTemporaryDir home;
    TestSupport::CliRun made = TestSupport::runCli(cli,
        { QStringLiteral("--db"), url, QStringLiteral("--today"), QStringLiteral("2026-03-02"), QStringLiteral("demo"),
            QStringLiteral("--cases"), QStringLiteral("12"), QStringLiteral("--seed"), QStringLiteral("9") },
        home.path());
    QVERIFY2(made.status == 0, qPrintable(made.err));
    // The cases whose latest version is finalized: a re-assessment may start on them.
    QStringList ready;
    const TestSupport::CliRun listed = TestSupport::runCli(
        cli, { QStringLiteral("--db"), url, QStringLiteral("list"), QStringLiteral("--json") }, home.path());
    for (const QJsonValue& c : QJsonDocument::fromJson(listed.outBytes).array()) {
        if (c.toObject().value(QStringLiteral("latestState")).toString() == QLatin1String("finalized"))
            ready.append(QString::number(c.toObject().value(QStringLiteral("id")).toInteger()));
    }
    QVERIFY2(ready.size() >= 5, qPrintable(listed.out));
    const auto start = [&](QProcess& process, const QString& caseId) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
        process.setProcessEnvironment(env);
        process.start(cli,
            { QStringLiteral("--db"), url, QStringLiteral("reassess"), caseId, QStringLiteral("--trigger"),
                QStringLiteral("security_incident"), QStringLiteral("--date"), QStringLiteral("2026-11-30"),
                QStringLiteral("--description"), QStringLiteral("并发测试") });
    };
    {
        QProcess processes[4];
        for (int i = 0; i < 4; ++i)
            start(processes[i], ready.at(i));
        for (QProcess& p : processes) {
            QVERIFY(p.waitForFinished(60000));
            QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError())));
        }
    }
    // Two at once on the same case: one lands, the other is refused cleanly; never both, never half.
    int landed = 0;
    QString refusal;
    {
        QProcess processes[2];
        for (QProcess& p : processes)
            start(p, ready.at(4));
        for (QProcess& p : processes) {
            QVERIFY(p.waitForFinished(60000));
            if (p.exitCode() == 0)
                ++landed;
            else
                refusal = QString::fromUtf8(p.readAllStandardError());
        }
    }
    QVERIFY2(landed == 1, qPrintable(refusal));
    // The refusal is said in the user's words whichever way the race went: the other's draft seen, its revision
    // seen, or its version number taken at the same moment — never the server's "duplicate key".
    QVERIFY2(refusal.contains(QLatin1String("same moment")) || refusal.contains(QLatin1String("is still"))
            || refusal.contains(QLatin1String("was changed by")),
        qPrintable(refusal));
    QVERIFY2(!refusal.contains(QLatin1String("duplicate key")), qPrintable(refusal));
    CaseStore::Options readOnly;
    readOnly.readOnly = true;
    QString error;
    auto store = CaseStore::open(url, readOnly, &error);
    QVERIFY2(store, qPrintable(error));
    int incidents = 0;
    for (const AuditEvent& e : store->auditEvents())
        incidents += e.action == QLatin1String("assessment.create") && e.detail.contains(QLatin1String("security"));
    QCOMPARE(incidents, 4 + landed);
    const VerifyReport report = store->verify();
    QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

void TeamStoreTest::clientKilledMidChangeLeavesNothingHalfWritten()
{
    // A client writing many cases is killed mid-way: what the server kept is whole (each case with its versions and
    // audit events, the chain unbroken), whatever moment the kill came.
    const QString url = newDatabase(QStringLiteral("killed"));
    const QString cli = QStringLiteral(PIADESK_CLI);
    QTemporaryDir home;
    {
        QString error;
        QVERIFY2(CaseStore::open(url, &error), qPrintable(error)); // set up by its owner
    }
    for (const int afterMs : { 300, 900 }) {
        QProcess writer;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
        writer.setProcessEnvironment(env);
        writer.start(cli,
            { QStringLiteral("--db"), url, QStringLiteral("import"),
                TestSupport::dataPath(QStringLiteral("case-complete.json")) });
        QVERIFY(writer.waitForStarted());
        QTest::qWait(afterMs);
        writer.kill();
        writer.waitForFinished();
        CaseStore::Options readOnly;
        readOnly.readOnly = true;
        QString error;
        auto store = CaseStore::open(url, readOnly, &error);
        QVERIFY2(store, qPrintable(error));
        const VerifyReport report = store->verify();
        QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        for (const CaseSummary& c : store->listCases()) {
            CaseBundle bundle;
            QVERIFY2(store->loadCase(c.id, &bundle), qPrintable(store->errorString()));
            QCOMPARE(bundle.assessments.size(), 3); // the example's three versions, all or none
        }
        // The server rolled the killed client's transaction back: nothing of it is locked or pending.
        QString pending;
        QTRY_VERIFY_WITH_TIMEOUT(
            m_cluster.psql(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                                          "datname = 'killed' AND state LIKE 'idle in transaction%'"),
                QStringLiteral("postgres"), &pending)
                && pending == QLatin1String("0"),
            10000);
        if (!store->listCases().isEmpty())
            break; // the import was whole before the kill: a later kill would test nothing new
    }
}

void TeamStoreTest::conflictIsSaidForItsChangeOnly()
{
    // The conflict's sentence stands for the refused change; the next failure (here: the connection lost while
    // reading) says its own, and is no conflict.
    const QString name = QStringLiteral("conflicts");
    QString error;
    QVERIFY2(CaseStore::open(newDatabase(name), &error), qPrintable(error));
    QVERIFY2(m_cluster.psql(QStringLiteral("SELECT piadesk.add_user('c_first', 'assessor'); "
                                           "SELECT piadesk.add_user('c_second', 'assessor')"),
                 name, nullptr, &error),
        qPrintable(error));
    auto first = CaseStore::open(m_cluster.url(name, QStringLiteral("c_first")), &error);
    QVERIFY2(first, qPrintable(error));
    auto second = CaseStore::open(m_cluster.url(name, QStringLiteral("c_second")), &error);
    QVERIFY2(second, qPrintable(error));
    Case c;
    QVERIFY(createBankCase(*first, &c));
    CaseFacts facts = c.facts;
    CaseBundle bundle;
    QVERIFY(second->loadCase(c.id, &bundle));
    facts.name = QStringLiteral("第一位的名称");
    QVERIFY2(first->updateCaseFacts(c.id, facts), qPrintable(first->errorString()));
    facts.name = QStringLiteral("第二位的名称");
    QVERIFY(!second->updateCaseFacts(c.id, facts));
    QVERIFY(second->lastChangeConflicted());
    QVERIFY2(
        second->errorString().contains(QLatin1String("was changed by c_first at")), qPrintable(second->errorString()));
    QVERIFY(first->loadCase(c.id, &bundle));
    QCOMPARE(bundle.caseInfo.facts.name, QStringLiteral("第一位的名称"));

    QVERIFY(m_cluster.psql(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                          "WHERE usename = 'c_second'"),
        name));
    QVERIFY(!second->loadCase(c.id, &bundle));
    QVERIFY2(second->errorString().contains(QLatin1String("connection to the team store was lost")),
        qPrintable(second->errorString()));
    QVERIFY(!second->lastChangeConflicted());
}

void TeamStoreTest::versionTakenAtTheSameMomentIsAConflict()
{
    // Another session adds version 2 of a case and holds it uncommitted; this store, starting a re-assessment of the
    // same case, waits on the unique key and is refused once the other commits: said as a conflict, in the user's
    // words, not as the server's "duplicate key".
    const QString name = QStringLiteral("same_moment");
    QString error;
    auto store = CaseStore::open(newDatabase(name), &error);
    QVERIFY2(store, qPrintable(error));
    Case c;
    QVERIFY(createBankCase(*store, &c));
    AssessmentVersion v;
    QVERIFY2(store->createAssessment(c.id, TriggerKind::Initial, QDate::currentDate(), {}, &v),
        qPrintable(store->errorString()));
    QVERIFY2(store->saveSignOff(v.id, QStringLiteral("评估人"), QStringLiteral("审核人"), {}, {}),
        qPrintable(store->errorString()));
    QVERIFY2(store->finalize(v.id, TestSupport::storageOnlyFinalize()), qPrintable(store->errorString()));
    CaseBundle bundle;
    QVERIFY(store->loadCase(c.id, &bundle));

    QProcess other;
    other.start(m_cluster.binDir() + QStringLiteral("/psql"),
        { QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-h"), m_cluster.socketDir(), QStringLiteral("-U"),
            TestSupport::PgCluster::superuser(), QStringLiteral("-d"), name, QStringLiteral("-c"),
            QStringLiteral(
                "INSERT INTO piadesk.assessment (uuid, case_id, number, trigger_kind, created_at, updated_at) "
                "VALUES ('other-v2', %1, 2, 'yearly_review', '2026-12-04T00:00:00.000Z', "
                "'2026-12-04T00:00:00.000Z'); SELECT pg_sleep(1.5)")
                .arg(c.id) });
    QVERIFY(other.waitForStarted());
    // Until the other session sleeps (its row inserted, not committed).
    QString sleeping;
    for (int i = 0; i < 100 && sleeping != QLatin1String("1"); ++i) {
        QVERIFY(m_cluster.psql(
            QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE wait_event = 'PgSleep'"), name, &sleeping));
        if (sleeping != QLatin1String("1"))
            QThread::msleep(50);
    }
    QCOMPARE(sleeping, QStringLiteral("1"));
    AssessmentVersion mine;
    QVERIFY(!store->createAssessment(c.id, TriggerKind::SecurityIncident, QDate::currentDate(), {}, &mine));
    QVERIFY(store->lastChangeConflicted());
    QVERIFY2(store->errorString().contains(QLatin1String("at the same moment")), qPrintable(store->errorString()));
    QVERIFY(other.waitForFinished());
    QCOMPARE(other.exitCode(), 0);
    QVERIFY(store->loadCase(c.id, &bundle));
    QCOMPARE(bundle.assessments.size(), 2);
    QCOMPARE(bundle.assessments.constLast().uuid, QStringLiteral("other-v2"));
}

QTEST_GUILESS_MAIN(TeamStoreTest)
#include "tst_teamstore.moc"

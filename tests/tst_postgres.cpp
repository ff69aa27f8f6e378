// The team store's connection to PostgreSQL (store/Postgres.h) against a real server: a throwaway cluster started
// for this program (PgCluster), on a Unix socket in a temporary folder.
#include "PgCluster.h"
#include "store/Postgres.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>
#include <QThread>

using namespace piadesk;

class PostgresTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void parametersAreNumbered_data();
    void parametersAreNumbered();
    void valuesRoundTrip();
    void statementRunsAgainAfterReset();
    void streamedRowsArriveOneByOne();
    void misboundStatementNeverRuns();
    void errorsCarryTheirState();
    void transactionRollsBackUnlessCommitted();
    void savepointUndoesOnlyItsPart();
    void failedTransactionDoesNotCommit();
    void refusedConnectionSaysWhy();
    void lostConnectionIsReported();
    void clientKilledMidTransactionLeavesNothing();

private:
    TestSupport::PgCluster m_cluster;
    QString m_url;
};

void PostgresTest::initTestCase()
{
    QString error;
    QVERIFY2(m_cluster.start(&error), qPrintable(error));
    QVERIFY2(m_cluster.createDatabase(QStringLiteral("conn"), QString(), &error), qPrintable(error));
    m_url = m_cluster.url(QStringLiteral("conn"));
    QVERIFY2(m_cluster.psql(QStringLiteral("CREATE TABLE item (id bigint PRIMARY KEY, name text, body bytea, "
                                           "flag boolean, note text UNIQUE);"
                                           "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                           "RAISE EXCEPTION 'PIADESK_TEST_REFUSED: id %', OLD.id; END $$;"
                                           "CREATE TABLE fixed (id bigint PRIMARY KEY);"
                                           "CREATE TRIGGER fixed_no_delete BEFORE DELETE ON fixed FOR EACH ROW "
                                           "EXECUTE FUNCTION refuse();"
                                           "INSERT INTO fixed VALUES (1);"),
                 QStringLiteral("conn"), nullptr, &error),
        qPrintable(error));
}

void PostgresTest::init()
{
    if (m_cluster.isRunning())
        QVERIFY(m_cluster.psql(QStringLiteral("DELETE FROM item"), QStringLiteral("conn")));
}

void PostgresTest::parametersAreNumbered_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QByteArrayList>("names");
    QTest::newRow("plain") << QByteArray("SELECT * FROM t WHERE a = :a AND b = :b")
                           << QByteArray("SELECT * FROM t WHERE a = $1 AND b = $2") << QByteArrayList { ":a", ":b" };
    QTest::newRow("repeated") << QByteArray("UPDATE t SET x = :v WHERE y = :id OR z = :v")
                              << QByteArray("UPDATE t SET x = $1 WHERE y = $2 OR z = $1")
                              << QByteArrayList { ":v", ":id" };
    QTest::newRow("cast") << QByteArray("SELECT :when::date, '2026-01-01'::date")
                          << QByteArray("SELECT $1::date, '2026-01-01'::date") << QByteArrayList { ":when" };
    QTest::newRow("strings") << QByteArray("SELECT ':no', 'it''s :no', \":no\", E'\\' :no', :yes")
                             << QByteArray("SELECT ':no', 'it''s :no', \":no\", E'\\' :no', $1")
                             << QByteArrayList { ":yes" };
    QTest::newRow("comments") << QByteArray("SELECT 1 -- :no\n, /* :no /* :no */ :no */ :yes")
                              << QByteArray("SELECT 1 -- :no\n, /* :no /* :no */ :no */ $1")
                              << QByteArrayList { ":yes" };
    QTest::newRow("dollar") << QByteArray("DO $body$ BEGIN x := :no; END $body$; SELECT $$ :no $$, :yes, $1")
                            << QByteArray("DO $body$ BEGIN x := :no; END $body$; SELECT $$ :no $$, $1, $1")
                            << QByteArrayList { ":yes" };
    QTest::newRow("positional") << QByteArray("UPDATE t SET a = ?, b = '?' WHERE c = ?")
                                << QByteArray("UPDATE t SET a = $1, b = '?' WHERE c = $2")
                                << QByteArrayList { "?", "?" };
    QTest::newRow("numbered") << QByteArray("SELECT ?2, ?1, ?2") << QByteArray("SELECT $2, $1, $2")
                              << QByteArrayList { "?", "?" };
    QTest::newRow("slice") << QByteArray("SELECT a[1:2], :b_2") << QByteArray("SELECT a[1:2], $1")
                           << QByteArrayList { ":b_2" };
}

void PostgresTest::parametersAreNumbered()
{
    QFETCH(QByteArray, sql);
    QFETCH(QByteArray, expected);
    QFETCH(QByteArrayList, names);
    QList<QByteArray> found;
    QCOMPARE(PgStatement::numberParameters(sql, &found), expected);
    QCOMPARE(found, names);
}

void PostgresTest::valuesRoundTrip()
{
    PgConnection db;
    QVERIFY2(db.open(m_url), qPrintable(db.errorString()));
    QCOMPARE(db.user(), QStringLiteral("owner"));
    QCOMPARE(db.database(), QStringLiteral("conn"));
    QByteArray body;
    for (int i = 0; i < 256; ++i)
        body.append(char(i));
    const QString name = QStringLiteral("人脸识别 ' \" \\ :name $1 -- 𠀀");
    {
        PgStatement insert(db,
            QStringLiteral("INSERT INTO item (id, name, body, flag, note) VALUES (:id, :name, :body, :flag, :note)"));
        insert.bind(":id", qint64(1) << 40).bind(":name", name).bindBlob(":body", body).bind(":flag", true);
        insert.bindOptional(":note", QString());
        QVERIFY2(insert.run(), qPrintable(db.errorString()));
        QCOMPARE(insert.changes(), 1);
    }
    {
        PgStatement insert(db,
            QStringLiteral("INSERT INTO item (id, name, body, flag) VALUES (:id, :name, :body, "
                           ":flag)"));
        insert.bind(":id", qint64(1) << 41)
            .bind(":name", QString())
            .bindBlob(":body", QByteArray())
            .bind(":flag", false);
        QVERIFY2(insert.run(), qPrintable(db.errorString()));
    }
    PgStatement select(db, QStringLiteral("SELECT id, name, body, flag, note FROM item ORDER BY id"));
    QVERIFY(select.next());
    QCOMPARE(select.integer(0), qint64(1) << 40);
    QCOMPARE(select.text(1), name);
    QCOMPARE(select.blob(2), body);
    QCOMPARE(select.integer(3), 1);
    QVERIFY(select.isNull(4));
    QVERIFY(select.text(4).isNull());
    QVERIFY(select.next());
    QVERIFY(!select.isNull(1)); // a null QString binds as an empty text, as in SQLite
    QCOMPARE(select.text(1), QString());
    QVERIFY(!select.isNull(2));
    QCOMPARE(select.blob(2).size(), 0);
    QCOMPARE(select.integer(3), 0);
    QVERIFY(!select.next());
    QVERIFY(select.ok());
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM item")).toString(), QStringLiteral("2"));
    QVERIFY(db.exec(QStringLiteral("DELETE FROM item")));
}

void PostgresTest::statementRunsAgainAfterReset()
{
    PgConnection db;
    QVERIFY2(db.open(m_url), qPrintable(db.errorString()));
    PgStatement insert(db, QStringLiteral("INSERT INTO item (id, name) VALUES (:id, :name)"));
    for (int i = 0; i < 200; ++i) {
        insert.reset();
        insert.bind(":id", i).bind(":name", QString::number(i * 7));
        QVERIFY2(insert.run(), qPrintable(db.errorString()));
    }
    PgStatement sum(db, QStringLiteral("SELECT sum(name::bigint), count(*) FROM item WHERE id >= :from"));
    sum.bind(":from", 100);
    QVERIFY(sum.next());
    QCOMPARE(sum.integer(0), qint64(7 * (100 + 199) * 100 / 2));
    QCOMPARE(sum.integer(1), 100);
    sum.reset();
    sum.bind(":from", 0);
    QVERIFY(sum.next());
    QCOMPARE(sum.integer(1), 200);
    PgStatement remove(db, QStringLiteral("DELETE FROM item WHERE id < :below"));
    remove.bind(":below", 50);
    QVERIFY(remove.run());
    QCOMPARE(remove.changes(), 50);
    QVERIFY(db.exec(QStringLiteral("DELETE FROM item")));
}

void PostgresTest::streamedRowsArriveOneByOne()
{
    PgConnection db;
    QVERIFY2(db.open(m_url), qPrintable(db.errorString()));
    // Read straight through: every row, in order, with its values and types.
    PgStatement all(db, QStringLiteral("SELECT i, 'row ' || i, i % 2 = 0 FROM generate_series(1, :n) AS i"));
    all.setStreamed(true);
    all.bind(":n", 5000);
    qint64 expected = 0;
    while (all.next()) {
        ++expected;
        QCOMPARE(all.integer(0), expected);
        QCOMPARE(all.text(1), QStringLiteral("row %1").arg(expected));
        QCOMPARE(all.integer(2), expected % 2 == 0 ? 1 : 0);
    }
    QVERIFY2(all.ok(), qPrintable(db.errorString()));
    QCOMPARE(expected, 5000);
    QVERIFY(!all.next()); // and stays done

    // Run again after a reset, and an empty result.
    all.reset();
    all.bind(":n", 0);
    QVERIFY(!all.next());
    QVERIFY(all.ok());

    // Left after a few rows: the connection runs the next statement.
    {
        PgStatement left(db, QStringLiteral("SELECT i FROM generate_series(1, 100000) AS i"));
        left.setStreamed(true);
        QVERIFY(left.next());
        QVERIFY(left.next());
        QCOMPARE(left.integer(0), 2);
    }
    QCOMPARE(db.scalar(QStringLiteral("SELECT 41 + 1")).toString(), QStringLiteral("42"));

    // An error after some rows ends the rows with the server's reason; the connection is usable after.
    PgStatement failing(db, QStringLiteral("SELECT 1 / (500 - i) FROM generate_series(1, 1000) AS i"));
    failing.setStreamed(true);
    int rows = 0;
    while (failing.next())
        ++rows;
    QVERIFY(!failing.ok());
    QVERIFY(rows < 1000);
    QCOMPARE(db.sqlState(), QStringLiteral("22012"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT 'still here'")).toString(), QStringLiteral("still here"));
}

void PostgresTest::misboundStatementNeverRuns()
{
    PgConnection db;
    QVERIFY2(db.open(m_url), qPrintable(db.errorString()));
    PgStatement insert(db, QStringLiteral("INSERT INTO item (id, name) VALUES (:id, :name)"));
    insert.bind(":id", 7).bind(":nmae", QStringLiteral("typo"));
    QVERIFY(!insert.run());
    QVERIFY(db.errorString().contains(QLatin1String(":nmae")));
    insert.reset();
    insert.bind(":id", 8);
    QVERIFY(!insert.run()); // misbound for good
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM item")).toString(), QStringLiteral("0"));
}

void PostgresTest::errorsCarryTheirState()
{
    PgConnection db;
    QVERIFY2(db.open(m_url), qPrintable(db.errorString()));
    QVERIFY(db.exec(QStringLiteral("INSERT INTO item (id, note) VALUES (1, 'a')")));
    PgStatement duplicate(db, QStringLiteral("INSERT INTO item (id, note) VALUES (:id, 'a')"));
    duplicate.bind(":id", 2);
    QVERIFY(!duplicate.run());
    QCOMPARE(db.sqlState(), QStringLiteral("23505"));
    QVERIFY2(db.errorString().contains(QLatin1String("note")), qPrintable(db.errorString()));

    PgStatement remove(db, QStringLiteral("DELETE FROM fixed WHERE id = :id"));
    remove.bind(":id", 1);
    QVERIFY(!remove.run());
    QCOMPARE(db.sqlState(), QStringLiteral("P0001"));
    QVERIFY2(db.errorString().startsWith(QLatin1String("PIADESK_TEST_REFUSED: id 1")), qPrintable(db.errorString()));

    PgStatement wrong(db, QStringLiteral("SELEC 1"));
    QVERIFY(!wrong.next());
    QVERIFY(!wrong.ok());
    QCOMPARE(db.sqlState(), QStringLiteral("42601"));
    QVERIFY(!db.scalar(QStringLiteral("SELECT * FROM missing_table")).isValid());
    QCOMPARE(db.sqlState(), QStringLiteral("42P01"));
    QVERIFY(db.exec(QStringLiteral("DELETE FROM item")));
}

void PostgresTest::transactionRollsBackUnlessCommitted()
{
    PgConnection db;
    QVERIFY2(db.open(m_url), qPrintable(db.errorString()));
    {
        PgTransaction transaction(db);
        QVERIFY(transaction.isActive());
        QVERIFY(!transaction.isNested());
        QVERIFY(db.exec(QStringLiteral("INSERT INTO item (id) VALUES (1)")));
    }
    QVERIFY(!db.inTransaction());
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM item")).toString(), QStringLiteral("0"));
    {
        PgTransaction transaction(db);
        QVERIFY(db.exec(QStringLiteral("INSERT INTO item (id) VALUES (1)")));
        QVERIFY(transaction.commit());
    }
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM item")).toString(), QStringLiteral("1"));
    QVERIFY(db.exec(QStringLiteral("DELETE FROM item")));
}

void PostgresTest::savepointUndoesOnlyItsPart()
{
    PgConnection db;
    QVERIFY2(db.open(m_url), qPrintable(db.errorString()));
    {
        PgTransaction outer(db);
        QVERIFY(db.exec(QStringLiteral("INSERT INTO item (id) VALUES (1)")));
        {
            PgTransaction inner(db);
            QVERIFY(inner.isNested());
            QVERIFY(db.exec(QStringLiteral("INSERT INTO item (id) VALUES (2)")));
            QVERIFY(!db.exec(QStringLiteral("INSERT INTO item (id) VALUES (2)"))); // fails: the savepoint undoes it
        }
        {
            PgTransaction inner(db);
            QVERIFY(db.exec(QStringLiteral("INSERT INTO item (id) VALUES (3)")));
            QVERIFY(inner.commit());
        }
        QVERIFY(outer.commit());
    }
    QCOMPARE(db.scalar(QStringLiteral("SELECT string_agg(id::text, ',' ORDER BY id) FROM item")).toString(),
        QStringLiteral("1,3"));
    QVERIFY(db.exec(QStringLiteral("DELETE FROM item")));
}

void PostgresTest::failedTransactionDoesNotCommit()
{
    PgConnection db;
    QVERIFY2(db.open(m_url), qPrintable(db.errorString()));
    {
        PgTransaction transaction(db);
        QVERIFY(db.exec(QStringLiteral("INSERT INTO item (id) VALUES (1)")));
        QVERIFY(!db.exec(QStringLiteral("INSERT INTO item (id) VALUES (1)")));
        QVERIFY(!transaction.commit()); // PostgreSQL answers COMMIT with ROLLBACK here
        QCOMPARE(db.sqlState(), QStringLiteral("25P02"));
    }
    QVERIFY(!db.inTransaction());
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM item")).toString(), QStringLiteral("0"));
}

void PostgresTest::refusedConnectionSaysWhy()
{
    PgConnection db;
    QVERIFY(!db.open(m_cluster.url(QStringLiteral("no_such_database"))));
    QVERIFY2(db.errorString().contains(QLatin1String("no_such_database")), qPrintable(db.errorString()));
    QVERIFY(!db.isOpen());
    QVERIFY(!db.open(QStringLiteral("postgresql:///conn?host=/nonexistent-socket-dir")));
    QVERIFY2(db.errorString().contains(QLatin1String("/nonexistent-socket-dir")), qPrintable(db.errorString()));
    QVERIFY(!db.exec(QStringLiteral("SELECT 1")));
    PgStatement statement(db, QStringLiteral("SELECT 1"));
    QVERIFY(!statement.isValid());
    QVERIFY(!statement.next());
}

void PostgresTest::lostConnectionIsReported()
{
    PgConnection db;
    QVERIFY2(db.open(m_url), qPrintable(db.errorString()));
    const QString pid = db.scalar(QStringLiteral("SELECT pg_backend_pid()")).toString();
    PgConnection other;
    QVERIFY2(other.open(m_url), qPrintable(other.errorString()));
    QVERIFY(other.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)));
    PgStatement statement(db, QStringLiteral("SELECT 1"));
    QVERIFY(!statement.next());
    QVERIFY(db.isBroken());
    QVERIFY2(db.sqlState() == QLatin1String("57P01") || db.sqlState().startsWith(QLatin1String("08")),
        qPrintable(db.sqlState() + QLatin1Char(' ') + db.errorString()));
}

void PostgresTest::clientKilledMidTransactionLeavesNothing()
{
    // A client (psql) inserts rows in a transaction and is killed before it commits: the server rolls back.
    QProcess client;
    client.start(m_cluster.binDir() + QStringLiteral("/psql"),
        { QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-h"), m_cluster.socketDir(), QStringLiteral("-U"),
            TestSupport::PgCluster::superuser(), QStringLiteral("-d"), QStringLiteral("conn") });
    QVERIFY(client.waitForStarted());
    client.write("SET application_name = 'killed_client';\nBEGIN;\nINSERT INTO item (id) SELECT g FROM "
                 "generate_series(1, 1000) g;\n");
    QVERIFY(client.waitForBytesWritten());
    PgConnection watcher;
    QVERIFY2(watcher.open(m_url), qPrintable(watcher.errorString()));
    const QString waiting = QStringLiteral(
        "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'killed_client' AND state = 'idle in "
        "transaction'");
    QElapsedTimer timer;
    timer.start();
    while (watcher.scalar(waiting).toString() != QLatin1String("1") && timer.elapsed() < 30000)
        QThread::msleep(20);
    QCOMPARE(watcher.scalar(waiting).toString(), QStringLiteral("1"));
    client.kill();
    QVERIFY(client.waitForFinished());
    timer.restart();
    const QString gone
        = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'killed_client'");
    while (watcher.scalar(gone).toString() != QLatin1String("0") && timer.elapsed() < 30000)
        QThread::msleep(20);
    QCOMPARE(watcher.scalar(gone).toString(), QStringLiteral("0"));
    QCOMPARE(watcher.scalar(QStringLiteral("SELECT count(*) FROM item")).toString(), QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(PostgresTest)
#include "tst_postgres.moc"

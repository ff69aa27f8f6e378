#include "TestSupport.h"
#include "store/CaseStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace piadesk;

namespace {

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

/** Runs the real piadesk-cli with \a arguments, in English, with its data directory under \a home. */
Run cli(const QStringList& arguments, const QString& home = QString(), const QString& language = QStringLiteral("en"))
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PIADESK_LANG"), language);
    if (!home.isEmpty())
        env.insert(QStringLiteral("XDG_DATA_HOME"), home);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PIADESK_CLI), arguments);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        return run;
    }
    run.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString example()
{
    return TestSupport::dataPath(QStringLiteral("case-complete.json"));
}

QJsonObject withoutVolatile(const QByteArray& bytes)
{
    QJsonObject o = QJsonDocument::fromJson(bytes).object();
    o.remove(QStringLiteral("exportedAt"));
    o.remove(QStringLiteral("generator"));
    return o;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionAndHelp()
    {
        Run run = cli({ QStringLiteral("--version") });
        QCOMPARE(run.status, 0);
        QVERIFY2(run.out.startsWith(QLatin1String("piadesk-cli " PIADESK_VERSION)), qPrintable(run.out));
        QVERIFY(run.err.isEmpty());
        run = cli({ QStringLiteral("--help") });
        QCOMPARE(run.status, 0);
        for (const char* word : { "list", "import", "export", "verify", "--file" })
            QVERIFY2(run.out.contains(QLatin1String(word)), word);
    }

    void speaksChineseWhenAsked()
    {
        QTemporaryDir home;
        Run run = cli({ QStringLiteral("--help") }, home.path(), QStringLiteral("zh_CN"));
        QCOMPARE(run.status, 0);
        QVERIFY2(run.out.contains(QStringLiteral("核验文件完整性")), qPrintable(run.out));
        const QString file = home.filePath(QStringLiteral("foreign.sqlite"));
        QVERIFY(QFile::copy(TestSupport::dataPath(QStringLiteral("foreign.sqlite")), file));
        run = cli({ QStringLiteral("--file"), file, QStringLiteral("list") }, home.path(), QStringLiteral("zh_CN"));
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(QStringLiteral("不是 PIAdesk 案卷文件")), qPrintable(run.err));
    }

    void wrongUsageExitsWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing") << QStringList() << QStringLiteral("No command given");
        QTest::newRow("unknown") << QStringList { QStringLiteral("frobnicate") }
                                 << QStringLiteral("Unknown command \"frobnicate\"");
        QTest::newRow("import without file")
            << QStringList { QStringLiteral("import") } << QStringLiteral("import needs one file");
        QTest::newRow("unknown option") << QStringList { QStringLiteral("--colour"), QStringLiteral("list") }
                                        << QStringLiteral("Unknown option");
    }

    void wrongUsageExitsWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QTemporaryDir home;
        const Run run = cli(arguments, home.path());
        QCOMPARE(run.status, 2);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void importListExportVerify()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("cases.piadesk"));
        Run run = cli({ QStringLiteral("--file"), file, QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(run.status, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 0);
        QVERIFY(!QFile::exists(file));

        run = cli({ QStringLiteral("--file"), file, QStringLiteral("--user"), QStringLiteral("审核员"),
            QStringLiteral("import"), example() });
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QCOMPARE(run.out, QStringLiteral("1\n"));

        run = cli({ QStringLiteral("--file"), file, QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(run.status, 0);
        const QJsonArray cases = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(cases.size(), 1);
        const QJsonObject c = cases.at(0).toObject();
        QCOMPARE(c.value(QLatin1String("name")).toString(), QStringLiteral("浦江花园小区人脸识别门禁"));
        QCOMPARE(c.value(QLatin1String("organisation")).toString(), QStringLiteral("上海浦江示例物业管理有限公司"));
        QCOMPARE(c.value(QLatin1String("status")).toString(), QStringLiteral("in_use"));
        QCOMPARE(c.value(QLatin1String("versions")).toInt(), 3);
        QCOMPARE(c.value(QLatin1String("latestState")).toString(), QStringLiteral("draft"));
        QCOMPARE(c.value(QLatin1String("storedPeople")).toInt(), 12000);

        run = cli({ QStringLiteral("--file"), file, QStringLiteral("list") });
        QCOMPARE(run.status, 0);
        QVERIFY2(
            run.out.contains(QStringLiteral("浦江花园小区人脸识别门禁")) && run.out.contains(QLatin1String("v3 Draft")),
            qPrintable(run.out));

        const QString out = dir.filePath(QStringLiteral("exported.json"));
        run = cli({ QStringLiteral("--file"), file, QStringLiteral("export"), QStringLiteral("1"),
            QStringLiteral("--out"), out });
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(withoutVolatile(TestSupport::fileBytes(out)), withoutVolatile(TestSupport::fileBytes(example())));
        // By uuid, to standard output.
        const QString uuid = c.value(QLatin1String("uuid")).toString();
        run = cli({ QStringLiteral("--file"), file, QStringLiteral("export"), uuid });
        QCOMPARE(run.status, 0);
        QCOMPARE(withoutVolatile(run.out.toUtf8()), withoutVolatile(TestSupport::fileBytes(example())));

        run = cli({ QStringLiteral("--file"), file, QStringLiteral("verify") });
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("Everything checks out")), qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("Finalized versions checked: 2")));

        // The audit log names the user given with --user.
        CaseStore::Options readOnly;
        readOnly.readOnly = true;
        QString error;
        auto store = CaseStore::open(file, readOnly, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->auditEvents().constLast().actor, QStringLiteral("审核员"));
        QCOMPARE(store->auditEvents().constLast().action, QStringLiteral("case.import"));
    }

    void defaultCaseFileIsInTheDataDirectory()
    {
        QTemporaryDir home;
        Run run = cli({ QStringLiteral("import"), example() }, home.path());
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QVERIFY(QFile::exists(home.filePath(QStringLiteral("piadesk/cases.piadesk"))));
        run = cli({ QStringLiteral("list"), QStringLiteral("--json") }, home.path());
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 1);
    }

    void badImportLeavesTheFileUntouched_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("expected");
        QTest::newRow("malformed") << QByteArray("{\"format\": ") << QStringLiteral("not valid JSON");
        QByteArray wrongDate = TestSupport::fileBytes(example());
        wrongDate.replace("\"startOfUse\": \"2025-03-01\"", "\"startOfUse\": \"2025-02-30\"");
        QTest::newRow("impossible date") << wrongDate
                                         << QStringLiteral(
                                                "cases[0].facts.startOfUse: \"2025-02-30\" is not a valid date");
        QTest::newRow("already imported")
            << TestSupport::fileBytes(example()) << QStringLiteral("already in this case file");
    }

    void badImportLeavesTheFileUntouched()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("cases.piadesk"));
        QVERIFY(cli({ QStringLiteral("--file"), file, QStringLiteral("import"), example() }).status == 0);
        const QByteArray before = TestSupport::fileBytes(file);
        const QString input = dir.filePath(QStringLiteral("input.json"));
        QFile f(input);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(document);
        f.close();
        const Run run = cli({ QStringLiteral("--file"), file, QStringLiteral("import"), input });
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(TestSupport::fileBytes(file), before);

        // A bad document never creates a case file either.
        const QString fresh = dir.filePath(QStringLiteral("fresh.piadesk"));
        if (!expected.contains(QLatin1String("already"))) {
            QCOMPARE(cli({ QStringLiteral("--file"), fresh, QStringLiteral("import"), input }).status, 1);
            QVERIFY(!QFile::exists(fresh));
        }
    }

    void refusedFilesStayUnchanged_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("expected");
        QTest::newRow("foreign") << QStringLiteral("foreign.sqlite") << QStringLiteral("not a PIAdesk case file");
        QTest::newRow("newer") << QStringLiteral("newer-schema.piadesk") << QStringLiteral("newer version of PIAdesk");
        QTest::newRow("corrupt") << QStringLiteral("corrupt.piadesk") << QStringLiteral("is damaged");
    }

    void refusedFilesStayUnchanged()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString file = dir.filePath(fixture);
        QVERIFY(QFile::copy(TestSupport::dataPath(fixture), file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray before = TestSupport::fileBytes(file);
        for (const QStringList& command : { QStringList { QStringLiteral("list") },
                 QStringList { QStringLiteral("verify") }, QStringList { QStringLiteral("import"), example() } }) {
            const Run run = cli(QStringList { QStringLiteral("--file"), file } + command);
            QCOMPARE(run.status, 1);
            QVERIFY2(run.err.contains(expected), qPrintable(run.err));
            QCOMPARE(TestSupport::fileBytes(file), before);
        }
    }

    void verifyFailsOnTamperedFiles()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("t.piadesk"));
        QVERIFY(QFile::copy(TestSupport::dataPath(QStringLiteral("finalized-tampered.piadesk")), file));
        const Run run = cli({ QStringLiteral("--file"), file, QStringLiteral("verify") });
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(QLatin1String("version 2: the content no longer matches")), qPrintable(run.err));
        QVERIFY(run.err.contains(QLatin1String("Verification failed")));
    }

    void checkReportsFilingFlagsAndCompleteness()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("c.piadesk"));
        QCOMPARE(cli({ QStringLiteral("--file"), file, QStringLiteral("import"), example() }).status, 0);
        Run run = cli(
            { QStringLiteral("--file"), file, QStringLiteral("check"), QStringLiteral("1"), QStringLiteral("--json") });
        QVERIFY2(run.status == 0, qPrintable(run.err));
        const QJsonObject r = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonObject filing = r.value(QLatin1String("filing")).toObject();
        QCOMPARE(filing.value(QLatin1String("required")).toBool(), true);
        QCOMPARE(filing.value(QLatin1String("byHeadCount")).toBool(), true);
        QCOMPARE(filing.value(QLatin1String("byPublicPlace")).toBool(), false);
        QCOMPARE(r.value(QLatin1String("version")).toObject().value(QLatin1String("number")).toInt(), 3);
        QStringList flags;
        for (const QJsonValue& f : r.value(QLatin1String("redFlags")).toArray())
            flags.append(f.toObject().value(QLatin1String("id")).toString());
        QCOMPARE(flags, (QStringList { QStringLiteral("art13_minors"), QStringLiteral("priority_scale") }));
        QVERIFY(!r.value(QLatin1String("finalization")).toObject().value(QLatin1String("allowed")).toBool());

        // --version picks an earlier version; --version alone still prints the program's.
        run = cli({ QStringLiteral("--file"), file, QStringLiteral("check"), QStringLiteral("1"),
            QStringLiteral("--version"), QStringLiteral("1") });
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("version 1 (Superseded)")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("Filing required (Art. 16)")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("Not ready to finalize")), qPrintable(run.out));
        QCOMPARE(cli({ QStringLiteral("--version") }).status, 0);

        // In Chinese, the same check speaks the officials' terms.
        run = cli({ QStringLiteral("--file"), file, QStringLiteral("check"), QStringLiteral("1") }, QString(),
            QStringLiteral("zh_CN"));
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("地市级网信部门")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("第十六条")), qPrintable(run.out));
    }

    void finalizeIsRefusedWhileTheCheckSaysNo()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("c.piadesk"));
        QCOMPARE(cli({ QStringLiteral("--file"), file, QStringLiteral("import"), example() }).status, 0);
        const QByteArray before = TestSupport::fileBytes(file);
        Run run = cli({ QStringLiteral("--file"), file, QStringLiteral("finalize"), QStringLiteral("1") });
        QCOMPARE(run.status, 2);
        QVERIFY2(run.err.contains(QLatin1String("--assessor NAME --reviewer NAME")), qPrintable(run.err));
        run = cli({ QStringLiteral("--file"), file, QStringLiteral("finalize"), QStringLiteral("1"),
            QStringLiteral("--assessor"), QStringLiteral("陈晓"), QStringLiteral("--reviewer"),
            QStringLiteral("刘敏") });
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(QLatin1String("cannot be finalized")) && run.err.contains(QLatin1String("complete")),
            qPrintable(run.err));
        run = cli({ QStringLiteral("--file"), file, QStringLiteral("list"), QStringLiteral("--json") });
        QVERIFY2(run.out.contains(QLatin1String("\"latestState\": \"draft\"")), qPrintable(run.out));
        run = cli({ QStringLiteral("--file"), file, QStringLiteral("finalize"), QStringLiteral("1"),
            QStringLiteral("--version"), QStringLiteral("2"), QStringLiteral("--assessor"), QStringLiteral("a"),
            QStringLiteral("--reviewer"), QStringLiteral("b") });
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(QLatin1String("already finalized")), qPrintable(run.err));
        Q_UNUSED(before);
    }

    void badRuleSetFileIsRefused()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("c.piadesk"));
        QCOMPARE(cli({ QStringLiteral("--file"), file, QStringLiteral("import"), example() }).status, 0);
        const Run run = cli({ QStringLiteral("--file"), file, QStringLiteral("--rules"),
            TestSupport::dataPath(QStringLiteral("rulesets/invalid/matrix-incomplete.json")), QStringLiteral("check"),
            QStringLiteral("1") });
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(QLatin1String("risk.matrix.high")), qPrintable(run.err));
    }

    void secondWriterProcessIsRefused()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("cases.piadesk"));
        QVERIFY(cli({ QStringLiteral("--file"), file, QStringLiteral("import"), example() }).status == 0);
        // This process holds the file open for writing, as the GUI would.
        auto holder = TestSupport::openStore(dir);
        QVERIFY(holder);
        Run run = cli({ QStringLiteral("--file"), file, QStringLiteral("import"), example() });
        QCOMPARE(run.status, 1);
        QVERIFY2(
            run.err.contains(
                QStringLiteral("is in use by tst_cli (process %1").arg(qint64(QCoreApplication::applicationPid()))),
            qPrintable(run.err));
        // Readers still get through.
        run = cli({ QStringLiteral("--file"), file, QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(run.status, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 1);
        run = cli({ QStringLiteral("--file"), file, QStringLiteral("verify") });
        QCOMPARE(run.status, 0);
    }

    void exportOfUnknownCaseFails()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("cases.piadesk"));
        QVERIFY(cli({ QStringLiteral("--file"), file, QStringLiteral("import"), example() }).status == 0);
        const Run run = cli({ QStringLiteral("--file"), file, QStringLiteral("export"), QStringLiteral("42") });
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(QLatin1String("There is no case 42")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

#include "TestSupport.h"
#include "store/CaseStore.h"
#include "workflow/Workflow.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace piadesk;

namespace {

using Run = TestSupport::CliRun;

/** Runs the real piadesk-cli with \a arguments, in English, with its data directory under \a home. */
Run cli(const QStringList& arguments, const QString& home = QString(), const QString& language = QStringLiteral("en"))
{
    return TestSupport::runCli(QStringLiteral(PIADESK_CLI), arguments, home, language);
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

    void demoFillsAnEmptyFileReproducibly()
    {
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("a.piadesk"));
        const QString second = dir.filePath(QStringLiteral("b.piadesk"));
        const QStringList demo { QStringLiteral("--today"), QStringLiteral("2026-11-23"), QStringLiteral("demo"),
            QStringLiteral("--cases"), QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("7") };
        Run run = cli(QStringList { QStringLiteral("--file"), first } + demo);
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("60 demo cases written")), qPrintable(run.out));
        run = cli(QStringList { QStringLiteral("--file"), second } + demo);
        QVERIFY2(run.status == 0, qPrintable(run.err));

        // The same seed and day give the same cases, uuids and all.
        const auto listed = [](const QString& file) {
            const Run r = cli({ QStringLiteral("--file"), file, QStringLiteral("list"), QStringLiteral("--json") });
            QJsonArray cases;
            for (const QJsonValue& c : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
                QJsonObject o = c.toObject();
                o.remove(QStringLiteral("updatedAt")); // when the case was written, not what it says
                cases.append(o);
            }
            return cases;
        };
        const QJsonArray cases = listed(first);
        QCOMPARE(cases.size(), 60);
        QCOMPARE(listed(second), cases);
        const auto exported = [](const QString& file, const QString& id) {
            const Run r = cli({ QStringLiteral("--file"), file, QStringLiteral("export"), id });
            return withoutVolatile(r.out.toUtf8());
        };
        QCOMPARE(exported(second, QStringLiteral("17")), exported(first, QStringLiteral("17")));

        // Every state a real file has: planned, used and ended cases; drafts, finalized and superseded versions.
        QSet<QString> statuses;
        QSet<QString> states;
        int organisations = 0;
        QSet<QString> names;
        for (const QJsonValue& c : cases) {
            statuses.insert(c[QLatin1String("status")].toString());
            states.insert(c[QLatin1String("latestState")].toString());
            if (!names.contains(c[QLatin1String("organisation")].toString()))
                ++organisations;
            names.insert(c[QLatin1String("organisation")].toString());
        }
        QCOMPARE(
            statuses, (QSet<QString> { QStringLiteral("planned"), QStringLiteral("in_use"), QStringLiteral("ended") }));
        QVERIFY(states.contains(QStringLiteral("finalized")) && states.contains(QStringLiteral("draft")));
        QVERIFY2(organisations > 5 && organisations < 50, qPrintable(QString::number(organisations)));

        // The first case is the large one the document benchmarks render.
        const QJsonObject large = exported(first, QStringLiteral("1"))[QLatin1String("cases")][0].toObject();
        const QJsonArray versions = large[QLatin1String("assessments")].toArray();
        QCOMPARE(versions.size(), 3);
        const QJsonObject latest = versions.last().toObject();
        QCOMPARE(latest[QLatin1String("state")].toString(), QStringLiteral("finalized"));
        QCOMPARE(versions.first()[QLatin1String("state")].toString(), QStringLiteral("superseded"));
        // Every question it shows answered, its sections concluded, its conditions explained (at least 60
        // questions and 6 conclusions).
        QVERIFY(latest[QLatin1String("answers")].toObject().size() >= 66);
        QCOMPARE(latest[QLatin1String("risks")].toArray().size(), 40);
        QCOMPARE(latest[QLatin1String("measures")].toArray().size(), 80);
        QVERIFY(large[QLatin1String("attachments")].toArray().size() >= 10);
        // The demo is under the law in force: the estate's 56,000 people in a public place need no filing under the
        // 2025 Measures (the draft would have asked for one); one case in five is still under the draft.
        QCOMPARE(large[QLatin1String("ruleSet")].toString(), QStringLiteral("cn-cac-frt-2025-measures"));
        QCOMPARE(large[QLatin1String("filings")].toArray().size(), 0);
        int underDraft = 0;
        for (int id = 1; id <= 10; ++id)
            underDraft
                += exported(first, QString::number(id))[QLatin1String("cases")][0][QLatin1String("ruleSet")].toString()
                == QLatin1String("cn-cac-frt-2023-draft");
        QCOMPARE(underDraft, 2);

        // A real, whole case file: every hash checks out, documents render.
        run = cli({ QStringLiteral("--file"), first, QStringLiteral("verify") });
        QVERIFY2(run.status == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QLatin1String("Everything checks out")), qPrintable(run.out));

        // The demo shows what a sound assessment looks like: every finalized or superseded version is one the
        // engine would have let through (no prohibited practice, conclusions agreeing with the answers, nothing
        // missing, residual risk accepted where needed), and nobody reviewed their own work.
        {
            auto store = TestSupport::openStore(dir, QStringLiteral("a.piadesk"));
            const RuleSetLibrary library = RuleSetLibrary::builtIn();
            int finals = 0;
            int drafts = 0;
            int draftsWithProblems = 0;
            for (const CaseSummary& c : store->listCases()) {
                CaseBundle bundle;
                QVERIFY(store->loadCase(c.id, &bundle));
                for (const AssessmentVersion& v : bundle.assessments) {
                    const RuleSet* rules = Workflow::ruleSetFor(library, bundle.caseInfo, v, nullptr);
                    QVERIFY(rules);
                    const CheckResult check = Workflow::check(*rules, bundle, v);
                    if (!v.isFinal()) {
                        ++drafts;
                        draftsWithProblems += check.prohibited().isEmpty() && check.inconsistencies.isEmpty() ? 0 : 1;
                        continue;
                    }
                    ++finals;
                    const QString where = QStringLiteral("case %1 version %2").arg(c.id).arg(v.number);
                    QVERIFY2(check.prohibited().isEmpty(), qPrintable(where));
                    QVERIFY2(check.inconsistencies.isEmpty(), qPrintable(where));
                    QVERIFY2(v.assessor.compare(v.reviewer, Qt::CaseInsensitive) != 0, qPrintable(where));
                    QVERIFY2(check.completeness.isComplete(), qPrintable(where));
                    QCOMPARE(check.finalization.reasons.size(), 1); // "already finalized", and nothing else
                }
            }
            QVERIFY(finals > 30);
            // Some drafts keep their open problems: the demo shows what PIAdesk catches, too.
            QVERIFY2(
                draftsWithProblems > 0, qPrintable(QStringLiteral("%1 of %2").arg(draftsWithProblems).arg(drafts)));
        }

        // Demo cases never go into a file that has cases of its own.
        const QByteArray before = TestSupport::fileBytes(first);
        run = cli(QStringList { QStringLiteral("--file"), first } + demo);
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(QLatin1String("already holds 60 cases")), qPrintable(run.err));
        QCOMPARE(TestSupport::fileBytes(first), before);

        run = cli({ QStringLiteral("--file"), dir.filePath(QStringLiteral("c.piadesk")), QStringLiteral("demo"),
            QStringLiteral("--cases"), QStringLiteral("0") });
        QCOMPARE(run.status, 2);
        QVERIFY2(run.err.contains(QLatin1String("demo needs --cases N")), qPrintable(run.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("c.piadesk"))));
        run = cli(
            { QStringLiteral("--file"), first, QStringLiteral("list"), QStringLiteral("--seed"), QStringLiteral("3") });
        QCOMPARE(run.status, 2);
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
        QTest::newRow("truncated") << QStringLiteral("truncated.piadesk") << QStringLiteral("is damaged");
        QTest::newRow("not SQLite") << QStringLiteral("not-sqlite.piadesk") << QStringLiteral("not an SQLite database");
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
        // The draft answers nothing yet: what would allow processing is not shown, prohibited practices first.
        QCOMPARE(flags,
            (QStringList { QStringLiteral("art5_no_consent"), QStringLiteral("art13_no_guardian_consent"),
                QStringLiteral("art20_equipment"), QStringLiteral("art13_minors"), QStringLiteral("priority_scale") }));
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

    void workdaysCountsHolidaysAndMakeUpDays()
    {
        QTemporaryDir home;
        Run run = cli(
            { QStringLiteral("workdays"), QStringLiteral("add"), QStringLiteral("2025-09-26"), QStringLiteral("4") },
            home.path());
        QCOMPARE(run.status, 0);
        QVERIFY2(run.out.startsWith(QLatin1String("2025-10-09\n")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("National Day")), qPrintable(run.out));
        QVERIFY(!run.out.contains(QLatin1String("Estimated")));

        run = cli({ QStringLiteral("workdays"), QStringLiteral("between"), QStringLiteral("2025-09-26"),
                      QStringLiteral("2025-11-13"), QStringLiteral("--json") },
            home.path());
        QCOMPARE(run.status, 0);
        const QJsonObject between = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(between.value(QStringLiteral("workingDays")).toInt(), 30);
        QCOMPARE(between.value(QStringLiteral("makeUpDays")).toInt(), 2);
        QCOMPARE(between.value(QStringLiteral("estimated")).toBool(), false);

        run = cli({ QStringLiteral("workdays"), QStringLiteral("info"), QStringLiteral("2025-09-28"),
                      QStringLiteral("--json") },
            home.path());
        const QJsonObject info = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(info.value(QStringLiteral("working")).toBool(), true);
        QCOMPARE(info.value(QStringLiteral("kind")).toString(), QStringLiteral("make_up_workday"));
        QCOMPARE(info.value(QStringLiteral("holiday")).toString(), QStringLiteral("National Day"));

        // Beyond the calendar: counted on weekends alone, and said so.
        run = cli(
            { QStringLiteral("workdays"), QStringLiteral("add"), QStringLiteral("2026-12-25"), QStringLiteral("30") },
            home.path());
        QCOMPARE(run.status, 0);
        QVERIFY2(run.out.startsWith(QLatin1String("2027-02-05\n")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("Estimated")), qPrintable(run.out));

        // In Chinese.
        run = cli({ QStringLiteral("workdays"), QStringLiteral("info"), QStringLiteral("2025-10-01") }, home.path(),
            QStringLiteral("zh_CN"));
        QVERIFY2(run.out.contains(QStringLiteral("国庆节")), qPrintable(run.out));
    }

    void workdaysRefusesImpossibleInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("words");
        QTest::newRow("30 February") << QStringList { QStringLiteral("workdays"), QStringLiteral("info"),
            QStringLiteral("2025-02-30") }
                                     << QStringLiteral("is not a date");
        QTest::newRow("year 0") << QStringList { QStringLiteral("workdays"), QStringLiteral("info"),
            QStringLiteral("0000-01-01") }
                                << QStringLiteral("is not a date");
        QTest::newRow("loose date") << QStringList { QStringLiteral("workdays"), QStringLiteral("info"),
            QStringLiteral("2025-1-1") }
                                    << QStringLiteral("is not a date");
        QTest::newRow("negative count") << QStringList { QStringLiteral("workdays"), QStringLiteral("add"),
            QStringLiteral("2025-01-01"), QStringLiteral("-3") }
                                        << QStringLiteral("number of working days");
        QTest::newRow("absurd count") << QStringList { QStringLiteral("workdays"), QStringLiteral("add"),
            QStringLiteral("2025-01-01"), QStringLiteral("99999999") }
                                      << QStringLiteral("number of working days");
        QTest::newRow("no subcommand") << QStringList { QStringLiteral("workdays") } << QStringLiteral("workdays add");
        QTest::newRow("bad --today") << QStringList { QStringLiteral("deadlines"), QStringLiteral("--today"),
            QStringLiteral("2025-13-01") }
                                     << QStringLiteral("is not a date");
        QTest::newRow("--today on a change") << QStringList { QStringLiteral("finalize"), QStringLiteral("1"),
            QStringLiteral("--today"), QStringLiteral("2020-01-01") }
                                             << QStringLiteral("real time");
    }

    void workdaysRefusesImpossibleInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, words);
        QTemporaryDir home;
        const Run run = cli(arguments, home.path());
        QCOMPARE(run.status, 2);
        QVERIFY2(run.err.contains(words), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void deadlinesAroundADueDate_data()
    {
        QTest::addColumn<QString>("today");
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("left");
        // The example case's modification filing: change recorded on 2025-09-26, due 20 working days later.
        QTest::newRow("before") << QStringLiteral("2025-10-15") << QStringLiteral("upcoming") << 11;
        QTest::newRow("due soon") << QStringLiteral("2025-10-16") << QStringLiteral("due_soon") << 10;
        QTest::newRow("on the day") << QStringLiteral("2025-10-30") << QStringLiteral("due_soon") << 0;
        QTest::newRow("after") << QStringLiteral("2025-10-31") << QStringLiteral("overdue") << -1;
    }

    void deadlinesAroundADueDate()
    {
        QFETCH(QString, today);
        QFETCH(QString, state);
        QFETCH(int, left);
        QTemporaryDir home;
        const QString path = home.filePath(QStringLiteral("cases.piadesk"));
        QCOMPARE(cli({ QStringLiteral("--file"), path, QStringLiteral("import"), example() }, home.path()).status, 0);
        const Run run = cli({ QStringLiteral("--file"), path, QStringLiteral("deadlines"), QStringLiteral("--today"),
                                today, QStringLiteral("--json") },
            home.path());
        QCOMPARE(run.status, 0);
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("today")).toString(), today);
        const QJsonArray items = report.value(QStringLiteral("deadlines")).toArray();
        QJsonObject modification;
        QString previousDue;
        for (const QJsonValue& v : items) {
            const QJsonObject o = v.toObject();
            QVERIFY(o.value(QStringLiteral("state")).toString() != QLatin1String("met"));
            const QString due = o.value(QStringLiteral("due")).toString();
            QVERIFY2(previousDue <= due, "soonest first");
            previousDue = due;
            if (o.value(QStringLiteral("kind")).toString() == QLatin1String("modification_filing"))
                modification = o;
        }
        QCOMPARE(modification.value(QStringLiteral("due")).toString(), QStringLiteral("2025-10-30"));
        QCOMPARE(modification.value(QStringLiteral("state")).toString(), state);
        QCOMPARE(modification.value(QStringLiteral("workingDaysLeft")).toInt(), left);
        const QJsonObject counted = modification.value(QStringLiteral("counted")).toObject();
        QCOMPARE(counted.value(QStringLiteral("date")).toString(), QStringLiteral("2025-09-26"));
        QCOMPARE(counted.value(QStringLiteral("workingDays")).toInt(), 20);
        QCOMPARE(counted.value(QStringLiteral("holidays")).toInt(), 6);

        const Run plain
            = cli({ QStringLiteral("--file"), path, QStringLiteral("deadlines"), QStringLiteral("--today"), today },
                home.path());
        QCOMPARE(plain.status, 0);
        QVERIFY2(plain.out.contains(QLatin1String("2025-10-30")), qPrintable(plain.out));
        QCOMPARE(plain.out.contains(QLatin1String("OVERDUE")), state == QLatin1String("overdue"));
    }

    void calendarFileIsValidatedAndKept()
    {
        QTemporaryDir home;
        const QString kept = home.filePath(QStringLiteral("piadesk/calendar/cn-holidays.json"));
        const QString good = TestSupport::dataPath(QStringLiteral("calendars/cn-holidays-2027-fixture.json"));
        const QString bad = TestSupport::dataPath(QStringLiteral("calendars/both-holiday-and-workday.json"));

        Run run = cli({ QStringLiteral("--calendar"), bad, QStringLiteral("calendar") }, home.path());
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(QLatin1String("workdays.2027-10-01")), qPrintable(run.err));
        QVERIFY(!QFile::exists(kept));

        run = cli({ QStringLiteral("--calendar"), good, QStringLiteral("workdays"), QStringLiteral("info"),
                      QStringLiteral("2027-01-01") },
            home.path());
        QCOMPARE(run.status, 0);
        QVERIFY2(run.out.contains(QLatin1String("not a working day")), qPrintable(run.out));
        QVERIFY(!run.out.contains(QLatin1String("Estimated")));
        QVERIFY(QFile::exists(kept));
        const QByteArray keptBytes = TestSupport::fileBytes(kept);

        // Kept for later runs; a bad file later changes nothing.
        run = cli({ QStringLiteral("--calendar"), bad, QStringLiteral("calendar") }, home.path());
        QCOMPARE(run.status, 1);
        QCOMPARE(TestSupport::fileBytes(kept), keptBytes);
        run = cli({ QStringLiteral("calendar"), QStringLiteral("--json") }, home.path());
        QCOMPARE(run.status, 0);
        const QJsonObject calendar = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(calendar.value(QStringLiteral("lastYear")).toInt(), 2027);
        QCOMPARE(calendar.value(QStringLiteral("builtIn")).toBool(), false);
    }

    void renderWritesTheReport()
    {
        QTemporaryDir home;
        const QString path = home.filePath(QStringLiteral("cases.piadesk"));
        QCOMPARE(cli({ QStringLiteral("--file"), path, QStringLiteral("import"), example() }, home.path()).status, 0);
        const QString pdf = home.filePath(QStringLiteral("report.pdf"));
        Run run = cli({ QStringLiteral("--file"), path, QStringLiteral("render"), QStringLiteral("1"),
                          QStringLiteral("--version"), QStringLiteral("2"), QStringLiteral("--report"), pdf },
            home.path());
        QCOMPARE(run.status, 0);
        QVERIFY2(run.out.contains(QLatin1String("version 2")), qPrintable(run.out));
        QVERIFY(TestSupport::fileBytes(pdf).startsWith("%PDF-1.4"));
        run = cli({ QStringLiteral("--file"), path, QStringLiteral("render"), QStringLiteral("1"),
                      QStringLiteral("--report"), pdf, QStringLiteral("--lang"), QStringLiteral("en") },
            home.path());
        QCOMPARE(run.status, 0);
        QVERIFY2(run.out.contains(QLatin1String("draft")), qPrintable(run.out));
        const QString xlsx = home.filePath(QStringLiteral("filing.xlsx"));
        run = cli({ QStringLiteral("--file"), path, QStringLiteral("render"), QStringLiteral("1"),
                      QStringLiteral("--xlsx"), xlsx, QStringLiteral("--today"), QStringLiteral("2025-10-20") },
            home.path());
        QCOMPARE(run.status, 0);
        QVERIFY(TestSupport::fileBytes(xlsx).startsWith("PK\x03\x04"));
        // The report's editable working copy, and the filing folder refused for rules that name no upload slots.
        const QString odt = home.filePath(QStringLiteral("report.odt"));
        run = cli({ QStringLiteral("--file"), path, QStringLiteral("render"), QStringLiteral("1"),
                      QStringLiteral("--version"), QStringLiteral("2"), QStringLiteral("--odt"), odt },
            home.path());
        QCOMPARE(run.status, 0);
        QVERIFY2(run.out.contains(QLatin1String("not the record")), qPrintable(run.out));
        QVERIFY(TestSupport::fileBytes(odt).startsWith("PK\x03\x04"));
        QVERIFY(TestSupport::fileBytes(odt).contains("application/vnd.oasis.opendocument.text"));
        run = cli({ QStringLiteral("--file"), path, QStringLiteral("render"), QStringLiteral("1"),
                      QStringLiteral("--version"), QStringLiteral("2"), QStringLiteral("--packet-dir"),
                      home.filePath(QStringLiteral("folder")) },
            home.path());
        QVERIFY(run.status != 0);
        QVERIFY2(run.err.contains(QLatin1String("no upload slots")), qPrintable(run.err));
        QVERIFY(!QFile::exists(home.filePath(QStringLiteral("folder"))));
        const QString packet = home.filePath(QStringLiteral("packet.pdf"));
        run = cli({ QStringLiteral("--file"), path, QStringLiteral("render"), QStringLiteral("1"),
                      QStringLiteral("--packet"), packet, QStringLiteral("--filing"), QStringLiteral("modification") },
            home.path());
        QCOMPARE(run.status, 0);
        QVERIFY2(run.out.contains(QLatin1String("Modification")), qPrintable(run.out));
        QVERIFY(TestSupport::fileBytes(packet).startsWith("%PDF-1.4"));
        // The latest version is a draft: the packet is written, and the officer is told it cannot be filed.
        QVERIFY2(run.err.contains(QLatin1String("Warning: Version 3 is a draft")), qPrintable(run.err));
        run = cli({ QStringLiteral("--file"), path, QStringLiteral("render"), QStringLiteral("1"),
                      QStringLiteral("--version"), QStringLiteral("2"), QStringLiteral("--packet"), packet },
            home.path());
        QCOMPARE(run.status, 0);
        // Version 2 answered an earlier questionnaire: checked again under today's rules, it would not pass.
        QVERIFY2(!run.err.contains(QLatin1String("is a draft")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("would not be finalized today")), qPrintable(run.err));
        run = cli({ QStringLiteral("--file"), path, QStringLiteral("render"), QStringLiteral("1"),
                      QStringLiteral("--packet"), packet, QStringLiteral("--filing"), QStringLiteral("renewal") },
            home.path());
        QCOMPARE(run.status, 2);

        run = cli({ QStringLiteral("--file"), path, QStringLiteral("render"), QStringLiteral("1"),
                      QStringLiteral("--report"), pdf, QStringLiteral("--lang"), QStringLiteral("fr") },
            home.path());
        QCOMPARE(run.status, 2);
        run = cli({ QStringLiteral("--file"), path, QStringLiteral("render"), QStringLiteral("1") }, home.path());
        QCOMPARE(run.status, 2);
        QVERIFY(run.err.contains(QLatin1String("--report")));
        run = cli({ QStringLiteral("--file"), path, QStringLiteral("render"), QStringLiteral("1"),
                      QStringLiteral("--version"), QStringLiteral("9"), QStringLiteral("--report"), pdf },
            home.path());
        QCOMPARE(run.status, 1);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

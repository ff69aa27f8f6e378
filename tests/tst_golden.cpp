// Golden files: what `piadesk-cli check --json` and `deadlines --json` print for the cases under tests/golden, byte
// for byte. A change of output is either a bug or a decision: scripts/refresh-golden.sh rewrites the expected files
// so that the diff can be read and committed with the change that made it.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

/** The day every golden output is counted from. */
constexpr auto kToday = "2026-12-01";

using Run = piadesk::TestSupport::CliRun;

Run cli(const QStringList& arguments, const QString& home)
{
    return piadesk::TestSupport::runCli(QStringLiteral(PIADESK_CLI), arguments, home);
}

bool updating()
{
    return qEnvironmentVariableIntValue("PIADESK_GOLDEN_UPDATE") != 0;
}

/** The first line where \a actual and \a expected differ, for the failure message. */
QString firstDifference(const QByteArray& actual, const QByteArray& expected)
{
    const QList<QByteArray> a = actual.split('\n');
    const QList<QByteArray> e = expected.split('\n');
    for (qsizetype i = 0; i < qMax(a.size(), e.size()); ++i) {
        const QByteArray left = a.value(i);
        const QByteArray right = e.value(i);
        if (left != right)
            return QStringLiteral("line %1:\n  expected: %2\n  actual:   %3")
                .arg(i + 1)
                .arg(QString::fromUtf8(right), QString::fromUtf8(left));
    }
    return {};
}

} // namespace

class TestGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outputsMatch_data()
    {
        QTest::addColumn<QString>("folder");
        const QDir root(QStringLiteral(PIADESK_GOLDEN_DIR));
        const QStringList folders = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY2(folders.size() >= 5, qPrintable(root.path()));
        for (const QString& name : folders)
            QTest::newRow(qPrintable(name)) << root.filePath(name);
    }

    void outputsMatch()
    {
        QFETCH(QString, folder);
        const QDir dir(folder);
        QTemporaryDir temp;
        QVERIFY(temp.isValid());
        const QString file = temp.filePath(QStringLiteral("golden.piadesk"));
        const Run imported = cli(
            { QStringLiteral("--file"), file, QStringLiteral("import"), dir.filePath(QStringLiteral("case.json")) },
            temp.path());
        QVERIFY2(imported.status == 0, qPrintable(imported.err));
        QCOMPARE(imported.out.trimmed(), QStringLiteral("1"));

        QFile input(dir.filePath(QStringLiteral("case.json")));
        QVERIFY(input.open(QIODevice::ReadOnly));
        const QJsonArray versions = QJsonDocument::fromJson(input.readAll())
                                        .object()
                                        .value(QStringLiteral("cases"))
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value(QStringLiteral("assessments"))
                                        .toArray();
        QVERIFY(!versions.isEmpty());

        // Each version's check, then every deadline of the file (met ones too).
        QList<QPair<QString, QStringList>> outputs;
        for (const QJsonValue& v : versions) {
            const QString number = QString::number(v.toObject().value(QStringLiteral("number")).toInt());
            outputs.append({ QStringLiteral("check-v%1.json").arg(number),
                { QStringLiteral("check"), QStringLiteral("1"), QStringLiteral("--version"), number,
                    QStringLiteral("--json"), QStringLiteral("--today"), QLatin1String(kToday) } });
        }
        outputs.append({ QStringLiteral("deadlines.json"),
            { QStringLiteral("deadlines"), QStringLiteral("--all"), QStringLiteral("--json"), QStringLiteral("--today"),
                QLatin1String(kToday) } });

        for (const auto& [name, arguments] : std::as_const(outputs)) {
            const Run run = cli(QStringList { QStringLiteral("--file"), file } + arguments, temp.path());
            // check exits 1 when the version cannot be finalized; its JSON is the output all the same.
            QVERIFY2(run.status == 0 || run.status == 1, qPrintable(run.err));
            QVERIFY2(!run.outBytes.isEmpty(), qPrintable(name));
            QVERIFY2(!QJsonDocument::fromJson(run.outBytes).isNull(), qPrintable(name));
            const QString path = dir.filePath(name);
            if (updating()) {
                QFile expected(path);
                QVERIFY(expected.open(QIODevice::WriteOnly | QIODevice::Truncate));
                QCOMPARE(expected.write(run.outBytes), run.outBytes.size());
                continue;
            }
            QFile expected(path);
            QVERIFY2(expected.open(QIODevice::ReadOnly),
                qPrintable(QStringLiteral("%1 is missing: run scripts/refresh-golden.sh").arg(path)));
            const QByteArray wanted = expected.readAll();
            if (run.outBytes != wanted) {
                // Kept for a diff, beside the build, never over the expected file.
                const QString actual
                    = QDir(QStringLiteral(PIADESK_GOLDEN_ACTUAL)).filePath(dir.dirName() + QLatin1Char('/') + name);
                QDir().mkpath(QFileInfo(actual).path());
                QFile out(actual);
                if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
                    out.write(run.outBytes);
                QFAIL(qPrintable(QStringLiteral("%1 differs (actual output in %2; scripts/refresh-golden.sh to accept "
                                                "it) at %3")
                                     .arg(path, actual, firstDifference(run.outBytes, wanted))));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"

// Where the data files come from: an installation's share/piadesk, found relative to the program, before the
// copies built into it; a damaged installed file gives way to the built-in copy with a warning.
#include "calendar/CalendarLoader.h"
#include "cli/Cli.h"
#include "core/DataFiles.h"
#include "documents/Packet.h"
#include "documents/Report.h"
#include "i18n/Translations.h"
#include "rules/RuleSetLibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace piadesk;

namespace {

const QString kRuleSet = QStringLiteral("rulesets/cn-cac-frt-2023-draft.json");
const QString kCalendar = QStringLiteral("calendar/cn-holidays.json");

QByteArray builtInBytes(const QString& relative)
{
    QFile file(QStringLiteral(":/piadesk/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no built-in %s", qPrintable(relative));
    return file.readAll();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestDataFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { DataFiles::restore(); }

    void buildTreeUsesTheBuiltInCopies()
    {
        // A test program lives in the build tree: there is no share/piadesk beside it.
        QVERIFY(DataFiles::embedded());
        QCOMPARE(DataFiles::expectedDirectory(),
            QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/piadesk")));
        QVERIFY(DataFiles::directory().isEmpty());
        QVERIFY(DataFiles::problem().isEmpty());
        QCOMPARE(DataFiles::locate(kRuleSet), QStringLiteral(":/piadesk/") + kRuleSet);
        QCOMPARE(DataFiles::locate(QStringLiteral("rulesets/none.json")), QString());
        QCOMPARE(Report::templatePath(Language::Chinese), QStringLiteral(":/piadesk/documents/report.zh_CN.html"));
        QCOMPARE(Translations::directory(), QStringLiteral(":/piadesk/translations"));
        // The report, the packet, and the forms and letters of the filing folder, in both languages.
        QStringList templates;
        for (const char* name :
            { "application-form", "authorization-letter", "basic-info", "packet", "report", "undertaking" }) {
            templates.append(QStringLiteral("%1.en.html").arg(QLatin1String(name)));
            templates.append(QStringLiteral("%1.zh_CN.html").arg(QLatin1String(name)));
        }
        QCOMPARE(DataFiles::names(QStringLiteral("documents"), QStringLiteral("*.html")), templates);
    }

    void installedFilesComeFirst()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // An installed rule set that differs from the built-in one: a later version with another title.
        QJsonObject rules = QJsonDocument::fromJson(builtInBytes(kRuleSet)).object();
        rules.insert(QStringLiteral("version"), QStringLiteral("9.0.0"));
        QVERIFY(writeFile(dir.filePath(kRuleSet), QJsonDocument(rules).toJson()));
        QVERIFY(writeFile(dir.filePath(kCalendar), builtInBytes(kCalendar)));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("documents/report.en.html")), "<p>installed</p>"));
        for (const QString& qm : { QStringLiteral("piadesk_en.qm"), QStringLiteral("piadesk_zh_CN.qm") })
            QVERIFY(writeFile(dir.filePath(QStringLiteral("translations/") + qm),
                builtInBytes(QStringLiteral("translations/") + qm)));
        DataFiles::setDirectoryForTesting(dir.path());

        QCOMPARE(DataFiles::locate(kRuleSet), dir.filePath(kRuleSet));
        const RuleSetLibrary library = RuleSetLibrary::loadShipped();
        QVERIFY(library.defaultRuleSet());
        QCOMPARE(library.defaultRuleSet()->version, QStringLiteral("9.0.0"));
        QCOMPARE(library.all().size(), RuleSetLibrary::builtIn().all().size());

        const WorkCalendar calendar = CalendarLibrary::loadShipped();
        QCOMPARE(calendar.firstYear(), 2004);
        QVERIFY2(calendar.origin().isEmpty(), "the shipped calendar has no origin, wherever it was installed");

        // Installed where present, built in where not.
        QCOMPARE(Report::templatePath(Language::English), dir.filePath(QStringLiteral("documents/report.en.html")));
        QCOMPARE(Report::templatePath(Language::Chinese), QStringLiteral(":/piadesk/documents/report.zh_CN.html"));
        QCOMPARE(Packet::templatePath(Language::English), QStringLiteral(":/piadesk/documents/packet.en.html"));
        QCOMPARE(Translations::directory(), dir.filePath(QStringLiteral("translations")));

        // The CLI's about says where each file comes from.
        QString outText;
        QString errText;
        QTextStream out(&outText);
        QTextStream err(&errText);
        QCOMPARE(
            runCli({ QStringLiteral("piadesk-cli"), QStringLiteral("about"), QStringLiteral("--json") }, out, err), 0);
        out.flush();
        const QJsonObject about = QJsonDocument::fromJson(outText.toUtf8()).object();
        QCOMPARE(about.value(QStringLiteral("dataDirectory")).toString(), dir.path());
        QCOMPARE(about.value(QStringLiteral("embeddedData")).toBool(), true);
        const QJsonObject files = about.value(QStringLiteral("files")).toObject();
        QCOMPARE(files.value(kRuleSet).toString(), dir.filePath(kRuleSet));
        QCOMPARE(files.value(QStringLiteral("documents/report.en.html")).toString(),
            dir.filePath(QStringLiteral("documents/report.en.html")));
        QCOMPARE(files.value(QStringLiteral("documents/report.zh_CN.html")).toString(),
            QStringLiteral(":/piadesk/documents/report.zh_CN.html"));
        QCOMPARE(files.size(),
            18); // two rule sets, the calendar, 12 document templates and the stylesheet, two translations
    }

    void aDamagedInstalledFileGivesWayToTheBuiltInCopy()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(kRuleSet), "{ \"id\": \"cn-cac-frt-2023-draft\", "));
        QVERIFY(writeFile(dir.filePath(kCalendar), "{}"));
        DataFiles::setDirectoryForTesting(dir.path());

        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral("The rule set .*cn-cac-frt-2023-draft.json was refused")));
        const RuleSetLibrary library = RuleSetLibrary::loadShipped();
        QVERIFY(library.defaultRuleSet());
        QCOMPARE(library.defaultRuleSet()->version,
            QJsonDocument::fromJson(builtInBytes(kRuleSet)).object().value(QStringLiteral("version")).toString());

        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral("The holiday calendar .*cn-holidays.json was refused")));
        const WorkCalendar calendar = CalendarLibrary::loadShipped();
        QCOMPARE(calendar.firstYear(), 2004);
        QVERIFY(calendar.lastYear() >= 2026);
    }

    void anotherInstalledRuleSetIsAdded()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QJsonObject rules = QJsonDocument::fromJson(builtInBytes(kRuleSet)).object();
        rules.insert(QStringLiteral("id"), QStringLiteral("cn-cac-frt-2025-final"));
        QVERIFY(writeFile(
            dir.filePath(QStringLiteral("rulesets/cn-cac-frt-2025-final.json")), QJsonDocument(rules).toJson()));
        DataFiles::setDirectoryForTesting(dir.path());
        const RuleSetLibrary library = RuleSetLibrary::loadShipped();
        QCOMPARE(library.all().size(), RuleSetLibrary::builtIn().all().size() + 1);
        QVERIFY(library.find(QStringLiteral("cn-cac-frt-2025-final")));
        QCOMPARE(library.defaultRuleSet()->id, RuleSetLibrary::defaultId());
    }
};

QTEST_GUILESS_MAIN(TestDataFiles)
#include "tst_datafiles.moc"

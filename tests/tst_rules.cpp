// Tests of the rule sets: the built-in 2023 draft provisions, and the validation of rule-set files.

#include "TestSupport.h"
#include "rules/RuleSetLibrary.h"
#include "rules/RuleSetLoader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace piadesk;

class TestRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInRuleSetLoads()
    {
        const RuleSetLibrary library = RuleSetLibrary::builtIn();
        const RuleSet* rs = library.defaultRuleSet();
        QVERIFY(rs);
        QCOMPARE(rs->id, QStringLiteral("cn-cac-frt-2023-draft"));
        QCOMPARE(rs->status, RuleSetStatus::Draft);
        QCOMPARE(rs->sections.size(), 6);
        QVERIFY(!rs->screening.isEmpty());
        QCOMPARE(rs->filing.headCountThreshold, std::optional<qint64>(10000));
        QCOMPARE(rs->filing.comparison, ThresholdComparison::MoreThan);
        QCOMPARE(rs->filing.authorityLevel, QStringLiteral("prefecture"));
        QCOMPARE(rs->filing.initialDays, 30);
        QCOMPARE(rs->filing.modificationDays, 20);
        QCOMPARE(rs->filing.deregistrationDays, 30);
        QCOMPARE(rs->filing.materials.size(), 6);
        QCOMPARE(rs->retentionYears, 3);
        QCOMPARE(rs->yearlyReviewMonths, 12);
        // The six items of Art. 15, in order, each with real depth.
        const QStringList ids { QStringLiteral("legality"), QStringLiteral("purpose"), QStringLiteral("accuracy"),
            QStringLiteral("protection"), QStringLiteral("security_risks"), QStringLiteral("rights_impact") };
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(rs->sections.at(i).id, ids.at(i));
            QCOMPARE(rs->sections.at(i).item, i + 1);
            QVERIFY2(rs->sections.at(i).questions.size() >= 8, qPrintable(ids.at(i)));
        }
        // Every question has guidance and cites at least one article, in both languages.
        for (const Section& s : rs->sections) {
            for (const Question& q : s.questions) {
                QVERIFY2(!q.guidance.zh.isEmpty() && !q.guidance.en.isEmpty(), qPrintable(q.id));
                QVERIFY2(!q.articles.isEmpty(), qPrintable(q.id));
                QVERIFY2(!rs->cite(q.articles, Language::Chinese).contains(QLatin1Char(':')), qPrintable(q.id));
            }
        }
        // The rules DOMAIN.md lists each have a red flag.
        for (const char* flag : { "art4_non_biometric_first", "art5_no_consent", "art6_private_place",
                 "art7_public_place", "art8_internal_management", "art9_forced_verification", "art10_remote_purpose",
                 "art11_sensitive_analysis", "art12_sole_means", "art13_minors", "art14_only_means",
                 "art17_original_images", "art18_unrelated_kept", "art19_yearly_testing", "art20_equipment",
                 "priority_scale", "priority_special_groups", "pipl_complaint_channel" })
            QVERIFY2(rs->redFlag(QLatin1String(flag)), flag);
    }

    void citationsReadAsOfficialsWriteThem()
    {
        const RuleSetLibrary library = RuleSetLibrary::builtIn();
        const RuleSet& rs = *library.defaultRuleSet();
        QCOMPARE(rs.cite(ArticleRef { QStringLiteral("frt"), QStringLiteral("15") }, Language::Chinese),
            QStringLiteral("第十五条"));
        QCOMPARE(rs.cite(ArticleRef { QStringLiteral("frt"), QStringLiteral("10") }, Language::Chinese),
            QStringLiteral("第十条"));
        QCOMPARE(rs.cite(ArticleRef { QStringLiteral("pipl"), QStringLiteral("56") }, Language::Chinese),
            QStringLiteral("《个人信息保护法》第五十六条"));
        QCOMPARE(rs.cite(ArticleRef { QStringLiteral("frt"), QStringLiteral("15") }, Language::English),
            QStringLiteral("Art. 15"));
        QCOMPARE(rs.cite({ { QStringLiteral("frt"), QStringLiteral("5") },
                             { QStringLiteral("pipl"), QStringLiteral("29") } },
                     Language::English),
            QStringLiteral("Art. 5; PIPL Art. 29"));
        QCOMPARE(rs.cite(ArticleRef { QStringLiteral("spp"), QString() }, Language::English),
            QStringLiteral("SPP notice (2021)"));
    }

    void minimalRuleSetLoadsFromAFile()
    {
        QString error;
        const auto rs = RuleSetLoader::loadFile(TestSupport::dataPath(QStringLiteral("rulesets/minimal.json")), &error);
        QVERIFY2(rs, qPrintable(error));
        QCOMPARE(rs->id, QStringLiteral("test-minimal"));
        QCOMPARE(rs->question(QStringLiteral("screen.public_place"))->type, AnswerType::YesNo);
        QVERIFY(rs->question(QStringLiteral("screen.public_place"))->isFact());
        QCOMPARE(rs->sectionOf(QStringLiteral("legality.guardian"))->id, QStringLiteral("legality"));
    }

    void invalidRuleSetsAreRefused_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* name, const QString& expected) {
            QTest::newRow(name) << QStringLiteral("rulesets/invalid/%1.json").arg(QLatin1String(name)) << expected;
        };
        row("duplicate-question-id", QStringLiteral("question id \"legality.basis\" is used twice"));
        row("unknown-article",
            QStringLiteral("redFlags[0].articles[0]: \"frt:99\" cites an article that source \"frt\" does not list"));
        row("unknown-source",
            QStringLiteral("sections[0].articles[0]: \"pipl:5\" cites a source the rule set does not declare"));
        row("flag-unknown-question",
            QStringLiteral("redFlags[0].when: refers to question \"screen.nope\", which does not exist"));
        row("flag-impossible-value",
            QStringLiteral("redFlags[0].when: \"maybe\" is not a value screen.private_place can take (yes, no)"));
        row("flag-unknown-fact", QStringLiteral("redFlags[0].when: \"isPublic\" is not a case fact"));
        row("matrix-incomplete",
            QStringLiteral("risk.matrix.high: the matrix needs a row for impact \"high\" with one level for each of "
                           "the 4 likelihoods"));
        row("matrix-unknown-level", QStringLiteral("risk.matrix.low[0]: is not one of the risk levels"));
        row("scale-out-of-order",
            QStringLiteral("risk.likelihoods: must list exactly low, medium, high, very_high, in this order"));
        row("missing-english", QStringLiteral("sections[0].title: needs a text in both Chinese (zh) and English (en)"));
        row("show-if-later-question",
            QStringLiteral("screening.questions[1].showIf: refers to question \"legality.basis\", which comes later"));
        row("unknown-field", QStringLiteral("sections[0].questions[0].colour: is not a known field"));
        row("reassessment-unknown-section",
            QStringLiteral("reassessment[0].sections[1]: \"purpose\" is not a section of this rule set"));
        row("duplicate-flag-id", QStringLiteral("redFlags[1].id: \"private_place\" is used twice"));
        row("newer-format", QStringLiteral("formatVersion: this rule set was written for a newer PIAdesk"));
        row("format2-without-acceptable-level", QStringLiteral("risk.acceptableLevel: is missing"));
        row("acceptable-level-unknown", QStringLiteral("risk.acceptableLevel: is not one of the risk levels"));
        row("adverse-impossible-value",
            QStringLiteral("\"maybe\" is not a value legality.guardian can take (yes, no)"));
        row("adverse-without-finding", QStringLiteral("sections[0].questions[1].adverse[0].finding"));
        row("basis-unknown-question",
            QStringLiteral("redFlags[0].basisNotShown.not: refers to question \"screen.nope\", which does not exist"));
        row("flag-unknown-section",
            QStringLiteral("redFlags[0].sections[0]: \"purpose\" is not a section of the rule set"));
        row("not-a-rule-set", QStringLiteral("format: this is not a PIAdesk rule set"));
        row("bad-answer-type", QStringLiteral("sections[0].questions[0].type: \"essay\" is not an answer type"));
        row("choice-without-options",
            QStringLiteral("screening.questions[2].options: a choice needs at least two options"));
        row("bad-threshold-comparison",
            QStringLiteral("filing.trigger.storedPeople.comparison: must be more_than or at_least"));
        row("reserved-question-id",
            QStringLiteral("ids ending in \".conclusion\" or beginning with \"flag.\" are reserved"));
        row("not-json", QStringLiteral("the file is not valid JSON"));
    }

    void invalidRuleSetsAreRefused()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, expected);
        QString error;
        const auto rs = RuleSetLoader::loadFile(TestSupport::dataPath(fixture), &error);
        QVERIFY(!rs);
        QVERIFY2(error.contains(expected), qPrintable(error));
        // A library keeps what it had when a file is refused.
        RuleSetLibrary library = RuleSetLibrary::builtIn();
        QVERIFY(!library.addFile(TestSupport::dataPath(fixture), &error));
        QCOMPARE(library.all().size(), RuleSetLibrary::builtIn().all().size());
        QVERIFY(library.defaultRuleSet());
    }

    void everyInvalidFixtureIsTested()
    {
        const QDir dir(TestSupport::dataPath(QStringLiteral("rulesets/invalid")));
        QCOMPARE(dir.entryList({ QStringLiteral("*.json") }, QDir::Files).size(), 27);
    }

    void aNewerVersionReplacesTheBuiltIn()
    {
        QTemporaryDir dir;
        QFile builtIn(QStringLiteral(":/piadesk/rulesets/cn-cac-frt-2023-draft.json"));
        QVERIFY(builtIn.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(builtIn.readAll()).object();
        o.insert(QStringLiteral("version"), QStringLiteral("9.1.0"));
        const QString newer = dir.filePath(QStringLiteral("newer.json"));
        QFile file(newer);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(o).toJson());
        file.close();
        RuleSetLibrary library = RuleSetLibrary::builtIn();
        QString error;
        QVERIFY2(library.addFile(newer, &error), qPrintable(error));
        QCOMPARE(library.defaultRuleSet()->version, QStringLiteral("9.1.0"));
        o.insert(QStringLiteral("version"), QStringLiteral("0.9.0"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(o).toJson());
        file.close();
        QVERIFY(!library.addFile(newer, &error));
        QVERIFY2(error.contains(QLatin1String("older")), qPrintable(error));
        QCOMPARE(library.defaultRuleSet()->version, QStringLiteral("9.1.0"));
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"

#include "core/ContentHash.h"
#include "core/FieldRules.h"
#include "core/JsonText.h"
#include "core/ModelJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace piadesk;

namespace {
AssessmentVersion sampleAssessment()
{
    AssessmentVersion a;
    a.uuid = QStringLiteral("a-1");
    a.number = 1;
    a.trigger = TriggerKind::Initial;
    a.triggerDate = QDate(2025, 3, 1);
    a.state = AssessmentState::Finalized;
    a.answers = { { QStringLiteral("q15_1"), QJsonValue(QStringLiteral("符合《个人信息保护法》")),
                      QStringLiteral("法律顾问意见"), {} },
        { QStringLiteral("q15_2"), QJsonValue(true), {}, { QStringLiteral("att-1") } } };
    a.risks = { { QStringLiteral("r-1"), QStringLiteral("泄露"), {}, { ImpactKind::PersonOrProperty },
        ImpactLevel::High, Likelihood::Medium, ImpactLevel::Medium, Likelihood::Low,
        QStringLiteral("network_technical"), QStringLiteral("渗透测试报告：管理端口对外开放") } };
    a.measures = { { QStringLiteral("m-1"), QStringLiteral("r-1"), QStringLiteral("加密存储"), QStringLiteral("IT"),
        QDate(2025, 4, 1), MeasureStatus::Done } };
    a.assessor = QStringLiteral("张三");
    a.reviewer = QStringLiteral("李四");
    a.finalizedAt = QDateTime(QDate(2025, 3, 10), QTime(8, 30), Qt::UTC);
    a.retainUntil = QDate(2028, 3, 10);
    Organisation org;
    org.uuid = QStringLiteral("o-1");
    org.name = QStringLiteral("上海示例物业管理有限公司");
    CaseFacts facts;
    facts.name = QStringLiteral("小区门禁");
    facts.methods = { Method::Verification };
    a.record = RecordSnapshot { org, facts };
    return a;
}
} // namespace

class TestModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonTextIsWhatQtWrites()
    {
        // The CLI writes long lists piece by piece with JsonText; the bytes must be QJsonDocument's, whatever
        // the values: every control character, quotes, backslashes, CJK and Extension B characters, lone
        // surrogates, numbers Qt keeps as integers or as doubles, empty and nested containers.
        QString every;
        for (char16_t u = 0; u < 0x80; ++u)
            every.append(QChar(u));
        const QString strings[] = { QString(), every, QStringLiteral("浦江花园 \"门禁\" \\ 𠮷𠀀 =SUM(A1) <b>"),
            QString(QChar(0xd800)) + QStringLiteral("x") + QChar(0xdc00) + QChar(0xdbff),
            QStringLiteral("\u2028\u00a0\uffff") };
        const double numbers[]
            = { 0, -0.0, 1, -1, 0.5, 1e-7, 100000, 1e15, 1e16, 1e20, 1e300, 2.5e-300, 9007199254740993.0,
                  -9223372036854775808.0, 9223372036854775808.0, 123456.789, std::numeric_limits<double>::infinity() };
        QJsonArray values;
        for (const QString& text : strings)
            values.append(text);
        for (double number : numbers)
            values.append(number);
        values.append(qint64(9007199254740993));
        values.append(std::numeric_limits<qint64>::min());
        values.append(std::numeric_limits<qint64>::max());
        QRandomGenerator random(7);
        for (int i = 0; i < 200; ++i) {
            values.append(random.generateDouble() * std::pow(10.0, random.bounded(-20, 20)));
            values.append(double(random.bounded(0, 3000000)));
        }
        values.append(true);
        values.append(false);
        values.append(QJsonValue());
        values.append(QJsonArray());
        values.append(QJsonObject());
        values.append(QJsonArray { QJsonObject { { QStringLiteral("b"), QJsonArray { 1, QJsonObject() } },
            { QStringLiteral("a"), QJsonValue() }, { QStringLiteral("键"), QStringLiteral("值") } } });
        const QJsonObject object { { QStringLiteral("values"), values }, { QStringLiteral("id"), 100000.0 },
            { QStringLiteral("\u0001key\""), QJsonObject() } };
        for (int level = 0; level < 3; ++level) {
            QByteArray expected = QJsonDocument(object).toJson(QJsonDocument::Indented);
            expected.chop(1);
            const QByteArray indent(4 * level, ' ');
            expected.replace('\n', '\n' + indent);
            expected.prepend(indent);
            QByteArray written;
            JsonText::appendNested(written, object, level);
            qsizetype at = 0;
            while (at < qMin(written.size(), expected.size()) && written.at(at) == expected.at(at))
                ++at;
            QVERIFY2(written == expected,
                qPrintable(QStringLiteral("differs at byte %1: written …%2…, Qt …%3…")
                               .arg(at)
                               .arg(QString::fromLatin1(written.mid(qMax(0, at - 40), 80).toPercentEncoding()),
                                   QString::fromLatin1(expected.mid(qMax(0, at - 40), 80).toPercentEncoding()))));
        }
        QByteArray written;
        JsonText::appendDouble(written, 100000);
        JsonText::appendString(written, strings[1]);
        QCOMPARE(written,
            QByteArray("100000")
                + QJsonDocument(QJsonArray { strings[1] }).toJson(QJsonDocument::Compact).mid(1).chopped(1));
    }

    void objectWriterIsWhatQtWrites()
    {
        // Fields given in any order (as the deadline listing gives them) come out sorted, laid out as
        // QJsonDocument lays out the QJsonObject holding them, at any depth: nested objects, arrays of objects,
        // string lists (empty too), an empty object.
        const QString text = QStringLiteral("浦江花园 \"门禁\" \\ 𠮷 =SUM(A1) <b>\n");
        for (int level = 0; level < 3; ++level) {
            JsonText::ObjectWriter counted(level + 1);
            counted.string("from", text)
                .integer("workingDays", 30)
                .strings("holidayNames", {})
                .strings("names", { text, QString() });
            QList<JsonText::ObjectWriter> articles;
            for (int i = 0; i < 2; ++i) {
                articles.append(JsonText::ObjectWriter(level + 2));
                articles.last().string("text", text).string("ref", QStringLiteral("frt:%1").arg(i));
            }
            JsonText::ObjectWriter o(level);
            o.string("title", text)
                .integer("caseId", 100000)
                .integer("workingDaysLeft", -1745)
                .integer("big", std::numeric_limits<qint64>::max())
                .boolean("estimated", false)
                .boolean("late", true)
                .null("due")
                .string("case", QString())
                .string("caseUuid", QStringLiteral("x"))
                .string("Zebra", QStringLiteral("upper case sorts first"))
                .object("counted", counted)
                .objects("articles", articles)
                .objects("none", {})
                .object("empty", JsonText::ObjectWriter(level + 1));
            QByteArray written;
            o.appendTo(written);
            const QJsonObject parsed = QJsonDocument::fromJson(written).object();
            QCOMPARE(parsed.size(), 14);
            QCOMPARE(parsed.value(QStringLiteral("title")).toString(), text);
            QCOMPARE(
                parsed.value(QStringLiteral("counted")).toObject().value(QStringLiteral("names")).toArray().size(), 2);
            QByteArray expected;
            JsonText::appendNested(expected, parsed, level);
            expected.remove(0, 4 * level); // appendTo() writes no indentation before the opening brace
            QCOMPARE(written, expected);
        }
    }

    void enumKeysRoundTrip()
    {
        for (const auto& e : enumEntries<TriggerKind>())
            QCOMPARE(enumFromKey<TriggerKind>(enumKey(e.value)), e.value);
        QCOMPARE(enumKey(Method::RemoteFrictionless), QStringLiteral("remote_frictionless"));
        QVERIFY(!enumFromKey<Method>(u"REMOTE_FRICTIONLESS"));
        QVERIFY(!enumLabel(AssessmentState::Superseded).isEmpty());
    }

    void retentionEndsOnCorrespondingDay_data()
    {
        QTest::addColumn<QDate>("finalized");
        QTest::addColumn<QDate>("retainUntil");
        QTest::newRow("ordinary") << QDate(2025, 10, 1) << QDate(2028, 10, 1);
        QTest::newRow("29 February") << QDate(2024, 2, 29) << QDate(2027, 2, 28);
        QTest::newRow("31 December") << QDate(2025, 12, 31) << QDate(2028, 12, 31);
        QTest::newRow("into a leap year") << QDate(2025, 2, 28) << QDate(2028, 2, 28);
    }

    void retentionEndsOnCorrespondingDay()
    {
        QFETCH(QDate, finalized);
        QFETCH(QDate, retainUntil);
        QCOMPARE(Retention::periodEnd(finalized, 3), retainUntil);
    }

    void textRules()
    {
        QVERIFY(FieldRules::textProblem(QStringLiteral("普通文字\n第二行\t制表"), 100).isEmpty());
        const QString megabyte(1024 * 1024, QLatin1Char('x'));
        const QString tooLong = FieldRules::textProblem(megabyte, FieldRules::kLongText);
        QVERIFY2(tooLong.contains(QLatin1String("1048576")) && tooLong.contains(QLatin1String("100000")),
            qPrintable(tooLong));
        QVERIFY(FieldRules::textProblem(QStringLiteral("a\u0001b"), 10).contains(QLatin1String("U+0001")));
        QVERIFY(!FieldRules::textProblem(QString(QChar(0xD800)), 10).isEmpty()); // lone surrogate
        // HTML and formulas are ordinary text: stored literally, escaped where shown.
        QVERIFY(FieldRules::textProblem(QStringLiteral("<script>alert(1)</script>"), 100).isEmpty());
        // Right-to-left: Arabic or Hebrew text and the direction marks are kept; overrides that would make a
        // report read otherwise than typed ("\u202Egpj.exe" shows as "exe.jpg") are refused.
        QVERIFY(
            FieldRules::textProblem(QStringLiteral("\u0645\u0631\u062D\u0628\u0627 \u200F(1)\u200E"), 100).isEmpty());
        for (const char16_t c : { u'\u202A', u'\u202B', u'\u202C', u'\u202D', u'\u202E', u'\u2066', u'\u2069' }) {
            const QString problem
                = FieldRules::textProblem(QStringLiteral("abc") + QChar(c) + QStringLiteral("gpj.exe"), 100);
            QVERIFY2(problem.contains(QStringLiteral("text-direction override (U+%1) at position 4")
                                          .arg(uint(c), 4, 16, QLatin1Char('0'))),
                qPrintable(problem));
        }
        QVERIFY(FieldRules::textProblem(QStringLiteral("=HYPERLINK(\"x\")"), 100).isEmpty());
        // Right-to-left marks are allowed in text.
        QVERIFY(FieldRules::textProblem(QStringLiteral("abc\u200Fdef"), 100).isEmpty());
    }

    void dateRules()
    {
        QVERIFY(FieldRules::dateProblem(QDate()).isEmpty());
        QVERIFY(FieldRules::dateProblem(QDate(2025, 9, 26)).isEmpty());
        QVERIFY(!FieldRules::dateProblem(QDate(1800, 1, 1)).isEmpty());
        QVERIFY(!ModelJson::parseDate(QStringLiteral("2025-02-30")).isValid());
        QVERIFY(!ModelJson::parseDate(QStringLiteral("0000-01-01")).isValid());
        QVERIFY(!ModelJson::parseDate(QStringLiteral("2025-2-3")).isValid());
        QVERIFY(!ModelJson::parseDate(QStringLiteral("2025-02-03T00:00:00")).isValid());
        QCOMPARE(ModelJson::parseDate(QStringLiteral("2024-02-29")), QDate(2024, 2, 29));
        QCOMPARE(ModelJson::parseDateTime(QStringLiteral("2025-03-10T08:30:00Z")),
            QDateTime(QDate(2025, 3, 10), QTime(8, 30), Qt::UTC));
        QVERIFY(!ModelJson::parseDateTime(QStringLiteral("2025-03-10T08:30:00+08:00")).isValid());
    }

    void factsRules()
    {
        CaseFacts f;
        f.name = QStringLiteral("门禁");
        f.storedPeople = -5;
        f.startOfUse = QDate(2025, 5, 1);
        f.endOfUse = QDate(2025, 4, 1);
        f.methods = { Method::Verification, Method::Verification };
        Problems problems;
        FieldRules::checkFacts(f, QStringLiteral("case"), problems);
        const QString all = problems.toString();
        QVERIFY2(all.contains(QLatin1String("case.storedPeople")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("case.endOfUse")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("case.methods")), qPrintable(all));
        QCOMPARE(problems.size(), 3);
    }

    void organisationRulesCheckCreditCode()
    {
        Organisation o;
        o.name = QStringLiteral("示例");
        o.creditCode = QStringLiteral("91350100M000100Y44");
        Problems problems;
        FieldRules::checkOrganisation(o, QStringLiteral("organisation"), problems);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.items().constFirst().path, QStringLiteral("organisation.creditCode"));
    }

    void assessmentJsonRoundTrip()
    {
        const AssessmentVersion a = sampleAssessment();
        Problems problems;
        const AssessmentVersion back = ModelJson::readAssessment(ModelJson::toJson(a), QStringLiteral("a"), problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.toString()));
        QCOMPARE(ModelJson::toJson(back), ModelJson::toJson(a));
        QCOMPARE(back.answers, a.answers);
        QCOMPARE(back.risks, a.risks);
        QCOMPARE(back.measures, a.measures);
        QVERIFY(back.record.has_value());
        QCOMPARE(*back.record, *a.record);
    }

    void readerNamesPathsAndRejectsUnknownFields()
    {
        QJsonObject o = ModelJson::toJson(sampleAssessment());
        QJsonObject answers = o.value(QLatin1String("answers")).toObject();
        QJsonObject q = answers.value(QLatin1String("q15_2")).toObject();
        q.insert(QStringLiteral("justification"), 42);
        answers.insert(QStringLiteral("q15_2"), q);
        o.insert(QStringLiteral("answers"), answers);
        o.insert(QStringLiteral("colour"), QStringLiteral("blue"));
        o.insert(QStringLiteral("retainUntil"), QStringLiteral("2028-02-30"));
        Problems problems;
        ModelJson::readAssessment(o, QStringLiteral("cases[0].assessments[1]"), problems);
        const QString all = problems.toString();
        QVERIFY2(all.contains(QLatin1String("cases[0].assessments[1].answers.q15_2.justification: must be a string")),
            qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("cases[0].assessments[1].colour: is not a known field")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("cases[0].assessments[1].retainUntil: \"2028-02-30\" is not a valid date")),
            qPrintable(all));
    }

    void contentHashIgnoresStateButNothingElse()
    {
        AssessmentVersion a = sampleAssessment();
        const QString hash = ContentHash::compute(a, QStringLiteral("case-1"), {});
        QCOMPARE(hash.size(), 64);
        a.state = AssessmentState::Superseded;
        QCOMPARE(ContentHash::compute(a, QStringLiteral("case-1"), {}), hash);
        a.answers[0].justification += QLatin1Char('.');
        QVERIFY(ContentHash::compute(a, QStringLiteral("case-1"), {}) != hash);
        a = sampleAssessment();
        a.record->facts.storedPeople = 10001;
        QVERIFY(ContentHash::compute(a, QStringLiteral("case-1"), {}) != hash);
        a = sampleAssessment();
        QVERIFY(ContentHash::compute(a, QStringLiteral("case-2"), {}) != hash);
        Attachment evidence;
        evidence.uuid = QStringLiteral("att-1");
        evidence.name = QStringLiteral("同意书.pdf");
        evidence.sha256 = QString(64, QLatin1Char('a'));
        QVERIFY(ContentHash::compute(a, QStringLiteral("case-1"), { evidence }) != hash);
    }
};

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"

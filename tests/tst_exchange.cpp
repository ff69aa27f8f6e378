#include "TestSupport.h"
#include "core/Clock.h"
#include "exchange/CaseExchange.h"
#include "store/CaseStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace piadesk;
using Mutation = std::function<void(QJsonObject&)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

QJsonObject withoutVolatile(QJsonObject document)
{
    document.remove(QStringLiteral("exportedAt"));
    document.remove(QStringLiteral("generator"));
    return document;
}

QJsonObject parseObject(const QByteArray& bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

QJsonObject example()
{
    return parseObject(TestSupport::fileBytes(TestSupport::dataPath(QStringLiteral("case-complete.json"))));
}

/** Sets the value at a dotted path with [i] indexes, e.g. "cases[0].facts.storedPeople". */
void setAt(QJsonObject& root, const QString& path, const QJsonValue& value)
{
    std::function<QJsonValue(const QJsonValue&, QStringList)> set = [&](const QJsonValue& node, QStringList parts) {
        if (parts.isEmpty())
            return value;
        QString part = parts.takeFirst();
        int index = -1;
        if (part.endsWith(QLatin1Char(']'))) {
            const qsizetype open = part.indexOf(QLatin1Char('['));
            index = part.mid(open + 1, part.size() - open - 2).toInt();
            part = part.left(open);
        }
        QJsonObject object = node.toObject();
        if (index < 0) {
            object.insert(part, set(object.value(part), parts));
        } else {
            QJsonArray array = object.value(part).toArray();
            array.replace(index, set(array.at(index), parts));
            object.insert(part, array);
        }
        return QJsonValue(object);
    };
    root = set(root, path.split(QLatin1Char('.'))).toObject();
}

Mutation setting(const QString& path, const QJsonValue& value)
{
    return [path, value](QJsonObject& o) { setAt(o, path, value); };
}

} // namespace

class TestExchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtCaseRoundTrip()
    {
        QTemporaryDir dir;
        FixedClock clock(QDate(2025, 1, 1));
        auto source = TestSupport::openStore(dir, QStringLiteral("a.piadesk"), &clock);
        QVERIFY(source);
        const qint64 id = TestSupport::buildCompleteCase(*source, clock);
        QVERIFY2(id, qPrintable(source->errorString()));
        QString error;
        const QByteArray first = CaseExchange::exportCases(*source, { id }, &error);
        QVERIFY2(!first.isEmpty(), qPrintable(error));
        if (const QString out = qEnvironmentVariable("PIADESK_WRITE_EXAMPLE"); !out.isEmpty()) {
            QFile file(out);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(first);
        }

        auto target = TestSupport::openStore(dir, QStringLiteral("b.piadesk"), &clock);
        QList<qint64> ids;
        QVERIFY2(CaseExchange::importDocument(*target, first, &ids, &error), qPrintable(error));
        QCOMPARE(ids.size(), 1);
        const QByteArray second = CaseExchange::exportCases(*target, ids, &error);
        QCOMPARE(withoutVolatile(parseObject(second)), withoutVolatile(parseObject(first)));

        // Attachments survive byte for byte, and the imported file verifies.
        CaseBundle bundle;
        QVERIFY(target->loadCase(ids.constFirst(), &bundle));
        QCOMPARE(bundle.attachments.size(), 4); // notice, consent, and its copies in versions 2 and 3
        for (const Attachment& a : bundle.attachments)
            QCOMPARE(target->attachmentData(a.id).size(), a.size);
        QVERIFY2(target->verify().ok(), qPrintable(target->verify().problems.join(QLatin1Char('\n'))));
        QCOMPARE(bundle.assessments.size(), 3);
        // The handling person of the 2025 filing travels with the organisation.
        QCOMPARE(bundle.organisation.handlingPerson.name, QStringLiteral("赵磊"));
        QCOMPARE(bundle.organisation.handlingPerson.idNumber, QStringLiteral("11010519491231002X"));
        QVERIFY(parseObject(first)
                    .value(QStringLiteral("cases"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("organisation"))
                    .toObject()
                    .contains(QStringLiteral("handlingPerson")));
        QCOMPARE(bundle.assessments.at(0).state, AssessmentState::Superseded);
        QCOMPARE(bundle.assessments.at(1).state, AssessmentState::Finalized);
        QCOMPARE(bundle.assessments.at(2).state, AssessmentState::Draft);
    }

    void dataMapRoundTrip()
    {
        // The data map travels with its version; versions without one write no "activities" at all, so that those
        // finalized before it existed keep their bytes and content hash.
        QTemporaryDir dir;
        FixedClock clock(QDate(2025, 1, 1));
        auto source = TestSupport::openStore(dir, QStringLiteral("a.piadesk"), &clock);
        const qint64 id = TestSupport::buildCompleteCase(*source, clock);
        QVERIFY2(id, qPrintable(source->errorString()));
        CaseBundle bundle;
        QVERIFY(source->loadCase(id, &bundle));
        const AssessmentVersion& draft = bundle.assessments.at(2);
        QList<ProcessingActivity> activities(2);
        for (qsizetype i = 0; i < activities.size(); ++i) {
            activities[i].uuid = QStringLiteral("activity-%1").arg(i + 1);
            for (const ActivityField& f : activityFields())
                activities[i].*f.member = QStringLiteral("%1 <b>%2</b> =SUM(A1)").arg(QLatin1String(f.key)).arg(i);
        }
        activities[1].crossBorder.clear();
        QVERIFY2(source->saveActivities(draft.id, activities), qPrintable(source->errorString()));
        QString error;
        const QByteArray first = CaseExchange::exportCases(*source, { id }, &error);
        const QJsonArray versions = parseObject(first)
                                        .value(QStringLiteral("cases"))
                                        .toArray()
                                        .at(0)
                                        .toObject()
                                        .value(QStringLiteral("assessments"))
                                        .toArray();
        QVERIFY(!versions.at(0).toObject().contains(QStringLiteral("activities")));
        QVERIFY(!versions.at(1).toObject().contains(QStringLiteral("activities")));
        const QJsonArray written = versions.at(2).toObject().value(QStringLiteral("activities")).toArray();
        QCOMPARE(written.size(), 2);
        QCOMPARE(written.at(0).toObject().value(QStringLiteral("legalBasis")).toString(),
            QStringLiteral("legal_basis <b>0</b> =SUM(A1)"));
        QCOMPARE(written.at(1).toObject().value(QStringLiteral("crossBorder")).toString(), QString());

        auto target = TestSupport::openStore(dir, QStringLiteral("b.piadesk"), &clock);
        QList<qint64> ids;
        QVERIFY2(CaseExchange::importDocument(*target, first, &ids, &error), qPrintable(error));
        CaseBundle imported;
        QVERIFY(target->loadCase(ids.constFirst(), &imported));
        QCOMPARE(imported.assessments.at(2).activities, activities);
        QVERIFY(imported.assessments.at(1).activities.isEmpty());
        QCOMPARE(withoutVolatile(parseObject(CaseExchange::exportCases(*target, ids, &error))),
            withoutVolatile(parseObject(first)));
        QVERIFY2(target->verify().ok(), qPrintable(target->verify().problems.join(QLatin1Char('\n'))));
    }

    void committedExampleRoundTrip()
    {
        const QByteArray original = TestSupport::fileBytes(TestSupport::dataPath(QStringLiteral("case-complete.json")));
        QVERIFY(!original.isEmpty());
        QTemporaryDir dir;
        auto store = TestSupport::openStore(dir);
        QList<qint64> ids;
        QString error;
        QVERIFY2(CaseExchange::importDocument(*store, original, &ids, &error), qPrintable(error));
        const QByteArray exported = CaseExchange::exportCases(*store, ids, &error);
        QCOMPARE(withoutVolatile(parseObject(exported)), withoutVolatile(parseObject(original)));
        // HTML and formulas stay literal text.
        QVERIFY(exported.contains("<b>不加粗</b>"));
        QVERIFY(exported.contains("=1+1 置信度阈值"));
    }

    void importErrors_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<Mutation>("mutation");
        QTest::addColumn<QString>("expected");
        const Mutation none;
        QTest::newRow("malformed JSON") << QByteArray("{\"format\": \"piadesk-case\",\n \"cases\": [") << none
                                        << QStringLiteral("not valid JSON");
        QTest::newRow("invalid UTF-8") << QByteArray("{\"format\": \"piadesk-case\", \"x\": \"\xff\xfe\"}") << none
                                       << QStringLiteral("not valid JSON");
        QTest::newRow("top level array") << QByteArray("[1, 2]") << none
                                         << QStringLiteral("top level is not an object");
        QTest::newRow("foreign JSON") << QByteArray("{\"name\": \"x\"}") << none << QStringLiteral("format: must be");
        QTest::newRow("newer format") << QByteArray()
                                      << setting(QStringLiteral("formatVersion"), CaseExchange::kFormatVersion + 1)
                                      << QStringLiteral("formatVersion: is %1: the document comes from a newer PIAdesk")
                                             .arg(CaseExchange::kFormatVersion + 1);
        QTest::newRow("no cases") << QByteArray() << setting(QStringLiteral("cases"), QJsonArray())
                                  << QStringLiteral("cases: must be a non-empty array");
        QTest::newRow("wrong type") << QByteArray()
                                    << setting(QStringLiteral("cases[0].facts.storedPeople"), QStringLiteral("many"))
                                    << QStringLiteral(
                                           "cases[0].facts.storedPeople: must be a whole number, not string");
        QTest::newRow("negative head count")
            << QByteArray() << setting(QStringLiteral("cases[0].facts.storedPeople"), -1)
            << QStringLiteral("cases[0].facts.storedPeople: is -1");
        QTest::newRow("absurd head count")
            << QByteArray() << setting(QStringLiteral("cases[0].facts.storedPeople"), 1e12)
            << QStringLiteral("cases[0].facts.storedPeople: is 1000000000000");
        QTest::newRow("fractional head count")
            << QByteArray() << setting(QStringLiteral("cases[0].facts.storedPeople"), 10.5)
            << QStringLiteral("cases[0].facts.storedPeople: must be a whole number, not 10.5");
        QTest::newRow("impossible date") << QByteArray()
                                         << setting(QStringLiteral("cases[0].facts.startOfUse"),
                                                QStringLiteral("2025-02-30"))
                                         << QStringLiteral(
                                                "cases[0].facts.startOfUse: \"2025-02-30\" is not a valid date");
        QTest::newRow("year 0") << QByteArray()
                                << setting(QStringLiteral("cases[0].facts.endOfUse"), QStringLiteral("0000-01-01"))
                                << QStringLiteral("cases[0].facts.endOfUse: \"0000-01-01\" is not a valid date");
        QTest::newRow("bad credit code") << QByteArray()
                                         << setting(QStringLiteral("cases[0].organisation.creditCode"),
                                                QStringLiteral("91350100M000100Y44"))
                                         << QStringLiteral("cases[0].organisation.creditCode: The check character");
        QTest::newRow("oversized field") << QByteArray()
                                         << setting(QStringLiteral("cases[0].facts.description"),
                                                QString(1024 * 1024, QLatin1Char('x')))
                                         << QStringLiteral("cases[0].facts.description: is 1048576 characters long");
        QTest::newRow("control character")
            << QByteArray() << setting(QStringLiteral("cases[0].facts.name"), QStringLiteral("门禁\u0007"))
            << QStringLiteral("cases[0].facts.name: contains a control character");
        QTest::newRow("unknown field") << QByteArray()
                                       << setting(QStringLiteral("cases[0].facts.colour"), QStringLiteral("red"))
                                       << QStringLiteral("cases[0].facts.colour: is not a known field");
        QTest::newRow("bad enumeration") << QByteArray()
                                         << setting(QStringLiteral("cases[0].facts.status"), QStringLiteral("running"))
                                         << QStringLiteral(
                                                "cases[0].facts.status: must be one of planned, in_use, ended");
        const auto activities = [](const QJsonArray& list) {
            return setting(QStringLiteral("cases[0].assessments[2].activities"), list);
        };
        QTest::newRow("activity field of wrong type")
            << QByteArray()
            << activities(
                   { QJsonObject { { QStringLiteral("id"), QStringLiteral("a-1") }, { QStringLiteral("name"), 5 } } })
            << QStringLiteral("cases[0].assessments[2].activities[0].name: must be a string, not number");
        QTest::newRow("activity field unknown")
            << QByteArray()
            << activities({ QJsonObject { { QStringLiteral("id"), QStringLiteral("a-1") },
                   { QStringLiteral("colour"), QStringLiteral("red") } } })
            << QStringLiteral("cases[0].assessments[2].activities[0].colour: is not a known field");
        QTest::newRow("activity without id")
            << QByteArray() << activities({ QJsonObject { { QStringLiteral("name"), QStringLiteral("门禁") } } })
            << QStringLiteral("cases[0].assessments[2].activities[0].id: is missing");
        QTest::newRow("activity id repeated")
            << QByteArray()
            << activities({ QJsonObject { { QStringLiteral("id"), QStringLiteral("a-1") } },
                   QJsonObject { { QStringLiteral("id"), QStringLiteral("a-1") } } })
            << QStringLiteral("cases[0].assessments[2].activities[1].id: repeats a processing activity id");
        QTest::newRow("answer of wrong type")
            << QByteArray() << setting(QStringLiteral("cases[0].assessments[2].answers.q15_2.justification"), 5)
            << QStringLiteral("cases[0].assessments[2].answers.q15_2.justification: must be a string, not number");
        QTest::newRow("altered finalized version")
            << QByteArray() << setting(QStringLiteral("cases[0].assessments[1].answers.q15_3.value"), 0.5)
            << QStringLiteral("cases[0].assessments[1].contentHash: does not match");
        QTest::newRow("attachment damaged")
            << QByteArray() << setting(QStringLiteral("cases[0].attachments[0].data"), QStringLiteral("AAAA"))
            << QStringLiteral("cases[0].attachments[0].sha256: does not match the data");
        QTest::newRow("attachment not base64")
            << QByteArray() << setting(QStringLiteral("cases[0].attachments[0].data"), QStringLiteral("@@not base64@@"))
            << QStringLiteral("cases[0].attachments[0].data: is not valid base64");
        QTest::newRow("dangling evidence")
            << QByteArray()
            << setting(QStringLiteral("cases[0].assessments[2].answers.q15_2.evidence[0]"), QStringLiteral("nope"))
            << QStringLiteral("cases[0].assessments[2].answers.q15_2.evidence[0]: refers to attachment \"nope\"");
        QTest::newRow("measure of unknown risk")
            << QByteArray()
            << setting(QStringLiteral("cases[0].assessments[2].measures[0].risk"), QStringLiteral("ghost"))
            << QStringLiteral("cases[0].assessments[2].measures[0].risk: refers to risk \"ghost\"");
        QTest::newRow("two drafts") << QByteArray()
                                    << setting(QStringLiteral("cases[0].assessments[1].state"), QStringLiteral("draft"))
                                    << QStringLiteral(
                                           "cases[0].assessments[1]: is a draft but carries finalization data");
    }

    void importErrors()
    {
        QFETCH(QByteArray, raw);
        QFETCH(Mutation, mutation);
        QFETCH(QString, expected);
        QByteArray document = raw;
        if (mutation) {
            QJsonObject o = example();
            QVERIFY(!o.isEmpty());
            mutation(o);
            document = QJsonDocument(o).toJson();
        }
        QTemporaryDir dir;
        auto store = TestSupport::openStore(dir);
        const qsizetype eventsBefore = store->auditEvents().size();
        QList<qint64> ids;
        QString error;
        QVERIFY(!CaseExchange::importDocument(*store, document, &ids, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.startsWith(QLatin1String("Nothing was imported")), qPrintable(error));
        QVERIFY(ids.isEmpty());
        QVERIFY(store->listCases().isEmpty());
        QVERIFY(store->organisations().isEmpty());
        QCOMPARE(store->auditEvents().size(), eventsBefore);
    }

    void importingTwiceIsRefusedAndAtomic()
    {
        QTemporaryDir dir;
        auto store = TestSupport::openStore(dir);
        const QByteArray original = TestSupport::fileBytes(TestSupport::dataPath(QStringLiteral("case-complete.json")));
        QString error;
        QVERIFY2(CaseExchange::importDocument(*store, original, nullptr, &error), qPrintable(error));
        // A document with a new case followed by the one already present: neither is imported.
        QJsonObject doc = parseObject(original);
        QJsonArray cases = doc.value(QLatin1String("cases")).toArray();
        QJsonObject fresh = cases.at(0).toObject();
        fresh.insert(QStringLiteral("id"), QStringLiteral("another-case"));
        QJsonArray assessments = fresh.value(QLatin1String("assessments")).toArray();
        // Give the copy's versions and attachments new ids; the hashes of finalized ones then no longer
        // match, so keep only the draft and drop finalized versions and their evidence.
        QJsonObject draft = assessments.at(2).toObject();
        draft.insert(QStringLiteral("id"), QStringLiteral("another-draft"));
        draft.insert(QStringLiteral("number"), 1);
        draft.insert(QStringLiteral("trigger"),
            QJsonObject { { QStringLiteral("kind"), QStringLiteral("initial") },
                { QStringLiteral("date"), QStringLiteral("2026-01-05") },
                { QStringLiteral("description"), QString() } });
        QJsonObject answers = draft.value(QLatin1String("answers")).toObject();
        QJsonObject q = answers.value(QLatin1String("q15_2")).toObject();
        q.insert(QStringLiteral("evidence"), QJsonArray());
        answers.insert(QStringLiteral("q15_2"), q);
        draft.insert(QStringLiteral("answers"), answers);
        fresh.insert(QStringLiteral("assessments"), QJsonArray { draft });
        fresh.insert(QStringLiteral("attachments"), QJsonArray());
        fresh.insert(QStringLiteral("filings"), QJsonArray());
        doc.insert(QStringLiteral("cases"), QJsonArray { fresh, cases.at(0) });
        QVERIFY(!CaseExchange::importDocument(*store, QJsonDocument(doc).toJson(), nullptr, &error));
        QVERIFY2(error.contains(QLatin1String("already in this case file")), qPrintable(error));
        QCOMPARE(store->listCases().size(), 1);
        // The new case alone imports fine.
        doc.insert(QStringLiteral("cases"), QJsonArray { fresh });
        QVERIFY2(CaseExchange::importDocument(*store, QJsonDocument(doc).toJson(), nullptr, &error), qPrintable(error));
        QCOMPARE(store->listCases().size(), 2);
    }

    // File → Import and `piadesk-cli import` both read the document through readFile(): every way a file can be
    // wrong is one message naming the file, and no case file is needed to find out.
    void readFileSaysWhatIsWrongWithTheFile()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!CaseExchange::readFile(dir.path(), &error));
        QCOMPARE(error, QDir::toNativeSeparators(dir.path()) + QLatin1String(" is not a file."));
        const QString missing = dir.filePath(QStringLiteral("missing.json"));
        QVERIFY(!CaseExchange::readFile(missing, &error));
        QVERIFY2(error.contains(QLatin1String("missing.json is not a file")), qPrintable(error));

        const QString broken = dir.filePath(QStringLiteral("broken.json"));
        QJsonObject doc = example();
        setAt(doc, QStringLiteral("cases[0].facts.storedPeople"), -3);
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(doc).toJson());
        file.close();
        QVERIFY(!CaseExchange::readFile(broken, &error));
        QVERIFY2(error.startsWith(QLatin1String("Nothing was imported; ") + QDir::toNativeSeparators(broken)
                     + QLatin1String(" has 1 problem")),
            qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("cases[0].facts.storedPeople")), qPrintable(error));

        // A good file gives the cases, which import as they are (the document is not parsed again).
        const std::optional<QList<CaseBundle>> cases
            = CaseExchange::readFile(TestSupport::dataPath(QStringLiteral("case-complete.json")), &error);
        QVERIFY2(cases, qPrintable(error));
        QCOMPARE(cases->size(), 1);
        auto store = TestSupport::openStore(dir);
        QList<qint64> ids;
        QVERIFY2(CaseExchange::importCases(*store, *cases, &ids, &error), qPrintable(error));
        QCOMPARE(ids.size(), 1);
        QVERIFY(!CaseExchange::importCases(*store, *cases, &ids, &error));
        QVERIFY2(error.startsWith(QLatin1String("Nothing was imported: ")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("already in this case file")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestExchange)
#include "tst_exchange.moc"

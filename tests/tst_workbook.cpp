#include "TestSupport.h"
#include "XlsxReader.h"
#include "calendar/CalendarLoader.h"
#include "documents/RiskMap.h"
#include "documents/Workbook.h"
#include "exchange/CaseExchange.h"
#include "rules/Engine.h"
#include "rules/RuleSetLoader.h"

#include <QBuffer>
#include <QHash>
#include <QTest>

using namespace piadesk;

class TestWorkbook : public QObject
{
    Q_OBJECT

private:
    RuleSetLibrary m_library = RuleSetLibrary::builtIn();
    WorkCalendar m_calendar = CalendarLibrary::builtIn();
    CaseBundle m_bundle;

    Xlsx write(const CaseBundle& bundle, int versionIndex, Language language, const RuleSet* rules = nullptr)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        int sheets = 0;
        if (!Workbook::write(
                rules ? *rules : *m_library.defaultRuleSet(), bundle, bundle.assessments.at(versionIndex), m_calendar,
                QDate(2025, 10, 20), language, &buffer,
                [&sheets](int done, int) {
                    sheets = done;
                    return true;
                },
                &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        if (sheets != 5)
            return {};
        return readXlsx(buffer.data());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(TestSupport::loadExample(&m_bundle)); }

    void sheetsCellsAndTypes()
    {
        const Xlsx x = write(m_bundle, 1, Language::English);
        QCOMPARE(x.sheetNames,
            QStringList({ QStringLiteral("Filing form"), QStringLiteral("Materials"), QStringLiteral("Risk register"),
                QStringLiteral("Action plan"), QStringLiteral("Deadlines") }));
        const auto& form = x.sheets.value(QStringLiteral("Filing form"));
        QCOMPARE(form.value(QStringLiteral("A1")).value, QStringLiteral("Item"));
        // The rules first, and under the draft, that it was superseded: a filing under it is not ready.
        QCOMPARE(form.value(QStringLiteral("A2")).value, QStringLiteral("Rules applied"));
        QVERIFY(form.value(QStringLiteral("B2")).value.contains(QLatin1String("cn-cac-frt-2023-draft")));
        QCOMPARE(form.value(QStringLiteral("A3")).value, QStringLiteral("Not ready to file"));
        QVERIFY2(form.value(QStringLiteral("B3")).value.contains(QLatin1String("2025")),
            qPrintable(form.value(QStringLiteral("B3")).value));
        QCOMPARE(form.value(QStringLiteral("A4")).value, QStringLiteral("User of facial recognition technology"));
        QCOMPARE(form.value(QStringLiteral("B4")).value, m_bundle.organisation.name);
        QCOMPARE(form.value(QStringLiteral("B4")).type, QStringLiteral("s"));
        // The head count is a number, the start of use a real Excel date (days since 1899-12-30).
        bool foundCount = false;
        bool foundDate = false;
        for (auto it = form.constBegin(); it != form.constEnd(); ++it) {
            if (it.value().value == QLatin1String("People whose facial information is stored")) {
                const Cell count = form.value(QStringLiteral("B") + it.key().mid(1));
                QVERIFY(count.type.isEmpty() || count.type == QLatin1String("n"));
                QCOMPARE(count.value.toLongLong(), m_bundle.caseInfo.facts.storedPeople);
                foundCount = true;
            }
            if (it.value().value == QLatin1String("Start of use")) {
                const Cell date = form.value(QStringLiteral("B") + it.key().mid(1));
                QVERIFY(date.type.isEmpty());
                QVERIFY(!date.style.isEmpty());
                QCOMPARE(QDate(1899, 12, 30).addDays(date.value.toLongLong()), m_bundle.caseInfo.facts.startOfUse);
                foundDate = true;
            }
        }
        QVERIFY(foundCount && foundDate);

        for (int i = 0; i < x.sheetNames.size(); ++i) {
            const QByteArray xml = x.sheetXml(i);
            QVERIFY2(xml.contains("state=\"frozen\""), qPrintable(x.sheetNames.at(i)));
            QVERIFY2(xml.contains("<autoFilter"), qPrintable(x.sheetNames.at(i)));
            QVERIFY2(xml.contains("<col "), qPrintable(x.sheetNames.at(i)));
        }
        QVERIFY(x.sheetXml(1).contains("<dataValidation type=\"list\""));
        QVERIFY(x.sheetXml(1).contains("Submitted"));
        QVERIFY(x.sheetXml(3).contains("<dataValidation type=\"list\""));

        // Risk levels coloured: each level cell has a style whose fill is the level's colour.
        const auto& risks = x.sheets.value(QStringLiteral("Risk register"));
        QCOMPARE(risks.value(QStringLiteral("B2")).value, m_bundle.assessments.at(1).risks.at(0).title);
        QVERIFY(!risks.value(QStringLiteral("F2")).style.isEmpty());
        const QByteArray styles = x.parts.value(QStringLiteral("xl/styles.xml"));
        const int levels = int(m_library.defaultRuleSet()->risk.levels.size());
        QVERIFY(!styles.isEmpty());
        const RatedRisk rated = Engine(*m_library.defaultRuleSet(), m_bundle.caseInfo.facts, m_bundle.assessments.at(1))
                                    .risks()
                                    .risks.at(0);
        const QByteArray colour = RiskMap::levelColour(rated.level, levels).name().mid(1).toUpper().toLatin1();
        QVERIFY2(styles.contains(colour), styles.constData());

        const auto& plan = x.sheets.value(QStringLiteral("Action plan"));
        QCOMPARE(plan.value(QStringLiteral("B2")).value, m_bundle.assessments.at(1).measures.at(0).description);
        QCOMPARE(QDate(1899, 12, 30).addDays(plan.value(QStringLiteral("E2")).value.toLongLong()),
            m_bundle.assessments.at(1).measures.at(0).dueDate);
        const auto& deadlines = x.sheets.value(QStringLiteral("Deadlines"));
        QVERIFY(deadlines.size() > 6);
        QCOMPARE(
            x.parts.value(QStringLiteral("docProps/core.xml")).contains(m_bundle.organisation.name.toUtf8()), true);
    }

    void formulasAreWrittenAsText()
    {
        CaseBundle bundle = m_bundle;
        // Version 2 is finalized: the workbook shows the facts it recorded, so that is where the formulas go.
        RecordSnapshot& record = *bundle.assessments[1].record;
        record.organisation.name = QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")");
        record.facts.name = QStringLiteral("+SUM(A1:A9)");
        record.facts.description = QStringLiteral("-2+3");
        record.facts.storageLocation = QStringLiteral("@cmd|' /C calc'!A0");
        bundle.organisation = record.organisation;
        bundle.caseInfo.facts = record.facts;
        bundle.assessments[1].risks[0].title = QStringLiteral("=1+1");
        const Xlsx x = write(bundle, 1, Language::English);
        const auto& form = x.sheets.value(QStringLiteral("Filing form"));
        QStringList seen;
        for (const Cell& c : form) {
            QVERIFY(!c.formula);
            if (c.value.startsWith(QLatin1Char('=')) || c.value.startsWith(QLatin1Char('+'))
                || c.value.startsWith(QLatin1Char('-')) || c.value.startsWith(QLatin1Char('@'))) {
                QCOMPARE(c.type, QStringLiteral("s"));
                seen.append(c.value);
            }
        }
        QCOMPARE(seen.size(), 4);
        QCOMPARE(
            x.sheets.value(QStringLiteral("Risk register")).value(QStringLiteral("B2")).value, QStringLiteral("=1+1"));
        for (auto it = x.parts.constBegin(); it != x.parts.constEnd(); ++it)
            QVERIFY2(!it.value().contains("<f>"), qPrintable(it.key()));
    }

    void chineseWorkbook()
    {
        const Xlsx x = write(m_bundle, 1, Language::Chinese);
        QCOMPARE(x.sheetNames.value(0), QStringLiteral("备案表"));
        const auto& form = x.sheets.value(QStringLiteral("备案表"));
        QCOMPARE(form.value(QStringLiteral("A4")).value, QStringLiteral("人脸识别技术使用者"));
        QVERIFY(x.parts.value(QStringLiteral("xl/styles.xml"))
                    .contains("yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"));
    }

    void underTheMeasures()
    {
        // The same case under the law in force: its term for the processor, no standing warning, and the filing
        // system's eight uploads after the five materials.
        const RuleSet* measures = m_library.find(QStringLiteral("cn-cac-frt-2025-measures"));
        QVERIFY(measures);
        QCOMPARE(measures->filing.uploads.size(), 8);
        const Xlsx x = write(m_bundle, 1, Language::Chinese, measures);
        const auto& form = x.sheets.value(QStringLiteral("备案表"));
        QVERIFY(form.value(QStringLiteral("B2")).value.contains(QLatin1String("cn-cac-frt-2025-measures")));
        QCOMPARE(form.value(QStringLiteral("A3")).value, QStringLiteral("个人信息处理者"));
        QCOMPARE(form.value(QStringLiteral("B3")).value, m_bundle.organisation.name);
        const auto& materials = x.sheets.value(x.sheetNames.value(1));
        QCOMPARE(materials.value(QStringLiteral("B2")).value, measures->filing.materials.at(0).title.zh);
        const int heading = 2 + int(measures->filing.materials.size()) + 1;
        QCOMPARE(materials.value(QStringLiteral("B%1").arg(heading)).value, QStringLiteral("向备案系统上传的材料"));
        for (int i = 0; i < measures->filing.uploads.size(); ++i) {
            const FilingUpload& u = measures->filing.uploads.at(i);
            QCOMPARE(materials.value(QStringLiteral("B%1").arg(heading + 1 + i)).value, u.title.zh);
            QCOMPARE(materials.value(QStringLiteral("E%1").arg(heading + 1 + i)).value, QStringLiteral("缺失"));
        }
    }
};

QTEST_MAIN(TestWorkbook)
#include "tst_workbook.moc"

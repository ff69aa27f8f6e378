#include "TestSupport.h"
#include "XlsxReader.h"
#include "calendar/CalendarLoader.h"
#include "documents/RiskMap.h"
#include "documents/Workbook.h"
#include "exchange/CaseExchange.h"
#include "rules/Engine.h"
#include "rules/RuleSetLibrary.h"

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

    /** The value beside the first row of a two-column sheet whose item reads \a item. */
    static Cell valueOf(const QHash<QString, Cell>& sheet, const QString& item)
    {
        for (auto it = sheet.constBegin(); it != sheet.constEnd(); ++it) {
            if (it.key().startsWith(QLatin1Char('A')) && it.value().value == item)
                return sheet.value(QStringLiteral("B") + it.key().mid(1));
        }
        return {};
    }

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
        if (sheets != 7) // every sheet reported its progress
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
                QStringLiteral("Risk criteria"), QStringLiteral("Action plan"), QStringLiteral("Deadlines"),
                QStringLiteral("Data map") }));
        // Version 1 of the example records no data map: the sheet says so.
        QCOMPARE(x.sheets.value(QStringLiteral("Data map")).value(QStringLiteral("B2")).value,
            QStringLiteral("This version records no data map."));
        const auto& form = x.sheets.value(QStringLiteral("Filing form"));
        QCOMPARE(form.value(QStringLiteral("A1")).value, QStringLiteral("Item"));
        // The rules first, and under the draft, that it was superseded: a filing under it is not ready.
        QCOMPARE(form.value(QStringLiteral("A2")).value, QStringLiteral("Rules applied"));
        QVERIFY(form.value(QStringLiteral("B2")).value.contains(QLatin1String("cn-cac-frt-2023-draft")));
        QCOMPARE(form.value(QStringLiteral("A3")).value, QStringLiteral("Not ready to file"));
        QVERIFY2(form.value(QStringLiteral("B3")).value.contains(QLatin1String("2025")),
            qPrintable(form.value(QStringLiteral("B3")).value));
        // Then the filing it prepares: to whom, which, whether required, when due, its reference.
        QVERIFY(!m_bundle.filings.isEmpty());
        QCOMPARE(valueOf(form, QStringLiteral("Filing with")).value, m_bundle.filings.constFirst().authority);
        // The example recorded a substantive change: the modification is the filing still open.
        QCOMPARE(valueOf(form, QStringLiteral("Filing")).value, QStringLiteral("Modification of filing"));
        QVERIFY(!valueOf(form, QStringLiteral("Filing required")).value.isEmpty());
        QVERIFY(!valueOf(form, QStringLiteral("Filing due")).value.isEmpty());
        QVERIFY(!valueOf(form, QStringLiteral("Filing reference number")).value.isEmpty());
        const Cell organisation = valueOf(form, QStringLiteral("User of facial recognition technology"));
        QCOMPARE(organisation.value, m_bundle.organisation.name);
        QCOMPARE(organisation.type, QStringLiteral("s"));
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
            if (x.sheetNames.at(i) != QLatin1String("Risk criteria"))
                QVERIFY2(xml.contains("<autoFilter"), qPrintable(x.sheetNames.at(i)));
            QVERIFY2(xml.contains("<col "), qPrintable(x.sheetNames.at(i)));
        }
        QVERIFY(x.sheetXml(1).contains("<dataValidation type=\"list\""));
        QVERIFY(x.sheetXml(1).contains("Submitted"));
        QVERIFY(x.sheetXml(4).contains("<dataValidation type=\"list\""));

        // Risk levels coloured: each level cell has a style whose fill is the level's colour.
        const auto& risks = x.sheets.value(QStringLiteral("Risk register"));
        QCOMPARE(risks.value(QStringLiteral("B2")).value, m_bundle.assessments.at(1).risks.at(0).title);
        QVERIFY(!risks.value(QStringLiteral("H2")).style.isEmpty());
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
        QCOMPARE(QDate(1899, 12, 30).addDays(plan.value(QStringLiteral("F2")).value.toLongLong()),
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
        QVERIFY(!x.sheets.value(QStringLiteral("Risk register")).value(QStringLiteral("B2")).formula);
        // The only formulas are PIAdesk's own levels in the register, made of references and the rule set's labels.
        for (auto sheet = x.sheets.constBegin(); sheet != x.sheets.constEnd(); ++sheet) {
            for (auto cell = sheet.value().constBegin(); cell != sheet.value().constEnd(); ++cell) {
                if (!cell.value().formula)
                    continue;
                QCOMPARE(sheet.key(), QStringLiteral("Risk register"));
                QVERIFY2(
                    QStringList({ QStringLiteral("H"), QStringLiteral("K"), QStringLiteral("L"), QStringLiteral("M") })
                        .contains(cell.key().left(1)),
                    qPrintable(cell.key()));
                QVERIFY(!cell.value().formulaText.contains(QLatin1String("evil")));
                QVERIFY(!cell.value().formulaText.contains(QLatin1String("1+1")));
            }
        }
    }

    void likelihoodAnalysisInTheRegister()
    {
        // Each risk's source (by its name in the rule set) and the cause and evidence behind its likelihood.
        CaseBundle bundle = m_bundle;
        bundle.assessments[1].risks[0].source = QStringLiteral("processing_flow");
        bundle.assessments[1].risks[0].likelihoodBasis = QStringLiteral("Interview with the front desk, 3 May");
        const Xlsx x = write(bundle, 1, Language::English);
        const auto& risks = x.sheets.value(QStringLiteral("Risk register"));
        QCOMPARE(risks.value(QStringLiteral("F1")).value, QStringLiteral("Risk source"));
        QCOMPARE(risks.value(QStringLiteral("F2")).value, QStringLiteral("Personal information processing flow"));
        QCOMPARE(risks.value(QStringLiteral("G2")).value, QStringLiteral("Interview with the front desk, 3 May"));
        QCOMPARE(risks.value(QStringLiteral("F3")).value, QString()); // not stated: left empty, not guessed
        const Xlsx zh = write(bundle, 1, Language::Chinese);
        QCOMPARE(zh.sheets.value(QStringLiteral("风险登记")).value(QStringLiteral("F2")).value,
            QStringLiteral("个人信息处理流程"));
    }

    void dataMapSheet()
    {
        // One row per activity, a column per field in the rule set's order and words; typed formulas stay text.
        CaseBundle bundle = m_bundle;
        ProcessingActivity gate;
        gate.uuid = QStringLiteral("a1");
        gate.name = QStringLiteral("Gate access");
        gate.legalBasis = QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")");
        gate.crossBorder = QStringLiteral("None");
        bundle.assessments[1].activities = { gate };
        const Xlsx x = write(bundle, 1, Language::English);
        const auto& map = x.sheets.value(QStringLiteral("Data map"));
        const QList<ScaleEntry>& fields = m_library.defaultRuleSet()->dataMapFields;
        QCOMPARE(map.value(QStringLiteral("A1")).value, QStringLiteral("No."));
        for (int c = 0; c < fields.size(); ++c)
            QCOMPARE(map.value(QStringLiteral("%1%2").arg(QChar(u'B' + c)).arg(1)).value, fields.at(c).text.en);
        QCOMPARE(map.value(QStringLiteral("B2")).value, QStringLiteral("Gate access"));
        QCOMPARE(map.value(QStringLiteral("C2")).value, QStringLiteral("Not recorded"));
        QCOMPARE(map.value(QStringLiteral("H2")).value, gate.legalBasis);
        QVERIFY(!map.value(QStringLiteral("H2")).formula);
        QCOMPARE(map.value(QStringLiteral("N2")).value, QStringLiteral("None"));
        const Xlsx zh = write(bundle, 1, Language::Chinese);
        QCOMPARE(zh.sheets.value(QStringLiteral("数据清单")).value(QStringLiteral("H1")).value,
            QStringLiteral("合法性基础"));
    }

    void levelsFollowTheirInputs()
    {
        // Every level in the register is a formula over the criteria sheet; its value as written is the level the
        // report states, and looking the inputs up in the criteria sheet gives that same level.
        const Xlsx x = write(m_bundle, 1, Language::English);
        const auto& risks = x.sheets.value(QStringLiteral("Risk register"));
        const auto& criteria = x.sheets.value(QStringLiteral("Risk criteria"));
        const RuleSet& rules = *m_library.defaultRuleSet();
        const RiskSummary summary = Engine(rules, m_bundle.caseInfo.facts, m_bundle.assessments.at(1)).risks();
        QVERIFY(summary.risks.size() >= 2);
        const auto lookUp = [&](const QString& impact, const QString& likelihood) {
            int row = -1;
            int column = -1;
            for (int r = 2; r < 2 + rules.risk.impactLevels.size(); ++r) {
                if (criteria.value(QStringLiteral("A%1").arg(r)).value == impact)
                    row = r;
            }
            for (int c = 1; c <= rules.risk.likelihoods.size(); ++c) {
                if (criteria.value(QChar(QLatin1Char('A').unicode() + c) + QStringLiteral("1")).value == likelihood)
                    column = c;
            }
            return criteria.value(QChar(QLatin1Char('A').unicode() + column) + QString::number(row)).value;
        };
        for (int i = 0; i < summary.risks.size(); ++i) {
            const RatedRisk& rated = summary.risks.at(i);
            const QString row = QString::number(i + 2);
            const Cell level = risks.value(QStringLiteral("H") + row);
            QVERIFY(level.formula);
            QVERIFY2(
                level.formulaText.contains(QLatin1String("INDEX('Risk criteria'!")), qPrintable(level.formulaText));
            QVERIFY(level.formulaText.contains(QStringLiteral("D") + row));
            QCOMPARE(level.value, scaleText(rules.risk.levels, rated.level, Language::English));
            QCOMPARE(lookUp(risks.value(QStringLiteral("D") + row).value, risks.value(QStringLiteral("E") + row).value),
                level.value);
            const Cell target = risks.value(QStringLiteral("K") + row);
            QVERIFY(target.formula);
            QCOMPARE(target.value, scaleText(rules.risk.levels, rated.targetLevel, Language::English));
            QCOMPARE(lookUp(risks.value(QStringLiteral("I") + row).value, risks.value(QStringLiteral("J") + row).value),
                target.value);
            const Cell done = risks.value(QStringLiteral("L") + row);
            QVERIFY(done.formulaText.contains(QLatin1String("COUNTIFS('Action plan'!$C$2:$C$1000,A") + row));
            QCOMPARE(done.value, rated.measuresDone ? QStringLiteral("Yes") : QStringLiteral("No"));
            const Cell residual = risks.value(QStringLiteral("M") + row);
            QCOMPARE(residual.formulaText, QStringLiteral("IF(L%1=\"Yes\",K%1,H%1)").arg(row));
            QCOMPARE(residual.value, scaleText(rules.risk.levels, rated.residualLevel, Language::English));
        }
        // The action plan names each measure's risk by its number in the register.
        const auto& plan = x.sheets.value(QStringLiteral("Action plan"));
        const AssessmentVersion& v = m_bundle.assessments.at(1);
        for (int i = 0; i < v.measures.size(); ++i) {
            int number = 0;
            for (int r = 0; r < v.risks.size(); ++r) {
                if (v.risks.at(r).uuid == v.measures.at(i).riskUuid)
                    number = r + 1;
            }
            QCOMPARE(plan.value(QStringLiteral("C%1").arg(i + 2)).value.toInt(), number);
        }
        // The register is protected (no password): the levels cannot be typed over; the inputs stay editable.
        const QByteArray sheet = x.sheetXml(2);
        QVERIFY(sheet.contains("<sheetProtection"));
        QVERIFY(!sheet.contains("password="));
        const QByteArray styles = x.parts.value(QStringLiteral("xl/styles.xml"));
        QVERIFY(styles.contains("<protection locked=\"0\"/>"));
        QVERIFY(sheet.contains("<conditionalFormatting"));
    }

    void printReady()
    {
        const Xlsx x = write(m_bundle, 1, Language::Chinese);
        const QByteArray book = x.parts.value(QStringLiteral("xl/workbook.xml"));
        for (int i = 0; i < x.sheetNames.size(); ++i) {
            const QByteArray xml = x.sheetXml(i);
            const QString name = x.sheetNames.at(i);
            QVERIFY2(xml.contains("paperSize=\"9\""), qPrintable(name)); // A4
            QVERIFY2(xml.contains("fitToHeight=\"0\""), qPrintable(name)); // one page wide, as long as it takes
            QVERIFY2(xml.contains("<fitToPage/>") || xml.contains("fitToPage=\"1\""), qPrintable(name));
            QVERIFY2(xml.contains(m_bundle.assessments.at(1).record->facts.name.toUtf8()), qPrintable(name));
            QVERIFY2(xml.contains("&amp;P") && xml.contains("&amp;N"), qPrintable(name));
            QVERIFY2(book.contains(QStringLiteral("'%1'!$1:$1").arg(name).toUtf8())
                    || book.contains(QStringLiteral("%1!$1:$1").arg(name).toUtf8()),
                qPrintable(name)); // the header row printed on every page
            QCOMPARE(xml.contains("orientation=\"landscape\""), i >= 1 && i != 3);
        }
        // Rows whose text wraps are as tall as their lines: the filing form's long standing note takes several.
        QVERIFY(x.sheetXml(0).contains("customHeight=\"1\""));
    }

    void chineseWorkbook()
    {
        const Xlsx x = write(m_bundle, 1, Language::Chinese);
        QCOMPARE(x.sheetNames.value(0), QStringLiteral("备案表"));
        const auto& form = x.sheets.value(QStringLiteral("备案表"));
        QCOMPARE(valueOf(form, QStringLiteral("人脸识别技术使用者")).value, m_bundle.organisation.name);
        QCOMPARE(valueOf(form, QStringLiteral("风险描述")).value, QString());
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
        QCOMPARE(valueOf(form, QStringLiteral("个人信息处理者")).value, m_bundle.organisation.name);
        QCOMPARE(valueOf(form, QStringLiteral("备案机关")).value, m_bundle.filings.constFirst().authority);
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

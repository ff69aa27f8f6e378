// Records that tell the truth: a finalized version's documents show the facts it was assessed on, and say
// when the case has changed since; every word the officer typed is in the report.
#include "PdfText.h"
#include "TestSupport.h"
#include "XlsxReader.h"
#include "calendar/CalendarLoader.h"
#include "documents/Packet.h"
#include "documents/Report.h"
#include "documents/Workbook.h"
#include "rules/RuleSetLibrary.h"
#include "workflow/Workflow.h"

#include <QBuffer>
#include <QJsonObject>
#include <QTest>

using namespace piadesk;

namespace {

QString pdfText(const QByteArray& bytes)
{
    return readPdf(bytes).all();
}

/** The strings of a workbook: every shared string and every number, as one text. */
QString workbookText(const Xlsx& x)
{
    QStringList out;
    for (auto sheet = x.sheets.cbegin(); sheet != x.sheets.cend(); ++sheet) {
        for (const Cell& c : sheet.value())
            out.append(c.value);
    }
    out.append(QString::fromUtf8(x.parts.value(QStringLiteral("docProps/core.xml"))));
    return out.join(QLatin1Char('\n'));
}

/** An organisation and facts whose every text field says which side (\a tag: "REC" or "NOW") it comes from. */
RecordSnapshot tagged(const QString& tag, bool alternative)
{
    const auto t = [&tag](const char* field) { return tag + QLatin1String(field) + QLatin1Char('x'); };
    RecordSnapshot s;
    Organisation& o = s.organisation;
    o.uuid = QStringLiteral("org-uuid");
    o.name = t("OrgName");
    o.creditCode = t("Code");
    o.address = t("Address");
    o.legalRepresentative = t("LegalRep");
    o.contact = { t("ContactName"), t("ContactTitle"), t("ContactPhone"), t("ContactMail") };
    o.responsiblePerson = { t("RespName"), t("RespTitle"), t("RespPhone"), t("RespMail") };
    CaseFacts& f = s.facts;
    f.name = t("CaseName");
    f.description = t("Description");
    f.places = { t("PlaceOne"), t("PlaceTwo") };
    f.placeKind = alternative ? PlaceKind::Office : PlaceKind::Residential;
    f.publicPlace = alternative;
    f.purposes = { t("Purpose") };
    f.methods = alternative ? QList<Method> { Method::Identification } : QList<Method> { Method::Verification };
    f.equipment = { { t("EquipName"), t("EquipModel"), t("EquipVendor"), alternative ? 7 : 3 } };
    f.vendors = { t("Vendor") };
    f.storedPeople = alternative ? 67890 : 12345;
    f.minorsUnder14 = alternative;
    f.originalImagesStored = alternative;
    f.storageLocation = t("StorageLocation");
    f.storagePeriod = t("StoragePeriod");
    f.anonymization = t("Anonymization");
    f.startOfUse = alternative ? QDate(2025, 7, 8) : QDate(2024, 3, 5);
    f.endOfUse = alternative ? QDate(2029, 1, 2) : QDate(2028, 4, 6);
    f.status = alternative ? CaseStatus::Ended : CaseStatus::InUse;
    return s;
}

/** Every text field of \a s, as typed. */
QStringList textsOf(const RecordSnapshot& s)
{
    const Organisation& o = s.organisation;
    const CaseFacts& f = s.facts;
    return { o.name, o.creditCode, o.address, o.legalRepresentative, o.contact.name, o.contact.title, o.contact.phone,
        o.contact.email, o.responsiblePerson.name, o.responsiblePerson.title, o.responsiblePerson.phone,
        o.responsiblePerson.email, f.name, f.description, f.places.at(0), f.places.at(1), f.purposes.at(0),
        f.equipment.at(0).name, f.equipment.at(0).model, f.equipment.at(0).vendor, f.vendors.at(0), f.storageLocation,
        f.storagePeriod, f.anonymization };
}

} // namespace

class TestRecords : public QObject
{
    Q_OBJECT

private:
    RuleSetLibrary m_library = RuleSetLibrary::builtIn();
    WorkCalendar m_calendar = CalendarLibrary::builtIn();
    CaseBundle m_example;

    const RuleSet& rules() const { return *m_library.defaultRuleSet(); }

    QByteArray report(const CaseBundle& bundle, const AssessmentVersion& v, Language language)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        if (!Report::render(rules(), bundle, v, language, &buffer, {}, &error))
            qWarning("%s", qPrintable(error));
        return buffer.data();
    }

    QByteArray packet(const CaseBundle& bundle, const AssessmentVersion& v, Language language)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        if (!Packet::render(rules(), bundle, v, FilingKind::Initial, language, {}, &buffer, {}, &error))
            qWarning("%s", qPrintable(error));
        return buffer.data();
    }

    Xlsx workbook(const CaseBundle& bundle, const AssessmentVersion& v, Language language)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        if (!Workbook::write(rules(), bundle, v, m_calendar, QDate(2025, 10, 20), language, &buffer, {}, &error))
            qWarning("%s", qPrintable(error));
        return readXlsx(buffer.data());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(TestSupport::loadExample(&m_example));
        QVERIFY(m_example.assessments.at(1).isFinal());
        QVERIFY(m_example.assessments.at(1).record);
        QVERIFY(!m_example.assessments.at(2).isFinal());
    }

    void finalVersionDocumentsShowTheirRecord()
    {
        // Version 2 was assessed on one set of facts (REC…); the case has since changed every field (NOW…).
        CaseBundle bundle = m_example;
        const RecordSnapshot then = tagged(QStringLiteral("REC"), false);
        const RecordSnapshot now = tagged(QStringLiteral("NOW"), true);
        AssessmentVersion& v2 = bundle.assessments[1];
        v2.record = then;
        bundle.organisation = now.organisation;
        bundle.caseInfo.facts = now.facts;

        const QString en = bare(pdfText(report(bundle, v2, Language::English)));
        const QString zh = bare(pdfText(report(bundle, v2, Language::Chinese)));
        const QString filing = bare(pdfText(packet(bundle, v2, Language::English)));
        const QString book = bare(workbookText(workbook(bundle, v2, Language::English)));
        QVERIFY(!en.isEmpty() && !zh.isEmpty() && !filing.isEmpty() && !book.isEmpty());
        for (const QString& recorded : textsOf(then)) {
            QVERIFY2(en.contains(recorded), qPrintable(QStringLiteral("report (en) lacks ") + recorded));
            QVERIFY2(zh.contains(recorded), qPrintable(QStringLiteral("report (zh) lacks ") + recorded));
            QVERIFY2(filing.contains(recorded), qPrintable(QStringLiteral("packet lacks ") + recorded));
        }
        // The workbook's filing form: who and the facts of the processing (no equipment or places list there).
        for (const QString& recorded :
            { then.organisation.name, then.organisation.creditCode, then.organisation.address,
                then.organisation.legalRepresentative, then.organisation.contact.name, then.organisation.contact.phone,
                then.organisation.responsiblePerson.name, then.organisation.responsiblePerson.email, then.facts.name,
                then.facts.description, then.facts.places.at(0), then.facts.purposes.at(0), then.facts.vendors.at(0),
                then.facts.storageLocation, then.facts.storagePeriod, then.facts.anonymization })
            QVERIFY2(book.contains(recorded), qPrintable(QStringLiteral("workbook lacks ") + recorded));
        QVERIFY(book.contains(QStringLiteral("12345")));
        for (const QString& live : textsOf(now)) {
            QVERIFY2(!en.contains(live), qPrintable(QStringLiteral("report (en) shows today's ") + live));
            QVERIFY2(!zh.contains(live), qPrintable(QStringLiteral("report (zh) shows today's ") + live));
            QVERIFY2(!filing.contains(live), qPrintable(QStringLiteral("packet shows today's ") + live));
            QVERIFY2(!book.contains(live), qPrintable(QStringLiteral("workbook shows today's ") + live));
        }
        QVERIFY(en.contains(QStringLiteral("12,345")) && !en.contains(QStringLiteral("67,890")));
        QVERIFY(en.contains(QStringLiteral("5March2024")) && !en.contains(QStringLiteral("8July2025")));
        QVERIFY(!book.contains(QStringLiteral("67890")));

        // Each document says the case has changed, and what.
        QVERIFY2(en.contains(bare(QStringLiteral("The case has changed since this version was finalized:"))),
            qPrintable(en.left(2000)));
        for (const char* field : { "case name", "description", "places", "kind of place", "public place", "purposes",
                 "identification methods", "equipment", "vendors", "number of people stored", "minors under 14",
                 "original images stored", "storage location", "storage period", "anonymization", "start of use",
                 "end of use", "status", "organisation name", "unified social credit code", "address",
                 "legal representative", "contact person", "person responsible for personal-information protection" })
            QVERIFY2(en.contains(bare(QLatin1String(field))), field);
        QVERIFY(zh.contains(QStringLiteral("本版本定稿后，案件情况已发生变化")));
        QVERIFY(zh.contains(QStringLiteral("存储人脸信息人数")));
        QVERIFY(filing.contains(bare(QStringLiteral("Not ready to file: the case has changed since version 2"))));
        QVERIFY(book.contains(bare(QStringLiteral("Changed in the case since"))));

        // The CLI's check speaks of the same facts.
        const QJsonObject check
            = Workflow::checkJson(rules(), bundle, v2, Workflow::check(rules(), bundle, v2), Language::English);
        QCOMPARE(
            check.value(QLatin1String("case")).toObject().value(QLatin1String("name")).toString(), then.facts.name);
        QCOMPARE(check.value(QLatin1String("version")).toObject().value(QLatin1String("factsFrom")).toString(),
            QStringLiteral("record"));
        QCOMPARE(check.value(QLatin1String("filing")).toObject().value(QLatin1String("storedPeople")).toInt(), 12345);
    }

    void draftDocumentsShowTheCaseAsItStands()
    {
        CaseBundle bundle = m_example;
        const RecordSnapshot now = tagged(QStringLiteral("NOW"), true);
        bundle.organisation = now.organisation;
        bundle.caseInfo.facts = now.facts;
        const AssessmentVersion& v3 = bundle.assessments.at(2);
        const QString en = bare(pdfText(report(bundle, v3, Language::English)));
        for (const QString& live : textsOf(now))
            QVERIFY2(en.contains(live), qPrintable(live));
        QVERIFY(!en.contains(bare(QStringLiteral("The case has changed"))));
        QVERIFY(en.contains(bare(QStringLiteral("The case as it stands (this version is not finalized)"))));
        const QString filing = bare(pdfText(packet(bundle, v3, Language::English)));
        QVERIFY(filing.contains(bare(QStringLiteral("Not ready to file: version 3 is a draft."))));
    }

    void unchangedCaseNeedsNoWarning()
    {
        // Version 2 of the example answered an earlier questionnaire: its record is current, but checked again
        // under today's rules it would not be finalized, and its documents say so.
        CaseBundle bundle = m_example;
        AssessmentVersion& v2 = bundle.assessments[1];
        bundle.organisation = v2.record->organisation;
        bundle.caseInfo.facts = v2.record->facts;
        QString en = bare(pdfText(report(bundle, v2, Language::English)));
        QVERIFY(en.contains(bare(QStringLiteral("As recorded when this version was finalized"))));
        QVERIFY(!en.contains(bare(QStringLiteral("The case has changed"))));
        QVERIFY(en.contains(bare(QStringLiteral("this version would not be finalized today"))));
        QString filing = bare(pdfText(packet(bundle, v2, Language::English)));
        QVERIFY(filing.contains(bare(QStringLiteral("Not ready to file: Checked again under"))));
        // The example's filing keyed its materials as files of schema 1 did ("art16.1"): still read. The packet,
        // which goes to the authority, shows no status (the workbook's checklist does).
        QVERIFY(!filing.contains(bare(QStringLiteral("Status:"))));
        const FilingMaterial& first = rules().filing.materials.at(0);
        QVERIFY(!bundle.filings.constFirst().materials.contains(first.id));
        QCOMPARE(bundle.filings.constFirst().materialStatus(first.id, first.number), MaterialStatus::Submitted);
        QCOMPARE(Packet::readiness(rules(), bundle, v2).contains(QLatin1String("would not be finalized today")), true);

        // A version as sound as today's rules ask, on current facts: nothing stands in the way of filing it.
        v2.answers.clear();
        v2.risks.clear();
        v2.measures.clear();
        TestSupport::completeAssessment(rules(), bundle.caseInfo.facts, v2, QStringLiteral("att-1"));
        QVERIFY(Workflow::check(rules(), bundle, v2).finalization.reasons.size() == 1); // "already finalized"
        en = bare(pdfText(report(bundle, v2, Language::English)));
        QVERIFY(!en.contains(bare(QStringLiteral("would not be finalized today"))));
        filing = bare(pdfText(packet(bundle, v2, Language::English)));
        QVERIFY(!filing.contains(bare(QStringLiteral("Not ready to file: Checked again"))));
        QVERIFY(!filing.contains(bare(QStringLiteral("would not be finalized today"))));
        // Only the rules stand in the way: the draft was superseded, and a filing rests on the rules in force.
        const int notReady = int(filing.count(bare(QStringLiteral("Not ready to file"))));
        QCOMPARE(notReady, 1);
        QVERIFY(filing.contains(bare(QStringLiteral("Not ready to file: ") + rules().supersededBy->text.en)));
        QVERIFY(Packet::readiness(rules(), bundle, v2).startsWith(rules().supersededBy->text.en));
    }

    void everyWordTypedAppearsInTheReport()
    {
        // A whole draft, each text the officer can type made unique, then looked for in the report's text layer.
        CaseBundle bundle = m_example;
        AssessmentVersion& v = bundle.assessments[2];
        v.answers.clear();
        v.risks.clear();
        v.measures.clear();
        TestSupport::completeAssessment(rules(), bundle.caseInfo.facts, v, QStringLiteral("att-1"));
        int n = 0;
        // Short tokens, so that no table cell wraps one (a PDF's text layer reads table rows line by line).
        const auto token = [&n] { return QStringLiteral("W%1x").arg(++n, 4, 10, QLatin1Char('0')); };
        QStringList typed;
        v.answers.removeIf([](const Answer& a) { return a.questionId.startsWith(QLatin1String("flag.")); });
        for (Answer& a : v.answers) {
            if (a.value.isString() && rules().question(a.questionId)
                && rules().question(a.questionId)->type == AnswerType::Text)
                typed.append((a.value = token()).toString());
            a.justification = token();
            typed.append(a.justification);
        }
        // A note on every flag the version raises, condition or prohibited: the report keeps it.
        for (const RaisedFlag& f : Engine(rules(), bundle.caseInfo.facts, v).redFlags()) {
            const QString note = token();
            typed.append(note);
            v.answers.removeIf([&](const Answer& a) { return a.questionId == f.rule->justificationId(); });
            v.answers.append({ f.rule->justificationId(), QJsonValue(), note, {} });
        }
        v.risks.append({ QStringLiteral("risk-2"), token(), token(), { ImpactKind::Discrimination },
            ImpactLevel::Severe, Likelihood::VeryHigh, ImpactLevel::Low, Likelihood::Low, {}, {} });
        typed << v.risks.last().title << v.risks.last().description;
        for (const Risk& r : std::as_const(v.risks)) {
            v.measures.append({ QStringLiteral("m-%1").arg(r.uuid), r.uuid, token(), token(), QDate(2026, 3, 1),
                MeasureStatus::Planned });
            typed << v.measures.last().description << v.measures.last().owner;
        }
        // Planned measures: the severe risk stays severe, above the acceptable level, and someone accepts it.
        const QString by = token();
        const QString why = token();
        v.answers.removeIf([](const Answer& a) { return a.questionId == RiskAcceptance::answerId(); });
        v.answers.append({ RiskAcceptance::answerId(),
            QJsonObject { { QStringLiteral("by"), by }, { QStringLiteral("on"), QStringLiteral("2026-01-15") } }, why,
            {} });
        typed << by << why;
        v.triggerDescription = token();
        typed << v.triggerDescription;
        v.assessor = token();
        v.reviewer = token();
        typed << v.assessor << v.reviewer;

        for (Language language : { Language::English, Language::Chinese }) {
            const QString text = bare(pdfText(report(bundle, v, language)));
            QVERIFY(!text.isEmpty());
            QStringList missing;
            for (const QString& t : std::as_const(typed)) {
                if (!text.contains(bare(t)))
                    missing.append(t);
            }
            QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
        }
        QVERIFY2(typed.size() > 100, qPrintable(QString::number(typed.size())));
    }
};

QTEST_MAIN(TestRecords)
#include "tst_records.moc"

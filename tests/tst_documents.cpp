#include "PdfText.h"
#include "TestSupport.h"
#include "XlsxReader.h"
#include "documents/DocumentLanguage.h"
#include "documents/FilingFolder.h"
#include "documents/Packet.h"
#include "documents/Report.h"
#include "documents/RiskMap.h"
#include "documents/TemplateEngine.h"
#include "exchange/CaseExchange.h"
#include "rules/RuleSetLibrary.h"
#include "workflow/Workflow.h"

#include <poppler-qt6.h>

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

using namespace piadesk;

namespace {

/** Text as a PDF's text layer gives it back: whitespace runs (line breaks included) as single spaces. */
QString flat(QString text)
{
    return text.simplified();
}

/** The text of an OpenDocument file's content.xml, paragraphs on their own lines. */
QString odtText(const QByteArray& bytes)
{
    const QByteArray content = readXlsx(bytes).parts.value(QStringLiteral("content.xml"));
    QString text;
    QXmlStreamReader r(content);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isCharacters())
            text += r.text();
        else if (r.isEndElement() && (r.name() == QLatin1String("p") || r.name() == QLatin1String("h")))
            text += QLatin1Char('\n');
    }
    return text;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestDocuments : public QObject
{
    Q_OBJECT

private:
    RuleSetLibrary m_library = RuleSetLibrary::builtIn();
    CaseBundle m_bundle;
    QHash<QString, QByteArray> m_attachmentData; ///< uuid → bytes

    /** A small PDF of \a pages pages, as an officer would attach a signed notice. */
    static QByteArray samplePdf(int pages)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            painter.drawText(QPointF(200, 200), QStringLiteral("Notice page %1").arg(i + 1));
        }
        painter.end();
        return buffer.data();
    }

    QByteArray packet(
        const CaseBundle& bundle, int versionNumber, FilingKind kind, Language language, const RuleSet* rules = nullptr)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        const AssessmentVersion* v = nullptr;
        for (const AssessmentVersion& a : bundle.assessments) {
            if (a.number == versionNumber)
                v = &a;
        }
        const auto data = [this](const Attachment& a) { return m_attachmentData.value(a.uuid); };
        if (!v
            || !Packet::render(rules ? *rules : *m_library.defaultRuleSet(), bundle, *v, kind, language, data, &buffer,
                nullptr, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        if (const QString dir = qEnvironmentVariable("PIADESK_SCREENSHOTS"); !dir.isEmpty()) {
            QFile out(QStringLiteral("%1/packet-%2.pdf").arg(dir, enumKey(kind)));
            if (out.open(QIODevice::WriteOnly))
                out.write(buffer.data());
        }
        return buffer.data();
    }

    QByteArray render(const CaseBundle& bundle, int versionNumber, Language language)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        const AssessmentVersion* v = nullptr;
        for (const AssessmentVersion& a : bundle.assessments) {
            if (a.number == versionNumber)
                v = &a;
        }
        if (!v)
            return {};
        int progressCalls = 0;
        if (!Report::render(
                *m_library.defaultRuleSet(), bundle, *v, language, &buffer,
                [&](int done, int total) {
                    ++progressCalls;
                    return done <= total; // a count out of range fails the rendering, and the test
                },
                &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        if (progressCalls == 0)
            return {};
        // PIADESK_SCREENSHOTS=DIR keeps the rendered PDFs, to look at.
        if (const QString dir = qEnvironmentVariable("PIADESK_SCREENSHOTS"); !dir.isEmpty()) {
            QFile out(QStringLiteral("%1/report-v%2-%3.pdf")
                          .arg(dir)
                          .arg(versionNumber)
                          .arg(language == Language::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en")));
            if (out.open(QIODevice::WriteOnly))
                out.write(buffer.data());
        }
        return buffer.data();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QTemporaryDir dir;
        auto store = TestSupport::openStore(dir);
        QVERIFY(store);
        const qint64 id = TestSupport::importExample(*store);
        QVERIFY(id);
        QVERIFY(store->loadCase(id, &m_bundle));
        QCOMPARE(m_bundle.assessments.size(), 3);
        for (const Attachment& a : m_bundle.attachments)
            m_attachmentData.insert(a.uuid, store->attachmentData(a.id));
    }

    void templateEscapesWhatUsersType()
    {
        QString error;
        const QString html = TemplateEngine::render(QStringLiteral("<p>{{name}}</p>{{#list}}<i>{{.}}</i>{{/list}}"),
            QVariantMap { { QStringLiteral("name"), QStringLiteral("<b>x</b> & <script>alert(1)</script>") },
                { QStringLiteral("list"), QStringList { QStringLiteral("a"), QStringLiteral("\"q\"") } } },
            &error);
        QVERIFY2(!html.isNull(), qPrintable(error));
        QCOMPARE(html,
            QStringLiteral(
                "<p>&lt;b&gt;x&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;</p><i>a</i><i>&quot;q&quot;</i>"));
        QVERIFY(TemplateEngine::render(QStringLiteral("{{#open}}"), {}, &error).isNull());
        QVERIFY(!error.isEmpty());
    }

    void finalizedReportInChinese()
    {
        const AssessmentVersion& v2 = m_bundle.assessments.at(1);
        QVERIFY(v2.isFinal());
        const Pdf pdf = readPdf(render(m_bundle, 2, Language::Chinese));
        QVERIFY(pdf.document);
        QVERIFY(pdf.pages.size() >= 8);
        const QString all = flat(pdf.all());
        // The structure of GB/T 39335 §5.7, chapters numbered in order: the draft's six sections are chapters 5 to 10.
        for (const char* heading : { "个人信息保护影响评估报告", "审批页", "一、评估概述", "1.1评估范围",
                 "1.2评估人员、方法与期间", "1.3依据的法律、法规和标准", "1.4评估对象", "二、评估结论摘要",
                 "三、个人信息处理情况", "3.3人脸信息的生命周期", "四、基本情况筛查", "五、", "十、", "十一、风险分析",
                 "11.1风险判定准则", "11.2个人权益影响分析", "11.3安全事件发生可能性分析", "11.4风险登记",
                 "11.5风险分布图", "十二、风险处置", "12.1处置方式", "12.2行动计划", "十三、评估结论与整改验证",
                 "13.2整改效果验证计划", "十四、版本记录" })
            QVERIFY2(bare(all).contains(QString::fromUtf8(heading)), heading);
        // Version 2 recorded no data map: the lifecycle is taken from the case facts, and the report says so.
        QVERIFY(bare(all).contains(QStringLiteral("本版本未记录数据清单，以下生命周期依据案件事实整理。")));
        QVERIFY(!bare(all).contains(QStringLiteral("数据清单与个人信息生命周期")));
        // How the assessment was done: version 2 of the example recorded neither, and the report says so.
        QVERIFY(bare(all).contains(QStringLiteral("评估方式未记录")));
        QVERIFY(bare(all).contains(QStringLiteral("评估团队的独立性未记录")));
        // The sensitive personal information named; the laws relied on, in book-title marks.
        QVERIFY(bare(all).contains(QStringLiteral("涉及的敏感个人信息人脸信息")));
        QVERIFY(bare(all).contains(QStringLiteral("《中华人民共和国个人信息保护法》")));
        // Chapters in order.
        QVERIFY(bare(all).indexOf(QStringLiteral("十一、风险分析")) > bare(all).indexOf(QStringLiteral("十、")));
        for (const Section& s : m_library.defaultRuleSet()->sections)
            QVERIFY2(all.contains(flat(s.title.zh)), qPrintable(s.title.zh));
        QVERIFY(all.contains(flat(m_bundle.organisation.name)));
        QVERIFY(all.contains(flat(m_bundle.caseInfo.facts.name)));
        // Every text answer, exactly as typed (Chinese included), and every justification.
        int checked = 0;
        for (const Answer& a : v2.answers) {
            if (a.value.isString() && a.value.toString().size() > 12) {
                QVERIFY2(all.contains(flat(a.value.toString())), qPrintable(a.value.toString()));
                ++checked;
            }
            if (!a.justification.isEmpty()) {
                QVERIFY2(all.contains(flat(a.justification)), qPrintable(a.justification));
                ++checked;
            }
        }
        QVERIFY(checked > 0);
        QVERIFY(all.contains(QStringLiteral("风险分布图")));
        for (const Risk& r : v2.risks)
            QVERIFY2(all.contains(flat(r.title)), qPrintable(r.title));
        // The likelihood analysis (GB/T 39335 Table C.3): each risk under its source with the cause and evidence,
        // a source without risks said to be so, in the rule set's order.
        {
            const QString b = bare(all);
            const qsizetype analysis = b.indexOf(QStringLiteral("11.3安全事件发生可能性分析"));
            const qsizetype register_ = b.indexOf(QStringLiteral("11.4风险登记"));
            QVERIFY(analysis > 0 && register_ > analysis);
            const QString part = b.mid(analysis, register_ - analysis);
            const qsizetype network = part.indexOf(QStringLiteral("（一）网络环境和技术措施"));
            const qsizetype flow = part.indexOf(QStringLiteral("（二）个人信息处理流程"));
            const qsizetype people = part.indexOf(QStringLiteral("（三）参与人员与第三方"));
            QVERIFY(network > 0 && flow > network && people > flow);
            // Version 2 of the example was finalized before risks named their source: every source says it has
            // none, and the risks are listed as not stated, their basis as not recorded — never left out.
            QCOMPARE(part.count(QStringLiteral("该方面未识别风险")), 4);
            const qsizetype unsourced = part.indexOf(QStringLiteral("未说明风险源的风险"));
            QVERIFY(unsourced > people);
            for (const Risk& r : v2.risks) {
                QVERIFY(r.source.isEmpty());
                QVERIFY2(part.indexOf(bare(flat(r.title)), unsourced) > 0, qPrintable(r.title));
            }
            QCOMPARE(part.count(QStringLiteral("未记录")), v2.risks.size());
        }
        for (const Measure& m : v2.measures)
            QVERIFY2(all.contains(flat(m.description)), qPrintable(m.description));
        for (int i = 0; i < pdf.pages.size(); ++i) {
            const QString page = flat(pdf.pages.at(i));
            QVERIFY2(page.contains(v2.contentHash), qPrintable(QStringLiteral("page %1").arg(i + 1)));
            QVERIFY2(page.contains(QStringLiteral("第%1页 共%2页").arg(i + 1).arg(pdf.pages.size())),
                qPrintable(page.right(200)));
            QVERIFY(!page.contains(QLatin1String("DRAFT")));
        }
        QVERIFY(all.contains(QStringLiteral("年")));
        // No look-alike radicals in the text layer.
        for (const QChar c : pdf.all())
            QVERIFY2(!(c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF), "a Kangxi radical in the text layer");
        QCOMPARE(pdf.document->info(QStringLiteral("Title")),
            QStringLiteral("个人信息保护影响评估报告 — %1").arg(m_bundle.caseInfo.facts.name));
        // Author and subject are in the XMP metadata, whose dates equal the Info dictionary's (PDF/A-1b).
        // Poppler decodes the XMP stream as PDFDocEncoding; XMP is UTF-8, so read the (uncompressed) stream itself.
        const QByteArray bytes = render(m_bundle, 2, Language::Chinese);
        const qsizetype xmpStart = bytes.indexOf("<?xpacket begin=");
        const qsizetype xmpEnd = bytes.indexOf("<?xpacket end=", xmpStart);
        QVERIFY(xmpStart > 0 && xmpEnd > xmpStart);
        const QString xmp = QString::fromUtf8(bytes.mid(xmpStart, xmpEnd - xmpStart));
        QVERIFY(!pdf.document->metadata().isEmpty());
        QVERIFY2(
            xmp.contains(QStringLiteral("<dc:creator><rdf:Seq><rdf:li>%1</rdf:li>").arg(v2.assessor)), qPrintable(xmp));
        QVERIFY(xmp.contains(QStringLiteral("<dc:description>")));
        QVERIFY(xmp.contains(QStringLiteral("的个人信息保护影响评估，第 2 版")));
        QVERIFY(xmp.contains(QLatin1String("pdfaid:part=\"1\" pdfaid:conformance=\"B\"")));
        const QDateTime created = readPdf(bytes).document->date(QStringLiteral("CreationDate"));
        const QRegularExpressionMatch xmpDate
            = QRegularExpression(QStringLiteral("xmp:CreateDate=\"([^\"]+)\"")).match(xmp);
        QVERIFY(created.isValid() && xmpDate.hasMatch());
        QCOMPARE(QDateTime::fromString(xmpDate.captured(1), Qt::ISODate).toUTC(), created.toUTC());
    }

    void draftReportInEnglish()
    {
        // The draft's risks name their sources (the first two under one, the rest under another).
        CaseBundle bundle = m_bundle;
        AssessmentVersion* draft = nullptr;
        for (AssessmentVersion& v : bundle.assessments)
            draft = v.number == 3 ? &v : draft;
        QVERIFY(draft && draft->risks.size() >= 2);
        for (qsizetype i = 0; i < draft->risks.size(); ++i) {
            draft->risks[i].source
                = i == 0 ? QStringLiteral("personnel_third_parties") : QStringLiteral("business_scale");
            draft->risks[i].likelihoodBasis = QStringLiteral("Evidence item %1 from the site visit").arg(i + 1);
        }
        draft->answers.append(
            AssessmentMethod { { QStringLiteral("document_review"), QStringLiteral("technical_testing") },
                QStringLiteral("Assessed by the legal department, which does not run the gates.") }
                .toAnswer());
        // The data map: two activities, the second with a field left empty.
        ProcessingActivity gate;
        gate.uuid = QStringLiteral("activity-gate");
        for (const ActivityField& f : activityFields())
            gate.*f.member = QStringLiteral("Gate %1").arg(QLatin1String(f.key));
        ProcessingActivity visitors = gate;
        visitors.uuid = QStringLiteral("activity-visitors");
        visitors.name = QStringLiteral("Visitor registration");
        visitors.crossBorder.clear();
        draft->activities = { gate, visitors };
        const Pdf pdf = readPdf(render(bundle, 3, Language::English));
        QVERIFY(pdf.document);
        const QString all = flat(pdf.all());
        {
            const qsizetype map = all.indexOf(QStringLiteral("3.3 Data map and lifecycle of the personal information"));
            const qsizetype first = all.indexOf(QStringLiteral("3.3.1 Gate name"), map);
            const qsizetype second = all.indexOf(QStringLiteral("3.3.2 Visitor registration"), first);
            const qsizetype screening = all.indexOf(QStringLiteral("4. Screening"), second);
            QVERIFY2(map > 0 && first > map && second > first && screening > second, qPrintable(all.left(4000)));
            // Every field the rule set lists, under its name, in the rule set's order; the empty one says so.
            qsizetype at = first;
            for (const ScaleEntry& field : m_library.defaultRuleSet()->dataMapFields) {
                if (field.key == QLatin1String("name"))
                    continue;
                // A long label wraps in its cell, and the text layer then interleaves it with the value.
                const qsizetype next = all.indexOf(QStringLiteral("Gate ") + field.key, at);
                QVERIFY2(next > at && next < second, qPrintable(all.mid(first, second - first)));
                QVERIFY2(all.mid(at, next - at).contains(field.text.en.section(QLatin1Char(' '), 0, 0)),
                    qPrintable(field.key));
                at = next;
            }
            QVERIFY(all.mid(second, screening - second).contains(QStringLiteral("Transfer abroad Not recorded")));
            QVERIFY(!all.contains(QStringLiteral("3.3 Lifecycle of the facial information")));
        }
        QVERIFY(all.contains(QStringLiteral("Ways of assessing Document review, Technical testing")));
        QVERIFY(all.contains(QStringLiteral("Independence Assessed by the legal department")));
        QVERIFY(all.contains(QStringLiteral("does not run the gates.")));
        {
            const qsizetype analysis = all.indexOf(QStringLiteral("11.3 Likelihood of a security incident"));
            const qsizetype people = all.indexOf(QStringLiteral("(3) People involved and third parties"), analysis);
            const qsizetype business = all.indexOf(
                QStringLiteral("(4) Nature and scale of the business and the security situation"), people);
            const qsizetype register_ = all.indexOf(QStringLiteral("11.4 Risk register"), business);
            QVERIFY(analysis > 0 && people > analysis && business > people && register_ > business);
            QCOMPARE(
                all.mid(analysis, people - analysis).count(QStringLiteral("No risk identified from this source")), 2);
            const qsizetype first = all.indexOf(QStringLiteral("Evidence item 1 from the site visit"), people);
            QVERIFY(first > people && first < business);
            for (qsizetype i = 1; i < draft->risks.size(); ++i) {
                const qsizetype at
                    = all.indexOf(QStringLiteral("Evidence item %1 from the site visit").arg(i + 1), business);
                QVERIFY(at > business && at < register_);
            }
            QVERIFY(!all.mid(analysis, register_ - analysis).contains(QStringLiteral("source is not stated")));
        }
        for (const char* heading :
            { "Personal Information Protection Impact Assessment", "Approval", "1. Overview of the assessment",
                "2. Summary", "3. The processing", "4. Screening", "11. Risk analysis", "11.1 Risk criteria",
                "12. Treatment", "13. Conclusion and verification", "14. Version history" })
            QVERIFY2(all.contains(QLatin1String(heading)), heading);
        for (const Section& s : m_library.defaultRuleSet()->sections)
            QVERIFY2(all.contains(flat(s.title.en)), qPrintable(s.title.en));
        for (int i = 0; i < pdf.pages.size(); ++i) {
            const QString page = flat(pdf.pages.at(i));
            QVERIFY2(page.contains(QLatin1String("DRAFT")), qPrintable(QStringLiteral("page %1").arg(i + 1)));
            QVERIFY(page.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pdf.pages.size())));
        }
    }

    void renderingCanBeCancelled()
    {
        const AssessmentVersion* v = Workflow::version(m_bundle, 3);
        QVERIFY(v);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        int calls = 0;
        QVERIFY(!Report::render(
            *m_library.defaultRuleSet(), m_bundle, *v, Language::English, &buffer,
            [&calls](int, int) { return ++calls < 2; }, &error));
        QCOMPARE(calls, 2); // stopped at once
        QCOMPARE(error, QStringLiteral("Cancelled."));
    }

    void markupTypedIntoFieldsPrintsLiterally()
    {
        // Every text field the report prints gets its own hostile value; each must come back literally.
        CaseBundle bundle = m_bundle;
        QStringList typed;
        const auto hostile = [&typed](QString& field) {
            field = QStringLiteral("<b>F%1</b> & <script>x()</script> &amp; =SUM(A%1) '\"").arg(typed.size());
            typed.append(field);
        };
        // In the narrow cells of the risk and measure tables a long value wraps, and the text layer then
        // interleaves neighbouring cells line by line; short values keep each cell on one line.
        const auto shortHostile = [&typed](QString& field) {
            field = QStringLiteral("<i>S%1</i>&amp;").arg(typed.size());
            typed.append(field);
        };
        Organisation& o = bundle.organisation;
        for (QString* f : { &o.name, &o.creditCode, &o.address, &o.legalRepresentative })
            hostile(*f);
        for (QString* f : { &o.responsiblePerson.name, &o.responsiblePerson.title, &o.responsiblePerson.phone,
                 &o.responsiblePerson.email })
            shortHostile(*f);
        CaseFacts& c = bundle.caseInfo.facts;
        for (QString* f : { &c.name, &c.description, &c.storageLocation, &c.storagePeriod, &c.anonymization })
            hostile(*f);
        c.places = QStringList { QString() };
        hostile(c.places[0]);
        c.purposes = QStringList { QString() };
        hostile(c.purposes[0]);
        c.vendors = QStringList { QString() };
        hostile(c.vendors[0]);
        AssessmentVersion& v = bundle.assessments[2];
        for (QString* f : { &v.triggerDescription, &v.assessor, &v.reviewer })
            hostile(*f);
        shortHostile(v.signedOffBy);
        for (Risk& r : v.risks) {
            shortHostile(r.title);
            shortHostile(r.description);
        }
        for (Measure& m : v.measures) {
            shortHostile(m.description);
            shortHostile(m.owner);
        }
        v.activities = { ProcessingActivity() };
        v.activities[0].uuid = QStringLiteral("activity-1");
        for (const ActivityField& f : activityFields())
            hostile(v.activities[0].*f.member);
        for (Answer& a : v.answers) {
            hostile(a.justification);
            if (a.value.isString()) {
                QString text;
                hostile(text);
                a.value = text;
            }
        }
        const Pdf pdf = readPdf(render(bundle, 3, Language::Chinese));
        QVERIFY(pdf.document);
        // Lines may wrap inside a value, and the labels beside it (Chinese) then share its lines: compare
        // without whitespace and CJK; the values are ASCII.
        const auto bare = [](QString text) {
            return text.remove(
                QRegularExpression(QStringLiteral("[\\s\\x{3000}-\\x{303F}\\x{4E00}-\\x{9FFF}\\x{FF00}-\\x{FFEF}]+")));
        };
        const QString all = bare(pdf.all());
        for (const QString& t : typed)
            QVERIFY2(all.contains(bare(t)), qPrintable(t));
        QVERIFY(typed.size() > 25);
    }
    void packetHoldsFormReportAndAttachments()
    {
        CaseBundle bundle = m_bundle;
        Attachment notice;
        notice.uuid = QStringLiteral("c0ffee00-0000-4000-8000-000000000001");
        notice.name = QStringLiteral("签字的告知书.pdf");
        notice.mediaType = QStringLiteral("application/pdf");
        const QByteArray noticeBytes = samplePdf(2);
        notice.size = noticeBytes.size();
        notice.sha256 = QString::fromLatin1(QCryptographicHash::hash(noticeBytes, QCryptographicHash::Sha256).toHex());
        bundle.attachments.append(notice);
        m_attachmentData.insert(notice.uuid, noticeBytes);

        const Pdf report = readPdf(render(bundle, 2, Language::Chinese));
        const Pdf pdf = readPdf(packet(bundle, 2, FilingKind::Initial, Language::Chinese));
        QVERIFY(pdf.document && report.document);
        const QString all = flat(pdf.all());
        QVERIFY(all.contains(QStringLiteral("人脸识别技术应用备案表")));
        for (const FilingMaterial& m : m_library.defaultRuleSet()->filing.materials)
            QVERIFY2(all.contains(QStringLiteral("材料（%1） %2").arg(m.number).arg(flat(m.title.zh))),
                qPrintable(m.title.zh));
        // The form fills each material from what the rule set names: the responsible person for (1), the
        // case facts for (3).
        const QString form = all.left(all.indexOf(QStringLiteral("材料（5）个人信息保护影响评估报告")));
        QVERIFY(form.size() < all.size());
        QVERIFY(form.contains(flat(bundle.organisation.responsiblePerson.phone)));
        QVERIFY(form.contains(QStringLiteral("处理情况")));
        QVERIFY(form.contains(flat(bundle.caseInfo.facts.places.join(QStringLiteral("、")))));
        // The report is inside, whole.
        QVERIFY(all.contains(QStringLiteral("个人信息保护影响评估报告")));
        QVERIFY(all.contains(QStringLiteral("审批页")));
        // Every attachment listed with its SHA-256; the fixture's placeholder "PDF" is listed but not readable.
        for (const Attachment& a : bundle.attachments) {
            QVERIFY2(all.contains(flat(a.name)), qPrintable(a.name));
            QVERIFY2(all.contains(a.sha256), qPrintable(a.sha256));
        }
        // The two-page notice is included as two pages, the 1×1 PNGs as one each.
        int images = 0;
        for (const Attachment& a : bundle.attachments)
            images += a.mediaType == QLatin1String("image/png")
                && !QImage::fromData(m_attachmentData.value(a.uuid)).isNull();
        QVERIFY2(pdf.pages.size() >= report.pages.size() + 2 + images + 1,
            qPrintable(QStringLiteral("%1 pages, report %2").arg(pdf.pages.size()).arg(report.pages.size())));
        for (int i = 0; i < pdf.pages.size(); ++i)
            QVERIFY(flat(pdf.pages.at(i)).contains(QStringLiteral("第%1页 共%2页").arg(i + 1).arg(pdf.pages.size())));
        // The notice has its heading page; the unreadable ones say why they are not included.
        QVERIFY(all.contains(QStringLiteral("附件：签字的告知书.pdf")));
        QVERIFY(all.contains(QStringLiteral("不是可读的 PDF")));
        // The notice's pages are legible on paper: 150 dpi or more as printed (pdfimages, poppler-utils).
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("packet.pdf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(packet(bundle, 2, FilingKind::Initial, Language::Chinese));
        file.close();
        QProcess list;
        list.start(QStringLiteral("pdfimages"), { QStringLiteral("-list"), file.fileName() });
        QVERIFY2(list.waitForFinished(60000) && list.exitCode() == 0, "pdfimages (poppler-utils) must run");
        int pages = 0;
        for (const QString& line : QString::fromLatin1(list.readAllStandardOutput()).split(QLatin1Char('\n'))) {
            const QStringList f = line.simplified().split(QLatin1Char(' '));
            // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
            if (f.size() < 14 || f.at(2) != QLatin1String("image") || f.at(3).toInt() < 1000 || f.at(4).toInt() < 1300)
                continue; // the risk map is landscape, the PNGs 1×1: the notice's pages are the tall ones
            ++pages;
            QVERIFY2(f.at(12).toInt() >= 150 && f.at(13).toInt() >= 150, qPrintable(line));
        }
        QVERIFY(pages >= 2); // the notice, and any readable PDF of the example
    }

    void packetFormsForEachKind()
    {
        CaseBundle bundle = m_bundle;
        bundle.filings.last().materials.insert(QStringLiteral("necessity"), MaterialStatus::Ready);
        const QString modification
            = flat(readPdf(packet(bundle, 3, FilingKind::Modification, Language::English)).all());
        // What goes to the authority holds no internal status (the workbook's checklist has them).
        QVERIFY(!modification.contains(QLatin1String("Status:")));
        QVERIFY(!modification.contains(QLatin1String("In preparation")));
        QVERIFY(modification.contains(QLatin1String("Modification of a facial recognition filing")));
        QVERIFY(modification.contains(QStringLiteral("变更辨识方式"))); // the note recorded on the modification filing
        QVERIFY(modification.contains(QLatin1String("DRAFT")));
        const QString deregistration
            = flat(readPdf(packet(m_bundle, 2, FilingKind::Deregistration, Language::English)).all());
        QVERIFY(deregistration.contains(QLatin1String("De-registration of a facial recognition filing")));
        QVERIFY(!deregistration.contains(QLatin1String("DRAFT")));
    }

    /**
     * The same case under the 2025 Measures: the packet cites their Art. 15, is addressed to the provincial
     * administration, names the processor in their terms and lists the filing system's uploads. Under the draft, the
     * packet says first that the draft was superseded and a filing is not ready.
     */
    void packetUnderTheMeasuresAndUnderTheDraft()
    {
        const RuleSet* measures = m_library.find(QStringLiteral("cn-cac-frt-2025-measures"));
        QVERIFY(measures);
        // Not yet filed under them: the authority is named from the organisation (a recorded filing keeps its own).
        CaseBundle unfiled = m_bundle;
        unfiled.filings.clear();
        const QString zh = flat(readPdf(packet(unfiled, 2, FilingKind::Initial, Language::Chinese, measures)).all());
        QVERIFY(!zh.isEmpty());
        QVERIFY(zh.contains(QStringLiteral("第十五条")));
        // The draft's Art. 16 (filing) is gone: an Art. 16 cited is another named law's, never bare (the Measures').
        for (qsizetype at = zh.indexOf(QStringLiteral("第十六条")); at >= 0;
             at = zh.indexOf(QStringLiteral("第十六条"), at + 1))
            QVERIFY2(zh.at(at - 1) == QChar(u'》'), qPrintable(zh.mid(at - 120, 140)));
        QVERIFY(zh.contains(QStringLiteral("报送：上海市互联网信息办公室")));
        QVERIFY(zh.contains(QStringLiteral("个人信息处理者")));
        QVERIFY(!zh.contains(QStringLiteral("人脸识别技术使用者")));
        QVERIFY(zh.contains(QStringLiteral("向备案系统上传的材料")));
        for (const FilingUpload& u : measures->filing.uploads)
            QVERIFY2(zh.contains(flat(u.title.zh)), qPrintable(u.title.zh));
        QVERIFY(!zh.contains(flat(Report::supersededText(*m_library.defaultRuleSet(), Language::Chinese))));
        // 12,000 people stored: the Measures require no filing, and the first page says so.
        const Pdf first = readPdf(packet(unfiled, 2, FilingKind::Initial, Language::Chinese, measures));
        QVERIFY(first.document);
        QVERIFY2(flat(first.pages.value(0)).contains(QStringLiteral("无需备案")), qPrintable(first.pages.value(0)));
        QVERIFY(flat(first.pages.value(0)).contains(QStringLiteral("自愿报送")));
        // The addressee with its level, named once.
        QVERIFY(zh.contains(QStringLiteral("报送：上海市互联网信息办公室（所在地省级网信部门）")));
        // Under the draft no province is named: the level is the addressee, not repeated in brackets.
        const RuleSet& draftRules = *m_library.defaultRuleSet();
        const QString level = flat(draftRules.filing.authority.zh);
        const QString unnamed = flat(readPdf(packet(unfiled, 2, FilingKind::Initial, Language::Chinese)).all());
        QVERIFY2(unnamed.contains(QStringLiteral("报送：") + level), qPrintable(unnamed.left(400)));
        QVERIFY(!unnamed.contains(level + QStringLiteral("（") + level));

        const RuleSet& draft = *m_library.defaultRuleSet();
        QVERIFY(draft.supersededBy);
        const QString en = flat(readPdf(packet(m_bundle, 2, FilingKind::Initial, Language::English)).all());
        const QString warning = flat(Report::supersededText(draft, Language::English));
        QVERIFY(!warning.isEmpty());
        QVERIFY2(en.contains(QStringLiteral("Not ready to file: ") + warning), qPrintable(en.left(600)));
        QVERIFY(en.indexOf(warning) < en.indexOf(QLatin1String("Applicant")));
        QVERIFY(!en.contains(QLatin1String("Uploads to the filing system")));
        // 12,000 people stored: the draft requires the filing, so nothing says it is voluntary.
        QVERIFY(!en.contains(QLatin1String("voluntarily")));
        QVERIFY(!en.contains(QLatin1String("No filing required")));
    }

    void filingFolderHasOneFilePerSlot()
    {
        // Under the Measures, with the handling person known and the handling person's ID scanned into the case.
        const RuleSet* measures = m_library.find(QStringLiteral("cn-cac-frt-2025-measures"));
        QVERIFY(measures);
        CaseBundle bundle = m_bundle;
        bundle.filings.clear(); // not yet filed under the Measures: the authority is named from the organisation
        bundle.organisation.handlingPerson = { QStringLiteral("赵磊"), QStringLiteral("居民身份证"),
            QStringLiteral("11010519491231002X"), QStringLiteral("138 0000 0101") };
        Attachment scan;
        scan.uuid = QStringLiteral("scan-handler-id");
        scan.material = QStringLiteral("handler_id");
        scan.name = QStringLiteral("赵磊身份证.png");
        scan.mediaType = QStringLiteral("image/png");
        bundle.attachments.append(scan);
        const QByteArray scanBytes = QByteArray("\x89PNG\r\n\x1a\n not really a picture, copied as it is");
        const auto data
            = [&](const Attachment& a) { return a.uuid == scan.uuid ? scanBytes : m_attachmentData.value(a.uuid); };
        const AssessmentVersion& v2 = bundle.assessments.at(1);
        QTemporaryDir dir;
        QList<FolderEntry> entries;
        QString error;
        QVERIFY2(FilingFolder::write(*measures, bundle, v2, FilingKind::Initial, Language::Chinese, data, dir.path(),
                     &entries, nullptr, &error),
            qPrintable(error));
        // One file per slot, in order, named as the slot.
        QCOMPARE(entries.size(), measures->filing.uploads.size());
        for (int i = 0; i < entries.size(); ++i) {
            const FilingUpload& u = measures->filing.uploads.at(i);
            QCOMPARE(entries.at(i).number, u.number);
            QVERIFY2(entries.at(i).fileName.startsWith(QStringLiteral("%1 %2").arg(u.number).arg(u.title.zh)),
                qPrintable(entries.at(i).fileName));
            QVERIFY2(QFile::exists(dir.filePath(entries.at(i).fileName)), qPrintable(entries.at(i).fileName));
            QCOMPARE(!entries.at(i).workingCopy.isEmpty(), !u.document.isEmpty());
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), entries.size());
        const auto pdfOf = [&](int slot) {
            const QByteArray bytes = fileBytes(dir.filePath(entries.at(slot - 1).fileName));
            const Pdf pdf = readPdf(bytes);
            return pdf.document ? flat(pdf.all()) : QString();
        };
        const Organisation& org = v2.record->organisation;
        // 1: the basic-information form, with the organisation as recorded and the handling person.
        const QString basic = pdfOf(1);
        QVERIFY2(basic.contains(QStringLiteral("个人信息处理者基本情况表")), qPrintable(basic.left(300)));
        for (const QString& value :
            { org.name, org.creditCode, org.legalRepresentative, org.responsiblePerson.name, QStringLiteral("赵磊"),
                QStringLiteral("11010519491231002X"), QStringLiteral("上海市互联网信息办公室") })
            QVERIFY2(basic.contains(flat(value)), qPrintable(value));
        QVERIFY(basic.contains(QStringLiteral("PIAdesk")));
        // 2: the application form: purposes, the count with its unit, the measures and the report's hash.
        const QString application = pdfOf(2);
        QVERIFY(application.contains(QStringLiteral("人脸识别技术应用情况备案表")));
        QVERIFY(application.contains(QStringLiteral("12,000 人")));
        QVERIFY(application.contains(flat(v2.record->facts.purposes.constFirst())));
        QVERIFY(application.contains(flat(v2.measures.constFirst().description)));
        QVERIFY(bare(application).contains(v2.contentHash));
        QVERIFY(application.contains(QStringLiteral("自愿报送"))); // 12,000 people: the Measures do not require it
        // 3: the report, the record, with its hash.
        const QString report = pdfOf(3);
        QVERIFY(report.contains(QStringLiteral("个人信息保护影响评估报告")));
        QVERIFY(bare(report).contains(v2.contentHash));
        // 4 and 5: only a scan fills them, and a note says what to scan; 6: the case's scan, byte for byte.
        QCOMPARE(entries.at(3).kind, FolderEntry::Kind::ScanNeeded);
        QVERIFY(entries.at(3).fileName.endsWith(QLatin1String(".txt")));
        QVERIFY(QString::fromUtf8(fileBytes(dir.filePath(entries.at(3).fileName)))
                    .contains(measures->filing.uploads.at(3).title.zh));
        QCOMPARE(entries.at(5).kind, FolderEntry::Kind::Copied);
        QVERIFY(entries.at(5).fileName.endsWith(QLatin1String(".png")));
        QCOMPARE(fileBytes(dir.filePath(entries.at(5).fileName)), scanBytes);
        // 7 and 8: the letters, filled in, to be printed, signed and sealed.
        QCOMPARE(entries.at(6).kind, FolderEntry::Kind::ToSeal);
        const QString letter = pdfOf(7);
        QVERIFY(letter.contains(QStringLiteral("授权委托书")));
        for (const QString& value : { QStringLiteral("赵磊"), QStringLiteral("11010519491231002X"), org.name,
                 org.creditCode, QStringLiteral("上海市互联网信息办公室") })
            QVERIFY2(letter.contains(flat(value)), qPrintable(value));
        const QString undertaking = pdfOf(8);
        QVERIFY(undertaking.contains(QStringLiteral("承诺书")));
        QVERIFY(undertaking.contains(flat(org.name)));
        QVERIFY(undertaking.contains(QStringLiteral("注销备案")));
        // Nothing internal goes to the authority.
        for (int slot : { 1, 2, 7, 8 }) {
            const QString text = pdfOf(slot);
            for (const char* internal : { "缺失", "准备中", "Missing", "In preparation" })
                QVERIFY2(!text.contains(QLatin1String(internal)), internal);
        }
        // The working copies: OpenDocument text with the same content.
        const QString odt = odtText(fileBytes(dir.filePath(entries.at(0).workingCopy)));
        QVERIFY2(odt.contains(QStringLiteral("工作稿")), qPrintable(odt.left(200)));
        QVERIFY(odt.contains(org.name));
        QVERIFY(odt.contains(QStringLiteral("11010519491231002X")));
    }

    void filingFolderForAModificationAndADeregistration()
    {
        const RuleSet* measures = m_library.find(QStringLiteral("cn-cac-frt-2025-measures"));
        CaseBundle bundle = m_bundle;
        // The example's version 3 is a draft; the modification rests on version 2, after the recorded change.
        const AssessmentVersion& v2 = bundle.assessments.at(1);
        QTemporaryDir dir;
        QList<FolderEntry> entries;
        QString error;
        QVERIFY2(FilingFolder::write(*measures, bundle, v2, FilingKind::Modification, Language::English, {},
                     dir.filePath(QStringLiteral("m")), &entries, nullptr, &error),
            qPrintable(error));
        const FilingRecord* change = nullptr;
        for (const FilingRecord& f : bundle.filings) {
            if (f.kind == FilingKind::Modification)
                change = &f;
        }
        QVERIFY(change);
        const QString form
            = flat(readPdf(fileBytes(dir.filePath(QStringLiteral("m/") + entries.at(1).fileName))).all());
        QVERIFY2(form.contains(QLatin1String("Modification of the filing")), qPrintable(form.right(600)));
        QVERIFY(form.contains(QLatin1String("Date of the change")));
        if (!change->note.isEmpty())
            QVERIFY(form.contains(flat(change->note)));

        // A de-registration says when the use ended and how the facial information was handled.
        bundle.caseInfo.facts.endOfUse = QDate(2026, 10, 31);
        FilingRecord end;
        end.kind = FilingKind::Deregistration;
        end.triggerDate = QDate(2026, 10, 31);
        end.disposal = { QStringLiteral("deleted"), QDate(2026, 11, 2), QStringLiteral("删除日志 2026-11-02") };
        bundle.filings.append(end);
        QVERIFY2(FilingFolder::write(*measures, bundle, v2, FilingKind::Deregistration, Language::Chinese, {},
                     dir.filePath(QStringLiteral("d")), &entries, nullptr, &error),
            qPrintable(error));
        const QString zh = flat(readPdf(fileBytes(dir.filePath(QStringLiteral("d/") + entries.at(1).fileName))).all());
        QVERIFY2(zh.contains(QStringLiteral("注销备案")), qPrintable(zh.right(400)));
        QVERIFY(zh.contains(QStringLiteral("2026年10月31日")));
        QVERIFY(zh.contains(QStringLiteral("删除")));
        QVERIFY(zh.contains(QStringLiteral("2026年11月2日")));
        QVERIFY(zh.contains(QStringLiteral("删除日志 2026-11-02")));

        // Rules that name no upload slots (the draft) are refused with a reason, and nothing is written.
        QVERIFY(!FilingFolder::write(*m_library.defaultRuleSet(), bundle, v2, FilingKind::Initial, Language::Chinese,
            {}, dir.filePath(QStringLiteral("x")), &entries, nullptr, &error));
        QVERIFY(error.contains(QLatin1String("PDF")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x"))));
    }

    void reportWorkingCopyAsOdt()
    {
        // The report as an editable working copy: every section title and answer in it, marked as not the record.
        const AssessmentVersion& v2 = m_bundle.assessments.at(1);
        const RuleSet& rules = *m_library.defaultRuleSet();
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY2(FilingFolder::renderOdt(QStringLiteral("report"), rules, m_bundle, v2, FilingKind::Initial,
                     Language::Chinese, &buffer, &error),
            qPrintable(error));
        QVERIFY(buffer.data().startsWith("PK"));
        const Xlsx zip = readXlsx(buffer.data());
        QCOMPARE(zip.parts.value(QStringLiteral("mimetype")), QByteArray("application/vnd.oasis.opendocument.text"));
        const QString text = odtText(buffer.data());
        QVERIFY(text.contains(QStringLiteral("工作稿")));
        // Chinese text in the document's faces and sizes: ODF sets CJK characters with their own attributes.
        const QByteArray content = zip.parts.value(QStringLiteral("content.xml"));
        QVERIFY(content.contains("style:font-family-asian=\"AR PL UMing CN\""));
        QVERIFY(content.contains("style:font-family-asian=\"WenQuanYi Micro Hei\""));
        QVERIFY(content.contains("style:font-size-asian=\"22pt\"")); // the title
        QVERIFY(!content.contains("fo:font-family=\"Sans\""));
        for (const Section& section : rules.sections)
            QVERIFY2(flat(text).contains(flat(section.title.zh)), qPrintable(section.title.zh));
        for (const Answer& answer : v2.answers) {
            if (answer.justification.isEmpty())
                continue;
            QVERIFY2(flat(text).contains(flat(answer.justification)), qPrintable(answer.justification));
        }
        QVERIFY(text.contains(v2.contentHash));
    }

    void riskMapColoursTheMatrix()
    {
        const RiskMethod& method = m_library.defaultRuleSet()->risk;
        RatedRisk risk;
        risk.impact = 3; // severe
        risk.likelihood = 0;
        risk.targetImpact = 0;
        risk.targetLikelihood = 0;
        const QImage image = RiskMap::paint(method, { risk }, Language::English, 1000);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), 1000);
        const RiskMap::Layout layout = RiskMap::layout(method, { risk }, 1000);
        QCOMPARE(image.size(), layout.size);
        // Each cell is its level's colour at alpha 140 over white: sample the cells' lower right, away from the
        // level's name and the markers, in both panels.
        const int levels = int(method.levels.size());
        const auto blended = [](QColor c) {
            const double a = 140.0 / 255;
            return QColor(int(255 * (1 - a) + c.red() * a), int(255 * (1 - a) + c.green() * a),
                int(255 * (1 - a) + c.blue() * a));
        };
        const auto near = [](QColor a, QColor b) {
            return std::abs(a.red() - b.red()) <= 3 && std::abs(a.green() - b.green()) <= 3
                && std::abs(a.blue() - b.blue()) <= 3;
        };
        for (int panel = 0; panel < 2; ++panel) {
            for (int impact = 0; impact < layout.rows; ++impact) {
                for (int likelihood = 0; likelihood < layout.columns; ++likelihood) {
                    const QPoint at = layout.cell(panel, impact, likelihood).bottomRight().toPoint() - QPoint(4, 4);
                    const QColor expected
                        = blended(RiskMap::levelColour(method.matrix.at(impact).at(likelihood), levels));
                    QVERIFY2(near(image.pixelColor(at), expected), qPrintable(image.pixelColor(at).name()));
                }
            }
        }
        // The risk is in the severe-and-rare cell before its measures, in the lowest one after them.
        QCOMPARE(layout.markers.size(), 2);
        QCOMPARE(layout.markers.at(0).cell, layout.cell(0, 3, 0));
        QCOMPARE(layout.markers.at(1).cell, layout.cell(1, 0, 0));
    }

    void riskMapHoldsFortyRisks()
    {
        // 40 risks, most of them in a few cells, as a large case has them: every number in its own cell (or, where
        // a cell cannot hold them at a legible size, counted there and listed under the map), none over another.
        const RiskMethod& method = m_library.defaultRuleSet()->risk;
        QList<RatedRisk> risks;
        for (int i = 0; i < 40; ++i) {
            RatedRisk r;
            r.impact = i < 18 ? 3 : i % 4;
            r.likelihood = i < 18 ? 2 : (i * 7) % 4;
            r.targetImpact = i < 30 ? 1 : i % 4;
            r.targetLikelihood = i < 30 ? 1 : (i * 3) % 4;
            risks.append(r);
        }
        for (const int width : { 1800, 240 }) {
            const RiskMap::Layout layout = RiskMap::layout(method, risks, width);
            QHash<int, int> seen[2];
            for (const RiskMap::Layout::Marker& m : layout.markers) {
                QVERIFY2(m.cell.contains(m.box), qPrintable(QStringLiteral("risk %1 leaves its cell").arg(m.risk + 1)));
                const RatedRisk& r = risks.at(m.risk);
                QCOMPARE(m.cell,
                    m.panel == 0 ? layout.cell(0, r.impact, r.likelihood)
                                 : layout.cell(1, r.targetImpact, r.targetLikelihood));
                ++seen[m.panel][m.risk];
            }
            for (const RiskMap::Layout::Crowd& c : layout.crowds) {
                for (int risk : c.risks)
                    ++seen[c.panel][risk];
            }
            for (int panel = 0; panel < 2; ++panel) {
                for (int i = 0; i < risks.size(); ++i)
                    QCOMPARE(seen[panel].value(i), 1);
            }
            for (int a = 0; a < layout.markers.size(); ++a) {
                for (int b = a + 1; b < layout.markers.size(); ++b)
                    QVERIFY(!layout.markers.at(a).box.intersects(layout.markers.at(b).box));
            }
            // Legible at the report's size: 1800 pixels printed 160 mm wide, numbers at least 3 mm across.
            if (width == 1800) {
                // 30 risks in one cell: the panels one above the other, every number drawn.
                QVERIFY(!layout.sideBySide);
                QVERIFY(layout.crowds.isEmpty());
                QVERIFY2(
                    layout.markerDiameter * 160.0 / 1800 >= 3.0, qPrintable(QString::number(layout.markerDiameter)));
            }
            // On screen, 240 pixels wide: the crowded cells counted, their numbers listed.
            if (width == 240)
                QVERIFY(!layout.crowds.isEmpty());
            const QImage image = RiskMap::paint(method, risks, Language::Chinese, width);
            QCOMPARE(image.size(), layout.size);
            if (const QString dir = qEnvironmentVariable("PIADESK_SCREENSHOTS"); !dir.isEmpty() && width == 1800)
                image.save(dir + QStringLiteral("/risk-map-40.png"));
        }
    }

    void documentLanguageIsIndependentOfTheUi()
    {
        {
            const DocumentLanguage zh(Language::Chinese);
            QCOMPARE(enumLabel(CaseStatus::InUse), QStringLiteral("使用中"));
            QCOMPARE(zh.date(QDate(2025, 10, 1)), QStringLiteral("2025年10月1日"));
        }
        QCOMPARE(enumLabel(CaseStatus::InUse), QStringLiteral("In use"));
        const DocumentLanguage en(Language::English);
        QCOMPARE(en.date(QDate(2025, 10, 1)), QStringLiteral("1 October 2025"));
    }
};

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"

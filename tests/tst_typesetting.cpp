// The documents as a typesetter sets them, read back with Poppler: the Song and Hei faces without synthetic bold,
// the table of contents with the pages its headings are on, the outline (bookmarks), links within the document,
// table header rows repeated on every continuation page, rows not split, headings not left at the foot of a page,
// and no text outside the page.
#include "PdfText.h"
#include "TestSupport.h"

#include "demo/DemoCases.h"
#include "documents/Packet.h"
#include "documents/PdfDocument.h"
#include "documents/PdfFile.h"
#include "documents/Report.h"
#include "rules/RuleSetLibrary.h"
#include "workflow/Workflow.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTest>

using namespace piadesk;

namespace {

QByteArray write(const QString& html, QString* error = nullptr, const QHash<QString, QImage>& images = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    PageFurniture furniture;
    furniture.header = QStringLiteral("HEADER");
    furniture.pageNumber = QStringLiteral("Page {page} of {pages}");
    QString why;
    if (!PdfDocument::write(html, images, furniture, PdfMetadata(), &buffer, nullptr, &why)) {
        if (error)
            *error = why;
        return {};
    }
    return buffer.data();
}

/** The decoded content streams of every page. */
QByteArray contentStreams(const QByteArray& pdf)
{
    const PdfFile file(pdf);
    QByteArray all;
    for (const int page : file.pages()) {
        for (const int content : PdfFile::references(file.dictionary(page), "Contents"))
            all += file.streamData(content);
        if (const int content = PdfFile::reference(file.dictionary(page), "Contents"))
            all += file.streamData(content);
    }
    return all;
}

/** The page (from 0) whose text holds \a marker, or -1. */
int pageOf(const Pdf& pdf, const QString& marker)
{
    for (int i = 0; i < pdf.pages.size(); ++i) {
        if (bare(pdf.pages.at(i)).contains(marker))
            return i;
    }
    return -1;
}

} // namespace

class TestTypesetting : public QObject
{
    Q_OBJECT

private:
    RuleSetLibrary m_library = RuleSetLibrary::builtIn();
    CaseBundle m_bundle;
    QByteArray m_report; ///< the example's version 2, in Chinese

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(TestSupport::loadExample(&m_bundle));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY2(Report::render(*m_library.defaultRuleSet(), m_bundle, m_bundle.assessments.at(1), Language::Chinese,
                     &buffer, {}, &error),
            qPrintable(error));
        m_report = buffer.data();
        if (const QString shots = qEnvironmentVariable("PIADESK_SCREENSHOTS"); !shots.isEmpty()) {
            QFile out(shots + QStringLiteral("/typeset-report.pdf"));
            if (out.open(QIODevice::WriteOnly))
                out.write(m_report);
        }
    }

    void songAndHeiWithoutSyntheticBold()
    {
        const Pdf pdf = readPdf(m_report);
        QVERIFY(pdf.document);
        QStringList names;
        for (const Poppler::FontInfo& f : pdf.document->fonts())
            names.append(f.name());
        QVERIFY2(names.filter(QStringLiteral("UMingCN")).size() == 1, qPrintable(names.join(QLatin1Char(' '))));
        QVERIFY2(
            names.filter(QStringLiteral("WenQuanYiMicroHei")).size() == 1, qPrintable(names.join(QLatin1Char(' '))));
        QVERIFY2(names.filter(QStringLiteral("Bold"), Qt::CaseInsensitive).isEmpty(),
            qPrintable(names.join(QLatin1Char(' '))));
        QVERIFY2(names.filter(QStringLiteral("Noto")).isEmpty(), qPrintable(names.join(QLatin1Char(' '))));
        // Qt fakes a bold the font lacks by drawing the text a second time, slightly offset, in a span with an empty
        // ActualText (so that text extraction skips the copy).
        const QByteArray doubled = "/ActualText <>";
        QVERIFY(!contentStreams(m_report).contains(doubled));
        // The check can fail: a bold Song face, drawn as Qt draws it, is doubled.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter writer(&buffer);
            QPainter painter(&writer);
            QFont bold = PdfDocument::font(12);
            bold.setBold(true);
            painter.setFont(bold);
            painter.drawText(QPointF(100, 100), QStringLiteral("人脸识别"));
        }
        QVERIFY(contentStreams(buffer.data()).contains(doubled));
    }

    void contentsOutlineAndLinksAgree()
    {
        const Pdf pdf = readPdf(m_report);
        QVERIFY(pdf.document);
        const QList<Poppler::OutlineItem> outline = pdf.document->outline();
        QVERIFY2(outline.size() >= 5, qPrintable(QString::number(outline.size())));
        // The contents are on one page, after the cover and the approval page; each chapter is listed with the page
        // it starts on, linked to it.
        const int contentsPage = pageOf(pdf, QStringLiteral("目录"));
        QCOMPARE(contentsPage, 2);
        // Nothing of the contents' first line is drawn at the foot of the page before it.
        QVERIFY(!bare(pdf.pages.at(contentsPage - 1)).contains(QStringLiteral("目录")));
        const QString contents = bare(pdf.pages.at(contentsPage));
        QVERIFY2(contents.contains(QStringLiteral("版目录")), qPrintable(contents)); // after the page header
        std::unique_ptr<Poppler::Page> page(pdf.document->page(contentsPage));
        QList<int> linkTargets;
        for (const std::unique_ptr<Poppler::Link>& link : page->links()) {
            if (link->linkType() == Poppler::Link::Goto)
                linkTargets.append(static_cast<Poppler::LinkGoto*>(link.get())->destination().pageNumber());
        }
        QVERIFY2(linkTargets.size() >= outline.size(), qPrintable(QString::number(linkTargets.size())));
        for (const Poppler::OutlineItem& item : outline) {
            const int target = item.destination()->pageNumber(); // from 1
            QVERIFY2(target != contentsPage + 1, qPrintable(item.name()));
            QVERIFY2(contents.contains(bare(item.name()) + QString::number(target)),
                qPrintable(QStringLiteral("%1 on page %2: %3").arg(item.name()).arg(target).arg(contents)));
            QVERIFY2(bare(pdf.pages.at(target - 1)).contains(bare(item.name())), qPrintable(item.name()));
            QVERIFY2(linkTargets.contains(target), qPrintable(item.name()));
        }
        // The questions of a section are its children, folded.
        const auto section = std::find_if(outline.cbegin(), outline.cend(),
            [](const Poppler::OutlineItem& i) { return bare(i.name()).startsWith(QStringLiteral("五、")); });
        QVERIFY(section != outline.cend());
        QVERIFY(section->hasChildren() && !section->isOpen());
        QVERIFY(section->children().size() >= 5);
    }

    void noTextOutsideThePage()
    {
        const Pdf pdf = readPdf(m_report);
        QVERIFY(pdf.document);
        for (int i = 0; i < pdf.document->numPages(); ++i) {
            std::unique_ptr<Poppler::Page> page(pdf.document->page(i));
            const QRectF box(QPointF(0, 0), page->pageSizeF());
            for (const std::unique_ptr<Poppler::TextBox>& word : page->textList())
                QVERIFY2(box.contains(word->boundingBox()),
                    qPrintable(QStringLiteral("page %1: %2").arg(i + 1).arg(word->text())));
        }
    }

    void headerRowsRepeatAndRowsStayWhole()
    {
        // Rows of one to twenty lines; one row taller than a page, which has to be split.
        QString rows;
        for (int i = 1; i <= 90; ++i) {
            QString text = QStringLiteral("ROW%1START ").arg(i);
            for (int w = 0; w < (i * 7) % 23 * 12; ++w)
                text += QStringLiteral("人脸信息 ");
            if (i == 45)
                text += QString(QStringLiteral("很长的一行 ")).repeated(900);
            text += QStringLiteral(" ROW%1END").arg(i);
            rows += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(i).arg(text);
        }
        QString error;
        const Pdf pdf
            = readPdf(write(QStringLiteral("<h2>表格</h2><table border=\"1\" cellspacing=\"0\" width=\"100%\">"
                                           "<thead><tr><th>序号</th><th>TABLEHEAD</th></tr></thead>%1</table>")
                                .arg(rows),
                &error));
        QVERIFY2(pdf.document, qPrintable(error));
        QVERIFY(pdf.pages.size() > 10);
        for (int i = 1; i <= 90; ++i) {
            const int start = pageOf(pdf, QStringLiteral("ROW%1START").arg(i));
            const int end = pageOf(pdf, QStringLiteral("ROW%1END").arg(i));
            QVERIFY(start >= 0 && end >= 0);
            if (i != 45)
                QVERIFY2(start == end,
                    qPrintable(QStringLiteral("row %1 on pages %2 and %3").arg(i).arg(start + 1).arg(end + 1)));
        }
        // Every page holds the header row, before any row.
        for (int p = 0; p < pdf.pages.size(); ++p) {
            const QString text = bare(pdf.pages.at(p));
            QVERIFY2(text.contains(QStringLiteral("序号TABLEHEAD")), qPrintable(QStringLiteral("page %1").arg(p + 1)));
            const qsizetype head = text.indexOf(QStringLiteral("TABLEHEAD"));
            static const QRegularExpression row(QStringLiteral("ROW\\d+(START|END)"));
            const qsizetype first = text.indexOf(row); // none on a page the tall row fills
            QVERIFY2(first < 0 || first > head, qPrintable(QStringLiteral("page %1").arg(p + 1)));
        }
    }

    void headingsKeepWithWhatFollows()
    {
        // Paragraphs of varied length, each after a heading: wherever the pages break, no heading ends a page.
        QString html;
        for (int i = 1; i <= 120; ++i) {
            html += QStringLiteral("<h3>HEAD%1X</h3><p>BODY%1X %2</p>")
                        .arg(i)
                        .arg(QString(QStringLiteral("正文 ")).repeated((i * 37) % 61 + 1));
        }
        QString error;
        const Pdf pdf = readPdf(write(html, &error));
        QVERIFY2(pdf.document, qPrintable(error));
        QVERIFY(pdf.pages.size() > 5);
        for (int i = 1; i <= 120; ++i) {
            const int body = pageOf(pdf, QStringLiteral("BODY%1X").arg(i));
            QVERIFY2(body >= 0,
                qPrintable(QStringLiteral("BODY%1X: %2")
                               .arg(i)
                               .arg(bare(pdf.all()).mid(
                                   bare(pdf.all()).indexOf(QStringLiteral("HEAD%1X").arg(i)) - 20, 200))));
            QCOMPARE(pageOf(pdf, QStringLiteral("HEAD%1X").arg(i)), body);
        }
    }

    void shortTablesStayWholeWithTheirSection()
    {
        // A section with a one-line lead and short tables under sub-headings (the data map): wherever the pages
        // break, each short table stays on one page with its sub-heading, and the section's heading and lead are
        // never left at the foot of a page without their first sub-section.
        int moved = 0;
        for (int fill = 10; fill <= 40; fill += 3) {
            QString html;
            for (int i = 0; i < fill; ++i)
                html += QStringLiteral("<p>FILL%1 正文正文正文</p>").arg(i);
            html += QStringLiteral("<h3>SECTIONHEAD</h3><p>LEADLINE 本节列出处理活动。</p>");
            for (int t = 1; t <= 3; ++t) {
                html += QStringLiteral("<h4>SUBHEAD%1</h4><table border=\"1\" width=\"100%\">").arg(t);
                for (int r = 1; r <= 12; ++r)
                    html += QStringLiteral("<tr><td>栏目</td><td>T%1R%2 内容</td></tr>").arg(t).arg(r);
                html += QStringLiteral("</table>");
            }
            QString error;
            const Pdf pdf = readPdf(write(html, &error));
            QVERIFY2(pdf.document, qPrintable(error));
            for (int t = 1; t <= 3; ++t) {
                const int head = pageOf(pdf, QStringLiteral("SUBHEAD%1").arg(t));
                QVERIFY2(head == pageOf(pdf, QStringLiteral("T%1R1").arg(t))
                        && head == pageOf(pdf, QStringLiteral("T%1R12").arg(t)),
                    qPrintable(QStringLiteral("%1 paragraphs before: table %2 broken").arg(fill).arg(t)));
            }
            const int section = pageOf(pdf, QStringLiteral("SECTIONHEAD"));
            QVERIFY2(section == pageOf(pdf, QStringLiteral("LEADLINE"))
                    && section == pageOf(pdf, QStringLiteral("SUBHEAD1")),
                qPrintable(QStringLiteral("%1 paragraphs before: the section's heading left behind").arg(fill)));
            moved += pageOf(pdf, QStringLiteral("FILL%1").arg(fill - 1)) < section ? 1 : 0;
        }
        QVERIFY(moved > 0);
    }

    void aHeadingGoesWithItsPicture()
    {
        // A heading before a tall picture (the risk map): when the picture goes to the next page, so does the
        // heading, whatever space the text before them leaves. The picture's page is the one that draws an image.
        QImage tall(400, 600, QImage::Format_RGB32);
        tall.fill(Qt::gray);
        int moved = 0;
        for (int fill = 20; fill <= 44; fill += 2) {
            QString html;
            for (int i = 0; i < fill; ++i)
                html += QStringLiteral("<p>FILL%1 正文正文正文</p>").arg(i);
            html += QStringLiteral("<h3>PICTUREHEAD</h3><p><img src=\"tall\" width=\"400\"></p>");
            QString error;
            const QByteArray bytes = write(html, &error, { { QStringLiteral("tall"), tall } });
            const Pdf pdf = readPdf(bytes);
            QVERIFY2(pdf.document, qPrintable(error));
            const PdfFile file(bytes);
            int picture = -1;
            for (int page = 0; page < file.pages().size() && picture < 0; ++page) {
                QByteArray content;
                for (const int c : PdfFile::references(file.dictionary(file.pages().at(page)), "Contents"))
                    content += file.streamData(c);
                if (const int c = PdfFile::reference(file.dictionary(file.pages().at(page)), "Contents"))
                    content += file.streamData(c);
                if (QRegularExpression(QStringLiteral("/Im\\d+\\s+Do")).match(QString::fromLatin1(content)).hasMatch())
                    picture = page;
            }
            QVERIFY(picture >= 0);
            const int heading = pageOf(pdf, QStringLiteral("PICTUREHEAD"));
            QVERIFY2(heading == picture,
                qPrintable(QStringLiteral("%1 paragraphs before: heading on page %2, picture on page %3")
                               .arg(fill)
                               .arg(heading + 1)
                               .arg(picture + 1)));
            moved += pageOf(pdf, QStringLiteral("FILL%1").arg(fill - 1)) < heading ? 1 : 0;
        }
        QVERIFY(moved > 0); // some of the cases did move the picture and its heading
    }

    void findingsAndAttachmentsAreLinked()
    {
        // The large demo case: findings in the summary, attachments in the packet.
        const RuleSet& rules = *m_library.defaultRuleSet();
        const CaseBundle bundle = DemoCases::largeCase(rules, 7, QDate(2026, 12, 1));
        const AssessmentVersion& v = bundle.assessments.constLast();
        QBuffer report;
        report.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY2(Report::render(rules, bundle, v, Language::Chinese, &report, {}, &error), qPrintable(error));
        // Each finding's "where" in the summary jumps to the page where its question's answer and finding are.
        const Pdf pdf = readPdf(report.data());
        QVERIFY(pdf.document);
        int summary = 3; // after the cover, the approval page and the contents, which lists the summary too
        while (summary < pdf.pages.size() && !bare(pdf.pages.at(summary)).contains(QStringLiteral("二、评估结论摘要")))
            ++summary;
        QVERIFY(summary < pdf.pages.size());
        int findings = 0;
        for (int i = summary; i < pdf.pages.size(); ++i) {
            std::unique_ptr<Poppler::Page> page(pdf.document->page(i));
            for (const std::unique_ptr<Poppler::Link>& link : page->links()) {
                if (link->linkType() == Poppler::Link::Browse)
                    QFAIL(qPrintable(QStringLiteral("an unresolved link on page %1: %2")
                                         .arg(i + 1)
                                         .arg(static_cast<Poppler::LinkBrowse*>(link.get())->url())));
                if (link->linkType() != Poppler::Link::Goto)
                    continue;
                const int target = static_cast<Poppler::LinkGoto*>(link.get())->destination().pageNumber() - 1;
                QVERIFY(target > i);
                QVERIFY2(bare(pdf.pages.at(target)).contains(QStringLiteral("不利发现：")),
                    qPrintable(pdf.pages.at(target)));
                ++findings;
            }
        }
        const qsizetype adverse = Workflow::check(rules, bundle, v).adverse.size();
        QVERIFY(adverse >= 1);
        QCOMPARE(findings, adverse);

        // The packet's list of attachments jumps to each included attachment's pages.
        QBuffer packet;
        packet.open(QIODevice::WriteOnly);
        const auto data = [](const Attachment& a) { return a.data; };
        QVERIFY2(Packet::render(rules, bundle, v, FilingKind::Initial, Language::Chinese, data, &packet, {}, &error),
            qPrintable(error));
        const Pdf filed = readPdf(packet.data());
        QVERIFY(filed.document);
        QStringList names;
        for (const Attachment& a : bundle.attachments)
            names.append(bare(a.name));
        int attachments = 0;
        for (int i = 0; i < filed.pages.size(); ++i) {
            std::unique_ptr<Poppler::Page> page(filed.document->page(i));
            for (const std::unique_ptr<Poppler::Link>& link : page->links()) {
                if (link->linkType() != Poppler::Link::Goto)
                    continue;
                // The link's area is in parts of the page; its text is read in points.
                const QRectF area = link->linkArea().normalized();
                const QSizeF size = page->pageSizeF();
                const QString name = bare(page->text(QRectF(area.left() * size.width(), area.top() * size.height(),
                    area.width() * size.width(), area.height() * size.height())));
                // A name wrapped in its cell is linked line by line: each part leads to its attachment's pages. (A
                // page number alone is the contents'.)
                const auto owner = std::find_if(names.cbegin(), names.cend(),
                    [&name](const QString& n) { return name.toInt() == 0 && !name.isEmpty() && n.contains(name); });
                if (owner == names.cend())
                    continue;
                const int target = static_cast<Poppler::LinkGoto*>(link.get())->destination().pageNumber() - 1;
                QVERIFY2(bare(filed.pages.at(target)).contains(QStringLiteral("附件：")), qPrintable(name));
                QVERIFY2(std::any_of(names.cbegin(), names.cend(),
                             [&](const QString& n) {
                                 return n.contains(name)
                                     && bare(filed.pages.at(target)).contains(QStringLiteral("附件：") + n);
                             }),
                    qPrintable(name));
                ++attachments;
            }
        }
        QVERIFY2(attachments >= 3, qPrintable(QString::number(attachments)));
    }
};

QTEST_MAIN(TestTypesetting)
#include "tst_typesetting.moc"

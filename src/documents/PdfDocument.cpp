#include "PdfDocument.h"

#include "core/DataFiles.h"
#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QFile>
#include <QFontDatabase>
#include <QIODevice>
#include <QPageLayout>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTextDocument>
#include <QThread>
#include <QUrl>

namespace piadesk {

namespace {

constexpr int kResolution = 300;
constexpr qreal kMarginMm = 20;
constexpr qreal kFurnitureMm = 8; ///< space above and below the body for header and footer

qreal mm(qreal millimetres)
{
    return millimetres / 25.4 * kResolution;
}

QString xml(const QString& text)
{
    return text.toHtmlEscaped();
}

/**
 * The XMP metadata Qt 6.4 writes for PDF/A-1b, with the author and subject added (QPdfWriter has no
 * API for them before Qt 6.8). The dates must equal the Info dictionary's CreationDate, which Qt
 * takes when the painter begins: \a now is taken just before it.
 */
QByteArray xmpMetadata(const PdfMetadata& metadata, const QDateTime& now)
{
    const QString date = now.toString(Qt::ISODate);
    QString x;
    x += QStringLiteral("<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
                        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                        "  <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                        "    <rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\" rdf:about=\"\">\n");
    x += QStringLiteral("      <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n")
             .arg(xml(metadata.title));
    if (!metadata.author.isEmpty())
        x += QStringLiteral("      <dc:creator><rdf:Seq><rdf:li>%1</rdf:li></rdf:Seq></dc:creator>\n")
                 .arg(xml(metadata.author));
    if (!metadata.subject.isEmpty())
        x += QStringLiteral(
            "      <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:description>\n")
                 .arg(xml(metadata.subject));
    x += QStringLiteral("    </rdf:Description>\n"
                        "    <rdf:Description xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" rdf:about=\"\" "
                        "xmp:CreatorTool=\"%1\" xmp:CreateDate=\"%2\" xmp:ModifyDate=\"%2\"/>\n")
             .arg(xml(QStringLiteral("PIAdesk " PIADESK_VERSION)), date);
    x += QStringLiteral("    <rdf:Description xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" rdf:about=\"\" "
                        "pdf:Producer=\"Qt %1\"/>\n"
                        "    <rdf:Description xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" rdf:about=\"\" "
                        "pdfaid:part=\"1\" pdfaid:conformance=\"B\"/>\n"
                        "  </rdf:RDF>\n"
                        "</x:xmpmeta>\n"
                        "<?xpacket end='w'?>\n")
             .arg(QString::fromLatin1(qVersion()));
    return x.toUtf8();
}

} // namespace

QString PdfDocument::fontFamily()
{
    // WenQuanYi Micro Hei maps each glyph back to one character: text extracted from the PDF
    // equals what was written. Noto CJK maps many glyphs to Kangxi radicals as well (人 → ⼈).
    return QStringLiteral("WenQuanYi Micro Hei");
}

bool PdfDocument::write(const QString& html, const QHash<QString, QImage>& images, const PageFurniture& furniture,
    const PdfMetadata& metadata, QIODevice* device, const Progress& progress, QString* error)
{
    if (!QFontDatabase::families().contains(fontFamily())) {
        if (error)
            *error = tr("The font \"%1\" is not installed (Debian package fonts-wqy-microhei); documents need it "
                        "to embed Chinese text exactly.")
                         .arg(fontFamily());
        return false;
    }
    if (!device || !device->isWritable()) {
        if (error)
            *error = tr("The document cannot be written: the output is not open for writing.");
        return false;
    }

    QPdfWriter writer(device);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
        QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter));
    writer.setTitle(metadata.title);
    writer.setCreator(QStringLiteral("PIAdesk " PIADESK_VERSION));

    const QRectF paintRect = writer.pageLayout().paintRectPixels(kResolution);
    const qreal band = mm(kFurnitureMm);
    const QSizeF bodySize(paintRect.width(), paintRect.height() - 2 * band);

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    QFont font(fontFamily());
    font.setPointSizeF(10.5);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    QFile styles(DataFiles::locate(QStringLiteral("documents/documents.css")));
    if (!styles.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The document stylesheet %1 is missing.").arg(styles.fileName());
        return false;
    }
    document.setDefaultStyleSheet(QString::fromUtf8(styles.readAll()));
    for (auto it = images.constBegin(); it != images.constEnd(); ++it)
        document.addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    document.setHtml(html);
    document.setPageSize(bodySize);
    const int pages = document.pageCount();

    // Qt dates the Info dictionary when the painter begins, to the second: begin early in a second so
    // that the XMP dates, taken now, are the same.
    if (QTime::currentTime().msec() > 900)
        QThread::msleep(unsigned(1001 - QTime::currentTime().msec()));
    writer.setDocumentXmpMetadata(xmpMetadata(metadata, QDateTime::currentDateTime()));
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("The PDF cannot be written.");
        return false;
    }
    QFont small(fontFamily());
    small.setPointSizeF(8);
    QFont mark(fontFamily());
    mark.setPointSizeF(60);
    mark.setBold(true);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, band - page * bodySize.height());
        document.drawContents(&painter, QRectF(QPointF(0, page * bodySize.height()), bodySize));
        painter.restore();

        painter.setFont(small);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF top(0, 0, paintRect.width(), band * 0.7);
        painter.drawText(top, Qt::AlignLeft | Qt::AlignTop, furniture.header);
        if (!furniture.draftMark.isEmpty())
            painter.drawText(top, Qt::AlignRight | Qt::AlignTop, furniture.draftMark);
        painter.drawLine(QPointF(0, band * 0.75), QPointF(paintRect.width(), band * 0.75));
        const QRectF bottom(0, paintRect.height() - band * 0.7, paintRect.width(), band * 0.7);
        painter.drawLine(
            QPointF(0, paintRect.height() - band * 0.75), QPointF(paintRect.width(), paintRect.height() - band * 0.75));
        QString number = furniture.pageNumber;
        number.replace(QLatin1String("{page}"), QString::number(page + 1))
            .replace(QLatin1String("{pages}"), QString::number(pages));
        painter.drawText(bottom, Qt::AlignRight | Qt::AlignBottom, number);
        painter.drawText(bottom.adjusted(0, 0, -mm(30), 0), Qt::AlignLeft | Qt::AlignBottom, furniture.footer);

        if (!furniture.draftMark.isEmpty()) {
            // Drawn as outlines, not text: the mark must not mix into the text layer of the page.
            painter.save();
            QPainterPath path;
            path.addText(0, 0, mark, furniture.draftMark);
            const QRectF box = path.boundingRect();
            painter.translate(paintRect.width() / 2, paintRect.height() / 2);
            painter.rotate(-35);
            painter.translate(-box.center());
            painter.fillPath(path, QColor(200, 30, 30, 60));
            painter.restore();
        }
        if (progress && !progress(page + 1, pages)) {
            painter.end();
            if (error)
                *error = tr("Cancelled.");
            return false;
        }
    }
    if (!painter.end()) {
        if (error)
            *error = tr("The PDF cannot be written.");
        return false;
    }
    return true;
}

} // namespace piadesk

#include "OdtDocument.h"

#include "core/DataFiles.h"

#include <QBuffer>
#include <QFile>
#include <QIODevice>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextFrame>
#include <QUrl>

namespace piadesk {

bool OdtDocument::write(const QString& html, const QHash<QString, QImage>& images, const PdfMetadata& metadata,
    const QString& notice, QIODevice* device, QString* error)
{
    if (!device || !device->isWritable()) {
        if (error)
            *error = tr("The working copy cannot be written: the output is not open for writing.");
        return false;
    }
    QFile styles(DataFiles::locate(QStringLiteral("documents/documents.css")));
    if (!styles.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The document stylesheet %1 is missing.").arg(styles.fileName());
        return false;
    }
    QTextDocument document;
    document.setDefaultFont(PdfDocument::font(10.5));
    document.setDefaultStyleSheet(QString::fromUtf8(styles.readAll()));
    for (auto it = images.constBegin(); it != images.constEnd(); ++it)
        document.addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    document.setHtml(html);
    document.setMetaInformation(QTextDocument::DocumentTitle, metadata.title);
    if (!notice.isEmpty()) {
        // The notice first, in its own paragraph, set apart from the document's text.
        QTextCursor cursor(document.rootFrame()->firstCursorPosition());
        cursor.insertBlock();
        cursor.movePosition(QTextCursor::PreviousBlock);
        QTextCharFormat format;
        format.setFont(PdfDocument::headingFont(10.5));
        format.setForeground(QColor(0x9c, 0x00, 0x06));
        cursor.insertText(notice, format);
    }
    // Qt's ODF writer closes the device it writes (its zip writer does): it writes to memory, then to the device,
    // which may be a QSaveFile that must stay open until committed.
    QBuffer memory;
    memory.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&memory, "odf");
    if (!writer.write(&document)) {
        if (error)
            *error = tr("The working copy cannot be written.");
        return false;
    }
    const QByteArray bytes = memory.data();
    if (device->write(bytes) != bytes.size()) {
        if (error)
            *error = tr("The working copy cannot be written: %1.").arg(device->errorString());
        return false;
    }
    return true;
}

} // namespace piadesk

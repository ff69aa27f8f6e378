#include "OdtDocument.h"

#include "core/DataFiles.h"

#include <QBuffer>
#include <QFile>
#include <QIODevice>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextFrame>
#include <QUrl>

#include <zip.h>

#include <cstdlib>
#include <cstring>
#include <memory>

namespace piadesk {

namespace {

constexpr qreal kTextPointSize = 10.5;

/**
 * Gives every run of text the one face it is printed in, the way Qt's ODF writer reads it (a single family): Hei
 * for what the stylesheet sets in Hei (headings, table headers, emphasis), Song for the rest, and the text size
 * where the stylesheet left it to the default.
 */
void nameTheFaces(QTextDocument& document)
{
    struct Run
    {
        int position;
        int length;
        QTextCharFormat format;
    };
    QList<Run> runs;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat current = fragment.charFormat();
            const bool hei = current.fontFamilies().toStringList().contains(PdfDocument::headingFontFamily());
            QTextCharFormat format;
            const QString family = hei ? PdfDocument::headingFontFamily() : PdfDocument::fontFamily();
            format.setFontFamilies(QStringList { family });
            format.setProperty(QTextFormat::OldFontFamily, family); // what Qt 6.4's ODF writer looks for
            if (!current.hasProperty(QTextFormat::FontPointSize))
                format.setFontPointSize(kTextPointSize);
            runs.append({ fragment.position(), fragment.length(), format });
        }
    }
    QTextCursor cursor(&document);
    for (const Run& run : runs) {
        cursor.setPosition(run.position);
        cursor.setPosition(run.position + run.length, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(run.format);
    }
}

/**
 * The text styles of Qt's content.xml completed for Chinese text: ODF sets the face and size of CJK characters
 * with their own attributes ("asian"), which Qt does not write, so a word processor would show Chinese headings
 * at the body's size in its own default face.
 */
QByteArray withAsianFaces(const QByteArray& content)
{
    QString xml = QString::fromUtf8(content);
    static const QRegularExpression properties(QStringLiteral("<style:text-properties ([^>]*?)(/?)>"));
    static const QRegularExpression size(QStringLiteral("fo:font-size=\"([^\"]*)\""));
    static const QRegularExpression family(QStringLiteral("fo:font-family=\"([^\"]*)\""));
    QString out;
    qsizetype last = 0;
    for (auto it = properties.globalMatch(xml); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString attributes = m.captured(1);
        if (const QRegularExpressionMatch s = size.match(attributes); s.hasMatch())
            attributes
                += QStringLiteral(" style:font-size-asian=\"%1\" style:font-size-complex=\"%1\"").arg(s.captured(1));
        if (const QRegularExpressionMatch f = family.match(attributes); f.hasMatch()) {
            const bool hei = f.captured(1) == PdfDocument::headingFontFamily();
            const QString cjk = hei ? PdfDocument::headingFontFamily() : PdfDocument::fontFamily();
            attributes.replace(f.capturedStart(1), f.capturedLength(1), hei ? cjk : PdfDocument::latinFontFamily());
            attributes += QStringLiteral(" style:font-family-asian=\"%1\"").arg(cjk);
        }
        out += QStringView(xml).mid(last, m.capturedStart() - last);
        out += QStringLiteral("<style:text-properties %1%2>").arg(attributes, m.captured(2));
        last = m.capturedEnd();
    }
    out += QStringView(xml).mid(last);
    return out.toUtf8();
}

/** \a odt with its content.xml passed through \a edit; empty if the archive cannot be read or written. */
QByteArray editContent(const QByteArray& odt, const std::function<QByteArray(const QByteArray&)>& edit)
{
    zip_error_t error;
    zip_error_init(&error);
    // A copy libzip owns (freep 1), as its in-memory example does: libzip 1.7 frees a written buffer's data.
    void* data = std::malloc(size_t(odt.size()));
    if (!data)
        return {};
    std::memcpy(data, odt.constData(), size_t(odt.size()));
    zip_source_t* source = zip_source_buffer_create(data, zip_uint64_t(odt.size()), 1, &error);
    if (!source) {
        std::free(data);
        return {};
    }
    zip_t* archive = zip_open_from_source(source, 0, &error);
    if (!archive) {
        zip_source_free(source);
        return {};
    }
    zip_source_keep(source); // it holds the edited archive after zip_close
    const auto freeSource = qScopeGuard([source] { zip_source_free(source); });
    const zip_int64_t index = zip_name_locate(archive, "content.xml", 0);
    zip_stat_t st;
    if (index < 0 || zip_stat_index(archive, zip_uint64_t(index), 0, &st) != 0) {
        zip_discard(archive);
        return {};
    }
    QByteArray content(qsizetype(st.size), '\0');
    zip_file_t* file = zip_fopen_index(archive, zip_uint64_t(index), 0);
    const bool read = file && zip_fread(file, content.data(), st.size) == zip_int64_t(st.size);
    if (file)
        zip_fclose(file);
    if (!read) {
        zip_discard(archive);
        return {};
    }
    const QByteArray edited = edit(content); // must outlive zip_close, which reads it
    zip_source_t* replacement = zip_source_buffer(archive, edited.constData(), zip_uint64_t(edited.size()), 0);
    if (!replacement || zip_file_replace(archive, zip_uint64_t(index), replacement, 0) != 0) {
        if (replacement)
            zip_source_free(replacement);
        zip_discard(archive);
        return {};
    }
    zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_DEFLATE, 0);
    if (zip_close(archive) != 0) {
        zip_discard(archive);
        return {};
    }
    zip_stat_t written;
    zip_stat_init(&written);
    if (zip_source_stat(source, &written) != 0 || !(written.valid & ZIP_STAT_SIZE) || zip_source_open(source) != 0)
        return {};
    const zip_int64_t size = zip_int64_t(written.size);
    QByteArray out(qsizetype(size), '\0');
    const zip_int64_t got = zip_source_read(source, out.data(), written.size);
    zip_source_close(source);
    return got == size ? out : QByteArray();
}

} // namespace

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
    document.setDefaultFont(PdfDocument::font(kTextPointSize));
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
        format.setFontFamilies(QStringList { PdfDocument::headingFontFamily() });
        format.setFontPointSize(kTextPointSize);
        format.setForeground(QColor(0x9c, 0x00, 0x06));
        cursor.insertText(notice, format);
    }
    nameTheFaces(document);
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
    const QByteArray bytes = editContent(memory.data(), withAsianFaces);
    if (bytes.isEmpty()) {
        if (error)
            *error = tr("The working copy cannot be written.");
        return false;
    }
    if (device->write(bytes) != bytes.size()) {
        if (error)
            *error = tr("The working copy cannot be written: %1.").arg(device->errorString());
        return false;
    }
    return true;
}

} // namespace piadesk

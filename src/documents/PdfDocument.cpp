#include "PdfDocument.h"
#include "PageFlow.h"
#include "PdfFile.h"
#include "PdfNavigation.h"
#include "TemplateEngine.h"

#include "core/DataFiles.h"
#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QIODevice>
#include <QMap>
#include <QPageLayout>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QPixmap>
#include <QRawFont>
#include <QRegularExpression>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QThread>
#include <QUrl>
#include <QVariant>
#include <QtEndian>

#include <algorithm>
#include <optional>

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

/** The characters of \a text, each once in order of appearance; numeric character references (&#x20BB7;) decoded. */
QList<char32_t> codePoints(const QString& text)
{
    QList<char32_t> result;
    QSet<char32_t> seen;
    const auto add = [&](char32_t c) {
        if (!seen.contains(c)) {
            seen.insert(c);
            result.append(c);
        }
    };
    for (const char32_t c : text.toUcs4())
        add(c);
    static const QRegularExpression reference(QStringLiteral("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));"));
    for (auto it = reference.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        bool ok = false;
        const uint c = m.capturedView(1).isEmpty() ? m.capturedView(2).toUInt(&ok) : m.capturedView(1).toUInt(&ok, 16);
        if (ok && c <= 0x10FFFF)
            add(char32_t(c));
    }
    return result;
}

/** Characters that take no glyph: line breaks, spaces, controls, joiners, selectors. */
bool drawsNothing(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Mark_NonSpacing:
        return true;
    default:
        return false;
    }
}

/** The installed fonts of \a families, in order. */
QList<QRawFont> installedFonts(const QStringList& families)
{
    const QStringList installed = QFontDatabase::families();
    QList<QRawFont> fonts;
    for (const QString& family : families) {
        if (installed.contains(family))
            fonts.append(QRawFont::fromFont(QFont(family)));
    }
    return fonts;
}

/**
 * The characters of \a text whose glyphs QPdfWriter may leave out of the text layer: those the body and heading
 * faces lack (Qt draws them with a fallback font) and those beyond the Basic Multilingual Plane, whatever draws them.
 */
QList<char32_t> fallbackCharacters(const QString& text)
{
    const QRawFont song = QRawFont::fromFont(QFont(PdfDocument::fontFamily()));
    const QRawFont latin = QRawFont::fromFont(QFont(PdfDocument::latinFontFamily()));
    const QRawFont hei = QRawFont::fromFont(QFont(PdfDocument::headingFontFamily()));
    QList<char32_t> result;
    for (const char32_t c : codePoints(text)) {
        if (drawsNothing(c))
            continue;
        if (c > 0xFFFF || !hei.supportsCharacter(c) || !(song.supportsCharacter(c) || latin.supportsCharacter(c)))
            result.append(c);
    }
    return result;
}

// --- The text layer of fallback glyphs -------------------------------------------------------------------------
//
// QPdfWriter embeds each font as a subset whose CIDs are the glyphs in the order first drawn, and writes each
// font's ToUnicode map by asking the font which Basic Multilingual Plane character gives each glyph. A glyph
// reached only from a supplementary-plane character (CJK Extension B and beyond) gets no entry, and text
// extraction drops it; a glyph a font shares with a lower code point (a radical, a private-use alias) comes back
// as that code point. The functions below repair the map of each fallback font: they render every character
// the primary font lacks alone, to learn what its glyph looks like in a subset (QPdfWriter writes the outlines
// of a glyph the same way each time), find that glyph among the subset's glyphs in the document, and map its CID
// to the character.

/** The glyph outlines (glyf entries) of a TrueType font program, by glyph index; empty if it cannot be read. */
QList<QByteArray> trueTypeGlyphs(const QByteArray& font)
{
    const auto u16 = [&font](qint64 at) -> quint32 {
        return at >= 0 && at + 2 <= font.size() ? qFromBigEndian<quint16>(font.constData() + at) : 0;
    };
    const auto u32 = [&font](qint64 at) -> quint32 {
        return at >= 0 && at + 4 <= font.size() ? qFromBigEndian<quint32>(font.constData() + at) : 0;
    };
    qint64 head = -1, loca = -1, glyf = -1, locaLength = 0, glyfLength = 0;
    const quint32 tables = u16(4);
    for (quint32 i = 0; i < tables; ++i) {
        const qint64 record = 12 + 16 * qint64(i);
        const QByteArray tag = font.mid(record, 4);
        if (tag == "head")
            head = u32(record + 8);
        else if (tag == "loca")
            loca = u32(record + 8), locaLength = u32(record + 12);
        else if (tag == "glyf")
            glyf = u32(record + 8), glyfLength = u32(record + 12);
    }
    if (head < 0 || loca < 0 || glyf < 0 || loca + locaLength > font.size() || glyf + glyfLength > font.size())
        return {};
    const bool longOffsets = u16(head + 50) != 0;
    const qint64 entries = locaLength / (longOffsets ? 4 : 2);
    const auto offset = [&](qint64 i) -> qint64 { return longOffsets ? u32(loca + 4 * i) : 2 * u16(loca + 2 * i); };
    QList<QByteArray> glyphs;
    for (qint64 i = 0; i + 1 < entries; ++i) {
        const qint64 start = offset(i);
        const qint64 end = offset(i + 1);
        glyphs.append(start <= end && end <= glyfLength ? font.mid(glyf + start, end - start) : QByteArray());
    }
    return glyphs;
}

/** A Type0 font of a PDF: its name, the glyphs of its embedded subset by CID, and its ToUnicode stream. */
struct EmbeddedFont
{
    QByteArray name;
    QList<QByteArray> glyphs;
    int toUnicode = 0;
};

QList<EmbeddedFont> embeddedFonts(const PdfFile& pdf)
{
    QList<EmbeddedFont> fonts;
    for (int n = 1; n < pdf.size(); ++n) {
        const QByteArray dict = pdf.dictionary(n);
        if (!dict.contains("/Type0"))
            continue;
        EmbeddedFont font;
        font.name = PdfFile::name(dict, "BaseFont");
        font.toUnicode = PdfFile::reference(dict, "ToUnicode");
        const int descendant = PdfFile::reference(dict, "DescendantFonts");
        const int descriptor = descendant ? PdfFile::reference(pdf.dictionary(descendant), "FontDescriptor") : 0;
        const int file = descriptor ? PdfFile::reference(pdf.dictionary(descriptor), "FontFile2") : 0;
        if (file)
            font.glyphs = trueTypeGlyphs(pdf.streamData(file));
        fonts.append(font);
    }
    return fonts;
}

QString utf16Hex(const QByteArray& hex)
{
    QString text;
    for (qsizetype i = 0; i + 4 <= hex.size(); i += 4)
        text += QChar(char16_t(hex.mid(i, 4).toUShort(nullptr, 16)));
    return text;
}

/** The mapping of a ToUnicode CMap (bfrange and bfchar sections), CID → text. */
QMap<int, QString> parseToUnicode(const QByteArray& cmap)
{
    QList<QByteArray> tokens;
    for (qsizetype i = 0; i < cmap.size();) {
        const char c = cmap.at(i);
        if (c == '<' || c == '[' || c == ']') {
            const qsizetype end = c == '<' ? cmap.indexOf('>', i) : i;
            if (end < 0)
                break;
            tokens.append(cmap.mid(i, end - i + 1));
            i = end + 1;
        } else if (QChar::isSpace(uchar(c))) {
            ++i;
        } else {
            qsizetype end = i;
            while (
                end < cmap.size() && !QChar::isSpace(uchar(cmap.at(end))) && cmap.at(end) != '<' && cmap.at(end) != '[')
                ++end;
            tokens.append(cmap.mid(i, end - i));
            i = end;
        }
    }
    const auto hex = [](const QByteArray& token) { return token.mid(1, token.size() - 2); };
    QMap<int, QString> map;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (tokens.at(i) == "beginbfchar") {
            for (++i; i + 1 < tokens.size() && tokens.at(i).startsWith('<'); i += 2)
                map.insert(hex(tokens.at(i)).toInt(nullptr, 16), utf16Hex(hex(tokens.at(i + 1))));
        } else if (tokens.at(i) == "beginbfrange") {
            for (++i; i + 2 < tokens.size() && tokens.at(i).startsWith('<');) {
                const int low = hex(tokens.at(i)).toInt(nullptr, 16);
                const int high = hex(tokens.at(i + 1)).toInt(nullptr, 16);
                if (tokens.at(i + 2) == "[") {
                    i += 3;
                    for (int cid = low; i < tokens.size() && tokens.at(i) != "]"; ++i, ++cid)
                        map.insert(cid, utf16Hex(hex(tokens.at(i))));
                    ++i;
                } else {
                    QString text = utf16Hex(hex(tokens.at(i + 2)));
                    for (int cid = low; cid <= high && !text.isEmpty(); ++cid) {
                        map.insert(cid, text);
                        text.back() = QChar(char16_t(text.back().unicode() + 1));
                    }
                    i += 3;
                }
            }
        }
    }
    return map;
}

/** A ToUnicode CMap stream object \a number holding \a map. */
QByteArray toUnicodeObject(int number, const QMap<int, QString>& map)
{
    QByteArray cmap = "/CIDInit /ProcSet findresource begin\n"
                      "12 dict begin\n"
                      "begincmap\n"
                      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                      "/CMapName /Adobe-Identity-UCS def\n"
                      "/CMapType 2 def\n"
                      "1 begincodespacerange\n"
                      "<0000> <FFFF>\n"
                      "endcodespacerange\n";
    const QList<int> cids = map.keys();
    for (qsizetype i = 0; i < cids.size(); i += 100) { // at most 100 entries a section
        const qsizetype count = std::min<qsizetype>(100, cids.size() - i);
        cmap += QByteArray::number(count) + " beginbfchar\n";
        for (qsizetype j = i; j < i + count; ++j) {
            cmap += '<' + QByteArray::number(cids.at(j), 16).toUpper().rightJustified(4, '0') + "> <";
            for (const QChar unit : map.value(cids.at(j)))
                cmap += QByteArray::number(unit.unicode(), 16).toUpper().rightJustified(4, '0');
            cmap += ">\n";
        }
        cmap += "endbfchar\n";
    }
    cmap += "endcmap\n"
            "CMapName currentdict /CMap defineresource pop\n"
            "end\n"
            "end\n";
    return QByteArray::number(number) + " 0 obj\n<< /Length " + QByteArray::number(cmap.size()) + " >>\nstream\n" + cmap
        + "endstream\nendobj\n";
}

/**
 * \a pdf with the ToUnicode map of each font mapping the glyphs of \a characters to them (see above). \a text is
 * everything the document prints: a glyph whose map gives a character not in it (a radical, a private-use code
 * point) is remapped as well. Empty if the PDF cannot be read back.
 */
std::optional<QByteArray> completeTextLayer(
    const QByteArray& pdf, const QList<char32_t>& characters, const QString& text)
{
    // What each character looks like in a subset, in both faces documents use (Song for the text, Hei for headings
    // and emphasis; documents use no bold).
    QHash<QPair<QByteArray, QByteArray>, QString> reference; // (font, glyph outline) → character
    for (const char32_t c : characters) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        QPainter painter(&writer);
        const QString character = QString::fromUcs4(&c, 1);
        for (int style = 0; style < 4; ++style) {
            QFont font = style < 2 ? PdfDocument::font(10.5) : PdfDocument::headingFont(10.5);
            font.setItalic(style & 1);
            painter.setFont(font);
            painter.drawText(QPointF(100, 100 + 200 * style), character);
        }
        painter.end();
        const PdfFile sample(buffer.data());
        for (const EmbeddedFont& font : embeddedFonts(sample)) {
            for (qsizetype cid = 1; cid < font.glyphs.size(); ++cid) {
                if (!font.glyphs.at(cid).isEmpty() && !reference.contains({ font.name, font.glyphs.at(cid) }))
                    reference.insert({ font.name, font.glyphs.at(cid) }, character);
            }
        }
    }

    const PdfFile file(pdf);
    if (!file.isValid())
        return std::nullopt;
    QHash<int, QByteArray> replacements;
    for (const EmbeddedFont& font : embeddedFonts(file)) {
        if (!font.toUnicode)
            continue;
        QMap<int, QString> map;
        bool changed = false;
        for (qsizetype cid = 1; cid < font.glyphs.size(); ++cid) {
            const QString character = reference.value({ font.name, font.glyphs.at(cid) });
            if (character.isEmpty())
                continue;
            if (!changed)
                map = parseToUnicode(file.streamData(font.toUnicode));
            const QString mapped = map.value(int(cid));
            if (mapped != character && (mapped.isEmpty() || !text.contains(mapped))) {
                map.insert(int(cid), character);
                changed = true;
            }
        }
        if (changed)
            replacements.insert(font.toUnicode, toUnicodeObject(font.toUnicode, map));
    }
    if (replacements.isEmpty())
        return pdf;
    QByteArray repaired = file.replaced(replacements);
    if (repaired.isEmpty())
        return std::nullopt;
    return repaired;
}

/** Where a template asks for the table of contents; its title is the meta "piadesk-contents" of the document. */
constexpr char kContentsMarker[] = "<!--piadesk:contents-->";
/** The headings the table of contents lists (h2: the report's chapters). */
constexpr int kContentsLevel = 2;
/** Marks a page number of the contents still to be written (an invisible separator, then the entry's number). */
constexpr QChar kPagePlaceholder(0x2063);

/** \a html with an anchor at the start of each h2 and h3 (piadesk-h1, piadesk-h2, …), for the contents' links. */
QString withHeadingAnchors(const QString& html)
{
    static const QRegularExpression heading(QStringLiteral("<h([23])(\\s[^>]*)?>"));
    QString out;
    qsizetype from = 0;
    int n = 0;
    for (auto it = heading.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(html).mid(from, m.capturedEnd() - from);
        out += QStringLiteral("<a name=\"piadesk-h%1\"></a>").arg(++n);
        from = m.capturedEnd();
    }
    out += QStringView(html).mid(from);
    return out;
}

/**
 * The table of contents: each heading, linked to it, with a placeholder of about the width of its page number
 * (kPagePlaceholder and the entry's number) for fillContents().
 */
QString contentsTable(const QString& title, const QList<PlacedHeading>& headings)
{
    QString rows;
    for (qsizetype i = 0; i < headings.size(); ++i) {
        rows += QStringLiteral("<tr><td><a href=\"#%1\">%2</a></td><td align=\"right\" width=\"12%\">%3</td></tr>")
                    .arg(headings.at(i).anchor, headings.at(i).text.toHtmlEscaped(),
                        kPagePlaceholder + QString::number(i + 1));
    }
    return QStringLiteral("<p class=\"contents-title chapter\">%1</p>"
                          "<table class=\"contents\" width=\"100%\" cellpadding=\"3\" cellspacing=\"0\">%2</table>")
        .arg(title.toHtmlEscaped(), rows);
}

/** Writes the page of each of \a headings into the contents' placeholders, in order; the lines keep their length. */
void fillContents(QTextDocument& document, const QList<PlacedHeading>& headings)
{
    QTextCursor edit(&document);
    edit.beginEditBlock();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (!block.text().startsWith(kPagePlaceholder))
            continue;
        const int n = block.text().mid(1).toInt();
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        cursor.insertText(n >= 1 && n <= headings.size() ? QString::number(headings.at(n - 1).page + 1) : QString());
    }
    edit.endEditBlock();
}

} // namespace

QString PdfDocument::fontFamily()
{
    // AR PL UMing CN, a Song (Ming) face in the mainland's glyph forms, maps each glyph back to one character: text
    // extracted from the PDF equals what was written. Noto CJK maps many glyphs to Kangxi radicals as well (人 → ⼈).
    return QStringLiteral("AR PL UMing CN");
}

QString PdfDocument::latinFontFamily()
{
    // UMing's Latin letters are monospaced; DejaVu Serif sets Latin text and figures beside the Song face.
    return QStringLiteral("DejaVu Serif");
}

QString PdfDocument::headingFontFamily()
{
    // WenQuanYi Micro Hei: the Hei face of headings and emphasis, with its own Latin letters; it round-trips too.
    return QStringLiteral("WenQuanYi Micro Hei");
}

QStringList PdfDocument::fallbackFamilies()
{
    // The Song and Hei faces have few characters of CJK Extension A and none beyond the Basic Multilingual Plane
    // that map back. The Hanazono fonts (GlyphWiki) cover Extension A and the compatibility ideographs (HanaMinA)
    // and Extensions B to F (HanaMinB) almost whole, and map each glyph back to one character. Named here, ahead of
    // whatever the system would fall back to, so that documents look the same on every machine.
    return { QStringLiteral("HanaMinA"), QStringLiteral("HanaMinB") };
}

QStringList PdfDocument::fontFamilies()
{
    return QStringList { latinFontFamily(), fontFamily(), headingFontFamily() } + fallbackFamilies();
}

QFont PdfDocument::font(qreal pointSize)
{
    QFont font(latinFontFamily());
    font.setFamilies(QStringList { latinFontFamily(), fontFamily() } + fallbackFamilies());
    font.setPointSizeF(pointSize);
    // No ligatures: QPdfWriter maps a ligature glyph to its ligature character (ﬁ), and "files" would not be found
    // in the text layer.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QFont PdfDocument::headingFont(qreal pointSize)
{
    QFont font(headingFontFamily());
    font.setFamilies(QStringList { headingFontFamily() } + fallbackFamilies());
    font.setPointSizeF(pointSize);
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QString PdfDocument::missingCharacters(const QString& text)
{
    const QList<QRawFont> fonts = installedFonts(fontFamilies());
    QString missing;
    for (const char32_t c : codePoints(text)) {
        if (drawsNothing(c))
            continue;
        if (std::none_of(fonts.cbegin(), fonts.cend(), [c](const QRawFont& f) { return f.supportsCharacter(c); }))
            missing += QString::fromUcs4(&c, 1);
    }
    return missing;
}

bool PdfDocument::write(const QString& html, const QHash<QString, QImage>& images, const PageFurniture& furniture,
    const PdfMetadata& metadata, QIODevice* device, const Progress& progress, QString* error)
{
    for (const auto& [family, package] :
        { std::pair { fontFamily(), "fonts-arphic-uming" }, std::pair { latinFontFamily(), "fonts-dejavu-core" },
            std::pair { headingFontFamily(), "fonts-wqy-microhei" } }) {
        if (!QFontDatabase::families().contains(family)) {
            if (error)
                *error = tr("The font \"%1\" is not installed (Debian package %2); documents need it to embed "
                            "Chinese text exactly.")
                             .arg(family, QLatin1String(package));
            return false;
        }
    }
    if (!device || !device->isWritable()) {
        if (error)
            *error = tr("The document cannot be written: the output is not open for writing.");
        return false;
    }

    // Characters the faces lack are drawn with a fallback font, whose ToUnicode map QPdfWriter leaves incomplete;
    // and QPdfWriter writes neither an outline nor links within the document. The PDF is written to memory, and
    // completed before it goes to the device.
    const QString printed = html + QLatin1Char('\n') + furniture.header + QLatin1Char('\n') + furniture.footer
        + QLatin1Char('\n') + furniture.pageNumber;
    const QList<char32_t> fallback = fallbackCharacters(printed);
    if (!fallback.isEmpty()) {
        const QString missing = missingCharacters(QString::fromUcs4(fallback.constData(), fallback.size()));
        if (!missing.isEmpty()) {
            QStringList codes;
            for (const char32_t c : missing.toUcs4())
                codes.append(QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper());
            qWarning("No document font (%s; Debian packages fonts-wqy-microhei, fonts-hanazono) has %s (%s): they "
                     "are drawn with another font of the system if one has them, else as empty boxes.",
                qPrintable(fontFamilies().join(QLatin1String(", "))), qPrintable(missing),
                qPrintable(codes.join(QLatin1Char(' '))));
        }
    }
    QBuffer memory;
    memory.open(QIODevice::WriteOnly);

    QPdfWriter writer(&memory);
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
    document.setDefaultFont(font(10.5));
    document.setDocumentMargin(0);
    QFile styles(DataFiles::locate(QStringLiteral("documents/documents.css")));
    if (!styles.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The document stylesheet %1 is missing.").arg(styles.fileName());
        return false;
    }
    document.setDefaultStyleSheet(QString::fromUtf8(styles.readAll()));
    // Laid out in pages as a typesetter would (PageFlow), with the table of contents, if the document asks for one,
    // filled in once the pages of its headings are known.
    const QString body = withHeadingAnchors(html);
    // On the GUI thread Qt sizes and draws a picture from a QPixmap, made again from the QImage resource each time
    // the picture's paragraph is laid out, and PageFlow lays the document out again after each page break it moves:
    // the pixmap is made once here, as Qt makes it.
    const bool pixmaps = qobject_cast<QGuiApplication*>(QCoreApplication::instance())
        && QThread::currentThread() == QCoreApplication::instance()->thread();
    QHash<QString, QVariant> resources;
    for (auto it = images.constBegin(); it != images.constEnd(); ++it)
        resources.insert(it.key(), pixmaps ? QVariant(QPixmap::fromImage(it.value())) : QVariant(it.value()));
    const auto layOut = [&](const QString& contents) {
        document.setHtml(QString(body).replace(QLatin1String(kContentsMarker), contents));
        for (auto it = resources.constBegin(); it != resources.constEnd(); ++it)
            document.addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
        document.setPageSize(bodySize);
        PageFlow::keep(document);
    };
    const QString contentsTitle = TemplateEngine::meta(html, QStringLiteral("piadesk-contents"));
    if (contentsTitle.isEmpty() || !body.contains(QLatin1String(kContentsMarker))) {
        layOut(QString());
    } else {
        // The headings, read without laying the document out; then the layout with the contents' page numbers as
        // placeholders of their width; then the numbers, written into the placeholders (the layout stays).
        document.setPageSize(QSizeF());
        document.setHtml(QString(body).remove(QLatin1String(kContentsMarker)));
        layOut(contentsTable(contentsTitle, PageFlow::headings(document, kContentsLevel, kContentsLevel)));
        fillContents(document, PageFlow::headings(document, kContentsLevel, kContentsLevel));
    }
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
    const QFont small = font(8);
    const QFont mark = headingFont(60);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, band - page * bodySize.height());
        // A line laid out at the very top of the next page can sit a hair above it in floating point: a clip a pixel
        // inside the page keeps it from being drawn at the foot of this one too.
        document.drawContents(
            &painter, QRectF(0, page * bodySize.height() + 1, bodySize.width(), bodySize.height() - 2));
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
    std::optional<QByteArray> pdf = memory.data();
    if (!fallback.isEmpty())
        pdf = completeTextLayer(*pdf, fallback, printed);
    if (pdf) {
        // The outline holds the headings of levels 2 to 4; links jump to their anchors. A place on a page is
        // measured from the top of the body, below the header band.
        const qreal pageHeightPt = writer.pageLayout().fullRect(QPageLayout::Point).height();
        const qreal bodyTopPt = writer.pageLayout().paintRect(QPageLayout::Point).top() + band * 72.0 / kResolution;
        const auto place = [&](int page, qreal y) {
            return PdfDestination { page, pageHeightPt - bodyTopPt - y * 72.0 / kResolution + 6 };
        };
        QList<PdfOutlineItem> outline;
        for (const PlacedHeading& h : PageFlow::headings(document, 2, 4))
            outline.append({ h.level, h.text, place(h.page, h.y) });
        QHash<QString, PdfDestination> anchors;
        const QHash<QString, PlacedAnchor> placed = PageFlow::anchors(document);
        for (auto it = placed.cbegin(); it != placed.cend(); ++it)
            anchors.insert(it.key(), place(it->page, it->y));
        pdf = PdfNavigation::add(*pdf, outline, anchors);
    }
    if (!pdf || device->write(*pdf) != pdf->size()) {
        if (error)
            *error = tr("The PDF cannot be written.");
        return false;
    }
    return true;
}

} // namespace piadesk

#include "PdfDocument.h"

#include "core/DataFiles.h"
#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QFontDatabase>
#include <QIODevice>
#include <QMap>
#include <QPageLayout>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QRawFont>
#include <QRegularExpression>
#include <QSet>
#include <QTextDocument>
#include <QThread>
#include <QUrl>
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

/** The characters of \a text that the primary document font lacks: Qt draws them with a fallback font. */
QList<char32_t> fallbackCharacters(const QString& text)
{
    const QRawFont primary = QRawFont::fromFont(QFont(PdfDocument::fontFamily()));
    QList<char32_t> result;
    for (const char32_t c : codePoints(text)) {
        if (!drawsNothing(c) && !primary.supportsCharacter(c))
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

/** The objects of a PDF as QPdfWriter writes it: one cross-reference table, generation 0, no object streams. */
class PdfFile
{
public:
    explicit PdfFile(const QByteArray& bytes)
        : m_bytes(bytes)
    {
        const qsizetype startxref = m_bytes.lastIndexOf("startxref");
        if (startxref < 0)
            return;
        bool ok = false;
        const qint64 xref = m_bytes.mid(startxref + 9, 32).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
        if (!ok || xref <= 0 || xref >= m_bytes.size() || !m_bytes.mid(xref).startsWith("xref"))
            return;
        qsizetype at = xref + 4;
        const auto line = [&]() {
            while (at < m_bytes.size() && (m_bytes.at(at) == '\n' || m_bytes.at(at) == '\r'))
                ++at;
            qsizetype end = at;
            while (end < m_bytes.size() && m_bytes.at(end) != '\n' && m_bytes.at(end) != '\r')
                ++end;
            const QByteArray text = m_bytes.mid(at, end - at).trimmed();
            at = end;
            return text;
        };
        for (QByteArray header = line(); !header.startsWith("trailer"); header = line()) {
            const QList<QByteArray> range = header.split(' ');
            if (range.size() != 2 || at >= m_bytes.size())
                return;
            const int first = range.at(0).toInt();
            const int count = range.at(1).toInt();
            if (first < 0 || count < 0 || first + count > 10'000'000)
                return;
            if (m_offsets.size() < first + count)
                m_offsets.resize(first + count, -1);
            for (int i = 0; i < count; ++i) {
                const QList<QByteArray> entry = line().split(' ');
                if (entry.size() != 3)
                    return;
                if (entry.at(2) == "n")
                    m_offsets[first + i] = entry.at(0).toLongLong();
            }
        }
        m_trailer = m_bytes.indexOf("trailer", xref);
        m_xref = xref;
        for (qsizetype i = 0; i < m_offsets.size(); ++i) {
            if (m_offsets.at(i) >= 0)
                m_numbers.insert(m_offsets.at(i), int(i));
        }
    }

    bool isValid() const { return m_xref > 0 && m_trailer > m_xref; }
    qsizetype size() const { return m_offsets.size(); }

    /** The object \a number, from "N 0 obj" up to the next object (or the cross-reference table). */
    QByteArray object(int number) const
    {
        const qint64 start = m_offsets.value(number, -1);
        if (start < 0)
            return {};
        return m_bytes.mid(start, end(start) - start);
    }

    /** The dictionary of object \a number (or the start of its text, for another kind of object). */
    QByteArray dictionary(int number) const
    {
        const qint64 start = m_offsets.value(number, -1);
        if (start < 0)
            return {};
        const QByteArray text = m_bytes.mid(start, std::min<qint64>(4096, end(start) - start));
        const qsizetype stream = streamStart(text);
        return stream < 0 ? text : text.left(stream);
    }

    /** The decoded data of stream object \a number (FlateDecode or none), or an empty array. */
    QByteArray streamData(int number) const
    {
        const QByteArray text = object(number);
        const qsizetype start = streamStart(text);
        if (start < 0)
            return {};
        const QByteArray dict = text.left(start);
        qsizetype data = text.indexOf("stream", start) + 6;
        if (text.mid(data, 2) == "\r\n")
            data += 2;
        else if (text.mid(data, 1) == "\n")
            data += 1;
        qint64 length = -1;
        if (const int ref = reference(dict, "Length"); ref > 0)
            length = integer(object(ref));
        else
            length = integer(dict, "Length");
        if (length < 0 || data + length > text.size())
            return {};
        const QByteArray raw = text.mid(data, length);
        if (!dict.contains("/Filter"))
            return raw;
        if (!dict.contains("/FlateDecode") || dict.contains("/DecodeParms"))
            return {};
        const qint64 size = std::max<qint64>(integer(dict, "Length1"), raw.size() * 4);
        QByteArray compressed(4, '\0');
        qToBigEndian(quint32(std::min<qint64>(size, 0x7FFFFFFF)), compressed.data());
        return qUncompress(compressed + raw);
    }

    /** This file with the objects of \a replacements (number → new text, from "N 0 obj" on) replaced. */
    QByteArray replaced(const QHash<int, QByteArray>& replacements) const
    {
        QByteArray out;
        out.reserve(m_bytes.size() + 4096);
        out += m_bytes.left(m_numbers.isEmpty() ? m_xref : m_numbers.firstKey());
        QHash<qint64, qint64> moved; // old offset → new offset
        for (auto it = m_numbers.cbegin(); it != m_numbers.cend(); ++it) {
            moved.insert(it.key(), out.size());
            out += replacements.contains(it.value()) ? replacements.value(it.value()) : object(it.value());
        }
        const qint64 xref = out.size();
        out += "xref\n0 " + QByteArray::number(m_offsets.size()) + '\n';
        for (qsizetype i = 0; i < m_offsets.size(); ++i) {
            if (m_offsets.at(i) < 0)
                out += QByteArray(i == 0 ? "0000000000 65535 f \n" : "0000000000 00000 f \n");
            else
                out += QByteArray::number(moved.value(m_offsets.at(i))).rightJustified(10, '0') + " 00000 n \n";
        }
        QByteArray tail = m_bytes.mid(m_trailer);
        const qsizetype startxref = tail.lastIndexOf("startxref");
        const qsizetype eof = tail.indexOf("%%EOF", startxref);
        if (startxref < 0 || eof < 0)
            return {};
        tail = tail.left(startxref) + "startxref\n" + QByteArray::number(xref) + '\n' + tail.mid(eof);
        return out + tail;
    }

    /** The number of the object \a key refers to ("/Key 12 0 R", or the first of an array "/Key [12 0 R]"). */
    static int reference(const QByteArray& dict, const char* key)
    {
        const QRegularExpression re(QStringLiteral("/%1\\s*\\[?\\s*(\\d+)\\s+0\\s+R").arg(QLatin1String(key)));
        const QRegularExpressionMatch m = re.match(QString::fromLatin1(dict));
        return m.hasMatch() ? m.captured(1).toInt() : 0;
    }

    /** The name \a key has ("/Key /Name"). */
    static QByteArray name(const QByteArray& dict, const char* key)
    {
        const QRegularExpression re(QStringLiteral("/%1\\s*/([^\\s/<>\\[\\]()]+)").arg(QLatin1String(key)));
        const QRegularExpressionMatch m = re.match(QString::fromLatin1(dict));
        return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
    }

private:
    /** Where the object at \a start ends: where the next begins, or the cross-reference table. */
    qint64 end(qint64 start) const
    {
        const auto next = m_numbers.upperBound(start);
        return next == m_numbers.cend() ? m_xref : next.key();
    }

    /** Where the dictionary of a stream object ends ("stream" follows it), or -1. */
    static qsizetype streamStart(const QByteArray& text)
    {
        static const QRegularExpression re(QStringLiteral(">>\\s*stream\\r?\\n"));
        const QRegularExpressionMatch m = re.match(QString::fromLatin1(text.left(4096)));
        return m.hasMatch() ? m.capturedStart() + 2 : -1;
    }

    /** The integer \a key has ("/Key 123"), or the integer an object holds ("N 0 obj 123 endobj"); -1 if none. */
    static qint64 integer(const QByteArray& text, const char* key = nullptr)
    {
        const QRegularExpression re(key ? QStringLiteral("/%1\\s+(\\d+)(?!\\s+\\d+\\s+R)").arg(QLatin1String(key))
                                        : QStringLiteral("obj\\s+(\\d+)\\s+endobj"));
        const QRegularExpressionMatch m = re.match(QString::fromLatin1(text.left(4096)));
        return m.hasMatch() ? m.captured(1).toLongLong() : -1;
    }

    QByteArray m_bytes;
    QList<qint64> m_offsets; ///< by object number; -1 for a free entry
    QMap<qint64, int> m_numbers; ///< offset → object number, of the objects in use
    qint64 m_xref = -1;
    qsizetype m_trailer = -1;
};

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
    // What each character looks like in a subset, in every style documents use.
    QHash<QPair<QByteArray, QByteArray>, QString> reference; // (font, glyph outline) → character
    for (const char32_t c : characters) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        QPainter painter(&writer);
        const QString character = QString::fromUcs4(&c, 1);
        for (int style = 0; style < 4; ++style) {
            QFont font = PdfDocument::font(10.5);
            font.setBold(style & 1);
            font.setItalic(style & 2);
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

} // namespace

QString PdfDocument::fontFamily()
{
    // WenQuanYi Micro Hei maps each glyph back to one character: text extracted from the PDF
    // equals what was written. Noto CJK maps many glyphs to Kangxi radicals as well (人 → ⼈).
    return QStringLiteral("WenQuanYi Micro Hei");
}

QStringList PdfDocument::fontFamilies()
{
    // WenQuanYi Micro Hei has 2 of the 6,592 characters of CJK Extension A and none beyond the Basic Multilingual
    // Plane. The Hanazono fonts (GlyphWiki) cover Extension A and the compatibility ideographs (HanaMinA) and
    // Extensions B to F (HanaMinB) almost whole, and map each glyph back to one character. Named here, ahead of
    // whatever the system would fall back to, so that documents look the same on every machine.
    return { fontFamily(), QStringLiteral("HanaMinA"), QStringLiteral("HanaMinB") };
}

QFont PdfDocument::font(qreal pointSize)
{
    QFont font(fontFamily());
    font.setFamilies(fontFamilies());
    font.setPointSizeF(pointSize);
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

    // Characters the primary font lacks are drawn with a fallback font, whose ToUnicode map QPdfWriter leaves
    // incomplete: the PDF is then written to memory and its map completed before it goes to the device.
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

    QPdfWriter writer(fallback.isEmpty() ? device : static_cast<QIODevice*>(&memory));
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
    const QFont small = font(8);
    QFont mark = font(60);
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
    if (!fallback.isEmpty()) {
        const std::optional<QByteArray> pdf = completeTextLayer(memory.data(), fallback, printed);
        if (!pdf || device->write(*pdf) != pdf->size()) {
            if (error)
                *error = tr("The PDF cannot be written.");
            return false;
        }
    }
    return true;
}

} // namespace piadesk

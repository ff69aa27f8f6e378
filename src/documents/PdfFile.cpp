#include "PdfFile.h"

#include <QRegularExpression>
#include <QString>
#include <QtEndian>

#include <algorithm>

namespace piadesk {

PdfFile::PdfFile(const QByteArray& bytes)
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

QByteArray PdfFile::object(int number) const
{
    const qint64 start = m_offsets.value(number, -1);
    if (start < 0)
        return {};
    return m_bytes.mid(start, end(start) - start);
}

QByteArray PdfFile::dictionary(int number) const
{
    const qint64 start = m_offsets.value(number, -1);
    if (start < 0)
        return {};
    const QByteArray text = m_bytes.mid(start, std::min<qint64>(4096, end(start) - start));
    const qsizetype stream = streamStart(text);
    return stream < 0 ? text : text.left(stream);
}

QByteArray PdfFile::streamData(int number) const
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

int PdfFile::catalog() const
{
    return isValid() ? reference(m_bytes.mid(m_trailer, 1024), "Root") : 0;
}

QList<int> PdfFile::pages() const
{
    const int root = catalog();
    const int tree = root ? reference(dictionary(root), "Pages") : 0;
    return tree ? references(dictionary(tree), "Kids") : QList<int>();
}

QByteArray PdfFile::replaced(const QHash<int, QByteArray>& replacements, const QList<QByteArray>& appended) const
{
    QByteArray out;
    out.reserve(m_bytes.size() + 4096);
    out += m_bytes.left(m_numbers.isEmpty() ? m_xref : m_numbers.firstKey());
    QHash<qint64, qint64> moved; // old offset → new offset
    for (auto it = m_numbers.cbegin(); it != m_numbers.cend(); ++it) {
        moved.insert(it.key(), out.size());
        out += replacements.contains(it.value()) ? replacements.value(it.value()) : object(it.value());
    }
    QList<qint64> added;
    for (const QByteArray& object : appended) {
        added.append(out.size());
        out += object;
    }
    const qint64 xref = out.size();
    const qsizetype count = m_offsets.size() + appended.size();
    out += "xref\n0 " + QByteArray::number(count) + '\n';
    for (qsizetype i = 0; i < m_offsets.size(); ++i) {
        if (m_offsets.at(i) < 0)
            out += QByteArray(i == 0 ? "0000000000 65535 f \n" : "0000000000 00000 f \n");
        else
            out += QByteArray::number(moved.value(m_offsets.at(i))).rightJustified(10, '0') + " 00000 n \n";
    }
    for (const qint64 offset : added)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    QByteArray tail = m_bytes.mid(m_trailer);
    static const QRegularExpression size(QStringLiteral("/Size\\s+\\d+"));
    const QRegularExpressionMatch m = size.match(QString::fromLatin1(tail));
    if (!m.hasMatch())
        return {};
    tail.replace(m.capturedStart(), m.capturedLength(), "/Size " + QByteArray::number(count));
    const qsizetype startxref = tail.lastIndexOf("startxref");
    const qsizetype eof = tail.indexOf("%%EOF", startxref);
    if (startxref < 0 || eof < 0)
        return {};
    tail = tail.left(startxref) + "startxref\n" + QByteArray::number(xref) + '\n' + tail.mid(eof);
    return out + tail;
}

int PdfFile::reference(const QByteArray& dict, const char* key)
{
    const QRegularExpression re(QStringLiteral("/%1\\s*\\[?\\s*(\\d+)\\s+0\\s+R").arg(QLatin1String(key)));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(dict));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QList<int> PdfFile::references(const QByteArray& dict, const char* key)
{
    const QRegularExpression array(QStringLiteral("/%1\\s*\\[([^\\]]*)\\]").arg(QLatin1String(key)));
    const QRegularExpressionMatch m = array.match(QString::fromLatin1(dict));
    QList<int> numbers;
    if (!m.hasMatch())
        return numbers;
    static const QRegularExpression ref(QStringLiteral("(\\d+)\\s+0\\s+R"));
    for (auto it = ref.globalMatch(m.captured(1)); it.hasNext();)
        numbers.append(it.next().captured(1).toInt());
    return numbers;
}

QByteArray PdfFile::name(const QByteArray& dict, const char* key)
{
    const QRegularExpression re(QStringLiteral("/%1\\s*/([^\\s/<>\\[\\]()]+)").arg(QLatin1String(key)));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(dict));
    return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
}

QByteArray PdfFile::textString(const QString& text)
{
    QByteArray hex = "<FEFF";
    for (const QChar unit : text)
        hex += QByteArray::number(unit.unicode(), 16).toUpper().rightJustified(4, '0');
    return hex + '>';
}

qint64 PdfFile::end(qint64 start) const
{
    const auto next = m_numbers.upperBound(start);
    return next == m_numbers.cend() ? m_xref : next.key();
}

qsizetype PdfFile::streamStart(const QByteArray& text)
{
    static const QRegularExpression re(QStringLiteral(">>\\s*stream\\r?\\n"));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(text.left(4096)));
    return m.hasMatch() ? m.capturedStart() + 2 : -1;
}

qint64 PdfFile::integer(const QByteArray& text, const char* key)
{
    const QRegularExpression re(key ? QStringLiteral("/%1\\s+(\\d+)(?!\\s+\\d+\\s+R)").arg(QLatin1String(key))
                                    : QStringLiteral("obj\\s+(\\d+)\\s+endobj"));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(text.left(4096)));
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

} // namespace piadesk

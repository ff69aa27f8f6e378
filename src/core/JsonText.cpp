#include "JsonText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace piadesk::JsonText {

namespace {

constexpr qint64 kNotWhole = std::numeric_limits<qint64>::min();
/** The largest whole number a double holds exactly, 2^53. */
constexpr qint64 kExact = qint64(1) << 53;

char hexDigit(uint value)
{
    return char(value < 10 ? '0' + value : 'a' + (value - 10));
}

void appendIndent(QByteArray& out, int level)
{
    out.append(qsizetype(4) * level, ' ');
}

void appendEscapedUnit(QByteArray& out, char16_t unit)
{
    out.append("\\u");
    out.append(hexDigit((unit >> 12) & 0xf));
    out.append(hexDigit((unit >> 8) & 0xf));
    out.append(hexDigit((unit >> 4) & 0xf));
    out.append(hexDigit(unit & 0xf));
}

void appendUtf8(QByteArray& out, char32_t code)
{
    if (code < 0x800) {
        out.append(char(0xc0 | (code >> 6)));
    } else if (code < 0x10000) {
        out.append(char(0xe0 | (code >> 12)));
        out.append(char(0x80 | ((code >> 6) & 0x3f)));
    } else {
        out.append(char(0xf0 | (code >> 18)));
        out.append(char(0x80 | ((code >> 12) & 0x3f)));
        out.append(char(0x80 | ((code >> 6) & 0x3f)));
    }
    out.append(char(0x80 | (code & 0x3f)));
}

void appendArray(QByteArray& out, const QJsonArray& array, int level)
{
    if (array.isEmpty()) {
        out.append("[\n");
        appendIndent(out, level);
        out.append(']');
        return;
    }
    out.append("[\n");
    for (qsizetype i = 0; i < array.size(); ++i) {
        appendIndent(out, level + 1);
        appendValue(out, array.at(i), level + 1);
        out.append(i + 1 < array.size() ? ",\n" : "\n");
    }
    appendIndent(out, level);
    out.append(']');
}

void appendObject(QByteArray& out, const QJsonObject& object, int level)
{
    if (object.isEmpty()) {
        out.append("{\n");
        appendIndent(out, level);
        out.append('}');
        return;
    }
    out.append("{\n");
    for (auto it = object.constBegin(); it != object.constEnd();) {
        appendIndent(out, level + 1);
        appendString(out, it.key());
        out.append(": ");
        appendValue(out, it.value(), level + 1);
        ++it;
        out.append(it != object.constEnd() ? ",\n" : "\n");
    }
    appendIndent(out, level);
    out.append('}');
}

} // namespace

void appendString(QByteArray& out, QStringView text)
{
    out.append('"');
    const char16_t* at = text.utf16();
    const char16_t* const end = at + text.size();
    while (at != end) {
        // A run of characters written as they are (ASCII, not quoted), appended at once.
        const char16_t* run = at;
        while (at != end && *at < 0x80 && *at >= 0x20 && *at != '"' && *at != '\\')
            ++at;
        if (at != run) {
            const qsizetype length = at - run;
            const qsizetype from = out.size();
            out.resize(from + length);
            char* into = out.data() + from;
            for (qsizetype i = 0; i < length; ++i)
                into[i] = char(run[i]);
            continue;
        }
        const char16_t unit = *at++;
        if (unit < 0x80) {
            out.append('\\');
            switch (unit) {
            case '"':
                out.append('"');
                break;
            case '\\':
                out.append('\\');
                break;
            case '\b':
                out.append('b');
                break;
            case '\f':
                out.append('f');
                break;
            case '\n':
                out.append('n');
                break;
            case '\r':
                out.append('r');
                break;
            case '\t':
                out.append('t');
                break;
            default:
                out.append("u00");
                out.append(hexDigit(unit >> 4));
                out.append(hexDigit(unit & 0xf));
            }
        } else if (QChar::isHighSurrogate(unit)) {
            if (at != end && QChar::isLowSurrogate(*at))
                appendUtf8(out, QChar::surrogateToUcs4(unit, *at++));
            else
                appendEscapedUnit(out, unit);
        } else if (QChar::isLowSurrogate(unit)) {
            appendEscapedUnit(out, unit);
        } else {
            appendUtf8(out, unit);
        }
    }
    out.append('"');
}

void appendInteger(QByteArray& out, qint64 number)
{
    out.append(QByteArray::number(number));
}

void appendDouble(QByteArray& out, double number)
{
    // Qt keeps a whole number a double holds exactly (up to 2^53) as an integer, and writes it so (100000, never
    // 1e+05); beyond, in the double's shortest form (1e+16).
    if (number >= -double(kExact) && number <= double(kExact) && number == std::trunc(number))
        appendInteger(out, qint64(number));
    else if (std::isfinite(number))
        out.append(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
    else
        out.append("null");
}

void appendValue(QByteArray& out, const QJsonValue& value, int level)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null");
        break;
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double:
        // An integer in full (beyond 2^53 too, where a double would round it), else as a double.
        // (toInteger() also gives a whole double, which Qt writes as a double beyond 2^53: only the variant says
        // which it holds, and only there, or at the lowest integer, does it matter.)
        if (const qint64 whole = value.toInteger(kNotWhole);
            (whole != kNotWhole && qAbs(whole) <= kExact) || value.toVariant().typeId() == QMetaType::LongLong)
            appendInteger(out, value.toInteger());
        else
            appendDouble(out, value.toDouble());
        break;
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Array:
        appendArray(out, value.toArray(), level);
        break;
    case QJsonValue::Object:
        appendObject(out, value.toObject(), level);
        break;
    }
}

void appendNested(QByteArray& out, const QJsonObject& object, int level)
{
    appendIndent(out, level);
    appendObject(out, object, level);
}

ObjectWriter& ObjectWriter::add(const char* key, qsizetype begin)
{
    m_fields.append({ key, begin, m_values.size() });
    return *this;
}

ObjectWriter& ObjectWriter::string(const char* key, QStringView value)
{
    const qsizetype begin = m_values.size();
    appendString(m_values, value);
    return add(key, begin);
}

ObjectWriter& ObjectWriter::integer(const char* key, qint64 value)
{
    const qsizetype begin = m_values.size();
    appendInteger(m_values, value);
    return add(key, begin);
}

ObjectWriter& ObjectWriter::boolean(const char* key, bool value)
{
    const qsizetype begin = m_values.size();
    m_values.append(value ? "true" : "false");
    return add(key, begin);
}

ObjectWriter& ObjectWriter::null(const char* key)
{
    const qsizetype begin = m_values.size();
    m_values.append("null");
    return add(key, begin);
}

ObjectWriter& ObjectWriter::strings(const char* key, const QStringList& values)
{
    const qsizetype begin = m_values.size();
    m_values.append("[\n");
    for (qsizetype i = 0; i < values.size(); ++i) {
        appendIndent(m_values, fieldLevel() + 1);
        appendString(m_values, values.at(i));
        m_values.append(i + 1 < values.size() ? ",\n" : "\n");
    }
    appendIndent(m_values, fieldLevel());
    m_values.append(']');
    return add(key, begin);
}

ObjectWriter& ObjectWriter::object(const char* key, const ObjectWriter& value)
{
    Q_ASSERT(value.m_level == fieldLevel());
    const qsizetype begin = m_values.size();
    value.appendTo(m_values);
    return add(key, begin);
}

ObjectWriter& ObjectWriter::objects(const char* key, const QList<ObjectWriter>& values)
{
    const qsizetype begin = m_values.size();
    m_values.append("[\n");
    for (qsizetype i = 0; i < values.size(); ++i) {
        Q_ASSERT(values.at(i).m_level == fieldLevel() + 1);
        appendIndent(m_values, fieldLevel() + 1);
        values.at(i).appendTo(m_values);
        m_values.append(i + 1 < values.size() ? ",\n" : "\n");
    }
    appendIndent(m_values, fieldLevel());
    m_values.append(']');
    return add(key, begin);
}

void ObjectWriter::appendTo(QByteArray& out) const
{
    // QJsonObject keeps its keys sorted by their UTF-16 code units, which for ASCII keys is strcmp()'s order.
    QVarLengthArray<const Field*, 20> sorted;
    for (const Field& field : m_fields)
        sorted.append(&field);
    std::sort(
        sorted.begin(), sorted.end(), [](const Field* a, const Field* b) { return std::strcmp(a->key, b->key) < 0; });
    out.append("{\n");
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        appendIndent(out, m_level + 1);
        out.append('"').append(sorted.at(i)->key).append("\": "); // an identifier: nothing to escape
        out.append(m_values.constData() + sorted.at(i)->begin, sorted.at(i)->end - sorted.at(i)->begin);
        out.append(i + 1 < sorted.size() ? ",\n" : "\n");
    }
    appendIndent(out, m_level);
    out.append('}');
}

} // namespace piadesk::JsonText

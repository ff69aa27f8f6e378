#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QStringList>
#include <QStringView>
#include <QVarLengthArray>

class QJsonArray;
class QJsonObject;

namespace piadesk::JsonText {

/**
 * JSON text laid out byte for byte as QJsonDocument::toJson(Indented) lays it out, written straight into a
 * buffer: for output written piece by piece (a register or a deadline list of 100,000 entries), where a whole
 * document would be held in memory twice, and forming a QJsonObject for every row would cost more than the row.
 */

/** \a text as a JSON string, quoted and escaped as Qt escapes it (UTF-8; a lone surrogate as \\uXXXX). */
void appendString(QByteArray& out, QStringView text);

/** \a value (any JSON type) as Qt writes it indented, its inner lines \a level levels (four spaces each) deep. */
void appendValue(QByteArray& out, const QJsonValue& value, int level);

/** \a object indented as Qt writes it, its first line and its closing brace \a level levels deep, no newline. */
void appendNested(QByteArray& out, const QJsonObject& object, int level);

/** An integer as Qt writes a JSON number that holds one. */
void appendInteger(QByteArray& out, qint64 number);
/** A double as Qt writes a JSON number that holds one (its shortest form; null when not finite). */
void appendDouble(QByteArray& out, double number);

/**
 * An object written field by field, in any order, laid out as QJsonDocument::toJson(Indented) lays out the
 * QJsonObject holding the same fields (keys sorted, as QJsonObject keeps them): for objects written by the hundred
 * thousand, where forming a QJsonObject for each costs more than the text. Keys are ASCII literals, each given once.
 */
class ObjectWriter
{
public:
    /** An object whose closing brace stands \a level levels deep (its fields one deeper). */
    explicit ObjectWriter(int level)
        : m_level(level)
    {
    }

    /** The level of an object or array written as one of this object's fields. */
    int fieldLevel() const { return m_level + 1; }

    ObjectWriter& string(const char* key, QStringView value);
    ObjectWriter& integer(const char* key, qint64 value);
    ObjectWriter& boolean(const char* key, bool value);
    ObjectWriter& null(const char* key);
    ObjectWriter& strings(const char* key, const QStringList& values);
    /** \a value, an object formed at fieldLevel(). */
    ObjectWriter& object(const char* key, const ObjectWriter& value);
    /** An array of objects, each formed at fieldLevel() + 1. */
    ObjectWriter& objects(const char* key, const QList<ObjectWriter>& values);

    /** The object from its opening to its closing brace (no indentation before it, no newline after). */
    void appendTo(QByteArray& out) const;

private:
    struct Field
    {
        const char* key;
        qsizetype begin;
        qsizetype end;
    };
    ObjectWriter& add(const char* key, qsizetype begin);

    int m_level = 0;
    QByteArray m_values;
    QVarLengthArray<Field, 20> m_fields;
};

} // namespace piadesk::JsonText

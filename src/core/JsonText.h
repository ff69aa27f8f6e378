#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QStringView>

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

} // namespace piadesk::JsonText

#pragma once

#include "core/Assessment.h"
#include "core/Case.h"
#include "core/FilingRecord.h"
#include "core/Organisation.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace piadesk {

class Statement;

/**
 * How the model maps onto the case file's columns: dates as ISO text (NULL when
 * unset), lists and small records as JSON text, enumerations by their keys. The
 * store writes only what FieldRules accepted, so reading is lenient.
 */
namespace StoreRows {

QString dateText(const QDate& date);
QDate dateFrom(const QString& text);
QString dateTimeText(const QDateTime& dateTime);
QDateTime dateTimeFrom(const QString& text);

/** Compact JSON text of an array or object (a scalar is wrapped in a one-element array). */
QString jsonText(const QJsonValue& value);
/** An answer's value of any JSON type, kept as a one-element array so scalars and lists read back alike. */
QString answerValueText(const QJsonValue& value);
QJsonValue answerValueFrom(const QString& text);
QJsonArray arrayFrom(const QString& text);
QJsonObject objectFrom(const QString& text);
QStringList stringsFrom(const QString& text);
ContactPerson contactFrom(const QString& text);
QList<Equipment> equipmentFrom(const QString& text);

template <typename E> QList<E> enumsFrom(const QString& text)
{
    QList<E> list;
    const QJsonArray a = arrayFrom(text);
    for (const QJsonValue& v : a) {
        if (const auto e = enumFromKey<E>(v.toString()))
            list.append(*e);
    }
    return list;
}

template <typename E> E enumFrom(const QString& key, E fallback)
{
    return enumFromKey<E>(key).value_or(fallback);
}

/**
 * The 18 columns of assessment that make a version's heading (all but its trigger description and its record), in
 * the order assessmentHeadingFrom() reads them.
 */
extern const QString kAssessmentHeadingColumns;
AssessmentVersion assessmentHeadingFrom(const Statement& statement);

/** The 11 columns of filing that make its heading (all but its materials and its note), as filingHeadingFrom() reads
 * them. */
extern const QString kFilingHeadingColumns;
FilingRecord filingHeadingFrom(const Statement& statement);

/** The columns of organisation that organisationFrom() reads, in order. */
extern const QString kOrganisationColumns;
Organisation organisationFrom(const Statement& statement);

} // namespace StoreRows
} // namespace piadesk

#pragma once

#include "Assessment.h"
#include "Attachment.h"
#include "CaseFacts.h"
#include "FilingRecord.h"
#include "Organisation.h"
#include "Problems.h"

#include <QJsonArray>
#include <QJsonObject>

namespace piadesk {

/**
 * The JSON form of the model, as documented in docs/case-format.md. Writing
 * never fails; reading is strict: every wrong type, unknown key, bad enum value
 * or impossible date is added to the Problems with the path of the field, and
 * the value read is then unusable.
 */
namespace ModelJson {

QJsonObject toJson(const Organisation& organisation);
QJsonObject toJson(const CaseFacts& facts);
QJsonObject toJson(const AssessmentVersion& assessment);
QJsonObject toJson(const FilingRecord& filing);
QJsonObject toJson(const FacialDataDisposal& disposal);
/** {"method", "on", "evidence"}; an empty disposal when \a value is absent or null. */
FacialDataDisposal readDisposal(const QJsonValue& value, const QString& path, Problems& problems);
/** The attachment's metadata; with \a withData, its bytes in base64 under "data". */
QJsonObject toJson(const Attachment& attachment, bool withData);
QJsonObject toJson(const RecordSnapshot& snapshot);
QJsonValue toJson(const Answer& answer);
QJsonObject toJson(const ContactPerson& contact);
QJsonObject toJson(const HandlingPerson& person);
QJsonArray toJson(const QList<Equipment>& equipment);
/** {"id", then every field of the activity by its jsonKey}; the store keeps it without the id. */
QJsonObject toJson(const ProcessingActivity& activity, bool withId = true);
QJsonArray toJson(const QStringList& list);

/** The keys of \a list as a JSON array. */
template <typename E> QJsonArray enumArray(const QList<E>& list)
{
    QJsonArray array;
    for (E e : list)
        array.append(enumKey(e));
    return array;
}

Organisation readOrganisation(const QJsonValue& value, const QString& path, Problems& problems);
CaseFacts readFacts(const QJsonValue& value, const QString& path, Problems& problems);
AssessmentVersion readAssessment(const QJsonValue& value, const QString& path, Problems& problems);
FilingRecord readFiling(const QJsonValue& value, const QString& path, Problems& problems);
Attachment readAttachment(const QJsonValue& value, const QString& path, Problems& problems);
RecordSnapshot readSnapshot(const QJsonValue& value, const QString& path, Problems& problems);
ContactPerson readContact(const QJsonValue& value, const QString& path, Problems& problems);
HandlingPerson readHandlingPerson(const QJsonValue& value, const QString& path, Problems& problems);
QList<Equipment> readEquipment(const QJsonValue& value, const QString& path, Problems& problems);
/** One activity of the data map; \a withId requires its "id". */
ProcessingActivity readActivity(const QJsonValue& value, const QString& path, Problems& problems, bool withId = true);

/** A date as written in JSON: "YYYY-MM-DD", or null for a null date. */
QJsonValue dateValue(const QDate& date);
/** An instant as written in JSON: "YYYY-MM-DDTHH:MM:SSZ" (UTC, whole seconds), or null. */
QJsonValue dateTimeValue(const QDateTime& dateTime);
/** Parses "YYYY-MM-DD" strictly; returns an invalid date for anything else. */
QDate parseDate(const QString& text);
/** The same for UTF-8 text (as SQLite gives it). */
QDate parseDate(QByteArrayView utf8);
/** Parses "YYYY-MM-DDTHH:MM:SSZ" strictly; returns an invalid date-time for anything else. */
QDateTime parseDateTime(const QString& text);
/** The same for UTF-8 text (as SQLite gives it). */
QDateTime parseDateTime(QByteArrayView utf8);

/** The compact, key-sorted serialization that hashes are computed over. */
QByteArray canonical(const QJsonObject& object);

} // namespace ModelJson
} // namespace piadesk

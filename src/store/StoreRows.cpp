#include "StoreRows.h"

#include "Database.h"
#include "core/ModelJson.h"

#include <QJsonDocument>

namespace piadesk::StoreRows {

QString dateText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate dateFrom(const QString& s)
{
    return s.isEmpty() ? QDate() : ModelJson::parseDate(s);
}

QString dateTimeText(const QDateTime& dt)
{
    return dt.isValid() ? dt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'")) : QString();
}

QDateTime dateTimeFrom(const QString& s)
{
    return s.isEmpty() ? QDateTime() : ModelJson::parseDateTime(s);
}

QString jsonText(const QJsonValue& value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact));
}

/** An answer's value of any JSON type, kept as a one-element array so scalars and lists read back alike. */
QString answerValueText(const QJsonValue& value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact));
}

QJsonValue answerValueFrom(const QString& text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    const QJsonArray a = doc.array();
    return a.isEmpty() ? QJsonValue(QJsonValue::Null) : a.at(0);
}

QJsonArray arrayFrom(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

QJsonObject objectFrom(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QStringList stringsFrom(const QString& text)
{
    QStringList list;
    const QJsonArray a = arrayFrom(text);
    for (const QJsonValue& v : a)
        list.append(v.toString());
    return list;
}

ContactPerson contactFrom(const QString& text)
{
    Problems ignored;
    return ModelJson::readContact(objectFrom(text), {}, ignored);
}

QList<Equipment> equipmentFrom(const QString& text)
{
    Problems ignored;
    return ModelJson::readEquipment(arrayFrom(text), {}, ignored);
}

const QString kAssessmentHeadingColumns = QStringLiteral(
    "id, uuid, case_id, number, trigger_kind, trigger_date, state, assessor, reviewer, signed_off_by, signed_off_on, "
    "finalized_at, retain_until, content_hash, rule_set, rule_set_version, created_at, updated_at");

AssessmentVersion assessmentHeadingFrom(const Statement& s)
{
    // Dates straight from SQLite's UTF-8: this runs for every version of every case in deadlines and the register.
    AssessmentVersion a;
    a.id = s.integer(0);
    a.uuid = s.text(1);
    a.caseId = s.integer(2);
    a.number = int(s.integer(3));
    a.trigger = enumFrom(s.text(4), TriggerKind::Other);
    a.triggerDate = ModelJson::parseDate(s.utf8(5));
    a.state = enumFrom(s.text(6), AssessmentState::Draft);
    a.assessor = s.text(7);
    a.reviewer = s.text(8);
    a.signedOffBy = s.text(9);
    a.signedOffOn = ModelJson::parseDate(s.utf8(10));
    a.finalizedAt = ModelJson::parseDateTime(s.utf8(11));
    a.retainUntil = ModelJson::parseDate(s.utf8(12));
    a.contentHash = s.text(13);
    a.ruleSetId = s.text(14);
    a.ruleSetVersion = s.text(15);
    a.createdAt = ModelJson::parseDateTime(s.utf8(16));
    a.updatedAt = ModelJson::parseDateTime(s.utf8(17));
    return a;
}

const QString kFilingHeadingColumns = QStringLiteral(
    "id, uuid, case_id, kind, trigger_date, due_date, submitted_on, authority, reference_number, created_at, "
    "updated_at");

FilingRecord filingHeadingFrom(const Statement& s)
{
    FilingRecord r;
    r.id = s.integer(0);
    r.uuid = s.text(1);
    r.caseId = s.integer(2);
    r.kind = enumFrom(s.text(3), FilingKind::Initial);
    r.triggerDate = ModelJson::parseDate(s.utf8(4));
    r.dueDate = ModelJson::parseDate(s.utf8(5));
    r.submittedOn = ModelJson::parseDate(s.utf8(6));
    r.authority = s.text(7);
    r.referenceNumber = s.text(8);
    r.createdAt = ModelJson::parseDateTime(s.utf8(9));
    r.updatedAt = ModelJson::parseDateTime(s.utf8(10));
    return r;
}

const QString kOrganisationColumns
    = QStringLiteral("id, uuid, name, credit_code, address, legal_representative, contact, responsible_person, "
                     "handling_person");

Organisation organisationFrom(const Statement& s)
{
    Organisation o;
    o.id = s.integer(0);
    o.uuid = s.text(1);
    o.name = s.text(2);
    o.creditCode = s.text(3);
    o.address = s.text(4);
    o.legalRepresentative = s.text(5);
    o.contact = contactFrom(s.text(6));
    o.responsiblePerson = contactFrom(s.text(7));
    Problems ignored;
    o.handlingPerson = ModelJson::readHandlingPerson(objectFrom(s.text(8)), {}, ignored);
    return o;
}

} // namespace piadesk::StoreRows

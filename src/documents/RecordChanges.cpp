#include "RecordChanges.h"

#include "core/ModelJson.h"

#include <QJsonArray>
#include <QJsonObject>

namespace piadesk {

namespace {

QString label(const QString& key)
{
    struct Entry
    {
        const char* key;
        const char* text;
    };
    static constexpr Entry kLabels[] = {
        { "name", QT_TRANSLATE_NOOP("piadesk::RecordChanges", "case name") },
        { "description", QT_TRANSLATE_NOOP("piadesk::RecordChanges", "description") },
        { "places", QT_TRANSLATE_NOOP("piadesk::RecordChanges", "places") },
        { "placeKind", QT_TRANSLATE_NOOP("piadesk::RecordChanges", "kind of place") },
        { "publicPlace", QT_TRANSLATE_NOOP("piadesk::RecordChanges", "public place") },
        { "purposes", QT_TRANSLATE_NOOP("piadesk::RecordChanges", "purposes") },
        { "methods", QT_TRANSLATE_NOOP("piadesk::RecordChanges", "identification methods") },
        { "equipment", QT_TRANSLATE_NOOP("piadesk::RecordChanges", "equipment") },
        { "vendors", QT_TRANSLATE_NOOP("piadesk::RecordChanges", "vendors") },
        { "storedPeople", QT_TRANSLATE_NOOP("piadesk::RecordChanges", "number of people stored") },
        { "minorsUnder14", QT_TRANSLATE_NOOP("piadesk::RecordChanges", "minors under 14") },
        { "originalImagesStored", QT_TRANSLATE_NOOP("piadesk::RecordChanges", "original images stored") },
        { "storageLocation", QT_TRANSLATE_NOOP("piadesk::RecordChanges", "storage location") },
        { "storagePeriod", QT_TRANSLATE_NOOP("piadesk::RecordChanges", "storage period") },
        { "anonymization", QT_TRANSLATE_NOOP("piadesk::RecordChanges", "anonymization") },
        { "startOfUse", QT_TRANSLATE_NOOP("piadesk::RecordChanges", "start of use") },
        { "endOfUse", QT_TRANSLATE_NOOP("piadesk::RecordChanges", "end of use") },
        { "thresholdReachedOn",
            QT_TRANSLATE_NOOP("piadesk::RecordChanges", "day the number of people stored reached the threshold") },
        { "status", QT_TRANSLATE_NOOP("piadesk::RecordChanges", "status") },
        { "org.name", QT_TRANSLATE_NOOP("piadesk::RecordChanges", "organisation name") },
        { "org.creditCode", QT_TRANSLATE_NOOP("piadesk::RecordChanges", "unified social credit code") },
        { "org.address", QT_TRANSLATE_NOOP("piadesk::RecordChanges", "address") },
        { "org.legalRepresentative", QT_TRANSLATE_NOOP("piadesk::RecordChanges", "legal representative") },
        { "org.contact", QT_TRANSLATE_NOOP("piadesk::RecordChanges", "contact person") },
        { "org.responsiblePerson",
            QT_TRANSLATE_NOOP("piadesk::RecordChanges", "person responsible for personal-information protection") },
    };
    for (const Entry& e : kLabels) {
        if (key == QLatin1String(e.key))
            return RecordChanges::tr(e.text);
    }
    return key;
}

void compare(const QJsonObject& then, const QJsonObject& now, const QString& prefix, QStringList& out)
{
    for (auto it = then.constBegin(); it != then.constEnd(); ++it) {
        if (it.key() == QLatin1String("id"))
            continue; // identity, not content
        if (it.key() == QLatin1String("handlingPerson"))
            continue; // who files for the organisation: the filing's, not what was assessed
        if (now.value(it.key()) != it.value())
            out.append(label(prefix + it.key()));
    }
}

QString valueText(const QJsonValue& value, Language language)
{
    const QString separator = language == Language::Chinese ? QStringLiteral("、") : QStringLiteral(", ");
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue& v : value.toArray())
            items.append(v.isObject() ? v.toObject().value(QStringLiteral("name")).toString() : valueText(v, language));
        return items.join(separator);
    }
    if (value.isBool())
        return value.toBool() ? RecordChanges::tr("yes") : RecordChanges::tr("no");
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    if (value.isObject())
        return value.toObject().value(QStringLiteral("name")).toString();
    const QString text = value.toString();
    return text.size() > 200 ? text.left(199) + QChar(0x2026) : text;
}

void describe(
    const QJsonObject& then, const QJsonObject& now, const QString& prefix, Language language, QStringList& out)
{
    QStringList keys = then.keys();
    for (const QString& key : now.keys()) {
        if (!keys.contains(key))
            keys.append(key);
    }
    const QString colon = language == Language::Chinese ? QStringLiteral("：") : QStringLiteral(": ");
    const QString none = RecordChanges::tr("(none)");
    for (const QString& key : keys) {
        if (key == QLatin1String("id") || key == QLatin1String("handlingPerson") || then.value(key) == now.value(key))
            continue;
        const QString before = valueText(then.value(key), language);
        const QString after = valueText(now.value(key), language);
        out.append(label(prefix + key) + colon + (before.isEmpty() ? none : before) + QStringLiteral(" → ")
            + (after.isEmpty() ? none : after));
    }
}

} // namespace

QStringList RecordChanges::between(const AssessedOn& then, const AssessedOn& now, Language language)
{
    QStringList out;
    describe(ModelJson::toJson(then.facts), ModelJson::toJson(now.facts), QString(), language, out);
    describe(ModelJson::toJson(then.organisation), ModelJson::toJson(now.organisation), QStringLiteral("org."),
        language, out);
    return out;
}

QStringList RecordChanges::changedFields(const CaseBundle& bundle, const AssessmentVersion& version)
{
    QStringList out;
    const AssessedOn on = bundle.assessedOn(version);
    if (!on.recorded)
        return out;
    compare(ModelJson::toJson(on.facts), ModelJson::toJson(bundle.caseInfo.facts), QString(), out);
    compare(ModelJson::toJson(on.organisation), ModelJson::toJson(bundle.organisation), QStringLiteral("org."), out);
    return out;
}

} // namespace piadesk

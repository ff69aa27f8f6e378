#include "ModelJson.h"

#include "FieldRules.h"
#include "JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace piadesk::ModelJson {

QJsonValue dateValue(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateTimeValue(const QDateTime& dateTime)
{
    return dateTime.isValid() ? QJsonValue(dateTime.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'")))
                              : QJsonValue(QJsonValue::Null);
}

namespace {

int unit(QChar c)
{
    return c.unicode();
}

int unit(char c)
{
    return static_cast<unsigned char>(c);
}

/** The number written with the \a count ASCII digits at \a from of \a text, or -1 when one is not a digit. */
template <typename View> int digits(View text, qsizetype from, qsizetype count)
{
    int n = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const int c = unit(text[i]);
        if (c < '0' || c > '9')
            return -1;
        n = n * 10 + (c - '0');
    }
    return n;
}

/** The date of "yyyy-MM-dd" at the start of \a text (case files and exchange documents hold thousands of them). */
template <typename View> QDate leadingDate(View text)
{
    if (text.size() < 10 || unit(text[4]) != '-' || unit(text[7]) != '-')
        return {};
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    if (year < 0 || month < 0 || day < 0 || !QDate::isValid(year, month, day))
        return {};
    return QDate(year, month, day);
}

template <typename View> QDateTime dateTimeOf(View text)
{
    // yyyy-MM-ddTHH:mm:ssZ
    if (text.size() != 20 || unit(text[10]) != 'T' || unit(text[13]) != ':' || unit(text[16]) != ':'
        || unit(text[19]) != 'Z')
        return {};
    const QDate date = leadingDate(text);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    if (!date.isValid() || hour < 0 || minute < 0 || second < 0 || !QTime::isValid(hour, minute, second))
        return {};
    return QDateTime(date, QTime(hour, minute, second), Qt::UTC);
}

} // namespace

QDate parseDate(const QString& text)
{
    return text.size() == 10 ? leadingDate(QStringView(text)) : QDate();
}

QDate parseDate(QByteArrayView utf8)
{
    return utf8.size() == 10 ? leadingDate(utf8) : QDate();
}

QDateTime parseDateTime(const QString& text)
{
    return dateTimeOf(QStringView(text));
}

QDateTime parseDateTime(QByteArrayView utf8)
{
    return dateTimeOf(utf8);
}

QByteArray canonical(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject toJson(const ContactPerson& c)
{
    return { { QStringLiteral("name"), c.name }, { QStringLiteral("title"), c.title },
        { QStringLiteral("phone"), c.phone }, { QStringLiteral("email"), c.email } };
}

QJsonObject toJson(const HandlingPerson& h)
{
    return { { QStringLiteral("name"), h.name }, { QStringLiteral("idType"), h.idType },
        { QStringLiteral("idNumber"), h.idNumber }, { QStringLiteral("phone"), h.phone } };
}

QJsonArray toJson(const QList<Equipment>& list)
{
    QJsonArray array;
    for (const Equipment& e : list)
        array.append(QJsonObject { { QStringLiteral("name"), e.name }, { QStringLiteral("model"), e.model },
            { QStringLiteral("vendor"), e.vendor }, { QStringLiteral("quantity"), e.quantity } });
    return array;
}

QJsonArray toJson(const QStringList& list)
{
    QJsonArray array;
    for (const QString& s : list)
        array.append(s);
    return array;
}

ContactPerson readContact(const QJsonValue& value, const QString& path, Problems& problems)
{
    ContactPerson c;
    if (value.isUndefined())
        return c;
    JsonReader r(value, path, problems);
    c.name = r.text("name", FieldRules::kShortText);
    c.title = r.text("title", FieldRules::kShortText);
    c.phone = r.text("phone", FieldRules::kShortText);
    c.email = r.text("email", FieldRules::kShortText);
    return c;
}

HandlingPerson readHandlingPerson(const QJsonValue& value, const QString& path, Problems& problems)
{
    HandlingPerson h;
    if (value.isUndefined())
        return h;
    JsonReader r(value, path, problems);
    h.name = r.text("name", FieldRules::kShortText);
    h.idType = r.text("idType", FieldRules::kShortText);
    h.idNumber = r.text("idNumber", FieldRules::kShortText);
    h.phone = r.text("phone", FieldRules::kShortText);
    return h;
}

QList<Equipment> readEquipment(const QJsonValue& value, const QString& path, Problems& problems)
{
    QList<Equipment> list;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        JsonReader e(array.at(i), path + QStringLiteral("[%1]").arg(i), problems);
        if (!e.valid())
            continue;
        Equipment item;
        item.name = e.text("name", FieldRules::kShortText);
        item.model = e.text("model", FieldRules::kShortText);
        item.vendor = e.text("vendor", FieldRules::kShortText);
        item.quantity = int(e.integer("quantity", 0, 10000000));
        list.append(item);
    }
    return list;
}

QJsonObject toJson(const ProcessingActivity& activity, bool withId)
{
    QJsonObject o;
    if (withId)
        o.insert(QStringLiteral("id"), activity.uuid);
    for (const ActivityField& f : activityFields())
        o.insert(QLatin1String(f.jsonKey), activity.*f.member);
    return o;
}

ProcessingActivity readActivity(const QJsonValue& value, const QString& path, Problems& problems, bool withId)
{
    ProcessingActivity activity;
    JsonReader r(value, path, problems);
    if (!r.valid())
        return activity;
    if (withId)
        activity.uuid = r.identifier("id", true);
    for (const ActivityField& f : activityFields())
        activity.*f.member = r.text(f.jsonKey, f.longText ? FieldRules::kLongText : FieldRules::kShortText);
    return activity;
}

QJsonObject toJson(const Organisation& o)
{
    QJsonObject json { { QStringLiteral("id"), o.uuid }, { QStringLiteral("name"), o.name },
        { QStringLiteral("creditCode"), o.creditCode }, { QStringLiteral("address"), o.address },
        { QStringLiteral("legalRepresentative"), o.legalRepresentative },
        { QStringLiteral("contact"), toJson(o.contact) },
        { QStringLiteral("responsiblePerson"), toJson(o.responsiblePerson) } };
    // Written only when known: the organisations recorded by versions finalized before it existed keep their bytes.
    if (!o.handlingPerson.isEmpty())
        json.insert(QStringLiteral("handlingPerson"), toJson(o.handlingPerson));
    return json;
}

QJsonObject toJson(const CaseFacts& f)
{
    QJsonObject o { { QStringLiteral("name"), f.name }, { QStringLiteral("description"), f.description },
        { QStringLiteral("places"), toJson(f.places) }, { QStringLiteral("placeKind"), enumKey(f.placeKind) },
        { QStringLiteral("publicPlace"), f.publicPlace }, { QStringLiteral("purposes"), toJson(f.purposes) },
        { QStringLiteral("methods"), enumArray(f.methods) }, { QStringLiteral("equipment"), toJson(f.equipment) },
        { QStringLiteral("vendors"), toJson(f.vendors) }, { QStringLiteral("storedPeople"), double(f.storedPeople) },
        { QStringLiteral("minorsUnder14"), f.minorsUnder14 },
        { QStringLiteral("originalImagesStored"), f.originalImagesStored },
        { QStringLiteral("storageLocation"), f.storageLocation }, { QStringLiteral("storagePeriod"), f.storagePeriod },
        { QStringLiteral("anonymization"), f.anonymization }, { QStringLiteral("startOfUse"), dateValue(f.startOfUse) },
        { QStringLiteral("endOfUse"), dateValue(f.endOfUse) }, { QStringLiteral("status"), enumKey(f.status) } };
    // Written only when known: the facts of versions finalized before this fact existed keep their bytes.
    if (f.thresholdReachedOn.isValid())
        o.insert(QStringLiteral("thresholdReachedOn"), dateValue(f.thresholdReachedOn));
    return o;
}

QJsonValue toJson(const Answer& a)
{
    return QJsonObject { { QStringLiteral("value"), a.value.isUndefined() ? QJsonValue(QJsonValue::Null) : a.value },
        { QStringLiteral("justification"), a.justification }, { QStringLiteral("evidence"), toJson(a.evidence) } };
}

QJsonObject toJson(const RecordSnapshot& s)
{
    return { { QStringLiteral("organisation"), toJson(s.organisation) }, { QStringLiteral("facts"), toJson(s.facts) } };
}

QJsonObject toJson(const AssessmentVersion& a)
{
    QJsonObject answers;
    for (const Answer& answer : a.answers)
        answers.insert(answer.questionId, toJson(answer));
    QJsonArray risks;
    for (const Risk& r : a.risks) {
        QJsonObject risk { { QStringLiteral("id"), r.uuid }, { QStringLiteral("title"), r.title },
            { QStringLiteral("description"), r.description },
            { QStringLiteral("impactKinds"), enumArray(r.impactKinds) },
            { QStringLiteral("impact"), enumKey(r.impact) }, { QStringLiteral("likelihood"), enumKey(r.likelihood) },
            { QStringLiteral("residualImpact"), enumKey(r.residualImpact) },
            { QStringLiteral("residualLikelihood"), enumKey(r.residualLikelihood) } };
        // Written only when stated, so that versions finalized before these existed keep their bytes and hash.
        if (!r.source.isEmpty())
            risk.insert(QStringLiteral("source"), r.source);
        if (!r.likelihoodBasis.isEmpty())
            risk.insert(QStringLiteral("likelihoodBasis"), r.likelihoodBasis);
        risks.append(risk);
    }
    QJsonArray measures;
    for (const Measure& m : a.measures)
        measures.append(QJsonObject { { QStringLiteral("id"), m.uuid },
            { QStringLiteral("risk"), m.riskUuid.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m.riskUuid) },
            { QStringLiteral("description"), m.description }, { QStringLiteral("owner"), m.owner },
            { QStringLiteral("dueDate"), dateValue(m.dueDate) }, { QStringLiteral("status"), enumKey(m.status) } });
    QJsonObject o { { QStringLiteral("id"), a.uuid }, { QStringLiteral("number"), a.number },
        { QStringLiteral("trigger"),
            QJsonObject { { QStringLiteral("kind"), enumKey(a.trigger) },
                { QStringLiteral("date"), dateValue(a.triggerDate) },
                { QStringLiteral("description"), a.triggerDescription } } },
        { QStringLiteral("state"), enumKey(a.state) }, { QStringLiteral("answers"), answers },
        { QStringLiteral("risks"), risks }, { QStringLiteral("measures"), measures },
        { QStringLiteral("assessor"), a.assessor }, { QStringLiteral("reviewer"), a.reviewer },
        { QStringLiteral("signedOffBy"), a.signedOffBy }, { QStringLiteral("signedOffOn"), dateValue(a.signedOffOn) },
        { QStringLiteral("finalizedAt"), dateTimeValue(a.finalizedAt) },
        { QStringLiteral("retainUntil"), dateValue(a.retainUntil) },
        { QStringLiteral("contentHash"),
            a.contentHash.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.contentHash) } };
    // The data map is written only when there is one, so that versions finalized before it existed keep their
    // bytes and hash.
    if (!a.activities.isEmpty()) {
        QJsonArray activities;
        for (const ProcessingActivity& activity : a.activities)
            activities.append(toJson(activity));
        o.insert(QStringLiteral("activities"), activities);
    }
    if (a.record)
        o.insert(QStringLiteral("record"), toJson(*a.record));
    // Written only when set, so that versions finalized before rule sets existed keep their content hash.
    if (!a.ruleSetId.isEmpty())
        o.insert(QStringLiteral("ruleSet"),
            QJsonObject { { QStringLiteral("id"), a.ruleSetId }, { QStringLiteral("version"), a.ruleSetVersion } });
    return o;
}

QJsonObject toJson(const FacialDataDisposal& d)
{
    return { { QStringLiteral("method"), d.method }, { QStringLiteral("on"), dateValue(d.on) },
        { QStringLiteral("evidence"), d.evidence } };
}

FacialDataDisposal readDisposal(const QJsonValue& value, const QString& path, Problems& problems)
{
    FacialDataDisposal d;
    if (value.isUndefined() || value.isNull())
        return d;
    JsonReader r(value, path, problems);
    if (!r.valid())
        return d;
    d.method = r.text("method", 20);
    if (!d.method.isEmpty() && d.method != QLatin1String("deleted") && d.method != QLatin1String("anonymized"))
        problems.add(
            r.path("method"), QCoreApplication::translate("piadesk::ModelJson", "must be deleted or anonymized."));
    d.on = r.date("on");
    d.evidence = r.text("evidence", FieldRules::kLongText);
    return d;
}

QJsonObject toJson(const FilingRecord& f)
{
    QJsonObject materials;
    for (auto it = f.materials.cbegin(); it != f.materials.cend(); ++it)
        materials.insert(it.key(), enumKey(it.value()));
    QJsonObject o { { QStringLiteral("id"), f.uuid }, { QStringLiteral("kind"), enumKey(f.kind) },
        { QStringLiteral("triggerDate"), dateValue(f.triggerDate) },
        { QStringLiteral("dueDate"), dateValue(f.dueDate) },
        { QStringLiteral("submittedOn"), dateValue(f.submittedOn) }, { QStringLiteral("authority"), f.authority },
        { QStringLiteral("referenceNumber"), f.referenceNumber }, { QStringLiteral("materials"), materials },
        { QStringLiteral("note"), f.note } };
    if (!f.disposal.isEmpty())
        o.insert(QStringLiteral("disposal"), toJson(f.disposal));
    return o;
}

QJsonObject toJson(const Attachment& a, bool withData)
{
    QJsonObject o { { QStringLiteral("id"), a.uuid },
        { QStringLiteral("assessment"),
            a.assessmentUuid.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.assessmentUuid) },
        { QStringLiteral("material"), a.material }, { QStringLiteral("name"), a.name },
        { QStringLiteral("mediaType"), a.mediaType }, { QStringLiteral("size"), double(a.size) },
        { QStringLiteral("sha256"), a.sha256 } };
    if (withData)
        o.insert(QStringLiteral("data"), QString::fromLatin1(a.data.toBase64()));
    return o;
}

Organisation readOrganisation(const QJsonValue& value, const QString& path, Problems& problems)
{
    Organisation o;
    JsonReader r(value, path, problems);
    if (!r.valid())
        return o;
    o.uuid = r.identifier("id", true);
    o.name = r.text("name", FieldRules::kShortText, true);
    o.creditCode = r.text("creditCode", FieldRules::kShortText);
    o.address = r.text("address", FieldRules::kShortText);
    o.legalRepresentative = r.text("legalRepresentative", FieldRules::kShortText);
    o.contact = readContact(r.value("contact"), r.path("contact"), problems);
    o.responsiblePerson = readContact(r.value("responsiblePerson"), r.path("responsiblePerson"), problems);
    o.handlingPerson = readHandlingPerson(r.value("handlingPerson"), r.path("handlingPerson"), problems);
    return o;
}

CaseFacts readFacts(const QJsonValue& value, const QString& path, Problems& problems)
{
    CaseFacts f;
    JsonReader r(value, path, problems);
    if (!r.valid())
        return f;
    f.name = r.text("name", FieldRules::kShortText, true);
    f.description = r.text("description", FieldRules::kLongText);
    f.places = r.textList("places", FieldRules::kShortText);
    f.placeKind = r.enumeration("placeKind", PlaceKind::Unspecified);
    f.publicPlace = r.boolean("publicPlace");
    f.purposes = r.textList("purposes", FieldRules::kLongText);
    f.methods = r.enumList<Method>("methods");
    f.equipment = readEquipment(r.array("equipment"), r.path("equipment"), problems);
    f.vendors = r.textList("vendors", FieldRules::kShortText);
    f.storedPeople = r.integer("storedPeople", 0, FieldRules::kMaxStoredPeople);
    f.minorsUnder14 = r.boolean("minorsUnder14");
    f.originalImagesStored = r.boolean("originalImagesStored");
    f.storageLocation = r.text("storageLocation", FieldRules::kShortText);
    f.storagePeriod = r.text("storagePeriod", FieldRules::kShortText);
    f.anonymization = r.text("anonymization", FieldRules::kLongText);
    f.startOfUse = r.date("startOfUse");
    f.thresholdReachedOn = r.date("thresholdReachedOn");
    f.endOfUse = r.date("endOfUse");
    f.status = r.enumeration("status", CaseStatus::Planned);
    return f;
}

RecordSnapshot readSnapshot(const QJsonValue& value, const QString& path, Problems& problems)
{
    RecordSnapshot s;
    JsonReader r(value, path, problems);
    if (!r.valid())
        return s;
    s.organisation = readOrganisation(r.value("organisation", true), r.path("organisation"), problems);
    s.facts = readFacts(r.value("facts", true), r.path("facts"), problems);
    return s;
}

AssessmentVersion readAssessment(const QJsonValue& value, const QString& path, Problems& problems)
{
    AssessmentVersion a;
    JsonReader r(value, path, problems);
    if (!r.valid())
        return a;
    a.uuid = r.identifier("id", true);
    a.number = int(r.integer("number", 1, 100000, true));
    {
        JsonReader t(r.value("trigger", true), r.path("trigger"), problems);
        if (t.valid()) {
            a.trigger = t.enumeration("kind", TriggerKind::Initial, true);
            a.triggerDate = t.date("date");
            a.triggerDescription = t.text("description", FieldRules::kLongText);
        }
    }
    a.state = r.enumeration("state", AssessmentState::Draft, true);
    const QJsonValue answers = r.value("answers");
    if (!answers.isUndefined() && !answers.isObject()) {
        problems.add(r.path("answers"),
            QCoreApplication::translate("piadesk::ModelJson", "must be an object mapping question ids to answers."));
    } else {
        const QJsonObject map = answers.toObject();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            const QString p = r.path("answers") + QLatin1Char('.') + it.key();
            static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9._-]{1,100}$"));
            if (!idPattern.match(it.key()).hasMatch()) {
                problems.add(p, QCoreApplication::translate("piadesk::ModelJson", "is not a valid question id."));
                continue;
            }
            JsonReader ar(it.value(), p, problems);
            if (!ar.valid())
                continue;
            Answer answer;
            answer.questionId = it.key();
            answer.value = ar.value("value");
            if (answer.value.isUndefined())
                answer.value = QJsonValue(QJsonValue::Null);
            if (answer.value.isString()) {
                const QString problem = FieldRules::textProblem(answer.value.toString(), FieldRules::kLongText);
                if (!problem.isEmpty())
                    problems.add(ar.path("value"), problem);
            } else if (answer.value.isObject() && answer.questionId == QLatin1String("risk.acceptance")) {
                // The acceptance of the residual risk: who accepted it, and when ({"by": NAME, "on": DATE}).
                JsonReader acceptance(answer.value, ar.path("value"), problems);
                acceptance.text("by", FieldRules::kShortText);
                acceptance.date("on");
            } else if (answer.value.isObject()) {
                problems.add(ar.path("value"),
                    QCoreApplication::translate(
                        "piadesk::ModelJson", "must be a string, number, boolean, list or null."));
            } else if (answer.value.isArray()) {
                const QJsonArray items = answer.value.toArray();
                for (qsizetype i = 0; i < items.size(); ++i) {
                    const QJsonValue item = items.at(i);
                    const bool ok = item.isString()
                        ? FieldRules::textProblem(item.toString(), FieldRules::kLongText).isEmpty()
                        : (item.isDouble() || item.isBool());
                    if (!ok)
                        problems.add(ar.path("value") + QStringLiteral("[%1]").arg(i),
                            QCoreApplication::translate(
                                "piadesk::ModelJson", "must be a string, number or boolean of acceptable length."));
                }
            } else if (answer.value.isDouble() && !std::isfinite(answer.value.toDouble())) {
                problems.add(
                    ar.path("value"), QCoreApplication::translate("piadesk::ModelJson", "must be a finite number."));
            }
            answer.justification = ar.text("justification", FieldRules::kLongText);
            answer.evidence = ar.textList("evidence", 100);
            a.answers.append(answer);
        }
    }
    const QJsonArray risks = r.array("risks");
    for (qsizetype i = 0; i < risks.size(); ++i) {
        JsonReader rr(risks.at(i), r.path("risks") + QStringLiteral("[%1]").arg(i), problems);
        if (!rr.valid())
            continue;
        Risk risk;
        risk.uuid = rr.identifier("id", true);
        risk.title = rr.text("title", FieldRules::kShortText);
        risk.description = rr.text("description", FieldRules::kLongText);
        risk.impactKinds = rr.enumList<ImpactKind>("impactKinds");
        risk.impact = rr.enumeration("impact", ImpactLevel::Low, true);
        risk.likelihood = rr.enumeration("likelihood", Likelihood::Low, true);
        risk.residualImpact = rr.enumeration("residualImpact", risk.impact);
        risk.residualLikelihood = rr.enumeration("residualLikelihood", risk.likelihood);
        risk.source = rr.identifier("source", false);
        risk.likelihoodBasis = rr.text("likelihoodBasis", FieldRules::kLongText);
        a.risks.append(risk);
    }
    const QJsonArray measures = r.array("measures");
    for (qsizetype i = 0; i < measures.size(); ++i) {
        JsonReader mr(measures.at(i), r.path("measures") + QStringLiteral("[%1]").arg(i), problems);
        if (!mr.valid())
            continue;
        Measure m;
        m.uuid = mr.identifier("id", true);
        m.riskUuid = mr.identifier("risk", false);
        m.description = mr.text("description", FieldRules::kLongText);
        m.owner = mr.text("owner", FieldRules::kShortText);
        m.dueDate = mr.date("dueDate");
        m.status = mr.enumeration("status", MeasureStatus::Planned);
        a.measures.append(m);
    }
    const QJsonArray activities = r.array("activities");
    for (qsizetype i = 0; i < activities.size(); ++i)
        a.activities.append(
            readActivity(activities.at(i), r.path("activities") + QStringLiteral("[%1]").arg(i), problems));
    a.assessor = r.text("assessor", FieldRules::kShortText);
    a.reviewer = r.text("reviewer", FieldRules::kShortText);
    a.signedOffBy = r.text("signedOffBy", FieldRules::kShortText);
    a.signedOffOn = r.date("signedOffOn");
    a.finalizedAt = r.dateTime("finalizedAt");
    a.retainUntil = r.date("retainUntil");
    a.contentHash = r.text("contentHash", 64);
    const QJsonValue record = r.value("record");
    if (!record.isUndefined() && !record.isNull())
        a.record = readSnapshot(record, r.path("record"), problems);
    const QJsonValue ruleSet = r.value("ruleSet");
    if (!ruleSet.isUndefined() && !ruleSet.isNull()) {
        JsonReader rr(ruleSet, r.path("ruleSet"), problems);
        a.ruleSetId = rr.identifier("id", true);
        a.ruleSetVersion = rr.identifier("version", true);
    }
    return a;
}

FilingRecord readFiling(const QJsonValue& value, const QString& path, Problems& problems)
{
    FilingRecord f;
    JsonReader r(value, path, problems);
    if (!r.valid())
        return f;
    f.uuid = r.identifier("id", true);
    f.kind = r.enumeration("kind", FilingKind::Initial, true);
    f.triggerDate = r.date("triggerDate");
    f.dueDate = r.date("dueDate");
    f.submittedOn = r.date("submittedOn");
    f.authority = r.text("authority", FieldRules::kShortText);
    f.referenceNumber = r.text("referenceNumber", FieldRules::kShortText);
    f.disposal = readDisposal(r.value("disposal"), r.path("disposal"), problems);
    const QJsonValue materials = r.value("materials");
    if (!materials.isUndefined() && !materials.isObject()) {
        problems.add(r.path("materials"),
            QCoreApplication::translate("piadesk::ModelJson", "must be an object mapping material ids to states."));
    } else {
        const QJsonObject map = materials.toObject();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            const auto status
                = it.value().isString() ? enumFromKey<MaterialStatus>(it.value().toString()) : std::nullopt;
            if (!status || it.key().isEmpty() || it.key().size() > 100)
                problems.add(r.path("materials") + QLatin1Char('.') + it.key(),
                    QCoreApplication::translate("piadesk::ModelJson", "must be one of %1.")
                        .arg(enumKeys<MaterialStatus>().join(QStringLiteral(", "))));
            else
                f.materials.insert(it.key(), *status);
        }
    }
    f.note = r.text("note", FieldRules::kLongText);
    return f;
}

Attachment readAttachment(const QJsonValue& value, const QString& path, Problems& problems)
{
    Attachment a;
    JsonReader r(value, path, problems);
    if (!r.valid())
        return a;
    a.uuid = r.identifier("id", true);
    a.assessmentUuid = r.identifier("assessment", false);
    a.material = r.text("material", 200);
    a.name = r.text("name", FieldRules::kShortText, true);
    a.mediaType = r.text("mediaType", 255);
    a.size = r.integer("size", 0, FieldRules::kMaxAttachmentBytes, true);
    a.sha256 = r.text("sha256", 64, true);
    static const QRegularExpression hexPattern(QStringLiteral("^[0-9a-f]{64}$"));
    if (!a.sha256.isEmpty() && !hexPattern.match(a.sha256).hasMatch())
        problems.add(r.path("sha256"),
            QCoreApplication::translate("piadesk::ModelJson", "must be 64 lower-case hexadecimal digits."));
    const QJsonValue data = r.value("data");
    if (!data.isUndefined()) {
        if (!data.isString()) {
            problems.add(r.path("data"),
                QCoreApplication::translate("piadesk::ModelJson", "must be the file's bytes in base64."));
        } else if (data.toString().size() > (FieldRules::kMaxAttachmentBytes / 3 + 1) * 4) {
            problems.add(r.path("data"),
                QCoreApplication::translate("piadesk::ModelJson", "is larger than an attachment may be."));
        } else {
            const auto decoded
                = QByteArray::fromBase64Encoding(data.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                problems.add(r.path("data"), QCoreApplication::translate("piadesk::ModelJson", "is not valid base64."));
            else
                a.data = decoded.decoded;
        }
    }
    return a;
}

} // namespace piadesk::ModelJson

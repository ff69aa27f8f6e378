#include "CaseExchange.h"

#include "core/Clock.h"
#include "core/ContentHash.h"
#include "core/CreditCode.h"
#include "core/FieldRules.h"
#include "core/ModelJson.h"
#include "store/CaseStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace piadesk::CaseExchange {

namespace {
QString at(const QString& path, int index)
{
    return path + QStringLiteral("[%1]").arg(index);
}

void rejectUnknownKeys(const QJsonObject& object, const QString& path, const QStringList& known, Problems& problems)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            problems.add(path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(),
                QCoreApplication::translate("piadesk::CaseExchange", "is not a known field."));
    }
}

QJsonArray arrayField(const QJsonObject& object, const QString& path, const char* key, Problems& problems)
{
    const QJsonValue v = object.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray()) {
        problems.add(path + QLatin1Char('.') + QLatin1String(key),
            QCoreApplication::translate("piadesk::CaseExchange", "must be an array."));
        return {};
    }
    return v.toArray();
}

/** Checks what only the whole case can tell: references, uniqueness, states and hashes. */
void checkCase(const CaseBundle& c, const QString& path, QSet<QString>& uuids, Problems& problems)
{
    auto claim = [&](const QString& uuid, const QString& where) {
        if (uuid.isEmpty())
            return;
        if (uuids.contains(uuid))
            problems.add(where,
                QCoreApplication::translate(
                    "piadesk::CaseExchange", "repeats the id \"%1\" used elsewhere in the document.")
                    .arg(uuid));
        uuids.insert(uuid);
    };
    claim(c.caseInfo.uuid, path + QStringLiteral(".id"));
    FieldRules::checkOrganisation(c.organisation, path + QStringLiteral(".organisation"), problems);
    FieldRules::checkFacts(c.caseInfo.facts, path + QStringLiteral(".facts"), problems);

    QSet<QString> attachmentIds;
    QSet<QString> assessmentIds;
    for (const AssessmentVersion& a : c.assessments)
        assessmentIds.insert(a.uuid);
    for (qsizetype i = 0; i < c.attachments.size(); ++i) {
        const Attachment& att = c.attachments.at(i);
        const QString p = at(path + QStringLiteral(".attachments"), int(i));
        claim(att.uuid, p + QStringLiteral(".id"));
        attachmentIds.insert(att.uuid);
        FieldRules::checkAttachment(att, p, problems);
        if (!att.assessmentUuid.isEmpty() && !assessmentIds.contains(att.assessmentUuid))
            problems.add(p + QStringLiteral(".assessment"),
                QCoreApplication::translate(
                    "piadesk::CaseExchange", "refers to assessment \"%1\", which is not in this case.")
                    .arg(att.assessmentUuid));
        if (att.data.size() != att.size)
            problems.add(p + QStringLiteral(".size"),
                QCoreApplication::translate("piadesk::CaseExchange", "says %1 bytes but the data has %2.")
                    .arg(att.size)
                    .arg(att.data.size()));
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(att.data, QCryptographicHash::Sha256).toHex());
        if (!att.sha256.isEmpty() && sha != att.sha256)
            problems.add(p + QStringLiteral(".sha256"),
                QCoreApplication::translate(
                    "piadesk::CaseExchange", "does not match the data: the attachment is damaged."));
    }

    QSet<int> numbers;
    int open = 0;
    int finalized = 0;
    for (qsizetype i = 0; i < c.assessments.size(); ++i) {
        const AssessmentVersion& a = c.assessments.at(i);
        const QString p = at(path + QStringLiteral(".assessments"), int(i));
        claim(a.uuid, p + QStringLiteral(".id"));
        FieldRules::checkAssessment(a, p, problems);
        if (numbers.contains(a.number))
            problems.add(p + QStringLiteral(".number"),
                QCoreApplication::translate("piadesk::CaseExchange", "repeats version number %1.").arg(a.number));
        numbers.insert(a.number);
        if (!a.isFinal())
            ++open;
        if (a.state == AssessmentState::Finalized)
            ++finalized;
        QSet<QString> riskIds;
        for (qsizetype r = 0; r < a.risks.size(); ++r) {
            if (riskIds.contains(a.risks.at(r).uuid))
                problems.add(at(p + QStringLiteral(".risks"), int(r)) + QStringLiteral(".id"),
                    QCoreApplication::translate("piadesk::CaseExchange", "repeats a risk id of this version."));
            riskIds.insert(a.risks.at(r).uuid);
        }
        QSet<QString> measureIds;
        for (qsizetype m = 0; m < a.measures.size(); ++m) {
            const Measure& measure = a.measures.at(m);
            const QString mp = at(p + QStringLiteral(".measures"), int(m));
            if (measureIds.contains(measure.uuid))
                problems.add(mp + QStringLiteral(".id"),
                    QCoreApplication::translate("piadesk::CaseExchange", "repeats a measure id of this version."));
            measureIds.insert(measure.uuid);
            if (!measure.riskUuid.isEmpty() && !riskIds.contains(measure.riskUuid))
                problems.add(mp + QStringLiteral(".risk"),
                    QCoreApplication::translate(
                        "piadesk::CaseExchange", "refers to risk \"%1\", which is not in this version.")
                        .arg(measure.riskUuid));
        }
        QSet<QString> activityIds;
        for (qsizetype d = 0; d < a.activities.size(); ++d) {
            if (activityIds.contains(a.activities.at(d).uuid))
                problems.add(at(p + QStringLiteral(".activities"), int(d)) + QStringLiteral(".id"),
                    QCoreApplication::translate(
                        "piadesk::CaseExchange", "repeats a processing activity id of this version."));
            activityIds.insert(a.activities.at(d).uuid);
        }
        for (const Answer& answer : a.answers) {
            for (qsizetype e = 0; e < answer.evidence.size(); ++e) {
                if (!attachmentIds.contains(answer.evidence.at(e)))
                    problems.add(
                        at(p + QStringLiteral(".answers.") + answer.questionId + QStringLiteral(".evidence"), int(e)),
                        QCoreApplication::translate(
                            "piadesk::CaseExchange", "refers to attachment \"%1\", which is not in this case.")
                            .arg(answer.evidence.at(e)));
            }
        }
        if (i == 0 && a.trigger != TriggerKind::Initial)
            problems.add(p + QStringLiteral(".trigger.kind"),
                QCoreApplication::translate("piadesk::CaseExchange", "must be \"initial\" for the first version."));
        if (i > 0 && a.trigger == TriggerKind::Initial)
            problems.add(p + QStringLiteral(".trigger.kind"),
                QCoreApplication::translate("piadesk::CaseExchange", "can be \"initial\" only for the first version."));
        if (i > 0 && a.number <= c.assessments.at(i - 1).number)
            problems.add(p + QStringLiteral(".number"),
                QCoreApplication::translate(
                    "piadesk::CaseExchange", "must be greater than the previous version's number."));
        if (a.isFinal()) {
            if (!a.finalizedAt.isValid() || !a.retainUntil.isValid() || a.contentHash.isEmpty() || !a.record) {
                problems.add(p,
                    QCoreApplication::translate(
                        "piadesk::CaseExchange", "is %1 but lacks finalizedAt, retainUntil, contentHash or record.")
                        .arg(enumKey(a.state)));
            } else {
                QList<Attachment> evidence;
                for (const Attachment& att : c.attachments) {
                    if (att.assessmentUuid == a.uuid)
                        evidence.append(att);
                }
                if (ContentHash::compute(a, c.caseInfo.uuid, evidence) != a.contentHash)
                    problems.add(p + QStringLiteral(".contentHash"),
                        QCoreApplication::translate("piadesk::CaseExchange",
                            "does not match the version's content: the finalized version was altered "
                            "after it was finalized."));
                if (a.record)
                    FieldRules::checkOrganisation(
                        a.record->organisation, p + QStringLiteral(".record.organisation"), problems);
            }
        } else if (a.finalizedAt.isValid() || a.retainUntil.isValid() || !a.contentHash.isEmpty() || a.record) {
            problems.add(p,
                QCoreApplication::translate("piadesk::CaseExchange", "is a %1 but carries finalization data.")
                    .arg(enumKey(a.state)));
        }
    }
    if (open > 1)
        problems.add(path + QStringLiteral(".assessments"),
            QCoreApplication::translate("piadesk::CaseExchange", "has more than one version that is not finalized."));
    if (finalized > 1)
        problems.add(path + QStringLiteral(".assessments"),
            QCoreApplication::translate(
                "piadesk::CaseExchange", "has more than one finalized version; earlier ones must be superseded."));
    for (qsizetype i = 0; i < c.filings.size(); ++i) {
        const QString p = at(path + QStringLiteral(".filings"), int(i));
        claim(c.filings.at(i).uuid, p + QStringLiteral(".id"));
        FieldRules::checkFiling(c.filings.at(i), p, problems);
    }
}

QString lineAndColumn(const QByteArray& document, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < document.size(); ++i) {
        if (document.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((document.at(i) & 0xc0) != 0x80) {
            ++column;
        }
    }
    return QCoreApplication::translate("piadesk::CaseExchange", "line %1, column %2").arg(line).arg(column);
}
} // namespace

QJsonObject caseToJson(const CaseBundle& bundle)
{
    QJsonArray assessments;
    for (const AssessmentVersion& a : bundle.assessments)
        assessments.append(ModelJson::toJson(a));
    QJsonArray filings;
    for (const FilingRecord& f : bundle.filings)
        filings.append(ModelJson::toJson(f));
    QJsonArray attachments;
    for (const Attachment& a : bundle.attachments)
        attachments.append(ModelJson::toJson(a, true));
    return { { QStringLiteral("id"), bundle.caseInfo.uuid },
        { QStringLiteral("organisation"), ModelJson::toJson(bundle.organisation) },
        { QStringLiteral("facts"), ModelJson::toJson(bundle.caseInfo.facts) },
        { QStringLiteral("ruleSet"), bundle.caseInfo.ruleSetId }, { QStringLiteral("assessments"), assessments },
        { QStringLiteral("filings"), filings }, { QStringLiteral("attachments"), attachments } };
}

QByteArray exportCases(CaseStore& store, const QList<qint64>& caseIds, QString* error)
{
    QJsonArray cases;
    for (qint64 id : caseIds) {
        CaseBundle bundle;
        if (!store.loadCase(id, &bundle)) {
            if (error)
                *error = store.errorString();
            return {};
        }
        for (Attachment& a : bundle.attachments) {
            a.data = store.attachmentData(a.id);
            if (a.data.isNull()) {
                if (error)
                    *error = store.errorString();
                return {};
            }
        }
        cases.append(caseToJson(bundle));
    }
    const QJsonObject document { { QStringLiteral("format"), QStringLiteral("piadesk-case") },
        { QStringLiteral("formatVersion"), kFormatVersion },
        { QStringLiteral("generator"), QStringLiteral("PIAdesk " PIADESK_VERSION) },
        { QStringLiteral("exportedAt"), ModelJson::dateTimeValue(store.clock().now()) },
        { QStringLiteral("cases"), cases } };
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

QList<CaseBundle> parse(const QByteArray& document, Problems& problems)
{
    QList<CaseBundle> result;
    if (document.size() > kMaxDocumentBytes) {
        problems.add({},
            QCoreApplication::translate(
                "piadesk::CaseExchange", "The file is %1 MiB; a case document may have at most %2 MiB.")
                .arg(document.size() / (1024 * 1024))
                .arg(kMaxDocumentBytes / (1024 * 1024)));
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(document, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        problems.add({},
            QCoreApplication::translate("piadesk::CaseExchange", "The file is not valid JSON (%1, at %2).")
                .arg(parseError.errorString(), lineAndColumn(document, parseError.offset)));
        return result;
    }
    if (!doc.isObject()) {
        problems.add({},
            QCoreApplication::translate("piadesk::CaseExchange",
                "The file is JSON but not a PIAdesk case document (its top level is not an object)."));
        return result;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("piadesk-case")) {
        problems.add(QStringLiteral("format"),
            QCoreApplication::translate(
                "piadesk::CaseExchange", "must be \"piadesk-case\": this is not a PIAdesk case document."));
        return result;
    }
    const QJsonValue version = root.value(QLatin1String("formatVersion"));
    const bool knownVersion = version.isDouble() && version.toDouble() >= 1 && version.toDouble() <= kFormatVersion
        && version.toDouble() == std::floor(version.toDouble());
    if (!knownVersion) {
        problems.add(QStringLiteral("formatVersion"),
            version.isDouble() && version.toDouble() > kFormatVersion
                ? QCoreApplication::translate("piadesk::CaseExchange",
                    "is %1: the document comes from a newer PIAdesk. This version reads format version %2.")
                      .arg(version.toDouble())
                      .arg(kFormatVersion)
                : QCoreApplication::translate("piadesk::CaseExchange", "must be a whole number from 1 to %1.")
                      .arg(kFormatVersion));
        return result;
    }
    rejectUnknownKeys(root, {},
        { QStringLiteral("format"), QStringLiteral("formatVersion"), QStringLiteral("generator"),
            QStringLiteral("exportedAt"), QStringLiteral("cases") },
        problems);
    const QJsonValue casesValue = root.value(QLatin1String("cases"));
    if (!casesValue.isArray() || casesValue.toArray().isEmpty()) {
        problems.add(QStringLiteral("cases"),
            QCoreApplication::translate("piadesk::CaseExchange", "must be a non-empty array of cases."));
        return result;
    }
    const QJsonArray cases = casesValue.toArray();
    QSet<QString> uuids;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const QString path = at(QStringLiteral("cases"), int(i));
        if (!cases.at(i).isObject()) {
            problems.add(path, QCoreApplication::translate("piadesk::CaseExchange", "must be an object."));
            continue;
        }
        const QJsonObject o = cases.at(i).toObject();
        rejectUnknownKeys(o, path,
            { QStringLiteral("id"), QStringLiteral("organisation"), QStringLiteral("facts"), QStringLiteral("ruleSet"),
                QStringLiteral("assessments"), QStringLiteral("filings"), QStringLiteral("attachments") },
            problems);
        CaseBundle bundle;
        const QJsonValue id = o.value(QLatin1String("id"));
        if (!id.isString() || id.toString().isEmpty() || id.toString().size() > 100)
            problems.add(path + QStringLiteral(".id"),
                QCoreApplication::translate("piadesk::CaseExchange", "must be the case's id (a non-empty string)."));
        bundle.caseInfo.uuid = id.toString().toLower();
        bundle.organisation = ModelJson::readOrganisation(
            o.value(QLatin1String("organisation")), path + QStringLiteral(".organisation"), problems);
        bundle.organisation.creditCode = CreditCode::normalized(bundle.organisation.creditCode);
        bundle.caseInfo.facts
            = ModelJson::readFacts(o.value(QLatin1String("facts")), path + QStringLiteral(".facts"), problems);
        const QJsonValue ruleSet = o.value(QLatin1String("ruleSet"));
        static const QRegularExpression ruleSetPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,99}$"));
        if (!ruleSet.isUndefined() && !ruleSetPattern.match(ruleSet.toString()).hasMatch())
            problems.add(path + QStringLiteral(".ruleSet"),
                QCoreApplication::translate(
                    "piadesk::CaseExchange", "must be a rule-set id like \"cn-cac-frt-2023-draft\"."));
        bundle.caseInfo.ruleSetId = ruleSet.toString();
        const QJsonArray assessments = arrayField(o, path, "assessments", problems);
        for (qsizetype j = 0; j < assessments.size(); ++j)
            bundle.assessments.append(ModelJson::readAssessment(
                assessments.at(j), at(path + QStringLiteral(".assessments"), int(j)), problems));
        const QJsonArray filings = arrayField(o, path, "filings", problems);
        for (qsizetype j = 0; j < filings.size(); ++j)
            bundle.filings.append(
                ModelJson::readFiling(filings.at(j), at(path + QStringLiteral(".filings"), int(j)), problems));
        const QJsonArray attachments = arrayField(o, path, "attachments", problems);
        for (qsizetype j = 0; j < attachments.size(); ++j) {
            const QString p = at(path + QStringLiteral(".attachments"), int(j));
            Attachment a = ModelJson::readAttachment(attachments.at(j), p, problems);
            if (!attachments.at(j).toObject().contains(QLatin1String("data")))
                problems.add(p + QStringLiteral(".data"),
                    QCoreApplication::translate(
                        "piadesk::CaseExchange", "is missing: the attachment's bytes must be included."));
            bundle.attachments.append(a);
        }
        checkCase(bundle, path, uuids, problems);
        result.append(bundle);
    }
    return result;
}

bool importDocument(CaseStore& store, const QByteArray& document, QList<qint64>* caseIds, QString* error)
{
    Problems problems;
    const QList<CaseBundle> cases = parse(document, problems);
    if (!problems.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("piadesk::CaseExchange",
                         "Nothing was imported; the document has %n problem(s):", nullptr, int(problems.size()))
                + QLatin1Char('\n') + problems.toString();
        return false;
    }
    return importCases(store, cases, caseIds, error);
}

std::optional<QList<CaseBundle>> readFile(const QString& path, QString* error)
{
    const QString shown = QDir::toNativeSeparators(path);
    auto failed = [error](const QString& message) -> std::optional<QList<CaseBundle>> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QFileInfo info(path);
    if (!info.isFile())
        return failed(QCoreApplication::translate("piadesk::CaseExchange", "%1 is not a file.").arg(shown));
    if (info.size() > kMaxDocumentBytes)
        return failed(QCoreApplication::translate(
            "piadesk::CaseExchange", "%1 is too large to be a case document (%2 MiB; the limit is %3 MiB).")
                          .arg(shown)
                          .arg(info.size() / (1024 * 1024))
                          .arg(kMaxDocumentBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(QCoreApplication::translate("piadesk::CaseExchange", "%1 cannot be read: %2")
                          .arg(shown, file.errorString()));
    Problems problems;
    QList<CaseBundle> cases = parse(file.readAll(), problems);
    if (!problems.isEmpty())
        return failed(QCoreApplication::translate("piadesk::CaseExchange",
                          "Nothing was imported; %1 has %n problem(s):", nullptr, int(problems.size()))
                          .arg(shown)
            + QLatin1Char('\n') + problems.toString());
    return cases;
}

bool importCases(CaseStore& store, const QList<CaseBundle>& cases, QList<qint64>* caseIds, QString* error)
{
    QList<qint64> ids;
    if (!store.importCases(cases, &ids)) {
        if (error)
            *error = QCoreApplication::translate("piadesk::CaseExchange", "Nothing was imported: %1")
                         .arg(store.errorString());
        return false;
    }
    if (caseIds)
        *caseIds = ids;
    return true;
}

} // namespace piadesk::CaseExchange

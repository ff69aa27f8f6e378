#include "FieldRules.h"

#include "CreditCode.h"

#include <QCoreApplication>
#include <QSet>

namespace piadesk::FieldRules {

namespace {
QString join(const QString& path, const char* key)
{
    return path.isEmpty() ? QLatin1String(key) : path + QLatin1Char('.') + QLatin1String(key);
}

void text(Problems& problems, const QString& path, const char* key, const QString& value, int limit)
{
    const QString problem = textProblem(value, limit);
    if (!problem.isEmpty())
        problems.add(join(path, key), problem);
}

void date(Problems& problems, const QString& path, const char* key, const QDate& value)
{
    const QString problem = dateProblem(value);
    if (!problem.isEmpty())
        problems.add(join(path, key), problem);
}

void contact(Problems& problems, const QString& path, const ContactPerson& c)
{
    text(problems, path, "name", c.name, kShortText);
    text(problems, path, "title", c.title, kShortText);
    text(problems, path, "phone", c.phone, kShortText);
    text(problems, path, "email", c.email, kShortText);
}

void textList(Problems& problems, const QString& path, const char* key, const QStringList& list, int limit)
{
    if (list.size() > kMaxListItems)
        problems.add(join(path, key),
            QCoreApplication::translate(
                "piadesk::FieldRules", "has %n entries; at most 1000 are allowed.", nullptr, int(list.size())));
    for (qsizetype i = 0; i < list.size() && i < kMaxListItems; ++i) {
        const QString problem = textProblem(list.at(i), limit);
        if (!problem.isEmpty())
            problems.add(join(path, key) + QStringLiteral("[%1]").arg(i), problem);
    }
}
} // namespace

QString textProblem(const QString& value, int limit)
{
    if (value.size() > limit)
        return QCoreApplication::translate("piadesk::FieldRules", "is %1 characters long; at most %2 are allowed.")
            .arg(value.size())
            .arg(limit);
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value.at(i).unicode();
        if ((c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c == 0x7f)
            return QCoreApplication::translate(
                "piadesk::FieldRules", "contains a control character (U+%1) at position %2.")
                .arg(uint(c), 4, 16, QLatin1Char('0'))
                .arg(i + 1);
        // Bidirectional overrides, embeddings and isolates reorder what follows them: a report would then read
        // differently from what is stored ("Trojan Source"). Right-to-left and left-to-right marks are kept.
        if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
            return QCoreApplication::translate("piadesk::FieldRules",
                "contains a text-direction override (U+%1) at position %2, which would make the printed text read "
                "differently from what was typed.")
                .arg(uint(c), 4, 16, QLatin1Char('0'))
                .arg(i + 1);
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 < value.size() && QChar::isLowSurrogate(value.at(i + 1).unicode())) {
                ++i;
                continue;
            }
            return QCoreApplication::translate("piadesk::FieldRules", "contains an invalid character at position %1.")
                .arg(i + 1);
        }
        if (QChar::isLowSurrogate(c))
            return QCoreApplication::translate("piadesk::FieldRules", "contains an invalid character at position %1.")
                .arg(i + 1);
    }
    return {};
}

QString dateProblem(const QDate& value)
{
    if (value.isNull())
        return {};
    if (!value.isValid())
        return QCoreApplication::translate("piadesk::FieldRules", "is not a valid date.");
    if (value.year() < kMinYear || value.year() > kMaxYear)
        return QCoreApplication::translate(
            "piadesk::FieldRules", "lies in the year %1; dates from %2 to %3 are accepted.")
            .arg(value.year())
            .arg(kMinYear)
            .arg(kMaxYear);
    return {};
}

void checkOrganisation(const Organisation& o, const QString& path, Problems& problems)
{
    text(problems, path, "name", o.name, kShortText);
    text(problems, path, "creditCode", o.creditCode, kShortText);
    QString codeError;
    if (!o.creditCode.isEmpty() && o.creditCode.size() <= kShortText && !CreditCode::isValid(o.creditCode, &codeError))
        problems.add(join(path, "creditCode"), codeError);
    text(problems, path, "address", o.address, kShortText);
    text(problems, path, "legalRepresentative", o.legalRepresentative, kShortText);
    contact(problems, join(path, "contact"), o.contact);
    contact(problems, join(path, "responsiblePerson"), o.responsiblePerson);
    const QString handler = join(path, "handlingPerson");
    text(problems, handler, "name", o.handlingPerson.name, kShortText);
    text(problems, handler, "idType", o.handlingPerson.idType, kShortText);
    text(problems, handler, "idNumber", o.handlingPerson.idNumber, kShortText);
    text(problems, handler, "phone", o.handlingPerson.phone, kShortText);
}

void checkFacts(const CaseFacts& f, const QString& path, Problems& problems)
{
    text(problems, path, "name", f.name, kShortText);
    if (f.name.trimmed().isEmpty())
        problems.add(join(path, "name"), QCoreApplication::translate("piadesk::FieldRules", "must not be empty."));
    text(problems, path, "description", f.description, kLongText);
    textList(problems, path, "places", f.places, kShortText);
    textList(problems, path, "purposes", f.purposes, kLongText);
    textList(problems, path, "vendors", f.vendors, kShortText);
    QSet<Method> seen;
    for (Method m : f.methods) {
        if (seen.contains(m))
            problems.add(join(path, "methods"),
                QCoreApplication::translate("piadesk::FieldRules", "lists \"%1\" twice.").arg(enumKey(m)));
        seen.insert(m);
    }
    if (f.equipment.size() > kMaxListItems)
        problems.add(join(path, "equipment"),
            QCoreApplication::translate(
                "piadesk::FieldRules", "has %n entries; at most 1000 are allowed.", nullptr, int(f.equipment.size())));
    for (qsizetype i = 0; i < f.equipment.size() && i < kMaxListItems; ++i) {
        const QString p = join(path, "equipment") + QStringLiteral("[%1]").arg(i);
        const Equipment& e = f.equipment.at(i);
        text(problems, p, "name", e.name, kShortText);
        text(problems, p, "model", e.model, kShortText);
        text(problems, p, "vendor", e.vendor, kShortText);
        if (e.quantity < 0 || e.quantity > 10000000)
            problems.add(join(p, "quantity"),
                QCoreApplication::translate("piadesk::FieldRules", "must be between 0 and 10,000,000."));
    }
    if (f.storedPeople < 0 || f.storedPeople > kMaxStoredPeople)
        problems.add(join(path, "storedPeople"),
            QCoreApplication::translate("piadesk::FieldRules", "must be between 0 and 2,000,000,000."));
    text(problems, path, "storageLocation", f.storageLocation, kShortText);
    text(problems, path, "storagePeriod", f.storagePeriod, kShortText);
    text(problems, path, "anonymization", f.anonymization, kLongText);
    date(problems, path, "startOfUse", f.startOfUse);
    date(problems, path, "thresholdReachedOn", f.thresholdReachedOn);
    date(problems, path, "endOfUse", f.endOfUse);
    if (f.startOfUse.isValid() && f.endOfUse.isValid() && f.endOfUse < f.startOfUse)
        problems.add(join(path, "endOfUse"),
            QCoreApplication::translate("piadesk::FieldRules", "is before the start of use (%1).")
                .arg(f.startOfUse.toString(Qt::ISODate)));
}

void checkAssessment(const AssessmentVersion& a, const QString& path, Problems& problems)
{
    date(problems, join(path, "trigger"), "date", a.triggerDate);
    text(problems, join(path, "trigger"), "description", a.triggerDescription, kLongText);
    if (a.answers.size() > 10 * kMaxListItems)
        problems.add(join(path, "answers"),
            QCoreApplication::translate(
                "piadesk::FieldRules", "has too many answers (%n).", nullptr, int(a.answers.size())));
    for (const Answer& answer : a.answers) {
        const QString p = join(path, "answers") + QLatin1Char('.') + answer.questionId;
        const QString idProblem = textProblem(answer.questionId, 200);
        if (!idProblem.isEmpty() || answer.questionId.isEmpty())
            problems.add(p, QCoreApplication::translate("piadesk::FieldRules", "has an invalid question id."));
        if (answer.value.isString()) {
            const QString problem = textProblem(answer.value.toString(), kLongText);
            if (!problem.isEmpty())
                problems.add(join(p, "value"), problem);
        }
        text(problems, p, "justification", answer.justification, kLongText);
        textList(problems, p, "evidence", answer.evidence, 100);
    }
    for (qsizetype i = 0; i < a.risks.size(); ++i) {
        const QString p = join(path, "risks") + QStringLiteral("[%1]").arg(i);
        text(problems, p, "title", a.risks.at(i).title, kShortText);
        text(problems, p, "description", a.risks.at(i).description, kLongText);
        text(problems, p, "likelihoodBasis", a.risks.at(i).likelihoodBasis, kLongText);
        text(problems, p, "source", a.risks.at(i).source, kShortText);
    }
    for (qsizetype i = 0; i < a.measures.size(); ++i) {
        const QString p = join(path, "measures") + QStringLiteral("[%1]").arg(i);
        text(problems, p, "description", a.measures.at(i).description, kLongText);
        text(problems, p, "owner", a.measures.at(i).owner, kShortText);
        date(problems, p, "dueDate", a.measures.at(i).dueDate);
    }
    for (qsizetype i = 0; i < a.activities.size(); ++i) {
        const QString p = join(path, "activities") + QStringLiteral("[%1]").arg(i);
        for (const ActivityField& f : activityFields())
            text(problems, p, f.jsonKey, a.activities.at(i).*f.member, f.longText ? kLongText : kShortText);
    }
    text(problems, path, "assessor", a.assessor, kShortText);
    text(problems, path, "reviewer", a.reviewer, kShortText);
    text(problems, path, "signedOffBy", a.signedOffBy, kShortText);
    date(problems, path, "signedOffOn", a.signedOffOn);
    date(problems, path, "retainUntil", a.retainUntil);
}

void checkFiling(const FilingRecord& f, const QString& path, Problems& problems)
{
    date(problems, path, "triggerDate", f.triggerDate);
    date(problems, path, "dueDate", f.dueDate);
    date(problems, path, "submittedOn", f.submittedOn);
    text(problems, path, "authority", f.authority, kShortText);
    text(problems, path, "referenceNumber", f.referenceNumber, kShortText);
    text(problems, path, "note", f.note, kLongText);
    date(problems, join(path, "disposal"), "on", f.disposal.on);
    text(problems, join(path, "disposal"), "evidence", f.disposal.evidence, kLongText);
    for (auto it = f.materials.cbegin(); it != f.materials.cend(); ++it) {
        const QString problem = textProblem(it.key(), 200);
        if (!problem.isEmpty() || it.key().isEmpty())
            problems.add(join(path, "materials"),
                QCoreApplication::translate("piadesk::FieldRules", "has an invalid material id."));
    }
}

void checkAttachment(const Attachment& a, const QString& path, Problems& problems)
{
    text(problems, path, "name", a.name, kShortText);
    if (a.name.trimmed().isEmpty())
        problems.add(join(path, "name"), QCoreApplication::translate("piadesk::FieldRules", "must not be empty."));
    text(problems, path, "mediaType", a.mediaType, 255);
    text(problems, path, "material", a.material, 200);
    if (a.size < 0 || a.size > kMaxAttachmentBytes)
        problems.add(join(path, "size"),
            QCoreApplication::translate("piadesk::FieldRules", "is %1 bytes; an attachment may have at most %2 MiB.")
                .arg(a.size)
                .arg(kMaxAttachmentBytes / (1024 * 1024)));
}

} // namespace piadesk::FieldRules

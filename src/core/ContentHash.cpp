#include "ContentHash.h"

#include "ModelJson.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <algorithm>

namespace piadesk {

QByteArray ContentHash::canonicalContent(
    const AssessmentVersion& assessment, const QString& caseUuid, const QList<Attachment>& attachments)
{
    QJsonObject content = ModelJson::toJson(assessment);
    content.remove(QStringLiteral("state"));
    content.remove(QStringLiteral("contentHash"));
    content.insert(QStringLiteral("hashFormat"), 1);
    content.insert(QStringLiteral("case"), caseUuid);
    QList<Attachment> sorted = attachments;
    std::sort(sorted.begin(), sorted.end(), [](const Attachment& a, const Attachment& b) { return a.uuid < b.uuid; });
    QJsonArray evidence;
    for (const Attachment& a : sorted)
        evidence.append(ModelJson::toJson(a, false));
    content.insert(QStringLiteral("attachments"), evidence);
    return ModelJson::canonical(content);
}

QString ContentHash::compute(
    const AssessmentVersion& assessment, const QString& caseUuid, const QList<Attachment>& attachments)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalContent(assessment, caseUuid, attachments), QCryptographicHash::Sha256)
            .toHex());
}

QDate Retention::periodEnd(const QDate& start, int years)
{
    if (!start.isValid())
        return {};
    const QDate firstOfMonth(start.year() + years, start.month(), 1);
    return QDate(firstOfMonth.year(), firstOfMonth.month(), std::min(start.day(), firstOfMonth.daysInMonth()));
}

} // namespace piadesk

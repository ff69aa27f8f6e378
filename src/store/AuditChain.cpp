#include "AuditChain.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace piadesk::AuditChain {

QString genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString hashOf(const AuditEvent& e)
{
    const QJsonArray fields { double(e.seq), e.at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'")),
        e.actor, e.action, e.caseUuid, e.version, e.field, e.detail, e.prevHash };
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(fields).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
}

QString firstBreak(const QList<AuditEvent>& events)
{
    QString previous = genesisHash();
    qint64 expectedSeq = 1;
    for (const AuditEvent& e : events) {
        if (e.seq != expectedSeq)
            return QCoreApplication::translate(
                "piadesk::AuditChain", "Audit event %1 is missing: the log jumps from %2 to %3.")
                .arg(expectedSeq)
                .arg(expectedSeq - 1)
                .arg(e.seq);
        if (e.prevHash != previous)
            return QCoreApplication::translate("piadesk::AuditChain",
                "Audit event %1 does not follow from event %2: "
                "an event was removed or altered.")
                .arg(e.seq)
                .arg(e.seq - 1);
        if (hashOf(e) != e.hash)
            return QCoreApplication::translate(
                "piadesk::AuditChain", "Audit event %1 was altered after it was written.")
                .arg(e.seq);
        previous = e.hash;
        ++expectedSeq;
    }
    return {};
}

} // namespace piadesk::AuditChain

#include "AuditLog.h"

#include "AuditChain.h"
#include "StoreContext.h"
#include "StoreRows.h"
#include "core/Clock.h"

namespace piadesk {

namespace {

constexpr int kAuditDetailLimit = 200;
const auto kTimeFormat = QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'");

QString shortened(const QString& text)
{
    return text.size() > kAuditDetailLimit ? text.left(kAuditDetailLimit) + QStringLiteral("…") : text;
}

} // namespace

bool AuditLog::append(
    const QString& action, const QString& caseUuid, int version, const QString& field, const QString& detail)
{
    AuditEvent event;
    event.seq = 1;
    event.prevHash = AuditChain::genesisHash();
    // On a team store, writers append one at a time (the server's append trigger checks the chain under the same
    // lock, held until the transaction ends).
    if (m_store.db.isPostgres()) {
        Statement lock(m_store.db, QStringLiteral("SELECT pg_advisory_xact_lock(audit_lock_key())"));
        if (!lock.run())
            return false;
    }
    {
        Statement last(m_store.db, QStringLiteral("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1"));
        if (last.next()) {
            event.seq = last.integer(0) + 1;
            event.prevHash = last.text(1);
        } else if (!last.ok()) {
            return false;
        }
    }
    event.at = m_store.clock->now().toUTC();
    event.actor = m_store.actor;
    event.action = action;
    event.caseUuid = caseUuid;
    event.version = version;
    event.field = field;
    event.detail = shortened(detail);
    event.hash = AuditChain::hashOf(event);
    Statement insert(m_store.db,
        QStringLiteral("INSERT INTO audit_event (seq, at, actor, action, case_uuid, version, field, detail, "
                       "prev_hash, hash) VALUES (:seq, :at, :actor, :action, :case_uuid, :version, :field, :detail, "
                       ":prev_hash, :hash)"));
    insert.bind(":seq", event.seq)
        .bind(":at", event.at.toString(kTimeFormat))
        .bind(":actor", event.actor)
        .bind(":action", event.action)
        .bind(":case_uuid", event.caseUuid)
        .bind(":version", event.version)
        .bind(":field", event.field)
        .bind(":detail", event.detail)
        .bind(":prev_hash", event.prevHash)
        .bind(":hash", event.hash);
    if (!insert.run())
        return false;
    if (m_store.firstSeqOfChange == 0)
        m_store.firstSeqOfChange = event.seq;
    return true;
}

bool AuditLog::appendChanges(const QJsonObject& before, const QJsonObject& after, const QString& action,
    const QString& caseUuid, const QString& fieldPrefix)
{
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (before.value(it.key()) == it.value())
            continue;
        const QString detail = it.value().isString()
            ? it.value().toString()
            : (it.value().isNull() ? QString() : StoreRows::jsonText(it.value()));
        if (!append(action, caseUuid, 0, fieldPrefix + it.key(), detail))
            return false;
    }
    return true;
}

QList<AuditEvent> AuditLog::events(const QString& caseUuid)
{
    QList<AuditEvent> events;
    Statement s(m_store.db,
        QStringLiteral("SELECT seq, at, actor, action, case_uuid, version, field, detail, prev_hash, hash "
                       "FROM audit_event %1 ORDER BY seq")
            .arg(caseUuid.isEmpty() ? QString() : QStringLiteral("WHERE case_uuid = :case_uuid")));
    if (!caseUuid.isEmpty())
        s.bind(":case_uuid", caseUuid);
    while (s.next()) {
        AuditEvent e;
        e.seq = s.integer(0);
        e.at = QDateTime::fromString(s.text(1), kTimeFormat);
        e.at.setTimeSpec(Qt::UTC);
        e.actor = s.text(2);
        e.action = s.text(3);
        e.caseUuid = s.text(4);
        e.version = int(s.integer(5));
        e.field = s.text(6);
        e.detail = s.text(7);
        e.prevHash = s.text(8);
        e.hash = s.text(9);
        events.append(e);
    }
    return events;
}

} // namespace piadesk

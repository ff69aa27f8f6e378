#pragma once

#include "core/AuditEvent.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace piadesk {

struct StoreContext;

/**
 * The case file's audit log: events appended in the transaction of the change they record, each hashed with the
 * one before it (AuditChain). The schema's triggers refuse to change or delete them.
 */
class AuditLog
{
public:
    explicit AuditLog(StoreContext& store)
        : m_store(store)
    {
    }

    /** Appends one event by the store's actor at the store's clock's time; false on a database error. */
    bool append(
        const QString& action, const QString& caseUuid, int version, const QString& field, const QString& detail);
    /** One event per top-level field that differs between \a before and \a after, named \a fieldPrefix + key. */
    bool appendChanges(const QJsonObject& before, const QJsonObject& after, const QString& action,
        const QString& caseUuid, const QString& fieldPrefix);
    /** The events, oldest first; only those of one case when \a caseUuid is given. */
    QList<AuditEvent> events(const QString& caseUuid = QString());

private:
    StoreContext& m_store;
};

} // namespace piadesk

#pragma once

#include "AuditLog.h"
#include "Database.h"

#include <optional>

namespace piadesk {

struct StoreContext;

/**
 * One change to the case file, from start to commit: refused on a read-only file, run in a transaction (a
 * savepoint inside CaseStore::atomically()) with its audit events, and rolled back unless committed. Every
 * failure leaves its sentence in the store's error.
 *
 *     WriteScope write(store);
 *     if (!write)
 *         return false;
 *     … statements; on failure: return store.failFromDb();
 *     return write.audit(…) && write.commit();
 */
class WriteScope
{
public:
    explicit WriteScope(StoreContext& store);
    ~WriteScope();
    WriteScope(const WriteScope&) = delete;
    WriteScope& operator=(const WriteScope&) = delete;

    /** Whether the change may go ahead: the file is writable and the transaction began. */
    explicit operator bool() const { return m_transaction && m_transaction->isActive(); }

    /** Appends an audit event to the change; false, with the store's error, on failure. */
    bool audit(
        const QString& action, const QString& caseUuid, int version, const QString& field, const QString& detail);
    /** One audit event per top-level field that differs (AuditLog::appendChanges). */
    bool auditChanges(const QJsonObject& before, const QJsonObject& after, const QString& action,
        const QString& caseUuid, const QString& fieldPrefix);
    /** Commits the change; false, with the store's error, on failure (nothing is kept then). */
    bool commit();

private:
    StoreContext& m_store;
    std::optional<Transaction> m_transaction;
    qint64 m_staleMark = 0; ///< where the list of stale cases ended when the transaction began
    bool m_outermost = false; ///< the transaction, not a savepoint inside one
};

} // namespace piadesk

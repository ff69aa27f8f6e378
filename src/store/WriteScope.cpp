#include "WriteScope.h"

#include "StoreContext.h"
#include "SummaryTable.h"

namespace piadesk {

WriteScope::WriteScope(StoreContext& store)
    : m_store(store)
{
    ++m_store.changeDepth;
    if (!m_store.checkWritable())
        return;
    m_transaction.emplace(m_store.db);
    if (!m_transaction->isActive()) {
        m_store.failFromDb();
    } else if (!m_transaction->isNested()) {
        m_staleMark = SummaryTable::staleMark(m_store);
        m_outermost = true;
        m_store.touchedCases.clear();
        m_store.conflict = false;
        m_store.errorSaid = false;
        m_store.firstSeqOfChange = 0;
    }
}

WriteScope::~WriteScope()
{
    // What the change said of its failure stood until its caller reported it; a later failure says its own.
    if (m_outermost)
        m_store.errorSaid = false;
    --m_store.changeDepth;
}

bool WriteScope::audit(
    const QString& action, const QString& caseUuid, int version, const QString& field, const QString& detail)
{
    if (!caseUuid.isEmpty())
        m_store.touchedCases.insert(caseUuid);
    return AuditLog(m_store).append(action, caseUuid, version, field, detail) || m_store.failFromDb();
}

bool WriteScope::auditChanges(const QJsonObject& before, const QJsonObject& after, const QString& action,
    const QString& caseUuid, const QString& fieldPrefix)
{
    if (!caseUuid.isEmpty())
        m_store.touchedCases.insert(caseUuid);
    return AuditLog(m_store).appendChanges(before, after, action, caseUuid, fieldPrefix) || m_store.failFromDb();
}

bool WriteScope::commit()
{
    // The summaries of the cases the change touched, formed in its transaction; not those of cases stale before it
    // (a rebuild going on in batches after an upgrade), which would make one small change wait for all of them.
    // The outermost scope forms them, once for the whole change: a savepoint forming (and unlisting) some would let
    // SQLite hand out the listing's rowids again, below the outer scope's mark.
    if (!m_transaction)
        return m_store.failFromDb();
    // Each case changed moves to its next revision, unless another change was committed to it first.
    if (!m_transaction->isNested() && (!m_store.claimTouchedCases() || !SummaryTable::refresh(m_store, m_staleMark)))
        return false;
    return m_transaction->commit() || m_store.failFromDb();
}

} // namespace piadesk

#pragma once

#include "CaseStore.h"

#include <functional>

namespace piadesk {

struct StoreContext;

/**
 * The summary of every case kept in the case file (schema version 7, case_summary and case_deadline): the register's
 * columns and each case's digest. The schema's triggers list every case a change touches as stale, whoever writes;
 * with a digester installed, refresh() brings the stale ones up to date inside the change's transaction. Readers
 * never trust the summary of a stale case: they read its columns from the case tables instead.
 */
namespace SummaryTable {

/** CaseStore::setDigester(). */
bool setDigester(StoreContext& store, std::shared_ptr<const CaseStore::Digester> digester, bool formNow);
/**
 * Forms the summary of every case listed stale after \a mark (staleMark() when the transaction began; none without
 * a digester), so that a change forms the summaries it made stale and no others; false, with the store's error, on
 * failure.
 */
bool refresh(StoreContext& store, qint64 mark);
/** Where the list of stale cases ends now (0 without a digester: nothing is formed). */
qint64 staleMark(StoreContext& store);
/** CaseStore::formStaleSummaries(). */
bool formSome(StoreContext& store, int limit, qint64* remaining);
/** How many cases are stale; -1 when the file cannot be read. */
qint64 staleCases(StoreContext& store);
/** CaseStore::visitCases(). */
bool visit(StoreContext& store, bool digests, const std::function<void(CaseSummary&&)>& visitor);
/** CaseStore::listCases(). */
QList<CaseSummary> list(StoreContext& store);
/** CaseStore::summariesCurrent(). */
bool current(StoreContext& store);
/** CaseStore::urgentCases(). */
bool urgent(StoreContext& store, const QDate& today, const QDate& dueSoonBy, int limit, CaseStore::UrgentCases* out);

} // namespace SummaryTable
} // namespace piadesk

#pragma once

#include "core/FilingRecord.h"
#include <QList>

namespace piadesk {

struct StoreContext;

/** The filing table. */
namespace FilingTable {

/**
 * Inserts (\a inserting) or updates \a filing of case \a caseId; the id of the row written goes to \a id (0 when
 * the update found no such filing).
 */
bool write(StoreContext& store, qint64 caseId, const FilingRecord& filing, bool inserting, qint64* id);

/** The filings of case \a caseId, with their materials, notes and disposal. */
bool loadForCase(StoreContext& store, qint64 caseId, QList<FilingRecord>* out);

} // namespace FilingTable
} // namespace piadesk

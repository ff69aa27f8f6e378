#pragma once

#include "CaseStore.h"

namespace piadesk {

struct StoreContext;

/** What the register and the deadlines read of many cases at once (CaseStore::loadCaseHeads()). */
namespace CaseHeads {

/** CaseStore::loadCaseHeads(). */
bool load(StoreContext& store, qint64 afterId, int limit, const CaseStore::HeadParts& parts, QList<CaseBundle>* out);
/** CaseStore::loadCaseHeads() of a list of cases: those that exist, in the order given, read in one pass. */
bool load(StoreContext& store, const QList<qint64>& ids, const CaseStore::HeadParts& parts, QList<CaseBundle>* out);

} // namespace CaseHeads
} // namespace piadesk

#pragma once

#include "CaseStore.h"

namespace piadesk {

struct StoreContext;

/** What the register and the deadlines read of many cases at once (CaseStore::loadCaseHeads()). */
namespace CaseHeads {

/** CaseStore::loadCaseHeads(). */
bool load(StoreContext& store, qint64 afterId, int limit, const CaseStore::HeadParts& parts, QList<CaseBundle>* out);

} // namespace CaseHeads
} // namespace piadesk

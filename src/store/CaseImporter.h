#pragma once

#include "core/CaseBundle.h"
#include <QList>

namespace piadesk {

struct StoreContext;

/** Writing whole cases read from elsewhere (CaseStore::importCases()). */
namespace CaseImporter {

/** CaseStore::importCases(): all or nothing, keeping uuids, states and hashes. */
bool importCases(StoreContext& store, const QList<CaseBundle>& bundles, QList<qint64>* caseIds);

} // namespace CaseImporter
} // namespace piadesk

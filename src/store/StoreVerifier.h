#pragma once

#include "CaseStore.h"

namespace piadesk {

struct StoreContext;

/** Checking a case file against tampering: CaseStore::verify() and CaseStore::verifyCase(). */
namespace StoreVerifier {

/** The finalized versions of \a bundle whose content no longer matches their hash; counts them in \a checked. */
QStringList changedFinalizedVersions(const CaseBundle& bundle, int* checked = nullptr);

/** CaseStore::verifyCase(). */
QStringList verifyCase(StoreContext& store, const CaseBundle& bundle);

/** CaseStore::verify(). */
VerifyReport verify(StoreContext& store);

} // namespace StoreVerifier
} // namespace piadesk

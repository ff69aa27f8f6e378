#pragma once

#include "core/Case.h"
#include "core/Organisation.h"

namespace piadesk {

struct StoreContext;

/**
 * Organisations and cases in the case file: created and changed after their fields are checked, moved to another
 * rule set, discarded while unused, deleted once no finalized report is under retention. Each change is one
 * transaction with its audit events; CaseStore documents each operation.
 */
namespace CaseLifecycle {

bool saveOrganisation(StoreContext& store, Organisation& organisation);
bool create(
    StoreContext& store, qint64 organisationId, const CaseFacts& facts, Case* created, const QString& ruleSetId);
bool updateFacts(StoreContext& store, qint64 caseId, const CaseFacts& facts);
bool setRuleSet(StoreContext& store, qint64 caseId, const QString& ruleSetId);
bool discard(StoreContext& store, qint64 caseId);
bool remove(StoreContext& store, qint64 caseId);

} // namespace CaseLifecycle
} // namespace piadesk

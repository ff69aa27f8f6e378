#pragma once

#include "core/CaseBundle.h"
#include "core/CaseSummary.h"
#include <optional>

namespace piadesk {

struct StoreContext;

/** The frt_case table: a case's facts and headings, and a whole case read with its versions, filings and attachments.
 */
namespace CaseTable {

/** The id of the case with database id or uuid \a reference. */
std::optional<qint64> find(StoreContext& store, const QString& reference);

/** The uuid of case \a caseId; empty when there is none. */
QString uuidOf(StoreContext& store, qint64 caseId);
/** The uuid of case \a caseId into \a uuid; false, with the store's error, when there is no such case or it cannot be
 * read (a read refused is said as such, not as a missing case). */
bool existingUuid(StoreContext& store, qint64 caseId, QString* uuid);

/** Inserts case \a c (uuid, organisation, facts; its rule set unless empty) at revision 1; its new id to \a id. */
bool insert(StoreContext& store, const Case& c, qint64* id);

/** The facts of case \a caseId, if it exists. */
std::optional<CaseFacts> facts(StoreContext& store, qint64 caseId);

/** Stores \a facts as the case's, a revision on. */
bool updateFacts(StoreContext& store, qint64 caseId, const CaseFacts& facts);

/** Moves the case to rule set \a ruleSetId, a revision on. */
bool setRuleSet(StoreContext& store, qint64 caseId, const QString& ruleSetId);

/** The case with all its versions, filings and attachment metadata (CaseStore::loadCase()). */
bool loadBundle(StoreContext& store, qint64 caseId, CaseBundle* bundle);

} // namespace CaseTable
} // namespace piadesk

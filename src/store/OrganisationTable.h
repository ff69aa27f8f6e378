#pragma once

#include "core/Organisation.h"
#include <QList>
#include <optional>

namespace piadesk {

struct StoreContext;

/** The organisation table: inserting, updating and reading organisations. */
namespace OrganisationTable {

bool insert(StoreContext& store, const Organisation& o, qint64* id);

/** Updates the row of \a o (by id) with its fields. */
bool update(StoreContext& store, const Organisation& o);

/** The organisation with \a id; none when there is none, or when it could not be read (\a readFailed, with the store's
 * error). */
std::optional<Organisation> read(StoreContext& store, qint64 id, bool* readFailed = nullptr);
/** read() for a change that needs the organisation: none, with the store's error, when there is no such organisation
 * ("does not exist") or it could not be read (said as the refused read it was). */
std::optional<Organisation> existing(StoreContext& store, qint64 id);

/** Every organisation, by name. */
QList<Organisation> all(StoreContext& store);

/** The id of the organisation with \a uuid. */
std::optional<qint64> idOf(StoreContext& store, const QString& uuid);

} // namespace OrganisationTable
} // namespace piadesk

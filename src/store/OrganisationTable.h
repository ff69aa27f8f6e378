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

std::optional<Organisation> read(StoreContext& store, qint64 id);

/** Every organisation, by name. */
QList<Organisation> all(StoreContext& store);

/** The id of the organisation with \a uuid. */
std::optional<qint64> idOf(StoreContext& store, const QString& uuid);

} // namespace OrganisationTable
} // namespace piadesk

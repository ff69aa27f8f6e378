#pragma once

#include "CaseStore.h"

namespace piadesk {

struct StoreContext;

/**
 * The team store on a PostgreSQL server: telling its address from a case file's path, connecting, checking what
 * the database is before anything is written to it, and giving an empty one PIAdesk's schema (team/schema.sql)
 * when its owner opens it first. Used by CaseStore::open().
 */
namespace TeamStore {

/** The schema version team/schema.sql creates (the case file's schema it corresponds to). */
constexpr int kSchemaVersion = 7;

/** Whether \a location names a team store (postgresql://… or postgres://…) rather than a case file. */
bool isUrl(const QString& location);

/** \a url as shown to the user and remembered: without a password, should it hold one. */
QString displayUrl(const QString& url);

/**
 * Connects \a store.db to the team store at \a url (see CaseStore::open()); \a password, when not empty, instead of
 * one from ~/.pgpass. A database that is not a PIAdesk team store, or is from a newer PIAdesk, is refused untouched;
 * false with \a store.error then.
 */
bool open(StoreContext& store, const QString& url, const CaseStore::Options& options);

} // namespace TeamStore
} // namespace piadesk

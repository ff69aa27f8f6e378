#pragma once

#include "CaseStore.h"

namespace piadesk {

struct StoreContext;
class WriterLock;

/**
 * The case file on disk: creating it whole, probing it before anything writes to it, migrating its schema after a
 * backup, and copying it. Used by CaseStore::open() and CaseStore::saveCopy().
 */
namespace CaseFile {

/**
 * Opens the case file at \a store.path into \a store.db (see CaseStore::open()): \a lock is taken first unless
 * \a options is read-only. A refused file is left byte-for-byte unchanged; false with \a store.error then. The path
 * of a backup made before a migration goes to \a backupPath; messages name the file as \a givenPath.
 */
bool open(StoreContext& store, WriterLock& lock, const CaseStore::Options& options, const QString& givenPath,
    QString* backupPath);

/**
 * Why the case file at \a path may only be read: it is on a network or FUSE file system, where SQLite's locking is
 * not reliable. Empty for a local disk.
 */
QString sharedFileSystemReason(const QString& path);

/** Writes a whole, checked copy of the open file to \a path (CaseStore::saveCopy()); false with \a store.error. */
bool saveCopy(StoreContext& store, const QString& path);

} // namespace CaseFile
} // namespace piadesk

#include "CaseFile.h"

#include "CaseFileHeader.h"
#include "Migrator.h"
#include "StoreContext.h"
#include "WriteScope.h"
#include "WriterLock.h"
#include "core/Clock.h"
#include "core/LocalFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace piadesk::CaseFile {

namespace {

/** What the first bytes of the file say; false (with the store's error) for a file that must be refused. */
bool acceptHeader(
    StoreContext& store, const CaseFileHeader& header, const Migrator& migrator, bool readOnly, const QString& shown)
{
    switch (header.kind) {
    case CaseFileHeader::Kind::Missing:
        if (readOnly)
            return store.fail(CaseStore::tr("%1 does not exist.").arg(shown));
        return true;
    case CaseFileHeader::Kind::Unreadable:
        return store.fail(CaseStore::tr("%1 cannot be read: %2.").arg(shown, header.error));
    case CaseFileHeader::Kind::Empty:
        return store.fail(
            CaseStore::tr("%1 is an empty file, not a PIAdesk case file. It was left as it is.").arg(shown));
    case CaseFileHeader::Kind::NotSqlite:
        return store.fail(
            CaseStore::tr("%1 is not a PIAdesk case file (it is not an SQLite database). It was left as it is.")
                .arg(shown));
    case CaseFileHeader::Kind::Truncated:
        return store.fail(CaseStore::tr("%1 is damaged: the file is cut short. It was left as it is; "
                                        "restore it from a backup.")
                              .arg(shown));
    case CaseFileHeader::Kind::Sqlite:
        if (header.applicationId != Migrator::kApplicationId)
            return store.fail(
                CaseStore::tr("%1 is an SQLite database but not a PIAdesk case file. It was left as it is.")
                    .arg(shown));
        if (header.userVersion > migrator.latestVersion())
            return store.fail(CaseStore::tr("%1 was written by a newer version of PIAdesk (case file schema %2; this "
                                            "version reads up to %3). Update PIAdesk to open it. The file was left as "
                                            "it is.")
                                  .arg(shown)
                                  .arg(header.userVersion)
                                  .arg(migrator.latestVersion()));
        return true;
    }
    return true;
}

/**
 * Builds a new case file beside its final place and moves it there once complete, so that a crash never leaves a
 * half-initialised case file behind.
 */
bool create(StoreContext& store, const Migrator& migrator, const QString& shown)
{
    const QString temporary = store.path + QStringLiteral(".creating");
    QFile::remove(temporary);
    // Created empty and private first: SQLite gives its log and shared-memory files the mode of the database file.
    if (!LocalFiles::createPrivateFile(temporary))
        return store.fail(CaseStore::tr("%1 cannot be created: its folder is not writable.").arg(shown));
    {
        SqliteConnection creating;
        QString migrateError;
        // In WAL mode from the start, so that no later save ever runs with a rollback journal.
        if (!creating.open(temporary, SqliteConnection::OpenMode::ReadWriteCreate, store.clock)
            || !migrator.migrate(creating, 0, &migrateError)
            || creating.scalar(QStringLiteral("PRAGMA journal_mode = WAL")).toString() != QLatin1String("wal")) {
            const QString reason = migrateError.isEmpty() ? creating.errorString() : migrateError;
            creating.close();
            QFile::remove(temporary);
            return store.fail(CaseStore::tr("%1 cannot be created: %2").arg(shown, reason));
        }
    }
    if (!QFile::rename(temporary, store.path)) {
        QFile::remove(temporary);
        return store.fail(CaseStore::tr("%1 cannot be created.").arg(shown));
    }
    return true;
}

/**
 * Opens \a probe read-only on the file; a file whose last save was interrupted is recovered first (its journal
 * rolled back or its log replayed), which only a writer may do.
 */
bool openProbe(StoreContext& store, SqliteConnection& probe, bool readOnly, const QString& shown)
{
    if (!probe.open(store.path, SqliteConnection::OpenMode::ReadOnly, store.clock))
        return store.fail(CaseStore::tr("%1 cannot be opened: %2").arg(shown, probe.errorString()));
    if (probe.scalar(QStringLiteral("PRAGMA application_id")).isValid()
        || (probe.errorCode() & 0xff) != SQLITE_READONLY)
        return true;
    // A save was interrupted (a crash, a power cut): its journal must be rolled back, or its log replayed, before
    // the file can be read, and only a writer may do that. The header said it is ours, and this process holds the
    // write lock.
    probe.close();
    if (readOnly)
        return store.fail(CaseStore::tr("%1 was not closed properly (a save was interrupted) and must be recovered "
                                        "before it can be read. Open it for writing once.")
                              .arg(shown));
    SqliteConnection recovering;
    if (!recovering.open(store.path, SqliteConnection::OpenMode::ReadWrite, store.clock)
        || !recovering.scalar(QStringLiteral("PRAGMA application_id")).isValid())
        return store.fail(CaseStore::tr("%1 is damaged and cannot be opened (%2). It was left as it is; "
                                        "restore it from a backup.")
                              .arg(shown, recovering.errorString()));
    recovering.close();
    if (!probe.open(store.path, SqliteConnection::OpenMode::ReadOnly, store.clock))
        return store.fail(CaseStore::tr("%1 cannot be opened: %2").arg(shown, probe.errorString()));
    return true;
}

/** SQLite's check: every page of a small file; the schema and the length of a large one, not read whole to open. */
QVariant integrity(SqliteConnection& probe, const QString& path, qint64 fullCheckBytes)
{
    const qint64 fileSize = QFileInfo(path).size();
    if (fileSize <= fullCheckBytes)
        return probe.scalar(QStringLiteral("PRAGMA quick_check"));
    QVariant check = probe.scalar(QStringLiteral("PRAGMA quick_check('sqlite_schema')"));
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const qint64 pages = probe.scalar(QStringLiteral("PRAGMA page_count")).toLongLong();
    const qint64 pageSize = probe.scalar(QStringLiteral("PRAGMA page_size")).toLongLong();
    if (check.isValid() && (!wal.exists() || wal.size() == 0) && pages * pageSize > fileSize)
        check = CaseStore::tr("the file is shorter than its header says");
    return check;
}

/** Updates the schema of the file from \a fileVersion after writing a backup copy; its path to \a backupPath. */
bool migrate(StoreContext& store, SqliteConnection& probe, const Migrator& migrator, int fileVersion,
    const QString& shown, QString* backupPath)
{
    QString backup = store.path + QStringLiteral(".schema-v%1.bak").arg(fileVersion);
    if (QFileInfo::exists(backup))
        backup = store.path
            + QStringLiteral(".schema-v%1-%2.bak")
                  .arg(fileVersion)
                  .arg(store.clock->now().toString(QStringLiteral("yyyyMMddHHmmss")));
    // The backup is written under another name and renamed once whole, so a crash never leaves a partial copy that
    // looks like a backup.
    const QString partial = backup + QStringLiteral(".part");
    QFile::remove(partial);
    if (!LocalFiles::createPrivateFile(partial) || !probe.backupTo(partial) || !QFile::rename(partial, backup)) {
        const QString why = probe.errorString();
        QFile::remove(partial);
        return store.fail(CaseStore::tr("%1 needs a schema update, but the backup copy %2 could not be written (%3). "
                                        "Nothing was changed.")
                              .arg(shown, QDir::toNativeSeparators(backup), why));
    }
    *backupPath = backup;
    probe.close();
    SqliteConnection migrating;
    QString migrateError;
    if (!migrating.open(store.path, SqliteConnection::OpenMode::ReadWrite, store.clock))
        return store.fail(CaseStore::tr("%1 cannot be opened: %2").arg(shown, migrating.errorString()));
    if (!migrator.migrate(migrating, fileVersion, &migrateError))
        return store.fail(migrateError + QLatin1Char(' ')
            + CaseStore::tr("A backup of the file as it was is at %1.").arg(QDir::toNativeSeparators(backup)));
    return true;
}

/** Checks the file through a read-only connection: nothing is written until it passes. Migrates an older one. */
bool probe(StoreContext& store, const Migrator& migrator, const CaseStore::Options& options, const QString& shown,
    QString* backupPath)
{
    SqliteConnection probe;
    if (!openProbe(store, probe, options.readOnly, shown))
        return false;
    const QVariant applicationId = probe.scalar(QStringLiteral("PRAGMA application_id"));
    const QVariant version = probe.scalar(QStringLiteral("PRAGMA user_version"));
    const QVariant check = integrity(probe, store.path, options.fullCheckBytes);
    if (!applicationId.isValid() || !version.isValid() || !check.isValid() || check.toString() != QLatin1String("ok")) {
        const QString detail = check.isValid() ? check.toString() : probe.errorString();
        return store.fail(CaseStore::tr("%1 is damaged and cannot be opened (%2). It was left as it is; "
                                        "restore it from a backup.")
                              .arg(shown, detail));
    }
    if (applicationId.toString().toLongLong() != qint64(Migrator::kApplicationId))
        return store.fail(
            CaseStore::tr("%1 is an SQLite database but not a PIAdesk case file. It was left as it is.").arg(shown));
    const int fileVersion = version.toString().toInt();
    if (fileVersion > migrator.latestVersion())
        return store.fail(CaseStore::tr("%1 was written by a newer version of PIAdesk (case file schema %2; this "
                                        "version reads up to %3). Update PIAdesk to open it. The file was left as it "
                                        "is.")
                              .arg(shown)
                              .arg(fileVersion)
                              .arg(migrator.latestVersion()));
    if (fileVersion == migrator.latestVersion())
        return true;
    if (options.readOnly)
        return store.fail(CaseStore::tr("%1 uses an older case file schema (%2) and must be updated before it can be "
                                        "read; open it for writing once.")
                              .arg(shown)
                              .arg(fileVersion));
    return migrate(store, probe, migrator, fileVersion, shown, backupPath);
}

/** Opens the store's own connection, with its pragmas; a new file's first audit event records its creation. */
bool connect(StoreContext& store, const CaseStore::Options& options, const QString& shown)
{
    const auto mode = options.readOnly ? SqliteConnection::OpenMode::ReadOnly : SqliteConnection::OpenMode::ReadWrite;
    if (!store.db.sqlite().open(store.path, mode, store.clock))
        return store.fail(CaseStore::tr("%1 cannot be opened: %2").arg(shown, store.db.errorString()));
    bool pragmas = store.db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (!options.readOnly) {
        pragmas = pragmas && store.db.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        // A file made before WAL mode is switched to it at its first change, not here: opening a file, and reading
        // or verifying it, never changes a byte of it.
        store.walPending = store.db.scalar(QStringLiteral("PRAGMA journal_mode")).toString() != QLatin1String("wal");
    }
    if (!pragmas)
        return store.fail(CaseStore::tr("%1 cannot be opened: %2").arg(shown, store.db.errorString()));
    if (options.readOnly || store.db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_event")).toInt() != 0)
        return true;
    WriteScope write(store);
    if (!write)
        return false;
    if (!write.audit(QStringLiteral("file.create"), {}, 0, {}, {}) || !write.commit())
        return store.fail(CaseStore::tr("%1 cannot be opened: %2").arg(shown, store.db.errorString()));
    return true;
}

} // namespace

QString sharedFileSystemReason(const QString& path)
{
    const LocalFiles::FileSystemKind fileSystem = LocalFiles::fileSystemOf(path);
    if (!fileSystem.isShared())
        return QString();
    return CaseStore::tr("%1 is on a shared file system (%2). PIAdesk opens case files there read-only: file locking "
                         "is not reliable on network and FUSE file systems, and two programs writing the file at "
                         "once could damage it. To change the cases, copy the file to a local disk; for several "
                         "officers working on the same cases, use a team store on a database server instead of a "
                         "shared file.")
        .arg(QDir::toNativeSeparators(path), fileSystem.name);
}

bool open(StoreContext& store, WriterLock& lock, const CaseStore::Options& options, const QString& givenPath,
    QString* backupPath)
{
    const QString shown = QDir::toNativeSeparators(givenPath);
    const Migrator migrator(
        options.migrationsDirectory.isEmpty() ? QStringLiteral(":/piadesk/migrations") : options.migrationsDirectory);
    if (!migrator.isValid())
        return store.fail(migrator.errorString());
    const CaseFileHeader header = CaseFileHeader::read(givenPath);
    if (!acceptHeader(store, header, migrator, options.readOnly, shown))
        return false;
    if (!options.readOnly) {
        if (const QString reason = sharedFileSystemReason(givenPath); !reason.isEmpty())
            return store.fail(reason);
        const QString dir = QFileInfo(store.path).absolutePath();
        // A folder PIAdesk creates, and its own data folder, are the user's alone.
        const bool ours = !QFileInfo::exists(dir) || dir == QFileInfo(CaseStore::defaultPath()).absolutePath();
        if (ours ? !LocalFiles::makePrivateFolder(dir) : !QDir().mkpath(dir))
            return store.fail(CaseStore::tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(dir)));
        QString why;
        if (!lock.acquire(store.path, &why))
            return store.fail(why);
    }
    if (header.kind == CaseFileHeader::Kind::Missing && !create(store, migrator, shown))
        return false;
    return probe(store, migrator, options, shown, backupPath) && connect(store, options, shown);
}

bool saveCopy(StoreContext& store, const QString& path)
{
    if (store.db.isPostgres())
        return store.fail(CaseStore::tr("A team store is not copied page by page: copy its cases to a case file with "
                                        "piadesk-cli copy --from %1 --to %2.")
                              .arg(store.path, QDir::toNativeSeparators(path)));
    const QFileInfo target(path);
    if (target.absoluteFilePath() == QFileInfo(store.path).absoluteFilePath())
        return store.fail(CaseStore::tr("%1 is the open case file; choose another name for the copy.")
                              .arg(QDir::toNativeSeparators(path)));
    const QString part = target.absoluteFilePath() + QStringLiteral(".part");
    QFile::remove(part);
    if (!LocalFiles::createPrivateFile(part) || !store.db.sqlite().backupTo(part)) {
        const QString why = store.db.errorString();
        QFile::remove(part);
        return store.fail(CaseStore::tr("The copy %1 cannot be written: %2").arg(QDir::toNativeSeparators(path), why));
    }
    {
        CaseStore::Options options;
        options.readOnly = true;
        QString why;
        if (!CaseStore::open(part, options, &why)) {
            QFile::remove(part);
            return store.fail(CaseStore::tr("The copy %1 is not readable, so it was not kept: %2")
                                  .arg(QDir::toNativeSeparators(path), why));
        }
    }
    QFile::remove(part + QStringLiteral("-wal"));
    QFile::remove(part + QStringLiteral("-shm"));
    if ((target.exists() && !QFile::remove(target.absoluteFilePath()))
        || !QFile::rename(part, target.absoluteFilePath())) {
        QFile::remove(part);
        return store.fail(CaseStore::tr("The copy cannot be put in place at %1.").arg(QDir::toNativeSeparators(path)));
    }
    return true;
}

} // namespace piadesk::CaseFile

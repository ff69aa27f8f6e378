#include "CaseStore.h"

#include "AuditChain.h"
#include "CaseFileHeader.h"
#include "Migrator.h"
#include "Sqlite.h"
#include "StoreRows.h"
#include "core/Clock.h"
#include "core/ContentHash.h"
#include "core/CreditCode.h"
#include "core/FieldRules.h"
#include "core/ModelJson.h"
#include "core/Uuid.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

#include <sqlite3.h>

#include <pwd.h>
#include <sys/resource.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace piadesk {

namespace {

using namespace StoreRows;

constexpr int kAuditDetailLimit = 200;

QString shortened(const QString& text)
{
    return text.size() > kAuditDetailLimit ? text.left(kAuditDetailLimit) + QStringLiteral("…") : text;
}

/**
 * Who holds \a lock, waiting up to \a waitMs for it to say: another process may have created the lock file an
 * instant ago and not yet written who it is (QLockFile writes it right after creating the file).
 */
bool lockHolder(QLockFile& lock, int waitMs, qint64* pid, QString* host, QString* app)
{
    constexpr int kStepMs = 20;
    bool known = lock.getLockInfo(pid, host, app);
    for (int waited = 0; !known && waited < waitMs; waited += kStepMs) {
        QThread::msleep(kStepMs);
        known = lock.getLockInfo(pid, host, app);
    }
    return known;
}

QString describeLock(QLockFile& lock, const QString& path)
{
    qint64 pid = 0;
    QString host;
    QString app;
    if (lockHolder(lock, 200, &pid, &host, &app)) {
        return CaseStore::tr("%1 is in use by %2 (process %3 on %4). Close it there first, or open the file read-only.")
            .arg(QDir::toNativeSeparators(path), app.isEmpty() ? QStringLiteral("PIAdesk") : app)
            .arg(pid)
            .arg(host);
    }
    return CaseStore::tr("%1 is in use by another program. Close it there first, or open the file read-only.")
        .arg(QDir::toNativeSeparators(path));
}

/**
 * Takes \a lock. A lock file that still names nobody after a second was left by a process that died between
 * creating it and writing its name (tst_reliability's random kills found this): QLockFile would never call it
 * stale, and the case file could not be opened for writing again. It is removed, and the lock taken.
 */
bool takeLock(QLockFile& lock)
{
    if (lock.tryLock(0))
        return true;
    if (lock.error() != QLockFile::LockFailedError)
        return false;
    qint64 pid = 0;
    QString host;
    QString app;
    if (lockHolder(lock, 1000, &pid, &host, &app))
        return false;
    lock.removeStaleLockFile();
    return lock.tryLock(0);
}

/**
 * Whether a write to the case file at \a path fails for want of room: SQLite reports a failed write as an
 * I/O error without the errno, so look at the free space of its folder and the process's file size limit.
 */
/** The problem with an attachment's stored bytes \a data, kept under \a sha256 with \a size; empty when whole. */
QString blobProblem(const QByteArray& data, const QString& sha256, qint64 size)
{
    if (QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()) == sha256
        && data.size() == size)
        return {};
    return CaseStore::tr("An attachment's content (SHA-256 %1) was changed outside PIAdesk.").arg(sha256);
}

bool isOutOfSpace(const QString& path)
{
    constexpr qint64 kRoom = 1024 * 1024; // what one more save may need
    struct statvfs fs
    {
    };
    if (::statvfs(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), &fs) == 0
        && qint64(fs.f_bavail) * qint64(fs.f_frsize) < kRoom)
        return true;
    rlimit limit {};
    if (::getrlimit(RLIMIT_FSIZE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY) {
        for (const QString& file : { path, path + QStringLiteral("-wal") }) {
            if (QFileInfo(file).size() + kRoom > qint64(limit.rlim_cur))
                return true;
        }
    }
    return false;
}

} // namespace

CaseStore::CaseStore() = default;

CaseStore::~CaseStore()
{
    if (m_db)
        m_db->close();
    if (m_lock)
        m_lock->unlock();
}

QString CaseStore::defaultPath()
{
    // Independent of the application name, so the GUI and the CLI share it.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/piadesk/cases.piadesk");
}

QString CaseStore::systemUserName()
{
    if (const passwd* pw = getpwuid(geteuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

void CaseStore::setActor(const QString& actor)
{
    m_actor = actor.trimmed().isEmpty() ? systemUserName() : actor.trimmed().left(FieldRules::kShortText);
}

std::unique_ptr<CaseStore> CaseStore::open(const QString& path, const Options& options, QString* error)
{
    auto setError = [error](const QString& message) {
        if (error)
            *error = message;
        return nullptr;
    };
    const QString shown = QDir::toNativeSeparators(path);
    const Migrator migrator(
        options.migrationsDirectory.isEmpty() ? QStringLiteral(":/piadesk/migrations") : options.migrationsDirectory);
    if (!migrator.isValid())
        return setError(migrator.errorString());

    std::unique_ptr<CaseStore> store(new CaseStore);
    store->m_path = QFileInfo(path).absoluteFilePath();
    store->m_clock = options.clock ? options.clock : &Clock::system();
    store->m_readOnly = options.readOnly;
    store->setActor(options.actor);

    CaseFileHeader header = CaseFileHeader::read(path);
    switch (header.kind) {
    case CaseFileHeader::Kind::Missing:
        if (options.readOnly)
            return setError(tr("%1 does not exist.").arg(shown));
        break;
    case CaseFileHeader::Kind::Unreadable:
        return setError(tr("%1 cannot be read: %2.").arg(shown, header.error));
    case CaseFileHeader::Kind::Empty:
        return setError(tr("%1 is an empty file, not a PIAdesk case file. It was left as it is.").arg(shown));
    case CaseFileHeader::Kind::NotSqlite:
        return setError(
            tr("%1 is not a PIAdesk case file (it is not an SQLite database). It was left as it is.").arg(shown));
    case CaseFileHeader::Kind::Truncated:
        return setError(tr("%1 is damaged: the file is cut short. It was left as it is; "
                           "restore it from a backup.")
                            .arg(shown));
    case CaseFileHeader::Kind::Sqlite:
        if (header.applicationId != Migrator::kApplicationId)
            return setError(
                tr("%1 is an SQLite database but not a PIAdesk case file. It was left as it is.").arg(shown));
        if (header.userVersion > migrator.latestVersion())
            return setError(tr("%1 was written by a newer version of PIAdesk (case file schema %2; this version "
                               "reads up to %3). Update PIAdesk to open it. The file was left as it is.")
                                .arg(shown)
                                .arg(header.userVersion)
                                .arg(migrator.latestVersion()));
        break;
    }

    if (!options.readOnly) {
        const QString dir = QFileInfo(store->m_path).absolutePath();
        if (!QDir().mkpath(dir))
            return setError(tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(dir)));
        store->m_lock = std::make_unique<QLockFile>(store->m_path + QStringLiteral(".lock"));
        store->m_lock->setStaleLockTime(0);
        if (!takeLock(*store->m_lock)) {
            if (store->m_lock->error() == QLockFile::LockFailedError)
                return setError(describeLock(*store->m_lock, store->m_path));
            return setError(tr("%1 cannot be opened for writing: its folder is not writable.").arg(shown));
        }
    }

    if (header.kind == CaseFileHeader::Kind::Missing) {
        // Build the new file beside its final place and move it there once complete,
        // so a crash never leaves a half-initialised case file behind.
        const QString temporary = store->m_path + QStringLiteral(".creating");
        QFile::remove(temporary);
        {
            SqliteConnection creating;
            QString migrateError;
            // In WAL mode from the start, so that no later save ever runs with a rollback journal.
            if (!creating.open(temporary, SqliteConnection::OpenMode::ReadWriteCreate, store->m_clock)
                || !migrator.migrate(creating, 0, &migrateError)
                || creating.scalar(QStringLiteral("PRAGMA journal_mode = WAL")).toString() != QLatin1String("wal")) {
                const QString reason = migrateError.isEmpty() ? creating.errorString() : migrateError;
                creating.close();
                QFile::remove(temporary);
                return setError(tr("%1 cannot be created: %2").arg(shown, reason));
            }
        }
        if (!QFile::rename(temporary, store->m_path)) {
            QFile::remove(temporary);
            return setError(tr("%1 cannot be created.").arg(shown));
        }
        header = CaseFileHeader::read(store->m_path);
    }

    // Check the file through a read-only connection first: nothing is written until it passes.
    {
        SqliteConnection probe;
        if (!probe.open(store->m_path, SqliteConnection::OpenMode::ReadOnly, store->m_clock))
            return setError(tr("%1 cannot be opened: %2").arg(shown, probe.errorString()));
        if (!probe.scalar(QStringLiteral("PRAGMA application_id")).isValid()
            && (probe.errorCode() & 0xff) == SQLITE_READONLY) {
            // A save was interrupted (a crash, a power cut): its journal must be rolled back, or its log
            // replayed, before the file can be read, and only a writer may do that. The header said it is
            // ours, and this process holds the write lock.
            probe.close();
            if (options.readOnly)
                return setError(tr("%1 was not closed properly (a save was interrupted) and must be recovered "
                                   "before it can be read. Open it for writing once.")
                                    .arg(shown));
            SqliteConnection recovering;
            if (!recovering.open(store->m_path, SqliteConnection::OpenMode::ReadWrite, store->m_clock)
                || !recovering.scalar(QStringLiteral("PRAGMA application_id")).isValid())
                return setError(tr("%1 is damaged and cannot be opened (%2). It was left as it is; "
                                   "restore it from a backup.")
                                    .arg(shown, recovering.errorString()));
            recovering.close();
            if (!probe.open(store->m_path, SqliteConnection::OpenMode::ReadOnly, store->m_clock))
                return setError(tr("%1 cannot be opened: %2").arg(shown, probe.errorString()));
        }
        const QVariant applicationId = probe.scalar(QStringLiteral("PRAGMA application_id"));
        const QVariant version = probe.scalar(QStringLiteral("PRAGMA user_version"));
        // Every page of a small file; the schema and the length of a large one, which is not read whole to open.
        const qint64 fileSize = QFileInfo(store->m_path).size();
        QVariant check;
        if (fileSize <= options.fullCheckBytes) {
            check = probe.scalar(QStringLiteral("PRAGMA quick_check"));
        } else {
            check = probe.scalar(QStringLiteral("PRAGMA quick_check('sqlite_schema')"));
            const QFileInfo wal(store->m_path + QStringLiteral("-wal"));
            const qint64 pages = probe.scalar(QStringLiteral("PRAGMA page_count")).toLongLong();
            const qint64 pageSize = probe.scalar(QStringLiteral("PRAGMA page_size")).toLongLong();
            if (check.isValid() && (!wal.exists() || wal.size() == 0) && pages * pageSize > fileSize)
                check = tr("the file is shorter than its header says");
        }
        if (!applicationId.isValid() || !version.isValid() || !check.isValid()
            || check.toString() != QLatin1String("ok")) {
            const QString detail = check.isValid() ? check.toString() : probe.errorString();
            return setError(tr("%1 is damaged and cannot be opened (%2). It was left as it is; "
                               "restore it from a backup.")
                                .arg(shown, detail));
        }
        if (applicationId.toString().toLongLong() != qint64(Migrator::kApplicationId))
            return setError(
                tr("%1 is an SQLite database but not a PIAdesk case file. It was left as it is.").arg(shown));
        const int fileVersion = version.toString().toInt();
        if (fileVersion > migrator.latestVersion())
            return setError(tr("%1 was written by a newer version of PIAdesk (case file schema %2; this version "
                               "reads up to %3). Update PIAdesk to open it. The file was left as it is.")
                                .arg(shown)
                                .arg(fileVersion)
                                .arg(migrator.latestVersion()));
        if (fileVersion < migrator.latestVersion()) {
            if (options.readOnly)
                return setError(tr("%1 uses an older case file schema (%2) and must be updated before it can be "
                                   "read; open it for writing once.")
                                    .arg(shown)
                                    .arg(fileVersion));
            QString backup = store->m_path + QStringLiteral(".schema-v%1.bak").arg(fileVersion);
            if (QFileInfo::exists(backup))
                backup = store->m_path
                    + QStringLiteral(".schema-v%1-%2.bak")
                          .arg(fileVersion)
                          .arg(store->m_clock->now().toString(QStringLiteral("yyyyMMddHHmmss")));
            // The backup is written under another name and renamed once whole, so a crash never leaves a
            // partial copy that looks like a backup.
            const QString partial = backup + QStringLiteral(".part");
            QFile::remove(partial);
            if (!probe.backupTo(partial) || !QFile::rename(partial, backup)) {
                const QString why = probe.errorString();
                QFile::remove(partial);
                return setError(tr("%1 needs a schema update, but the backup copy %2 could not be written (%3). "
                                   "Nothing was changed.")
                                    .arg(shown, QDir::toNativeSeparators(backup), why));
            }
            store->m_backupPath = backup;
            probe.close();
            SqliteConnection migrating;
            QString migrateError;
            if (!migrating.open(store->m_path, SqliteConnection::OpenMode::ReadWrite, store->m_clock))
                return setError(tr("%1 cannot be opened: %2").arg(shown, migrating.errorString()));
            if (!migrator.migrate(migrating, fileVersion, &migrateError))
                return setError(migrateError + QLatin1Char(' ')
                    + tr("A backup of the file as it was is at %1.").arg(QDir::toNativeSeparators(backup)));
        }
    }

    store->m_db = std::make_unique<SqliteConnection>();
    const auto mode = options.readOnly ? SqliteConnection::OpenMode::ReadOnly : SqliteConnection::OpenMode::ReadWrite;
    if (!store->m_db->open(store->m_path, mode, store->m_clock))
        return setError(tr("%1 cannot be opened: %2").arg(shown, store->m_db->errorString()));
    bool pragmas = store->m_db->exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (!options.readOnly) {
        pragmas = pragmas && store->m_db->exec(QStringLiteral("PRAGMA synchronous = FULL"));
        // A file made before WAL mode is switched to it at its first change, not here: opening a file, and
        // reading or verifying it, never changes a byte of it.
        store->m_walPending
            = store->m_db->scalar(QStringLiteral("PRAGMA journal_mode")).toString() != QLatin1String("wal");
    }
    if (!pragmas)
        return setError(tr("%1 cannot be opened: %2").arg(shown, store->m_db->errorString()));
    if (!options.readOnly && store->m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_event")).toInt() == 0) {
        if (!store->checkWritable())
            return setError(store->m_error);
        SqliteTransaction transaction(*store->m_db);
        if (!store->audit(QStringLiteral("file.create"), {}, 0, {}, {}) || !transaction.commit())
            return setError(tr("%1 cannot be opened: %2").arg(shown, store->m_db->errorString()));
    }
    return store;
}

bool CaseStore::saveCopy(const QString& path)
{
    const QFileInfo target(path);
    if (target.absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        return fail(
            tr("%1 is the open case file; choose another name for the copy.").arg(QDir::toNativeSeparators(path)));
    const QString part = target.absoluteFilePath() + QStringLiteral(".part");
    QFile::remove(part);
    if (!m_db->backupTo(part)) {
        const QString why = m_db->errorString();
        QFile::remove(part);
        return fail(tr("The copy %1 cannot be written: %2").arg(QDir::toNativeSeparators(path), why));
    }
    {
        Options options;
        options.readOnly = true;
        QString why;
        if (!CaseStore::open(part, options, &why)) {
            QFile::remove(part);
            return fail(
                tr("The copy %1 is not readable, so it was not kept: %2").arg(QDir::toNativeSeparators(path), why));
        }
    }
    QFile::remove(part + QStringLiteral("-wal"));
    QFile::remove(part + QStringLiteral("-shm"));
    if ((target.exists() && !QFile::remove(target.absoluteFilePath()))
        || !QFile::rename(part, target.absoluteFilePath())) {
        QFile::remove(part);
        return fail(tr("The copy cannot be put in place at %1.").arg(QDir::toNativeSeparators(path)));
    }
    return true;
}

bool CaseStore::atomically(const std::function<bool()>& work)
{
    if (!checkWritable())
        return false;
    SqliteTransaction transaction(*m_db);
    if (!transaction.isActive())
        return failFromDb();
    if (!work())
        return false;
    return transaction.commit() || failFromDb();
}

bool CaseStore::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool CaseStore::failFromDb()
{
    const QString message = m_db->errorString();
    int code = m_db->errorCode() & 0xff;
    if (message.contains(QLatin1String("PIADESK_FINALIZED_IMMUTABLE")))
        return fail(tr("This assessment version is finalized and cannot be changed. Start a re-assessment to "
                       "revise it."));
    if (message.contains(QLatin1String("PIADESK_RETENTION")))
        return fail(tr("A finalized assessment report must be kept until its retain-until date and cannot be "
                       "deleted before then."));
    if (message.contains(QLatin1String("PIADESK_AUDIT_APPEND_ONLY")))
        return fail(tr("The audit log cannot be changed."));
    // SQLite reports ENOSPC as SQLITE_FULL, but a write refused for the file size limit or a quota as an I/O error.
    if (code == SQLITE_IOERR && isOutOfSpace(m_path))
        code = SQLITE_FULL;
    switch (code) {
    case SQLITE_FULL:
        return fail(tr("The disk is full (or the file has reached the size this account may write). The change was "
                       "not saved; the case file is as it was before. Free some space and make the change again."));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return fail(tr("The case file is busy in another program. The change was not saved; try again."));
    case SQLITE_READONLY:
        return fail(tr("The case file is open read-only. The change was not saved."));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return fail(tr("The case file is damaged (%1). The change was not saved.").arg(message));
    case SQLITE_IOERR:
        return fail(tr("The case file could not be written (%1). The change was not saved.").arg(message));
    default:
        return fail(tr("The case file refused the change: %1").arg(message));
    }
}

bool CaseStore::checkWritable()
{
    if (m_readOnly)
        return fail(tr("The case file is open read-only. The change was not saved."));
    // Safe either way: should a reader keep it from switching now, this change runs with a rollback journal.
    if (m_walPending && sqlite3_get_autocommit(m_db->handle()))
        m_walPending = m_db->scalar(QStringLiteral("PRAGMA journal_mode = WAL")).toString() != QLatin1String("wal");
    return true;
}

QString CaseStore::nowText() const
{
    return dateTimeText(m_clock->now());
}

bool CaseStore::audit(
    const QString& action, const QString& caseUuid, int version, const QString& field, const QString& detail)
{
    AuditEvent event;
    event.seq = 1;
    event.prevHash = AuditChain::genesisHash();
    {
        SqliteStatement last(*m_db, QStringLiteral("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1"));
        if (last.next()) {
            event.seq = last.integer(0) + 1;
            event.prevHash = last.text(1);
        } else if (!last.ok()) {
            return false;
        }
    }
    event.at = m_clock->now().toUTC();
    event.actor = m_actor;
    event.action = action;
    event.caseUuid = caseUuid;
    event.version = version;
    event.field = field;
    event.detail = shortened(detail);
    event.hash = AuditChain::hashOf(event);
    SqliteStatement insert(*m_db,
        QStringLiteral("INSERT INTO audit_event (seq, at, actor, action, case_uuid, "
                       "version, field, detail, prev_hash, hash) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(1, event.seq)
        .bind(2, event.at.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'")))
        .bind(3, event.actor)
        .bind(4, event.action)
        .bind(5, event.caseUuid)
        .bind(6, event.version)
        .bind(7, event.field)
        .bind(8, event.detail)
        .bind(9, event.prevHash)
        .bind(10, event.hash);
    return insert.run();
}

bool CaseStore::auditChanges(const QJsonObject& before, const QJsonObject& after, const QString& action,
    const QString& caseUuid, const QString& fieldPrefix)
{
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (before.value(it.key()) == it.value())
            continue;
        const QString detail
            = it.value().isString() ? it.value().toString() : (it.value().isNull() ? QString() : jsonText(it.value()));
        if (!audit(action, caseUuid, 0, fieldPrefix + it.key(), detail))
            return false;
    }
    return true;
}

QString CaseStore::caseUuid(qint64 caseId)
{
    SqliteStatement s(*m_db, QStringLiteral("SELECT uuid FROM frt_case WHERE id = ?"));
    s.bind(1, caseId);
    return s.next() ? s.text(0) : QString();
}

// ---------------------------------------------------------------- organisations

bool CaseStore::saveOrganisation(Organisation& organisation)
{
    if (!checkWritable())
        return false;
    Organisation o = organisation;
    o.creditCode = CreditCode::normalized(o.creditCode);
    Problems problems;
    FieldRules::checkOrganisation(o, QStringLiteral("organisation"), problems);
    if (o.name.trimmed().isEmpty())
        problems.add(QStringLiteral("organisation.name"), tr("must not be empty."));
    if (!problems.isEmpty())
        return fail(problems.toString());
    SqliteTransaction transaction(*m_db);
    if (!transaction.isActive())
        return failFromDb();
    const QString now = nowText();
    if (o.id == 0) {
        if (o.uuid.isEmpty())
            o.uuid = newUuid();
        if (!insertOrganisationRow(o))
            return failFromDb();
        o.id = m_db->lastInsertRowId();
        if (!audit(QStringLiteral("organisation.create"), {}, 0, QStringLiteral("organisation"), o.name))
            return failFromDb();
    } else {
        const auto old = this->organisation(o.id);
        if (!old)
            return fail(tr("Organisation %1 does not exist.").arg(o.id));
        o.uuid = old->uuid;
        SqliteStatement s(*m_db,
            QStringLiteral("UPDATE organisation SET name = ?, credit_code = ?, address = ?, "
                           "legal_representative = ?, contact = ?, responsible_person = ?, "
                           "handling_person = ?, updated_at = ? WHERE id = ?"));
        s.bind(1, o.name)
            .bind(2, o.creditCode)
            .bind(3, o.address)
            .bind(4, o.legalRepresentative)
            .bind(5, jsonText(ModelJson::toJson(o.contact)))
            .bind(6, jsonText(ModelJson::toJson(o.responsiblePerson)))
            .bind(7, jsonText(ModelJson::toJson(o.handlingPerson)))
            .bind(8, now)
            .bind(9, o.id);
        if (!s.run())
            return failFromDb();
        if (!auditChanges(ModelJson::toJson(*old), ModelJson::toJson(o), QStringLiteral("organisation.update"), {},
                QStringLiteral("organisation.")))
            return failFromDb();
    }
    if (!transaction.commit())
        return failFromDb();
    organisation = o;
    return true;
}

bool CaseStore::insertOrganisationRow(const Organisation& o)
{
    SqliteStatement s(*m_db,
        QStringLiteral("INSERT INTO organisation (uuid, name, credit_code, address, "
                       "legal_representative, contact, responsible_person, handling_person, created_at, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    s.bind(1, o.uuid)
        .bind(2, o.name)
        .bind(3, o.creditCode)
        .bind(4, o.address)
        .bind(5, o.legalRepresentative)
        .bind(6, jsonText(ModelJson::toJson(o.contact)))
        .bind(7, jsonText(ModelJson::toJson(o.responsiblePerson)))
        .bind(8, jsonText(ModelJson::toJson(o.handlingPerson)))
        .bind(9, nowText())
        .bind(10, nowText());
    return s.run();
}

std::optional<Organisation> CaseStore::organisation(qint64 id)
{
    SqliteStatement s(*m_db, QStringLiteral("SELECT %1 FROM organisation WHERE id = ?").arg(kOrganisationColumns));
    s.bind(1, id);
    if (!s.next())
        return std::nullopt;
    return organisationFrom(s);
}

QList<Organisation> CaseStore::organisations()
{
    QList<Organisation> list;
    SqliteStatement s(*m_db,
        QStringLiteral("SELECT %1 FROM organisation ORDER BY name COLLATE NOCASE, id").arg(kOrganisationColumns));
    while (s.next())
        list.append(organisationFrom(s));
    return list;
}

// ---------------------------------------------------------------- cases

QList<CaseSummary> CaseStore::listCases()
{
    // Two passes in case order merged here, rather than subqueries per case: the versions' count, latest number
    // and state come from one scan of the assessment table.
    QList<CaseSummary> list;
    SqliteStatement s(*m_db,
        QStringLiteral("SELECT c.id, c.uuid, c.name, o.name, c.status, c.public_place, c.stored_people, "
                       "c.updated_at, c.rule_set FROM frt_case c JOIN organisation o ON o.id = c.organisation_id "
                       "ORDER BY c.id"));
    while (s.next()) {
        CaseSummary c;
        c.id = s.integer(0);
        c.uuid = s.text(1);
        c.name = s.text(2);
        c.organisation = s.text(3);
        c.status = enumFrom(s.text(4), CaseStatus::Planned);
        c.publicPlace = s.integer(5) != 0;
        c.storedPeople = s.integer(6);
        c.updatedAt = dateTimeFrom(s.text(7));
        c.ruleSetId = s.text(8);
        list.append(c);
    }
    // MAX() makes SQLite give the other columns of the row that holds the maximum: the latest version's state.
    SqliteStatement v(*m_db,
        QStringLiteral("SELECT case_id, COUNT(*), MAX(number), state FROM assessment GROUP BY case_id "
                       "ORDER BY case_id"));
    qsizetype i = 0;
    while (v.next()) {
        const qint64 caseId = v.integer(0);
        while (i < list.size() && list.at(i).id < caseId)
            ++i;
        if (i == list.size())
            break;
        if (list.at(i).id != caseId)
            continue;
        CaseSummary& c = list[i];
        c.versions = int(v.integer(1));
        c.latestVersion = int(v.integer(2));
        c.latestState = enumFrom(v.text(3), AssessmentState::Draft);
    }
    return list;
}

namespace {

/** The keys of a JSON array of plain strings, as the store writes enumeration lists; the JSON parser otherwise. */
template <typename E> QList<E> enumListFrom(const QString& text)
{
    if (text == QLatin1String("[]"))
        return {};
    if (text.contains(QLatin1Char('\\')))
        return enumsFrom<E>(text);
    QList<E> list;
    const QStringList parts = text.split(QLatin1Char('"'));
    for (qsizetype i = 1; i < parts.size(); i += 2) {
        if (const auto e = enumFromKey<E>(parts.at(i)))
            list.append(*e);
    }
    return list;
}

} // namespace

bool CaseStore::loadCaseHeads(qint64 afterId, int limit, const HeadParts& parts, QList<CaseBundle>* out)
{
    const qsizetype first = out->size();
    QHash<qint64, qsizetype> byCase;
    {
        SqliteStatement s(*m_db,
            QStringLiteral("SELECT c.id, c.uuid, c.organisation_id, o.uuid, o.name, c.rule_set, c.revision, "
                           "c.created_at, c.updated_at, c.name, c.place_kind, c.public_place, c.methods, "
                           "c.stored_people, c.minors_under_14, c.original_images_stored, c.start_of_use, "
                           "c.end_of_use, c.status, c.threshold_reached_on "
                           "FROM frt_case c JOIN organisation o ON o.id = c.organisation_id "
                           "WHERE c.id > ? ORDER BY c.id LIMIT ?"));
        s.bind(1, afterId).bind(2, limit);
        while (s.next()) {
            CaseBundle b;
            Case& c = b.caseInfo;
            c.id = s.integer(0);
            c.uuid = s.text(1);
            c.organisationId = s.integer(2);
            b.organisation.id = c.organisationId;
            b.organisation.uuid = s.text(3);
            b.organisation.name = s.text(4);
            c.ruleSetId = s.text(5);
            c.revision = int(s.integer(6));
            c.createdAt = ModelJson::parseDateTime(s.utf8(7));
            c.updatedAt = ModelJson::parseDateTime(s.utf8(8));
            CaseFacts& f = c.facts;
            f.name = s.text(9);
            f.placeKind = enumFrom(s.text(10), PlaceKind::Unspecified);
            f.publicPlace = s.integer(11) != 0;
            f.methods = enumListFrom<Method>(s.text(12));
            f.storedPeople = s.integer(13);
            f.minorsUnder14 = s.integer(14) != 0;
            f.originalImagesStored = s.integer(15) != 0;
            f.startOfUse = ModelJson::parseDate(s.utf8(16));
            f.endOfUse = ModelJson::parseDate(s.utf8(17));
            f.status = enumFrom(s.text(18), CaseStatus::Planned);
            f.thresholdReachedOn = ModelJson::parseDate(s.utf8(19));
            byCase.insert(c.id, out->size());
            out->append(b);
        }
        if (!s.ok())
            return failFromDb();
    }
    if (out->size() == first)
        return true;
    const qint64 lastId = out->constLast().caseInfo.id;
    const auto bundleOf = [&](qint64 caseId) -> CaseBundle* {
        const qsizetype i = byCase.value(caseId, -1);
        return i < 0 ? nullptr : &(*out)[i];
    };
    {
        SqliteStatement s(*m_db,
            QStringLiteral("SELECT %1 FROM assessment WHERE case_id > ? AND case_id <= ? ORDER BY case_id, number")
                .arg(kAssessmentHeadingColumns));
        s.bind(1, afterId).bind(2, lastId);
        while (s.next()) {
            AssessmentVersion a = assessmentHeadingFrom(s);
            if (CaseBundle* b = bundleOf(a.caseId))
                b->assessments.append(std::move(a));
        }
        if (!s.ok())
            return failFromDb();
    }
    {
        SqliteStatement s(*m_db,
            QStringLiteral("SELECT %1 FROM filing WHERE case_id > ? AND case_id <= ? ORDER BY case_id, id")
                .arg(kFilingHeadingColumns));
        s.bind(1, afterId).bind(2, lastId);
        while (s.next()) {
            FilingRecord r = filingHeadingFrom(s);
            if (CaseBundle* b = bundleOf(r.caseId))
                b->filings.append(std::move(r));
        }
        if (!s.ok())
            return failFromDb();
    }
    if (!parts.latestRisks && !parts.latestMeasures)
        return true;

    // The latest version of each case, its risks, the answers asked for, and the facts it recorded.
    const QString latest
        = QStringLiteral("a.case_id > ? AND a.case_id <= ? "
                         "AND a.number = (SELECT MAX(l.number) FROM assessment l WHERE l.case_id = a.case_id)");
    const auto latestOf = [&](qint64 caseId) -> AssessmentVersion* {
        CaseBundle* b = bundleOf(caseId);
        return b && !b->assessments.isEmpty() ? &b->assessments.last() : nullptr;
    };
    // Runs \a select (its first column the case id) over the latest versions, handing each row to \a read.
    const auto readLatest
        = [&](const QString& select, const std::function<void(AssessmentVersion&, const SqliteStatement&)>& read) {
              SqliteStatement s(*m_db, select.arg(latest));
              s.bind(1, afterId).bind(2, lastId);
              while (s.next()) {
                  if (AssessmentVersion* a = latestOf(s.integer(0)))
                      read(*a, s);
              }
              return s.ok();
          };
    const bool risksRead = !parts.latestRisks
        || readLatest(QStringLiteral("SELECT a.case_id, r.uuid, r.impact, r.likelihood, r.residual_impact, "
                                     "r.residual_likelihood FROM assessment a JOIN risk r ON r.assessment_id = a.id "
                                     "WHERE %1 ORDER BY a.case_id, r.position"),
            [](AssessmentVersion& a, const SqliteStatement& s) {
                Risk r;
                r.uuid = s.text(1);
                r.impact = enumFrom(s.text(2), ImpactLevel::Low);
                r.likelihood = enumFrom(s.text(3), Likelihood::Low);
                r.residualImpact = enumFrom(s.text(4), ImpactLevel::Low);
                r.residualLikelihood = enumFrom(s.text(5), Likelihood::Low);
                a.risks.append(r);
            });
    // Which risk each measure answers and whether it is done (a residual level counts only measures done); what
    // it is, who carries it out and by when (the action plan's deadlines).
    const bool measuresRead = risksRead
        && readLatest(QStringLiteral("SELECT a.case_id, m.risk_uuid, m.status, m.description, m.owner, m.due_date "
                                     "FROM assessment a JOIN measure m ON m.assessment_id = a.id WHERE %1 "
                                     "ORDER BY a.case_id, m.position"),
            [](AssessmentVersion& a, const SqliteStatement& s) {
                Measure m;
                m.riskUuid = s.text(1);
                m.status = enumFrom(s.text(2), MeasureStatus::Planned);
                m.description = s.text(3);
                m.owner = s.text(4);
                m.dueDate = dateFrom(s.text(5));
                a.measures.append(m);
            });
    if (!measuresRead)
        return failFromDb();
    if (!parts.answerIds.isEmpty()) {
        QStringList placeholders;
        for (qsizetype i = 0; i < parts.answerIds.size(); ++i)
            placeholders.append(QStringLiteral("?"));
        SqliteStatement s(*m_db,
            QStringLiteral("SELECT a.case_id, n.question_id, n.value FROM assessment a "
                           "JOIN answer n ON n.assessment_id = a.id "
                           "WHERE %1 AND n.question_id IN (%2) ORDER BY a.case_id, n.question_id")
                .arg(latest, placeholders.join(QLatin1Char(','))));
        s.bind(1, afterId).bind(2, lastId);
        for (qsizetype i = 0; i < parts.answerIds.size(); ++i)
            s.bind(int(i) + 3, parts.answerIds.at(i));
        while (s.next()) {
            AssessmentVersion* a = latestOf(s.integer(0));
            if (!a)
                continue;
            Answer answer;
            answer.questionId = s.text(1);
            answer.value = answerValueFrom(s.text(2));
            a->answers.append(answer);
        }
        if (!s.ok())
            return failFromDb();
    }
    if (parts.latestRisks) {
        // Only the facts a condition can test (Facts::value), taken out of the record by SQLite: for the standing.
        SqliteStatement s(*m_db,
            QStringLiteral("SELECT a.case_id, json_extract(a.record, '$.facts.publicPlace'), "
                           "json_extract(a.record, '$.facts.placeKind'), "
                           "json_extract(a.record, '$.facts.storedPeople'), "
                           "json_extract(a.record, '$.facts.minorsUnder14'), "
                           "json_extract(a.record, '$.facts.originalImagesStored'), "
                           "json_extract(a.record, '$.facts.methods'), json_extract(a.record, '$.facts.status') "
                           "FROM assessment a WHERE %1 AND a.record IS NOT NULL ORDER BY a.case_id")
                .arg(latest));
        s.bind(1, afterId).bind(2, lastId);
        while (s.next()) {
            AssessmentVersion* a = latestOf(s.integer(0));
            if (!a)
                continue;
            RecordSnapshot record;
            CaseFacts& f = record.facts;
            f.publicPlace = s.integer(1) != 0;
            f.placeKind = enumFrom(s.text(2), PlaceKind::Unspecified);
            f.storedPeople = s.integer(3);
            f.minorsUnder14 = s.integer(4) != 0;
            f.originalImagesStored = s.integer(5) != 0;
            f.methods = enumListFrom<Method>(s.text(6));
            f.status = enumFrom(s.text(7), CaseStatus::Planned);
            a->record = record;
        }
        if (!s.ok())
            return failFromDb();
    }
    return true;
}

std::optional<qint64> CaseStore::findCase(const QString& reference)
{
    bool isNumber = false;
    const qint64 id = reference.toLongLong(&isNumber);
    SqliteStatement s(*m_db,
        isNumber ? QStringLiteral("SELECT id FROM frt_case WHERE id = ?")
                 : QStringLiteral("SELECT id FROM frt_case WHERE uuid = ?"));
    if (isNumber)
        s.bind(1, id);
    else
        s.bind(1, reference.trimmed().toLower());
    if (s.next())
        return s.integer(0);
    return std::nullopt;
}

bool CaseStore::createCase(qint64 organisationId, const CaseFacts& facts, Case* created, const QString& ruleSetId)
{
    if (!checkWritable())
        return false;
    Problems problems;
    FieldRules::checkFacts(facts, QStringLiteral("case"), problems);
    if (!problems.isEmpty())
        return fail(problems.toString());
    if (!organisation(organisationId))
        return fail(tr("Organisation %1 does not exist.").arg(organisationId));
    SqliteTransaction transaction(*m_db);
    if (!transaction.isActive())
        return failFromDb();
    Case c;
    c.uuid = newUuid();
    c.organisationId = organisationId;
    c.facts = facts;
    c.revision = 1;
    c.createdAt = c.updatedAt = dateTimeFrom(nowText());
    SqliteStatement s(*m_db,
        QStringLiteral("INSERT INTO frt_case (uuid, organisation_id, %1, revision, created_at, "
                       "updated_at) VALUES (?, ?, %2, 1, ?, ?)")
            .arg(kFactsColumns, factsPlaceholders()));
    s.bind(1, c.uuid).bind(2, organisationId);
    bindFacts(s, 3, facts);
    s.bind(3 + kFactsColumnCount, nowText()).bind(4 + kFactsColumnCount, nowText());
    if (!s.run())
        return failFromDb();
    c.id = m_db->lastInsertRowId();
    if (!ruleSetId.isEmpty()) {
        SqliteStatement set(*m_db, QStringLiteral("UPDATE frt_case SET rule_set = ? WHERE id = ?"));
        set.bind(1, ruleSetId).bind(2, c.id);
        if (!set.run())
            return failFromDb();
    }
    SqliteStatement ruleSet(*m_db, QStringLiteral("SELECT rule_set FROM frt_case WHERE id = ?"));
    ruleSet.bind(1, c.id);
    if (!ruleSet.next())
        return failFromDb();
    c.ruleSetId = ruleSet.text(0);
    if (!audit(QStringLiteral("case.create"), c.uuid, 0, {}, facts.name) || !transaction.commit())
        return failFromDb();
    if (created)
        *created = c;
    return true;
}

bool CaseStore::updateCaseFacts(qint64 caseId, const CaseFacts& facts)
{
    if (!checkWritable())
        return false;
    Problems problems;
    FieldRules::checkFacts(facts, QStringLiteral("case"), problems);
    if (!problems.isEmpty())
        return fail(problems.toString());
    SqliteTransaction transaction(*m_db);
    if (!transaction.isActive())
        return failFromDb();
    SqliteStatement read(*m_db, QStringLiteral("SELECT uuid, %1 FROM frt_case WHERE id = ?").arg(kFactsColumns));
    read.bind(1, caseId);
    if (!read.next())
        return read.ok() ? fail(tr("Case %1 does not exist.").arg(caseId)) : failFromDb();
    const QString uuid = read.text(0);
    const CaseFacts old = factsFrom(read, 1);
    if (old == facts)
        return true;
    SqliteStatement s(*m_db,
        QStringLiteral("UPDATE frt_case SET name = ?, description = ?, places = ?, "
                       "place_kind = ?, public_place = ?, purposes = ?, methods = ?, "
                       "equipment = ?, vendors = ?, stored_people = ?, minors_under_14 = ?, "
                       "original_images_stored = ?, storage_location = ?, storage_period = ?, "
                       "anonymization = ?, start_of_use = ?, end_of_use = ?, status = ?, threshold_reached_on = ?, "
                       "revision = revision + 1, updated_at = ? WHERE id = ?"));
    bindFacts(s, 1, facts);
    s.bind(1 + kFactsColumnCount, nowText()).bind(2 + kFactsColumnCount, caseId);
    if (!s.run())
        return failFromDb();
    if (!auditChanges(ModelJson::toJson(old), ModelJson::toJson(facts), QStringLiteral("case.update"), uuid, {})
        || !transaction.commit())
        return failFromDb();
    return true;
}

bool CaseStore::loadAssessments(qint64 caseId, QList<AssessmentVersion>* out, qint64 onlyId)
{
    SqliteStatement s(*m_db,
        QStringLiteral("SELECT %1, trigger_description, record FROM assessment WHERE %2 ORDER BY number")
            .arg(kAssessmentHeadingColumns, onlyId ? QStringLiteral("id = ?") : QStringLiteral("case_id = ?")));
    s.bind(1, onlyId ? onlyId : caseId);
    QHash<qint64, qsizetype> index;
    constexpr int kDescription = 18;
    constexpr int kRecord = 19;
    while (s.next()) {
        AssessmentVersion a = assessmentHeadingFrom(s);
        a.triggerDescription = s.text(kDescription);
        if (!s.isNull(kRecord)) {
            Problems ignored;
            a.record = ModelJson::readSnapshot(objectFrom(s.text(kRecord)), {}, ignored);
        }
        index.insert(a.id, out->size());
        out->append(a);
    }
    if (!s.ok())
        return failFromDb();
    if (out->isEmpty())
        return true;
    const QString where = onlyId ? QStringLiteral("assessment_id = ?")
                                 : QStringLiteral("assessment_id IN (SELECT id FROM assessment WHERE case_id = ?)");
    SqliteStatement answers(*m_db,
        QStringLiteral("SELECT assessment_id, question_id, value, justification, evidence "
                       "FROM answer WHERE %1 ORDER BY assessment_id, question_id")
            .arg(where));
    answers.bind(1, onlyId ? onlyId : caseId);
    while (answers.next()) {
        Answer a;
        a.questionId = answers.text(1);
        a.value = answerValueFrom(answers.text(2));
        a.justification = answers.text(3);
        a.evidence = stringsFrom(answers.text(4));
        (*out)[index.value(answers.integer(0))].answers.append(a);
    }
    SqliteStatement risks(*m_db,
        QStringLiteral("SELECT assessment_id, uuid, title, description, impact_kinds, impact, "
                       "likelihood, residual_impact, residual_likelihood, source, likelihood_basis FROM risk "
                       "WHERE %1 ORDER BY assessment_id, position")
            .arg(where));
    risks.bind(1, onlyId ? onlyId : caseId);
    while (risks.next()) {
        Risk r;
        r.uuid = risks.text(1);
        r.title = risks.text(2);
        r.description = risks.text(3);
        r.impactKinds = enumsFrom<ImpactKind>(risks.text(4));
        r.impact = enumFrom(risks.text(5), ImpactLevel::Low);
        r.likelihood = enumFrom(risks.text(6), Likelihood::Low);
        r.residualImpact = enumFrom(risks.text(7), ImpactLevel::Low);
        r.residualLikelihood = enumFrom(risks.text(8), Likelihood::Low);
        r.source = risks.text(9);
        r.likelihoodBasis = risks.text(10);
        (*out)[index.value(risks.integer(0))].risks.append(r);
    }
    SqliteStatement measures(*m_db,
        QStringLiteral("SELECT assessment_id, uuid, risk_uuid, description, owner, "
                       "due_date, status FROM measure WHERE %1 "
                       "ORDER BY assessment_id, position")
            .arg(where));
    measures.bind(1, onlyId ? onlyId : caseId);
    while (measures.next()) {
        Measure m;
        m.uuid = measures.text(1);
        m.riskUuid = measures.text(2);
        m.description = measures.text(3);
        m.owner = measures.text(4);
        m.dueDate = dateFrom(measures.text(5));
        m.status = enumFrom(measures.text(6), MeasureStatus::Planned);
        (*out)[index.value(measures.integer(0))].measures.append(m);
    }
    SqliteStatement activities(*m_db,
        QStringLiteral("SELECT assessment_id, uuid, content FROM processing_activity WHERE %1 "
                       "ORDER BY assessment_id, position")
            .arg(where));
    activities.bind(1, onlyId ? onlyId : caseId);
    while (activities.next()) {
        // Written by insertAssessmentContent() from the same model; a field that does not read back is left empty.
        Problems ignored;
        ProcessingActivity activity = ModelJson::readActivity(
            QJsonDocument::fromJson(activities.text(2).toUtf8()).object(), QString(), ignored, false);
        activity.uuid = activities.text(1);
        (*out)[index.value(activities.integer(0))].activities.append(activity);
    }
    if (!answers.ok() || !risks.ok() || !measures.ok() || !activities.ok())
        return failFromDb();
    return true;
}

bool CaseStore::loadAttachments(qint64 caseId, QList<Attachment>* out)
{
    SqliteStatement s(*m_db,
        QStringLiteral("SELECT t.id, t.uuid, a.uuid, t.material, t.name, t.media_type, t.size, "
                       "t.sha256, t.created_at FROM attachment t "
                       "LEFT JOIN assessment a ON a.id = t.assessment_id "
                       "WHERE t.case_id = ? ORDER BY t.id"));
    s.bind(1, caseId);
    while (s.next()) {
        Attachment a;
        a.id = s.integer(0);
        a.uuid = s.text(1);
        a.caseId = caseId;
        a.assessmentUuid = s.text(2);
        a.material = s.text(3);
        a.name = s.text(4);
        a.mediaType = s.text(5);
        a.size = s.integer(6);
        a.sha256 = s.text(7);
        a.createdAt = dateTimeFrom(s.text(8));
        out->append(a);
    }
    return s.ok() || failFromDb();
}

bool CaseStore::loadCase(qint64 caseId, CaseBundle* bundle)
{
    CaseBundle b;
    SqliteStatement s(*m_db,
        QStringLiteral("SELECT id, uuid, organisation_id, revision, created_at, updated_at, rule_set, %1 "
                       "FROM frt_case WHERE id = ?")
            .arg(kFactsColumns));
    s.bind(1, caseId);
    if (!s.next())
        return s.ok() ? fail(tr("Case %1 does not exist.").arg(caseId)) : failFromDb();
    b.caseInfo.id = s.integer(0);
    b.caseInfo.uuid = s.text(1);
    b.caseInfo.organisationId = s.integer(2);
    b.caseInfo.revision = int(s.integer(3));
    b.caseInfo.createdAt = dateTimeFrom(s.text(4));
    b.caseInfo.updatedAt = dateTimeFrom(s.text(5));
    b.caseInfo.ruleSetId = s.text(6);
    b.caseInfo.facts = factsFrom(s, 7);
    const auto org = organisation(b.caseInfo.organisationId);
    if (!org)
        return fail(tr("The organisation of case %1 is missing.").arg(caseId));
    b.organisation = *org;
    if (!loadAssessments(caseId, &b.assessments) || !loadAttachments(caseId, &b.attachments))
        return false;
    SqliteStatement f(*m_db,
        QStringLiteral("SELECT %1, materials, note, disposal FROM filing WHERE case_id = ? ORDER BY id")
            .arg(kFilingHeadingColumns));
    f.bind(1, caseId);
    constexpr int kMaterials = 11;
    constexpr int kNote = 12;
    constexpr int kDisposal = 13;
    while (f.next()) {
        FilingRecord r = filingHeadingFrom(f);
        const QJsonObject materials = objectFrom(f.text(kMaterials));
        for (auto it = materials.constBegin(); it != materials.constEnd(); ++it)
            r.materials.insert(it.key(), enumFrom(it.value().toString(), MaterialStatus::Missing));
        r.note = f.text(kNote);
        Problems ignored;
        r.disposal = ModelJson::readDisposal(objectFrom(f.text(kDisposal)), {}, ignored);
        b.filings.append(r);
    }
    if (!f.ok())
        return failFromDb();
    *bundle = b;
    return true;
}

std::optional<qint64> CaseStore::caseOfAssessment(qint64 assessmentId)
{
    SqliteStatement s(*m_db, QStringLiteral("SELECT case_id FROM assessment WHERE id = ?"));
    s.bind(1, assessmentId);
    if (!s.next())
        return std::nullopt;
    return s.integer(0);
}

bool CaseStore::setCaseRuleSet(qint64 caseId, const QString& ruleSetId)
{
    if (!checkWritable())
        return false;
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,99}$"));
    if (!pattern.match(ruleSetId).hasMatch())
        return fail(tr("\"%1\" is not a rule-set id.").arg(ruleSetId.left(100)));
    SqliteTransaction transaction(*m_db);
    if (!transaction.isActive())
        return failFromDb();
    SqliteStatement read(*m_db, QStringLiteral("SELECT uuid, rule_set FROM frt_case WHERE id = ?"));
    read.bind(1, caseId);
    if (!read.next())
        return read.ok() ? fail(tr("Case %1 does not exist.").arg(caseId)) : failFromDb();
    const QString uuid = read.text(0);
    if (read.text(1) == ruleSetId)
        return true;
    SqliteStatement s(*m_db,
        QStringLiteral("UPDATE frt_case SET rule_set = ?, revision = revision + 1, updated_at = ? WHERE id = ?"));
    s.bind(1, ruleSetId).bind(2, nowText()).bind(3, caseId);
    if (!s.run() || !audit(QStringLiteral("case.update"), uuid, 0, QStringLiteral("ruleSet"), ruleSetId)
        || !transaction.commit())
        return failFromDb();
    return true;
}

bool CaseStore::discardCase(qint64 caseId)
{
    if (!checkWritable())
        return false;
    CaseBundle bundle;
    if (!loadCase(caseId, &bundle))
        return false;
    for (const AssessmentVersion& a : bundle.assessments) {
        if (a.isFinal())
            return fail(
                tr("The case \"%1\" has a finalized version and cannot be discarded.").arg(bundle.caseInfo.facts.name));
    }
    SqliteTransaction transaction(*m_db);
    if (!transaction.isActive())
        return failFromDb();
    SqliteStatement deleteCase(*m_db, QStringLiteral("DELETE FROM frt_case WHERE id = ?"));
    deleteCase.bind(1, caseId);
    SqliteStatement deleteOrganisation(*m_db,
        QStringLiteral("DELETE FROM organisation WHERE id = ? "
                       "AND NOT EXISTS (SELECT 1 FROM frt_case WHERE organisation_id = ?)"));
    deleteOrganisation.bind(1, bundle.caseInfo.organisationId).bind(2, bundle.caseInfo.organisationId);
    if (!deleteCase.run() || !deleteOrganisation.run() || !removeOrphanBlobs()
        || !audit(QStringLiteral("case.discard"), bundle.caseInfo.uuid, 0, {}, bundle.caseInfo.facts.name)
        || !transaction.commit())
        return failFromDb();
    return true;
}

bool CaseStore::deleteCase(qint64 caseId)
{
    if (!checkWritable())
        return false;
    CaseBundle bundle;
    if (!loadCase(caseId, &bundle))
        return false;
    const QDate today = m_clock->today();
    for (const AssessmentVersion& a : bundle.assessments) {
        if (a.isFinal() && a.retainUntil >= today)
            return fail(tr("The case \"%1\" cannot be deleted: the report of version %2 must be kept until %3 "
                           "(retention of assessment reports). It can be deleted from %4.")
                            .arg(bundle.caseInfo.facts.name)
                            .arg(a.number)
                            .arg(a.retainUntil.toString(Qt::ISODate), a.retainUntil.addDays(1).toString(Qt::ISODate)));
    }
    SqliteTransaction transaction(*m_db);
    if (!transaction.isActive())
        return failFromDb();
    SqliteStatement s(*m_db, QStringLiteral("DELETE FROM frt_case WHERE id = ?"));
    s.bind(1, caseId);
    if (!s.run() || !removeOrphanBlobs()
        || !audit(QStringLiteral("case.delete"), bundle.caseInfo.uuid, 0, {}, bundle.caseInfo.facts.name)
        || !transaction.commit())
        return failFromDb();
    return true;
}

// ---------------------------------------------------------------- assessments

std::optional<AssessmentVersion> CaseStore::assessmentById(qint64 assessmentId, qint64* caseId)
{
    QList<AssessmentVersion> list;
    if (!loadAssessments(0, &list, assessmentId))
        return std::nullopt;
    if (list.isEmpty()) {
        fail(tr("Assessment version %1 does not exist.").arg(assessmentId));
        return std::nullopt;
    }
    if (caseId)
        *caseId = list.constFirst().caseId;
    return list.constFirst();
}

bool CaseStore::requireEditable(const AssessmentVersion& a)
{
    if (a.isFinal())
        return fail(tr("Version %1 is %2 and cannot be changed. Start a re-assessment to revise it.")
                        .arg(a.number)
                        .arg(enumLabel(a.state).toLower()));
    return true;
}

bool CaseStore::insertAssessmentContent(qint64 assessmentId, const AssessmentVersion& content)
{
    SqliteStatement answer(*m_db,
        QStringLiteral("INSERT INTO answer (assessment_id, question_id, value, "
                       "justification, evidence, updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const Answer& a : content.answers) {
        answer.reset();
        answer.bind(1, assessmentId)
            .bind(2, a.questionId)
            .bind(3, answerValueText(a.value))
            .bind(4, a.justification)
            .bind(5, jsonText(ModelJson::toJson(a.evidence)))
            .bind(6, nowText());
        if (!answer.run())
            return false;
    }
    SqliteStatement risk(*m_db,
        QStringLiteral("INSERT INTO risk (uuid, assessment_id, position, title, description, "
                       "impact_kinds, impact, likelihood, residual_impact, "
                       "residual_likelihood, source, likelihood_basis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < content.risks.size(); ++i) {
        const Risk& r = content.risks.at(i);
        risk.reset();
        risk.bind(1, r.uuid.isEmpty() ? newUuid() : r.uuid)
            .bind(2, assessmentId)
            .bind(3, qint64(i))
            .bind(4, r.title)
            .bind(5, r.description)
            .bind(6, jsonText(ModelJson::enumArray(r.impactKinds)))
            .bind(7, enumKey(r.impact))
            .bind(8, enumKey(r.likelihood))
            .bind(9, enumKey(r.residualImpact))
            .bind(10, enumKey(r.residualLikelihood))
            .bind(11, r.source)
            .bind(12, r.likelihoodBasis);
        if (!risk.run())
            return false;
    }
    SqliteStatement measure(*m_db,
        QStringLiteral("INSERT INTO measure (uuid, assessment_id, position, risk_uuid, "
                       "description, owner, due_date, status) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < content.measures.size(); ++i) {
        const Measure& m = content.measures.at(i);
        measure.reset();
        measure.bind(1, m.uuid.isEmpty() ? newUuid() : m.uuid)
            .bind(2, assessmentId)
            .bind(3, qint64(i))
            .bindOptional(4, m.riskUuid)
            .bind(5, m.description)
            .bind(6, m.owner)
            .bindOptional(7, dateText(m.dueDate))
            .bind(8, enumKey(m.status));
        if (!measure.run())
            return false;
    }
    SqliteStatement activity(*m_db,
        QStringLiteral("INSERT INTO processing_activity (uuid, assessment_id, position, content) VALUES (?, ?, ?, ?)"));
    for (qsizetype i = 0; i < content.activities.size(); ++i) {
        const ProcessingActivity& a = content.activities.at(i);
        activity.reset();
        activity.bind(1, a.uuid.isEmpty() ? newUuid() : a.uuid)
            .bind(2, assessmentId)
            .bind(3, qint64(i))
            .bind(4, jsonText(ModelJson::toJson(a, false)));
        if (!activity.run())
            return false;
    }
    return true;
}

bool CaseStore::createAssessment(qint64 caseId, TriggerKind trigger, const QDate& triggerDate,
    const QString& description, AssessmentVersion* created)
{
    return createAssessment(caseId, trigger, triggerDate, description, RuleSetChange {}, created);
}

bool CaseStore::createAssessment(qint64 caseId, TriggerKind trigger, const QDate& triggerDate,
    const QString& description, const RuleSetChange& change, AssessmentVersion* created)
{
    static const QRegularExpression ruleSetPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,99}$"));
    if (!change.ruleSetId.isEmpty() && !ruleSetPattern.match(change.ruleSetId).hasMatch())
        return fail(tr("\"%1\" is not a rule-set id.").arg(change.ruleSetId.left(100)));
    if (!checkWritable())
        return false;
    const QString textProblem = FieldRules::textProblem(description, FieldRules::kLongText);
    if (!textProblem.isEmpty())
        return fail(tr("The trigger description %1").arg(textProblem));
    if (const QString problem = FieldRules::dateProblem(triggerDate); !problem.isEmpty())
        return fail(tr("The trigger date %1").arg(problem));
    QList<AssessmentVersion> existing;
    if (!loadAssessments(caseId, &existing))
        return false;
    const QString uuidOfCase = caseUuid(caseId);
    if (uuidOfCase.isEmpty())
        return fail(tr("Case %1 does not exist.").arg(caseId));
    for (const AssessmentVersion& a : existing) {
        if (!a.isFinal())
            return fail(tr("Version %1 of this case is still %2. Finalize or delete it before starting a new one.")
                            .arg(a.number)
                            .arg(enumLabel(a.state).toLower()));
    }
    if (existing.isEmpty() && trigger != TriggerKind::Initial)
        return fail(tr("The first assessment of a case is the initial assessment."));
    if (!existing.isEmpty() && trigger == TriggerKind::Initial)
        return fail(tr("This case has been assessed already; a new version needs a trigger such as a change of "
                       "purpose or methods."));
    if (!existing.isEmpty() && !triggerDate.isValid())
        return fail(tr("A re-assessment needs the date of its trigger."));

    SqliteTransaction transaction(*m_db);
    if (!transaction.isActive())
        return failFromDb();
    AssessmentVersion a;
    if (!existing.isEmpty()) {
        a = existing.constLast();
        a.assessor.clear();
        a.reviewer.clear();
        a.signedOffBy.clear();
        a.signedOffOn = {};
        a.finalizedAt = {};
        a.retainUntil = {};
        a.contentHash.clear();
        a.record.reset();
        a.ruleSetId.clear(); // stamped again when this version is finalized
        a.ruleSetVersion.clear();
        if (!change.ruleSetId.isEmpty()) {
            // Under another rule set only the answers it asks (and accepts) carry over; conclusions, notes on
            // flags and the acceptance of the residual risk are made again.
            QList<Answer> kept;
            for (const Answer& answer : std::as_const(a.answers)) {
                if (change.keptAnswers.contains(answer.questionId))
                    kept.append(answer);
            }
            a.answers = kept;
        }
    }
    a.uuid = newUuid();
    a.caseId = caseId;
    a.number = existing.isEmpty() ? 1 : existing.constLast().number + 1;
    a.trigger = trigger;
    a.triggerDate = triggerDate.isValid() ? triggerDate : m_clock->today();
    a.triggerDescription = description;
    a.state = AssessmentState::Draft;
    SqliteStatement insert(*m_db,
        QStringLiteral("INSERT INTO assessment (uuid, case_id, number, trigger_kind, "
                       "trigger_date, trigger_description, state, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, 'draft', ?, ?)"));
    insert.bind(1, a.uuid)
        .bind(2, caseId)
        .bind(3, a.number)
        .bind(4, enumKey(trigger))
        .bind(5, dateText(a.triggerDate))
        .bind(6, description)
        .bind(7, nowText())
        .bind(8, nowText());
    if (!insert.run())
        return failFromDb();
    a.id = m_db->lastInsertRowId();

    if (!existing.isEmpty()) {
        // Carry the previous version's evidence over, re-pointing answers at the copies.
        const qint64 previousId = existing.constLast().id;
        QHash<QString, QString> renamed;
        SqliteStatement evidence(*m_db,
            QStringLiteral("SELECT uuid, material, name, media_type, size, sha256 "
                           "FROM attachment WHERE assessment_id = ? ORDER BY id"));
        evidence.bind(1, previousId);
        while (evidence.next()) {
            Attachment copy;
            copy.uuid = newUuid();
            copy.material = evidence.text(1);
            copy.name = evidence.text(2);
            copy.mediaType = evidence.text(3);
            copy.size = evidence.integer(4);
            copy.sha256 = evidence.text(5);
            renamed.insert(evidence.text(0), copy.uuid);
            if (!insertAttachmentRow(caseId, a.id, copy))
                return failFromDb();
        }
        if (!evidence.ok())
            return failFromDb();
        for (Answer& answer : a.answers) {
            for (QString& ref : answer.evidence)
                ref = renamed.value(ref, ref);
        }
    }
    if (!insertAssessmentContent(a.id, a))
        return failFromDb();
    if (!change.ruleSetId.isEmpty()) {
        SqliteStatement move(*m_db,
            QStringLiteral("UPDATE frt_case SET rule_set = ?, revision = revision + 1, updated_at = ? WHERE id = ?"));
        move.bind(1, change.ruleSetId).bind(2, nowText()).bind(3, caseId);
        if (!move.run()
            || !audit(QStringLiteral("case.update"), uuidOfCase, 0, QStringLiteral("ruleSet"), change.ruleSetId))
            return failFromDb();
    }
    if (!audit(QStringLiteral("assessment.create"), uuidOfCase, a.number, QStringLiteral("trigger"),
            enumKey(trigger) + QLatin1Char(' ') + dateText(a.triggerDate) + QLatin1Char(' ') + description)
        || !transaction.commit())
        return failFromDb();
    if (created)
        *created = a;
    return true;
}

bool CaseStore::saveAnswer(qint64 assessmentId, const Answer& answer)
{
    if (!checkWritable())
        return false;
    qint64 caseId = 0;
    const auto a = assessmentById(assessmentId, &caseId);
    if (!a || !requireEditable(*a))
        return false;
    AssessmentVersion probe;
    probe.answers.append(answer);
    Problems problems;
    FieldRules::checkAssessment(probe, QStringLiteral("answer"), problems);
    if (!problems.isEmpty())
        return fail(problems.toString());
    SqliteTransaction transaction(*m_db);
    if (!transaction.isActive())
        return failFromDb();
    SqliteStatement s(*m_db,
        QStringLiteral("INSERT INTO answer (assessment_id, question_id, value, justification, "
                       "evidence, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (assessment_id, question_id) DO UPDATE SET "
                       "value = excluded.value, justification = excluded.justification, "
                       "evidence = excluded.evidence, updated_at = excluded.updated_at"));
    s.bind(1, assessmentId)
        .bind(2, answer.questionId)
        .bind(3, answerValueText(answer.value))
        .bind(4, answer.justification)
        .bind(5, jsonText(ModelJson::toJson(answer.evidence)))
        .bind(6, nowText());
    SqliteStatement touch(*m_db, QStringLiteral("UPDATE assessment SET updated_at = ? WHERE id = ?"));
    touch.bind(1, nowText()).bind(2, assessmentId);
    const QString detail = answer.value.isString() ? answer.value.toString() : jsonText(answer.value);
    if (!s.run() || !touch.run()
        || !audit(QStringLiteral("answer.save"), caseUuid(caseId), a->number, answer.questionId, detail)
        || !transaction.commit())
        return failFromDb();
    return true;
}

bool CaseStore::replaceContent(qint64 assessmentId, const AssessmentVersion& content, const QString& table,
    const QString& action, const QString& detail)
{
    if (!checkWritable())
        return false;
    qint64 caseId = 0;
    const auto a = assessmentById(assessmentId, &caseId);
    if (!a || !requireEditable(*a))
        return false;
    Problems problems;
    FieldRules::checkAssessment(content, QStringLiteral("assessment"), problems);
    if (!problems.isEmpty())
        return fail(problems.toString());
    SqliteTransaction transaction(*m_db);
    if (!transaction.isActive())
        return failFromDb();
    SqliteStatement clear(*m_db, QStringLiteral("DELETE FROM %1 WHERE assessment_id = ?").arg(table));
    clear.bind(1, assessmentId);
    if (!clear.run() || !insertAssessmentContent(assessmentId, content)
        || !audit(action, caseUuid(caseId), a->number, table, detail) || !transaction.commit())
        return failFromDb();
    return true;
}

bool CaseStore::saveRisks(qint64 assessmentId, const QList<Risk>& risks)
{
    AssessmentVersion content;
    content.risks = risks;
    return replaceContent(assessmentId, content, QStringLiteral("risk"), QStringLiteral("risks.save"),
        tr("%n risk(s)", nullptr, int(risks.size())));
}

bool CaseStore::saveMeasures(qint64 assessmentId, const QList<Measure>& measures)
{
    AssessmentVersion content;
    content.measures = measures;
    return replaceContent(assessmentId, content, QStringLiteral("measure"), QStringLiteral("measures.save"),
        tr("%n measure(s)", nullptr, int(measures.size())));
}

bool CaseStore::saveActivities(qint64 assessmentId, const QList<ProcessingActivity>& activities)
{
    AssessmentVersion content;
    content.activities = activities;
    return replaceContent(assessmentId, content, QStringLiteral("processing_activity"),
        QStringLiteral("activities.save"), tr("%n processing activity(ies)", nullptr, int(activities.size())));
}

bool CaseStore::saveSignOff(qint64 assessmentId, const QString& assessor, const QString& reviewer,
    const QString& signedOffBy, const QDate& signedOffOn)
{
    if (!checkWritable())
        return false;
    qint64 caseId = 0;
    const auto a = assessmentById(assessmentId, &caseId);
    if (!a || !requireEditable(*a))
        return false;
    AssessmentVersion probe;
    probe.assessor = assessor;
    probe.reviewer = reviewer;
    probe.signedOffBy = signedOffBy;
    probe.signedOffOn = signedOffOn;
    Problems problems;
    FieldRules::checkAssessment(probe, QStringLiteral("assessment"), problems);
    if (!problems.isEmpty())
        return fail(problems.toString());
    SqliteTransaction transaction(*m_db);
    if (!transaction.isActive())
        return failFromDb();
    SqliteStatement s(*m_db,
        QStringLiteral("UPDATE assessment SET assessor = ?, reviewer = ?, signed_off_by = ?, "
                       "signed_off_on = ?, updated_at = ? WHERE id = ?"));
    s.bind(1, assessor).bind(2, reviewer).bind(3, signedOffBy).bindOptional(4, dateText(signedOffOn));
    s.bind(5, nowText()).bind(6, assessmentId);
    if (!s.run()
        || !audit(QStringLiteral("assessment.signoff"), caseUuid(caseId), a->number, QStringLiteral("sign-off"),
            QStringList { assessor, reviewer, signedOffBy, dateText(signedOffOn) }.join(QStringLiteral(" / ")))
        || !transaction.commit())
        return failFromDb();
    return true;
}

bool CaseStore::setInReview(qint64 assessmentId, bool inReview)
{
    if (!checkWritable())
        return false;
    qint64 caseId = 0;
    const auto a = assessmentById(assessmentId, &caseId);
    if (!a || !requireEditable(*a))
        return false;
    const QString state = enumKey(inReview ? AssessmentState::InReview : AssessmentState::Draft);
    SqliteTransaction transaction(*m_db);
    if (!transaction.isActive())
        return failFromDb();
    SqliteStatement s(*m_db, QStringLiteral("UPDATE assessment SET state = ?, updated_at = ? WHERE id = ?"));
    s.bind(1, state).bind(2, nowText()).bind(3, assessmentId);
    if (!s.run()
        || !audit(QStringLiteral("assessment.state"), caseUuid(caseId), a->number, QStringLiteral("state"), state)
        || !transaction.commit())
        return failFromDb();
    return true;
}

bool CaseStore::finalize(qint64 assessmentId, const FinalizeOptions& options)
{
    if (!checkWritable())
        return false;
    if (options.ruleSetId.isEmpty() || options.ruleSetVersion.isEmpty() || options.retentionYears < 1)
        return fail(tr("A version can only be finalized under a rule set that sets its retention period."));
    SqliteTransaction transaction(*m_db);
    if (!transaction.isActive())
        return failFromDb();
    qint64 caseId = 0;
    auto a = assessmentById(assessmentId, &caseId);
    if (!a || !requireEditable(*a))
        return false;
    QStringList missing;
    if (a->assessor.trimmed().isEmpty())
        missing.append(tr("the assessor"));
    if (a->reviewer.trimmed().isEmpty())
        missing.append(tr("the reviewer"));
    if (!missing.isEmpty())
        return fail(tr("Version %1 cannot be finalized yet: name %2.").arg(a->number).arg(missing.join(tr(" and "))));
    CaseBundle bundle;
    if (!loadCase(caseId, &bundle))
        return false;
    if (options.check) {
        const QStringList reasons = options.check(bundle, *a);
        if (!reasons.isEmpty())
            return fail(tr("Version %1 cannot be finalized:").arg(a->number) + QStringLiteral("\n- ")
                + reasons.join(QStringLiteral("\n- ")));
    }

    const QDateTime now = m_clock->now().toUTC();
    a->finalizedAt = dateTimeFrom(dateTimeText(now));
    a->retainUntil = Retention::periodEnd(m_clock->today(), options.retentionYears);
    a->ruleSetId = options.ruleSetId;
    a->ruleSetVersion = options.ruleSetVersion;
    a->record = RecordSnapshot { bundle.organisation, bundle.caseInfo.facts };
    QList<Attachment> evidence;
    for (const Attachment& att : bundle.attachments) {
        if (att.assessmentUuid == a->uuid)
            evidence.append(att);
    }
    a->contentHash = ContentHash::compute(*a, bundle.caseInfo.uuid, evidence);
    SqliteStatement supersede(*m_db,
        QStringLiteral("UPDATE assessment SET state = 'superseded' "
                       "WHERE case_id = ? AND state = 'finalized' AND id <> ?"));
    supersede.bind(1, caseId).bind(2, assessmentId);
    SqliteStatement s(*m_db,
        QStringLiteral("UPDATE assessment SET state = 'finalized', finalized_at = ?, "
                       "retain_until = ?, content_hash = ?, record = ?, updated_at = ?, rule_set = ?, "
                       "rule_set_version = ? WHERE id = ? AND state IN ('draft', 'in_review')"));
    s.bind(1, dateTimeText(a->finalizedAt))
        .bind(2, dateText(a->retainUntil))
        .bind(3, a->contentHash)
        .bind(4, jsonText(ModelJson::toJson(*a->record)))
        .bind(5, nowText())
        .bind(6, a->ruleSetId)
        .bind(7, a->ruleSetVersion)
        .bind(8, assessmentId);
    if (!supersede.run() || !s.run()
        || !audit(QStringLiteral("assessment.finalize"), bundle.caseInfo.uuid, a->number, QStringLiteral("contentHash"),
            a->contentHash)
        || !transaction.commit())
        return failFromDb();
    return true;
}

bool CaseStore::deleteAssessment(qint64 assessmentId)
{
    if (!checkWritable())
        return false;
    qint64 caseId = 0;
    const auto a = assessmentById(assessmentId, &caseId);
    if (!a)
        return false;
    if (a->isFinal() && a->retainUntil >= m_clock->today())
        return fail(
            tr("Version %1 is finalized; its report must be kept until %2 (retention of assessment reports). It can "
               "be deleted from %3.")
                .arg(a->number)
                .arg(a->retainUntil.toString(Qt::ISODate), a->retainUntil.addDays(1).toString(Qt::ISODate)));
    SqliteTransaction transaction(*m_db);
    if (!transaction.isActive())
        return failFromDb();
    SqliteStatement s(*m_db, QStringLiteral("DELETE FROM assessment WHERE id = ?"));
    s.bind(1, assessmentId);
    if (!s.run() || !removeOrphanBlobs()
        || !audit(QStringLiteral("assessment.delete"), caseUuid(caseId), a->number, {}, enumKey(a->state))
        || !transaction.commit())
        return failFromDb();
    return true;
}

// ---------------------------------------------------------------- filings

bool CaseStore::saveFiling(qint64 caseId, FilingRecord& filing)
{
    if (!checkWritable())
        return false;
    Problems problems;
    FieldRules::checkFiling(filing, QStringLiteral("filing"), problems);
    if (!problems.isEmpty())
        return fail(problems.toString());
    const QString uuidOfCase = caseUuid(caseId);
    if (uuidOfCase.isEmpty())
        return fail(tr("Case %1 does not exist.").arg(caseId));
    SqliteTransaction transaction(*m_db);
    if (!transaction.isActive())
        return failFromDb();
    const bool inserting = filing.id == 0;
    if (inserting && filing.uuid.isEmpty())
        filing.uuid = newUuid();
    if (!writeFilingRow(caseId, filing, inserting))
        return failFromDb();
    if (!inserting && m_db->changes() == 0)
        return fail(tr("Filing %1 does not exist in this case.").arg(filing.id));
    if (inserting)
        filing.id = m_db->lastInsertRowId();
    filing.caseId = caseId;
    if (!audit(inserting ? QStringLiteral("filing.create") : QStringLiteral("filing.update"), uuidOfCase, 0,
            enumKey(filing.kind), jsonText(ModelJson::toJson(filing)))
        || !transaction.commit())
        return failFromDb();
    return true;
}

bool CaseStore::writeFilingRow(qint64 caseId, const FilingRecord& filing, bool inserting)
{
    QJsonObject materials;
    for (auto it = filing.materials.cbegin(); it != filing.materials.cend(); ++it)
        materials.insert(it.key(), enumKey(it.value()));
    SqliteStatement s(*m_db,
        inserting ? QStringLiteral("INSERT INTO filing (kind, trigger_date, due_date, "
                                   "submitted_on, authority, reference_number, materials, note, "
                                   "updated_at, disposal, uuid, case_id, created_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  : QStringLiteral("UPDATE filing SET kind = ?, trigger_date = ?, due_date = ?, "
                                   "submitted_on = ?, authority = ?, reference_number = ?, "
                                   "materials = ?, note = ?, updated_at = ?, disposal = ? "
                                   "WHERE id = ? AND case_id = ?"));
    s.bind(1, enumKey(filing.kind))
        .bindOptional(2, dateText(filing.triggerDate))
        .bindOptional(3, dateText(filing.dueDate))
        .bindOptional(4, dateText(filing.submittedOn))
        .bind(5, filing.authority)
        .bind(6, filing.referenceNumber)
        .bind(7, jsonText(materials))
        .bind(8, filing.note)
        .bind(9, nowText())
        .bind(10, jsonText(filing.disposal.isEmpty() ? QJsonObject() : ModelJson::toJson(filing.disposal)));
    if (inserting)
        s.bind(11, filing.uuid).bind(12, caseId).bind(13, nowText());
    else
        s.bind(11, filing.id).bind(12, caseId);
    return s.run();
}

bool CaseStore::deleteFiling(qint64 filingId)
{
    if (!checkWritable())
        return false;
    SqliteTransaction transaction(*m_db);
    if (!transaction.isActive())
        return failFromDb();
    SqliteStatement find(*m_db,
        QStringLiteral("SELECT c.uuid, f.kind FROM filing f JOIN frt_case c ON c.id = f.case_id "
                       "WHERE f.id = ?"));
    find.bind(1, filingId);
    if (!find.next())
        return find.ok() ? fail(tr("Filing %1 does not exist.").arg(filingId)) : failFromDb();
    SqliteStatement s(*m_db, QStringLiteral("DELETE FROM filing WHERE id = ?"));
    s.bind(1, filingId);
    if (!s.run() || !audit(QStringLiteral("filing.delete"), find.text(0), 0, find.text(1), {}) || !transaction.commit())
        return failFromDb();
    return true;
}

// ---------------------------------------------------------------- attachments

bool CaseStore::writeBlob(const QByteArray& data, const QString& sha256)
{
    SqliteStatement s(*m_db,
        QStringLiteral("INSERT INTO blob (sha256, size, data) VALUES (?, ?, ?) "
                       "ON CONFLICT (sha256) DO NOTHING"));
    s.bind(1, sha256).bind(2, qint64(data.size())).bindBlob(3, data);
    return s.run();
}

bool CaseStore::insertAttachmentRow(qint64 caseId, qint64 assessmentId, const Attachment& a)
{
    SqliteStatement s(*m_db,
        QStringLiteral("INSERT INTO attachment (uuid, case_id, assessment_id, material, name, "
                       "media_type, size, sha256, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    s.bind(1, a.uuid).bind(2, caseId);
    if (assessmentId)
        s.bind(3, assessmentId);
    else
        s.bindNull(3);
    s.bind(4, a.material)
        .bind(5, a.name)
        .bind(6, a.mediaType.isEmpty() ? QStringLiteral("application/octet-stream") : a.mediaType)
        .bind(7, a.size)
        .bind(8, a.sha256)
        .bind(9, a.createdAt.isValid() ? dateTimeText(a.createdAt) : nowText());
    return s.run();
}

bool CaseStore::removeOrphanBlobs()
{
    return m_db->exec(QStringLiteral("DELETE FROM blob WHERE sha256 NOT IN (SELECT sha256 FROM attachment)"));
}

bool CaseStore::addAttachment(qint64 caseId, Attachment& attachment)
{
    if (!checkWritable())
        return false;
    Attachment a = attachment;
    a.size = a.data.size();
    a.sha256 = QString::fromLatin1(QCryptographicHash::hash(a.data, QCryptographicHash::Sha256).toHex());
    if (a.uuid.isEmpty())
        a.uuid = newUuid();
    Problems problems;
    FieldRules::checkAttachment(a, QStringLiteral("attachment"), problems);
    if (!problems.isEmpty())
        return fail(problems.toString());
    const QString uuidOfCase = caseUuid(caseId);
    if (uuidOfCase.isEmpty())
        return fail(tr("Case %1 does not exist.").arg(caseId));
    qint64 assessmentId = 0;
    int versionNumber = 0;
    if (!a.assessmentUuid.isEmpty()) {
        SqliteStatement find(
            *m_db, QStringLiteral("SELECT id, number, state FROM assessment WHERE uuid = ? AND case_id = ?"));
        find.bind(1, a.assessmentUuid).bind(2, caseId);
        if (!find.next())
            return fail(tr("The assessment version this attachment is for does not belong to the case."));
        assessmentId = find.integer(0);
        versionNumber = int(find.integer(1));
        const auto state = enumFrom(find.text(2), AssessmentState::Draft);
        if (state == AssessmentState::Finalized || state == AssessmentState::Superseded)
            return fail(tr("Version %1 is finalized; evidence cannot be added to it.").arg(versionNumber));
    }
    a.createdAt = dateTimeFrom(nowText());
    SqliteTransaction transaction(*m_db);
    if (!transaction.isActive())
        return failFromDb();
    if (!writeBlob(a.data, a.sha256) || !insertAttachmentRow(caseId, assessmentId, a))
        return failFromDb();
    a.id = m_db->lastInsertRowId();
    a.caseId = caseId;
    if (!audit(QStringLiteral("attachment.add"), uuidOfCase, versionNumber, a.material,
            a.name + QStringLiteral(" (") + a.sha256 + QLatin1Char(')'))
        || !transaction.commit())
        return failFromDb();
    attachment = a;
    return true;
}

QByteArray CaseStore::attachmentData(qint64 attachmentId)
{
    SqliteStatement s(*m_db,
        QStringLiteral("SELECT b.data FROM attachment a JOIN blob b ON b.sha256 = a.sha256 "
                       "WHERE a.id = ?"));
    s.bind(1, attachmentId);
    if (!s.next()) {
        if (s.ok())
            fail(tr("Attachment %1 does not exist.").arg(attachmentId));
        else
            failFromDb();
        return {};
    }
    QByteArray data = s.blob(0);
    if (data.isNull())
        data = QByteArray("");
    return data;
}

bool CaseStore::deleteAttachment(qint64 attachmentId)
{
    if (!checkWritable())
        return false;
    SqliteTransaction transaction(*m_db);
    if (!transaction.isActive())
        return failFromDb();
    SqliteStatement find(*m_db,
        QStringLiteral("SELECT c.uuid, t.name, COALESCE(a.number, 0) FROM attachment t "
                       "JOIN frt_case c ON c.id = t.case_id "
                       "LEFT JOIN assessment a ON a.id = t.assessment_id WHERE t.id = ?"));
    find.bind(1, attachmentId);
    if (!find.next())
        return find.ok() ? fail(tr("Attachment %1 does not exist.").arg(attachmentId)) : failFromDb();
    SqliteStatement s(*m_db, QStringLiteral("DELETE FROM attachment WHERE id = ?"));
    s.bind(1, attachmentId);
    if (!s.run() || !removeOrphanBlobs()
        || !audit(QStringLiteral("attachment.delete"), find.text(0), int(find.integer(2)), {}, find.text(1))
        || !transaction.commit())
        return failFromDb();
    return true;
}

// ---------------------------------------------------------------- exchange

bool CaseStore::importCases(const QList<CaseBundle>& bundles, QList<qint64>* caseIds)
{
    if (!checkWritable())
        return false;
    SqliteTransaction transaction(*m_db);
    if (!transaction.isActive())
        return failFromDb();
    QList<qint64> ids;
    for (const CaseBundle& bundle : bundles) {
        qint64 id = 0;
        if (!importOne(bundle, &id))
            return false;
        ids.append(id);
    }
    if (!transaction.commit())
        return failFromDb();
    if (caseIds)
        *caseIds = ids;
    return true;
}

bool CaseStore::importOne(const CaseBundle& bundle, qint64* caseId)
{
    if (findCase(bundle.caseInfo.uuid))
        return fail(tr("The case \"%1\" (%2) is already in this case file.")
                        .arg(bundle.caseInfo.facts.name, bundle.caseInfo.uuid));
    for (const AssessmentVersion& a : bundle.assessments) {
        SqliteStatement s(*m_db, QStringLiteral("SELECT 1 FROM assessment WHERE uuid = ?"));
        s.bind(1, a.uuid);
        if (s.next())
            return fail(tr("Assessment version %1 (%2) is already in this case file.").arg(a.number).arg(a.uuid));
    }
    // The organisation: the same one when its uuid is known here, else a new one.
    qint64 organisationId = 0;
    {
        SqliteStatement find(*m_db, QStringLiteral("SELECT id FROM organisation WHERE uuid = ?"));
        find.bind(1, bundle.organisation.uuid);
        if (find.next()) {
            organisationId = find.integer(0);
        } else {
            Organisation o = bundle.organisation;
            o.creditCode = CreditCode::normalized(o.creditCode);
            if (o.uuid.isEmpty())
                o.uuid = newUuid();
            if (!insertOrganisationRow(o))
                return failFromDb();
            organisationId = m_db->lastInsertRowId();
        }
    }
    SqliteStatement insertCase(*m_db,
        QStringLiteral("INSERT INTO frt_case (uuid, organisation_id, %1, revision, "
                       "created_at, updated_at) VALUES (?, ?, %2, 1, ?, ?)")
            .arg(kFactsColumns, factsPlaceholders()));
    insertCase.bind(1, bundle.caseInfo.uuid).bind(2, organisationId);
    bindFacts(insertCase, 3, bundle.caseInfo.facts);
    insertCase.bind(3 + kFactsColumnCount, nowText()).bind(4 + kFactsColumnCount, nowText());
    if (!insertCase.run())
        return failFromDb();
    const qint64 newCaseId = m_db->lastInsertRowId();
    if (!bundle.caseInfo.ruleSetId.isEmpty()) {
        SqliteStatement set(*m_db, QStringLiteral("UPDATE frt_case SET rule_set = ? WHERE id = ?"));
        set.bind(1, bundle.caseInfo.ruleSetId).bind(2, newCaseId);
        if (!set.run())
            return failFromDb();
    }

    QHash<QString, qint64> assessmentIds;
    for (const AssessmentVersion& a : bundle.assessments) {
        SqliteStatement s(*m_db,
            QStringLiteral("INSERT INTO assessment (uuid, case_id, number, trigger_kind, "
                           "trigger_date, trigger_description, state, assessor, reviewer, "
                           "signed_off_by, signed_off_on, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?)"));
        s.bind(1, a.uuid)
            .bind(2, newCaseId)
            .bind(3, a.number)
            .bind(4, enumKey(a.trigger))
            .bindOptional(5, dateText(a.triggerDate))
            .bind(6, a.triggerDescription)
            .bind(7, a.assessor)
            .bind(8, a.reviewer)
            .bind(9, a.signedOffBy)
            .bindOptional(10, dateText(a.signedOffOn))
            .bind(11, nowText())
            .bind(12, nowText());
        if (!s.run())
            return failFromDb();
        const qint64 id = m_db->lastInsertRowId();
        assessmentIds.insert(a.uuid, id);
        if (!insertAssessmentContent(id, a))
            return failFromDb();
    }
    for (const Attachment& att : bundle.attachments) {
        if (!writeBlob(att.data, att.sha256)
            || !insertAttachmentRow(newCaseId, assessmentIds.value(att.assessmentUuid), att))
            return failFromDb();
    }
    for (const AssessmentVersion& a : bundle.assessments) {
        if (a.state == AssessmentState::Draft)
            continue;
        SqliteStatement s(*m_db,
            QStringLiteral("UPDATE assessment SET state = ?, finalized_at = ?, retain_until = ?, "
                           "content_hash = ?, record = ?, rule_set = ?, rule_set_version = ? WHERE id = ?"));
        s.bind(1, enumKey(a.state))
            .bindOptional(2, dateTimeText(a.finalizedAt))
            .bindOptional(3, dateText(a.retainUntil))
            .bindOptional(4, a.contentHash);
        if (a.record)
            s.bind(5, jsonText(ModelJson::toJson(*a.record)));
        else
            s.bindNull(5);
        s.bind(6, a.ruleSetId).bind(7, a.ruleSetVersion).bind(8, assessmentIds.value(a.uuid));
        if (!s.run())
            return failFromDb();
    }
    for (const FilingRecord& f : bundle.filings) {
        if (!writeFilingRow(newCaseId, f, true))
            return failFromDb();
    }
    if (!audit(QStringLiteral("case.import"), bundle.caseInfo.uuid, 0, {},
            tr("%1, with %n assessment version(s)", nullptr, int(bundle.assessments.size()))
                .arg(bundle.caseInfo.facts.name)))
        return failFromDb();
    if (caseId)
        *caseId = newCaseId;
    return true;
}

// ---------------------------------------------------------------- audit and verify

QList<AuditEvent> CaseStore::auditEvents(const QString& caseUuid)
{
    QList<AuditEvent> events;
    SqliteStatement s(*m_db,
        QStringLiteral("SELECT seq, at, actor, action, case_uuid, version, field, detail, "
                       "prev_hash, hash FROM audit_event %1 ORDER BY seq")
            .arg(caseUuid.isEmpty() ? QString() : QStringLiteral("WHERE case_uuid = ?")));
    if (!caseUuid.isEmpty())
        s.bind(1, caseUuid);
    while (s.next()) {
        AuditEvent e;
        e.seq = s.integer(0);
        e.at = QDateTime::fromString(s.text(1), QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'"));
        e.at.setTimeSpec(Qt::UTC);
        e.actor = s.text(2);
        e.action = s.text(3);
        e.caseUuid = s.text(4);
        e.version = int(s.integer(5));
        e.field = s.text(6);
        e.detail = s.text(7);
        e.prevHash = s.text(8);
        e.hash = s.text(9);
        events.append(e);
    }
    return events;
}

QStringList CaseStore::changedFinalizedVersions(const CaseBundle& bundle, int* checked)
{
    QStringList problems;
    for (const AssessmentVersion& a : bundle.assessments) {
        if (!a.isFinal())
            continue;
        if (checked)
            ++*checked;
        QList<Attachment> evidence;
        for (const Attachment& att : bundle.attachments) {
            if (att.assessmentUuid == a.uuid)
                evidence.append(att);
        }
        if (ContentHash::compute(a, bundle.caseInfo.uuid, evidence) != a.contentHash)
            problems.append(tr("Case \"%1\" (id %2), version %3: the content no longer matches the hash "
                               "recorded when it was finalized. It was changed outside PIAdesk.")
                                .arg(bundle.caseInfo.facts.name)
                                .arg(bundle.caseInfo.id)
                                .arg(a.number));
    }
    return problems;
}

QStringList CaseStore::verifyCase(qint64 caseId)
{
    CaseBundle bundle;
    if (!loadCase(caseId, &bundle))
        return { m_error };
    return verifyCase(bundle);
}

QStringList CaseStore::verifyCase(const CaseBundle& bundle)
{
    QStringList problems = changedFinalizedVersions(bundle);
    // The case's own audit events: each hash right, each linked to the event before it in the file's chain.
    const QList<AuditEvent> events = auditEvents(bundle.caseInfo.uuid);
    SqliteStatement previous(*m_db, QStringLiteral("SELECT hash FROM audit_event WHERE seq = ?"));
    for (const AuditEvent& e : events) {
        previous.reset();
        previous.bind(1, e.seq - 1);
        const QString before = previous.next() ? previous.text(0) : AuditChain::genesisHash();
        if (AuditChain::hashOf(e) != e.hash || (e.seq > 1 && before != e.prevHash)) {
            problems.append(tr("The audit log of case \"%1\" was changed outside PIAdesk (event %2, %3).")
                                .arg(bundle.caseInfo.facts.name)
                                .arg(e.seq)
                                .arg(e.action));
            break;
        }
    }
    // Its attachments' bytes.
    SqliteStatement blobs(*m_db,
        QStringLiteral("SELECT DISTINCT b.sha256, b.size, b.data FROM blob b JOIN attachment a ON a.sha256 = b.sha256 "
                       "WHERE a.case_id = ?"));
    blobs.bind(1, bundle.caseInfo.id);
    while (blobs.next()) {
        const QString problem = blobProblem(blobs.blob(2), blobs.text(0), blobs.integer(1));
        if (!problem.isEmpty())
            problems.append(problem);
    }
    return problems;
}

VerifyReport CaseStore::verify()
{
    VerifyReport report;
    {
        SqliteStatement check(*m_db, QStringLiteral("PRAGMA integrity_check"));
        while (check.next()) {
            if (check.text(0) != QLatin1String("ok"))
                report.problems.append(tr("SQLite integrity check: %1").arg(check.text(0)));
        }
        if (!check.ok())
            report.problems.append(tr("SQLite integrity check failed: %1").arg(m_db->errorString()));
    }
    {
        SqliteStatement keys(*m_db, QStringLiteral("PRAGMA foreign_key_check"));
        while (keys.next())
            report.problems.append(tr("A row of table %1 refers to a missing row of %2: rows were deleted outside "
                                      "PIAdesk.")
                                       .arg(keys.text(0), keys.text(2)));
    }
    const QList<AuditEvent> events = auditEvents();
    report.auditEvents = events.size();
    report.auditHead = events.isEmpty() ? QString() : events.constLast().hash;
    if (events.isEmpty())
        report.problems.append(tr("The audit log is empty: its events were removed."));
    const QString chainBreak = AuditChain::firstBreak(events);
    if (!chainBreak.isEmpty())
        report.problems.append(chainBreak);

    SqliteStatement cases(*m_db,
        QStringLiteral("SELECT DISTINCT case_id FROM assessment "
                       "WHERE state IN ('finalized', 'superseded') ORDER BY case_id"));
    QList<qint64> caseIds;
    while (cases.next())
        caseIds.append(cases.integer(0));
    for (qint64 caseId : caseIds) {
        CaseBundle bundle;
        if (!loadCase(caseId, &bundle)) {
            report.problems.append(m_error);
            continue;
        }
        report.problems.append(changedFinalizedVersions(bundle, &report.finalizedVersions));
    }
    SqliteStatement blobs(*m_db, QStringLiteral("SELECT sha256, size, data FROM blob"));
    while (blobs.next()) {
        ++report.attachmentsChecked;
        const QString problem = blobProblem(blobs.blob(2), blobs.text(0), blobs.integer(1));
        if (!problem.isEmpty())
            report.problems.append(problem);
    }
    return report;
}

} // namespace piadesk

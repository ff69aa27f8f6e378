#include "StoreContext.h"

#include "CaseStore.h"
#include "StoreRows.h"
#include "core/Clock.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <sys/resource.h>
#include <sys/statvfs.h>

namespace piadesk {

namespace {

/**
 * Whether a write to the case file at \a path fails for want of room: SQLite reports a failed write as an
 * I/O error without the errno, so look at the free space of its folder and the process's file size limit.
 */
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

bool StoreContext::fail(const QString& message)
{
    error = message;
    conflict = false;
    return false;
}

bool StoreContext::failAsConflict(const QString& message)
{
    fail(message);
    conflict = true;
    return false;
}

bool StoreContext::failFromDb()
{
    // A change refused for another's, committed first, already says so (claimTouchedCases()).
    if (errorSaid)
        return false;
    const QString message = db.errorString();
    if (message.contains(QLatin1String("PIADESK_FINALIZED_IMMUTABLE")))
        return fail(CaseStore::tr("This assessment version is finalized and cannot be changed. Start a "
                                  "re-assessment to revise it."));
    if (message.contains(QLatin1String("PIADESK_RETENTION")))
        return fail(CaseStore::tr("A finalized assessment report must be kept until its retain-until date and "
                                  "cannot be deleted before then."));
    if (message.contains(QLatin1String("PIADESK_AUDIT_APPEND_ONLY")))
        return fail(CaseStore::tr("The audit log cannot be changed."));
    // The team store's roles, as its server enforces them.
    if (message.contains(QLatin1String("PIADESK_ROLE_FINALIZE")))
        return fail(CaseStore::tr("Only a reviewer can finalize an assessment version; your role on the team store "
                                  "(%1) does not allow it. Nothing was saved.")
                        .arg(actor));
    if (message.contains(QLatin1String("PIADESK_ROLE_OWN_DRAFT")))
        return fail(CaseStore::tr("You worked on this draft, so you cannot also finalize it: another reviewer must "
                                  "(four-eyes principle). Nothing was saved."));
    if (message.contains(QLatin1String("PIADESK_ROLE_SIGN_OFF")))
        return fail(CaseStore::tr("Only the person responsible for personal-information protection (the approver "
                                  "role on the team store) can sign the approval. Nothing was saved."));
    if (message.contains(QLatin1String("PIADESK_AUDIT_ACTOR"))
        || message.contains(QLatin1String("PIADESK_AUDIT_CHAIN")))
        return fail(CaseStore::tr("The team store refused the audit event of this change (%1). Nothing was saved.")
                        .arg(message));
    Database::Failure failure = db.failure();
    // SQLite reports ENOSPC as SQLITE_FULL, but a write refused for the file size limit or a quota as an I/O error.
    if (failure == Database::Failure::Io && !db.isPostgres() && isOutOfSpace(path))
        failure = Database::Failure::Full;
    if (changeDepth == 0)
        return failRead(failure, message);
    if (db.isPostgres() && db.postgres().sqlState() == QLatin1String("23505")) {
        // Two officers adding the same thing to one case at once (the next version's number): the later commit is
        // refused by the unique key, which is a conflict like any other, not a fault.
        return failAsConflict(CaseStore::tr("Another officer saved a change to the same case at the same moment, so "
                                            "yours was not saved. Reload the case to see that change, then make yours "
                                            "again."));
    }
    if (db.isPostgres()) {
        switch (failure) {
        case Database::Failure::Denied:
            return fail(CaseStore::tr("Your role on the team store (%1) does not allow this change. Nothing was saved. "
                                      "(%2)")
                            .arg(actor, message));
        case Database::Failure::Lost:
            return fail(CaseStore::tr("The connection to the team store was lost (%1). The change was not saved; "
                                      "connect again and make it again.")
                            .arg(message));
        case Database::Failure::Busy:
            return fail(CaseStore::tr("The team store is busy with another officer's change. Nothing was saved; try "
                                      "again."));
        case Database::Failure::ReadOnly:
            return fail(CaseStore::tr("The team store is open read-only. The change was not saved."));
        case Database::Failure::Full:
            return fail(
                CaseStore::tr("The team store's server has no room left (%1). The change was not saved; ask its "
                              "administrator.")
                    .arg(message));
        default:
            return fail(CaseStore::tr("The team store refused the change: %1").arg(message));
        }
    }
    switch (failure) {
    case Database::Failure::Full:
        return fail(CaseStore::tr("The disk is full (or the file has reached the size this account may write). The "
                                  "change was not saved; the case file is as it was before. Free some space and make "
                                  "the change again."));
    case Database::Failure::Busy:
        return fail(CaseStore::tr("The case file is busy in another program. The change was not saved; try again."));
    case Database::Failure::ReadOnly:
        return fail(CaseStore::tr("The case file is open read-only. The change was not saved."));
    case Database::Failure::Corrupt:
        return fail(CaseStore::tr("The case file is damaged (%1). The change was not saved.").arg(message));
    case Database::Failure::Io:
        return fail(CaseStore::tr("The case file could not be written (%1). The change was not saved.").arg(message));
    case Database::Failure::None:
    case Database::Failure::Denied:
    case Database::Failure::Lost:
    case Database::Failure::Other:
        break;
    }
    return fail(CaseStore::tr("The case file refused the change: %1").arg(message));
}

bool StoreContext::failRead(Database::Failure failure, const QString& message)
{
    if (db.isPostgres()) {
        switch (failure) {
        case Database::Failure::Denied:
            // Roles are checked by the server at every statement: one taken away since connecting shows here.
            return fail(CaseStore::tr("Your role on the team store (%1) does not allow reading this (%2). If it did "
                                      "before, your role has been changed since you connected: ask the team store's "
                                      "administrator.")
                            .arg(actor, message));
        case Database::Failure::Lost:
            return fail(CaseStore::tr("The connection to the team store was lost (%1). Connect again.").arg(message));
        case Database::Failure::Busy:
            return fail(CaseStore::tr("The team store is busy with another officer's change; try again."));
        default:
            return fail(CaseStore::tr("The team store could not be read: %1").arg(message));
        }
    }
    switch (failure) {
    case Database::Failure::Corrupt:
        return fail(CaseStore::tr("The case file is damaged (%1).").arg(message));
    case Database::Failure::Busy:
        return fail(CaseStore::tr("The case file is busy in another program; try again."));
    case Database::Failure::Io:
        return fail(CaseStore::tr("The case file could not be read (%1).").arg(message));
    default:
        return fail(CaseStore::tr("The case file could not be read: %1").arg(message));
    }
}

bool StoreContext::checkWritable()
{
    if (readOnly && !readOnlyReason.isEmpty())
        return fail(CaseStore::tr("%1 The change was not saved.").arg(readOnlyReason));
    if (readOnly && db.isPostgres())
        return fail(CaseStore::tr("The team store is open read-only. The change was not saved."));
    if (readOnly)
        return fail(CaseStore::tr("The case file is open read-only. The change was not saved."));
    // Safe either way: should a reader keep it from switching now, this change runs with a rollback journal.
    if (walPending && !db.inTransaction())
        walPending = db.scalar(QStringLiteral("PRAGMA journal_mode = WAL")).toString() != QLatin1String("wal");
    return true;
}

bool StoreContext::claimTouchedCases()
{
    // In one order, so that two changes to the same cases wait for each other rather than deadlock.
    QStringList cases(touchedCases.cbegin(), touchedCases.cend());
    touchedCases.clear();
    std::sort(cases.begin(), cases.end());
    for (const QString& uuid : cases) {
        const qint64 expected = seenRevisions.value(uuid, -1);
        // On a team store the row stays locked until the commit: a change committed meanwhile is seen here.
        Statement bump(db,
            QStringLiteral("UPDATE frt_case SET revision = revision + 1 "
                           "WHERE uuid = :uuid AND (:expected < 0 OR revision = :expected) RETURNING revision"));
        bump.bind(":uuid", uuid).bind(":expected", expected);
        qint64 revision = 0;
        if (!bump.runReturningId(&revision))
            return failFromDb();
        if (revision > 0) {
            seenRevisions.insert(uuid, revision);
            continue;
        }
        Statement last(db,
            QStringLiteral("SELECT c.name, e.actor, e.at FROM frt_case c "
                           "LEFT JOIN audit_event e ON e.case_uuid = c.uuid AND e.seq < :mine "
                           "WHERE c.uuid = :uuid ORDER BY e.seq DESC LIMIT 1"));
        // The other's change is the last event before this change's own.
        last.bind(":uuid", uuid).bind(":mine", firstSeqOfChange > 0 ? firstSeqOfChange : (qint64(1) << 62));
        if (!last.next()) {
            if (!last.ok())
                return failFromDb();
            seenRevisions.remove(uuid); // deleted by this change
            continue;
        }
        QDateTime at = QDateTime::fromString(last.text(2), QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'"));
        at.setTimeSpec(Qt::UTC);
        errorSaid = true;
        return failAsConflict(
            CaseStore::tr("\"%1\" was changed by %2 at %3, after you opened it, so your change was not "
                          "saved. Reload the case to see that change, then make yours again.")
                .arg(last.text(0), last.text(1), at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
    return true;
}

QString StoreContext::nowText() const
{
    return StoreRows::dateTimeText(clock->now());
}

} // namespace piadesk

#include "WriterLock.h"

#include "CaseStore.h"

#include <QDir>
#include <QLockFile>
#include <QThread>

namespace piadesk {

namespace {

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

} // namespace

WriterLock::WriterLock() = default;

WriterLock::~WriterLock()
{
    if (m_lock)
        m_lock->unlock();
}

bool WriterLock::acquire(const QString& casePath, QString* error)
{
    m_lock = std::make_unique<QLockFile>(casePath + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0);
    if (takeLock(*m_lock))
        return true;
    *error = m_lock->error() == QLockFile::LockFailedError
        ? describeLock(*m_lock, casePath)
        : CaseStore::tr("%1 cannot be opened for writing: its folder is not writable.")
              .arg(QDir::toNativeSeparators(casePath));
    m_lock.reset();
    return false;
}

} // namespace piadesk

#include "WriterLock.h"

#include "CaseStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSysInfo>
#include <QThread>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace piadesk {

namespace {

/** Who holds the lock, as its file says: process, program, host, user (one per line). */
struct Holder
{
    qint64 pid = 0;
    QString program;
    QString host;
    QString user;
};

QByteArray describeSelf()
{
    const QString program = QCoreApplication::applicationName().isEmpty() ? QStringLiteral("PIAdesk")
                                                                          : QCoreApplication::applicationName();
    return QByteArray::number(QCoreApplication::applicationPid()) + '\n' + program.toUtf8() + '\n'
        + QSysInfo::machineHostName().toUtf8() + '\n' + CaseStore::systemUserName().toUtf8() + '\n';
}

/**
 * The holder named in \a lockPath, waiting up to \a waitMs for it: the holder writes its name right after taking
 * the lock, so the file may be empty for an instant.
 */
bool readHolder(const QString& lockPath, int waitMs, Holder* holder)
{
    constexpr int kStepMs = 20;
    for (int waited = 0;; waited += kStepMs) {
        QFile file(lockPath);
        if (file.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = file.read(4096).split('\n');
            if (lines.size() >= 4 && lines.at(0).toLongLong() > 0) {
                holder->pid = lines.at(0).toLongLong();
                holder->program = QString::fromUtf8(lines.at(1));
                holder->host = QString::fromUtf8(lines.at(2));
                holder->user = QString::fromUtf8(lines.at(3));
                return true;
            }
        }
        if (waited >= waitMs)
            return false;
        QThread::msleep(kStepMs);
    }
}

QString describeHolder(const QString& lockPath, const QString& casePath)
{
    Holder holder;
    if (readHolder(lockPath, 200, &holder)) {
        return CaseStore::tr("%1 is in use by %2 (process %3 of %4 on %5). Close it there first, or open the file "
                             "read-only.")
            .arg(QDir::toNativeSeparators(casePath),
                holder.program.isEmpty() ? QStringLiteral("PIAdesk") : holder.program)
            .arg(holder.pid)
            .arg(holder.user, holder.host);
    }
    return CaseStore::tr("%1 is in use by another program. Close it there first, or open the file read-only.")
        .arg(QDir::toNativeSeparators(casePath));
}

/** True when \a fd is still the file at \a path: a holder that released the lock may have removed the file. */
bool sameFile(int fd, const QByteArray& path)
{
    struct stat opened
    {
    };
    struct stat named
    {
    };
    return ::fstat(fd, &opened) == 0 && ::stat(path.constData(), &named) == 0 && opened.st_dev == named.st_dev
        && opened.st_ino == named.st_ino;
}

} // namespace

WriterLock::~WriterLock()
{
    release();
}

void WriterLock::release()
{
    if (m_fd < 0)
        return;
    // Removed while still locked, so that no other writer can be holding a lock on a file about to disappear; one
    // that opened it meanwhile sees that it was removed and tries again (sameFile()).
    ::unlink(QFile::encodeName(m_path).constData());
    ::close(m_fd);
    m_fd = -1;
}

bool WriterLock::acquire(const QString& casePath, QString* error)
{
    release();
    m_path = casePath + QStringLiteral(".lock");
    const QByteArray path = QFile::encodeName(m_path);
    // A few tries: each one that fails because the holder removed the file as it let go is followed by another.
    for (int attempt = 0; attempt < 50; ++attempt) {
        const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (fd < 0) {
            *error = CaseStore::tr("%1 cannot be opened for writing: its folder is not writable.")
                         .arg(QDir::toNativeSeparators(casePath));
            return false;
        }
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            const int why = errno;
            ::close(fd);
            if (why == EINTR)
                continue;
            *error = describeHolder(m_path, casePath);
            return false;
        }
        if (!sameFile(fd, path)) {
            ::close(fd);
            continue;
        }
        const QByteArray self = describeSelf();
        if (::fchmod(fd, 0600) != 0 || ::ftruncate(fd, 0) != 0
            || ::pwrite(fd, self.constData(), size_t(self.size()), 0) != self.size()) {
            ::unlink(path.constData());
            ::close(fd);
            *error = CaseStore::tr("%1 cannot be opened for writing: its folder is not writable.")
                         .arg(QDir::toNativeSeparators(casePath));
            return false;
        }
        m_fd = fd;
        return true;
    }
    *error = describeHolder(m_path, casePath);
    return false;
}

} // namespace piadesk

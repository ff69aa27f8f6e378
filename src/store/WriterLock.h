#pragma once

#include <QString>

namespace piadesk {

/**
 * The one-writer-at-a-time lock of a case file: an `flock` on `<file>.lock`, held by the kernel for as long as the
 * writer has the file open, so a writer that dies for any reason releases it and a process id reused by another
 * program never counts as a holder. The file names its holder (process, program, host, user) for the message
 * another writer gets. Readers do not take it. Held from acquire() until destroyed.
 */
class WriterLock
{
public:
    WriterLock() = default;
    ~WriterLock();
    WriterLock(const WriterLock&) = delete;
    WriterLock& operator=(const WriterLock&) = delete;

    /** Takes the lock of the case file at \a casePath; false, with a sentence for the user in \a error, if not. */
    bool acquire(const QString& casePath, QString* error);

private:
    void release();

    QString m_path;
    int m_fd = -1;
};

} // namespace piadesk

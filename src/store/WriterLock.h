#pragma once

#include <QString>

#include <memory>

class QLockFile;

namespace piadesk {

/**
 * The one-writer-at-a-time lock of a case file: `<file>.lock`, naming its holder (process, host, program) for the
 * message another writer gets. Readers do not take it. Held from acquire() until destroyed.
 */
class WriterLock
{
public:
    WriterLock();
    ~WriterLock();
    WriterLock(const WriterLock&) = delete;
    WriterLock& operator=(const WriterLock&) = delete;

    /** Takes the lock of the case file at \a casePath; false, with a sentence for the user in \a error, if not. */
    bool acquire(const QString& casePath, QString* error);

private:
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace piadesk

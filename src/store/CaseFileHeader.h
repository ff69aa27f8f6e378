#pragma once

#include <QString>

namespace piadesk {

/**
 * What the first 100 bytes of a file say about it, read without SQLite so that a
 * foreign, newer or broken file is recognised without any chance of changing it.
 */
struct CaseFileHeader
{
    enum class Kind { Missing, Unreadable, Empty, NotSqlite, Truncated, Sqlite };

    Kind kind = Kind::Missing;
    quint32 applicationId = 0;
    int userVersion = 0;
    qint64 size = 0;
    QString error;

    static CaseFileHeader read(const QString& path);
};

} // namespace piadesk

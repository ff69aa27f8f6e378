#include "CaseFileHeader.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace piadesk {

CaseFileHeader CaseFileHeader::read(const QString& path)
{
    CaseFileHeader header;
    const QFileInfo info(path);
    if (!info.exists()) {
        header.kind = Kind::Missing;
        return header;
    }
    QFile file(path);
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        header.kind = Kind::Unreadable;
        header.error = info.isDir() ? QStringLiteral("is a directory") : file.errorString();
        return header;
    }
    header.size = file.size();
    if (header.size == 0) {
        header.kind = Kind::Empty;
        return header;
    }
    const QByteArray bytes = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!bytes.startsWith(magic)) {
        header.kind = Kind::NotSqlite;
        return header;
    }
    if (bytes.size() < 100) {
        header.kind = Kind::Truncated;
        return header;
    }
    header.kind = Kind::Sqlite;
    header.userVersion = int(qFromBigEndian<quint32>(bytes.constData() + 60));
    header.applicationId = qFromBigEndian<quint32>(bytes.constData() + 68);
    return header;
}

} // namespace piadesk

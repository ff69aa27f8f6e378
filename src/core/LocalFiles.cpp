#include "LocalFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

namespace piadesk::LocalFiles {

namespace {

std::function<FileSystemKind(const QString&)>& classifierOverride()
{
    static std::function<FileSystemKind(const QString&)> classifier;
    return classifier;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("piadesk::LocalFiles", text);
}

} // namespace

void restrictNewFilesToOwner()
{
    ::umask(077);
}

bool createPrivateFile(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    // The mode given to open() is narrowed by the umask, never widened: 0600 is already the narrowest useful.
    const bool ok = ::fchmod(fd, 0600) == 0;
    ::close(fd);
    return ok;
}

bool makePrivateFolder(const QString& path)
{
    if (!QDir().mkpath(path))
        return false;
    return ::chmod(QFile::encodeName(path).constData(), 0700) == 0;
}

bool readableByOthers(const QString& path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    return (st.st_mode & (S_IRGRP | S_IROTH)) != 0;
}

QString permissionText(const QString& path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return QString();
    return QStringLiteral("0%1").arg(st.st_mode & 0777, 3, 8, QLatin1Char('0'));
}

bool makeCaseFilePrivate(const QString& casePath, QString* error)
{
    for (const QString& suffix :
        { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock") }) {
        const QString path = casePath + suffix;
        if (!QFileInfo::exists(path))
            continue;
        if (::chmod(QFile::encodeName(path).constData(), 0600) != 0) {
            *error = tr("The permissions of %1 cannot be changed: %2.")
                         .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
    }
    return true;
}

FileSystemKind classifyFileSystem(qint64 magic)
{
    // The magic numbers of <linux/magic.h> and the file systems' own headers.
    struct Known
    {
        quint32 magic;
        FileSystemKind::Kind kind;
        const char* name;
    };
    static constexpr Known kKnown[] = {
        { 0x6969, FileSystemKind::Kind::Network, "NFS" },
        { 0x517B, FileSystemKind::Kind::Network, "SMB/CIFS" }, // smbfs
        { 0xFF534D42, FileSystemKind::Kind::Network, "SMB/CIFS" }, // cifs
        { 0xFE534D42, FileSystemKind::Kind::Network, "SMB/CIFS" }, // smb3
        { 0x5346414F, FileSystemKind::Kind::Network, "AFS" },
        { 0x6B414653, FileSystemKind::Kind::Network, "AFS" }, // kafs
        { 0x00C36400, FileSystemKind::Kind::Network, "CephFS" },
        { 0x01021997, FileSystemKind::Kind::Network, "9P" },
        { 0x564C, FileSystemKind::Kind::Network, "NCP" },
        { 0x73757245, FileSystemKind::Kind::Network, "Coda" },
        { 0x47504653, FileSystemKind::Kind::Network, "GPFS" },
        { 0x0BD00BD0, FileSystemKind::Kind::Network, "Lustre" },
        { 0x65735546, FileSystemKind::Kind::Fuse, "FUSE" },
    };
    // f_type is a signed long on some architectures: compare the low 32 bits.
    const auto low = quint32(quint64(magic) & 0xFFFFFFFFu);
    for (const Known& known : kKnown) {
        if (known.magic == low)
            return { known.kind, QString::fromLatin1(known.name) };
    }
    return {};
}

FileSystemKind fileSystemOf(const QString& path)
{
    if (classifierOverride())
        return classifierOverride()(path);
    QFileInfo info(QFileInfo(path).absoluteFilePath());
    while (!info.exists() && !info.isRoot()) {
        const QString parent = info.absolutePath();
        if (parent == info.absoluteFilePath())
            break;
        info = QFileInfo(parent);
    }
    struct statfs fs
    {
    };
    if (::statfs(QFile::encodeName(info.absoluteFilePath()).constData(), &fs) != 0)
        return {};
    return classifyFileSystem(qint64(fs.f_type));
}

void setFileSystemClassifierForTesting(std::function<FileSystemKind(const QString&)> classifier)
{
    classifierOverride() = std::move(classifier);
}

} // namespace piadesk::LocalFiles

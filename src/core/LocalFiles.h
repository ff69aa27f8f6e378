#pragma once

#include <QString>

#include <functional>

namespace piadesk {

/**
 * Files on this computer that hold personal information and legal records: case files, their logs and backups,
 * copies, exports and PIAdesk's data folder. They are the owner's alone (files 0600, folders 0700) whatever the
 * umask, and a case file is kept off file systems whose locking SQLite cannot rely on (docs/RELIABILITY.md).
 */
namespace LocalFiles {

/**
 * Makes every file and folder this process creates from now on its owner's alone (umask 077). The programs call it
 * first thing, so that files written by libraries (SQLite's logs, libxlsxwriter, QSaveFile) are private too.
 */
void restrictNewFilesToOwner();

/** Creates \a path as an empty file only its owner may read and write (replacing nothing); false if it cannot. */
bool createPrivateFile(const QString& path);

/** Creates the folder \a path and its missing parents, and makes \a path its owner's alone (0700). */
bool makePrivateFolder(const QString& path);

/** True when other accounts on this computer may read the file at \a path (group or others have read access). */
bool readableByOthers(const QString& path);

/** The file's permission bits as `0644`, for messages. */
QString permissionText(const QString& path);

/**
 * Makes the case file at \a casePath, and its log, shared-memory and lock files where present, readable and
 * writable by their owner only (0600); false, with \a error, if one of them cannot be changed.
 */
bool makeCaseFilePrivate(const QString& casePath, QString* error);

/** What kind of file system a path is on, as far as SQLite's locking is concerned. */
struct FileSystemKind
{
    enum class Kind {
        Local, ///< a local disk (ext4, XFS, Btrfs, tmpfs …) or one not known to be shared
        Network, ///< NFS, SMB/CIFS, AFS, Ceph, 9P …: locks are not reliable across machines
        Fuse, ///< a FUSE mount (sshfs, rclone, ntfs-3g …): locking depends on a program PIAdesk cannot judge
    };
    Kind kind = Kind::Local;
    QString name; ///< "NFS", "SMB/CIFS", "FUSE" …; empty for a local disk

    bool isShared() const { return kind != Kind::Local; }
};

/** The kind of file system with the `statfs` magic number \a magic (`f_type`). */
FileSystemKind classifyFileSystem(qint64 magic);

/** The file system of \a path, or of its nearest existing folder when it does not exist yet. */
FileSystemKind fileSystemOf(const QString& path);

/** Tests answer for fileSystemOf() with \a classifier; an empty function restores `statfs`. */
void setFileSystemClassifierForTesting(std::function<FileSystemKind(const QString&)> classifier);

} // namespace LocalFiles
} // namespace piadesk

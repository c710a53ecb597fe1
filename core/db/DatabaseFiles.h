#pragma once

// Internal to core/db: how the files UnionDesk makes for a database (the database itself, its backups and their
// temporary parts) are created, checked and cleaned up on disk.

#include <QString>

namespace ud::core::DatabaseFiles {

/// Throws Error when `path` exists but is not an ordinary file (a device, FIFO, socket or folder), before SQLite
/// opens it and leaves a journal beside it.
void requireRegularFile(const QString& path);

/// Creates `folder` with its missing parents, each new one open to its owner only (0700): the folders hold
/// personal data. True when the folder exists afterwards.
bool makePrivateFolder(const QString& folder);

/// Creates `path` as an empty file that only its owner can read (0600); SQLite gives its -wal, -shm and -journal
/// the permissions of the main file. False, with the reason, when it cannot (it already exists, …).
bool createPrivateFile(const QString& path, QString* reason);

/// What this process may do with a database file and the folder it lives in (effective user, read-only mounts).
struct Access {
    bool fileWritable = true;
    bool folderWritable = true;
    bool sideFilesWritable = true; // an existing -wal and -shm
};
Access access(const QString& path);

/// A lock held on a temporary part of a backup while it is being written, so that another UnionDesk cleaning
/// up leftovers leaves it alone. Released when destroyed (or when the process ends, however it ends).
class PartLock {
public:
    explicit PartLock(const QString& path);
    ~PartLock();
    PartLock(const PartLock&) = delete;
    PartLock& operator=(const PartLock&) = delete;

private:
    int m_fd = -1;
};

/// Removes what an interrupted backup or restore left in `folder`: files named like the program's own temporary
/// parts (`NAME.XXXXXX.part` holding nothing or a SQLite database, with its -journal, -wal and -shm), unless a
/// running UnionDesk is still writing them. Returns how many files were removed.
int removeLeftoverParts(const QString& folder);

/// Removes the empty -wal and the -shm that reading `path` created, when they were not there before
/// (`hadWal`, `hadShm`) and no other program has the database open.
void removeCreatedWalFiles(const QString& path, bool hadWal, bool hadShm);

} // namespace ud::core::DatabaseFiles

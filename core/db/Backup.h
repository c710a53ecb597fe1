#pragma once

#include "core/db/Database.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace ud::core {

/// Online backup and restore. A backup is always a UnionDesk SQLite file, whatever the engine.
namespace Backup {

/// Writes a consistent copy of `db` to `outFile` while the database stays in use: on SQLite through the
/// SQLite backup API, on PostgreSQL by copying every table into a new SQLite database. The file appears
/// only when complete, readable by its owner only. On PostgreSQL the whole copy is read in one read-only
/// REPEATABLE READ transaction, so that it is one snapshot even while others write; `tableCopied` hears each table
/// as it is done there. Leftovers of earlier backups that were cut short are removed from the folder first.
void backupTo(Database& db, const QString& outFile, const std::function<void(const QString& table)>& tableCopied = {});

/// Checks that `file` is an undamaged UnionDesk database this version can read; throws Error otherwise.
SqliteFileReport validateBackup(const QString& file);

/// Replaces the contents of the SQLite database `db` with `inFile` (after validateBackup), then migrates it.
void restoreFrom(Database& db, const QString& inFile);

/// The folder for automatic backups: the settable `configuredFolder`, else `backups` beside the database.
QString backupFolder(const Database& db, const QString& configuredFolder = QString());

/// The name the backups of a database carry: the file's base name for SQLite (`uniondesk` for uniondesk.sqlite),
/// `name@host` for PostgreSQL (`localhost` for a server reached through a Unix socket), made safe for file names.
QString databaseKey(const DatabaseLocation& location);

/// What the name of a backup file says.
struct BackupName {
    QString database;       // databaseKey() of the database it is a backup of
    QDateTime written;      // local time, to the second (a manual backup's to the minute)
    bool automatic = false; // written by automaticBackup(), so among the newest `keep` of its database
    int sequence = 1;       // 2, 3, … for a second backup of the same second
};
/// Reads `<key>-YYYYMMDD-HHMMSS.sqlite` (automatic; `-N` before the suffix for a second one in the same second) and
/// `<key>-backup-YYYYMMDD-HHMM.sqlite` (the name a backup made by hand is offered). Backups written before names
/// carried the database were all `uniondesk-…`: they read as backups of uniondesk.sqlite, the default database.
std::optional<BackupName> parseBackupName(const QString& fileName);
/// The name offered for a backup made by hand now: `<key>-backup-YYYYMMDD-HHMM.sqlite`.
QString manualBackupName(const DatabaseLocation& location);

/// Writes `<key>-YYYYMMDD-HHMMSS.sqlite` into `folder`, `key` being databaseKey(), and keeps only the newest `keep`
/// automatic backups of that database there; those of other databases in the folder are left alone. Returns the file
/// written. With `skipIfUnchanged`, nothing is written when the newest backup of the database already holds the
/// latest change (every change of user data leaves a change-history row), and that backup is returned; nor for a
/// database that was never changed, and an empty string is returned.
QString automaticBackup(Database& db, const QString& folder, int keep = 10, bool skipIfUnchanged = false);

/// What a database holds, in the words a clerk checks a backup by.
struct Contents {
    qint64 members = -1;  // -1 when it could not be read
    QDateTime lastChange; // local time of the newest change-history row; invalid when there is none
};
/// The contents of the open database.
Contents contentsOf(const Database& db);

/// A backup found in a folder.
struct BackupFile {
    QString path;
    BackupName name; // database and time as the name says
    qint64 size = 0;
    Contents contents; // read from the file, which is opened read-only and never changed
    /// Why it cannot be restored (not a UnionDesk file, damaged, written by a newer UnionDesk); empty when it can.
    QString problem;
};
/// A backup file as listBackups() describes it, whatever its name (one the name does not say of: its modification
/// time, no database).
BackupFile inspectBackup(const QString& path);
/// The backups (files named as parseBackupName() reads) in `folders`, newest first. Folders that do not exist are
/// passed over. Each file's contents are read read-only; nothing in the folders is written.
QList<BackupFile> listBackups(const QStringList& folders);

} // namespace Backup

} // namespace ud::core

#pragma once

#include "core/db/Database.h"

#include <QString>

#include <functional>

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

/// Writes `uniondesk-YYYYMMDD-HHMMSS.sqlite` into `folder` and keeps only the newest `keep` such files.
/// Returns the file written. With `skipIfUnchanged`, nothing is written when the newest backup already holds
/// the latest change (every change of user data leaves a change-history row), and that backup is returned.
QString automaticBackup(Database& db, const QString& folder, int keep = 10, bool skipIfUnchanged = false);

} // namespace Backup

} // namespace ud::core

#include "core/db/Backup.h"

#include "core/db/DatabaseFiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <sqlite3.h>

#include <filesystem>

namespace ud::core::Backup {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::Backup)
};

// An empty temporary file beside the target, so that the final rename stays on one file system. QTemporaryFile
// makes it readable by its owner only, and SQLite keeps those permissions for the finished backup and its journal.
// The name follows the pattern DatabaseFiles::removeLeftoverParts looks for.
QString temporaryBeside(const QString& target)
{
    QTemporaryFile tmp(target + QStringLiteral(".XXXXXX.part"));
    tmp.setAutoRemove(false);
    if (!tmp.open())
        throw Error(Tr::tr("Cannot write in the folder %1: %2")
                        .arg(QDir::toNativeSeparators(QFileInfo(target).absolutePath()), tmp.errorString()));
    const QString name = tmp.fileName();
    tmp.close();
    return name;
}

void removeSqliteFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

void moveInto(const QString& from, const QString& to)
{
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()), std::filesystem::path(to.toStdU16String()),
                            ec);
    if (ec) {
        removeSqliteFiles(from);
        throw Error(Tr::tr("Cannot write the file %1: %2")
                        .arg(QDir::toNativeSeparators(to), QString::fromLocal8Bit(ec.message().c_str())));
    }
}

// Copies all pages of `source`'s main database into `dest`'s, holding the source's read lock throughout.
void copyPages(sqlite3* source, sqlite3* dest)
{
    sqlite3_backup* backup = sqlite3_backup_init(dest, "main", source, "main");
    if (!backup)
        throw Error(Tr::tr("The backup could not start: %1").arg(QString::fromUtf8(sqlite3_errmsg(dest))));
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(50);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        throw Error(Tr::tr("The backup failed: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))));
}

void backupSqlite(Database& db, const QString& tmp)
{
    auto* source = static_cast<sqlite3*>(db.sqliteHandle());
    if (!source)
        throw Error(Tr::tr("The SQLite connection is not available for a backup."));
    sqlite3* dest = nullptr;
    if (sqlite3_open_v2(tmp.toUtf8().constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
        SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(dest));
        sqlite3_close_v2(dest);
        throw Error(Tr::tr("Cannot create the backup file: %1").arg(why));
    }
    try {
        copyPages(source, dest);
        // A backup is one self-contained file: leave WAL mode so no -wal file belongs to it.
        sqlite3_exec(dest, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    } catch (...) {
        sqlite3_close_v2(dest);
        throw;
    }
    sqlite3_close_v2(dest);
}

// Ends the read-only transaction of a PostgreSQL backup however the copy ends.
struct SnapshotRead {
    explicit SnapshotRead(Database& db) : m_db(db)
    {
        if (m_db.transactionDepth() > 0)
            throw Error(Tr::tr("A backup cannot be taken while a change is being written."));
        // One snapshot for every table: rows written meanwhile (an import in another program) are in the backup
        // either all or not at all.
        m_db.exec(QStringLiteral("BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    }
    ~SnapshotRead() { QSqlQuery(m_db.connection()).exec(QStringLiteral("ROLLBACK")); }
    SnapshotRead(const SnapshotRead&) = delete;
    SnapshotRead& operator=(const SnapshotRead&) = delete;
    Database& m_db;
};

void backupPostgres(Database& source, const QString& tmp, const std::function<void(const QString&)>& tableCopied)
{
    auto target = Database::open(DatabaseLocation::sqlite(tmp));
    target->exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    Transaction tx(*target);
    const QStringList targetTables = target->tables();
    SnapshotRead snapshot(source);
    for (const QString& table : source.tables()) {
        if (!targetTables.contains(table) || table == QLatin1String("schema_version"))
            continue;
        QSqlQuery rows = source.exec(QStringLiteral("SELECT * FROM %1").arg(table));
        const QSqlRecord rec = rows.record();
        QStringList cols;
        QStringList params;
        for (int i = 0; i < rec.count(); ++i) {
            cols << rec.fieldName(i);
            params << QStringLiteral(":c%1").arg(i);
        }
        QSqlQuery insert(target->connection());
        insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                           .arg(table, cols.join(QLatin1String(", ")), params.join(QLatin1String(", "))));
        while (rows.next()) {
            for (int i = 0; i < rec.count(); ++i)
                insert.bindValue(i, rows.value(i));
            if (!insert.exec())
                throw Error(Tr::tr("The backup failed while copying table %1.").arg(table));
        }
        if (tableCopied)
            tableCopied(table);
    }
    tx.commit();
    target->exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
}

} // namespace

void backupTo(Database& db, const QString& outFile, const std::function<void(const QString&)>& tableCopied)
{
    const QString target = QFileInfo(outFile).absoluteFilePath();
    if (db.isSqlite() && QFileInfo(target) == QFileInfo(db.location().filePath))
        throw Error(Tr::tr("A backup cannot overwrite the database itself."));
    const QString folder = QFileInfo(target).absolutePath();
    if (!DatabaseFiles::makePrivateFolder(folder))
        throw Error(Tr::tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)));
    DatabaseFiles::removeLeftoverParts(folder);
    const QString tmp = temporaryBeside(target);
    // Held until the backup is in place: another UnionDesk cleaning up this folder leaves the part alone.
    DatabaseFiles::PartLock lock(tmp);
    try {
        if (db.isSqlite())
            backupSqlite(db, tmp);
        else
            backupPostgres(db, tmp, tableCopied);
    } catch (...) {
        removeSqliteFiles(tmp);
        throw;
    }
    moveInto(tmp, target);
}

SqliteFileReport validateBackup(const QString& file)
{
    if (!QFileInfo::exists(file))
        throw Error(Tr::tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(file)));
    const SqliteFileReport report = Database::inspectSqliteFile(file);
    if (!report.unionDesk || report.empty)
        throw Error(Tr::tr("The file %1 is not a UnionDesk backup.").arg(QDir::toNativeSeparators(file)));
    if (report.schemaVersion > Database::latestSchemaVersion())
        throw Error(Tr::tr("The backup %1 was written by a newer UnionDesk (schema version %2; this version knows up to "
                       "%3).")
                        .arg(QDir::toNativeSeparators(file))
                        .arg(report.schemaVersion)
                        .arg(Database::latestSchemaVersion()));
    return report;
}

void restoreFrom(Database& db, const QString& inFile)
{
    if (!db.isSqlite())
        throw Error(Tr::tr("Restoring is only possible into a SQLite database. For PostgreSQL use the server's own "
                       "tools (pg_restore)."));
    validateBackup(inFile);
    auto* dest = static_cast<sqlite3*>(db.sqliteHandle());
    sqlite3* source = nullptr;
    if (sqlite3_open_v2(inFile.toUtf8().constData(), &source, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(source));
        sqlite3_close_v2(source);
        throw Error(Tr::tr("Cannot read the backup: %1").arg(why));
    }
    try {
        copyPages(source, dest);
    } catch (...) {
        sqlite3_close_v2(source);
        throw;
    }
    sqlite3_close_v2(source);
    db.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    // Re-opening brings an older backup's schema up to date.
    auto reopened = Database::open(db.location());
}

QString backupFolder(const Database& db, const QString& configuredFolder)
{
    if (!configuredFolder.isEmpty())
        return configuredFolder;
    if (db.isSqlite())
        return QFileInfo(db.location().filePath).absoluteDir().filePath(QStringLiteral("backups"));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("backups"));
}

QString automaticBackup(Database& db, const QString& folder, int keep, bool skipIfUnchanged)
{
    QDir dir(folder);
    if (!DatabaseFiles::makePrivateFolder(folder))
        throw Error(Tr::tr("The backup folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)));
    if (skipIfUnchanged) {
        const QStringList previous = dir.entryList({QStringLiteral("uniondesk-*.sqlite")}, QDir::Files, QDir::Time);
        if (!previous.isEmpty()) {
            const QString newest = dir.filePath(previous.first());
            try {
                // Only a backup at the current schema is opened, so that opening never migrates it.
                if (validateBackup(newest).schemaVersion == db.schemaVersion()) {
                    auto last = Database::open(DatabaseLocation::sqlite(newest));
                    const QString sql = QStringLiteral("SELECT coalesce(max(id), 0) FROM change_log");
                    if (last->scalar(sql).toLongLong() == db.scalar(sql).toLongLong())
                        return newest;
                }
            } catch (const Error&) {
                // A damaged or foreign file is no reason to skip: write a new backup.
            }
        }
    }
    QString base =
        QStringLiteral("uniondesk-%1").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QString file = dir.filePath(base + QStringLiteral(".sqlite"));
    for (int n = 2; QFileInfo::exists(file); ++n)
        file = dir.filePath(QStringLiteral("%1-%2.sqlite").arg(base).arg(n));
    backupTo(db, file);
    const QStringList existing = dir.entryList({QStringLiteral("uniondesk-*.sqlite")}, QDir::Files, QDir::Name);
    for (int i = 0; i < existing.size() - qMax(keep, 1); ++i)
        dir.remove(existing.at(i));
    return file;
}

} // namespace ud::core::Backup

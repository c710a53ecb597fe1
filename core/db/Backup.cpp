#include "core/db/Backup.h"

#include "core/db/DatabaseFiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <tuple>

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
        throw Error(
            Tr::tr("The backup %1 was written by a newer UnionDesk (schema version %2; this version knows up to "
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

QString databaseKey(const DatabaseLocation& location)
{
    QString key;
    if (location.isSqlite()) {
        key = QFileInfo(location.filePath).completeBaseName();
    } else {
        // A Unix socket directory is this computer.
        const bool local = location.host.isEmpty() || location.host.startsWith(QLatin1Char('/'));
        key = location.databaseName + QLatin1Char('@') + (local ? QStringLiteral("localhost") : location.host);
    }
    // What Windows or Unix refuse in a file name, and the dots and spaces at the ends that Windows drops or that hide
    // the file on Unix.
    static const QString refused = QStringLiteral("\\/:*?\"<>|");
    for (QChar& c : key)
        if (c.unicode() < 0x20 || c.unicode() == 0x7F || refused.contains(c))
            c = QLatin1Char('_');
    while (!key.isEmpty() && (key.front() == QLatin1Char('.') || key.front().isSpace()))
        key.remove(0, 1);
    while (!key.isEmpty() && (key.back() == QLatin1Char('.') || key.back().isSpace()))
        key.chop(1);
    return key.isEmpty() ? QStringLiteral("uniondesk") : key;
}

std::optional<BackupName> parseBackupName(const QString& fileName)
{
    static const QRegularExpression manual(QStringLiteral("^(.+)-backup-(\\d{8})-(\\d{4})\\.sqlite$"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression automatic(QStringLiteral("^(.+)-(\\d{8})-(\\d{6})(?:-(\\d+))?\\.sqlite$"),
                                              QRegularExpression::CaseInsensitiveOption);
    BackupName name;
    QRegularExpressionMatch m = manual.match(fileName);
    QString timeFormat = QStringLiteral("HHmm");
    if (!m.hasMatch()) {
        m = automatic.match(fileName);
        if (!m.hasMatch())
            return std::nullopt;
        name.automatic = true;
        timeFormat = QStringLiteral("HHmmss");
        if (!m.captured(4).isEmpty())
            name.sequence = m.captured(4).toInt();
    }
    name.database = m.captured(1);
    name.written = QDateTime(QDate::fromString(m.captured(2), QStringLiteral("yyyyMMdd")),
                             QTime::fromString(m.captured(3), timeFormat));
    if (!name.written.isValid())
        return std::nullopt;
    return name;
}

QString manualBackupName(const DatabaseLocation& location)
{
    return QStringLiteral("%1-backup-%2.sqlite")
        .arg(databaseKey(location), QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
}

namespace {

const QString kLatestChangeId = QStringLiteral("SELECT coalesce(max(id), 0) FROM change_log");

struct Found {
    QString file;
    BackupName name;
};

// The automatic backups of the database `key` in `dir`, oldest first.
QList<Found> automaticBackupsOf(const QDir& dir, const QString& key)
{
    QList<Found> found;
    for (const QString& file : dir.entryList({QStringLiteral("*.sqlite")}, QDir::Files)) {
        const auto name = parseBackupName(file);
        if (name && name->automatic && name->database == key)
            found.append({file, *name});
    }
    std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
        return std::tie(a.name.written, a.name.sequence, a.file) < std::tie(b.name.written, b.name.sequence, b.file);
    });
    return found;
}

} // namespace

QString automaticBackup(Database& db, const QString& folder, int keep, bool skipIfUnchanged)
{
    const qint64 latest = db.scalar(kLatestChangeId).toLongLong();
    // Never changed: an empty database, which a backup would not help to bring back.
    if (skipIfUnchanged && latest == 0)
        return QString();
    QDir dir(folder);
    if (!DatabaseFiles::makePrivateFolder(folder))
        throw Error(Tr::tr("The backup folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)));
    const QString key = databaseKey(db.location());
    if (skipIfUnchanged) {
        const QList<Found> previous = automaticBackupsOf(dir, key);
        if (!previous.isEmpty()) {
            const QString newest = dir.filePath(previous.last().file);
            try {
                // Only a backup at the current schema is opened, so that opening never migrates it.
                if (validateBackup(newest).schemaVersion == db.schemaVersion()) {
                    auto last = Database::open(DatabaseLocation::sqlite(newest));
                    if (last->scalar(kLatestChangeId).toLongLong() == latest)
                        return newest;
                }
            } catch (const Error&) {
                // A damaged or foreign file is no reason to skip: write a new backup.
            }
        }
    }
    const QString base =
        QStringLiteral("%1-%2").arg(key, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QString file = dir.filePath(base + QStringLiteral(".sqlite"));
    for (int n = 2; QFileInfo::exists(file); ++n)
        file = dir.filePath(QStringLiteral("%1-%2.sqlite").arg(base).arg(n));
    backupTo(db, file);
    const QList<Found> existing = automaticBackupsOf(dir, key);
    for (qsizetype i = 0; i < existing.size() - qMax(keep, 1); ++i)
        dir.remove(existing.at(i).file);
    return file;
}

namespace {

const char* const kMemberCount = "SELECT count(*) FROM members";
const char* const kLastChange = "SELECT max(changed_at) FROM change_log";

QDateTime localTime(const QVariant& utcText)
{
    const QDateTime t = QDateTime::fromString(utcText.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime() : QDateTime();
}

// One value of a query on a SQLite file opened with sqlite3; invalid on failure.
QVariant fileScalar(sqlite3* handle, const char* sql)
{
    sqlite3_stmt* stmt = nullptr;
    QVariant value;
    if (sqlite3_prepare_v2(handle, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW) {
        switch (sqlite3_column_type(stmt, 0)) {
        case SQLITE_INTEGER:
            value = qint64(sqlite3_column_int64(stmt, 0));
            break;
        case SQLITE_NULL:
            value = QVariant(QMetaType(QMetaType::QString));
            break;
        default:
            value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
            break;
        }
    }
    sqlite3_finalize(stmt);
    return value;
}

// The contents of a backup, read without writing a byte beside it: the file is opened read-only and as immutable
// (no lock, no journal or -shm file; a backup is complete before it gets its name, and nothing writes it after).
void readBackup(BackupFile& backup)
{
    QFile file(backup.path);
    const QByteArray header = file.open(QIODevice::ReadOnly) ? file.read(100) : QByteArray();
    file.close();
    if (header.size() < 100 || !header.startsWith(QByteArray("SQLite format 3\0", 16))) {
        backup.problem = Tr::tr("The file %1 is not a UnionDesk backup.").arg(QDir::toNativeSeparators(backup.path));
        return;
    }
    const QByteArray uri = QUrl::fromLocalFile(backup.path).toString(QUrl::FullyEncoded).toUtf8() + "?immutable=1";
    sqlite3* handle = nullptr;
    if (sqlite3_open_v2(uri.constData(), &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) != SQLITE_OK) {
        backup.problem = Tr::tr("Cannot read the backup: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle)));
        sqlite3_close_v2(handle);
        return;
    }
    const QVariant appId = fileScalar(handle, "PRAGMA application_id");
    const QVariant schema = fileScalar(handle, "SELECT max(version) FROM schema_version");
    if (!appId.isValid() || appId.toInt() != Database::ApplicationId || !schema.isValid()) {
        backup.problem = Tr::tr("The file %1 is not a UnionDesk backup.").arg(QDir::toNativeSeparators(backup.path));
    } else if (schema.toInt() > Database::latestSchemaVersion()) {
        backup.problem = Tr::tr("The backup %1 was written by a newer UnionDesk (schema version %2; this version knows "
                                "up to %3).")
                             .arg(QDir::toNativeSeparators(backup.path))
                             .arg(schema.toInt())
                             .arg(Database::latestSchemaVersion());
    }
    const QVariant members = fileScalar(handle, kMemberCount);
    if (members.isValid())
        backup.contents.members = members.toLongLong();
    backup.contents.lastChange = localTime(fileScalar(handle, kLastChange));
    sqlite3_close_v2(handle);
}

} // namespace

Contents contentsOf(const Database& db)
{
    Contents contents;
    contents.members = db.scalar(QString::fromLatin1(kMemberCount)).toLongLong();
    contents.lastChange = localTime(db.scalar(QString::fromLatin1(kLastChange)));
    return contents;
}

BackupFile inspectBackup(const QString& path)
{
    const QFileInfo info(path);
    BackupFile backup;
    backup.path = info.absoluteFilePath();
    if (const auto name = parseBackupName(info.fileName()))
        backup.name = *name;
    else
        backup.name.written = info.lastModified();
    backup.size = info.size();
    readBackup(backup);
    return backup;
}

QList<BackupFile> listBackups(const QStringList& folders)
{
    QList<BackupFile> found;
    QSet<QString> seen;
    for (const QString& folder : folders) {
        const QDir dir(folder);
        if (folder.isEmpty() || !dir.exists())
            continue;
        for (const QFileInfo& info : dir.entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files)) {
            const QString path = info.absoluteFilePath();
            if (!parseBackupName(info.fileName()) || seen.contains(info.canonicalFilePath()))
                continue;
            seen.insert(info.canonicalFilePath());
            found.append(inspectBackup(path));
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const BackupFile& a, const BackupFile& b) {
        return std::tie(a.name.written, a.name.sequence) > std::tie(b.name.written, b.name.sequence);
    });
    return found;
}

} // namespace ud::core::Backup

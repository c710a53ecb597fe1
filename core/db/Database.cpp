#include "core/db/Database.h"

#include "core/db/DatabaseCheck.h"
#include "core/db/DatabaseFiles.h"
#include "core/db/NetworkShare.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>
#include <mutex>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace ud::core {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::Database)
};

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("uniondesk-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

QString sqlFailure(const QSqlError& error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return QCoreApplication::translate("ud::core", "The database reported an error: %1").arg(text);
}

} // namespace

Database::Database(const DatabaseLocation& location)
    : m_location(location), m_dialect(location.engine), m_connectionName(nextConnectionName()),
      m_userName(systemUserName())
{
}

Database::~Database()
{
    bool wasOpen = false;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        wasOpen = db.isOpen();
        if (wasOpen)
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    // The last connection gone, SQLite has written the log into the file and removed it: remember how it looks.
    if (wasOpen && isSqlite())
        rememberClosedCleanly(m_location.filePath);
}

QString Database::systemUserName()
{
    for (const char* var : {"USER", "USERNAME", "LOGNAME"}) {
        const QString v = qEnvironmentVariable(var);
        if (!v.isEmpty())
            return v;
    }
#ifdef Q_OS_UNIX
    if (const passwd* pw = getpwuid(geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    return QStringLiteral("unknown");
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

std::unique_ptr<Database> Database::open(const DatabaseLocation& location, const OpenOptions& options)
{
    std::unique_ptr<Database> db(new Database(location));
    if (location.isSqlite())
        db->connectSqlite(options);
    else
        db->connectPostgres();
    if (options.readOnly && db->m_readOnlyReason.isEmpty())
        db->m_readOnlyReason = Tr::tr("it was opened read-only");
    db->migrate();
    return db;
}

void Database::connectSqlite(const OpenOptions& options)
{
    // SQLite counts every allocation under a global mutex for sqlite3_memory_used(), which UnionDesk never asks;
    // the setting only takes before SQLite is first used, so it is tried once, and refused quietly after that.
    static std::once_flag configured;
    std::call_once(configured, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
    const QString path = m_location.filePath;
    const QString native = QDir::toNativeSeparators(path);
    if (NetworkShare::isOnNetworkShare(path))
        throw Error(Tr::tr("The database %1 is on a network share. SQLite cannot lock files on network shares "
                           "reliably and data could be lost when two computers write at once. Keep the file on this "
                           "computer's own disk, or let several computers share a PostgreSQL server "
                           "(--db postgresql://user@server/uniondesk).")
                        .arg(native));
    // A device, a pipe or a folder is refused before SQLite opens it (it would leave a journal beside /dev/null).
    DatabaseFiles::requireRegularFile(path);

    const QFileInfo info(path);
    if (!info.exists()) {
        if (!options.create || options.readOnly)
            throw DatabaseMissing(Tr::tr("There is no database at %1.").arg(native));
        // The folders and the file hold personal data: only their owner may read them. SQLite gives the -wal,
        // -shm and -journal it creates the permissions of the main file.
        if (!DatabaseFiles::makePrivateFolder(info.absolutePath()))
            throw Error(Tr::tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(info.absolutePath())));
        QString why;
        if (!DatabaseFiles::createPrivateFile(path, &why) && !QFileInfo::exists(path))
            throw Error(Tr::tr("The database %1 cannot be created: %2").arg(native, why));
    }

    const SqliteFileReport report = inspectSqliteFile(path);
    if (report.schemaVersion > latestSchemaVersion())
        throw Error(Tr::tr("The database %1 was written by a newer UnionDesk (schema version %2; this version knows up "
                           "to %3). Open it with the newer UnionDesk. It has not been changed.")
                        .arg(native)
                        .arg(report.schemaVersion)
                        .arg(latestSchemaVersion()));

    const DatabaseFiles::Access access = DatabaseFiles::access(path);
    if (!access.fileWritable)
        m_readOnlyReason = Tr::tr("the file is write-protected");
    else if (!access.folderWritable)
        m_readOnlyReason =
            Tr::tr("its folder %1 is write-protected").arg(QDir::toNativeSeparators(info.absolutePath()));
    else if (!access.sideFilesWritable)
        m_readOnlyReason = Tr::tr("the files SQLite keeps beside it (%1-wal, %1-shm) are write-protected").arg(native);
    else if (options.readOnly)
        m_readOnlyReason = Tr::tr("it was opened read-only");
    const bool readOnly = !m_readOnlyReason.isEmpty();
    if (readOnly && report.empty)
        throw Error(Tr::tr("The database %1 cannot be created: %2.").arg(native, m_readOnlyReason));

    // Leftovers of a backup or restore that was cut short (a kill, a power cut) beside the database.
    if (!readOnly) {
        DatabaseFiles::removeLeftoverParts(info.absolutePath());
        DatabaseFiles::removeLeftoverParts(info.absoluteDir().filePath(QStringLiteral("backups")));
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!db.isValid())
        throw Error(Tr::tr("The SQLite driver for Qt is not installed (package libqt6sql6-sqlite)."));
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kSqliteBusyTimeoutMs);
    if (readOnly)
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (report.immutable) {
        connectOptions += QStringLiteral(";QSQLITE_OPEN_URI");
        db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1"));
    } else {
        db.setDatabaseName(path);
    }
    db.setConnectOptions(connectOptions);
    if (!db.open())
        throw Error(Tr::tr("The database %1 cannot be opened: %2").arg(native, db.lastError().text()));
    exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    // Statement journals and sorts in memory: a bulk import otherwise writes a temporary file per statement.
    exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    if (readOnly)
        return;
    // A new file gets 16 KB pages: a roster's rows, their indexes and their history hold fewer, fuller pages, and
    // a large import writes a quarter of the pages (50,000 members stored about a tenth faster than with SQLite's
    // 4 KB). Only possible before the first table; an existing file keeps its page size.
    if (report.empty) {
        exec(QStringLiteral("PRAGMA page_size = 16384"));
        // The first write marks the file as UnionDesk's, so that a creation cut short before the schema is
        // written leaves a file that is recognised (and completed) at the next opening, not a stranger's.
        if (scalar(QStringLiteral("PRAGMA application_id")).toInt() != ApplicationId)
            exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
    }
    exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    // Debian builds SQLite with WAL synchronous FULL; NORMAL is durable against program crashes.
    exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
}

void Database::connectPostgres()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!db.isValid())
        throw Error(Tr::tr("The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql)."));
    db.setHostName(m_location.host);
    db.setPort(m_location.port);
    db.setDatabaseName(m_location.databaseName);
    if (!m_location.user.isEmpty())
        db.setUserName(m_location.user);
    if (!m_location.password.isEmpty())
        db.setPassword(m_location.password);
    db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=UnionDesk"));
    if (!db.open()) {
        const QString why =
            db.lastError().databaseText().isEmpty() ? db.lastError().text() : db.lastError().databaseText();
        if (why.contains(QLatin1String("password"), Qt::CaseInsensitive) && m_location.password.isEmpty())
            throw PasswordRequired(Tr::tr("The PostgreSQL server %1 asks for a password. Give it in PGPASSWORD or "
                                          "~/.pgpass, or type it when asked.")
                                       .arg(m_location.displayName()));
        throw Error(
            Tr::tr("Cannot connect to the PostgreSQL server %1: %2").arg(m_location.displayName(), why.trimmed()));
    }
    exec(QStringLiteral("SET client_min_messages TO warning"));
}

QSqlQuery Database::exec(const QString& sql, const QVariantMap& binds) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    // PostgreSQL can only PREPARE queries and DML, so statements without values run directly.
    if (binds.isEmpty()) {
        if (!query.exec(sql))
            throw Error(sqlFailure(query.lastError()));
        return query;
    }
    if (!query.prepare(sql))
        throw Error(sqlFailure(query.lastError()));
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        query.bindValue(QLatin1Char(':') + it.key(), it.value());
    if (!query.exec())
        throw Error(sqlFailure(query.lastError()));
    return query;
}

QVariant Database::scalar(const QString& sql, const QVariantMap& binds) const
{
    QSqlQuery query = exec(sql, binds);
    return query.next() ? query.value(0) : QVariant();
}

QList<QVariantMap> Database::rows(const QString& sql, const QVariantMap& binds) const
{
    QList<QVariantMap> result;
    QSqlQuery query = exec(sql, binds);
    // The column names once, in the map's key order, so that each row's map is built by appending: a record per row
    // and a search per value cost more than the values themselves on a large result. Of two columns of the same name
    // the later one wins, as it did when each was inserted in turn.
    const QSqlRecord rec = query.record();
    QList<QPair<QString, int>> columns;
    for (int i = 0; i < rec.count(); ++i)
        columns.append({rec.fieldName(i), i});
    std::stable_sort(columns.begin(), columns.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    while (query.next()) {
        QVariantMap row;
        for (const auto& [name, i] : std::as_const(columns))
            row.insert(row.cend(), name, query.value(i));
        result.append(std::move(row));
    }
    return result;
}

QStringList Database::tables() const
{
    QStringList names;
    QSqlQuery query = exec(m_dialect.listTablesSql());
    while (query.next())
        names << query.value(0).toString();
    return names;
}

QStringList Database::integrityProblems() const
{
    QStringList problems;
    if (isSqlite()) {
        QSqlQuery query = exec(QStringLiteral("PRAGMA integrity_check"));
        while (query.next()) {
            const QString line = query.value(0).toString();
            if (line != QLatin1String("ok"))
                problems << line;
        }
        QSqlQuery fk = exec(QStringLiteral("PRAGMA foreign_key_check"));
        while (fk.next())
            problems << Tr::tr("Row %1 of table %2 points to a missing row of %3.")
                            .arg(fk.value(1).toString(), fk.value(0).toString(), fk.value(2).toString());
    } else {
        // PostgreSQL keeps its own pages consistent; check that every table can be read to its end.
        for (const QString& table : tables())
            exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    }
    return problems;
}

QStringList Database::historyProblems() const
{
    QStringList problems;
    const QStringList present = tables();
    if (!present.contains(QStringLiteral("change_log")))
        return problems;
    // Data made in bulk without a history row each (demo data) is noted by one entry without a row (row 0): then
    // rows without history say nothing.
    const bool bulkNoted = scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE (row_id IS NULL OR row_id = 0) "
                                                 "AND action = 'insert'"))
                               .toLongLong() > 0;
    constexpr int kShown = 10;
    QSqlQuery logged = exec(QStringLiteral("SELECT DISTINCT table_name FROM change_log WHERE row_id > 0"));
    QStringList loggedTables;
    while (logged.next())
        loggedTables << logged.value(0).toString();
    for (const QString& table : std::as_const(loggedTables)) {
        if (!present.contains(table) || table == QLatin1String("change_log"))
            continue;
        // The history says the row is there (its last entry stores it), but it is not.
        const QList<QVariantMap> missing = rows(
            QStringLiteral("SELECT l.row_id AS row_id FROM change_log l WHERE l.table_name = :t AND l.row_id > 0 "
                           "AND l.action IN ('insert', 'update') AND l.id = (SELECT max(m.id) FROM change_log m "
                           "WHERE m.table_name = l.table_name AND m.row_id = l.row_id AND m.action <> 'export') AND "
                           "NOT EXISTS (SELECT 1 FROM %1 r WHERE r.id = l.row_id) ORDER BY l.row_id LIMIT %2")
                .arg(table)
                .arg(kShown),
            {{QStringLiteral("t"), table}});
        for (const QVariantMap& row : missing)
            problems << Tr::tr("Row %1 of table %2 is in the change history but missing from the table.")
                            .arg(row.value(QStringLiteral("row_id")).toString(), table);
        if (bulkNoted)
            continue;
        // Rows stored after the history of the table began, with no history at all.
        const QList<QVariantMap> unlogged =
            rows(QStringLiteral("SELECT r.id AS id FROM %1 r WHERE r.id >= (SELECT min(row_id) FROM change_log WHERE "
                                "table_name = :t AND row_id > 0 AND action = 'insert') AND NOT EXISTS (SELECT 1 FROM "
                                "change_log l WHERE "
                                "l.table_name = :t2 AND l.row_id = r.id) ORDER BY r.id LIMIT %2")
                     .arg(table)
                     .arg(kShown),
                 {{QStringLiteral("t"), table}, {QStringLiteral("t2"), table}});
        for (const QVariantMap& row : unlogged)
            problems << Tr::tr("Row %1 of table %2 has no entry in the change history.")
                            .arg(row.value(QStringLiteral("id")).toString(), table);
    }
    return problems;
}

void* Database::sqliteHandle() const
{
    if (!isSqlite())
        return nullptr;
    const QVariant v = connection().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.data());
}

QString Database::engineVersion() const
{
    return scalar(isSqlite() ? QStringLiteral("SELECT sqlite_version()") : QStringLiteral("SHOW server_version"))
        .toString()
        .section(QLatin1Char(' '), 0, 0);
}

} // namespace ud::core

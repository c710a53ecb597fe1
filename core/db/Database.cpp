#include "core/db/Database.h"

#include "core/db/NetworkShare.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QUrl>
#include <QtEndian>

#include <sqlite3.h>

#include <mutex>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

#include <algorithm>

namespace ud::core {

namespace {

constexpr int BusyTimeoutMs = 5000;

// What a SQLite file looked like when UnionDesk last closed it cleanly (its last connection gone, no write-ahead
// log left): size, time of the last change to the nanosecond, and SQLite's change counter from the header. A file
// that still looks so was checked page by page when it was opened then (or trusted on the same terms) and has been
// written by UnionDesk alone since, so it is not checked again: on a large roster that check is most of the time
// of opening. Any other change to the file (a copy put in its place, damage written by another program, a crash)
// makes it look different and brings the check back.
QString fileStamp(const QString& path, const QByteArray& header)
{
    if (header.size() < 100)
        return {};
    const quint32 counter = qFromBigEndian<quint32>(reinterpret_cast<const uchar*>(header.constData()) + 24);
#ifdef Q_OS_UNIX
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return QStringLiteral("%1:%2.%3:%4:%5")
        .arg(qint64(st.st_size))
        .arg(qint64(st.st_mtim.tv_sec))
        .arg(qint64(st.st_mtim.tv_nsec))
        .arg(quint64(st.st_ino))
        .arg(counter);
#else
    const QFileInfo info(path);
    return QStringLiteral("%1:%2:%3").arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch()).arg(counter);
#endif
}

QString stampKey(const QString& path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return QStringLiteral("closed/") +
           QString::fromLatin1(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QSettings& stampStore()
{
    static QSettings store(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("UnionDesk"),
                           QStringLiteral("closed-files"));
    return store;
}

// The files remembered as closed cleanly: the most recently closed ones, so that the list (rewritten at every
// close) stays small however many files were ever opened.
constexpr int kRememberedFiles = 100;

// A remembered file: its stamp and, after a space, when it was closed (ms since the epoch).
QString rememberedStamp(const QString& key)
{
    return stampStore().value(key).toString().section(QLatin1Char(' '), 0, 0);
}

void remember(const QString& key, const QString& stamp)
{
    QSettings& store = stampStore();
    store.setValue(key, stamp + QLatin1Char(' ') + QString::number(QDateTime::currentMSecsSinceEpoch()));
    store.beginGroup(QStringLiteral("closed"));
    QStringList keys = store.childKeys();
    if (keys.size() > kRememberedFiles) {
        const auto closedAt = [&store](const QString& k) {
            return store.value(k).toString().section(QLatin1Char(' '), 1, 1).toLongLong();
        };
        std::sort(keys.begin(), keys.end(),
                  [&](const QString& a, const QString& b) { return closedAt(a) > closedAt(b); });
        for (qsizetype i = kRememberedFiles; i < keys.size(); ++i)
            store.remove(keys.at(i));
    }
    store.endGroup();
    store.sync();
}

QString tr(const char* text)
{
    return QCoreApplication::translate("ud::core::Database", text);
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("uniondesk-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

struct Migration {
    int version = 0;
    QString name;
    QString sql;
};

QList<Migration> embeddedMigrations()
{
    QList<Migration> list;
    const QDir dir(QStringLiteral(":/sql"));
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_(\\w+)\\.sql$"));
    for (const QString& file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto m = pattern.match(file);
        if (!m.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        list.append({m.captured(1).toInt(), m.captured(2), QString::fromUtf8(f.readAll())});
    }
    std::sort(list.begin(), list.end(), [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return list;
}

// Splits a migration into statements: one statement ends with ';' at the end of a line.
QStringList splitStatements(const QString& sql)
{
    QStringList statements;
    QString current;
    for (const QString& line : sql.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")) || (trimmed.isEmpty() && current.isEmpty()))
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            statements << current.trimmed().chopped(1);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
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
    const QString path = m_location.filePath;
    if (wasOpen && isSqlite() && !QFileInfo::exists(path + QStringLiteral("-wal")) &&
        !QFileInfo::exists(path + QStringLiteral("-journal"))) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            const QString stamp = fileStamp(path, file.read(100));
            if (!stamp.isEmpty())
                remember(stampKey(path), stamp);
        }
    }
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

std::unique_ptr<Database> Database::open(const DatabaseLocation& location)
{
    std::unique_ptr<Database> db(new Database(location));
    if (location.isSqlite())
        db->connectSqlite();
    else
        db->connectPostgres();
    db->migrate();
    return db;
}

SqliteFileReport Database::inspectSqliteFile(const QString& path)
{
    SqliteFileReport report;
    QFile file(path);
    report.exists = file.exists();
    if (!report.exists || file.size() == 0) {
        report.empty = true;
        return report;
    }
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("The file %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray header = file.read(100);
    const qint64 size = file.size();
    file.close();

    // The file format is documented at sqlite.org/fileformat.html: a 100-byte header whose
    // first 16 bytes are "SQLite format 3\0".
    if (header.size() < 100 || !header.startsWith(QByteArray("SQLite format 3\0", 16)))
        throw Error(tr("The file %1 is not a UnionDesk database (it is not a SQLite database at all). "
                       "It has not been changed.")
                        .arg(QDir::toNativeSeparators(path)));
    const auto* h = reinterpret_cast<const uchar*>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(h + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = qFromBigEndian<quint32>(h + 28);
    const bool countValid = qFromBigEndian<quint32>(h + 24) == qFromBigEndian<quint32>(h + 92);
    // While a write-ahead log holds committed pages, a checkpoint cut short (a crash, a power cut) may have
    // written the new page count into the header before the file grew: SQLite completes it from the log,
    // so the size is only checked without one.
    // The same holds for a rollback journal left by a write cut short (see BulkWrite): the journal puts the file
    // back as it was.
    const bool walPending =
        QFileInfo(path + QStringLiteral("-wal")).size() > 0 || QFileInfo(path + QStringLiteral("-journal")).size() > 0;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0 ||
        (!walPending && (size % pageSize != 0 || (countValid && pageCount > 0 && qint64(pageCount) * pageSize > size))))
        throw Error(tr("The database file %1 is damaged (it is truncated or its header is broken). "
                       "It has not been changed; restore it from a backup.")
                        .arg(QDir::toNativeSeparators(path)));

    // Read-only, by the SQLite C API, so that not even a journal or WAL file is left behind.
    sqlite3* handle = nullptr;
    const QByteArray uri = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded).toUtf8() + "?mode=ro";
    int rc = sqlite3_open_v2(uri.constData(), &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    QString problem;
    auto scalarInt = [&](const char* sql, bool* ok) -> qint64 {
        sqlite3_stmt* stmt = nullptr;
        qint64 value = 0;
        *ok = sqlite3_prepare_v2(handle, sql, -1, &stmt, nullptr) == SQLITE_OK;
        if (*ok) {
            const int step = sqlite3_step(stmt);
            *ok = step == SQLITE_ROW || step == SQLITE_DONE;
            if (step == SQLITE_ROW)
                value = sqlite3_column_int64(stmt, 0);
        }
        if (!*ok)
            problem = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(stmt);
        return value;
    };
    bool ok = rc == SQLITE_OK;
    if (!ok)
        problem = QString::fromUtf8(sqlite3_errstr(rc));
    qint64 tableCount = 0;
    qint64 appId = 0;
    const QString stamp = walPending ? QString() : fileStamp(path, header);
    const bool closedCleanly = !stamp.isEmpty() && rememberedStamp(stampKey(path)) == stamp;
    if (ok && !closedCleanly) {
        sqlite3_stmt* stmt = nullptr;
        ok = sqlite3_prepare_v2(handle, "PRAGMA quick_check", -1, &stmt, nullptr) == SQLITE_OK;
        while (ok && sqlite3_step(stmt) == SQLITE_ROW) {
            const QString line = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
            if (line != QLatin1String("ok")) {
                problem = line;
                ok = false;
            }
        }
        if (!ok && problem.isEmpty())
            problem = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(stmt);
    }
    // A write cut short in rollback-journal mode (BulkWrite) left a hot journal, which only a connection that may
    // write can roll back. For UnionDesk's own file that is SQLite's ordinary recovery: it is done, then the file
    // is looked at again.
    if (!ok && sqlite3_extended_errcode(handle) == SQLITE_READONLY_ROLLBACK &&
        qFromBigEndian<quint32>(h + 68) == quint32(ApplicationId)) {
        sqlite3_close_v2(handle);
        sqlite3* writer = nullptr;
        const QByteArray rwUri = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded).toUtf8() + "?mode=rw";
        bool recovered =
            sqlite3_open_v2(rwUri.constData(), &writer, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI, nullptr) == SQLITE_OK;
        if (recovered) {
            sqlite3_busy_timeout(writer, BusyTimeoutMs);
            recovered =
                sqlite3_exec(writer, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr) == SQLITE_OK;
        }
        sqlite3_close_v2(writer);
        if (recovered)
            return inspectSqliteFile(path);
        throw Error(tr("The database file %1 was left in the middle of a change that cannot be rolled back now. "
                       "It has not been changed; close every other program that uses it and try again.")
                        .arg(QDir::toNativeSeparators(path)));
    }
    if (ok)
        appId = scalarInt("PRAGMA application_id", &ok);
    if (ok)
        tableCount = scalarInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table'", &ok);
    if (ok && appId == ApplicationId) {
        report.unionDesk = true;
        report.schemaVersion = int(scalarInt("SELECT max(version) FROM schema_version", &ok));
    }
    sqlite3_close_v2(handle);

    if (!ok)
        throw Error(tr("The database file %1 is damaged: %2. It has not been changed; restore it from a backup.")
                        .arg(QDir::toNativeSeparators(path), problem));
    if (!report.unionDesk && tableCount > 0)
        throw Error(tr("The file %1 is a SQLite database of another program, not a UnionDesk database. "
                       "It has not been changed.")
                        .arg(QDir::toNativeSeparators(path)));
    report.empty = !report.unionDesk;
    return report;
}

void Database::connectSqlite()
{
    // SQLite counts every allocation under a global mutex for sqlite3_memory_used(), which UnionDesk never asks;
    // the setting only takes before SQLite is first used, so it is tried once, and refused quietly after that.
    static std::once_flag configured;
    std::call_once(configured, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
    const QString path = m_location.filePath;
    if (NetworkShare::isOnNetworkShare(path))
        throw Error(tr("The database %1 is on a network share. SQLite cannot lock files on network shares "
                       "reliably and data could be lost when two computers write at once. Keep the file on this "
                       "computer's own disk, or let several computers share a PostgreSQL server "
                       "(--db postgresql://user@server/uniondesk).")
                        .arg(QDir::toNativeSeparators(path)));

    const SqliteFileReport report = inspectSqliteFile(path);
    if (report.schemaVersion > latestSchemaVersion())
        throw Error(tr("The database %1 was written by a newer UnionDesk (schema version %2; this version knows up "
                       "to %3). Open it with the newer UnionDesk. It has not been changed.")
                        .arg(QDir::toNativeSeparators(path))
                        .arg(report.schemaVersion)
                        .arg(latestSchemaVersion()));

    const QFileInfo info(path);
    if (!report.exists && !QDir().mkpath(info.absolutePath()))
        throw Error(tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(info.absolutePath())));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!db.isValid())
        throw Error(tr("The SQLite driver for Qt is not installed (package libqt6sql6-sqlite)."));
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!db.open())
        throw Error(
            tr("The database %1 cannot be opened: %2").arg(QDir::toNativeSeparators(path), db.lastError().text()));
    exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    // A new file gets 16 KB pages: a roster's rows, their indexes and their history hold fewer, fuller pages, and
    // a large import writes a quarter of the pages (50,000 members stored about a tenth faster than with SQLite's
    // 4 KB). Only possible before the first table; an existing file keeps its page size.
    if (!report.exists)
        exec(QStringLiteral("PRAGMA page_size = 16384"));
    exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    // Debian builds SQLite with WAL synchronous FULL; NORMAL is durable against program crashes.
    exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    // Statement journals and sorts in memory: a bulk import otherwise writes a temporary file per statement.
    exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
}

void Database::connectPostgres()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!db.isValid())
        throw Error(tr("The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql)."));
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
            throw PasswordRequired(tr("The PostgreSQL server %1 asks for a password. Give it in PGPASSWORD or "
                                      "~/.pgpass, or type it when asked.")
                                       .arg(m_location.displayName()));
        throw Error(tr("Cannot connect to the PostgreSQL server %1: %2").arg(m_location.displayName(), why.trimmed()));
    }
    exec(QStringLiteral("SET client_min_messages TO warning"));
}

int Database::latestSchemaVersion()
{
    static const int latest = [] {
        const auto list = embeddedMigrations();
        return list.isEmpty() ? 0 : list.last().version;
    }();
    return latest;
}

int Database::schemaVersion() const
{
    if (!tables().contains(QStringLiteral("schema_version")))
        return 0;
    return scalar(QStringLiteral("SELECT max(version) FROM schema_version")).toInt();
}

void Database::migrate()
{
    const QStringList existing = tables();
    const bool hasVersionTable = existing.contains(QStringLiteral("schema_version"));
    if (!hasVersionTable && !existing.isEmpty())
        throw Error(tr("The database %1 already holds tables of another program; it is not a UnionDesk database. "
                       "Nothing was changed.")
                        .arg(m_location.displayName()));
    const int current = hasVersionTable ? schemaVersion() : 0;
    if (current > latestSchemaVersion())
        throw Error(tr("The database %1 was written by a newer UnionDesk (schema version %2; this version knows up "
                       "to %3). Open it with the newer UnionDesk. It has not been changed.")
                        .arg(m_location.displayName())
                        .arg(current)
                        .arg(latestSchemaVersion()));
    if (current == latestSchemaVersion())
        return;

    Transaction tx(*this);
    exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                        "applied_at TEXT NOT NULL, app_version TEXT NOT NULL)"));
    if (!isSqlite())
        exec(QStringLiteral("LOCK TABLE schema_version IN EXCLUSIVE MODE"));
    else
        exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
    // Another program may have migrated while we waited for the lock.
    const int locked = scalar(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version")).toInt();
    for (const Migration& m : embeddedMigrations()) {
        if (m.version <= locked)
            continue;
        for (const QString& statement : splitStatements(m_dialect.translate(m.sql)))
            exec(statement);
        exec(QStringLiteral("INSERT INTO schema_version (version, applied_at, app_version) VALUES (:v, :at, :app)"),
             {{QStringLiteral("v"), m.version},
              {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
              {QStringLiteral("app"), QStringLiteral(UNIONDESK_VERSION)}});
    }
    tx.commit();
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
    while (query.next()) {
        const QSqlRecord rec = query.record();
        QVariantMap row;
        for (int i = 0; i < rec.count(); ++i)
            row.insert(rec.fieldName(i), query.value(i));
        result.append(row);
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
            problems << tr("Row %1 of table %2 points to a missing row of %3.")
                            .arg(fk.value(1).toString(), fk.value(0).toString(), fk.value(2).toString());
    } else {
        // PostgreSQL keeps its own pages consistent; check that every table can be read to its end.
        for (const QString& table : tables())
            exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
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

namespace {

// journal_mode as SQLite reports it after trying to set it ("wal", "delete"), or empty on an error.
QByteArray setJournalMode(sqlite3* handle, const char* mode)
{
    const QByteArray sql = QByteArray("PRAGMA journal_mode = ") + mode;
    sqlite3_stmt* stmt = nullptr;
    QByteArray result;
    if (sqlite3_prepare_v2(handle, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        result = QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0))).toLower();
    sqlite3_finalize(stmt);
    return result;
}

} // namespace

BulkWrite::BulkWrite(Database& db) : m_db(db)
{
    auto* handle = static_cast<sqlite3*>(db.sqliteHandle());
    if (!handle || db.transactionDepth() > 0 || !sqlite3_get_autocommit(handle))
        return;
    // Leaving WAL needs every other connection gone; when one is there, the import waits for nobody and keeps WAL.
    sqlite3_busy_timeout(handle, 0);
    m_journalled = setJournalMode(handle, "DELETE") == "delete";
    sqlite3_busy_timeout(handle, BusyTimeoutMs);
}

BulkWrite::~BulkWrite()
{
    if (!m_journalled)
        return;
    // Back to WAL, waiting as long as any statement would for a reader that came meanwhile. Should it still fail,
    // the next opening of the file sets WAL again.
    setJournalMode(static_cast<sqlite3*>(m_db.sqliteHandle()), "WAL");
}

QString Database::engineVersion() const
{
    return scalar(isSqlite() ? QStringLiteral("SELECT sqlite_version()") : QStringLiteral("SHOW server_version"))
        .toString()
        .section(QLatin1Char(' '), 0, 0);
}

Transaction::Transaction(Database& db) : m_db(db)
{
    m_outermost = db.transactionDepth() == 0;
    if (m_outermost) {
        db.exec(db.isSqlite() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
        db.rollbackOnly() = false;
    }
    ++db.transactionDepth();
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    --m_db.transactionDepth();
    if (m_outermost) {
        QSqlQuery query(m_db.connection());
        query.exec(QStringLiteral("ROLLBACK"));
    } else {
        m_db.rollbackOnly() = true;
    }
}

void Transaction::commit()
{
    if (m_done)
        return;
    m_done = true;
    --m_db.transactionDepth();
    if (!m_outermost)
        return;
    if (m_db.rollbackOnly()) {
        QSqlQuery(m_db.connection()).exec(QStringLiteral("ROLLBACK"));
        throw Error(QCoreApplication::translate("ud::core::Transaction",
                                                "A part of this change failed, so none of it was saved."));
    }
    try {
        m_db.exec(QStringLiteral("COMMIT"));
    } catch (...) {
        QSqlQuery(m_db.connection()).exec(QStringLiteral("ROLLBACK"));
        throw;
    }
}

} // namespace ud::core

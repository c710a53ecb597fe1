#pragma once

#include "core/db/DatabaseLocation.h"
#include "core/db/Dialect.h"
#include "core/db/Error.h"
#include "core/db/Transaction.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantMap>

#include <memory>

namespace ud::core {

/// What a look at a SQLite file found, without changing a byte of it.
struct SqliteFileReport {
    bool exists = false;
    bool empty = false;     // missing or zero bytes: a new database can be made there
    bool unionDesk = false; // carries UnionDesk's application id
    int schemaVersion = 0;
    /// A WAL database in a folder this process may not write, with no log beside it: SQLite can read it only when
    /// told that nothing changes it while it is open (SQLite's "immutable"), as nobody can without that folder.
    bool immutable = false;
};

/// How Database::open may treat a SQLite file.
struct OpenOptions {
    /// A missing file becomes a new, empty database; else DatabaseMissing is thrown.
    bool create = true;
    /// Never write, even where that would be allowed.
    bool readOnly = false;
};

/// Raised when a PostgreSQL server wants a password that was not given.
class PasswordRequired : public Error {
public:
    using Error::Error;
};

/// Raised when no SQLite file is at the given path and OpenOptions::create was not given.
class DatabaseMissing : public Error {
public:
    using Error::Error;
};

/// One open UnionDesk database (SQLite file or PostgreSQL database) on its own named connection,
/// migrated to the current schema. Belongs to the thread that opened it.
class Database {
public:
    /// Opens (and on SQLite creates) the database and brings its schema up to date.
    /// Throws Error with a message for the user; a file that is damaged, not UnionDesk's, or
    /// written by a newer UnionDesk is left byte-for-byte unchanged.
    /// A database this process may not write (a write-protected file or folder, or options.readOnly) is opened
    /// read-only: see isReadOnly(). A path that is not an ordinary file is refused before SQLite touches it.
    static std::unique_ptr<Database> open(const DatabaseLocation& location, const OpenOptions& options = {});
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const DatabaseLocation& location() const { return m_location; }
    Engine engine() const { return m_location.engine; }
    bool isSqlite() const { return m_location.isSqlite(); }
    const Dialect& dialect() const { return m_dialect; }
    QSqlDatabase connection() const;
    /// True when nothing can be written: every Transaction is refused with readOnlyReason().
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    /// Why the database is read-only, in the user's words ("the file is write-protected"); empty when it is not.
    QString readOnlyReason() const { return m_readOnlyReason; }
    QString connectionName() const { return m_connectionName; }
    /// The version of SQLite or of the PostgreSQL server ("3.40.1", "15.18").
    QString engineVersion() const;

    /// The name recorded in the change history for every change made through this connection.
    QString userName() const { return m_userName; }
    void setUserName(const QString& name) { m_userName = name; }

    /// The import batch the changes written now belong to, as the change history records it (batch_id, batch_step):
    /// set by ImportBatch and ImportLog while they write; id 0 for none.
    struct BatchTag {
        qint64 id = 0;
        QString step; // do, undo or redo
    };
    const BatchTag& batchTag() const { return m_batchTag; }
    BatchTag& batchTag() { return m_batchTag; }

    int schemaVersion() const;
    static int latestSchemaVersion();
    static constexpr int ApplicationId = 0x55444B31; // "UDK1" in PRAGMA application_id

    /// Prepares, binds (":name" → value) and runs one statement; throws Error on failure.
    QSqlQuery exec(const QString& sql, const QVariantMap& binds = {}) const;
    /// First column of the first row, or a null QVariant when there is no row.
    QVariant scalar(const QString& sql, const QVariantMap& binds = {}) const;
    QStringList tables() const;
    /// Rows of `sql` as maps column → value (for small result sets).
    QList<QVariantMap> rows(const QString& sql, const QVariantMap& binds = {}) const;

    /// Integrity check: "ok" or the problems found (SQLite: PRAGMA integrity_check).
    QStringList integrityProblems() const;
    /// Where the rows and the change history disagree, as far as the history can tell: a row the history says
    /// was stored but which is missing, a row stored after the history began that has no history. A backup read
    /// in pieces while the database changed shows so. Empty when they agree.
    QStringList historyProblems() const;

    /// Looks at a SQLite file read-only; throws Error when it is damaged or not a database.
    static SqliteFileReport inspectSqliteFile(const QString& path);
    /// The raw sqlite3* handle of a SQLite connection (for the backup API), else nullptr.
    void* sqliteHandle() const;

    /// The OS user name, used as the default for userName().
    static QString systemUserName();

    // Used by Transaction.
    int& transactionDepth() { return m_transactionDepth; }
    bool& rollbackOnly() { return m_rollbackOnly; }

private:
    explicit Database(const DatabaseLocation& location);
    void connectSqlite(const OpenOptions& options);
    void connectPostgres();
    void migrate();

    DatabaseLocation m_location;
    Dialect m_dialect;
    QString m_connectionName;
    QString m_userName;
    QString m_readOnlyReason;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
    BatchTag m_batchTag;
};

} // namespace ud::core

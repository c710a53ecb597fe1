#pragma once

#include <QString>

#include <optional>

namespace ud::core {

enum class Engine { SQLite, PostgreSQL };

/// Where a database lives: a SQLite file or a PostgreSQL server, parsed from what `--db` accepts.
struct DatabaseLocation {
    Engine engine = Engine::SQLite;
    QString filePath; // SQLite
    QString host;     // PostgreSQL: host name or Unix socket directory
    int port = 5432;
    QString user;
    QString databaseName;
    QString password; // never shown or stored

    static DatabaseLocation sqlite(const QString& path);
    /// Parses a file path or `postgresql://user@host:port/dbname` (also `postgres://`, and `?host=/socket/dir`).
    static std::optional<DatabaseLocation> parse(const QString& spec, QString* error = nullptr);
    /// The default local database in the user's application-data folder.
    static DatabaseLocation defaultLocation();

    bool isSqlite() const { return engine == Engine::SQLite; }
    /// What the status bar and messages show: the file path, or user@host:port/dbname.
    QString displayName() const;
    /// A form that parse() reads back (without the password).
    QString toSpec() const;
    QString engineName() const;
};

} // namespace ud::core

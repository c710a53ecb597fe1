#include "core/db/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace ud::core {

namespace {

// The context the messages of this file are translated under; written Tr::tr() so that lupdate files them there.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::Database)
};

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

} // namespace

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
        throw Error(Tr::tr("The database %1 already holds tables of another program; it is not a UnionDesk database. "
                           "Nothing was changed.")
                        .arg(m_location.displayName()));
    const int current = hasVersionTable ? schemaVersion() : 0;
    if (current > latestSchemaVersion())
        throw Error(Tr::tr("The database %1 was written by a newer UnionDesk (schema version %2; this version knows up "
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

} // namespace ud::core

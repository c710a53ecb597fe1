#include "core/db/DatabaseLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace ud::core {

DatabaseLocation DatabaseLocation::sqlite(const QString& path)
{
    DatabaseLocation loc;
    loc.engine = Engine::SQLite;
    // A UNC path (\\server\share) is kept as written so that it can be recognised and refused.
    const bool unc = path.startsWith(QLatin1String("\\\\")) || path.startsWith(QLatin1String("//"));
    loc.filePath = unc ? path : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    return loc;
}

std::optional<DatabaseLocation> DatabaseLocation::parse(const QString& spec, QString* error)
{
    const QString s = spec.trimmed();
    if (s.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("ud::core::DatabaseLocation", "No database given.");
        return std::nullopt;
    }
    if (!s.startsWith(QLatin1String("postgresql://")) && !s.startsWith(QLatin1String("postgres://")))
        return sqlite(s);

    const QUrl url(s, QUrl::StrictMode);
    if (!url.isValid()) {
        if (error)
            *error =
                QCoreApplication::translate("ud::core::DatabaseLocation", "The PostgreSQL address is not valid: %1")
                    .arg(url.errorString());
        return std::nullopt;
    }
    DatabaseLocation loc;
    loc.engine = Engine::PostgreSQL;
    loc.host = url.host(QUrl::FullyDecoded);
    loc.port = url.port(5432);
    loc.user = url.userName(QUrl::FullyDecoded);
    loc.password = url.password(QUrl::FullyDecoded);
    loc.databaseName = url.path(QUrl::FullyDecoded).mid(1);
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("host")))
        loc.host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    if (loc.databaseName.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("ud::core::DatabaseLocation",
                                                 "The PostgreSQL address names no database, e.g. "
                                                 "postgresql://clerk@server:5432/uniondesk");
        return std::nullopt;
    }
    return loc;
}

DatabaseLocation DatabaseLocation::defaultLocation()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return sqlite(QDir(dir).filePath(QStringLiteral("uniondesk.sqlite")));
}

QString DatabaseLocation::displayName() const
{
    if (isSqlite())
        return QDir::toNativeSeparators(filePath);
    QString s = user.isEmpty() ? QString() : user + QLatin1Char('@');
    s += host.isEmpty() ? QStringLiteral("localhost") : host;
    s += QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + databaseName;
    return s;
}

QString DatabaseLocation::toSpec() const
{
    if (isSqlite())
        return filePath;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + databaseName);
    if (host.startsWith(QLatin1Char('/'))) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("host"), host);
        url.setQuery(q);
        url.setHost(QStringLiteral("localhost"));
    } else {
        url.setHost(host.isEmpty() ? QStringLiteral("localhost") : host);
    }
    return url.toString();
}

QString DatabaseLocation::engineName() const
{
    return isSqlite() ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
}

} // namespace ud::core

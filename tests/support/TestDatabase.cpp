#include "TestDatabase.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <stdexcept>

namespace ud::test {

namespace {

core::DatabaseLocation adminLocation()
{
    const QString url = qEnvironmentVariable("UD_TEST_PG_URL");
    if (url.isEmpty())
        throw std::runtime_error("UD_TEST_PG_URL is not set: the PostgreSQL tests need the cluster that "
                                 "tests/run-tests.sh starts");
    QString error;
    const auto loc = core::DatabaseLocation::parse(url, &error);
    if (!loc)
        throw std::runtime_error(error.toStdString());
    return *loc;
}

void adminExec(const QString& sql)
{
    const QString name = QStringLiteral("ud-test-admin");
    {
        QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name)
                                                       : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!db.isOpen()) {
            const auto loc = adminLocation();
            db.setHostName(loc.host);
            db.setPort(loc.port);
            db.setUserName(loc.user);
            db.setDatabaseName(loc.databaseName);
            if (!db.open())
                throw std::runtime_error("cannot reach the test PostgreSQL cluster: " +
                                         db.lastError().text().toStdString());
        }
        QSqlQuery q(db);
        if (!q.exec(sql))
            throw std::runtime_error(q.lastError().text().toStdString());
    }
}

} // namespace

core::Engine testEngine()
{
    return qEnvironmentVariable("UD_TEST_ENGINE") == QLatin1String("postgres") ? core::Engine::PostgreSQL
                                                                               : core::Engine::SQLite;
}

TestDatabase::TestDatabase()
{
    if (testEngine() == core::Engine::SQLite) {
        // An empty file, as a clerk's new database starts: the command line opens only files that exist
        // (without --create), and UnionDesk makes a database in an empty file.
        m_location = core::DatabaseLocation::sqlite(m_dir.filePath(QStringLiteral("test.sqlite")));
        QFile(m_location.filePath).open(QIODevice::WriteOnly);
        return;
    }
    static QAtomicInt counter;
    m_pgName =
        QStringLiteral("ud_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
    adminExec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(m_pgName));
    m_location = adminLocation();
    m_location.databaseName = m_pgName;
}

TestDatabase::~TestDatabase()
{
    if (!m_pgName.isEmpty()) {
        try {
            adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName));
        } catch (...) {
        }
    }
}

} // namespace ud::test

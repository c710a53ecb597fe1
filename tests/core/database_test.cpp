#include "support/TestDatabase.h"
#include "support/catch.h"

#include "core/db/NetworkShare.h"
#include "core/db/RecordStore.h"
#include "core/units/SubUnitRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace ud::core;
using ud::test::TestDatabase;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString openError(const DatabaseLocation& loc)
{
    try {
        Database::open(loc);
    } catch (const Error& e) {
        return e.message();
    }
    return {};
}

// A database of several pages, so that it can be cut in the middle.
void fillManyPages(const QString& path)
{
    auto db = Database::open(DatabaseLocation::sqlite(path));
    SubUnitRepository repo(*db);
    for (int i = 0; i < 300; ++i) {
        SubUnit u;
        u.code = QStringLiteral("U%1").arg(i);
        u.name = QStringLiteral("一个相当长的单位名称，用来占满好几页数据库页面 %1").arg(i);
        repo.add(u);
    }
}

} // namespace

TEST_CASE("A new database is migrated from empty to the current schema", "[db]")
{
    TestDatabase t;
    auto db = t.open();
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
    CHECK(Database::latestSchemaVersion() >= 2);
    const QStringList tables = db->tables();
    CHECK(tables.contains(QStringLiteral("schema_version")));
    CHECK(tables.contains(QStringLiteral("change_log")));
    CHECK(tables.contains(QStringLiteral("units")));
    CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM schema_version")).toInt() == Database::latestSchemaVersion());
    CHECK(db->integrityProblems().isEmpty());
    if (db->isSqlite()) {
        CHECK(db->scalar(QStringLiteral("PRAGMA application_id")).toInt() == Database::ApplicationId);
        CHECK(db->scalar(QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
        CHECK(db->scalar(QStringLiteral("PRAGMA journal_mode")).toString() == QLatin1String("wal"));
        CHECK(db->scalar(QStringLiteral("PRAGMA synchronous")).toInt() == 1); // NORMAL
        CHECK(db->scalar(QStringLiteral("PRAGMA page_size")).toInt() == 16384);
    }
}

TEST_CASE("Reopening a database keeps its data and does not migrate again", "[db]")
{
    TestDatabase t;
    qint64 id = 0;
    {
        auto db = t.open();
        SubUnit u;
        u.code = QStringLiteral("101");
        u.name = QStringLiteral("经济学院分工会");
        id = SubUnitRepository(*db).add(u);
    }
    auto db = t.open();
    const auto unit = SubUnitRepository(*db).byId(id);
    REQUIRE(unit.has_value());
    CHECK(unit->name == QStringLiteral("经济学院分工会"));
    CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM schema_version")).toInt() == Database::latestSchemaVersion());
}

TEST_CASE("A database written by a newer UnionDesk is refused and left unchanged", "[db]")
{
    TestDatabase t;
    {
        auto db = t.open();
        db->exec(
            QStringLiteral("INSERT INTO schema_version (version, applied_at, app_version) VALUES (:v, 'x', '9.9')"),
            {{QStringLiteral("v"), Database::latestSchemaVersion() + 1}});
    }
    QByteArray before;
    if (t.location().isSqlite())
        before = fileHash(t.location().filePath);
    const QString error = openError(t.location());
    CHECK(error.contains(QStringLiteral("newer UnionDesk")));
    if (t.location().isSqlite())
        CHECK(fileHash(t.location().filePath) == before);
}

TEST_CASE("A database of another program is refused and left unchanged", "[db]")
{
    TestDatabase t;
    if (t.location().isSqlite()) {
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(t.location().filePath);
            REQUIRE(other.open());
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"));
            QSqlQuery(other).exec(QStringLiteral("INSERT INTO invoices (total) VALUES (9.5)"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = fileHash(t.location().filePath);
        CHECK(openError(t.location()).contains(QStringLiteral("another program")));
        CHECK(fileHash(t.location().filePath) == before);
        CHECK_FALSE(QFile::exists(t.location().filePath + QStringLiteral("-wal")));
    } else {
        {
            auto db = t.open();
            db->exec(QStringLiteral("DROP TABLE schema_version"));
        }
        CHECK(openError(t.location()).contains(QStringLiteral("another program")));
    }
}

TEST_CASE("A damaged SQLite file is reported and left byte-for-byte unchanged", "[db][sqlite-only]")
{
    TestDatabase t;
    const QString path = t.tempPath(QStringLiteral("damaged.sqlite"));

    SECTION("random bytes")
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        QByteArray junk(64 * 1024, '\0');
        QRandomGenerator gen(42);
        for (char& c : junk)
            c = char(gen.bounded(256));
        f.write(junk);
        f.close();
        const QByteArray before = fileHash(path);
        CHECK(openError(DatabaseLocation::sqlite(path)).contains(QStringLiteral("not a SQLite database")));
        CHECK(fileHash(path) == before);
    }
    SECTION("truncated")
    {
        fillManyPages(path);
        QFile f(path);
        REQUIRE(f.size() > 16384);
        REQUIRE(f.resize(f.size() / 2 + 100)); // cut mid-page
        const QByteArray before = fileHash(path);
        CHECK(openError(DatabaseLocation::sqlite(path)).contains(QStringLiteral("damaged")));
        CHECK(fileHash(path) == before);
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    }
    SECTION("pages overwritten after UnionDesk closed the file cleanly, size unchanged")
    {
        fillManyPages(path); // opened and closed by UnionDesk: the file's look is remembered
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        REQUIRE(f.seek((size / 4096 / 2) * 4096));
        QByteArray junk(3 * 4096, '\0');
        QRandomGenerator gen(7);
        for (char& c : junk)
            c = char(gen.bounded(256));
        f.write(junk);
        f.close();
        REQUIRE(QFileInfo(path).size() == size);
        const QByteArray before = fileHash(path);
        CHECK(openError(DatabaseLocation::sqlite(path)).contains(QStringLiteral("damaged")));
        CHECK(fileHash(path) == before);
    }
    SECTION("truncated at a page boundary")
    {
        fillManyPages(path);
        QFile f(path);
        REQUIRE(f.resize((f.size() / 4096 / 2) * 4096));
        const QByteArray before = fileHash(path);
        CHECK(openError(DatabaseLocation::sqlite(path)).contains(QStringLiteral("damaged")));
        CHECK(fileHash(path) == before);
    }
}

TEST_CASE("Database addresses are parsed from --db", "[db]")
{
    QString error;
    auto pg = DatabaseLocation::parse(QStringLiteral("postgresql://clerk@db.example:5433/union"), &error);
    REQUIRE(pg.has_value());
    CHECK(pg->engine == Engine::PostgreSQL);
    CHECK(pg->user == QStringLiteral("clerk"));
    CHECK(pg->host == QStringLiteral("db.example"));
    CHECK(pg->port == 5433);
    CHECK(pg->databaseName == QStringLiteral("union"));
    CHECK(pg->displayName() == QStringLiteral("clerk@db.example:5433/union"));

    auto sock = DatabaseLocation::parse(QStringLiteral("postgresql://postgres@localhost:5432/x?host=/tmp/s"), &error);
    REQUIRE(sock.has_value());
    CHECK(sock->host == QStringLiteral("/tmp/s"));
    auto again = DatabaseLocation::parse(sock->toSpec(), &error);
    REQUIRE(again.has_value());
    CHECK(again->host == QStringLiteral("/tmp/s"));
    CHECK(again->databaseName == QStringLiteral("x"));

    CHECK_FALSE(DatabaseLocation::parse(QStringLiteral("postgresql://clerk@server"), &error).has_value());
    CHECK(error.contains(QStringLiteral("names no database")));

    auto file = DatabaseLocation::parse(QStringLiteral("some/relative.sqlite"), &error);
    REQUIRE(file.has_value());
    CHECK(file->isSqlite());
    CHECK(QFileInfo(file->filePath).isAbsolute());
}

TEST_CASE("Database files on network shares are recognised", "[db]")
{
    CHECK(NetworkShare::isUncPath(QStringLiteral("\\\\server\\share\\union.sqlite")));
    CHECK(NetworkShare::isUncPath(QStringLiteral("//server/share/union.sqlite")));
    CHECK_FALSE(NetworkShare::isUncPath(QStringLiteral("/home/clerk/union.sqlite")));
    for (const char* fs : {"nfs", "nfs4", "cifs", "smb3", "smbfs"})
        CHECK(NetworkShare::isNetworkFileSystemType(fs));
    for (const char* fs : {"ext4", "xfs", "btrfs", "ntfs", "tmpfs", "overlay"})
        CHECK_FALSE(NetworkShare::isNetworkFileSystemType(fs));
    CHECK(openError(DatabaseLocation::sqlite(QStringLiteral("//fileserver/union/uniondesk.sqlite")))
              .contains(QStringLiteral("network share")));
    TestDatabase t;
    CHECK_FALSE(NetworkShare::isOnNetworkShare(t.tempPath(QStringLiteral("local.sqlite"))));
}

TEST_CASE("A failed transaction leaves no trace, a nested one joins the outer", "[db]")
{
    TestDatabase t;
    auto db = t.open();
    SubUnitRepository repo(*db);
    const auto count = [&] { return db->scalar(QStringLiteral("SELECT count(*) FROM units")).toInt(); };
    const auto logCount = [&] { return db->scalar(QStringLiteral("SELECT count(*) FROM change_log")).toInt(); };
    {
        Transaction tx(*db);
        SubUnit u;
        u.code = QStringLiteral("A");
        u.name = QStringLiteral("甲");
        repo.add(u);
        // no commit
    }
    CHECK(count() == 0);
    CHECK(logCount() == 0);
    {
        Transaction outer(*db);
        SubUnit u;
        u.code = QStringLiteral("A");
        u.name = QStringLiteral("甲");
        repo.add(u);
        u.code = QStringLiteral("B");
        u.name = QStringLiteral("乙");
        repo.add(u);
        outer.commit();
    }
    CHECK(count() == 2);
    CHECK(logCount() == 2);
}

TEST_CASE("The files remembered as closed cleanly are the most recent hundred", "[db][sqlite-only]")
{
    // The list is rewritten at every close: it must not grow with every file ever opened.
    TestDatabase t;
    const auto key = [](const QString& path) {
        return QString::fromLatin1(
            QCryptographicHash::hash(QFileInfo(path).canonicalFilePath().toUtf8(), QCryptographicHash::Sha1).toHex());
    };
    QString last;
    for (int i = 0; i < 105; ++i) {
        last = t.tempPath(QStringLiteral("closed-%1.sqlite").arg(i));
        Database::open(DatabaseLocation::sqlite(last)).reset();
    }
    QSettings remembered(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("UnionDesk"),
                         QStringLiteral("closed-files"));
    remembered.beginGroup(QStringLiteral("closed"));
    CHECK(remembered.childKeys().size() == 100);
    CHECK(remembered.contains(key(last)));
    CHECK_FALSE(remembered.contains(key(t.tempPath(QStringLiteral("closed-0.sqlite")))));
    // What is kept: the file's look, then when it was closed.
    const QStringList parts = remembered.value(key(last)).toString().split(QLatin1Char(' '));
    REQUIRE(parts.size() == 2);
    CHECK(parts.at(1).toLongLong() > 0);
}

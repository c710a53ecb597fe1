#include "support/Builders.h"
#include "support/OtherUser.h"
#include "support/TestDatabase.h"
#include "support/catch.h"

#include "core/db/Backup.h"
#include "core/db/DatabaseFiles.h"
#include "core/io/SafeOutput.h"
#include "core/units/SubUnitRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace ud::core;
using ud::test::AsOtherUser;
using ud::test::TestDatabase;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString openError(const DatabaseLocation& location, const OpenOptions& options = {})
{
    try {
        Database::open(location, options);
    } catch (const Error& e) {
        return e.message();
    }
    return {};
}

// A SQLite file written by "another program" through Qt's own driver; `sql` runs first.
void writeForeign(const QString& path, const QStringList& sql)
{
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        other.setDatabaseName(path);
        REQUIRE(other.open());
        for (const QString& s : sql)
            REQUIRE(QSqlQuery(other).exec(s));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}

// A UnionDesk database with one sub-union in `path`, closed (its log written into the file and removed).
void makeDatabase(const QString& path)
{
    auto db = Database::open(DatabaseLocation::sqlite(path));
    ud::test::addUnit(*db, QStringLiteral("101"), QStringLiteral("经济学院分工会"));
}

// The message of the refusal of a new sub-union, empty when it was stored.
QString addError(Database& db)
{
    try {
        ud::test::addUnit(db, QStringLiteral("102"), QStringLiteral("法学院分工会"));
    } catch (const Error& e) {
        return e.message();
    }
    return {};
}

qint64 unitCount(Database& db)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM units")).toLongLong();
}

} // namespace

TEST_CASE("A database in a write-protected folder opens read-only, not as damaged", "[dbfiles][sqlite-only]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("readonly"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("uniondesk.sqlite"));
    makeDatabase(path);
    REQUIRE_FALSE(QFile::exists(path + QStringLiteral("-wal"))); // a WAL database, closed cleanly
    const QByteArray before = fileHash(path);
    ud::test::setMode(dir.path(), 0755);
    ud::test::setMode(folder, 0555);
    ud::test::setMode(path, 0666); // the file itself may be written: only the folder may not
    {
        AsOtherUser other;
        REQUIRE(other.bound());
        // SQLite cannot create the -shm it wants for reading a WAL database here.
        std::unique_ptr<Database> db;
        REQUIRE_NOTHROW(db = Database::open(DatabaseLocation::sqlite(path)));
        CHECK(db->isReadOnly());
        CHECK(db->readOnlyReason().contains(QStringLiteral("folder")));
        CHECK(unitCount(*db) == 1);
        CHECK(addError(*db).contains(QStringLiteral("read-only")));
        db.reset();
    }
    ud::test::setMode(folder, 0755);
    CHECK(fileHash(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-shm")));
}

TEST_CASE("A write-protected database file opens read-only", "[dbfiles][sqlite-only]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("uniondesk.sqlite"));
    makeDatabase(path);
    const QByteArray before = fileHash(path);
    ud::test::setMode(dir.path(), 0777); // the folder may be written: SQLite makes its -shm there
    ud::test::setMode(path, 0444);
    {
        AsOtherUser other;
        REQUIRE(other.bound());
        auto db = Database::open(DatabaseLocation::sqlite(path));
        CHECK(db->isReadOnly());
        CHECK(db->readOnlyReason().contains(QStringLiteral("file is write-protected")));
        CHECK(unitCount(*db) == 1);
        CHECK(addError(*db).contains(QStringLiteral("read-only")));
    }
    CHECK(fileHash(path) == before);
}

TEST_CASE("A database opened read-only on request refuses every change through the same path", "[dbfiles][sqlite-only]")
{
    // SQLite's own read-only open flag, as the write-protected cases use it, without changing permissions.
    TestDatabase t;
    makeDatabase(t.location().filePath);
    const QByteArray before = fileHash(t.location().filePath);
    OpenOptions readOnly;
    readOnly.readOnly = true;
    auto db = Database::open(t.location(), readOnly);
    CHECK(db->isReadOnly());
    CHECK(unitCount(*db) == 1);
    CHECK(addError(*db).contains(QStringLiteral("read-only")));
    // Even a statement that bypasses the transaction is refused by SQLite itself.
    CHECK_THROWS_AS(db->exec(QStringLiteral("DELETE FROM units")), Error);
    db.reset();
    CHECK(fileHash(t.location().filePath) == before);
}

TEST_CASE("A WAL database whose log cannot be read here is refused with the reason, not called damaged",
          "[dbfiles][sqlite-only]")
{
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.sqlite"));
    const QString folder = dir.filePath(QStringLiteral("copy"));
    REQUIRE(QDir().mkpath(folder));
    const QString copy = QDir(folder).filePath(QStringLiteral("uniondesk.sqlite"));
    {
        auto db = Database::open(DatabaseLocation::sqlite(live));
        ud::test::addUnit(*db, QStringLiteral("101"), QStringLiteral("经济学院分工会"));
        // The change is still in the log: copy the file and its log, but not the -shm.
        REQUIRE(QFileInfo(live + QStringLiteral("-wal")).size() > 0);
        REQUIRE(QFile::copy(live, copy));
        REQUIRE(QFile::copy(live + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
    }
    ud::test::setMode(dir.path(), 0755);
    ud::test::setMode(copy, 0644);
    ud::test::setMode(copy + QStringLiteral("-wal"), 0644);
    ud::test::setMode(folder, 0555);
    QString error;
    {
        AsOtherUser other;
        REQUIRE(other.bound());
        error = openError(DatabaseLocation::sqlite(copy));
    }
    ud::test::setMode(folder, 0755);
    INFO(error.toStdString());
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(error.contains(QStringLiteral("damaged")));
    CHECK_FALSE(error.contains(QStringLiteral("restore it from a backup")));
    CHECK(error.contains(QStringLiteral("cannot be read here")));
}

TEST_CASE("A missing database file is not created unless asked for", "[dbfiles][sqlite-only]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("typo/uniondesk.sqlite"));
    OpenOptions noCreate;
    noCreate.create = false;
    CHECK_THROWS_AS(Database::open(DatabaseLocation::sqlite(path), noCreate), DatabaseMissing);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("typo"))));
    CHECK_NOTHROW(Database::open(DatabaseLocation::sqlite(path)));
    CHECK(QFileInfo::exists(path));
    // Once there, it opens without being created again.
    CHECK_NOTHROW(Database::open(DatabaseLocation::sqlite(path), noCreate));
}

TEST_CASE("A foreign SQLite file without tables is refused and keeps its application id", "[dbfiles][sqlite-only]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    writeForeign(path, {QStringLiteral("PRAGMA user_version = 7")});
    REQUIRE(QFileInfo(path).size() > 0);
    const QByteArray before = fileHash(path);
    const QString error = openError(DatabaseLocation::sqlite(path));
    CHECK(error.contains(QStringLiteral("did not make")));
    CHECK(fileHash(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
    CHECK_THROWS_AS(Backup::validateBackup(path), Error);

    // An empty (0-byte) file is a new database.
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    QFile(empty).open(QIODevice::WriteOnly);
    auto db = Database::open(DatabaseLocation::sqlite(empty));
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("A UnionDesk file whose creation was cut short is completed", "[dbfiles][sqlite-only]")
{
    // What a kill between the first write of a new file and its schema leaves: UnionDesk's id, no tables.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    writeForeign(path, {QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId)});
    auto db = Database::open(DatabaseLocation::sqlite(path));
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("Paths that are not ordinary files are refused before SQLite touches them", "[dbfiles][sqlite-only]")
{
    REQUIRE_FALSE(QFile::exists(QStringLiteral("/dev/null-journal")));
    CHECK(openError(DatabaseLocation::sqlite(QStringLiteral("/dev/null"))).contains(QStringLiteral("not an ordinary")));
    CHECK_FALSE(QFile::exists(QStringLiteral("/dev/null-journal")));
    CHECK_FALSE(QFile::exists(QStringLiteral("/dev/null-wal")));

    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe.sqlite"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    CHECK(openError(DatabaseLocation::sqlite(fifo)).contains(QStringLiteral("not an ordinary")));
    CHECK_FALSE(QFile::exists(fifo + QStringLiteral("-journal")));
    CHECK_THROWS_AS(Backup::validateBackup(fifo), Error);

    const QString folder = dir.filePath(QStringLiteral("folder.sqlite"));
    REQUIRE(QDir().mkpath(folder));
    CHECK(openError(DatabaseLocation::sqlite(folder)).contains(QStringLiteral("is a folder")));
    CHECK_FALSE(QFile::exists(folder + QStringLiteral("-journal")));
}

TEST_CASE("Refused WAL databases get no empty log files left beside them", "[dbfiles][sqlite-only]")
{
    QTemporaryDir dir;
    SECTION("another program's")
    {
        const QString path = dir.filePath(QStringLiteral("other.db"));
        writeForeign(path, {QStringLiteral("PRAGMA journal_mode = WAL"),
                            QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")});
        REQUIRE_FALSE(QFile::exists(path + QStringLiteral("-wal")));
        CHECK(openError(DatabaseLocation::sqlite(path)).contains(QStringLiteral("another program")));
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-shm")));
    }
    SECTION("a newer UnionDesk's")
    {
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            auto db = Database::open(DatabaseLocation::sqlite(path));
            db->exec(QStringLiteral("INSERT INTO schema_version (version, applied_at, app_version) "
                                    "VALUES (999, '2030-01-01', '9.0')"));
        }
        REQUIRE_FALSE(QFile::exists(path + QStringLiteral("-wal")));
        CHECK(openError(DatabaseLocation::sqlite(path)).contains(QStringLiteral("newer UnionDesk")));
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-shm")));
    }
}

TEST_CASE("Leftovers of interrupted backups are removed at the next backup and opening", "[dbfiles][sqlite-only]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("uniondesk.sqlite"));
    makeDatabase(path);
    const QDir copies(dir.filePath(QStringLiteral("copies")));
    REQUIRE(copies.mkpath(QStringLiteral(".")));
    auto write = [](const QString& file, const QByteArray& data) {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(data);
    };
    const QByteArray sqliteHead("SQLite format 3\0 and the rest of a page", 40);
    // What a kill during a backup leaves: the part (a SQLite file) and its journal, or only the journal.
    write(copies.filePath(QStringLiteral("b.sqlite.Ab12Cd.part")), sqliteHead);
    write(copies.filePath(QStringLiteral("b.sqlite.Ab12Cd.part-journal")), QByteArray(512, '\x01'));
    write(copies.filePath(QStringLiteral("c.sqlite.Zz99yY.part-journal")), QByteArray(512, '\x01'));
    write(copies.filePath(QStringLiteral("d.sqlite.Qq11Ww.part")), QByteArray());
    // Not the program's: another program's download, a hidden export part, a file of the user's.
    write(copies.filePath(QStringLiteral("film.Ab12Cd.part")), QByteArray("not a database"));
    write(copies.filePath(QStringLiteral(".list.csv.Ab12Cd.part")), QByteArray());
    write(copies.filePath(QStringLiteral("notes.part")), QByteArray());
    // A backup still being written by another UnionDesk, beside the database.
    const QString running = dir.filePath(QStringLiteral("e.sqlite.Ee55Ff.part"));
    write(running, sqliteHead);
    auto busy = std::make_unique<DatabaseFiles::PartLock>(running);

    {
        auto db = Database::open(DatabaseLocation::sqlite(path));
        CHECK(QFile::exists(running));
        Backup::backupTo(*db, copies.filePath(QStringLiteral("new.sqlite")));
    }
    const QStringList left = copies.entryList(QDir::Files | QDir::Hidden, QDir::Name);
    INFO(left.join(QLatin1Char(' ')).toStdString());
    CHECK(left == QStringList({QStringLiteral(".list.csv.Ab12Cd.part"), QStringLiteral("film.Ab12Cd.part"),
                               QStringLiteral("new.sqlite"), QStringLiteral("notes.part")}));

    // Once that backup is gone, the next opening of the database beside it cleans up what it left.
    busy.reset();
    Database::open(DatabaseLocation::sqlite(path));
    CHECK_FALSE(QFile::exists(running));
}

TEST_CASE("Databases, their logs, backups and exports are private to their owner", "[dbfiles][sqlite-only]")
{
    const mode_t oldMask = ::umask(022);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office/2024/uniondesk.sqlite"));
    {
        auto db = Database::open(DatabaseLocation::sqlite(path));
        ud::test::addUnit(*db, QStringLiteral("101"), QStringLiteral("经济学院分工会"));
        CHECK(ud::test::modeOf(dir.filePath(QStringLiteral("office"))) == 0700);
        CHECK(ud::test::modeOf(dir.filePath(QStringLiteral("office/2024"))) == 0700);
        CHECK(ud::test::modeOf(path) == 0600);
        REQUIRE(QFile::exists(path + QStringLiteral("-wal")));
        CHECK(ud::test::modeOf(path + QStringLiteral("-wal")) == 0600);
        CHECK(ud::test::modeOf(path + QStringLiteral("-shm")) == 0600);

        const QString backup = dir.filePath(QStringLiteral("copies/backup.sqlite"));
        Backup::backupTo(*db, backup);
        CHECK(ud::test::modeOf(backup) == 0600);
        CHECK(ud::test::modeOf(dir.filePath(QStringLiteral("copies"))) == 0700);
        const QString automatic = Backup::automaticBackup(*db, Backup::backupFolder(*db));
        CHECK(ud::test::modeOf(automatic) == 0600);
        CHECK(ud::test::modeOf(Backup::backupFolder(*db)) == 0700);
    }
    const QString exported = dir.filePath(QStringLiteral("roster.csv"));
    {
        SafeOutput out(exported);
        QFile f(out.tempPath());
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("staff_no,name,id_number\n");
        f.close();
        out.commit();
    }
    CHECK(ud::test::modeOf(exported) == 0600);
    ::umask(oldMask);
}

#include "support/Builders.h"
#include "support/TestDatabase.h"
#include "support/catch.h"

#include "core/db/Backup.h"
#include "core/units/SubUnitRepository.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace ud::core;
using ud::test::TestDatabase;

namespace {

// Rows as text, so that SQLite's and PostgreSQL's integer types compare equal.
QList<QStringList> snapshot(Database& db, const QString& table)
{
    QList<QStringList> result;
    for (const QVariantMap& row : db.rows(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table))) {
        QStringList cells;
        for (auto it = row.cbegin(); it != row.cend(); ++it)
            cells << it.key() + QLatin1Char('=') +
                         (it.value().isNull() ? QStringLiteral("<null>") : it.value().toString());
        result << cells;
    }
    return result;
}

void fill(Database& db, int n)
{
    SubUnitRepository repo(db);
    qint64 parent = 0;
    for (int i = 0; i < n; ++i) {
        SubUnit u;
        u.code = QStringLiteral("%1").arg(100 + i);
        u.name = QStringLiteral("第%1分工会").arg(i);
        u.shortName = i % 2 ? QStringLiteral("简%1").arg(i) : QString();
        u.sortOrder = n - i;
        u.active = i % 5 != 0;
        if (parent)
            u.parentId = parent;
        const qint64 id = repo.add(u);
        if (i == 0)
            parent = id;
    }
}

} // namespace

TEST_CASE("Backup then restore gives back identical data", "[backup]")
{
    TestDatabase t;
    auto db = t.open();
    fill(*db, 40);
    const auto unitsBefore = snapshot(*db, QStringLiteral("units"));
    const auto logBefore = snapshot(*db, QStringLiteral("change_log"));
    const QString backupFile = t.tempPath(QStringLiteral("out/backup.sqlite"));
    Backup::backupTo(*db, backupFile);
    REQUIRE(QFile::exists(backupFile));
    CHECK(Backup::validateBackup(backupFile).schemaVersion == Database::latestSchemaVersion());
    CHECK_FALSE(QDir(t.tempPath(QStringLiteral("out"))).entryList({QStringLiteral("*.part")}).size() > 0);

    // The backup opens on its own with the same rows.
    {
        auto copy = Database::open(DatabaseLocation::sqlite(backupFile));
        CHECK(snapshot(*copy, QStringLiteral("units")) == unitsBefore);
        CHECK(snapshot(*copy, QStringLiteral("change_log")) == logBefore);
    }
    Backup::validateBackup(backupFile);

    if (db->isSqlite()) {
        // Change the database, then restore: the changes are gone.
        SubUnitRepository repo(*db);
        repo.remove(repo.byCode(QStringLiteral("139"))->id);
        SubUnit extra;
        extra.code = QStringLiteral("999");
        extra.name = QStringLiteral("新增单位");
        repo.add(extra);
        REQUIRE(snapshot(*db, QStringLiteral("units")) != unitsBefore);
        Backup::restoreFrom(*db, backupFile);
        CHECK(snapshot(*db, QStringLiteral("units")) == unitsBefore);
        CHECK(snapshot(*db, QStringLiteral("change_log")) == logBefore);
        CHECK(db->integrityProblems().isEmpty());
        auto reopened = t.open();
        CHECK(snapshot(*reopened, QStringLiteral("units")) == unitsBefore);
    } else {
        CHECK_THROWS_AS(Backup::restoreFrom(*db, backupFile), Error);
    }
}

TEST_CASE("Restore refuses files that are not UnionDesk backups and changes nothing", "[backup][sqlite-only]")
{
    TestDatabase t;
    auto db = t.open();
    fill(*db, 3);
    const auto before = snapshot(*db, QStringLiteral("units"));
    const QString junk = t.tempPath(QStringLiteral("junk.sqlite"));
    QFile f(junk);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    CHECK_THROWS_AS(Backup::restoreFrom(*db, junk), Error);
    CHECK_THROWS_AS(Backup::restoreFrom(*db, t.tempPath(QStringLiteral("missing.sqlite"))), Error);
    CHECK(snapshot(*db, QStringLiteral("units")) == before);
}

TEST_CASE("Automatic backups keep the newest ten", "[backup]")
{
    TestDatabase t;
    auto db = t.open();
    fill(*db, 2);
    const QString folder = t.tempPath(QStringLiteral("backups"));
    QDir dir(folder);
    REQUIRE(dir.mkpath(QStringLiteral(".")));
    // Older backups of this database already there.
    const QString key = Backup::databaseKey(db->location());
    for (int i = 0; i < 12; ++i) {
        QFile old(dir.filePath(QStringLiteral("%1-20200101-0000%2.sqlite").arg(key).arg(i, 2, 10, QLatin1Char('0'))));
        REQUIRE(old.open(QIODevice::WriteOnly));
    }
    QFile unrelated(dir.filePath(QStringLiteral("notes.txt")));
    REQUIRE(unrelated.open(QIODevice::WriteOnly));
    unrelated.close();
    const QString written = Backup::automaticBackup(*db, folder, 10);
    const QStringList left = dir.entryList({key + QStringLiteral("-*.sqlite")}, QDir::Files, QDir::Name);
    CHECK(left.size() == 10);
    CHECK(left.contains(QFileInfo(written).fileName()));
    CHECK_FALSE(left.contains(key + QStringLiteral("-20200101-000000.sqlite")));
    CHECK(dir.exists(QStringLiteral("notes.txt")));
    CHECK(Backup::validateBackup(written).unionDesk);
    if (db->isSqlite())
        CHECK(Backup::backupFolder(*db) ==
              QFileInfo(t.location().filePath).absoluteDir().filePath(QStringLiteral("backups")));
}

TEST_CASE("An automatic backup is skipped when nothing changed since the last one", "[backup]")
{
    TestDatabase t;
    auto db = t.open();
    fill(*db, 2);
    const QString folder = t.tempPath(QStringLiteral("auto"));
    const QString written = Backup::automaticBackup(*db, folder, 10, true);
    // Make it a backup of a minute ago, by its name (backup names carry the second) and by its time, so that the
    // skip below must come from the backup holding the latest change, not from a file of this second being there.
    const QDateTime earlier = QDateTime::currentDateTime().addSecs(-60);
    const QString key = Backup::databaseKey(db->location());
    const QString first = QDir(folder).filePath(
        QStringLiteral("%1-%2.sqlite").arg(key, earlier.toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    REQUIRE(QFile::rename(written, first));
    {
        QFile file(first);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.setFileTime(earlier, QFileDevice::FileModificationTime));
    }
    CHECK(Backup::automaticBackup(*db, folder, 10, true) == first);
    CHECK(QDir(folder).entryList({key + QStringLiteral("-*.sqlite")}).size() == 1);
    SubUnit extra;
    extra.code = QStringLiteral("X1");
    extra.name = QStringLiteral("新增单位");
    SubUnitRepository(*db).add(extra);
    const QString second = Backup::automaticBackup(*db, folder, 10, true);
    CHECK(second != first);
    CHECK(QDir(folder).entryList({key + QStringLiteral("-*.sqlite")}).size() == 2);
}

TEST_CASE("A backup is named after its database", "[backup]")
{
    TestDatabase t;
    auto db = t.open();
    fill(*db, 1);
    const QString key = Backup::databaseKey(db->location());
    if (db->isSqlite())
        CHECK(key == QStringLiteral("test"));
    else
        CHECK(key == db->location().databaseName + QStringLiteral("@localhost")); // the test server's Unix socket

    const QString written = Backup::automaticBackup(*db, t.tempPath(QStringLiteral("auto")), 10);
    const QString fileName = QFileInfo(written).fileName();
    CHECK(fileName.startsWith(key + QLatin1Char('-')));
    const auto name = Backup::parseBackupName(fileName);
    REQUIRE(name);
    CHECK(name->database == key);
    CHECK(name->automatic);
    CHECK(qAbs(name->written.secsTo(QDateTime::currentDateTime())) < 120);

    const auto manual = Backup::parseBackupName(Backup::manualBackupName(db->location()));
    REQUIRE(manual);
    CHECK(manual->database == key);
    CHECK_FALSE(manual->automatic);
}

TEST_CASE("Backup names: the database's name made safe, and what a name says", "[backup]")
{
    CHECK(Backup::databaseKey(DatabaseLocation::sqlite(QStringLiteral("/data/工会 2024.sqlite"))) ==
          QStringLiteral("工会 2024"));
    CHECK(Backup::databaseKey(DatabaseLocation::sqlite(QStringLiteral("/data/.hidden.db"))) ==
          QStringLiteral("hidden"));
    DatabaseLocation server;
    server.engine = Engine::PostgreSQL;
    server.databaseName = QStringLiteral("union:2024");
    server.host = QStringLiteral("db.example.edu");
    CHECK(Backup::databaseKey(server) == QStringLiteral("union_2024@db.example.edu"));
    server.host = QStringLiteral("/run/postgresql");
    CHECK(Backup::databaseKey(server) == QStringLiteral("union_2024@localhost"));

    // The names written before backups carried their database's: those of the default uniondesk.sqlite.
    const auto old = Backup::parseBackupName(QStringLiteral("uniondesk-20240301-101502.sqlite"));
    REQUIRE(old);
    CHECK(old->database == QStringLiteral("uniondesk"));
    CHECK(old->automatic);
    CHECK(old->written == QDateTime(QDate(2024, 3, 1), QTime(10, 15, 2)));
    const auto second = Backup::parseBackupName(QStringLiteral("union-2024@host-20240301-101502-2.sqlite"));
    REQUIRE(second);
    CHECK(second->database == QStringLiteral("union-2024@host"));
    CHECK(second->sequence == 2);
    const auto manual = Backup::parseBackupName(QStringLiteral("uniondesk-backup-20240301-1015.sqlite"));
    REQUIRE(manual);
    CHECK(manual->database == QStringLiteral("uniondesk"));
    CHECK_FALSE(manual->automatic);
    CHECK_FALSE(Backup::parseBackupName(QStringLiteral("uniondesk.sqlite")));
    CHECK_FALSE(Backup::parseBackupName(QStringLiteral("notes-20240301-101502.txt")));
    CHECK_FALSE(Backup::parseBackupName(QStringLiteral("x-20241399-101502.sqlite"))); // no such day
}

TEST_CASE("Automatic backups keep the newest of each database and leave the others' alone", "[backup]")
{
    TestDatabase t;
    auto db = t.open();
    fill(*db, 2);
    const QString folder = t.tempPath(QStringLiteral("shared"));
    QDir dir(folder);
    REQUIRE(dir.mkpath(QStringLiteral(".")));
    const QString key = Backup::databaseKey(db->location());
    const auto touch = [&dir](const QString& name) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
    };
    for (int day = 1; day <= 5; ++day) {
        touch(QStringLiteral("%1-2020010%2-120000.sqlite").arg(key).arg(day));
        touch(QStringLiteral("other-2020010%1-120000.sqlite").arg(day));
        touch(QStringLiteral("uniondesk-2020010%1-120000.sqlite").arg(day));
    }
    touch(key + QStringLiteral("-backup-20200101-1200.sqlite")); // made by hand: never deleted

    const QString written = Backup::automaticBackup(*db, folder, 3);
    CHECK(dir.entryList({key + QStringLiteral("-2*.sqlite")}, QDir::Files, QDir::Name) ==
          QStringList{key + QStringLiteral("-20200104-120000.sqlite"), key + QStringLiteral("-20200105-120000.sqlite"),
                      QFileInfo(written).fileName()});
    CHECK(dir.entryList({QStringLiteral("other-*.sqlite")}).size() == 5);
    CHECK(dir.entryList({QStringLiteral("uniondesk-*.sqlite")}).size() == 5);
    CHECK(dir.exists(key + QStringLiteral("-backup-20200101-1200.sqlite")));

    // The default database, uniondesk.sqlite, counts the backups named before names carried the database as its own.
    auto defaultDb = Database::open(DatabaseLocation::sqlite(t.tempPath(QStringLiteral("uniondesk.sqlite"))));
    fill(*defaultDb, 1);
    const QString ofDefault = Backup::automaticBackup(*defaultDb, folder, 2);
    CHECK(dir.entryList({QStringLiteral("uniondesk-*.sqlite")}, QDir::Files, QDir::Name) ==
          QStringList{QStringLiteral("uniondesk-20200105-120000.sqlite"), QFileInfo(ofDefault).fileName()});
    CHECK(dir.entryList({QStringLiteral("other-*.sqlite")}).size() == 5);
    CHECK(dir.entryList({key + QStringLiteral("-2*.sqlite")}).size() == 3);
}

TEST_CASE("A database that was never changed is not backed up automatically", "[backup]")
{
    TestDatabase t;
    auto db = t.open();
    const QString folder = t.tempPath(QStringLiteral("auto"));
    CHECK(Backup::automaticBackup(*db, folder, 10, true).isEmpty());
    CHECK_FALSE(QFileInfo::exists(folder));
    // Asked for without the skip (before a restore), it is written.
    CHECK(Backup::parseBackupName(QFileInfo(Backup::automaticBackup(*db, folder, 10)).fileName()));
}

TEST_CASE("The backups in the folders are listed newest first with their member counts, read-only", "[backup]")
{
    TestDatabase t;
    auto db = t.open();
    const qint64 unit = ud::test::addUnit(*db, QStringLiteral("100"), QStringLiteral("第一分工会"));
    ud::test::addMember(*db, QStringLiteral("1001"), QStringLiteral("张伟"), unit);
    ud::test::addMember(*db, QStringLiteral("1002"), QStringLiteral("李娜"), unit);
    const QString first = t.tempPath(QStringLiteral("first"));
    const QString second = t.tempPath(QStringLiteral("second"));
    const QString key = Backup::databaseKey(db->location());

    // An older backup with two members, in the second folder.
    const QString older = Backup::automaticBackup(*db, second, 10);
    const QString olderName = QDir(second).filePath(key + QStringLiteral("-20240301-101500.sqlite"));
    REQUIRE(QFile::rename(older, olderName));
    ud::test::addMember(*db, QStringLiteral("1003"), QStringLiteral("王芳"), unit);
    const QString newer = Backup::automaticBackup(*db, first, 10);
    // A file that only looks like a backup.
    {
        QFile junk(QDir(first).filePath(QStringLiteral("other-20240101-000000.sqlite")));
        REQUIRE(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
    }
    const QStringList before = QDir(first).entryList(QDir::Files) + QDir(second).entryList(QDir::Files);

    const Backup::Contents now = Backup::contentsOf(*db);
    CHECK(now.members == 3);
    CHECK(now.lastChange.isValid());
    CHECK(qAbs(now.lastChange.secsTo(QDateTime::currentDateTime())) < 120);

    const QList<Backup::BackupFile> found =
        Backup::listBackups({first, second, t.tempPath(QStringLiteral("unplugged-stick"))});
    REQUIRE(found.size() == 3);
    CHECK(found.at(0).path == QFileInfo(newer).absoluteFilePath());
    CHECK(found.at(0).name.database == key);
    CHECK(found.at(0).contents.members == 3);
    CHECK(found.at(0).contents.lastChange == now.lastChange);
    CHECK(found.at(0).size == QFileInfo(newer).size());
    CHECK(found.at(0).problem.isEmpty());
    CHECK(found.at(1).path == QFileInfo(olderName).absoluteFilePath());
    CHECK(found.at(1).name.written == QDateTime(QDate(2024, 3, 1), QTime(10, 15)));
    CHECK(found.at(1).contents.members == 2);
    CHECK(found.at(1).problem.isEmpty());
    CHECK(found.at(2).name.database == QStringLiteral("other"));
    CHECK(found.at(2).contents.members == -1);
    CHECK_FALSE(found.at(2).problem.isEmpty());
    // Nothing was written beside them (no journal, no -shm).
    CHECK(QDir(first).entryList(QDir::Files) + QDir(second).entryList(QDir::Files) == before);
}

#include "support/TestDatabase.h"
#include "support/catch.h"

#include "core/db/Backup.h"
#include "core/units/SubUnitRepository.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

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
    // Older backups already there.
    for (int i = 0; i < 12; ++i) {
        QFile old(dir.filePath(QStringLiteral("uniondesk-20200101-0000%1.sqlite").arg(i, 2, 10, QLatin1Char('0'))));
        REQUIRE(old.open(QIODevice::WriteOnly));
    }
    QFile unrelated(dir.filePath(QStringLiteral("notes.txt")));
    REQUIRE(unrelated.open(QIODevice::WriteOnly));
    unrelated.close();
    const QString written = Backup::automaticBackup(*db, folder, 10);
    const QStringList left = dir.entryList({QStringLiteral("uniondesk-*.sqlite")}, QDir::Files, QDir::Name);
    CHECK(left.size() == 10);
    CHECK(left.contains(QFileInfo(written).fileName()));
    CHECK_FALSE(left.contains(QStringLiteral("uniondesk-20200101-000000.sqlite")));
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
    const QString first = QDir(folder).filePath(
        QStringLiteral("uniondesk-%1.sqlite").arg(earlier.toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    REQUIRE(QFile::rename(written, first));
    {
        QFile file(first);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.setFileTime(earlier, QFileDevice::FileModificationTime));
    }
    CHECK(Backup::automaticBackup(*db, folder, 10, true) == first);
    CHECK(QDir(folder).entryList({QStringLiteral("uniondesk-*.sqlite")}).size() == 1);
    SubUnit extra;
    extra.code = QStringLiteral("X1");
    extra.name = QStringLiteral("新增单位");
    SubUnitRepository(*db).add(extra);
    const QString second = Backup::automaticBackup(*db, folder, 10, true);
    CHECK(second != first);
    CHECK(QDir(folder).entryList({QStringLiteral("uniondesk-*.sqlite")}).size() == 2);
}

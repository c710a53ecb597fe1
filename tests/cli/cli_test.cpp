#include "support/CliRun.h"
#include "support/TestDatabase.h"
#include "support/TestFiles.h"
#include "support/catch.h"

#include "core/units/SubUnitRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using namespace ud::core;
using namespace ud::test;

namespace {

QByteArray hashOf(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("uniondesk --version and --help answer without a database", "[cli]")
{
    const CliRun v = runUnionDesk({QStringLiteral("--version")});
    CHECK(v.code == 0);
    CHECK(v.out.startsWith(QStringLiteral("UnionDesk ")));
    const CliRun h = runUnionDesk({QStringLiteral("--help")});
    CHECK(h.code == 0);
    CHECK(h.out.contains(QStringLiteral("units import")));
    const CliRun bad = runUnionDesk({QStringLiteral("frobnicate")});
    CHECK(bad.code != 0);
    CHECK(bad.err.contains(QStringLiteral("Unknown command")));
}

TEST_CASE("COMMAND --help prints that command's help, without touching a database", "[cli]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.db"));
    const CliRun list = runUnionDesk(
        {QStringLiteral("--db"), missing, QStringLiteral("members"), QStringLiteral("list"), QStringLiteral("--help")});
    INFO(list.err.toStdString());
    CHECK(list.code == 0);
    CHECK(list.out.startsWith(QStringLiteral("Usage: uniondesk [--db PATH|URL] members list ")));
    CHECK(list.out.contains(QStringLiteral("--as-of DATE")));
    CHECK(list.out.contains(QStringLiteral("list members")));
    CHECK_FALSE(list.out.contains(QStringLiteral("Commands:")));
    CHECK_FALSE(QFile::exists(missing));
    // A command with its own long help prints that.
    const CliRun import = runUnionDesk({QStringLiteral("units"), QStringLiteral("import"), QStringLiteral("-h")});
    CHECK(import.code == 0);
    CHECK(import.out.contains(QStringLiteral("Exit codes:")));
}

TEST_CASE("check, units import and units list work on the database under test", "[cli]")
{
    TestDatabase t;
    const QString db = t.spec();
    const CliRun check = runUnionDesk({QStringLiteral("--db"), db, QStringLiteral("check")});
    INFO(check.err.toStdString());
    CHECK(check.code == 0);
    CHECK(check.out.contains(QStringLiteral("Integrity: ok")));
    CHECK(check.out.contains(QStringLiteral("Schema version: %1").arg(Database::latestSchemaVersion())));

    const QString good =
        writeFile(t, QStringLiteral("units.csv"),
                  QStringLiteral("code,name,short_name\n101,经济学院分工会,经院\n102,法学院分工会,\n").toUtf8());
    const CliRun imp =
        runUnionDesk({QStringLiteral("--db"), db, QStringLiteral("units"), QStringLiteral("import"), good});
    CHECK(imp.code == 0);
    CHECK(imp.out.contains(QStringLiteral("2 added")));

    const QString bad =
        writeFile(t, QStringLiteral("bad.csv"), QStringLiteral("code,name\n103,新单位\n,无代码\n").toUtf8());
    const CliRun failed =
        runUnionDesk({QStringLiteral("--db"), db, QStringLiteral("units"), QStringLiteral("import"), bad});
    CHECK(failed.code == 1);
    CHECK(failed.err.contains(QStringLiteral("row 3:")));

    const CliRun csv = runUnionDesk({QStringLiteral("--db"), db, QStringLiteral("units"), QStringLiteral("list"),
                                     QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(csv.code == 0);
    const QStringList lines = csv.out.trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 3); // 103 from the failed import is not there
    CHECK(lines[0] == QStringLiteral("code,name,short_name,parent_code,sort_order,active"));
    CHECK(lines[1] == QStringLiteral("101,经济学院分工会,经院,,1,yes")); // new ones without an order go last

    const CliRun table = runUnionDesk({QStringLiteral("--db"), db, QStringLiteral("units"), QStringLiteral("list")});
    CHECK(table.code == 0);
    CHECK(table.out.contains(QStringLiteral("法学院分工会")));
    const CliRun badFormat = runUnionDesk({QStringLiteral("--db"), db, QStringLiteral("units"), QStringLiteral("list"),
                                           QStringLiteral("--format"), QStringLiteral("xml")});
    CHECK(badFormat.code == 2);
}

TEST_CASE("backup and restore from the command line", "[cli]")
{
    TestDatabase t;
    {
        auto db = t.open();
        SubUnit u;
        u.code = QStringLiteral("101");
        u.name = QStringLiteral("经济学院分工会");
        SubUnitRepository(*db).add(u);
    }
    const QString out = t.tempPath(QStringLiteral("b.sqlite"));
    const CliRun b = runUnionDesk({QStringLiteral("--db"), t.spec(), QStringLiteral("backup"), out});
    INFO(b.err.toStdString());
    REQUIRE(b.code == 0);
    CHECK(QFile::exists(out));

    // The backup is itself a database the command line can check and list.
    const CliRun list = runUnionDesk({QStringLiteral("--db"), out, QStringLiteral("units"), QStringLiteral("list"),
                                      QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(list.out.contains(QStringLiteral("经济学院分工会")));

    if (!t.location().isSqlite()) {
        const CliRun r =
            runUnionDesk({QStringLiteral("--db"), t.spec(), QStringLiteral("restore"), out, QStringLiteral("--yes")});
        CHECK(r.code != 0);
        return;
    }
    // Restore into a new file, and without --yes nothing happens.
    const QString target = t.tempPath(QStringLiteral("restored.sqlite"));
    const CliRun noYes = runUnionDesk({QStringLiteral("--db"), target, QStringLiteral("restore"), out});
    CHECK(noYes.code == 2);
    CHECK(noYes.err.contains(QStringLiteral("--yes")));
    CHECK_FALSE(QFile::exists(target));
    const CliRun r =
        runUnionDesk({QStringLiteral("--db"), target, QStringLiteral("restore"), out, QStringLiteral("--yes")});
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    const CliRun after = runUnionDesk({QStringLiteral("--db"), target, QStringLiteral("units"), QStringLiteral("list"),
                                       QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(after.out.contains(QStringLiteral("101,经济学院分工会")));
}

TEST_CASE("restore takes the oldest of the automatic backups without deleting it first", "[cli][sqlite-only]")
{
    TestDatabase t;
    {
        auto db = t.open();
        SubUnit u;
        u.code = QStringLiteral("101");
        u.name = QStringLiteral("经济学院分工会");
        SubUnitRepository(*db).add(u);
    }
    // Ten automatic backups of this database beside it: as many as are kept.
    const QString folder = QFileInfo(t.location().filePath).absoluteDir().filePath(QStringLiteral("backups"));
    REQUIRE(QDir().mkpath(folder));
    const QString first = QDir(folder).filePath(QStringLiteral("test-20200101-120000.sqlite"));
    REQUIRE(runUnionDesk({QStringLiteral("--db"), t.spec(), QStringLiteral("backup"), first}).code == 0);
    for (int day = 2; day <= 10; ++day)
        REQUIRE(QFile::copy(
            first,
            QDir(folder).filePath(QStringLiteral("test-202001%1-120000.sqlite").arg(day, 2, 10, QLatin1Char('0')))));

    const CliRun r =
        runUnionDesk({QStringLiteral("--db"), t.spec(), QStringLiteral("restore"), first, QStringLiteral("--yes")});
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(QFile::exists(first));
    CHECK(QDir(folder).entryList({QStringLiteral("test-*.sqlite")}, QDir::Files).size() == 11);
}

TEST_CASE("Damaged and foreign files are reported by check and restore and stay unchanged", "[cli][sqlite-only]")
{
    TestDatabase t;
    const QString junk = writeFile(t, QStringLiteral("junk.sqlite"), QByteArray(10000, '\x5a'));
    const QByteArray before = hashOf(junk);
    const CliRun check = runUnionDesk({QStringLiteral("--db"), junk, QStringLiteral("check")});
    CHECK(check.code == 1);
    CHECK(check.err.contains(QStringLiteral("not a SQLite database")));
    CHECK(hashOf(junk) == before);

    {
        auto db = t.open();
        SubUnit u;
        u.code = QStringLiteral("1");
        u.name = QStringLiteral("甲");
        SubUnitRepository(*db).add(u);
    }
    const QByteArray dbBefore = hashOf(t.location().filePath);
    const CliRun restore =
        runUnionDesk({QStringLiteral("--db"), t.spec(), QStringLiteral("restore"), junk, QStringLiteral("--yes")});
    CHECK(restore.code == 1);
    CHECK(hashOf(t.location().filePath) == dbBefore);
    CHECK(hashOf(junk) == before);

    // A truncated database.
    const QString cut = t.tempPath(QStringLiteral("cut.sqlite"));
    REQUIRE(QFile::copy(t.location().filePath, cut));
    QFile f(cut);
    REQUIRE(f.resize(f.size() - 1000));
    const QByteArray cutBefore = hashOf(cut);
    const CliRun checkCut = runUnionDesk({QStringLiteral("--db"), cut, QStringLiteral("check")});
    CHECK(checkCut.code == 1);
    CHECK(checkCut.err.contains(QStringLiteral("damaged")));
    CHECK(hashOf(cut) == cutBefore);
}

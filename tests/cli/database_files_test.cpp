#include "support/Builders.h"
#include "support/CliRun.h"
#include "support/OtherUser.h"
#include "support/TestDatabase.h"
#include "support/catch.h"

#include "core/db/Backup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <unistd.h>

using namespace ud::core;
using ud::test::CliRun;
using ud::test::runUnionDesk;
using ud::test::TestDatabase;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// Runs the executable as user nobody when the tests run as root (the kernel ignores permissions for root),
// else as the test's own user.
CliRun runAsOtherUser(const QStringList& args)
{
    QProcess p;
    p.setProgram(QStringLiteral(UD_EXECUTABLE));
    p.setArguments(args);
    if (ud::test::runningAsRoot()) {
        p.setChildProcessModifier([] {
            if (::setgid(ud::test::kOtherGid) != 0 || ::setuid(ud::test::kOtherUid) != 0)
                ::_exit(99);
        });
    }
    p.start();
    REQUIRE(p.waitForFinished(120000));
    CliRun r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

TEST_CASE("A mistyped database path is an error on the command line unless --create is given", "[cli][sqlite-only]")
{
    QTemporaryDir dir;
    const QString typo = dir.filePath(QStringLiteral("typo/uniondesk.sqlite"));
    const CliRun list = runUnionDesk({s("--db"), typo, s("units"), s("list")});
    CHECK(list.code == 1);
    CHECK(list.err.contains(QStringLiteral("There is no database at")));
    CHECK(list.err.contains(QStringLiteral("--create")));
    const CliRun check = runUnionDesk({s("--db"), typo, s("check")});
    CHECK(check.code == 1);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("typo")))); // no folder made either

    const CliRun created = runUnionDesk({s("--db"), typo, s("--create"), s("check")});
    INFO(created.err.toStdString());
    CHECK(created.code == 0);
    CHECK(QFileInfo::exists(typo));
    CHECK(runUnionDesk({s("--db"), typo, s("units"), s("list")}).code == 0);

    // demo makes its database.
    const QString demo = dir.filePath(QStringLiteral("demo.sqlite"));
    const CliRun d = runUnionDesk({s("--db"), demo, s("demo"), s("--members"), s("20")});
    INFO(d.err.toStdString());
    CHECK(d.code == 0);
    CHECK(QFileInfo::exists(demo));
}

TEST_CASE("--db /dev/null is refused and leaves nothing in /dev", "[cli][sqlite-only]")
{
    const CliRun r = runUnionDesk({s("--db"), s("/dev/null"), s("--create"), s("check")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("not an ordinary file")));
    CHECK_FALSE(QFile::exists(QStringLiteral("/dev/null-journal")));
    CHECK_FALSE(QFile::exists(QStringLiteral("/dev/null-wal")));
}

TEST_CASE("A database in a write-protected folder is read, and writing verbs are refused with the reason",
          "[cli][sqlite-only]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("shared"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("uniondesk.sqlite"));
    {
        auto db = Database::open(DatabaseLocation::sqlite(path));
        ud::test::addUnit(*db, QStringLiteral("101"), QStringLiteral("经济学院分工会"));
    }
    const QString csv = dir.filePath(QStringLiteral("units.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("code,name\n102,法学院分工会\n").toUtf8());
    }
    ud::test::setMode(dir.path(), 0755);
    ud::test::setMode(folder, 0555);
    ud::test::setMode(path, 0644);
    ud::test::setMode(csv, 0644);

    const CliRun list = runAsOtherUser({s("--db"), path, s("units"), s("list"), s("--format"), s("csv")});
    INFO(list.err.toStdString());
    CHECK(list.code == 0);
    CHECK(list.out.contains(QStringLiteral("经济学院分工会")));
    const CliRun check = runAsOtherUser({s("--db"), path, s("check")});
    CHECK(check.code == 0);
    CHECK(check.out.contains(QStringLiteral("Access: read-only")));
    CHECK_FALSE(check.err.contains(QStringLiteral("damaged")));
    const CliRun import = runAsOtherUser({s("--db"), path, s("units"), s("import"), csv});
    CHECK(import.code == 1);
    CHECK(import.err.contains(QStringLiteral("read-only")));
    CHECK(import.err.contains(QStringLiteral("was not run")));
    ud::test::setMode(folder, 0755);
}

TEST_CASE("check on a backup reports rows that disagree with the change history", "[cli][sqlite-only]")
{
    TestDatabase t;
    {
        auto db = t.open();
        ud::test::addUnit(*db, QStringLiteral("101"), QStringLiteral("经济学院分工会"));
        ud::test::addUnit(*db, QStringLiteral("102"), QStringLiteral("法学院分工会"));
    }
    const QString backup = t.tempPath(QStringLiteral("backup.sqlite"));
    REQUIRE(runUnionDesk(t, {s("backup"), backup}).code == 0);
    const CliRun good = runUnionDesk({s("--db"), backup, s("check")});
    CHECK(good.code == 0);
    CHECK(good.out.contains(QStringLiteral("Change history: agrees with the rows")));
    {
        auto db = Database::open(DatabaseLocation::sqlite(backup));
        db->exec(QStringLiteral("DELETE FROM change_log WHERE table_name = 'units' AND row_id = "
                                "(SELECT max(id) FROM units)"));
    }
    const CliRun bad = runUnionDesk({s("--db"), backup, s("check")});
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(QStringLiteral("has no entry in the change history")));
}

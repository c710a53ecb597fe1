#include "support/Builders.h"
#include "support/TestDatabase.h"
#include "support/catch.h"

#include "core/db/Backup.h"
#include "core/units/SubUnitRepository.h"

#include <QTemporaryDir>

using namespace ud::core;
using ud::test::TestDatabase;

TEST_CASE("The check compares the rows with the change history", "[history-check]")
{
    TestDatabase t;
    auto db = t.open();
    const qint64 a = ud::test::addUnit(*db, QStringLiteral("101"), QStringLiteral("经济学院分工会"));
    const qint64 b = ud::test::addUnit(*db, QStringLiteral("102"), QStringLiteral("法学院分工会"));
    const qint64 c = ud::test::addUnit(*db, QStringLiteral("103"), QStringLiteral("文学院分工会"));
    SubUnitRepository(*db).remove(c);
    CHECK(db->historyProblems().isEmpty());

    SECTION("a row without its history")
    {
        db->exec(QStringLiteral("DELETE FROM change_log WHERE table_name = 'units' AND row_id = :id"),
                 {{QStringLiteral("id"), b}});
        const QStringList problems = db->historyProblems();
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().contains(QStringLiteral("Row %1 of table units has no entry").arg(b)));
    }
    SECTION("history without the row")
    {
        db->exec(QStringLiteral("DELETE FROM units WHERE id = :id"), {{QStringLiteral("id"), a}});
        const QStringList problems = db->historyProblems();
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().contains(QStringLiteral("Row %1 of table units is in the change history").arg(a)));
    }
}

TEST_CASE("A backup is one snapshot even while another program writes", "[backup]")
{
    TestDatabase t;
    auto db = t.open();
    ud::test::addUnit(*db, QStringLiteral("101"), QStringLiteral("经济学院分工会"));
    auto other = t.open(); // another program on the same database
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("backup.sqlite"));
    QStringList copied;
    Backup::backupTo(*db, file, [&](const QString& table) {
        copied << table;
        // A sub-union and its history row stored while the backup reads: after the history was copied and
        // before the sub-unions are.
        if (table == QLatin1String("change_log"))
            ud::test::addUnit(*other, QStringLiteral("102"), QStringLiteral("法学院分工会"));
    });
    if (!db->isSqlite()) {
        REQUIRE(copied.contains(QStringLiteral("change_log")));
        REQUIRE(copied.indexOf(QStringLiteral("change_log")) < copied.indexOf(QStringLiteral("units")));
    }
    auto backup = Database::open(DatabaseLocation::sqlite(file));
    const QStringList problems = backup->historyProblems();
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
    if (!db->isSqlite())
        CHECK(backup->scalar(QStringLiteral("SELECT count(*) FROM units")).toLongLong() == 1);
    // The live database has both.
    CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM units")).toLongLong() == (db->isSqlite() ? 1 : 2));
}

#include "support/Builders.h"
#include "support/CliRun.h"
#include "support/TestDatabase.h"
#include "support/catch.h"

#include "core/units/SubUnitRepository.h"

#include <QFile>

using namespace ud::core;
using ud::test::CliRun;
using ud::test::TestDatabase;

namespace {

QString writeFile(const TestDatabase& t, const QString& name, const QByteArray& data)
{
    QFile f(t.tempPath(name));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(data);
    return f.fileName();
}

CliRun unitsImport(const TestDatabase& t, const QString& file, const QStringList& options = {})
{
    return ud::test::runUnionDesk(t, QStringList{QStringLiteral("units"), QStringLiteral("import"), file} + options);
}

int unitCount(const TestDatabase& t)
{
    return t.open()->scalar(QStringLiteral("SELECT count(*) FROM units")).toInt();
}

QString shortName(const TestDatabase& t, const QString& code)
{
    auto db = t.open();
    return SubUnitRepository(*db).byCode(code)->shortName;
}

} // namespace

TEST_CASE("units import refuses invalid rows and stored codes unless told, and can try without storing",
          "[cli][import]")
{
    TestDatabase t;
    ud::test::addUnit(*t.open(), QStringLiteral("101"), QStringLiteral("经济学院分工会"));
    // Row 2 is stored already, row 4 has no name.
    const QString file = writeFile(t, QStringLiteral("units.csv"),
                                   "代码,名称,简称\n101,经济学院分工会,经院\n102,法学院分工会,\n103,,\n");

    const CliRun refused = unitsImport(t, file);
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("row 4: Name is required.")));
    CHECK(refused.err.contains(QStringLiteral("row 2: Code 101 is already stored")));
    CHECK(refused.err.contains(QStringLiteral("Nothing was imported")));
    CHECK(unitCount(t) == 1);

    const CliRun stillRefused = unitsImport(t, file, {QStringLiteral("--skip-invalid")});
    CHECK(stillRefused.code == 1);
    CHECK_FALSE(stillRefused.err.contains(QStringLiteral("row 4:")));
    CHECK(unitCount(t) == 1);

    const CliRun dry = unitsImport(t, file,
                                   {QStringLiteral("--skip-invalid"), QStringLiteral("--on-duplicate"),
                                    QStringLiteral("update"), QStringLiteral("--dry-run")});
    CHECK(dry.code == 0);
    CHECK(dry.lastLine() ==
          QStringLiteral("Dry run, nothing stored: 1 added, 1 updated, 0 unchanged, 0 skipped, 1 invalid"));
    CHECK(unitCount(t) == 1);

    const CliRun skipped =
        unitsImport(t, file, {QStringLiteral("--skip-invalid"), QStringLiteral("--on-duplicate=skip")});
    INFO(skipped.err.toStdString());
    CHECK(skipped.code == 0);
    CHECK(skipped.err.contains(QStringLiteral("row 4: Name is required."))); // the row left out
    CHECK(skipped.lastLine() == QStringLiteral("Imported: 1 added, 0 updated, 0 unchanged, 1 skipped, 1 invalid"));
    CHECK(unitCount(t) == 2);
    CHECK(shortName(t, QStringLiteral("101")).isEmpty());

    const CliRun updated = unitsImport(
        t, file, {QStringLiteral("--skip-invalid"), QStringLiteral("--on-duplicate"), QStringLiteral("UPDATE")});
    CHECK(updated.code == 0);
    CHECK(updated.lastLine() == QStringLiteral("Imported: 0 added, 1 updated, 1 unchanged, 0 skipped, 1 invalid"));
    CHECK(shortName(t, QStringLiteral("101")) == QStringLiteral("经院"));
}

TEST_CASE("units import explains its options and refuses wrong ones", "[cli][import]")
{
    TestDatabase t;
    const QString file = writeFile(t, QStringLiteral("u.csv"), "code,name\n201,甲\n");
    const CliRun badValue = unitsImport(t, file, {QStringLiteral("--on-duplicate"), QStringLiteral("merge")});
    CHECK(badValue.code == 2);
    CHECK(badValue.err.contains(QStringLiteral("--on-duplicate must be skip, update or error.")));
    CHECK(unitsImport(t, file, {QStringLiteral("--replace")}).code == 2);
    CHECK(ud::test::runUnionDesk(t, {QStringLiteral("units"), QStringLiteral("import")}).code == 2);
    CHECK(unitCount(t) == 0);

    const CliRun help =
        ud::test::runUnionDesk(t, {QStringLiteral("units"), QStringLiteral("import"), QStringLiteral("--help")});
    CHECK(help.code == 0);
    CHECK(help.out.contains(QStringLiteral("--skip-invalid")));
    CHECK(help.out.contains(QStringLiteral("--on-duplicate skip|update|error")));
    CHECK(help.out.contains(QStringLiteral("--dry-run")));

    // Only invalid rows with --skip-invalid: nothing stored, and the exit code says so.
    const QString invalid = writeFile(t, QStringLiteral("invalid.csv"), "code,name\n301,\n");
    const CliRun none = unitsImport(t, invalid, {QStringLiteral("--skip-invalid")});
    CHECK(none.code == 1);
    CHECK(unitCount(t) == 0);
}

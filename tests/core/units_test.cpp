#include "support/Builders.h"
#include "support/TestDatabase.h"
#include "support/TestFiles.h"
#include "support/catch.h"

#include "core/units/SubUnitRepository.h"
#include "core/units/SubUnitsModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QStringEncoder>

using namespace ud::core;
using ud::test::TestDatabase;
using ud::test::writeFile;

using ud::test::unit;

namespace {

int unitCount(Database& db)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM units")).toInt();
}

} // namespace

TEST_CASE("Sub-union codes and names are required and unique", "[units]")
{
    TestDatabase t;
    auto db = t.open();
    SubUnitRepository repo(*db);
    const qint64 id = repo.add(unit(QStringLiteral("101"), QStringLiteral("经济学院分工会")));
    CHECK(id > 0);

    CHECK(repo.validate(unit(QString(), QStringLiteral("x")))
              .join(QString())
              .contains(QStringLiteral("Code is required")));
    CHECK(repo.validate(unit(QStringLiteral("x"), QStringLiteral("　 ")))
              .join(QString())
              .contains(QStringLiteral("Name is required")));
    CHECK_THROWS_AS(repo.add(unit(QStringLiteral("101"), QStringLiteral("别的名字"))), ValidationError);
    CHECK_THROWS_AS(repo.add(unit(QStringLiteral(" 102 "), QStringLiteral("经济学院分工会"))), ValidationError);
    try {
        repo.add(unit(QStringLiteral("101"), QStringLiteral("别的名字")));
    } catch (const ValidationError& e) {
        CHECK(e.message().contains(QStringLiteral("经济学院分工会")));
    }
    CHECK(unitCount(*db) == 1);

    // Surrounding (also full-width) spaces are trimmed before storing.
    const qint64 second = repo.add(unit(QStringLiteral("　102 "), QStringLiteral(" 管理学院分工会")));
    CHECK(repo.byId(second)->code == QStringLiteral("102"));
    CHECK(repo.byId(second)->name == QStringLiteral("管理学院分工会"));

    // Renaming to its own name is fine; to another's is not.
    SubUnit s = *repo.byId(second);
    s.shortName = QStringLiteral("管院");
    repo.update(s);
    s.name = QStringLiteral("经济学院分工会");
    CHECK_THROWS_AS(repo.update(s), ValidationError);
    CHECK(repo.byId(second)->name == QStringLiteral("管理学院分工会"));
}

TEST_CASE("A referenced sub-union cannot be deleted, and parents cannot form loops", "[units]")
{
    TestDatabase t;
    auto db = t.open();
    SubUnitRepository repo(*db);
    const qint64 parent = repo.add(unit(QStringLiteral("1"), QStringLiteral("机关分工会")));
    const qint64 child = repo.add(unit(QStringLiteral("1.1"), QStringLiteral("党政办公室工会小组"), parent));
    const qint64 grandchild = repo.add(unit(QStringLiteral("1.1.1"), QStringLiteral("档案馆工会小组"), child));

    try {
        repo.remove(parent);
        FAIL("delete of a referenced unit was accepted");
    } catch (const ValidationError& e) {
        CHECK(e.message().contains(QStringLiteral("Sub-unions: 1")));
    }
    CHECK(repo.byId(parent).has_value());
    CHECK(repo.referencesDescription(grandchild).isEmpty());

    SubUnit top = *repo.byId(parent);
    top.parentId = grandchild;
    CHECK(repo.validate(top).join(QString()).contains(QStringLiteral("loop")));
    top.parentId = parent;
    CHECK(repo.validate(top).join(QString()).contains(QStringLiteral("own parent")));
    top.parentId = 987654;
    CHECK(repo.validate(top).join(QString()).contains(QStringLiteral("does not exist")));

    repo.remove(grandchild);
    repo.remove(child);
    repo.remove(parent);
    CHECK(unitCount(*db) == 0);

    // A deleted unit can be put back under its id (undo).
    SubUnit back = unit(QStringLiteral("1"), QStringLiteral("机关分工会"));
    back.id = parent;
    CHECK(repo.add(back) == parent);
    CHECK(repo.byId(parent)->code == QStringLiteral("1"));
    CHECK(repo.add(unit(QStringLiteral("2"), QStringLiteral("新单位"))) > grandchild);
}

TEST_CASE("Importing sub-unions from CSV is all or nothing", "[units][import]")
{
    TestDatabase t;
    auto db = t.open();
    SubUnitRepository repo(*db);
    repo.add(unit(QStringLiteral("101"), QStringLiteral("经济学院分工会")));

    SECTION("UTF-8 with BOM, Chinese headers, parents by code, an existing code updated")
    {
        const QString path = writeFile(t, QStringLiteral("u.csv"),
                                       "\xEF\xBB\xBF"
                                       "代码,名称,简称,上级代码,排序\r\n"
                                       "101,经济学院分工会,经院,,1\r\n"
                                       "102,\"管理工程与电子商务学院分工会\",管工,,2\r\n"
                                       "102.1,管工学院教工第一小组,,102,3\r\n");
        const auto report = repo.importFile(path);
        INFO(report.errors.join(QLatin1Char('\n')));
        CHECK(report.errors.isEmpty());
        CHECK(report.added == 2);
        CHECK(report.updated == 1);
        CHECK(repo.byCode(QStringLiteral("101"))->shortName == QStringLiteral("经院"));
        CHECK(repo.byCode(QStringLiteral("102.1"))->parentId == repo.byCode(QStringLiteral("102"))->id);
    }
    SECTION("GBK file from Excel")
    {
        QStringEncoder gbk("GB18030");
        const QByteArray data = gbk.encode(QStringLiteral("code,name\r\n201,外国语学院分工会\r\n202,法学院分工会\r\n"));
        const auto report = repo.importFile(writeFile(t, QStringLiteral("gbk.csv"), data));
        CHECK(report.errors.isEmpty());
        CHECK(report.added == 2);
        CHECK(repo.byCode(QStringLiteral("201"))->name == QStringLiteral("外国语学院分工会"));
    }
    SECTION("one bad row: nothing stored, every bad row reported with its spreadsheet row number")
    {
        const QString path = writeFile(t, QStringLiteral("bad.csv"),
                                       "code,name,parent_code,sort_order\n"
                                       "301,信电学院分工会,,1\n"
                                       "302,,,2\n"
                                       "303,统计学院分工会,999,3\n"
                                       "304,经济学院分工会,,x\n"
                                       "305,经济学院分工会,,4\n");
        const auto report = repo.importFile(path);
        CHECK(report.added == 0);
        REQUIRE(report.errors.size() == 4);
        CHECK(report.errors[0].startsWith(QStringLiteral("row 3:")));
        CHECK(report.errors[1].startsWith(QStringLiteral("row 4:")));
        CHECK(report.errors[1].contains(QStringLiteral("999")));
        CHECK(report.errors[2].startsWith(QStringLiteral("row 5:")));
        CHECK(report.errors[3].startsWith(QStringLiteral("row 6:")));
        CHECK(unitCount(*db) == 1);
        CHECK_FALSE(repo.byCode(QStringLiteral("301")).has_value());
        CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM change_log")).toInt() == 1);
    }
    SECTION("a file without the needed columns")
    {
        const auto report = repo.importFile(writeFile(t, QStringLiteral("h.csv"), "foo,bar\n1,2\n"));
        REQUIRE(report.errors.size() == 1);
        CHECK(report.errors[0].contains(QStringLiteral("code and name")));
        CHECK(unitCount(*db) == 1);
    }
}

TEST_CASE("The sub-union model passes the model tester", "[units][model]")
{
    TestDatabase t;
    auto db = t.open();
    SubUnitRepository repo(*db);
    SubUnitsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(db.get());
    CHECK(model.rowCount() == 0);
    const qint64 a = repo.add(unit(QStringLiteral("A"), QStringLiteral("甲分工会")));
    SubUnit b = unit(QStringLiteral("B"), QStringLiteral("乙小组"), a);
    b.active = false;
    repo.add(b);
    model.reload();
    REQUIRE(model.rowCount() == 2);
    const int row = model.rowOf(a) == 0 ? 1 : 0;
    CHECK(model.index(row, SubUnitsModel::Parent).data().toString() == QStringLiteral("甲分工会"));
    CHECK(model.index(row, SubUnitsModel::Active).data().toString() == QStringLiteral("Inactive"));
    CHECK(model.index(row, SubUnitsModel::Code).data(SubUnitsModel::IdRole).toLongLong() != a);
    model.setDatabase(nullptr);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("An import updates only what the file holds, and lists and files come from the descriptor",
          "[units][import][record]")
{
    TestDatabase t;
    auto db = t.open();
    SubUnitRepository repo(*db);
    SubUnit top = unit(QStringLiteral("101"), QStringLiteral("机关工会"), std::nullopt, QStringLiteral("机关"));
    top.sortOrder = 5;
    top.active = false;
    top.id = repo.add(top);
    SubUnit child = unit(QStringLiteral("102"), QStringLiteral("机关第一小组"), top.id);
    child.sortOrder = 1;
    child.id = repo.add(child);

    // Listed by order, then code.
    const QList<SubUnit> all = repo.all();
    REQUIRE(all.size() == 2);
    CHECK(all.at(0).code == QStringLiteral("102"));

    CHECK(repo.csvRows() ==
          QList<QStringList>{{QStringLiteral("102"), QStringLiteral("机关第一小组"), QString(), QStringLiteral("101"),
                              QStringLiteral("1"), QStringLiteral("yes")},
                             {QStringLiteral("101"), QStringLiteral("机关工会"), QStringLiteral("机关"), QString(),
                              QStringLiteral("5"), QStringLiteral("no")}});
    const Report report = repo.listReport();
    CHECK(report.subtitle == QStringLiteral("2 sub-unions"));
    REQUIRE(report.columns.size() == 6);
    CHECK(report.columns.at(4).kind == Report::Kind::Integer);
    CHECK(report.rows.at(0).cells.at(3) == QStringLiteral("机关工会"));
    CHECK(report.rows.at(1).cells.at(5) == QStringLiteral("Inactive"));

    // Columns the file lacks keep their values; only a real change counts.
    const QString path = writeFile(t, QStringLiteral("names.csv"), "名称,代码\n机关分工会,101\n机关第一小组,102\n");
    auto result = repo.importFile(path);
    INFO(result.errors.join(QLatin1Char('\n')));
    CHECK(result.errors.isEmpty());
    CHECK(result.added == 0);
    CHECK(result.updated == 1);
    const SubUnit renamed = *repo.byCode(QStringLiteral("101"));
    CHECK(renamed.name == QStringLiteral("机关分工会"));
    CHECK(renamed.shortName == QStringLiteral("机关"));
    CHECK(renamed.sortOrder == 5);
    CHECK_FALSE(renamed.active);
    CHECK(repo.byCode(QStringLiteral("102"))->parentId == top.id);
    result = repo.importFile(path);
    CHECK(result.updated == 0);

    // A code that appears twice names its row and the code.
    result = repo.importFile(writeFile(t, QStringLiteral("twice.csv"), "code,name\n201,甲\n201,乙\n"));
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors.at(0) == QStringLiteral("row 3: Code 201 appears twice in the file."));
    CHECK_FALSE(repo.byCode(QStringLiteral("201")).has_value());
}

TEST_CASE("Import cells are read by the field's type", "[record][import]")
{
    const QList<QPair<QString, QString>> choices{{QStringLiteral("open"), QStringLiteral("Open")},
                                                 {QStringLiteral("done"), QStringLiteral("Done")}};
    QString problem;
    CHECK(cellValue(int(FieldType::Integer), QStringLiteral("Order"), QStringLiteral("12"), {}, &problem) ==
          QVariant(12));
    CHECK_FALSE(cellValue(int(FieldType::Integer), QStringLiteral("Order"), QStringLiteral("x"), {}, &problem));
    CHECK(problem == QStringLiteral("Order \"x\" is not a whole number."));
    CHECK(cellValue(int(FieldType::Bool), QString(), QStringLiteral("否"), {}, &problem) == QVariant(0));
    CHECK(cellValue(int(FieldType::Bool), QString(), QStringLiteral("No"), {}, &problem) == QVariant(0));
    CHECK(cellValue(int(FieldType::Bool), QString(), QStringLiteral("是"), {}, &problem) == QVariant(1));
    CHECK(cellValue(int(FieldType::Date), QStringLiteral("Due"), QStringLiteral("2024-05-06"), {}, &problem) ==
          QVariant(QStringLiteral("2024-05-06")));
    CHECK_FALSE(cellValue(int(FieldType::Date), QStringLiteral("Due"), QStringLiteral("May"), {}, &problem));
    CHECK(problem.contains(QStringLiteral("\"May\"")));
    CHECK(cellValue(int(FieldType::Enum), QStringLiteral("Status"), QStringLiteral("Done"), choices, &problem) ==
          QVariant(QStringLiteral("done")));
    CHECK(cellValue(int(FieldType::Enum), QStringLiteral("Status"), QStringLiteral("open"), choices, &problem) ==
          QVariant(QStringLiteral("open")));
    CHECK_FALSE(cellValue(int(FieldType::Enum), QStringLiteral("Status"), QStringLiteral("late"), choices, &problem));
    CHECK(problem == QStringLiteral("Status \"late\" is not one of: Open, Done."));
    CHECK(missingColumnsMessage({QStringLiteral("a")}, {QStringLiteral("A")}) ==
          QStringLiteral("the header needs the columns a (A)."));
    CHECK(missingColumnsMessage({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                                {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}) ==
          QStringLiteral("the header needs the columns a, b and c (A, B, C)."));
}

#include "support/Builders.h"
#include "support/TestDatabase.h"
#include "support/catch.h"

#include "core/io/XlsxWriter.h"
#include "core/record/ImportPreviewModel.h"
#include "core/units/SubUnitRepository.h"

#include <QAbstractItemModelTester>
#include <QFile>

using namespace ud::core;
using ud::test::TestDatabase;
using ud::test::unit;

namespace {

QString writeFile(const TestDatabase& t, const QString& name, const QByteArray& data)
{
    const QString path = t.tempPath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(data);
    return path;
}

int count(Database& db, const char* table)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt();
}

/// Two stored sub-unions and a file with a row of every status; the blank line is row 4 and is left out.
struct Setup {
    TestDatabase t;
    std::unique_ptr<Database> db = t.open();
    SubUnitRepository repo{*db};
    QString path;
    Setup()
    {
        repo.add(unit(QStringLiteral("101"), QStringLiteral("经济学院分工会"), std::nullopt, QStringLiteral("经院")));
        repo.add(unit(QStringLiteral("102"), QStringLiteral("法学院分工会")));
        path = writeFile(t, QStringLiteral("units.csv"),
                         "code,name,short_name,parent_code\n"
                         "101,经济学院分工会,经院,\n" // 2 unchanged
                         "102,法学院分工会,法学,\n"   // 3 update
                         "\n"                         // 4 blank
                         "103,,,\n"                   // 5 invalid: no name
                         "104,新闻学院分工会,,999\n"  // 6 invalid: no parent 999
                         "105,传媒学院分工会,,106\n"  // 7 new, under a unit of the file
                         "106,艺术学院分工会,,\n"     // 8 new
                         "105,又一个,,\n");           // 9 repeats 105
    }
};

ImportOptions options(bool skipInvalid, OnDuplicate onDuplicate = OnDuplicate::Error, bool dryRun = false)
{
    ImportOptions o;
    o.skipInvalid = skipInvalid;
    o.onDuplicate = onDuplicate;
    o.dryRun = dryRun;
    return o;
}

} // namespace

TEST_CASE("An import preview gives each row its spreadsheet number and status, and writes nothing", "[record][import]")
{
    Setup s;
    const int history = count(*s.db, "change_log");
    const auto preview = s.repo.preview(s.path);
    CHECK(count(*s.db, "units") == 2);
    CHECK(count(*s.db, "change_log") == history);
    CHECK(preview.fileErrors.isEmpty());
    REQUIRE(preview.rows.size() == 7);
    QList<int> numbers;
    QList<ImportStatus> statuses;
    for (const ImportPreviewRow& r : preview.rows) {
        numbers << r.row;
        statuses << r.status;
    }
    CHECK(numbers == QList<int>{2, 3, 5, 6, 7, 8, 9});
    CHECK(statuses == QList<ImportStatus>{ImportStatus::Unchanged, ImportStatus::Update, ImportStatus::Invalid,
                                          ImportStatus::Invalid, ImportStatus::New, ImportStatus::New,
                                          ImportStatus::Duplicate});
    CHECK(preview.rows.at(1).existingId == s.repo.byCode(QStringLiteral("102"))->id);
    CHECK(preview.records.at(1).shortName == QStringLiteral("法学"));
    REQUIRE(preview.rows.at(2).problems.size() == 1);
    CHECK(preview.rows.at(2).problems.at(0).field == QStringLiteral("name"));
    CHECK(preview.rows.at(2).problems.at(0).message == QStringLiteral("Name is required."));
    REQUIRE(preview.rows.at(3).problems.size() == 1);
    CHECK(preview.rows.at(3).problems.at(0).field == QStringLiteral("parent_id"));
    CHECK(preview.rows.at(3).problems.at(0).message.contains(QStringLiteral("999")));
    CHECK(preview.rows.at(6).firstRow == 7);
    CHECK(preview.rows.at(6).problems.at(0).field == QStringLiteral("code"));
    CHECK(preview.invalidCount() == 3);
    CHECK(preview.totalsText() == QStringLiteral("2 new, 1 to update, 1 unchanged, 2 invalid, 1 repeated in the file"));
    CHECK(preview.invalidLines() == QStringList{QStringLiteral("row 5: Name is required."),
                                                QStringLiteral("row 6: Parent unit 999 does not exist."),
                                                QStringLiteral("row 9: Code 105 appears twice in the file.")});

    // A row whose parent is a row left out is left out too.
    const auto chained = s.repo.preview(
        writeFile(s.t, QStringLiteral("chain.csv"), "code,name,parent_code\n201,,\n202,甲,201\n203,乙,202\n"));
    REQUIRE(chained.rows.size() == 3);
    CHECK(chained.invalidCount() == 3);
    CHECK(chained.rows.at(2).problems.at(0).message == QStringLiteral("Parent unit 202 does not exist."));

    const auto headerless = s.repo.preview(writeFile(s.t, QStringLiteral("h.csv"), "foo,bar\n1,2\n"));
    REQUIRE(headerless.fileErrors.size() == 1);
    CHECK(headerless.fileErrors.at(0).startsWith(QStringLiteral("row 1: ")));
    CHECK_FALSE(headerless.blockers(options(true, OnDuplicate::Update)).isEmpty());
}

TEST_CASE("The import preview model shows row, status and the fields, and marks the invalid cells",
          "[record][import][model]")
{
    Setup s;
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPreview(s.repo.preview(s.path));
    REQUIRE(model.rowCount() == 7);
    CHECK(model.columnCount() == 2 + 6 + 1);
    CHECK(model.headerData(ImportPreviewModel::Row, Qt::Horizontal).toString() == QStringLiteral("Row"));
    CHECK(model.headerData(ImportPreviewModel::FirstField + 1, Qt::Horizontal).toString() == QStringLiteral("Name"));
    CHECK(model.headerData(model.problemsColumn(), Qt::Horizontal).toString() == QStringLiteral("Problems"));
    CHECK(model.index(2, ImportPreviewModel::Row).data().toInt() == 5);
    CHECK(model.index(2, ImportPreviewModel::Status).data().toString() == QStringLiteral("Invalid"));
    CHECK(model.index(1, ImportPreviewModel::Status).data().toString() == QStringLiteral("Update"));
    CHECK(model.index(4, ImportPreviewModel::FirstField + 3).data().toString() == QStringLiteral("106"));
    CHECK(model.index(2, model.problemsColumn()).data().toString() == QStringLiteral("Name is required."));
    // The name cell of row 5 is marked and explains itself; its code cell and the valid rows are not.
    CHECK(model.index(2, ImportPreviewModel::FirstField + 1).data(Qt::ForegroundRole).isValid());
    CHECK(model.index(2, ImportPreviewModel::FirstField + 1).data(Qt::ToolTipRole).toString() ==
          QStringLiteral("Name is required."));
    CHECK_FALSE(model.index(2, ImportPreviewModel::FirstField).data(Qt::ForegroundRole).isValid());
    CHECK(model.index(2, ImportPreviewModel::Row).data(Qt::BackgroundRole).isValid());
    CHECK_FALSE(model.index(4, ImportPreviewModel::Row).data(Qt::BackgroundRole).isValid());
    CHECK(model.index(6, 0).data(ImportPreviewModel::StatusRole).toInt() == int(ImportStatus::Duplicate));
}

TEST_CASE("Applying an import preview follows the options, all in one transaction", "[record][import]")
{
    Setup s;
    const int history = count(*s.db, "change_log");
    const auto preview = s.repo.preview(s.path);

    SECTION("by default invalid rows and stored codes refuse the file")
    {
        const ImportSummary r = s.repo.apply(preview, {});
        CHECK(r.errors == QStringList{QStringLiteral("row 5: Name is required."),
                                      QStringLiteral("row 6: Parent unit 999 does not exist."),
                                      QStringLiteral("row 9: Code 105 appears twice in the file."),
                                      QStringLiteral("row 2: Code 101 is already stored; choose to skip or to update "
                                                     "such rows."),
                                      QStringLiteral("row 3: Code 102 is already stored; choose to skip or to update "
                                                     "such rows.")});
        CHECK(r.added == 0);
        CHECK(count(*s.db, "units") == 2);
        CHECK(count(*s.db, "change_log") == history);
    }
    SECTION("skip-invalid alone still refuses stored codes")
    {
        const ImportSummary r = s.repo.apply(preview, options(true));
        CHECK(r.errors.size() == 2);
        CHECK(r.errors.at(0).startsWith(QStringLiteral("row 2: ")));
        CHECK(count(*s.db, "units") == 2);
    }
    SECTION("duplicates skipped: the stored unit keeps its values")
    {
        const ImportSummary r = s.repo.apply(preview, options(true, OnDuplicate::Skip));
        INFO(r.errors.join(QLatin1Char('\n')).toStdString());
        CHECK(r.errors.isEmpty());
        CHECK(r.added == 2);
        CHECK(r.updated == 0);
        CHECK(r.skipped == 1);
        CHECK(r.unchanged == 1);
        CHECK(r.invalid == 3);
        CHECK(importSummaryText(r) == QStringLiteral("2 added, 0 updated, 1 unchanged, 1 skipped, 3 invalid"));
        CHECK(count(*s.db, "units") == 4);
        CHECK(s.repo.byCode(QStringLiteral("102"))->shortName.isEmpty());
        CHECK(s.repo.byCode(QStringLiteral("105"))->parentId == s.repo.byCode(QStringLiteral("106"))->id);
        CHECK(s.repo.byCode(QStringLiteral("105"))->name == QStringLiteral("传媒学院分工会"));
        CHECK_FALSE(s.repo.byCode(QStringLiteral("103")).has_value());
    }
    SECTION("duplicates updated")
    {
        const ImportSummary r = s.repo.apply(preview, options(true, OnDuplicate::Update));
        CHECK(r.errors.isEmpty());
        CHECK(r.added == 2);
        CHECK(r.updated == 1);
        CHECK(r.skipped == 0);
        CHECK(s.repo.byCode(QStringLiteral("102"))->shortName == QStringLiteral("法学"));
        CHECK(s.repo.byCode(QStringLiteral("101"))->shortName == QStringLiteral("经院"));
    }
    SECTION("a dry run counts and stores nothing")
    {
        const ImportSummary r = s.repo.apply(preview, options(true, OnDuplicate::Update, true));
        CHECK(r.errors.isEmpty());
        CHECK(r.added == 2);
        CHECK(r.updated == 1);
        CHECK(count(*s.db, "units") == 2);
        CHECK(s.repo.byCode(QStringLiteral("102"))->shortName.isEmpty());
        CHECK(count(*s.db, "change_log") == history);
    }
}

TEST_CASE("A row that fails while the import writes leaves nothing stored", "[record][import]")
{
    TestDatabase t;
    auto db = t.open();
    SubUnitRepository repo(*db);
    repo.add(unit(QStringLiteral("100"), QStringLiteral("机关分工会")));
    const int history = count(*db, "change_log");
    // Each of 301 and 302 names the other as its parent: only storing them shows the loop.
    const auto preview = repo.preview(
        writeFile(t, QStringLiteral("loop.csv"), "code,name,parent_code\n300,好单位,\n301,甲,302\n302,乙,301\n"));
    CHECK(preview.invalidCount() == 0);
    CHECK(preview.blockers({}).isEmpty());
    const ImportSummary r = repo.apply(preview, {});
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors.at(0).startsWith(QStringLiteral("row 4: ")));
    CHECK(r.added == 0);
    CHECK(count(*db, "units") == 1);
    CHECK_FALSE(repo.byCode(QStringLiteral("300")).has_value());
    CHECK(count(*db, "change_log") == history);
}

TEST_CASE("A workbook from a sub-union keeps its codes as text and its rows numbered as Excel shows them",
          "[record][import]")
{
    TestDatabase t;
    auto db = t.open();
    SubUnitRepository repo(*db);
    const QString path = t.tempPath(QStringLiteral("units.xlsx"));
    {
        XlsxWriter w(path);
        w.addSheet(QStringLiteral("二级工会"), {{QStringLiteral("单位代码"), XlsxColumn::Kind::Text, 10},
                                                {QStringLiteral("单位名称"), XlsxColumn::Kind::Text, 30},
                                                {QStringLiteral("排序"), XlsxColumn::Kind::Integer, 6}});
        w.addRow({QStringLiteral("0101"), QStringLiteral("机关分工会"), 3});
        w.addRow({QVariant(), QVariant(), QVariant()}); // row 3 stays empty
        w.addRow({QStringLiteral("0102"), QString(), 4});
        w.finish();
    }
    const auto preview = repo.preview(path);
    REQUIRE(preview.rows.size() == 2);
    CHECK(preview.rows.at(0).row == 2);
    CHECK(preview.rows.at(0).status == ImportStatus::New);
    CHECK(preview.records.at(0).code == QStringLiteral("0101"));
    CHECK(preview.records.at(0).sortOrder == 3);
    CHECK(preview.invalidLines() == QStringList{QStringLiteral("row 4: Name is required.")});
    const ImportSummary r = repo.apply(preview, options(true));
    CHECK(r.added == 1);
    CHECK(repo.byCode(QStringLiteral("0101"))->name == QStringLiteral("机关分工会"));
}

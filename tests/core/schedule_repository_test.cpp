#include "support/PdfText.h"
#include "support/TestDatabase.h"
#include "support/catch.h"

#include "core/report/ReportPrinter.h"
#include "core/schedule/PlanDocument.h"
#include "core/schedule/ScheduleItemsModel.h"
#include "core/schedule/ScheduleReports.h"
#include "core/schedule/ScheduleRepository.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QRegularExpression>

using namespace ud::core;
using ud::test::isLandscape;
using ud::test::pdfPageCount;
using ud::test::pdfPages;
using ud::test::pdfRawText;
using ud::test::TestDatabase;

namespace {

struct Fixture {
    TestDatabase t;
    std::unique_ptr<Database> db = t.open();
    ScheduleRepository repo{*db};
    Fixture() { repo.importPlan(2024, PlanDocument::parseText(PlanDocument::examplePlanText())); }
    ScheduleItem find(int section, int number)
    {
        for (const ScheduleItem& i : repo.items(repo.requirePlan(2024).id))
            if (i.sectionNumber == section && i.number == number)
                return i;
        FAIL("no item " << section << "." << number);
        return {};
    }
};

// pdftotext breaks lines inside table cells: compare without whitespace, after NFKC.
QString squeezed(const QString& s)
{
    return s.normalized(QString::NormalizationForm_KC).remove(QRegularExpression(QStringLiteral("\\s+")));
}

// The body text of every page without its footer line and the repeated header row, so that a row split
// across a page break reads as one.
QString bodyText(const QString& pdfText, const QStringList& headerCells)
{
    QString body;
    for (QString page : pdfText.split(QLatin1Char('\f'))) {
        QStringList lines = page.trimmed().split(QLatin1Char('\n'));
        if (!lines.isEmpty())
            lines.removeLast(); // the footer
        body += squeezed(lines.join(QLatin1Char('\n'))).remove(squeezed(headerCells.join(QString())));
    }
    return body;
}

QStringList headerOf(const Report& r)
{
    QStringList cells;
    for (const auto& c : r.columns)
        cells << c.title;
    return cells;
}

} // namespace

TEST_CASE("Importing a year that has a plan needs consent; replacing keeps nothing of the old one",
          "[schedule][repository]")
{
    Fixture f;
    const ParsedPlan parsed = PlanDocument::parseText(PlanDocument::examplePlanText());
    const qint64 before = f.db->scalar(QStringLiteral("SELECT count(*) FROM schedule_items")).toLongLong();
    CHECK_THROWS_AS(f.repo.importPlan(2024, parsed), ValidationError);
    CHECK(f.db->scalar(QStringLiteral("SELECT count(*) FROM schedule_items")).toLongLong() == before);

    f.repo.markDone(f.find(2, 1).id, QDate(2024, 6, 20));
    f.repo.importPlan(2024, parsed, ScheduleRepository::Replace::Yes);
    CHECK(f.db->scalar(QStringLiteral("SELECT count(*) FROM schedule_items")).toLongLong() == 30);
    CHECK(f.find(2, 1).status == ItemStatus::Planned);
    CHECK(f.db->scalar(QStringLiteral("SELECT count(*) FROM schedule_plans")).toInt() == 1);
    CHECK(f.db->scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'schedule_items' AND "
                                      "action = 'delete'"))
              .toInt() == 30);
}

TEST_CASE("Items are edited and marked done with their history; bad edits change nothing", "[schedule][repository]")
{
    Fixture f;
    ScheduleItem item = f.find(3, 3);
    CHECK(item.timing == QStringLiteral("3-5月、9-11月"));
    item.office = QStringLiteral("工会办公室");
    item.status = ItemStatus::InProgress;
    item.notes = QStringLiteral("春游已报名 312 人");
    item.months = MonthSet::range(4, 5);
    CHECK(f.repo.updateItem(item));
    CHECK_FALSE(f.repo.updateItem(item)); // nothing changed the second time
    const ScheduleItem back = f.repo.item(item.id);
    CHECK(back.office == QStringLiteral("工会办公室"));
    CHECK(back.status == ItemStatus::InProgress);
    CHECK(back.months.toText() == QStringLiteral("4;5"));
    CHECK(back.timing == QStringLiteral("3-5月、9-11月")); // the wording stays as written

    f.repo.markDone(item.id, QDate(2024, 5, 30));
    CHECK(f.repo.item(item.id).status == ItemStatus::Done);
    CHECK(f.repo.item(item.id).doneDate == QDate(2024, 5, 30));
    const auto history = f.db->rows(
        QStringLiteral("SELECT old_values, new_values FROM change_log WHERE table_name = 'schedule_items' AND row_id = "
                       ":id AND action = 'update' ORDER BY id"),
        {{QStringLiteral("id"), item.id}});
    REQUIRE(history.size() == 2);
    CHECK(history.at(1).value(QStringLiteral("new_values")).toString().contains(QStringLiteral("2024-05-30")));

    ScheduleItem bad = f.repo.item(item.id);
    bad.doneDate = QDate();
    CHECK_THROWS_AS(f.repo.updateItem(bad), ValidationError);
    bad = f.repo.item(item.id);
    bad.text = QStringLiteral("  ");
    CHECK_THROWS_AS(f.repo.updateItem(bad), ValidationError);
    bad = f.repo.item(item.id);
    bad.status = ItemStatus::Postponed; // a date of completion on an item that is not done
    CHECK_THROWS_AS(f.repo.updateItem(bad), ValidationError);
    CHECK(f.repo.item(item.id).status == ItemStatus::Done);
}

TEST_CASE("A deadline item is listed only in its due month, marked due", "[schedule][repository]")
{
    Fixture f;
    const ScheduleItem congress = f.find(2, 1);
    CHECK(congress.deadline);
    for (int m = 1; m <= 12; ++m) {
        bool listed = false;
        for (const ScheduleItem& i : f.repo.monthItems(2024, m)) {
            if (i.id == congress.id) {
                listed = true;
                CHECK(i.isDueIn(m));
            } else {
                CHECK_FALSE(i.isDueIn(m));
            }
        }
        CHECK(listed == (m == 6));
    }
    CHECK(f.repo.monthItems(2025, 5).isEmpty());
}

TEST_CASE("A year's plan copies to the next year as a draft with statuses reset", "[schedule][repository]")
{
    Fixture f;
    f.repo.markDone(f.find(1, 2).id, QDate(2024, 6, 1));
    ScheduleItem n = f.find(1, 3);
    n.notes = QStringLiteral("评选结果已公示");
    n.status = ItemStatus::Postponed;
    f.repo.updateItem(n);
    f.repo.copyToNextYear(2024);
    const PlanInfo next = f.repo.requirePlan(2025);
    CHECK(next.draft);
    CHECK(next.title == QStringLiteral("浙江工商大学工会2025年工作要点"));
    CHECK(next.documentNumber.isEmpty());
    const auto items = f.repo.items(next.id);
    REQUIRE(items.size() == 30);
    for (const ScheduleItem& i : items) {
        CHECK(i.status == ItemStatus::Planned);
        CHECK_FALSE(i.doneDate.isValid());
        CHECK(i.notes.isEmpty());
    }
    CHECK(items.at(1).timing == QStringLiteral("3-6月"));
    CHECK(f.repo.keyPoints(next.id).size() == 5);
    CHECK(f.repo.sections(next.id).at(0).keySectionId == f.repo.keyPoints(next.id).at(0).id);
    // The old year is untouched, and a second copy is refused.
    CHECK(f.find(1, 2).status == ItemStatus::Done);
    CHECK_THROWS_AS(f.repo.copyToNextYear(2024), ValidationError);
    CHECK(f.repo.years() == QList<int>{2024, 2025});
}

TEST_CASE("The items model filters by month, section and status and passes the model tester", "[schedule][model]")
{
    Fixture f;
    ScheduleItemsModel model(*f.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    model.setYear(2024);
    CHECK(model.hasPlan());
    CHECK(model.rowCount() == 30);
    CHECK(model.columnCount() == ScheduleItemsModel::ColumnCount);
    model.setMonthFilter(6);
    CHECK(model.rowCount() == 15);
    const int congressRow = model.rowOf(f.find(2, 1).id);
    REQUIRE(congressRow >= 0);
    const QModelIndex june = model.index(congressRow, ScheduleItemsModel::FirstMonth + 5);
    CHECK(june.data(ScheduleItemsModel::DueRole).toBool());
    CHECK(june.data().toString() == QStringLiteral("▲"));
    CHECK(model.index(congressRow, ScheduleItemsModel::Timing).data().toString() == QStringLiteral("6月底前"));
    CHECK(model.index(congressRow, ScheduleItemsModel::FirstMonth + 4).data().toString().isEmpty());

    model.setSectionFilter(f.find(4, 1).sectionId);
    CHECK(model.rowCount() == 3); // 四-4 5-6月, 四-8 and 四-9 全年
    model.setMonthFilter(0);
    CHECK(model.rowCount() == 9);
    f.repo.markDone(f.find(4, 3).id, QDate(2024, 5, 18));
    model.setStatusFilter(ItemStatus::Done);
    CHECK(model.rowCount() == 1);
    CHECK(model.item(0).number == 3);
    CHECK(model.index(0, 0).data(ScheduleItemsModel::StatusKeyRole).toString() == QStringLiteral("done"));
    model.setStatusFilter(std::nullopt);
    model.setSectionFilter(0);
    CHECK(model.rowCount() == 30);
    model.setYear(2030);
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.hasPlan());
}

TEST_CASE("The month's schedule prints to A4 with the title, every item of the month and its deadline",
          "[schedule][print]")
{
    Fixture f;
    f.db->exec(QStringLiteral("INSERT INTO app_settings (key, value) VALUES ('union/name', '浙江工商大学工会')"));
    ScheduleReports reports(*f.db);
    for (int month : {5, 6}) {
        const Report r = reports.month(2024, month);
        CHECK(r.organisation == QStringLiteral("浙江工商大学工会"));
        const QString pdf = f.t.tempPath(QStringLiteral("month-%1.pdf").arg(month));
        ReportPrinter printer(r);
        printer.setPrintDate(QDate(2024, 4, 28));
        printer.writePdf(pdf);
        QString size;
        CHECK(pdfPageCount(pdf, &size) >= 1);
        CHECK(size.startsWith(QStringLiteral("595"))); // A4 portrait: 595.276 x 841.89 pt
        const QString raw = pdfRawText(pdf);
        const QString text = bodyText(raw, headerOf(r));
        CHECK(text.contains(squeezed(r.title)));
        CHECK(text.contains(QStringLiteral("浙江工商大学工会")));
        CHECK(squeezed(raw).contains(squeezed(QStringLiteral("Page 1 of"))));
        const auto items = f.repo.monthItems(2024, month);
        CHECK(r.dataRowCount() == items.size());
        for (const ScheduleItem& i : items) {
            INFO(i.text.toStdString());
            CHECK(text.contains(squeezed(i.text)));
            CHECK(text.contains(squeezed(i.timing)));
        }
        for (const QString& heading : {QStringLiteral("一、政治引领和宣传工作"), QStringLiteral("五、综合工作")})
            CHECK(text.contains(heading));
        CHECK(text.contains(squeezed(QStringLiteral("Due this month"))) == (month == 6));
    }
    CHECK(ScheduleReports::monthTitle(2024, 5) == QStringLiteral("Union work schedule for May 2024"));
    CHECK_THROWS_AS(reports.month(2031, 1), Error);
}

TEST_CASE("The year overview prints on A4 landscape with every item against the month grid", "[schedule][print]")
{
    Fixture f;
    const auto all = f.repo.items(f.repo.requirePlan(2024).id);
    for (int i = 0; i < 8; ++i)
        f.repo.markDone(all.at(i).id, QDate(2024, 5, 18));
    ScheduleReports reports(*f.db);
    const Report r = reports.yearOverview(2024);
    CHECK(r.dataRowCount() == 30);
    // 三-3 3-5月、9-11月: ● in March–May and September–November; 二-1 6月底前: ▲ in June only.
    for (const auto& row : r.rows) {
        if (row.cells.value(1) == QStringLiteral("开展教职工春秋游活动")) {
            CHECK(row.cells.mid(3, 12).join(QLatin1Char(',')) == QStringLiteral(",,●,●,●,,,,●,●,●,"));
        }
        if (row.cells.value(2) == QStringLiteral("6月底前")) {
            CHECK(row.cells.mid(3, 12).join(QLatin1Char(',')) == QStringLiteral(",,,,,▲,,,,,,"));
        }
    }
    const QString pdf = f.t.tempPath(QStringLiteral("year.pdf"));
    ReportPrinter(r).writePdf(pdf);
    QString size;
    CHECK(pdfPageCount(pdf, &size) >= 1);
    CHECK(isLandscape(size));
    const QString text = bodyText(pdfRawText(pdf), headerOf(r));
    CHECK(text.contains(squeezed(r.title)));
    for (const ScheduleItem& i : f.repo.items(f.repo.requirePlan(2024).id)) {
        INFO(i.text.toStdString());
        CHECK(text.contains(squeezed(i.text)));
    }
    CHECK(text.contains(QStringLiteral("▲")));
    CHECK(text.count(QStringLiteral("●")) >= 150);
    // The status column is as wide as the dates of the items done: none is broken in two.
    CHECK(pdfPages(pdf).join(QString()).count(QStringLiteral("2024-05-18")) == 8);
}

#include "support/Builders.h"
#include "support/PdfText.h"
#include "support/TestDatabase.h"
#include "support/TestIds.h"
#include "support/catch.h"

#include "ModalWatcher.h"
#include "Screenshots.h"
#include "UiTestSupport.h"

#include "core/io/Csv.h"
#include "core/members/IdNumber.h"
#include "core/members/MemberRepository.h"
#include "core/units/SubUnitRepository.h"
#include "ui/members/MemberListsDialog.h"
#include "ui/widgets/ReportPreview.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace ud;

namespace {

using ud::test::makeId;

void addMembers(core::Database& db)
{
    core::SubUnit a = ud::test::unit(QStringLiteral("101"), QStringLiteral("经济学院分工会"));
    const qint64 econ = core::SubUnitRepository(db).add(a);
    core::SubUnit b = ud::test::unit(QStringLiteral("102"), QStringLiteral("法学院分工会"));
    const qint64 law = core::SubUnitRepository(db).add(b);
    const char* names[] = {"张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴霞"};
    for (int i = 0; i < 40; ++i) {
        core::Member m =
            ud::test::member(QString::number(2000 + i), QString::fromUtf8(names[i % 10]), i % 2 ? econ : law);
        m.idNumber = makeId(QDate(1970 + i % 20, 1 + i % 12, 1 + i % 27), i + 1);
        m.phone = QStringLiteral("139%1").arg(10000000 + i);
        m.joinDate = QDate(2005, 9, 1);
        core::MemberRepository(db).add(m);
    }
}

template <typename T> T* child(QWidget& w, const char* name)
{
    T* found = w.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

/// Where the preview differs from the printed list: each heading a row of its own across the table, each data row its
/// cells in the printed columns, nothing else.
QStringList previewDifferences(const QTableView& table, const core::Report& report)
{
    const QList<int> columns = report.printedColumns();
    QStringList out;
    const QAbstractItemModel* model = table.model();
    if (model->rowCount() != report.rows.size())
        out << QStringLiteral("%1 rows, the report has %2").arg(model->rowCount()).arg(report.rows.size());
    if (model->columnCount() != columns.size())
        out << QStringLiteral("%1 columns, the report prints %2").arg(model->columnCount()).arg(columns.size());
    for (int c = 0; c < qMin(model->columnCount(), columns.size()); ++c)
        if (model->headerData(c, Qt::Horizontal).toString() != report.columns.at(columns.at(c)).title)
            out << QStringLiteral("column %1 is titled %2").arg(c).arg(model->headerData(c, Qt::Horizontal).toString());
    for (int r = 0; r < qMin(model->rowCount(), int(report.rows.size())); ++r) {
        const auto& row = report.rows.at(r);
        if (!row.heading.isEmpty()) {
            if (model->index(r, 0).data().toString() != row.heading || table.columnSpan(r, 0) != columns.size())
                out << QStringLiteral("row %1 is not the heading %2").arg(r).arg(row.heading);
            continue;
        }
        for (int c = 0; c < qMin(model->columnCount(), columns.size()); ++c) {
            if (table.columnSpan(r, c) != 1 || table.rowSpan(r, c) != 1)
                out << QStringLiteral("row %1, column %2 spans %3 columns").arg(r).arg(c).arg(table.columnSpan(r, c));
            else if (model->index(r, c).data().toString() != row.cells.value(columns.at(c)))
                out << QStringLiteral("row %1, column %2 shows \"%3\", not \"%4\"")
                           .arg(r)
                           .arg(c)
                           .arg(model->index(r, c).data().toString(), row.cells.value(columns.at(c)));
        }
    }
    return out;
}

} // namespace

TEST_CASE("The lists dialog previews, saves a PDF and exports each list", "[ui][lists]")
{
    test::SettingsGuard settings;
    test::TestDatabase tdb;
    auto db = tdb.open();
    addMembers(*db);

    ui::MemberListsDialog dialog(*db);
    CHECK(test::labelsWithoutBuddy(&dialog).isEmpty());
    auto* table = dialog.previewTable();
    auto* month = child<QComboBox>(dialog, "month");
    child<QSpinBox>(dialog, "year")->setValue(2026);
    month->setCurrentIndex(0); // January: staff 2000, 2012, 2024, 2036
    CHECK(dialog.report().dataRowCount() == 4);
    CHECK(table->model()->rowCount() == 4 + 1); // all four in one sub-union, under its heading

    // Masked by default; the full number only when asked, and then the export is recorded.
    const auto logged = [&] {
        return db
            ->scalar(QStringLiteral("SELECT COUNT(*) FROM change_log WHERE action = 'export' AND new_values LIKE "
                                    "'%\"file\"%'"))
            .toInt();
    };
    const QString csv = tdb.tempPath(QStringLiteral("birthdays.csv"));
    REQUIRE(dialog.exportTable(csv));
    auto rows = core::Csv::readFile(csv).rows;
    REQUIRE(rows.size() == 5);
    CHECK(rows.at(1).last().contains(QStringLiteral("****")));
    CHECK(logged() == 0);
    child<QCheckBox>(dialog, "fullPhone")->setChecked(true);
    REQUIRE(dialog.exportTable(csv));
    rows = core::Csv::readFile(csv).rows;
    CHECK_FALSE(rows.at(1).last().contains(QStringLiteral("****")));
    CHECK(logged() == 1);
    child<QCheckBox>(dialog, "fullPhone")->setChecked(false);

    dialog.setListKind(ui::MemberListsDialog::ListKind::Roster);
    child<QDateEdit>(dialog, "asOf")->setDate(QDate(2025, 12, 31));
    CHECK(dialog.report().dataRowCount() == 40);
    child<QComboBox>(dialog, "unit")->setCurrentIndex(1);
    CHECK(dialog.report().dataRowCount() == 20);

    const QString pdf = tdb.tempPath(QStringLiteral("roster.pdf"));
    REQUIRE(dialog.savePdf(pdf));
    CHECK(QFileInfo(pdf).size() > 1000);
    QString size;
    CHECK(test::pdfPageCount(pdf, &size) == 1);
    CHECK_FALSE(test::isLandscape(size)); // portrait by default
    child<QComboBox>(dialog, "orientation")->setCurrentIndex(1);
    CHECK(dialog.report().orientation == QPageLayout::Landscape);
    REQUIRE(dialog.savePdf(pdf));
    CHECK(test::pdfPageCount(pdf, &size) == 1);
    CHECK(test::isLandscape(size));
    {
        ui::MemberListsDialog again(*db); // the choice is remembered
        CHECK(again.report().orientation == QPageLayout::Landscape);
    }
    child<QComboBox>(dialog, "orientation")->setCurrentIndex(0);
    // A folder that does not exist: refused with a message, nothing written.
    const QString bad = tdb.tempPath(QStringLiteral("no/such/roster.pdf"));
    test::ModalWatcher watcher;
    CHECK_FALSE(dialog.savePdf(bad));
    REQUIRE(watcher.count() == 1);
    CHECK(watcher.texts.first().contains(QStringLiteral("roster.pdf")));
    CHECK_FALSE(QFileInfo::exists(bad));

    dialog.setListKind(ui::MemberListsDialog::ListKind::Retirements);
    child<QDateEdit>(dialog, "from")->setDate(QDate(2020, 1, 1));
    child<QDateEdit>(dialog, "to")->setDate(QDate(2052, 12, 31));
    child<QComboBox>(dialog, "unit")->setCurrentIndex(0);
    CHECK(dialog.report().dataRowCount() == 40);
    // The men born in 1988 retire at 63 in 2051, no longer at 60 in 2048.
    child<QDateEdit>(dialog, "to")->setDate(QDate(2050, 12, 31));
    CHECK(dialog.report().dataRowCount() == 38);

    // The women's default original age is the database's, ages shown with their months.
    auto* womenAge = child<QComboBox>(dialog, "womenAge");
    CHECK(womenAge->currentData().toInt() == 55);
    const auto ages = [&] {
        QStringList list;
        for (const auto& row : dialog.report().rows)
            if (row.heading.isEmpty())
                list << row.cells.value(6);
        return list;
    };
    CHECK(ages().contains(QStringLiteral("55 years 4 months"))); // a woman born in February 1971 (k = 13)
    CHECK_FALSE(ages().contains(QStringLiteral("50 years")));
    womenAge->setCurrentIndex(womenAge->findData(50));
    CHECK(core::MemberRepository(*db).womenRetirementAge() == 50);
    CHECK(ages().contains(QStringLiteral("50 years"))); // born before 1975: no rise
    ui::MemberListsDialog again(*db);
    CHECK(child<QComboBox>(again, "womenAge")->currentData().toInt() == 50);
}

TEST_CASE("The preview is the printed list after every change of list, month, sub-union and grouping", "[ui][lists]")
{
    test::SettingsGuard settings;
    test::TestDatabase tdb;
    auto db = tdb.open();
    addMembers(*db);

    ui::MemberListsDialog dialog(*db);
    QTableView* table = dialog.previewTable();
    const QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto check = [&](const char* step) {
        INFO(step);
        CHECK(dialog.report().rows.size() > 0);
        CHECK(previewDifferences(*table, dialog.report()).join(QLatin1Char('\n')) == QString());
    };
    child<QSpinBox>(dialog, "year")->setValue(2026);
    for (int month : {0, 4, 11, 6}) {
        child<QComboBox>(dialog, "month")->setCurrentIndex(month);
        check("birthdays of a month");
    }
    dialog.setListKind(ui::MemberListsDialog::ListKind::Roster);
    child<QDateEdit>(dialog, "asOf")->setDate(QDate(2025, 12, 31));
    check("the roster, by sub-union");
    CHECK(table->model()->columnCount() == 7); // the headings name the sub-union: no column repeats it
    child<QCheckBox>(dialog, "group")->setChecked(false);
    check("the roster, not grouped");
    CHECK(table->model()->columnCount() == 8);
    child<QCheckBox>(dialog, "group")->setChecked(true);
    dialog.setListKind(ui::MemberListsDialog::ListKind::Retirements);
    child<QDateEdit>(dialog, "from")->setDate(QDate(2020, 1, 1));
    child<QDateEdit>(dialog, "to")->setDate(QDate(2050, 12, 31));
    check("retirements");
    child<QComboBox>(dialog, "unit")->setCurrentIndex(2);
    check("retirements of one sub-union");
    dialog.setListKind(ui::MemberListsDialog::ListKind::Birthdays);
    check("birthdays of one sub-union");
    child<QComboBox>(dialog, "unit")->setCurrentIndex(0);
    child<QComboBox>(dialog, "month")->setCurrentIndex(1);
    check("birthdays again");
}

TEST_CASE("The lists dialog in Chinese, for the screenshot", "[ui][lists]")
{
    const test::ChineseTranslation chinese;

    test::SettingsGuard settings;
    test::TestDatabase tdb;
    auto db = tdb.open();
    addMembers(*db);
    ui::MemberListsDialog dialog(*db);
    child<QSpinBox>(dialog, "year")->setValue(2026);
    child<QComboBox>(dialog, "month")->setCurrentIndex(4);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    test::saveScreenshot(dialog, QStringLiteral("member-lists"));
    CHECK(dialog.report().dataRowCount() == 3); // May: staff 2004, 2016, 2028

    dialog.setListKind(ui::MemberListsDialog::ListKind::Retirements);
    child<QDateEdit>(dialog, "from")->setDate(QDate(2031, 1, 1));
    child<QDateEdit>(dialog, "to")->setDate(QDate(2034, 12, 31));
    test::saveScreenshot(dialog, QStringLiteral("member-lists-retiring"));
    CHECK(dialog.report().dataRowCount() == 8); // men born 1970–1972, women born 1975–1977

    // The roster under its sub-union headings, as it prints.
    dialog.setListKind(ui::MemberListsDialog::ListKind::Roster);
    child<QDateEdit>(dialog, "asOf")->setDate(QDate(2025, 12, 31));
    test::saveScreenshot(dialog, QStringLiteral("member-lists-roster"));
    CHECK(dialog.previewTable()->columnSpan(0, 0) == 7);
    CHECK(dialog.previewTable()->columnSpan(1, 0) == 1);
}

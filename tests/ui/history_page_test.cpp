#include "support/Builders.h"
#include "support/TestDatabase.h"
#include "support/catch.h"

#include "core/db/ChangeHistoryModel.h"
#include "core/units/SubUnitRepository.h"
#include "ui/history/HistoryModule.h"
#include "ui/history/HistoryPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/units/UnitsModule.h"
#include "ui/units/UnitsPage.h"
#include "ui/widgets/DataTableView.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QTest>

#include <memory>

using namespace ud;

using test::unit;

namespace {

void addUnits(core::Database& db, int count)
{
    core::SubUnitRepository repo(db);
    core::Transaction tx(db);
    for (int i = 0; i < count; ++i)
        repo.add(unit(QStringLiteral("U%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("单位%1").arg(i)));
    tx.commit();
}

} // namespace

TEST_CASE("ChangeHistoryModel fetches the history in pages", "[ui][history][model]")
{
    constexpr int extra = 20;
    test::TestDatabase tdb;
    auto db = tdb.open();
    addUnits(*db, core::ChangeHistoryModel::PageSize + extra);

    core::ChangeHistoryModel model;
    model.setDatabase(db.get());
    REQUIRE(model.rowCount() == core::ChangeHistoryModel::PageSize);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    REQUIRE(model.rowCount() == core::ChangeHistoryModel::PageSize + extra);
    REQUIRE_FALSE(model.canFetchMore({}));
    // Newest first.
    REQUIRE(model.index(0, core::ChangeHistoryModel::Details)
                .data()
                .toString()
                .contains(QStringLiteral("单位%1").arg(core::ChangeHistoryModel::PageSize + extra - 1)));

    const qint64 id = core::SubUnitRepository(*db).byCode(QStringLiteral("U0007"))->id;
    core::ChangeFilter filter;
    filter.table = QStringLiteral("units");
    filter.rowId = id;
    model.setFilter(filter);
    REQUIRE(model.rowCount() == 1);
    REQUIRE_FALSE(model.canFetchMore({}));
}

TEST_CASE("ChangeHistoryModel stays consistent with more than a page of rows", "[ui][history][model]")
{
    test::TestDatabase tdb;
    auto db = tdb.open();
    addUnits(*db, core::ChangeHistoryModel::PageSize + 30);

    core::ChangeHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(db.get());
    REQUIRE(model.rowCount() >= core::ChangeHistoryModel::PageSize);
    while (model.canFetchMore({}))
        model.fetchMore({});
    REQUIRE(model.rowCount() == core::ChangeHistoryModel::PageSize + 30);

    core::ChangeFilter filter;
    filter.table = QStringLiteral("units");
    model.setFilter(filter);
    REQUIRE(model.rowCount() >= core::ChangeHistoryModel::PageSize);
    filter.from = QDate::currentDate().addDays(1);
    model.setFilter(filter);
    REQUIRE(model.rowCount() == 0);
    model.setDatabase(nullptr);
    REQUIRE(model.rowCount() == 0);
}

TEST_CASE("The history page filters by table, record and date", "[ui][history]")
{
    test::TestDatabase tdb;
    ui::MainWindow window;
    window.addModule(std::make_unique<ui::UnitsModule>());
    window.addModule(std::make_unique<ui::HistoryModule>());
    REQUIRE(window.openDatabase(tdb.location()));
    auto* units = qobject_cast<ui::UnitsPage*>(window.page(QStringLiteral("units")));
    auto* history = qobject_cast<ui::HistoryPage*>(window.page(QStringLiteral("history")));
    REQUIRE(units);
    REQUIRE(history);
    REQUIRE(history->model()->rowCount() == 0);
    REQUIRE(history->tableView()->showsPlaceholder());

    const qint64 first = units->addRecord(unit(QStringLiteral("H1"), QStringLiteral("历史一")));
    REQUIRE(units->addRecord(unit(QStringLiteral("H2"), QStringLiteral("历史二"))) > 0);
    core::SubUnit renamed = unit(QStringLiteral("H1"), QStringLiteral("历史一（改）"));
    renamed.id = first;
    REQUIRE(units->editRecord(renamed));
    // Every change told the page.
    REQUIRE(history->model()->rowCount() == 3);

    window.showPage(QStringLiteral("history"));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QComboBox* tables = history->tableCombo();
    const int unitsIndex = tables->findData(QStringLiteral("units"));
    REQUIRE(unitsIndex > 0);
    REQUIRE(tables->itemText(unitsIndex) == QStringLiteral("Sub-unions"));
    tables->setCurrentIndex(unitsIndex);
    REQUIRE(history->model()->filter().table == QStringLiteral("units"));
    REQUIRE(history->model()->rowCount() == 3);

    QTest::keyClicks(history->recordEdit(), QString::number(first));
    REQUIRE(QTest::qWaitFor([&] { return history->model()->rowCount() == 2; }, 3000));
    REQUIRE(history->model()->filter().rowId == first);

    history->fromCheck()->setChecked(true);
    history->fromEdit()->setDate(QDate::currentDate().addDays(1));
    REQUIRE(history->model()->rowCount() == 0);
    REQUIRE(history->tableView()->placeholderText() == QStringLiteral("No changes match the filter."));
    history->fromEdit()->setDate(QDate::currentDate());
    REQUIRE(history->model()->rowCount() == 2);
    history->fromCheck()->setChecked(false);
    history->toCheck()->setChecked(true);
    history->toEdit()->setDate(QDate::currentDate().addDays(-1));
    REQUIRE(history->model()->rowCount() == 0);
    history->toCheck()->setChecked(false);
    REQUIRE(history->model()->rowCount() == 2);

    // Letters cannot go into the record number.
    history->recordEdit()->clear();
    QTest::keyClicks(history->recordEdit(), QStringLiteral("12ab"));
    REQUIRE(history->recordEdit()->text() == QStringLiteral("12"));
}

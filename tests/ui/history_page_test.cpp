#include "ModalWatcher.h"
#include "Screenshots.h"
#include "support/Builders.h"
#include "support/PageFixture.h"
#include "support/TestDatabase.h"
#include "support/TestIds.h"
#include "support/catch.h"

#include "core/db/ChangeHistoryModel.h"
#include "core/members/MemberExport.h"
#include "core/members/MemberRepository.h"
#include "core/schedule/PlanDocument.h"
#include "core/schedule/ScheduleRepository.h"
#include "core/units/SubUnitRepository.h"
#include "ui/history/HistoryModule.h"
#include "ui/history/HistoryPage.h"
#include "ui/members/MembersModule.h"
#include "ui/members/MembersPage.h"
#include "ui/schedule/ScheduleModule.h"
#include "ui/schedule/SchedulePage.h"
#include "ui/shell/MainWindow.h"
#include "ui/units/UnitsModule.h"
#include "ui/units/UnitsPage.h"
#include "ui/widgets/DataTableView.h"

#include <QStatusBar>

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

    // The unit by its name, as it is now: its insert and its rename.
    history->searchEdit()->setText(QStringLiteral("历史一")); // typed (keyClicks knows only ASCII)
    REQUIRE(QTest::qWaitFor([&] { return history->model()->rowCount() == 2; }, 3000));
    REQUIRE(history->model()->filter().search == QStringLiteral("历史一"));
    for (int r = 0; r < 2; ++r)
        REQUIRE(history->model()->index(r, core::ChangeHistoryModel::Row).data().toString() ==
                QStringLiteral("历史一（改）"));

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

    history->searchEdit()->clear();
    history->searchEdit()->setText(QStringLiteral("没有这个"));
    REQUIRE(QTest::qWaitFor([&] { return history->model()->rowCount() == 0; }, 3000));
    REQUIRE(history->tableView()->placeholderText() == QStringLiteral("No changes match the filter."));
    REQUIRE(first > 0);
}

namespace {

/// A module that shows one table's records and notes what the shell asks it to open.
class RecordingModule : public ui::Module {
public:
    explicit RecordingModule(const core::Table& table) : m_table(table) {}
    QString id() const override { return QStringLiteral("recording"); }
    QString title() const override { return QStringLiteral("Recording"); }
    QIcon icon() const override { return {}; }
    QWidget* createPage(ui::ShellContext&) override { return new QWidget; }
    void databaseOpened(core::Database&) override {}
    void databaseClosed() override {}
    bool showsRecordsOf(const core::Table& table) const override { return table == m_table; }
    bool openRecord(const core::Table& table, qint64 id) override
    {
        opened.append({table.sqlName(), id});
        return true;
    }
    QList<QPair<QString, qint64>> opened;

private:
    core::Table m_table;
};

/// The row of the history view that is about record `id` of `table` and says `action`.
int historyRow(ui::HistoryPage& history, const QString& table, qint64 id, const QString& action)
{
    core::ChangeHistoryModel* model = history.model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex index = model->index(r, 0);
        if (index.data(core::ChangeHistoryModel::TableRole).toString() == table &&
            index.data(core::ChangeHistoryModel::RowIdRole).toLongLong() == id &&
            model->index(r, core::ChangeHistoryModel::Action).data().toString() == action)
            return r;
    }
    return -1;
}

void doubleClick(QAbstractItemView* view, const QModelIndex& index)
{
    view->scrollTo(index);
    const QPoint at = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
}

} // namespace

TEST_CASE("A double-click on a history row asks the shell to open its record", "[ui][history]")
{
    test::TestDatabase tdb;
    const qint64 unitId = [&] {
        auto db = tdb.open();
        return test::addUnit(*db, QStringLiteral("0105"), QStringLiteral("经济学院分工会"));
    }();
    ui::MainWindow window;
    auto recording = std::make_unique<RecordingModule>(core::tables::Units);
    RecordingModule* module = recording.get();
    window.addModule(std::move(recording));
    window.addModule(std::make_unique<ui::HistoryModule>());
    REQUIRE(window.openDatabase(tdb.location()));
    window.showPage(QStringLiteral("history"));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* history = qobject_cast<ui::HistoryPage*>(window.page(QStringLiteral("history")));
    REQUIRE(history);
    REQUIRE(history->model()->rowCount() == 1);

    doubleClick(history->tableView(), history->model()->index(0, core::ChangeHistoryModel::Details));
    REQUIRE(module->opened == QList<QPair<QString, qint64>>{{QStringLiteral("units"), unitId}});
    REQUIRE(window.currentPageId() == QStringLiteral("recording"));

    // Enter does the same.
    window.showPage(QStringLiteral("history"));
    history->tableView()->setFocus();
    QTest::keyClick(history->tableView(), Qt::Key_Return);
    REQUIRE(module->opened.size() == 2);
}

TEST_CASE("The history opens a record on its page; a deleted one is only named", "[ui][history]")
{
    test::TestDatabase tdb;
    qint64 memberId = 0;
    qint64 goneId = 0;
    {
        auto db = tdb.open();
        const qint64 unitId = test::addUnit(*db, QStringLiteral("0105"), QStringLiteral("经济学院分工会"));
        memberId = test::addMember(*db, QStringLiteral("20150032"), QStringLiteral("张伟"), unitId);
        goneId = test::addMember(*db, QStringLiteral("20180101"), QStringLiteral("李娜"), unitId);
        core::MemberRepository(*db).remove(goneId);
    }
    ui::MainWindow window;
    window.addModule(std::make_unique<ui::MembersModule>());
    window.addModule(std::make_unique<ui::HistoryModule>());
    REQUIRE(window.openDatabase(tdb.location()));
    window.showPage(QStringLiteral("history"));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* history = qobject_cast<ui::HistoryPage*>(window.page(QStringLiteral("history")));
    auto* members = qobject_cast<ui::MembersPage*>(window.page(QStringLiteral("members")));
    REQUIRE(history);
    REQUIRE(members);

    const int gone = historyRow(*history, QStringLiteral("members"), goneId, QStringLiteral("Added"));
    REQUIRE(gone >= 0);
    doubleClick(history->tableView(), history->model()->index(gone, core::ChangeHistoryModel::Time));
    REQUIRE(window.currentPageId() == QStringLiteral("history"));
    REQUIRE(window.statusBar()->currentMessage().contains(QStringLiteral("李娜 20180101")));

    // The member's form opens over the members page, the member selected there.
    test::ModalWatcher watcher;
    const int row = historyRow(*history, QStringLiteral("members"), memberId, QStringLiteral("Added"));
    REQUIRE(row >= 0);
    doubleClick(history->tableView(), history->model()->index(row, core::ChangeHistoryModel::Time));
    REQUIRE(window.currentPageId() == QStringLiteral("members"));
    REQUIRE(members->currentMemberId() == memberId);
    REQUIRE(watcher.count() == 1);
    REQUIRE(watcher.titles.first().contains(QStringLiteral("张伟")));

    // An event opens its member.
    window.showPage(QStringLiteral("history"));
    const qint64 eventId = core::MemberRepository(*window.database()).events(memberId).first().id;
    const int eventRow = historyRow(*history, QStringLiteral("member_events"), eventId, QStringLiteral("Added"));
    REQUIRE(eventRow >= 0);
    doubleClick(history->tableView(), history->model()->index(eventRow, core::ChangeHistoryModel::Time));
    REQUIRE(window.currentPageId() == QStringLiteral("members"));
    REQUIRE(QTest::qWaitFor([&] { return watcher.count() == 2; }, 2000));
}

TEST_CASE("The history opens a sub-union and a schedule item on their pages", "[ui][history]")
{
    test::TestDatabase tdb;
    qint64 unitId = 0;
    qint64 itemId = 0;
    {
        auto db = tdb.open();
        unitId = test::addUnit(*db, QStringLiteral("0105"), QStringLiteral("经济学院分工会"));
        core::ScheduleRepository repo(*db);
        repo.importPlan(2024, core::PlanDocument::parseText(core::PlanDocument::examplePlanText()));
        repo.copyToNextYear(2024);
        itemId = repo.items(repo.plan(2024)->id).first().id;
    }
    ui::MainWindow window;
    window.addModule(std::make_unique<ui::UnitsModule>());
    window.addModule(std::make_unique<ui::ScheduleModule>());
    window.addModule(std::make_unique<ui::HistoryModule>());
    REQUIRE(window.openDatabase(tdb.location()));
    window.showPage(QStringLiteral("history"));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* history = qobject_cast<ui::HistoryPage*>(window.page(QStringLiteral("history")));
    auto* units = qobject_cast<ui::UnitsPage*>(window.page(QStringLiteral("units")));
    auto* schedule = qobject_cast<ui::SchedulePage*>(window.page(QStringLiteral("schedule")));
    REQUIRE(history);
    REQUIRE(units);
    REQUIRE(schedule);
    REQUIRE(schedule->setYear(2025));
    REQUIRE_FALSE(history->model()->canFetchMore({}));
    test::ModalWatcher watcher;

    const int unitRow = historyRow(*history, QStringLiteral("units"), unitId, QStringLiteral("Added"));
    REQUIRE(unitRow >= 0);
    doubleClick(history->tableView(), history->model()->index(unitRow, core::ChangeHistoryModel::Time));
    REQUIRE(window.currentPageId() == QStringLiteral("units"));
    REQUIRE(units->currentId() == unitId);
    REQUIRE(QTest::qWaitFor([&] { return watcher.count() == 1; }, 2000));
    REQUIRE(watcher.titles.last() == QStringLiteral("Edit sub-union"));

    // An item of another year than the one shown: its year comes up, the item selected and opened.
    window.showPage(QStringLiteral("history"));
    // The plan came from an import, which the history says.
    const int itemRow =
        historyRow(*history, QStringLiteral("schedule_items"), itemId, QStringLiteral("Added (import)"));
    REQUIRE(itemRow >= 0);
    doubleClick(history->tableView(), history->model()->index(itemRow, core::ChangeHistoryModel::Time));
    REQUIRE(window.currentPageId() == QStringLiteral("schedule"));
    REQUIRE(schedule->year() == 2024);
    REQUIRE(schedule->currentItemId() == itemId);
    REQUIRE(QTest::qWaitFor([&] { return watcher.count() == 2; }, 2000));
    REQUIRE(watcher.titles.last().startsWith(QStringLiteral("Edit Schedule Item")));

    // A work plan has no page that opens it: the status bar says so.
    window.showPage(QStringLiteral("history"));
    const qint64 planId = core::ScheduleRepository(*window.database()).plan(2024)->id;
    const int planRow =
        historyRow(*history, QStringLiteral("schedule_plans"), planId, QStringLiteral("Added (import)"));
    REQUIRE(planRow >= 0);
    doubleClick(history->tableView(), history->model()->index(planRow, core::ChangeHistoryModel::Time));
    REQUIRE(window.currentPageId() == QStringLiteral("history"));
    REQUIRE(window.statusBar()->currentMessage() == QStringLiteral("Work plans have no page to open them on."));
    REQUIRE(watcher.count() == 2);
}

TEST_CASE("The history page finds a person by name or staff number", "[ui][history]")
{
    test::PageFixture<ui::HistoryPage> f;
    {
        auto db = f.tdb.open();
        const qint64 unitId = test::addUnit(*db, QStringLiteral("0105"), QStringLiteral("经济学院分工会"));
        test::addMember(*db, QStringLiteral("20150032"), QStringLiteral("张伟"), unitId);
        test::addMember(*db, QStringLiteral("20180101"), QStringLiteral("张伟"), unitId);
        test::addMember(*db, QStringLiteral("20190007"), QStringLiteral("李娜"), unitId);
    }
    f.show<ui::MembersModule, ui::HistoryModule>();
    REQUIRE(f.ready());
    core::ChangeHistoryModel* model = f.page->model();
    REQUIRE(model->rowCount() == 1 + 3 + 3);
    const auto records = [model] {
        QStringList names;
        for (int r = 0; r < model->rowCount(); ++r)
            names << model->index(r, core::ChangeHistoryModel::Row).data().toString();
        return names;
    };

    f.page->searchEdit()->setText(QStringLiteral("张伟")); // typed (keyClicks knows only ASCII)
    REQUIRE(QTest::qWaitFor([&] { return model->rowCount() == 4; }, 3000));
    REQUIRE_FALSE(records().join(QLatin1Char(' ')).contains(QStringLiteral("李娜")));
    f.page->searchEdit()->clear();
    QTest::keyClicks(f.page->searchEdit(), QStringLiteral("20180101"));
    QTest::keyClick(f.page->searchEdit(), Qt::Key_Return);
    REQUIRE(model->rowCount() == 2);
    for (const QString& name : records())
        REQUIRE(name.startsWith(QStringLiteral("张伟 20180101")));
}

#ifdef UD_QM_DIR
TEST_CASE("The change history in Chinese, for the screenshot", "[ui][history][screenshot]")
{
    test::ChineseTranslation chinese;
    test::PageFixture<ui::HistoryPage> f;
    {
        auto db = f.tdb.open();
        db->setUserName(QStringLiteral("wangli"));
        const qint64 economics = test::addUnit(*db, QStringLiteral("0105"), QStringLiteral("经济学院分工会"));
        const qint64 management = test::addUnit(*db, QStringLiteral("0106"), QStringLiteral("管理学院分工会"));
        core::MemberRepository members(*db);
        core::Member m = test::member(QStringLiteral("20150032"), QStringLiteral("张伟"), economics);
        m.idNumber = test::makeId(QStringLiteral("19650302"), 11);
        m.phone = QStringLiteral("13812345678");
        m.joinDate = QDate(1988, 9, 1);
        m.id = members.add(m);
        m = *members.byId(m.id);
        m.phone = QStringLiteral("13987654321");
        m.title = QStringLiteral("副教授");
        members.update(m);
        members.addEvent(test::event(m.id, core::MemberEvent::Kind::Retired, QDate(2025, 3, 31)), QDate(2025, 4, 1));
        const qint64 li =
            test::addMember(*db, QStringLiteral("20180101"), QStringLiteral("李娜"), management, QDate(2018, 9, 1));
        members.addEvent(test::event(li, core::MemberEvent::Kind::Transferred, QDate(2024, 9, 1), economics));
        const qint64 gone = test::addMember(*db, QStringLiteral("20230015"), QStringLiteral("陈静"), management);
        members.remove(gone);
        core::FullNumbersUse use;
        use.kind = core::FullNumbersUse::Kind::Printed;
        use.target = QStringLiteral("办公室打印机");
        use.filter = QStringLiteral("search \"13812345678\"");
        use.rows = 1;
        use.numbers = QStringList{QStringLiteral("phone")};
        core::recordFullNumbers(*db, use);
    }
    f.show<ui::UnitsModule, ui::MembersModule, ui::HistoryModule>(QSize(1280, 720));
    REQUIRE(f.ready());
    const QString all = [&] {
        QStringList texts;
        core::ChangeHistoryModel* model = f.page->model();
        for (int r = 0; r < model->rowCount(); ++r)
            for (int c = 0; c < model->columnCount(); ++c)
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                    texts << model->index(r, c).data(role).toString();
        return texts.join(QLatin1Char('\n'));
    }();
    REQUIRE(all.contains(QStringLiteral("退休")));
    REQUIRE(all.contains(QStringLiteral("张伟 20150032")));
    REQUIRE(all.contains(QStringLiteral("经济学院分工会")));
    for (const QString& secret :
         {QStringLiteral("13812345678"), QStringLiteral("13987654321"), test::makeId(QStringLiteral("19650302"), 11)})
        REQUIRE_FALSE(all.contains(secret));
    test::saveScreenshot(f.window, QStringLiteral("history-page"));
}
#endif

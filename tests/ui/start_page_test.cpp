#include "support/Builders.h"
#include "support/TestDatabase.h"
#include "support/catch.h"

#include "ModalWatcher.h"
#include "Screenshots.h"
#include "UiTestSupport.h"

#include "core/db/Backup.h"
#include "core/db/DatabaseSettings.h"
#include "ui/history/HistoryModule.h"
#include "ui/members/MembersModule.h"
#include "ui/schedule/ScheduleModule.h"
#include "ui/schedule/SchedulePage.h"
#include "ui/shell/DatabaseActions.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ManualDialog.h"
#include "ui/shell/StartPage.h"
#include "ui/shell/UserSettings.h"
#include "ui/units/UnitsModule.h"

#include <QAction>
#include <QFile>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

#include <memory>

using namespace ud;

namespace {

// The program's pages, as app/BuiltInModules.cpp lists them.
std::unique_ptr<ui::MainWindow> makeWindow()
{
    auto window = std::make_unique<ui::MainWindow>();
    window->addModule(std::make_unique<ui::UnitsModule>());
    window->addModule(std::make_unique<ui::MembersModule>());
    window->addModule(std::make_unique<ui::ScheduleModule>());
    window->addModule(std::make_unique<ui::HistoryModule>());
    window->resize(1200, 760);
    return window;
}

ui::StartPage* startPage(ui::MainWindow& window)
{
    auto* page = window.findChild<ui::StartPage*>();
    REQUIRE(page);
    return page;
}

QPushButton* stepButton(ui::MainWindow& window, int step, int button)
{
    QPushButton* b = startPage(window)->stepButton(step, button);
    REQUIRE(b);
    REQUIRE(b->isEnabled());
    return b;
}

// Removes the demo database and what SQLite keeps beside it.
void removeDemo()
{
    const QString path = ui::DatabaseActions::demoLocation().filePath;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

TEST_CASE("A new database opens on the start page, one with members or a plan on the usual page", "[ui][start]")
{
    test::SettingsGuard settings;
    test::TestDatabase empty;
    test::TestDatabase roster;
    {
        auto db = roster.open();
        test::addMember(*db, QStringLiteral("1001"), QStringLiteral("张伟"),
                        test::addUnit(*db, QStringLiteral("100"), QStringLiteral("经济学院分工会")));
    }
    auto window = makeWindow();
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    auto* startButton = window->findChild<QToolButton*>(QStringLiteral("startButton"));
    REQUIRE(startButton);

    REQUIRE(window->openDatabase(empty.location()));
    CHECK(window->currentPageId() == QStringLiteral("start"));
    CHECK(startPage(*window)->isVisible());
    CHECK(startPage(*window)->stepCount() == 4);
    for (int i = 0; i < 4; ++i)
        CHECK_FALSE(startPage(*window)->stepDone(i));
    CHECK(startButton->isVisible());
    CHECK(startButton->isChecked());
    // The module's menu belongs to a module's page.
    CHECK_FALSE(window->findChild<QMenu*>(QStringLiteral("moduleMenu"))->menuAction()->isVisible());

    // A page chosen in the navigation leaves it; the button above the navigation brings it back.
    window->showPage(QStringLiteral("members"));
    CHECK(window->currentPageId() == QStringLiteral("members"));
    CHECK(startButton->isVisible());
    CHECK_FALSE(startButton->isChecked());
    QTest::mouseClick(startButton, Qt::LeftButton);
    CHECK(window->currentPageId() == QStringLiteral("start"));
    // A click on the page it came from goes back there.
    auto* navigation = window->findChild<QListWidget*>(QStringLiteral("navigation"));
    REQUIRE(navigation);
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                      navigation->visualItemRect(navigation->item(1)).center());
    CHECK(window->currentPageId() == QStringLiteral("members"));
    QTest::mouseClick(startButton, Qt::LeftButton);
    CHECK(window->currentPageId() == QStringLiteral("start"));

    // A database with members opens on the first page, as before.
    REQUIRE(window->openDatabase(roster.location()));
    CHECK(window->currentPageId() == QStringLiteral("units"));
    CHECK_FALSE(startButton->isVisible());
    // Help › Getting Started shows the steps of a database in use too, ticked.
    window->showPage(QStringLiteral("start"));
    CHECK(startPage(*window)->stepDone(1));
    CHECK(startPage(*window)->stepDone(2));
    CHECK_FALSE(startPage(*window)->stepDone(3));

    // A work plan alone puts a database in use as well.
    REQUIRE(window->openDatabase(empty.location()));
    REQUIRE(window->currentPageId() == QStringLiteral("start"));
    auto* schedule = qobject_cast<ui::SchedulePage*>(window->page(QStringLiteral("schedule")));
    REQUIRE(schedule->loadExamplePlan());
    CHECK(startPage(*window)->stepDone(3));
    REQUIRE(window->openDatabase(roster.location()));
    REQUIRE(window->openDatabase(empty.location()));
    CHECK(window->currentPageId() == QStringLiteral("units"));
}

TEST_CASE("Each step's button leads where it says", "[ui][start]")
{
    test::SettingsGuard settings;
    test::TestDatabase tdb;
    auto window = makeWindow();
    REQUIRE(window->openDatabase(tdb.location()));
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    REQUIRE(window->currentPageId() == QStringLiteral("start"));

    struct Expected {
        int step;
        int button;
        QString page;  // shown after the click; empty: the start page stays
        QString title; // of the dialog the click opens
    };
    const QList<Expected> expected{
        {0, 0, QString(), QStringLiteral("Settings")},
        {1, 0, QStringLiteral("units"), QStringLiteral("New sub-union")},
        {1, 1, QStringLiteral("units"), QStringLiteral("Import Sub-unions")},
        {2, 0, QStringLiteral("members"), QStringLiteral("Import Members")},
        {2, 1, QStringLiteral("members"), QStringLiteral("Save Import Template")},
        {3, 0, QStringLiteral("schedule"), QStringLiteral("Import Work Plan")},
    };
    for (const Expected& e : expected) {
        INFO("step " << e.step << ", button " << e.button);
        window->showPage(QStringLiteral("start"));
        QPushButton* button = stepButton(*window, e.step, e.button);
        test::ModalWatcher watcher;
        QTest::mouseClick(button, Qt::LeftButton);
        REQUIRE(watcher.count() == 1);
        CHECK(watcher.titles.first() == e.title);
        CHECK(window->currentPageId() == (e.page.isEmpty() ? QStringLiteral("start") : e.page));
    }
}

TEST_CASE("Steps are ticked from the data", "[ui][start]")
{
    test::SettingsGuard settings;
    test::TestDatabase tdb;
    auto window = makeWindow();
    REQUIRE(window->openDatabase(tdb.location()));
    core::Database& db = *window->database();
    REQUIRE_FALSE(startPage(*window)->stepDone(0));

    REQUIRE(core::DatabaseSettings(db).change(core::settings::UnionName, QStringLiteral("浙江工商大学工会")));
    window->notifyDataChanged(core::tables::Settings);
    CHECK(startPage(*window)->stepDone(0));
    CHECK_FALSE(startPage(*window)->stepDone(1));
    test::addUnit(db, QStringLiteral("100"), QStringLiteral("经济学院分工会"));
    window->notifyDataChanged(core::tables::Units);
    CHECK(startPage(*window)->stepDone(1));
    CHECK_FALSE(startPage(*window)->stepDone(2));
    // Still new: no members, no plan.
    CHECK(window->currentPageId() == QStringLiteral("start"));
}

TEST_CASE("Trying the demo opens a separate database and leaves the own one as it was", "[ui][start]")
{
    test::SettingsGuard settings;
    removeDemo();
    test::TestDatabase own;
    auto window = makeWindow();
    REQUIRE(window->openDatabase(own.location()));
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    core::Database& ownDb = *window->database();
    const QString changesBefore = ownDb.scalar(QStringLiteral("SELECT count(*) FROM change_log")).toString();

    QTest::mouseClick(startPage(*window)->demoButton(), Qt::LeftButton);
    const core::DatabaseLocation demo = ui::DatabaseActions::demoLocation();
    REQUIRE(window->database());
    CHECK(window->database()->location().filePath == demo.filePath);
    CHECK(demo.filePath != own.location().filePath);
    CHECK(QFileInfo(demo.filePath).fileName() == QStringLiteral("uniondesk-demo.sqlite"));
    CHECK(core::Backup::contentsOf(*window->database()).members == 1000);
    CHECK(window->windowTitle().contains(QStringLiteral("demo data")));
    CHECK(window->databaseLabelText().endsWith(QStringLiteral("· demo data")));
    CHECK(window->statusBar()->currentMessage().contains(own.location().displayName()));
    // The demo has members: the usual first page.
    CHECK(window->currentPageId() != QStringLiteral("start"));
    // The own database can be opened again from the recent list, and nothing in it changed.
    CHECK(ui::MainWindow::recentDatabases().value(0) == demo.toSpec());
    CHECK(ui::MainWindow::recentDatabases().value(1) == own.location().toSpec());
    {
        auto again = own.open();
        CHECK(again->scalar(QStringLiteral("SELECT count(*) FROM members")).toInt() == 0);
        CHECK(again->scalar(QStringLiteral("SELECT count(*) FROM change_log")).toString() == changesBefore);
    }
    // An empty database left for the demo is not backed up: there is nothing in it.
    CHECK_FALSE(
        QFileInfo::exists(QFileInfo(own.location().filePath).absoluteDir().filePath(QStringLiteral("backups"))));

    // Trying again opens the same demo database as it is now.
    REQUIRE(window->openDatabase(own.location()));
    CHECK_FALSE(window->windowTitle().contains(QStringLiteral("demo")));
    QTest::mouseClick(startPage(*window)->demoButton(), Qt::LeftButton);
    CHECK(window->database()->location().filePath == demo.filePath);
    CHECK(core::Backup::contentsOf(*window->database()).members == 1000);
    window.reset();
    removeDemo();
}

TEST_CASE("Help › User Manual (F1) shows the Chinese manual; screenshots of the start page and the manual",
          "[ui][start]")
{
#ifdef UD_QM_DIR
    const test::ChineseTranslation chinese;
#endif
    test::SettingsGuard settings;
    test::TestDatabase tdb;
    auto window = makeWindow();
    REQUIRE(window->openDatabase(tdb.location()));
    // One step done, so that the picture shows a tick.
    core::DatabaseSettings(*window->database()).change(core::settings::UnionName, QStringLiteral("浙江工商大学工会"));
    window->notifyDataChanged(core::tables::Settings);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    REQUIRE(window->currentPageId() == QStringLiteral("start"));
    test::saveScreenshot(*window, QStringLiteral("start-page"));

    QAction* manual = nullptr;
    for (QAction* a : window->findChildren<QAction*>())
        if (a->shortcut() == QKeySequence(QKeySequence::HelpContents))
            manual = a;
    REQUIRE(manual);
    CHECK(window->menuBar()->actions().last()->menu()->actions().contains(manual));

    ui::ManualDialog dialog(window.get());
    const QString text = dialog.browser()->toPlainText();
    for (const char* part : {"第一次使用", "二级工会", "导入", "导出", "状态变动", "名单与打印", "工作要点", "变更记录",
                             "撤销", "备份", "恢复", "PostgreSQL"})
        CHECK(text.contains(QString::fromUtf8(part)));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    test::saveScreenshot(dialog, QStringLiteral("manual"));
}

#include "support/Builders.h"
#include "support/TestDatabase.h"
#include "support/catch.h"

#include "ModalWatcher.h"
#include "Screenshots.h"
#include "UiTestSupport.h"

#include "core/db/Backup.h"
#include "core/units/SubUnitRepository.h"
#include "core/units/SubUnitsModel.h"
#include "ui/history/HistoryModule.h"
#include "ui/history/HistoryPage.h"
#include "ui/shell/AboutDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/shell/UserSettings.h"
#include "ui/units/UnitsModule.h"
#include "ui/units/UnitsPage.h"
#include "ui/widgets/DataTableView.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>

#include <cmath>
#include <memory>

using namespace ud;

using test::unit;

namespace {

std::unique_ptr<ui::MainWindow> makeWindow()
{
    auto window = std::make_unique<ui::MainWindow>();
    window->addModule(std::make_unique<ui::UnitsModule>());
    window->addModule(std::make_unique<ui::HistoryModule>());
    return window;
}

void addSampleUnits(core::Database& db)
{
    core::SubUnitRepository repo(db);
    const qint64 school = repo.add(unit(QStringLiteral("0100"), QStringLiteral("信息与电子工程学院工会"), std::nullopt,
                                        QStringLiteral("信电学院")));
    core::SubUnit group = unit(QStringLiteral("0101"), QStringLiteral("信电学院计算机系工会小组"), std::nullopt,
                               QStringLiteral("计算机系"));
    group.parentId = school;
    group.sortOrder = 1;
    repo.add(group);
    repo.add(unit(QStringLiteral("0200"), QStringLiteral("经济学院工会"), std::nullopt, QStringLiteral("经济学院")));
    repo.add(unit(QStringLiteral("0300"), QStringLiteral("外国语学院工会"), std::nullopt, QStringLiteral("外语学院")));
    core::SubUnit retired =
        unit(QStringLiteral("0900"), QStringLiteral("离退休工作处分工会"), std::nullopt, QStringLiteral("离退休"));
    retired.sortOrder = 9;
    retired.active = false;
    repo.add(retired);
}

QAction* viewActionFor(ui::MainWindow& window, const QString& id)
{
    for (QAction* menu : window.menuBar()->actions())
        if (menu->menu())
            for (QAction* action : menu->menu()->actions())
                if (action->isCheckable() && action->data().toString() == id)
                    return action;
    return nullptr;
}

} // namespace

TEST_CASE("The main window shows every page and saves screenshots", "[ui][shell]")
{
#ifdef UD_QM_DIR
    // The screenshots show the users' language.
    const test::ChineseTranslation chinese;
#endif
    test::TestDatabase tdb;
    {
        auto db = tdb.open();
        addSampleUnits(*db);
    }
    auto window = makeWindow();
    REQUIRE(window->pageIds() == QStringList{QStringLiteral("units"), QStringLiteral("history")});
    REQUIRE(window->openDatabase(tdb.location()));
    window->resize(1200, 760);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));

    for (const QString& id : window->pageIds()) {
        window->showPage(id);
        REQUIRE(window->currentPageId() == id);
        REQUIRE(window->page(id)->isVisible());
        REQUIRE(window->page(id)->isEnabled());
        test::saveScreenshot(*window, id);
    }
}

TEST_CASE("An empty database explains itself", "[ui][shell]")
{
    test::TestDatabase tdb;
    auto window = makeWindow();
    REQUIRE(window->openDatabase(tdb.location()));
    window->resize(1200, 760);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    window->showPage(QStringLiteral("units"));
    auto* page = qobject_cast<ui::UnitsPage*>(window->page(QStringLiteral("units")));
    REQUIRE(page);
    REQUIRE(page->tableView()->showsPlaceholder());
    REQUIRE(page->tableView()->placeholderText().contains(QStringLiteral("No sub-unions yet")));
    test::saveScreenshot(*window, QStringLiteral("units-empty"));
}

TEST_CASE("Shortcuts: Ctrl+N adds on the page, Ctrl+Shift+N makes a database, Ctrl+F goes to the search, Ctrl+Y "
          "redoes; menus have Alt letters",
          "[ui][shell]")
{
    test::TestDatabase tdb;
    auto window = makeWindow();
    REQUIRE(window->openDatabase(tdb.location()));
    window->resize(1200, 760);
    window->show();
    QApplication::setActiveWindow(window.get());
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    window->showPage(QStringLiteral("units"));
    auto* page = qobject_cast<ui::UnitsPage*>(window->page(QStringLiteral("units")));
    REQUIRE(page);

    const auto actionWith = [&](const QKeySequence& keys) {
        QList<QAction*> found;
        for (QAction* a : window->findChildren<QAction*>())
            if (a->shortcuts().contains(keys) && a->isEnabled() && a->isVisible() && !a->associatedObjects().isEmpty())
                found << a;
        return found;
    };
    const auto add = actionWith(QKeySequence(QKeySequence::New));
    REQUIRE(add.size() == 1);
    CHECK(add.first()->objectName() == QStringLiteral("addRecord"));
    const auto newDatabase = actionWith(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    REQUIRE(newDatabase.size() == 1);
    CHECK(newDatabase.first()->text().contains(QStringLiteral("Database")));
    bool redo = false;
    for (QAction* a : window->findChildren<QAction*>())
        redo = redo || (a->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)) &&
                        a->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    CHECK(redo);

    page->tableView()->setFocus();
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    CHECK(QApplication::focusWidget() == page->searchEdit());

    for (QAction* menu : window->menuBar()->actions())
        if (menu->isVisible()) {
            INFO(menu->text().toStdString());
            CHECK(menu->text().contains(QLatin1Char('&')));
        }
}

TEST_CASE("Without a database the pages are disabled and the status bar says so", "[ui][shell]")
{
    auto window = makeWindow();
    REQUIRE(window->database() == nullptr);
    REQUIRE_FALSE(window->page(QStringLiteral("units"))->isEnabled());
    REQUIRE_FALSE(window->page(QStringLiteral("history"))->isEnabled());
    REQUIRE(window->databaseLabelText() == QStringLiteral("No database open"));

    test::TestDatabase tdb;
    REQUIRE(window->openDatabase(tdb.location()));
    REQUIRE(window->page(QStringLiteral("units"))->isEnabled());
    REQUIRE(window->databaseLabelText().startsWith(QStringLiteral("SQLite · ")));
    REQUIRE(window->databaseLabelText().endsWith(QStringLiteral("test.sqlite")));
    REQUIRE(window->windowTitle().contains(QStringLiteral("test.sqlite")));
}

TEST_CASE("A database that cannot be opened leaves the open one in place", "[ui][shell]")
{
    test::TestDatabase tdb;
    auto window = makeWindow();
    REQUIRE(window->openDatabase(tdb.location()));
    core::Database* before = window->database();

    const QString broken = tdb.tempPath(QStringLiteral("broken.sqlite"));
    {
        QFile file(broken);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("This is a letter, not a database.\n");
    }
    test::ModalWatcher watcher;
    REQUIRE_FALSE(window->openDatabase(core::DatabaseLocation::sqlite(broken)));
    REQUIRE(watcher.count() == 1);
    REQUIRE(watcher.texts.first().contains(QStringLiteral("broken.sqlite")));
    REQUIRE(window->database() == before);
    REQUIRE(window->databaseLabelText().endsWith(QStringLiteral("test.sqlite")));
    QFile file(broken);
    REQUIRE(file.open(QIODevice::ReadOnly));
    REQUIRE(file.readAll() == QByteArray("This is a letter, not a database.\n"));
}

TEST_CASE("Opening another database clears the undo stack and reloads every module", "[ui][shell]")
{
    test::SettingsGuard settings;
    test::TestDatabase first;
    test::TestDatabase second;
    auto window = makeWindow();
    REQUIRE(window->openDatabase(first.location()));
    auto* page = qobject_cast<ui::UnitsPage*>(window->page(QStringLiteral("units")));
    REQUIRE(page->addRecord(unit(QStringLiteral("A1"), QStringLiteral("甲单位"))) > 0);
    REQUIRE(window->undoStack()->count() == 1);
    REQUIRE(page->model()->rowCount() == 1);

    REQUIRE(window->openDatabase(second.location()));
    REQUIRE(window->undoStack()->count() == 0);
    REQUIRE(page->model()->rowCount() == 0);
    REQUIRE(ui::MainWindow::recentDatabases().value(0) == second.location().toSpec());
    REQUIRE(ui::MainWindow::recentDatabases().value(1) == first.location().toSpec());
}

TEST_CASE("The recent list drops files that are gone", "[ui][shell]")
{
    test::SettingsGuard settings;
    test::TestDatabase tdb;
    const QString missing = tdb.tempPath(QStringLiteral("moved-away.sqlite"));
    QSettings().setValue(QStringLiteral("recentDatabases"), QStringList{missing, tdb.location().toSpec()});
    {
        auto db = tdb.open(); // the file exists now
    }
    auto window = makeWindow();
    auto* recent = window->findChild<QMenu*>(QStringLiteral("recentMenu"));
    REQUIRE(recent);
    emit recent->aboutToShow();
    REQUIRE(ui::MainWindow::recentDatabases() == QStringList{tdb.location().toSpec()});
    QStringList texts;
    for (QAction* action : recent->actions())
        texts << action->text();
    REQUIRE(texts.join(QLatin1Char('|')).contains(QStringLiteral("test.sqlite")));
}

TEST_CASE("notifyDataChanged reaches every module", "[ui][shell]")
{
    test::TestDatabase tdb;
    auto window = makeWindow();
    REQUIRE(window->openDatabase(tdb.location()));
    auto* units = qobject_cast<ui::UnitsPage*>(window->page(QStringLiteral("units")));
    auto* history = qobject_cast<ui::HistoryPage*>(window->page(QStringLiteral("history")));
    REQUIRE(units->model()->rowCount() == 0);
    const int historyRows = history->model()->rowCount();

    core::SubUnitRepository(*window->database()).add(unit(QStringLiteral("B1"), QStringLiteral("乙单位")));
    REQUIRE(units->model()->rowCount() == 0); // nobody told the page yet
    window->notifyDataChanged(core::tables::Units);
    REQUIRE(units->model()->rowCount() == 1);
    REQUIRE(history->model()->rowCount() == historyRows + 1);
}

TEST_CASE("The tool bar and the module menu follow the page", "[ui][shell]")
{
    test::TestDatabase tdb;
    auto window = makeWindow();
    REQUIRE(window->openDatabase(tdb.location()));
    auto* toolBar = window->findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    auto* moduleMenu = window->findChild<QMenu*>(QStringLiteral("moduleMenu"));
    REQUIRE(toolBar);
    REQUIRE(moduleMenu);
    auto* units = qobject_cast<ui::UnitsPage*>(window->page(QStringLiteral("units")));
    auto* history = qobject_cast<ui::HistoryPage*>(window->page(QStringLiteral("history")));

    window->showPage(QStringLiteral("units"));
    REQUIRE(moduleMenu->title() == QStringLiteral("Sub-&unions"));
    REQUIRE(moduleMenu->actions().contains(units->addAction()));
    REQUIRE(toolBar->actions().contains(units->addAction()));
    REQUIRE_FALSE(toolBar->actions().contains(history->pageActions().first()));

    window->showPage(QStringLiteral("history"));
    REQUIRE(moduleMenu->title() == QStringLiteral("&History"));
    REQUIRE_FALSE(moduleMenu->actions().contains(units->addAction()));
    REQUIRE_FALSE(toolBar->actions().contains(units->addAction()));
    REQUIRE(toolBar->actions().contains(history->pageActions().first()));

    // The menu bar keeps its order: File, Edit, the module, View, Help.
    const QList<QAction*> menus = window->menuBar()->actions();
    REQUIRE(menus.indexOf(moduleMenu->menuAction()) == 2);
}

TEST_CASE("The View menu switches pages", "[ui][shell]")
{
    auto window = makeWindow();
    QAction* history = viewActionFor(*window, QStringLiteral("history"));
    QAction* units = viewActionFor(*window, QStringLiteral("units"));
    REQUIRE(history);
    REQUIRE(units);
    REQUIRE(units->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_1));
    REQUIRE(history->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_2));
    history->trigger();
    REQUIRE(window->currentPageId() == QStringLiteral("history"));
    REQUIRE(history->isChecked());
    units->trigger();
    REQUIRE(window->currentPageId() == QStringLiteral("units"));
    REQUIRE_FALSE(history->isChecked());
}

TEST_CASE("Closing the window writes an automatic backup", "[ui][shell]")
{
    test::SettingsGuard settings;
    test::TestDatabase tdb;
    const QString folder = tdb.tempPath(QStringLiteral("automatic"));
    ui::usersettings::BackupOnClose.set(true);
    ui::usersettings::BackupFolder.set(folder);
    ui::usersettings::BackupKeep.set(2);

    auto window = makeWindow();
    REQUIRE(window->openDatabase(tdb.location()));
    core::SubUnitRepository(*window->database()).add(unit(QStringLiteral("C1"), QStringLiteral("丙单位")));
    window->show();
    REQUIRE(window->close());

    // Named after the database, test.sqlite.
    const QStringList backups = QDir(folder).entryList({QStringLiteral("test-*.sqlite")}, QDir::Files);
    REQUIRE(backups.size() == 1);
    const QString file = QDir(folder).filePath(backups.first());
    REQUIRE(core::Backup::validateBackup(file).unionDesk);
    auto copy = core::Database::open(core::DatabaseLocation::sqlite(file));
    REQUIRE(core::SubUnitRepository(*copy).byCode(QStringLiteral("C1")).has_value());
}

TEST_CASE("Closing with automatic backups off writes none", "[ui][shell]")
{
    test::SettingsGuard settings;
    test::TestDatabase tdb;
    const QString folder = tdb.tempPath(QStringLiteral("automatic"));
    ui::usersettings::BackupOnClose.set(false);
    ui::usersettings::BackupFolder.set(folder);
    auto window = makeWindow();
    REQUIRE(window->openDatabase(tdb.location()));
    window->show();
    REQUIRE(window->close());
    REQUIRE(QDir(folder).entryList({QStringLiteral("*.sqlite")}, QDir::Files).isEmpty());
}

TEST_CASE("Back up and restore through the window", "[ui][shell]")
{
    test::SettingsGuard settings;
    test::TestDatabase tdb;
    const QString folder = tdb.tempPath(QStringLiteral("automatic"));
    ui::usersettings::BackupFolder.set(folder);
    auto window = makeWindow();
    REQUIRE(window->openDatabase(tdb.location()));
    auto* page = qobject_cast<ui::UnitsPage*>(window->page(QStringLiteral("units")));
    REQUIRE(page->addRecord(unit(QStringLiteral("D1"), QStringLiteral("丁单位"))) > 0);

    const QString backup = tdb.tempPath(QStringLiteral("manual.sqlite"));
    REQUIRE(window->backUpTo(backup));
    REQUIRE(QFileInfo::exists(backup));

    REQUIRE(page->addRecord(unit(QStringLiteral("E1"), QStringLiteral("戊单位"))) > 0);
    REQUIRE(page->model()->rowCount() == 2);

    REQUIRE(window->restoreFromBackup(backup, false));
    REQUIRE(page->model()->rowCount() == 1);
    REQUIRE(window->undoStack()->count() == 0);
    REQUIRE(core::SubUnitRepository(*window->database()).byCode(QStringLiteral("E1")) == std::nullopt);

    // What was there before the restore is kept in the backup folder.
    const QStringList saved = QDir(folder).entryList({QStringLiteral("test-*.sqlite")}, QDir::Files);
    REQUIRE(saved.size() == 1);
    auto previous = core::Database::open(core::DatabaseLocation::sqlite(QDir(folder).filePath(saved.first())));
    REQUIRE(core::SubUnitRepository(*previous).byCode(QStringLiteral("E1")).has_value());
}

TEST_CASE("Restoring refuses a file that is not a backup", "[ui][shell]")
{
    test::SettingsGuard settings;
    test::TestDatabase tdb;
    ui::usersettings::BackupFolder.set(tdb.tempPath(QStringLiteral("automatic")));
    auto window = makeWindow();
    REQUIRE(window->openDatabase(tdb.location()));
    core::SubUnitRepository(*window->database()).add(unit(QStringLiteral("F1"), QStringLiteral("己单位")));
    const QString notBackup = tdb.tempPath(QStringLiteral("notes.sqlite"));
    {
        QFile file(notBackup);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not a backup");
    }
    test::ModalWatcher watcher;
    REQUIRE_FALSE(window->restoreFromBackup(notBackup, false));
    REQUIRE(watcher.count() == 1);
    REQUIRE(core::SubUnitRepository(*window->database()).byCode(QStringLiteral("F1")).has_value());
    REQUIRE_FALSE(QFileInfo::exists(tdb.tempPath(QStringLiteral("automatic"))));
}

TEST_CASE("The settings dialog stores what it shows", "[ui][shell]")
{
    test::SettingsGuard settings;
    QSettings().remove(QStringLiteral("backup"));
    QSettings().remove(QStringLiteral("language"));
    {
        ui::SettingsDialog dialog;
        CHECK(test::labelsWithoutBuddy(&dialog).isEmpty());
        REQUIRE(dialog.languageCombo()->currentData().toString().isEmpty());
        REQUIRE(dialog.backupOnCloseCheck()->isChecked());
        REQUIRE(dialog.backupKeepSpin()->value() == 10);
        REQUIRE(dialog.backupKeepSpin()->minimum() == 1);
        REQUIRE(dialog.backupKeepSpin()->maximum() == 100);

        dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData(QStringLiteral("zh_CN")));
        dialog.backupOnCloseCheck()->setChecked(false);
        REQUIRE_FALSE(dialog.backupKeepSpin()->isEnabled());
        dialog.backupFolderEdit()->setText(QStringLiteral("/srv/union/backups"));
        dialog.backupKeepSpin()->setValue(25);
        dialog.accept();
    }
    const QSettings stored;
    REQUIRE(stored.value(QStringLiteral("language")).toString() == QStringLiteral("zh_CN"));
    REQUIRE(stored.value(QStringLiteral("backup/onClose")).toBool() == false);
    REQUIRE(stored.value(QStringLiteral("backup/folder")).toString() == QStringLiteral("/srv/union/backups"));
    REQUIRE(stored.value(QStringLiteral("backup/keep")).toInt() == 25);

    ui::SettingsDialog again;
    REQUIRE(again.languageCombo()->currentData().toString() == QStringLiteral("zh_CN"));
    REQUIRE_FALSE(again.backupOnCloseCheck()->isChecked());
    REQUIRE(again.backupKeepSpin()->value() == 25);
}

TEST_CASE("A user setting has one key and one default, read the same everywhere", "[ui][shell][settings]")
{
    using namespace ui::usersettings;
    BackupKeep.reset();
    CHECK(BackupKeep.value() == 10);
    CHECK(BackupOnClose.value());
    BackupKeep.set(3);
    CHECK(QSettings().value(QStringLiteral("backup/keep")).toInt() == 3); // the key earlier versions wrote
    CHECK(BackupKeep.value() == 3);
    BackupKeep.reset();
    CHECK_FALSE(BackupKeep.isSet());
    CHECK(ServerPort.value() == 5432);
    CHECK(ServerDatabase.value() == QStringLiteral("uniondesk"));
}

TEST_CASE("The About dialog shows a long database path whole, wrapped where the line ends", "[ui][shell]")
{
    test::ChineseTranslation chinese;
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("工会办公室共享文件夹/union-office-records/2024"));
    REQUIRE(QDir().mkpath(folder));
    const QString file = QStringLiteral("uniondesk_database_of_the_university_trade_union_office_2024.sqlite");
    auto db = core::Database::open(core::DatabaseLocation::sqlite(folder + QLatin1Char('/') + file));
    ui::AboutDialog dialog(db.get());
    dialog.show();
    QCoreApplication::processEvents();
    auto* label = dialog.findChild<QLabel*>(QStringLiteral("database"));
    REQUIRE(label);
    // The label is as high as the wrapped path needs: a name too long ran over its edge, and the label then showed
    // a single cut line.
    const QFontMetrics metrics(label->font());
    const int linesForName = int(std::ceil(metrics.horizontalAdvance(file) / double(label->width())));
    CHECK(linesForName >= 2);
    CHECK(label->height() >= (1 + linesForName) * metrics.height()); // the engine's line, then the path
    CHECK(label->heightForWidth(label->width()) <= label->height());
    CHECK(label->toolTip().endsWith(QStringLiteral("/2024/") + file));
    // Qt's own button texts come from the program's translation (Debian has no Chinese catalogue for them).
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    REQUIRE(buttons);
    CHECK(buttons->button(QDialogButtonBox::Close)->text() == QStringLiteral("关闭"));
    test::saveScreenshot(dialog, QStringLiteral("about"));
}

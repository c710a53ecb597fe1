#include "support/Builders.h"
#include "support/TestDatabase.h"
#include "support/catch.h"

#include "ModalWatcher.h"
#include "Screenshots.h"
#include "UiTestSupport.h"

#include "core/db/Backup.h"
#include "core/units/SubUnitRepository.h"
#include "ui/history/HistoryModule.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/RestoreDialog.h"
#include "ui/shell/UserSettings.h"
#include "ui/units/UnitsModule.h"
#include "ui/units/UnitsPage.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

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

QStringList backupsIn(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name);
}

QLabel* secondFolderWarning(ui::MainWindow& window)
{
    auto* label = window.findChild<QLabel*>(QStringLiteral("secondFolderWarning"));
    REQUIRE(label);
    return label;
}

} // namespace

TEST_CASE("Opening another database backs up the one left", "[ui][backup]")
{
    test::SettingsGuard settings;
    test::TestDatabase first;
    test::TestDatabase second;
    const QString folder = first.tempPath(QStringLiteral("backups-here"));
    ui::usersettings::BackupOnClose.set(true);
    ui::usersettings::BackupFolder.set(folder);
    auto window = makeWindow();
    REQUIRE(window->openDatabase(first.location()));
    auto* page = qobject_cast<ui::UnitsPage*>(window->page(QStringLiteral("units")));
    REQUIRE(page->addRecord(unit(QStringLiteral("A1"), QStringLiteral("甲单位"))) > 0);

    REQUIRE(window->openDatabase(second.location()));
    const QStringList written = backupsIn(folder);
    REQUIRE(written.size() == 1);
    CHECK(core::Backup::parseBackupName(written.first())->database == QStringLiteral("test"));
    {
        auto copy = core::Database::open(core::DatabaseLocation::sqlite(QDir(folder).filePath(written.first())));
        CHECK(core::SubUnitRepository(*copy).byCode(QStringLiteral("A1")).has_value());
    }
    // The second was never changed, and the first holds nothing new since its backup: no more backups.
    REQUIRE(window->openDatabase(first.location()));
    REQUIRE(window->openDatabase(second.location()));
    CHECK(backupsIn(folder).size() == 1);

    // With automatic backups off, leaving writes none.
    ui::usersettings::BackupOnClose.set(false);
    REQUIRE(window->openDatabase(first.location()));
    REQUIRE(page->addRecord(unit(QStringLiteral("B1"), QStringLiteral("乙单位"))) > 0);
    REQUIRE(window->openDatabase(second.location()));
    CHECK(backupsIn(folder).size() == 1);
}

TEST_CASE("A second backup folder: written when there, a warning in the status bar when missing", "[ui][backup]")
{
    test::SettingsGuard settings;
    test::TestDatabase tdb;
    test::TestDatabase other;
    const QString first = tdb.tempPath(QStringLiteral("first"));
    const QString stick = tdb.tempPath(QStringLiteral("stick"));
    ui::usersettings::BackupOnClose.set(true);
    ui::usersettings::BackupFolder.set(first);
    ui::usersettings::SecondBackupFolder.set(stick);

    auto window = makeWindow();
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    REQUIRE(window->openDatabase(tdb.location()));
    // The stick is not plugged in.
    CHECK(secondFolderWarning(*window)->isVisible());
    CHECK(secondFolderWarning(*window)->toolTip().contains(QDir::toNativeSeparators(stick)));
    core::SubUnitRepository(*window->database()).add(unit(QStringLiteral("C1"), QStringLiteral("丙单位")));
    REQUIRE(window->openDatabase(other.location()));
    CHECK(backupsIn(first).size() == 1);
    CHECK_FALSE(QFileInfo::exists(stick)); // never made on the computer's own disk
    CHECK(secondFolderWarning(*window)->isVisible());

    // Plugged in: the next backup goes to both, and the warning goes.
    REQUIRE(QDir().mkpath(stick));
    REQUIRE(window->openDatabase(tdb.location()));
    REQUIRE(window->openDatabase(other.location()));
    CHECK(backupsIn(first).size() == 1); // nothing new since the first folder's backup
    CHECK(backupsIn(stick).size() == 1);
    CHECK_FALSE(secondFolderWarning(*window)->isVisible());

    // Automatic backups off: no warning about a folder they do not use.
    REQUIRE(QDir(stick).removeRecursively());
    ui::usersettings::BackupOnClose.set(false);
    REQUIRE(window->openDatabase(tdb.location()));
    CHECK_FALSE(secondFolderWarning(*window)->isVisible());
}

TEST_CASE("The restore dialog lists the backups and says what restoring one replaces", "[ui][backup]")
{
#ifdef UD_QM_DIR
    const test::ChineseTranslation chinese;
#endif
    test::SettingsGuard settings;
    test::TestDatabase tdb;
    auto db = tdb.open();
    const qint64 unitId = test::addUnit(*db, QStringLiteral("100"), QStringLiteral("经济学院分工会"));
    test::addMember(*db, QStringLiteral("1001"), QStringLiteral("张伟"), unitId);
    test::addMember(*db, QStringLiteral("1002"), QStringLiteral("李娜"), unitId);
    const QString folder = tdb.tempPath(QStringLiteral("backups"));
    const QString stick = tdb.tempPath(QStringLiteral("stick"));
    // An older backup with two members on the stick, a newer one with three in the folder, and one of another
    // database.
    const QString older = core::Backup::automaticBackup(*db, stick, 10);
    REQUIRE(QFile::rename(older, QDir(stick).filePath(QStringLiteral("test-20240301-101500.sqlite"))));
    test::addMember(*db, QStringLiteral("1003"), QStringLiteral("王芳"), unitId);
    core::Backup::automaticBackup(*db, folder, 10);
    REQUIRE(QFile::copy(QDir(stick).filePath(QStringLiteral("test-20240301-101500.sqlite")),
                        QDir(folder).filePath(QStringLiteral("union2023-20231231-170000.sqlite"))));

    ui::RestoreDialog dialog(*db, {folder, stick}, folder);
    QTreeWidget* list = dialog.backupList();
    REQUIRE(list->topLevelItemCount() == 3);
    // Newest first: the one of this database, selected.
    CHECK(list->topLevelItem(0)->text(1) == QStringLiteral("test"));
    CHECK(list->topLevelItem(0)->text(2) == QStringLiteral("3"));
    CHECK(list->topLevelItem(1)->text(0) == QStringLiteral("2024-03-01 10:15"));
    CHECK(list->topLevelItem(1)->text(2) == QStringLiteral("2"));
    CHECK(list->topLevelItem(2)->text(1) == QStringLiteral("union2023"));
    CHECK(list->topLevelItem(0)->isSelected());
    CHECK(dialog.restoreButton()->isEnabled());
    const QString native = QDir::toNativeSeparators(tdb.location().filePath);
    CHECK(dialog.replacesLabel()->text().contains(native));
    const QStringList ofThis = QDir(folder).entryList({QStringLiteral("test-*.sqlite")}, QDir::Files);
    REQUIRE(ofThis.size() == 1);
    CHECK(dialog.selectedFile() == QFileInfo(QDir(folder).filePath(ofThis.first())).absoluteFilePath());

    list->setCurrentItem(list->topLevelItem(1));
    CHECK(dialog.selectedFile().endsWith(QStringLiteral("stick/test-20240301-101500.sqlite")));
    CHECK_FALSE(dialog.findChild<QLabel*>(QStringLiteral("otherDatabase"))->isVisibleTo(&dialog));

    list->setCurrentItem(list->topLevelItem(2));
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("otherDatabase"))->isVisibleTo(&dialog));
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("otherDatabase"))->text().contains(QStringLiteral("union2023")));

    list->setCurrentItem(list->topLevelItem(1));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    test::saveScreenshot(dialog, QStringLiteral("restore-dialog"));
}

TEST_CASE("The restore dialog in English names the members and the last change of both sides", "[ui][backup]")
{
    test::SettingsGuard settings;
    test::TestDatabase tdb;
    auto db = tdb.open();
    const qint64 unitId = test::addUnit(*db, QStringLiteral("100"), QStringLiteral("经济学院分工会"));
    test::addMember(*db, QStringLiteral("1001"), QStringLiteral("张伟"), unitId);
    const QString folder = tdb.tempPath(QStringLiteral("backups"));
    core::Backup::automaticBackup(*db, folder, 10);
    test::addMember(*db, QStringLiteral("1002"), QStringLiteral("李娜"), unitId);

    ui::RestoreDialog dialog(*db, {folder}, folder);
    const QString text = dialog.replacesLabel()->text();
    CHECK(text.contains(QStringLiteral("(2 members, last change ")));
    CHECK(text.contains(QStringLiteral("(1 members, last change ")));
    CHECK(text.contains(QDir::toNativeSeparators(folder)));
}

TEST_CASE("File › Restore from Backup opens the list; cancelling it changes nothing", "[ui][backup]")
{
    test::SettingsGuard settings;
    test::TestDatabase tdb;
    const QString folder = tdb.tempPath(QStringLiteral("automatic"));
    ui::usersettings::BackupFolder.set(folder);
    auto window = makeWindow();
    REQUIRE(window->openDatabase(tdb.location()));
    core::SubUnitRepository(*window->database()).add(unit(QStringLiteral("D1"), QStringLiteral("丁单位")));
    QAction* restore = nullptr;
    for (QAction* a : window->menuBar()->actions().first()->menu()->actions())
        if (a->text() == QStringLiteral("&Restore from Backup…"))
            restore = a;
    REQUIRE(restore);
    test::ModalWatcher watcher;
    restore->trigger();
    REQUIRE(watcher.count() == 1);
    CHECK(watcher.titles.first() == QStringLiteral("Restore from Backup"));
    CHECK(watcher.texts.first().contains(QStringLiteral("No backups were found")));
    CHECK(core::SubUnitRepository(*window->database()).byCode(QStringLiteral("D1")).has_value());
    CHECK_FALSE(QFileInfo::exists(folder));
}

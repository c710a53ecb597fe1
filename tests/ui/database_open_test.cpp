#include "support/Builders.h"
#include "support/OtherUser.h"
#include "support/TestDatabase.h"
#include "support/catch.h"

#include "UiTestSupport.h"

#include "core/units/SubUnitsModel.h"
#include "ui/shell/MainWindow.h"
#include "ui/units/UnitsModule.h"
#include "ui/units/UnitsPage.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUndoStack>

#include <memory>

using namespace ud;

namespace {

struct Heard {
    QStringList asked;
    QStringList warned;
};

std::unique_ptr<ui::MainWindow> makeWindow(Heard& heard, bool answer)
{
    auto window = std::make_unique<ui::MainWindow>();
    window->addModule(std::make_unique<ui::UnitsModule>());
    window->setPrompts(
        [&heard, answer](const QString& title, const QString& text) {
            heard.asked << title + QLatin1Char('|') + text;
            return answer;
        },
        [&heard](const QString& title, const QString& text) { heard.warned << title + QLatin1Char('|') + text; });
    return window;
}

} // namespace

TEST_CASE("Opening a database file that does not exist asks before creating it", "[ui][shell]")
{
    test::SettingsGuard settings;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("typo/uniondesk.sqlite"));
    {
        Heard heard;
        auto window = makeWindow(heard, false);
        CHECK_FALSE(window->openDatabase(core::DatabaseLocation::sqlite(path)));
        REQUIRE(heard.asked.size() == 1);
        CHECK(heard.asked.first().contains(QStringLiteral("Create a new, empty database there?")));
        CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("typo"))));
        CHECK(window->database() == nullptr);
    }
    {
        Heard heard;
        auto window = makeWindow(heard, true);
        CHECK(window->openDatabase(core::DatabaseLocation::sqlite(path)));
        CHECK(heard.asked.size() == 1);
        CHECK(QFileInfo::exists(path));
    }
    {
        // Named for a new database (File › New Database…, the first start): no question.
        const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
        Heard heard;
        auto window = makeWindow(heard, false);
        CHECK(window->openDatabase(core::DatabaseLocation::sqlite(fresh), true));
        CHECK(heard.asked.isEmpty());
    }
}

TEST_CASE("A database that can only be read opens read-only with a notice, and edits are refused", "[ui][shell]")
{
    test::SettingsGuard settings;
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("shared"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("uniondesk.sqlite"));
    {
        auto db = core::Database::open(core::DatabaseLocation::sqlite(path));
        test::addUnit(*db, QStringLiteral("101"), QStringLiteral("经济学院分工会"));
    }
    test::setMode(dir.path(), 0755);
    test::setMode(folder, 0555);
    test::setMode(path, 0644);
    Heard heard;
    {
        test::AsOtherUser other;
        REQUIRE(other.bound());
        auto window = makeWindow(heard, true);
        REQUIRE(window->openDatabase(core::DatabaseLocation::sqlite(path)));
        REQUIRE(window->database()->isReadOnly());
        REQUIRE(heard.warned.size() == 1);
        CHECK(heard.warned.first().contains(QStringLiteral("read-only")));
        CHECK_FALSE(heard.warned.first().contains(QStringLiteral("damaged")));
        CHECK(window->databaseLabelText().contains(QStringLiteral("read-only")));
        auto* page = qobject_cast<ui::UnitsPage*>(window->page(QStringLiteral("units")));
        REQUIRE(page);
        CHECK(page->model()->rowCount() == 1);
        // Nothing invites a change: adding, deleting and importing are off; a record still opens to be read.
        CHECK_FALSE(page->addAction()->isEnabled());
        CHECK_FALSE(page->importAction()->isEnabled());
        REQUIRE(page->selectRecord(page->model()->data(page->model()->index(0, 0), core::RecordIdRole).toLongLong()));
        CHECK(page->editAction()->isEnabled());
        CHECK_FALSE(page->deleteAction()->isEnabled());
        // And a change that gets through anyway is refused with the reason.
        CHECK(page->addRecord(test::unit(QStringLiteral("102"), QStringLiteral("法学院分工会"))) == 0);
        REQUIRE(heard.warned.size() == 2);
        CHECK(heard.warned.last().contains(QStringLiteral("read-only")));
        CHECK(window->undoStack()->count() == 0);
        CHECK_FALSE(window->restoreFromBackup(path, false));
        window.reset();
    }
    test::setMode(folder, 0755);
}

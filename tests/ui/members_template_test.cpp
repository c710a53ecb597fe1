#include "support/TestDatabase.h"
#include "support/catch.h"

#include "UiTestSupport.h"

#include "core/members/MemberImport.h"
#include "core/members/MemberImportTemplate.h"
#include "ui/history/HistoryModule.h"
#include "ui/members/MembersModule.h"
#include "ui/members/MembersPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/units/UnitsModule.h"
#include "ui/widgets/DataTableView.h"

#include <QAction>
#include <QMenu>

#include <memory>

using namespace ud;

TEST_CASE("The empty members page names the Excel import and the template; the template is written", "[ui][members]")
{
    test::SettingsGuard settings;
    test::TestDatabase tdb;
    auto window = std::make_unique<ui::MainWindow>();
    window->addModule(std::make_unique<ui::UnitsModule>());
    window->addModule(std::make_unique<ui::MembersModule>());
    window->addModule(std::make_unique<ui::HistoryModule>());
    REQUIRE(window->openDatabase(tdb.location()));
    window->showPage(QStringLiteral("members"));
    auto* members = qobject_cast<ui::MembersPage*>(window->page(QStringLiteral("members")));
    REQUIRE(members);
    REQUIRE(members->tableView()->showsPlaceholder());
    const QString text = members->tableView()->placeholderText();
    CHECK(text.contains(QStringLiteral("Excel")));
    CHECK(text.contains(QStringLiteral("Members › Import Members…")));
    CHECK(text.contains(QStringLiteral("Members › Save Import Template…")));
    // The menu path it names is there.
    QMenu* menu = window->findChild<QMenu*>(QStringLiteral("moduleMenu"));
    REQUIRE(menu);
    CHECK(menu->title() == QStringLiteral("&Members"));
    QStringList texts;
    for (QAction* a : menu->actions())
        texts << a->text();
    CHECK(texts.contains(QStringLiteral("&Import Members…")));
    CHECK(texts.contains(QStringLiteral("Save Import &Template…")));

    const QString path = tdb.tempPath(QStringLiteral("template.xlsx"));
    REQUIRE(members->saveImportTemplate(path));
    const core::MemberImport::Table table = core::MemberImport::load(path);
    REQUIRE(table.rows.size() == 1);
    CHECK(table.header.size() == core::MemberImportTemplate::columns().size());
}

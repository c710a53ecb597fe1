#include "Screenshots.h"
#include "support/Builders.h"
#include "support/PageFixture.h"
#include "support/TestFiles.h"
#include "support/catch.h"

#include "UiTestSupport.h"

#include "core/db/ImportLog.h"
#include "core/db/ImportLogModel.h"
#include "core/members/MemberImport.h"
#include "core/schedule/PlanDocument.h"
#include "core/schedule/ScheduleRepository.h"
#include "core/units/SubUnitRepository.h"
#include "ui/history/HistoryModule.h"
#include "ui/members/MembersModule.h"
#include "ui/members/MembersPage.h"
#include "ui/schedule/ScheduleModule.h"
#include "ui/shell/ImportLogDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/units/UnitsModule.h"
#include "ui/units/UnitsPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

using namespace ud;

using test::unit;
using test::writeFile;

namespace {

struct LogFixture : test::PageFixture<ui::UnitsPage> {
    QStringList warnings;
    QStringList questions;
    LogFixture()
    {
        show<ui::UnitsModule, ui::MembersModule, ui::ScheduleModule, ui::HistoryModule>(QSize(1200, 760));
        window.setPrompts(
            [this](const QString&, const QString& text) {
                questions << text;
                return true;
            },
            [this](const QString&, const QString& text) { warnings << text; });
    }
    core::SubUnitRepository repo() { return core::SubUnitRepository(db()); }
};

const QByteArray kUnits("code,name\r\n0601,体育学院工会\r\n0602,音乐学院工会\r\n");

} // namespace

TEST_CASE("The import log undoes an import as a step of the undo history; Undo brings it back", "[ui][importlog]")
{
    LogFixture f;
    REQUIRE(f.ready());
    REQUIRE(f.page->addRecord(unit(QStringLiteral("0100"), QStringLiteral("校机关工会"))) > 0);
    REQUIRE(f.page->importFile(writeFile(f.tdb, QStringLiteral("units.csv"), kUnits)));
    REQUIRE(f.stack().count() == 2);

    // Edit › Import Log… is there while a database is open.
    auto* action = f.window.findChild<QAction*>(QStringLiteral("importLogAction"));
    REQUIRE(action);
    CHECK(action->isEnabled());

    ui::ImportLogDialog dialog(f.window, &f.window);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    dialog.show();
    REQUIRE(dialog.model()->rowCount() == 1);
    CHECK(dialog.model()->index(0, core::ImportLogModel::Source).data().toString() == QStringLiteral("units.csv"));
    CHECK(dialog.model()->index(0, core::ImportLogModel::Changes).data().toString() ==
          QStringLiteral("Sub-unions: 2 added"));
    REQUIRE(dialog.undoButton()->isEnabled()); // the newest is selected

    QTest::mouseClick(dialog.undoButton(), Qt::LeftButton);
    REQUIRE(f.questions.size() == 1);
    CHECK(f.questions.first().contains(QStringLiteral("units.csv")));
    CHECK(f.warnings.isEmpty());
    CHECK_FALSE(f.repo().byCode(QStringLiteral("0601")).has_value());
    CHECK(f.page->model()->rowCount() == 1);
    CHECK(
        dialog.model()->index(0, core::ImportLogModel::Status).data().toString().startsWith(QStringLiteral("Undone")));
    CHECK_FALSE(dialog.undoButton()->isEnabled());

    // The undo is a step like any other, on top of the import's.
    REQUIRE(f.stack().count() == 3);
    CHECK(f.stack().undoText() == QStringLiteral("Undo Import: Sub-unions (units.csv)"));
    f.stack().undo();
    CHECK(f.repo().byCode(QStringLiteral("0601")).has_value());
    CHECK(f.page->model()->rowCount() == 3);
    f.stack().undo(); // the import's own step
    CHECK_FALSE(f.repo().byCode(QStringLiteral("0602")).has_value());
    f.stack().undo(); // the unit added by hand
    CHECK(f.page->model()->rowCount() == 0);
}

TEST_CASE("The import log tells why an import cannot be undone and leaves everything as it was", "[ui][importlog]")
{
    LogFixture f;
    REQUIRE(f.ready());
    REQUIRE(f.page->importFile(writeFile(f.tdb, QStringLiteral("units.csv"), kUnits)));
    core::SubUnit changed = *f.repo().byCode(QStringLiteral("0601"));
    changed.name = QStringLiteral("体育与健康学院工会");
    REQUIRE(f.page->editRecord(changed));
    REQUIRE(f.stack().count() == 2);

    ui::ImportLogDialog dialog(f.window, &f.window);
    dialog.show();
    REQUIRE(dialog.undoSelected() == false);
    REQUIRE(f.warnings.size() == 1);
    CHECK(f.warnings.first().contains(QStringLiteral("体育与健康学院工会 (Sub-unions): Changed on")));
    CHECK(f.repo().byCode(QStringLiteral("0602")).has_value());
    CHECK(f.stack().count() == 2);
    CHECK(dialog.undoButton()->isEnabled());
}

TEST_CASE("The import log after a restart: an import from an earlier session is undone", "[ui][importlog]")
{
    test::TestDatabase tdb;
    qint64 batch = 0;
    {
        auto db = tdb.open();
        core::SubUnitRepository units(*db);
        const core::ImportSummary s =
            units.apply(units.preview(writeFile(tdb, QStringLiteral("units.csv"), kUnits)), core::ImportOptions());
        batch = s.batch;
    }
    REQUIRE(batch > 0);
    ui::MainWindow window;
    window.addModule(std::make_unique<ui::UnitsModule>());
    REQUIRE(window.openDatabase(tdb.location()));
    window.setPrompts([](const QString&, const QString&) { return true; }, {});
    auto* page = qobject_cast<ui::UnitsPage*>(window.page(ui::UnitsPage::moduleId()));
    REQUIRE(page->model()->rowCount() == 2);
    REQUIRE(window.undoStack()->count() == 0);

    ui::ImportLogDialog dialog(window, &window);
    REQUIRE(dialog.select(batch));
    REQUIRE(dialog.undoSelected());
    CHECK(page->model()->rowCount() == 0);
    CHECK(window.undoStack()->count() == 1);
    window.undoStack()->undo();
    CHECK(page->model()->rowCount() == 2);
}

TEST_CASE("The import log in Chinese, for the screenshot", "[ui][importlog][screenshot]")
{
    test::SettingsGuard settings;
    LogFixture f;
    REQUIRE(f.ready());
    // A few entries as an office has them: a sub-union list, a roster, the plan and its copy, undone.
    REQUIRE(f.page->importFile(writeFile(f.tdb, QStringLiteral("二级工会名单.csv"), kUnits)));
    {
        const QString roster = writeFile(f.tdb, QStringLiteral("2025年会员名册.csv"),
                                         QByteArray("工号,姓名,性别,所在单位,入会时间\n"
                                                    "T1001,张伟,男,体育学院工会,2010-09-01\n"
                                                    "T1002,李娜,女,音乐学院工会,2015-07-01\n"
                                                    "T1003,王芳,女,体育学院工会,2001-03-05\n"));
        const auto table = core::MemberImport::load(roster);
        core::MemberImport importer(f.db());
        const auto summary =
            importer.execute(importer.preview(table, core::MemberImport::autoMapping(table.header)), {});
        REQUIRE(summary.batch > 0);
    }
    core::ScheduleRepository plans(f.db());
    plans.importPlan(2024, core::PlanDocument::parseText(core::PlanDocument::examplePlanText()),
                     core::ScheduleRepository::Replace::No, QStringLiteral("/home/office/2024年工会工作要点.docx"));
    plans.copyToNextYear(2024);
    core::ImportLog(f.db()).undo(core::ImportLog(f.db()).batches().first().id); // the copy

    test::ChineseTranslation chinese;
    ui::ImportLogDialog dialog(f.window, &f.window);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    REQUIRE(dialog.model()->rowCount() == 4);
    test::saveScreenshot(dialog, QStringLiteral("import_log_dialog"));
}

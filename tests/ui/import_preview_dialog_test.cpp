#include "Screenshots.h"
#include "support/Builders.h"
#include "support/PageFixture.h"
#include "support/TestFiles.h"
#include "support/catch.h"

#include "UiTestSupport.h"

#include "core/record/ImportPreviewModel.h"
#include "core/units/SubUnitRepository.h"
#include "ui/shell/ImportPreviewDialog.h"
#include "ui/units/UnitsModule.h"
#include "ui/units/UnitsPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

#include <functional>

using namespace ud;
using test::unit;
using test::writeFile;

namespace {

struct UnitsFixture : test::PageFixture<ui::UnitsPage> {
    UnitsFixture() { show<ui::UnitsModule>(); }
    core::SubUnitRepository repo() { return core::SubUnitRepository(db()); }
};

/// Runs `handle` on the preview dialog once it is shown modally (by exec()).
void whenPreviewShown(const std::function<void(ui::ImportPreviewDialog&)>& handle)
{
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, handle] {
        if (auto* dialog = qobject_cast<ui::ImportPreviewDialog*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            handle(*dialog);
        }
    });
    timer->start();
}

const QByteArray kFile("code,name,short_name,parent_code\r\n"
                       "0301,法学院工会,法学,\r\n"
                       "0302,法学院民商法系工会小组,,0301\r\n"
                       ",无代码的工会,,\r\n"
                       "0302,重复的一行,,\r\n");

} // namespace

TEST_CASE("Importing units shows a preview first and imports as chosen there", "[ui][units][import]")
{
    UnitsFixture f;
    REQUIRE(f.ready());
    REQUIRE(f.page->addRecord(unit(QStringLiteral("0301"), QStringLiteral("法学院"))) > 0);
    REQUIRE(f.stack().count() == 1);
    const QString path = writeFile(f.tdb, QStringLiteral("units.csv"), kFile);

    // Cancelled: nothing changes.
    bool cancelledSeen = false;
    whenPreviewShown([&](ui::ImportPreviewDialog& dialog) {
        cancelledSeen = true;
        dialog.reject();
    });
    CHECK_FALSE(f.page->previewImport(path));
    CHECK(cancelledSeen);
    CHECK(f.page->model()->rowCount() == 1);
    CHECK(f.stack().count() == 1);

    struct Seen {
        int rows = 0;
        QString totals, invalidStatus, invalidReason, blockers;
        bool invalidTinted = false, enabledAtFirst = true, enabledSkipping = false, duplicatesEnabled = false;
    } seen;
    whenPreviewShown([&](ui::ImportPreviewDialog& dialog) {
        core::ImportPreviewModel* model = dialog.model();
        seen.rows = model->rowCount();
        seen.totals = dialog.totalsLabel()->text();
        seen.invalidStatus = model->index(2, core::ImportPreviewModel::Status).data().toString();
        seen.invalidReason = model->index(2, model->problemsColumn()).data().toString();
        seen.invalidTinted = model->index(2, core::ImportPreviewModel::Row).data(Qt::BackgroundRole).isValid();
        seen.enabledAtFirst = dialog.importButton()->isEnabled();
        seen.blockers = dialog.blockersLabel()->text();
        seen.duplicatesEnabled = dialog.duplicatesCombo()->isEnabled();
        dialog.skipInvalidCheck()->setChecked(true);
        dialog.duplicatesCombo()->setCurrentIndex(dialog.duplicatesCombo()->findData(int(core::OnDuplicate::Skip)));
        seen.enabledSkipping = dialog.importButton()->isEnabled();
        dialog.importButton()->click();
    });
    REQUIRE(f.page->previewImport(path));
    CHECK(seen.rows == 4);
    CHECK(seen.totals == QStringLiteral("1 new, 1 to update, 0 unchanged, 1 invalid, 1 repeated in the file"));
    CHECK(seen.invalidStatus == QStringLiteral("Invalid"));
    CHECK(seen.invalidReason == QStringLiteral("Code is required."));
    CHECK(seen.invalidTinted);
    CHECK_FALSE(seen.enabledAtFirst);
    CHECK(seen.blockers.contains(QStringLiteral("row 4: Code is required.")));
    CHECK(seen.duplicatesEnabled);
    CHECK(seen.enabledSkipping);

    // The new unit is in, under the stored one; the stored one kept its name (duplicates left alone).
    CHECK(f.page->model()->rowCount() == 2);
    CHECK(f.repo().byCode(QStringLiteral("0301"))->name == QStringLiteral("法学院"));
    CHECK(f.repo().byCode(QStringLiteral("0302"))->parentId == f.repo().byCode(QStringLiteral("0301"))->id);
    CHECK(f.repo().byCode(QStringLiteral("0302"))->name == QStringLiteral("法学院民商法系工会小组"));
    // The import is one step of the undo history, after the unit stored before it.
    REQUIRE(f.stack().count() == 2);
    CHECK(f.stack().undoText() == QStringLiteral("Import 1 sub-union (units.csv)"));
    CHECK(f.window.statusBar()->currentMessage() ==
          QStringLiteral("Imported: 1 added, 0 updated, 0 unchanged, 1 skipped, 2 invalid"));
}

TEST_CASE("The import preview dialog in Chinese, for the screenshot", "[ui][import]")
{
    test::ChineseTranslation chinese;

    test::TestDatabase tdb;
    auto db = tdb.open();
    core::SubUnitRepository repo(*db);
    repo.add(unit(QStringLiteral("0301"), QStringLiteral("法学院")));
    const auto preview = repo.preview(writeFile(tdb, QStringLiteral("units.csv"), kFile));
    ui::ImportPreviewDialog dialog(preview, QStringLiteral("导入二级工会"));
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(dialog.model()->headerData(core::ImportPreviewModel::FirstField, Qt::Horizontal).toString() ==
          QStringLiteral("代码"));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    REQUIRE(QDir().mkpath(QStringLiteral(UD_SCREENSHOT_DIR)));
    const QString shotPath = QDir(QStringLiteral(UD_SCREENSHOT_DIR)).filePath(QStringLiteral("import-preview.png"));
    const QImage image = dialog.grab().toImage();
    REQUIRE(image.save(shotPath));
    CHECK(test::hasSeveralColours(image));
    CHECK_FALSE(dialog.importButton()->isEnabled());
}

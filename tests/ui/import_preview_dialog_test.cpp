#include "Screenshots.h"
#include "support/Builders.h"
#include "support/PageFixture.h"
#include "support/TestFiles.h"
#include "support/catch.h"

#include "UiTestSupport.h"

#include "core/io/TableFile.h"
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
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QStringEncoder>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

#include <functional>
#include <memory>

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
    dialog.findChild<QTabWidget*>()->setCurrentIndex(1);
    test::saveScreenshot(dialog, QStringLiteral("import-preview-columns"));
}

namespace {

/// Saves to `path` through the next file dialog that exec() shows: the path typed into its file name box, as a clerk
/// would, and the dialog accepted once it reads that name back. (QFileDialog::selectFile() is not used: while the
/// dialog still reads its folder in the background, which on a busy machine takes a while, the folder's arrival
/// may replace the selection.) After five seconds the dialog is accepted as it is, and the test fails on the file
/// instead of waiting for ever.
void saveThroughFileDialog(const QString& path)
{
    auto* timer = new QTimer;
    timer->setInterval(10);
    auto ticks = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, path, ticks] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        if (auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit")))
            name->setText(path);
        if (dialog->selectedFiles() != QStringList{path} && ++*ticks < 500)
            return;
        timer->stop();
        timer->deleteLater();
        QMetaObject::invokeMethod(dialog, "accept");
    });
    timer->start();
}

} // namespace

TEST_CASE("The sub-union import preview reads a CSV file again in the encoding the clerk names, and shows its columns",
          "[ui][units][import]")
{
    UnitsFixture f;
    REQUIRE(f.ready());
    QStringEncoder gbk("GB18030");
    const QString path = writeFile(f.tdb, QStringLiteral("gbk.csv"),
                                   gbk.encode(QStringLiteral("代码,名称,备注\r\n0501,外国语学院分工会,\r\n"
                                                             "0502,法学院分工会,新成立\r\n")));
    struct Seen {
        QString detected, nameAtFirst, readError, nameAfter;
        bool enabledAtFirst = false, enabledUtf8 = true, enabledAfter = false;
        QStringList columns;
    } seen;
    whenPreviewShown([&](ui::ImportPreviewDialog& dialog) {
        core::ImportPreviewModel* model = dialog.model();
        const int name = core::ImportPreviewModel::FirstField + 1;
        seen.detected = dialog.encodingCombo()->currentText();
        seen.nameAtFirst = model->index(0, name).data().toString();
        seen.enabledAtFirst = dialog.importButton()->isEnabled();
        for (int r = 0; r < dialog.columnsTable()->rowCount(); ++r)
            seen.columns << dialog.columnsTable()->item(r, 0)->text() + QLatin1Char('>') +
                                dialog.columnsTable()->item(r, 2)->text();
        // Read as UTF-8, the file does not read: nothing can be imported.
        dialog.encodingCombo()->setCurrentIndex(dialog.encodingCombo()->findData(int(core::Csv::Encoding::Utf8)));
        seen.readError = dialog.findChild<QLabel*>(QStringLiteral("readError"))->text();
        seen.enabledUtf8 = dialog.importButton()->isEnabled();
        dialog.encodingCombo()->setCurrentIndex(dialog.encodingCombo()->findData(int(core::Csv::Encoding::Gb18030)));
        seen.nameAfter = model->index(1, name).data().toString();
        seen.enabledAfter = dialog.importButton()->isEnabled();
        if (seen.enabledAfter)
            dialog.importButton()->click();
        else
            dialog.reject();
    });
    REQUIRE(f.page->previewImport(path));
    CHECK(seen.detected == QStringLiteral("Detect automatically (GBK / GB18030)"));
    CHECK(seen.nameAtFirst == QStringLiteral("外国语学院分工会"));
    CHECK(seen.enabledAtFirst);
    CHECK(seen.columns ==
          QStringList{QStringLiteral("代码>Code"), QStringLiteral("名称>Name"), QStringLiteral("备注>(not imported)")});
    CHECK(seen.readError.contains(QStringLiteral("UTF-8")));
    CHECK_FALSE(seen.enabledUtf8);
    CHECK(seen.nameAfter == QStringLiteral("法学院分工会"));
    CHECK(seen.enabledAfter);
    CHECK(f.repo().byCode(QStringLiteral("0502"))->name == QStringLiteral("法学院分工会"));
}

TEST_CASE("The rows with errors are saved from the preview and from the import errors, to correct them",
          "[ui][units][import]")
{
    UnitsFixture f;
    REQUIRE(f.ready());
    const QString path = writeFile(f.tdb, QStringLiteral("units.csv"), kFile);

    SECTION("from the preview")
    {
        const QString target = f.tdb.tempPath(QStringLiteral("to-correct.csv"));
        bool enabled = false;
        whenPreviewShown([&](ui::ImportPreviewDialog& dialog) {
            enabled = dialog.saveFailedRowsButton()->isEnabled();
            saveThroughFileDialog(target);
            dialog.saveFailedRowsButton()->click();
            dialog.reject();
        });
        CHECK_FALSE(f.page->previewImport(path));
        CHECK(enabled);
        const core::TableFile saved = core::TableFile::load(target);
        CHECK(saved.header == QStringList{QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("short_name"),
                                          QStringLiteral("parent_code"), QStringLiteral("Error reason")});
        REQUIRE(saved.rows.size() == 2);
        CHECK(core::TableFile::cellText(saved.rows.at(0).at(1)) == QStringLiteral("无代码的工会"));
        CHECK(core::TableFile::cellText(saved.rows.at(0).at(4)) == QStringLiteral("Code is required."));
        CHECK(core::TableFile::cellText(saved.rows.at(1).at(1)) == QStringLiteral("重复的一行"));
    }
    SECTION("from the list of rows that failed")
    {
        const QString target = f.tdb.tempPath(QStringLiteral("to-correct.xlsx"));
        bool offered = false;
        auto* timer = new QTimer;
        timer->setInterval(10);
        QObject::connect(timer, &QTimer::timeout, [&, timer] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!dialog || dialog->objectName() != QLatin1String("importErrors"))
                return;
            timer->stop();
            timer->deleteLater();
            auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveFailedRows"));
            offered = save != nullptr;
            if (save) {
                saveThroughFileDialog(target);
                save->click();
            }
            dialog->reject();
        });
        timer->start();
        CHECK_FALSE(f.page->importFile(path, core::ImportOptions{}));
        CHECK(offered);
        const core::TableFile saved = core::TableFile::load(target);
        CHECK(saved.header.last() == QStringLiteral("Error reason"));
        REQUIRE(saved.rows.size() == 2); // the row without a code, and the code repeated
        CHECK(core::TableFile::cellText(saved.rows.at(0).at(1)) == QStringLiteral("无代码的工会"));
        CHECK(core::TableFile::cellText(saved.rows.at(1).at(4)).contains(QStringLiteral("0302")));
        CHECK(f.window.statusBar()->currentMessage().contains(QStringLiteral("to-correct.xlsx")));
    }
}

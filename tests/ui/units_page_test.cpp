#include "Screenshots.h"
#include "support/Builders.h"
#include "support/PageFixture.h"
#include "support/TestDatabase.h"
#include "support/TestFiles.h"
#include "support/catch.h"

#include "ModalWatcher.h"
#include "UiTestSupport.h"

#include "core/io/Csv.h"
#include "core/units/SubUnitRepository.h"
#include "core/units/SubUnitsModel.h"
#include "ui/history/HistoryModule.h"
#include "ui/shell/MainWindow.h"
#include "ui/units/UnitDialog.h"
#include "ui/units/UnitsModule.h"
#include "ui/units/UnitsPage.h"
#include "ui/widgets/DataTableView.h"
#include "ui/widgets/PageHeader.h"
#include "ui/widgets/ReportActions.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

#include <memory>

using namespace ud;

using test::saveScreenshot;
using test::unit;
using test::writeFile;

namespace {

/// A shown main window on a fresh database, with the units page at hand.
struct UnitsFixture : test::PageFixture<ui::UnitsPage> {
    UnitsFixture() { show<ui::UnitsModule, ui::HistoryModule>(); }
    core::SubUnitRepository repo() { return core::SubUnitRepository(db()); }
};

} // namespace

TEST_CASE("Adding a sub-union can be undone and redone under the same id", "[ui][units]")
{
    UnitsFixture f;
    REQUIRE(f.ready());
    const qint64 id = f.page->addRecord(
        unit(QStringLiteral("0101"), QStringLiteral("计算机学院工会"), std::nullopt, QStringLiteral("计算机")));
    REQUIRE(id > 0);
    REQUIRE(f.repo().byId(id).has_value());
    REQUIRE(f.stack().count() == 1);
    REQUIRE(f.stack().undoText() == QStringLiteral("Add sub-union 计算机学院工会"));
    REQUIRE(f.page->model()->rowCount() == 1);
    REQUIRE(f.page->currentId() == id);
    REQUIRE(f.page->header()->subtitle() == QStringLiteral("1 sub-union"));

    f.stack().undo();
    REQUIRE_FALSE(f.repo().byId(id).has_value());
    REQUIRE(f.page->model()->rowCount() == 0);
    REQUIRE(f.page->tableView()->showsPlaceholder());

    f.stack().redo();
    const auto back = f.repo().byId(id);
    REQUIRE(back.has_value());
    REQUIRE(back->code == QStringLiteral("0101"));
    REQUIRE(back->shortName == QStringLiteral("计算机"));
    REQUIRE(f.page->model()->rowCount() == 1);
    REQUIRE(f.page->currentId() == id);
    REQUIRE(f.stack().count() == 1);
}

TEST_CASE("Editing a sub-union can be undone", "[ui][units]")
{
    UnitsFixture f;
    REQUIRE(f.ready());
    const qint64 id = f.page->addRecord(unit(QStringLiteral("0102"), QStringLiteral("经济学院工会")));
    REQUIRE(id > 0);
    core::SubUnit changed = *f.repo().byId(id);
    changed.name = QStringLiteral("经济学院分工会");
    changed.sortOrder = 7;
    REQUIRE(f.page->editRecord(changed));
    REQUIRE(f.repo().byId(id)->name == QStringLiteral("经济学院分工会"));
    REQUIRE(f.stack().count() == 2);
    REQUIRE(f.page->model()->data(f.page->model()->index(0, core::SubUnitsModel::Name)).toString() ==
            QStringLiteral("经济学院分工会"));

    f.stack().undo();
    REQUIRE(f.repo().byId(id)->name == QStringLiteral("经济学院工会"));
    REQUIRE(f.repo().byId(id)->sortOrder == 0);
    REQUIRE(f.page->model()->data(f.page->model()->index(0, core::SubUnitsModel::Name)).toString() ==
            QStringLiteral("经济学院工会"));
    f.stack().redo();
    REQUIRE(f.repo().byId(id)->name == QStringLiteral("经济学院分工会"));

    // Saving without a change leaves nothing to undo.
    REQUIRE(f.page->editRecord(*f.repo().byId(id)));
    REQUIRE(f.stack().count() == 2);
}

TEST_CASE("Deleting a sub-union can be undone with its id and values", "[ui][units]")
{
    UnitsFixture f;
    REQUIRE(f.ready());
    core::SubUnit original =
        unit(QStringLiteral("0201"), QStringLiteral("外国语学院工会"), std::nullopt, QStringLiteral("外语"));
    original.sortOrder = 3;
    original.active = false;
    original.id = f.page->addRecord(original);
    REQUIRE(original.id > 0);

    REQUIRE(f.page->deleteRecord(original.id));
    REQUIRE_FALSE(f.repo().byId(original.id).has_value());
    REQUIRE(f.page->model()->rowCount() == 0);
    REQUIRE(f.stack().undoText() == QStringLiteral("Delete sub-union 外国语学院工会"));

    f.stack().undo();
    const auto back = f.repo().byId(original.id);
    REQUIRE(back.has_value());
    REQUIRE(*back == original);
    REQUIRE(f.page->model()->rowCount() == 1);
    REQUIRE(f.page->currentId() == original.id);
}

TEST_CASE("A sub-union with a sub-unit cannot be deleted and nothing reaches the stack", "[ui][units]")
{
    UnitsFixture f;
    REQUIRE(f.ready());
    const qint64 parent = f.page->addRecord(unit(QStringLiteral("0300"), QStringLiteral("管理学院工会")));
    core::SubUnit child = unit(QStringLiteral("0301"), QStringLiteral("管理学院会计系工会小组"));
    child.parentId = parent;
    REQUIRE(f.page->addRecord(child) > 0);
    const int before = f.stack().count();
    const int index = f.stack().index();

    test::ModalWatcher watcher;
    REQUIRE_FALSE(f.page->deleteRecord(parent));
    REQUIRE(watcher.count() == 1);
    REQUIRE(watcher.texts.first().contains(QStringLiteral("管理学院工会")));
    REQUIRE(f.stack().count() == before);
    REQUIRE(f.stack().index() == index);
    REQUIRE(f.repo().byId(parent).has_value());
    REQUIRE(f.page->model()->rowCount() == 2);
}

TEST_CASE("A refused addition shows why and leaves the stack alone", "[ui][units]")
{
    UnitsFixture f;
    REQUIRE(f.ready());
    REQUIRE(f.page->addRecord(unit(QStringLiteral("0400"), QStringLiteral("法学院工会"))) > 0);
    test::ModalWatcher watcher;
    REQUIRE(f.page->addRecord(unit(QStringLiteral("0400"), QStringLiteral("另一个学院工会"))) == 0);
    REQUIRE(watcher.count() == 1);
    REQUIRE(watcher.texts.first().contains(QStringLiteral("0400")));
    REQUIRE(f.stack().count() == 1);
    REQUIRE(f.page->model()->rowCount() == 1);
}

TEST_CASE("Undo that the database refuses drops the step and keeps the stack usable", "[ui][units]")
{
    UnitsFixture f;
    REQUIRE(f.ready());
    const qint64 parent = f.page->addRecord(unit(QStringLiteral("0500"), QStringLiteral("艺术学院工会")));
    REQUIRE(parent > 0);
    // Someone else (another computer, the command line) puts a unit under it: undoing the add must fail.
    core::SubUnit child = unit(QStringLiteral("0501"), QStringLiteral("艺术学院音乐系工会小组"));
    child.parentId = parent;
    f.repo().add(child);

    test::ModalWatcher watcher;
    f.stack().undo();
    REQUIRE(f.repo().byId(parent).has_value());
    REQUIRE(f.stack().count() == 0);
    REQUIRE(QTest::qWaitFor([&] { return watcher.count() == 1; }, 2000));
    REQUIRE(watcher.texts.first().contains(QStringLiteral("艺术学院工会")));
}

TEST_CASE("Undo of an import whose unit was changed since is refused, and the step dropped", "[ui][units]")
{
    UnitsFixture f;
    REQUIRE(f.ready());
    REQUIRE(f.page->addRecord(unit(QStringLiteral("0100"), QStringLiteral("校机关工会"))) > 0);
    const QString file = writeFile(f.tdb, QStringLiteral("units.csv"),
                                   QByteArray("code,name\r\n0601,体育学院工会\r\n0602,音乐学院工会\r\n"));
    REQUIRE(f.page->importFile(file));
    REQUIRE(f.stack().count() == 2);
    // Someone else (another computer, the command line) renames a unit the import added.
    core::SubUnit changed = *f.repo().byCode(QStringLiteral("0602"));
    changed.name = QStringLiteral("音乐舞蹈学院工会");
    f.repo().update(changed);

    test::ModalWatcher watcher;
    f.stack().undo();
    CHECK(f.repo().byCode(QStringLiteral("0601")).has_value());
    CHECK(f.repo().byCode(QStringLiteral("0602"))->name == QStringLiteral("音乐舞蹈学院工会"));
    REQUIRE(QTest::qWaitFor([&] { return watcher.count() == 1; }, 2000));
    CHECK(watcher.texts.first().contains(QStringLiteral("音乐舞蹈学院工会")));
    // The step is gone; the one before it is still there and works.
    REQUIRE(f.stack().count() == 1);
    CHECK(f.stack().undoText() == QStringLiteral("Add sub-union 校机关工会"));
    f.stack().undo();
    CHECK_FALSE(f.repo().byCode(QStringLiteral("0100")).has_value());
}

TEST_CASE("Typing in the search box narrows the list", "[ui][units]")
{
    UnitsFixture f;
    REQUIRE(f.ready());
    REQUIRE(f.page->addRecord(
        unit(QStringLiteral("0101"), QStringLiteral("计算机学院工会"), std::nullopt, QStringLiteral("计算机"))));
    REQUIRE(f.page->addRecord(
        unit(QStringLiteral("0102"), QStringLiteral("经济学院工会"), std::nullopt, QStringLiteral("经院"))));
    REQUIRE(f.page->addRecord(
        unit(QStringLiteral("0201"), QStringLiteral("Foreign Languages"), std::nullopt, QStringLiteral("FL"))));
    QSortFilterProxyModel* proxy = f.page->proxyModel();
    REQUIRE(proxy->rowCount() == 3);
    REQUIRE(f.page->header()->subtitle() == QStringLiteral("3 sub-unions"));

    QTest::keyClicks(f.page->searchEdit(), QStringLiteral("0102"));
    REQUIRE(proxy->rowCount() == 1);
    REQUIRE(proxy->index(0, core::SubUnitsModel::Name).data().toString() == QStringLiteral("经济学院工会"));
    REQUIRE(f.page->header()->subtitle() == QStringLiteral("1 of 3 shown"));

    f.page->searchEdit()->clear();
    REQUIRE(proxy->rowCount() == 3);
    QTest::keyClicks(f.page->searchEdit(), QStringLiteral("foreign"));
    REQUIRE(proxy->rowCount() == 1);

    // Chinese arrives from the input method as committed text, not as key presses.
    f.page->searchEdit()->clear();
    QInputMethodEvent pinyin;
    pinyin.setCommitString(QStringLiteral("计算"));
    QCoreApplication::sendEvent(f.page->searchEdit(), &pinyin);
    REQUIRE(proxy->rowCount() == 1);
    REQUIRE(proxy->index(0, core::SubUnitsModel::Code).data().toString() == QStringLiteral("0101"));

    f.page->searchEdit()->clear();
    QTest::keyClicks(f.page->searchEdit(), QStringLiteral("zzz"));
    REQUIRE(proxy->rowCount() == 0);
    REQUIRE(f.page->tableView()->showsPlaceholder());
    REQUIRE(f.page->tableView()->placeholderText().contains(QStringLiteral("zzz")));
}

TEST_CASE("Clicking a header sorts by that column", "[ui][units]")
{
    UnitsFixture f;
    REQUIRE(f.ready());
    core::SubUnit b = unit(QStringLiteral("B"), QStringLiteral("Beta"));
    b.sortOrder = 1;
    core::SubUnit a = unit(QStringLiteral("A"), QStringLiteral("Alpha"));
    a.sortOrder = 2;
    REQUIRE(f.page->addRecord(b));
    REQUIRE(f.page->addRecord(a));
    QSortFilterProxyModel* proxy = f.page->proxyModel();
    // By order first.
    REQUIRE(proxy->index(0, core::SubUnitsModel::Code).data().toString() == QStringLiteral("B"));
    f.page->tableView()->sortByColumn(core::SubUnitsModel::Code, Qt::AscendingOrder);
    REQUIRE(proxy->index(0, core::SubUnitsModel::Code).data().toString() == QStringLiteral("A"));
    f.page->tableView()->sortByColumn(core::SubUnitsModel::Code, Qt::DescendingOrder);
    REQUIRE(proxy->index(0, core::SubUnitsModel::Code).data().toString() == QStringLiteral("B"));
}

TEST_CASE("Edit and delete follow the selection", "[ui][units]")
{
    UnitsFixture f;
    REQUIRE(f.ready());
    REQUIRE(f.page->addAction()->isEnabled());
    const qint64 id = f.page->addRecord(unit(QStringLiteral("0601"), QStringLiteral("体育部工会")));
    REQUIRE(f.page->editAction()->isEnabled());
    f.page->tableView()->clearSelection();
    REQUIRE(f.page->currentId() == 0);
    REQUIRE_FALSE(f.page->editAction()->isEnabled());
    REQUIRE_FALSE(f.page->deleteAction()->isEnabled());
    REQUIRE(f.page->selectRecord(id));
    REQUIRE(f.page->deleteAction()->isEnabled());

    // The Delete action asks first; answering No keeps the unit.
    test::ModalWatcher no(QMessageBox::No);
    f.page->deleteAction()->trigger();
    REQUIRE(no.count() == 1);
    REQUIRE(no.texts.first().contains(QStringLiteral("体育部工会")));
    REQUIRE(f.repo().byId(id).has_value());
}

TEST_CASE("The Delete action removes the selected unit after a yes", "[ui][units]")
{
    UnitsFixture f;
    REQUIRE(f.ready());
    const qint64 id = f.page->addRecord(unit(QStringLiteral("0602"), QStringLiteral("图书馆工会")));
    REQUIRE(f.page->selectRecord(id));
    test::ModalWatcher yes(QMessageBox::Yes);
    f.page->deleteAction()->trigger();
    REQUIRE(yes.count() == 1);
    REQUIRE_FALSE(f.repo().byId(id).has_value());
    REQUIRE(f.stack().count() == 2);
}

TEST_CASE("The unit dialog checks the unit inside the dialog", "[ui][units]")
{
    UnitsFixture f;
    REQUIRE(f.ready());
    const qint64 existing = f.page->addRecord(unit(QStringLiteral("0700"), QStringLiteral("后勤集团工会")));
    core::SubUnit child = unit(QStringLiteral("0701"), QStringLiteral("后勤集团餐饮中心工会小组"));
    child.parentId = existing;
    const qint64 childId = f.page->addRecord(child);

    ui::UnitDialog dialog(f.db(), core::SubUnit{});
    REQUIRE(dialog.windowTitle() == QStringLiteral("New sub-union"));
    // The fields as the descriptor declares them, in its order.
    auto* form = dialog.findChild<QFormLayout*>();
    REQUIRE(form);
    QStringList order;
    QStringList labels;
    for (int row = 0; row < form->rowCount(); ++row) {
        QLayoutItem* field = form->itemAt(row, QFormLayout::FieldRole);
        if (!field || !field->widget() || field->widget()->objectName().endsWith(QStringLiteral("Problem")))
            continue;
        order << field->widget()->objectName();
        auto* label = qobject_cast<QLabel*>(form->labelForField(field->widget()));
        labels << (label ? label->text() : QString());
    }
    REQUIRE(order.join(QLatin1Char(',')) == QStringLiteral("code,name,short_name,parent_id,sort_order,active"));
    REQUIRE(labels.join(QLatin1Char(',')) == QStringLiteral("&Code:,&Name:,&Short name:,&Parent unit:,&Order:,"));
    REQUIRE(dialog.editor<QLineEdit>(QStringLiteral("code"))->maxLength() == 32);
    REQUIRE(dialog.editor<QLineEdit>(QStringLiteral("code"))->placeholderText() == QStringLiteral("e.g. 0105"));
    REQUIRE(dialog.editor<QLineEdit>(QStringLiteral("name"))->maxLength() == 100);
    REQUIRE(dialog.editor<QLineEdit>(QStringLiteral("short_name"))->placeholderText() ==
            QStringLiteral("Optional, for lists and printouts"));
    REQUIRE(dialog.editor<QSpinBox>(QStringLiteral("sort_order"))->minimum() == -9999);
    REQUIRE(dialog.editor<QSpinBox>(QStringLiteral("sort_order"))->maximum() == 99999);
    REQUIRE(dialog.editor<QSpinBox>(QStringLiteral("sort_order"))->toolTip().contains(QStringLiteral("by code")));
    REQUIRE(dialog.editor<QCheckBox>(QStringLiteral("active"))->text() == QStringLiteral("This sub-union is active"));
    REQUIRE(dialog.editor<QCheckBox>(QStringLiteral("active"))->isChecked());
    REQUIRE(dialog.editor<QComboBox>(QStringLiteral("parent_id"))->itemText(0) == QStringLiteral("(none)"));
    REQUIRE_FALSE(dialog.okButton()->isEnabled());
    dialog.editor<QLineEdit>(QStringLiteral("code"))->setText(QStringLiteral("0700"));
    REQUIRE_FALSE(dialog.okButton()->isEnabled());
    dialog.editor<QLineEdit>(QStringLiteral("name"))->setText(QStringLiteral("新单位工会"));
    REQUIRE(dialog.okButton()->isEnabled());

    dialog.accept(); // the code is taken
    REQUIRE(dialog.result() != QDialog::Accepted);
    REQUIRE(dialog.problemsText().contains(QStringLiteral("0700")));
    // The problem is shown under the code field.
    auto* codeProblem = dialog.findChild<QLabel*>(QStringLiteral("codeProblem"));
    REQUIRE(codeProblem);
    REQUIRE(codeProblem->isVisibleTo(&dialog));
    REQUIRE(codeProblem->text().contains(QStringLiteral("0700")));
    REQUIRE_FALSE(dialog.findChild<QLabel*>(QStringLiteral("nameProblem"))->isVisibleTo(&dialog));

    dialog.editor<QLineEdit>(QStringLiteral("code"))->setText(QStringLiteral("0800"));
    auto* parents = dialog.editor<QComboBox>(QStringLiteral("parent_id"));
    parents->setCurrentIndex(parents->findData(existing));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.problemsText().isEmpty());
    const core::SubUnit result = dialog.record();
    REQUIRE(result.code == QStringLiteral("0800"));
    REQUIRE(result.parentId == existing);

    // A unit cannot be put under itself or under its own sub-unit.
    ui::UnitDialog edit(f.db(), *f.repo().byId(existing));
    REQUIRE(edit.editor<QComboBox>(QStringLiteral("parent_id"))->findData(existing) == -1);
    REQUIRE(edit.editor<QComboBox>(QStringLiteral("parent_id"))->findData(childId) == -1);
    REQUIRE(edit.editor<QComboBox>(QStringLiteral("parent_id"))->currentIndex() == 0);
    ui::UnitDialog editChild(f.db(), *f.repo().byId(childId));
    REQUIRE(editChild.editor<QComboBox>(QStringLiteral("parent_id"))->currentData().toLongLong() == existing);
}

TEST_CASE("Importing a CSV file adds and updates units, all or nothing, as one step of the undo history", "[ui][units]")
{
    UnitsFixture f;
    REQUIRE(f.ready());
    REQUIRE(f.page->addRecord(unit(QStringLiteral("0301"), QStringLiteral("法学院"))) > 0);
    REQUIRE(f.stack().count() == 1);

    const QString good = writeFile(f.tdb, QStringLiteral("good.csv"),
                                   QByteArray("code,name,short_name,parent_code\r\n"
                                              "0301,法学院工会,法学,\r\n"
                                              "0302,法学院民商法系工会小组,,0301\r\n"
                                              "0303,知识产权学院工会,知产,\r\n"));
    REQUIRE(f.page->importFile(good));
    REQUIRE(f.page->model()->rowCount() == 3);
    REQUIRE(f.repo().byCode(QStringLiteral("0301"))->name == QStringLiteral("法学院工会"));
    REQUIRE(f.repo().byCode(QStringLiteral("0302"))->parentId == f.repo().byCode(QStringLiteral("0301"))->id);
    // The import is one more step; the step before it stays.
    REQUIRE(f.stack().count() == 2);
    CHECK(f.stack().undoText() == QStringLiteral("Import 3 sub-unions (good.csv)"));
    f.stack().undo();
    CHECK(f.page->model()->rowCount() == 1);
    CHECK(f.repo().byCode(QStringLiteral("0301"))->name == QStringLiteral("法学院"));
    CHECK_FALSE(f.repo().byCode(QStringLiteral("0302")).has_value());
    CHECK(f.stack().undoText() == QStringLiteral("Add sub-union 法学院"));
    f.stack().undo();
    CHECK(f.page->model()->rowCount() == 0);
    f.stack().redo();
    f.stack().redo();
    REQUIRE(f.page->model()->rowCount() == 3);
    CHECK(f.repo().byCode(QStringLiteral("0301"))->name == QStringLiteral("法学院工会"));
    REQUIRE(f.stack().count() == 2);

    const QString bad = writeFile(f.tdb, QStringLiteral("bad.csv"),
                                  QByteArray("code,name\r\n"
                                             "0401,\r\n"
                                             "0402,新闻学院工会\r\n"
                                             "0402,传媒学院工会\r\n"));
    test::ModalWatcher watcher;
    REQUIRE_FALSE(f.page->importFile(bad));
    REQUIRE(watcher.count() == 1);
    const QString shown = watcher.texts.first();
    REQUIRE(shown.contains(QStringLiteral("Nothing was imported")));
    REQUIRE(shown.contains(QStringLiteral("row 2")));
    REQUIRE(shown.contains(QStringLiteral("row 4")));
    REQUIRE_FALSE(f.repo().byCode(QStringLiteral("0402")).has_value());
    REQUIRE(f.page->model()->rowCount() == 3);
    CHECK(f.stack().count() == 2); // a refused file is no step
}

TEST_CASE("Exporting writes every unit as UTF-8 CSV with BOM", "[ui][units]")
{
    UnitsFixture f;
    REQUIRE(f.ready());
    REQUIRE(f.page->addRecord(unit(QStringLiteral("0901"), QStringLiteral("=马克思主义学院工会"))) > 0);
    REQUIRE(f.page->addRecord(unit(QStringLiteral("0902"), QStringLiteral("统计与数学学院工会"))) > 0);
    f.page->searchEdit()->setText(QStringLiteral("0902")); // the export ignores the search
    const QString path = f.tdb.tempPath(QStringLiteral("units.csv"));
    REQUIRE(f.page->exportCsv(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const core::Csv::Table table = core::Csv::parse(bytes);
    REQUIRE(table.rows.size() == 3);
    REQUIRE(table.rows.at(0) == core::SubUnitRepository::csvHeader());
    REQUIRE(table.rows.at(1).at(1) == QStringLiteral("'=马克思主义学院工会"));
    REQUIRE(table.rows.at(2).at(1) == QStringLiteral("统计与数学学院工会"));
}

TEST_CASE("SubUnitsModel stays consistent through reloads", "[ui][units][model]")
{
    test::TestDatabase tdb;
    auto db = tdb.open();
    core::SubUnitsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(db.get());
    REQUIRE(model.rowCount() == 0);

    core::SubUnitRepository repo(*db);
    const qint64 parent = repo.add(unit(QStringLiteral("1000"), QStringLiteral("机关工会")));
    core::SubUnit child = unit(QStringLiteral("1001"), QStringLiteral("机关党委办公室工会小组"));
    child.parentId = parent;
    child.active = false;
    const qint64 childId = repo.add(child);
    model.reload();
    REQUIRE(model.rowCount() == 2);
    const int childRow = model.rowOf(childId);
    REQUIRE(childRow >= 0);
    REQUIRE(model.index(childRow, core::SubUnitsModel::Parent).data().toString() == QStringLiteral("机关工会"));
    REQUIRE(model.index(childRow, core::SubUnitsModel::Code).data(core::SubUnitsModel::IdRole).toLongLong() == childId);

    repo.remove(childId);
    model.reload();
    REQUIRE(model.rowCount() == 1);
    REQUIRE(model.rowOf(childId) == -1);

    model.setDatabase(nullptr);
    REQUIRE(model.rowCount() == 0);
}

TEST_CASE("The page's filter model stays consistent while searching and editing", "[ui][units][model]")
{
    UnitsFixture f;
    REQUIRE(f.ready());
    QAbstractItemModelTester tester(f.page->proxyModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const qint64 id = f.page->addRecord(unit(QStringLiteral("1100"), QStringLiteral("继续教育学院工会")));
    REQUIRE(f.page->addRecord(unit(QStringLiteral("1200"), QStringLiteral("国际教育学院工会"))) > 0);
    QInputMethodEvent pinyin;
    pinyin.setCommitString(QStringLiteral("继续"));
    QCoreApplication::sendEvent(f.page->searchEdit(), &pinyin);
    REQUIRE(f.page->proxyModel()->rowCount() == 1);
    REQUIRE(f.page->deleteRecord(id));
    REQUIRE(f.page->proxyModel()->rowCount() == 0);
    f.stack().undo();
    REQUIRE(f.page->proxyModel()->rowCount() == 1);
    f.page->searchEdit()->clear();
    REQUIRE(f.page->proxyModel()->rowCount() == 2);
}

TEST_CASE("The sub-union list goes out as PDF, workbook, CSV and an editable document", "[ui][units][report]")
{
    UnitsFixture f;
    REQUIRE(f.ready());
    const qint64 parent = f.page->addRecord(unit(QStringLiteral("1000"), QStringLiteral("机关工会")));
    core::SubUnit child = unit(QStringLiteral("1001"), QStringLiteral("机关党委办公室工会小组"));
    child.parentId = parent;
    REQUIRE(f.page->addRecord(child) > 0);
    ui::ReportActions* output = f.page->reportActions();
    REQUIRE(output->printAction()->isEnabled());

    const QString odt = f.tdb.tempPath(QStringLiteral("units.odt"));
    REQUIRE(output->save(odt));
    // An OpenDocument file is a zip whose first entry is the uncompressed mimetype.
    QFile file(odt);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray head = file.read(100);
    REQUIRE(head.startsWith("PK"));
    REQUIRE(head.contains("application/vnd.oasis.opendocument.text"));

    const QString csv = f.tdb.tempPath(QStringLiteral("units.csv"));
    REQUIRE(output->save(csv));
    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    const core::Csv::Table table = core::Csv::parse(csvFile.readAll());
    REQUIRE(table.rows.size() == 3);
    REQUIRE(table.rows.at(0).at(0) == QStringLiteral("Code"));
    REQUIRE(table.rows.at(2).at(3) == QStringLiteral("机关工会")); // the parent by name, as the page shows it

    const QString pdf = f.tdb.tempPath(QStringLiteral("units.pdf"));
    REQUIRE(output->save(pdf));
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    REQUIRE(pdfFile.read(5) == "%PDF-");

    // A target in a folder that does not exist fails with a message and writes nothing.
    test::ModalWatcher watcher;
    REQUIRE_FALSE(output->save(f.tdb.tempPath(QStringLiteral("missing/units.odt"))));
    REQUIRE(watcher.count() == 1);
    REQUIRE(watcher.texts.first().contains(QStringLiteral("missing")));
    REQUIRE_FALSE(QFileInfo::exists(f.tdb.tempPath(QStringLiteral("missing"))));
}

TEST_CASE("The unit dialog in Chinese, for the screenshot", "[ui][units][screenshot]")
{
#ifdef UD_QM_DIR
    test::ChineseTranslation chinese;
#endif
    UnitsFixture f;
    REQUIRE(f.ready());
    const qint64 parent = f.page->addRecord(unit(QStringLiteral("0100"), QStringLiteral("机关工会")));
    core::SubUnit child = unit(QStringLiteral("0105"), QStringLiteral("机关党委办公室工会小组"), parent);
    child.sortOrder = 3;
    const qint64 childId = f.page->addRecord(child);
    REQUIRE(childId > 0);
    saveScreenshot(f.window, QStringLiteral("units-page"));

    ui::UnitDialog edit(f.db(), *f.repo().byId(childId), &f.window);
    edit.show();
    REQUIRE(QTest::qWaitForWindowExposed(&edit));
    saveScreenshot(edit, QStringLiteral("units-dialog"));

    ui::UnitDialog fresh(f.db(), core::SubUnit{}, &f.window);
    fresh.show();
    REQUIRE(QTest::qWaitForWindowExposed(&fresh));
    saveScreenshot(fresh, QStringLiteral("units-dialog-new"));
}

TEST_CASE("Esc on a changed dialog asks before throwing the changes away; an unchanged one just closes", "[ui][units]")
{
    test::TestDatabase tdb;
    auto db = tdb.open();
    const qint64 id = test::addUnit(*db, QStringLiteral("101"), QStringLiteral("经济学院分工会"));
    const core::SubUnit unit = *core::SubUnitRepository(*db).byId(id);
    {
        ui::UnitDialog dialog(*db, unit);
        dialog.show();
        CHECK_FALSE(dialog.hasChanges());
        test::ModalWatcher watcher;
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCoreApplication::processEvents();
        CHECK(watcher.count() == 0);
        CHECK_FALSE(dialog.isVisible());
    }
    {
        ui::UnitDialog dialog(*db, unit);
        dialog.show();
        dialog.editor<QLineEdit>(QStringLiteral("name"))->setText(QStringLiteral("经济与管理学院分工会"));
        CHECK(dialog.hasChanges());
        {
            test::ModalWatcher keep(QMessageBox::Cancel);
            QTest::keyClick(&dialog, Qt::Key_Escape);
            REQUIRE(keep.count() == 1);
            CHECK(keep.texts.first().contains(QStringLiteral("not saved")));
        }
        CHECK(dialog.isVisible());
        CHECK(dialog.editor<QLineEdit>(QStringLiteral("name"))->text() == QStringLiteral("经济与管理学院分工会"));
        {
            test::ModalWatcher discard(QMessageBox::Discard);
            QTest::keyClick(&dialog, Qt::Key_Escape);
            REQUIRE(discard.count() == 1);
        }
        CHECK_FALSE(dialog.isVisible());
        CHECK(dialog.result() == QDialog::Rejected);
    }
}

#include "support/PageFixture.h"
#include "support/TestDatabase.h"
#include "support/catch.h"

#include "ModalWatcher.h"
#include "Screenshots.h"
#include "UiTestSupport.h"

#include "core/schedule/PlanDocument.h"
#include "core/schedule/ScheduleRepository.h"
#include "ui/history/HistoryModule.h"
#include "ui/schedule/DoneDateDialog.h"
#include "ui/schedule/MonthGridDelegate.h"
#include "ui/schedule/PlanImportDialog.h"
#include "ui/schedule/ScheduleItemDialog.h"
#include "ui/schedule/ScheduleModule.h"
#include "ui/schedule/SchedulePage.h"
#include "ui/schedule/ScheduleTreeModel.h"
#include "ui/shell/MainWindow.h"
#include "ui/units/UnitsModule.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QHeaderView>
#include <QInputDialog>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUndoStack>

using namespace ud;

namespace {

/// A shown main window on a fresh database, the schedule page at hand; with the 2024 plan when `withPlan`.
struct ScheduleFixture : test::PageFixture<ui::SchedulePage> {

    explicit ScheduleFixture(bool withPlan, const QSize& size = QSize(1366, 820))
    {
        if (withPlan) {
            auto db = tdb.open();
            core::ScheduleRepository(*db).importPlan(
                2024, core::PlanDocument::parseText(core::PlanDocument::examplePlanText()));
        }
        show<ui::UnitsModule, ui::ScheduleModule, ui::HistoryModule>(size);
    }
    core::ScheduleRepository repo() { return core::ScheduleRepository(db()); }
    ui::ScheduleTreeModel& model() { return *page->model(); }

    /// The item whose text starts with `prefix`.
    core::ScheduleItem itemStarting(const QString& prefix)
    {
        const auto plan = repo().plan(2024);
        REQUIRE(plan);
        for (const core::ScheduleItem& i : repo().items(plan->id))
            if (i.text.startsWith(prefix))
                return i;
        FAIL("no item starting with " << prefix.toStdString());
        return {};
    }
    /// The months column of an item's row.
    QModelIndex monthsIndex(qint64 itemId)
    {
        const QModelIndex first = model().indexOfItem(itemId);
        return first.isValid() ? first.siblingAtColumn(ui::ScheduleTreeModel::Months) : QModelIndex();
    }
};

/// Chinese arrives from the input method as committed text, not as key presses.
void typeChinese(QWidget* widget, const QString& text)
{
    widget->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

int bitsOf(std::initializer_list<int> months)
{
    int bits = 0;
    for (int m : months)
        bits |= 1 << (m - 1);
    return bits;
}

} // namespace

TEST_CASE("The schedule page shows the 2024 plan by section with the month grid", "[ui][schedule]")
{
    ScheduleFixture f(true);
    REQUIRE(f.ready());
    QAbstractItemModelTester tester(f.page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    REQUIRE(f.page->yearCombo()->count() == 1);
    REQUIRE(f.page->year() == 2024);
    REQUIRE(f.model().rowCount() == 5);
    REQUIRE(f.model().itemCount() == 30);
    REQUIRE(f.model().index(0, 0).data().toString() == QStringLiteral("一、政治引领和宣传工作"));
    REQUIRE(f.model().rowCount(f.model().index(0, 0)) == 3);
    REQUIRE(f.page->keyPointsTree()->topLevelItemCount() == 5);

    // 全年: every month; 3-6月: March to June; 6月底前: due in June only.
    const auto allYear = f.itemStarting(QStringLiteral("学习宣传贯彻"));
    REQUIRE(f.monthsIndex(allYear.id).data(ui::ScheduleTreeModel::MonthBitsRole).toInt() == 0x0FFF);
    REQUIRE(f.monthsIndex(allYear.id).data(ui::ScheduleTreeModel::DueBitsRole).toInt() == 0);
    const auto spring = f.itemStarting(QStringLiteral("组织开展校“最美教师”"));
    REQUIRE(f.monthsIndex(spring.id).data(ui::ScheduleTreeModel::MonthBitsRole).toInt() == bitsOf({3, 4, 5, 6}));
    const auto congress = f.itemStarting(QStringLiteral("召开校第十二届教代会"));
    REQUIRE(f.monthsIndex(congress.id).data(ui::ScheduleTreeModel::MonthBitsRole).toInt() == bitsOf({6}));
    REQUIRE(f.monthsIndex(congress.id).data(ui::ScheduleTreeModel::DueBitsRole).toInt() == bitsOf({6}));
    REQUIRE(f.monthsIndex(congress.id).siblingAtColumn(ui::ScheduleTreeModel::Timing).data().toString() ==
            QStringLiteral("6月底前"));

    // The grid column is painted by the delegate (a wide enough cell for twelve months).
    REQUIRE(f.page->treeView()->itemDelegateForColumn(ui::ScheduleTreeModel::Months) == f.page->monthDelegate());
    REQUIRE(f.page->treeView()->columnWidth(ui::ScheduleTreeModel::Months) >= 12 * 12);
    const QRect row = f.page->treeView()->visualRect(f.monthsIndex(allYear.id));
    REQUIRE(row.isValid());
    const QImage grab = f.page->treeView()->viewport()->grab().toImage();
    // The cell of month 7 of an all-year item is filled with the "covered" colour.
    const QPoint inCell = ui::MonthGridDelegate::cellRect(row, 7).center();
    REQUIRE(QColor(grab.pixel(inCell)) == ui::MonthGridDelegate::coveredColor());
    const QRect dueRow = f.page->treeView()->visualRect(f.monthsIndex(congress.id));
    const QRect dueCell = ui::MonthGridDelegate::cellRect(dueRow, 6);
    REQUIRE(QColor(grab.pixel(dueCell.topLeft() + QPoint(1, 1))) == ui::MonthGridDelegate::dueColor());
}

TEST_CASE("The month, section and status filters narrow the rows", "[ui][schedule]")
{
    ScheduleFixture f(true);
    REQUIRE(f.ready());
    QAbstractItemModelTester tester(f.page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int all = f.model().itemCount();
    const int mayCount = int(f.repo().monthItems(2024, 5).size());
    REQUIRE(mayCount > 0);
    REQUIRE(mayCount < all);

    f.page->setMonthFilter(5);
    REQUIRE(f.model().itemCount() == mayCount);
    for (int s = 0; s < f.model().rowCount(); ++s) {
        const QModelIndex section = f.model().index(s, 0);
        REQUIRE(f.model().rowCount(section) > 0); // a filtered view shows only sections with matches
        for (int r = 0; r < f.model().rowCount(section); ++r)
            REQUIRE((f.model()
                         .index(r, ui::ScheduleTreeModel::Months, section)
                         .data(ui::ScheduleTreeModel::MonthBitsRole)
                         .toInt() &
                     bitsOf({5})) != 0);
    }
    // The June deadline is in June's list, not in May's.
    const auto congress = f.itemStarting(QStringLiteral("召开校第十二届教代会"));
    REQUIRE_FALSE(f.model().indexOfItem(congress.id).isValid());
    f.page->setMonthFilter(6);
    REQUIRE(f.model().indexOfItem(congress.id).isValid());

    f.page->setMonthFilter(0);
    const auto sections = f.repo().sections(f.repo().plan(2024)->id);
    f.page->setSectionFilter(sections.at(1).id);
    REQUIRE(f.model().rowCount() == 1);
    REQUIRE(f.model().itemCount() < all);

    f.page->clearFilters();
    REQUIRE(f.model().itemCount() == all);
    f.page->setStatusFilter(QStringLiteral("done"));
    REQUIRE(f.model().itemCount() == 0);
    f.page->clearFilters();
    REQUIRE(f.model().itemCount() == all);
}

TEST_CASE("Editing an item is undoable; mark done is undoable", "[ui][schedule]")
{
    ScheduleFixture f(true);
    REQUIRE(f.ready());
    const auto before = f.itemStarting(QStringLiteral("提案征集和落实"));
    REQUIRE(f.page->selectItem(before.id));
    REQUIRE(f.page->currentItemId() == before.id);
    REQUIRE(f.page->editAction()->isEnabled());

    // The dialog: typing a timing ticks its months.
    ui::ScheduleItemDialog dialog(f.repo().sections(f.repo().plan(2024)->id), before, &f.window);
    CHECK(test::labelsWithoutBuddy(&dialog).isEmpty());
    CHECK_FALSE(dialog.hasChanges());
    dialog.timingEdit()->clear();
    QTest::keyClicks(dialog.timingEdit(), QStringLiteral("3-5"));
    typeChinese(dialog.timingEdit(), QStringLiteral("月")); // Chinese comes from the input method
    REQUIRE(dialog.monthBox(3)->isChecked());
    CHECK(dialog.hasChanges());
    REQUIRE(dialog.monthBox(5)->isChecked());
    REQUIRE_FALSE(dialog.monthBox(6)->isChecked());
    dialog.officeEdit()->setText(QStringLiteral("工会办公室"));
    dialog.textEdit()->clear();
    REQUIRE_FALSE(dialog.okButton()->isEnabled());
    dialog.textEdit()->setPlainText(QStringLiteral("提案征集、立案和落实"));
    REQUIRE(dialog.okButton()->isEnabled());
    const core::ScheduleItem edited = dialog.item();
    REQUIRE(edited.months == core::MonthSet::range(3, 5));

    REQUIRE(f.page->editItem(edited));
    REQUIRE(f.stack().count() == 1);
    auto stored = f.repo().item(before.id);
    REQUIRE(stored.text == QStringLiteral("提案征集、立案和落实"));
    REQUIRE(stored.office == QStringLiteral("工会办公室"));
    REQUIRE(f.monthsIndex(before.id).data(ui::ScheduleTreeModel::MonthBitsRole).toInt() == bitsOf({3, 4, 5}));

    f.stack().undo();
    stored = f.repo().item(before.id);
    REQUIRE(stored.text == before.text);
    REQUIRE(stored.months == core::MonthSet::all());
    REQUIRE(stored.office.isEmpty());
    REQUIRE(f.monthsIndex(before.id).data(ui::ScheduleTreeModel::MonthBitsRole).toInt() == 0x0FFF);
    f.stack().redo();
    REQUIRE(f.repo().item(before.id).office == QStringLiteral("工会办公室"));
    REQUIRE(f.monthsIndex(before.id).data(ui::ScheduleTreeModel::MonthBitsRole).toInt() == bitsOf({3, 4, 5}));

    // Mark done on the plan of a year that is over: the day is asked (the end of the item's last month offered);
    // Cancel marks nothing.
    REQUIRE(f.page->selectItem(before.id));
    REQUIRE(f.page->markDoneAction()->isEnabled());
    {
        test::ModalWatcher cancel;
        f.page->markDoneAction()->trigger();
        REQUIRE(cancel.count() == 1);
        REQUIRE(cancel.texts.first().contains(QStringLiteral("2024")));
    }
    REQUIRE(f.repo().item(before.id).status == core::ItemStatus::Planned);
    REQUIRE(f.stack().count() == 1);
    QDate offered;
    QTimer::singleShot(50, [&offered] {
        if (auto* asked = qobject_cast<ui::DoneDateDialog*>(QApplication::activeModalWidget())) {
            offered = asked->date();
            asked->dateEdit()->setDate(QDate(2024, 5, 20));
            asked->accept();
        }
    });
    f.page->markDoneAction()->trigger();
    CHECK(offered == QDate(2024, 5, 31));
    stored = f.repo().item(before.id);
    REQUIRE(stored.status == core::ItemStatus::Done);
    REQUIRE(stored.doneDate == QDate(2024, 5, 20));
    // This year's items are done today, without a question.
    CHECK(ui::DoneDateDialog::ask(stored, QDate::currentDate().year(), &f.window) == QDate::currentDate());
    REQUIRE(f.stack().count() == 2);
    REQUIRE(f.model()
                .indexOfItem(before.id)
                .siblingAtColumn(ui::ScheduleTreeModel::Status)
                .data(ui::ScheduleTreeModel::StatusKeyRole) == QStringLiteral("done"));
    REQUIRE_FALSE(f.page->markDoneAction()->isEnabled());
    f.stack().undo();
    stored = f.repo().item(before.id);
    REQUIRE(stored.status == core::ItemStatus::Planned);
    REQUIRE_FALSE(stored.doneDate.isValid());
    REQUIRE(stored.office == QStringLiteral("工会办公室")); // only the mark was taken back
}

TEST_CASE("An added item can be removed and both are undoable with the same id", "[ui][schedule]")
{
    ScheduleFixture f(true);
    REQUIRE(f.ready());
    const auto sections = f.repo().sections(f.repo().plan(2024)->id);
    core::ScheduleItem item;
    item.sectionId = sections.at(2).id;
    item.number = 9;
    item.text = QStringLiteral("教职工子女暑期托管班");
    item.timing = QStringLiteral("7-8月");
    item.months = core::MonthSet::range(7, 8);
    const qint64 id = f.page->addItem(item);
    REQUIRE(id > 0);
    REQUIRE(f.model().indexOfItem(id).isValid());
    REQUIRE(f.model().itemCount() == 31);
    f.stack().undo();
    REQUIRE(f.model().itemCount() == 30);
    f.stack().redo();
    REQUIRE(f.repo().item(id).text == item.text);

    test::ModalWatcher yes(QMessageBox::Yes);
    REQUIRE(f.page->removeItem(id, true));
    REQUIRE(yes.count() == 1);
    REQUIRE(f.model().itemCount() == 30);
    f.stack().undo();
    REQUIRE(f.repo().item(id).months == core::MonthSet::range(7, 8));
    REQUIRE(f.model().indexOfItem(id).isValid());
}

TEST_CASE("An empty database offers the example plan in a banner", "[ui][schedule]")
{
    ScheduleFixture f(false);
    REQUIRE(f.ready());
    REQUIRE(f.page->year() == 0);
    REQUIRE(f.model().rowCount() == 0);
    REQUIRE(f.page->exampleBanner()->isVisible());
    REQUIRE_FALSE(f.page->printMonthAction()->isEnabled());

    QTest::mouseClick(f.page->loadExampleButton(), Qt::LeftButton);
    REQUIRE(f.page->year() == 2024);
    REQUIRE(f.model().itemCount() == 30);
    REQUIRE_FALSE(f.page->exampleBanner()->isVisible());
    REQUIRE(f.page->printMonthAction()->isEnabled());
    CHECK(f.stack().undoText() == QStringLiteral("Load the 2024 example plan"));

    // Copy to next year: a draft with the same items, all planned.
    const qint64 done = f.itemStarting(QStringLiteral("提案征集和落实")).id;
    REQUIRE(f.page->markDone(done));
    REQUIRE(f.page->copyToNextYear(false));
    REQUIRE(f.page->year() == 2025);
    REQUIRE(f.page->yearCombo()->count() == 2);
    REQUIRE(f.model().itemCount() == 30);
    f.page->setStatusFilter(QStringLiteral("planned"));
    REQUIRE(f.model().itemCount() == 30);
    REQUIRE(f.repo().plan(2025)->draft);

    // The copy is one step of the undo history, on top of the ones before.
    REQUIRE(f.stack().count() == 3);
    CHECK(f.stack().undoText() == QStringLiteral("Copy the 2024 plan to 2025"));
    f.stack().undo();
    CHECK_FALSE(f.repo().plan(2025));
    CHECK(f.page->yearCombo()->count() == 1);
    CHECK(f.page->year() == 2024);
    CHECK(f.repo().item(done).status == core::ItemStatus::Done);
    f.stack().undo(); // the item marked done
    CHECK(f.repo().item(done).status != core::ItemStatus::Done);
    f.stack().redo();
    f.stack().redo();
    REQUIRE(f.repo().plan(2025));
    CHECK(f.page->yearCombo()->count() == 2);
    CHECK(f.repo().items(f.repo().plan(2025)->id).size() == 30);
    // Back to the empty database the banner offered the plan for.
    f.stack().undo();
    f.stack().undo();
    f.stack().undo();
    CHECK(f.repo().years().isEmpty());
    CHECK(f.page->exampleBanner()->isVisible());
}

TEST_CASE("The example banner, once dismissed, stays away for this database", "[ui][schedule]")
{
    test::TestDatabase tdb;
    // The schedule page of `window`, shown on the test database.
    const auto showPage = [&tdb](ui::MainWindow& window) {
        window.addModule(std::make_unique<ui::ScheduleModule>());
        REQUIRE(window.openDatabase(tdb.location()));
        // A database without a plan opens on the start page.
        window.showPage(QStringLiteral("schedule"));
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        return qobject_cast<ui::SchedulePage*>(window.page(QStringLiteral("schedule")));
    };
    {
        ui::MainWindow window;
        auto* page = showPage(window);
        REQUIRE(page->exampleBanner()->isVisible());
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("dismissExample")), Qt::LeftButton);
        REQUIRE_FALSE(page->exampleBanner()->isVisible());
    }
    ui::MainWindow window;
    REQUIRE_FALSE(showPage(window)->exampleBanner()->isVisible());
}

TEST_CASE("The import dialog previews pasted text before saving; replacing a year asks", "[ui][schedule]")
{
    ScheduleFixture f(true);
    REQUIRE(f.ready());
    ui::PlanImportDialog dialog(f.db(), &f.window);
    REQUIRE_FALSE(dialog.okButton()->isEnabled());
    const QString text = QStringLiteral("某大学工会2026年工作要点\n"
                                        "一、思想引领\n1. 加强学习。认真学习。\n"
                                        "附件：2026年工会主要工作进度安排\n"
                                        "一、宣传工作\n"
                                        "1. 学习宣传（全年）\n"
                                        "2. 读书月活动（4月）\n"
                                        "3. 年终总结（看情况）\n");
    dialog.setText(text);
    REQUIRE(dialog.okButton()->isEnabled());
    REQUIRE(dialog.year() == 2026);
    REQUIRE(dialog.parsed().itemCount() == 3);
    REQUIRE(dialog.parsed().flaggedItems().size() == 1);
    REQUIRE(dialog.summaryLabel()->text().contains(QStringLiteral("3 item")));
    // The unreadable timing is highlighted in the preview.
    int highlighted = 0;
    for (QTreeWidgetItemIterator it(dialog.previewTree()); *it; ++it)
        if ((*it)->data(0, Qt::UserRole).toBool()) {
            ++highlighted;
            REQUIRE((*it)->text(0).contains(QStringLiteral("年终总结")));
        }
    REQUIRE(highlighted == 1);
    REQUIRE_FALSE(f.repo().plan(2026)); // nothing saved yet

    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    REQUIRE(f.repo().plan(2026));
    REQUIRE(f.repo().items(f.repo().plan(2026)->id).size() == 3);

    // The same year again: asked, and No leaves the plan as it was.
    ui::PlanImportDialog again(f.db(), &f.window);
    again.setText(core::PlanDocument::examplePlanText());
    again.setYear(2026);
    {
        test::ModalWatcher no(QMessageBox::No);
        again.accept();
        REQUIRE(no.count() == 1);
        REQUIRE(no.texts.first().contains(QStringLiteral("2026")));
    }
    REQUIRE(f.repo().items(f.repo().plan(2026)->id).size() == 3);
}

TEST_CASE("The import dialog does not take text without a plan's structure; it says what a plan has", "[ui][schedule]")
{
    ScheduleFixture f(false);
    REQUIRE(f.ready());
    ui::PlanImportDialog dialog(f.db(), &f.window);
    // Key points, but no schedule: they show in the preview, and the summary says the schedule by month is missing.
    dialog.setText(QStringLiteral("某大学工会2026年工作要点\n一、思想引领\n1. 加强学习。\n2. 强化活动。\n"));
    CHECK(dialog.parsed().pointCount() == 2);
    CHECK(dialog.previewTree()->topLevelItemCount() > 0);
    CHECK_FALSE(dialog.okButton()->isEnabled());
    CHECK(dialog.summaryLabel()->text().contains(QStringLiteral("No schedule item with its months")));
    // A letter whose tab-separated lines the parser takes for table rows: no heading.
    dialog.setText(QStringLiteral("各位老师：\t您好\n请于周五前\t提交材料\n"));
    CHECK_FALSE(dialog.okButton()->isEnabled());
    CHECK(dialog.summaryLabel()->text().contains(QStringLiteral("一、")));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(f.repo().years().isEmpty());
}

TEST_CASE("Key-point sections and schedule sections select each other", "[ui][schedule]")
{
    ScheduleFixture f(true);
    REQUIRE(f.ready());
    const auto sections = f.repo().sections(f.repo().plan(2024)->id);
    QTreeWidget* keys = f.page->keyPointsTree();
    keys->setCurrentItem(keys->topLevelItem(2));
    REQUIRE(f.page->model()->section(f.page->treeView()->currentIndex()).id == sections.at(2).id);

    const auto item = f.itemStarting(QStringLiteral("提案征集和落实")); // section 二
    REQUIRE(f.page->selectItem(item.id));
    REQUIRE(keys->currentItem() == keys->topLevelItem(1));
}

TEST_CASE("The month schedule and the year overview as PDF, the year as .xlsx", "[ui][schedule]")
{
    ScheduleFixture f(true);
    REQUIRE(f.ready());
    QTemporaryDir dir;
    const QString month = dir.filePath(QStringLiteral("may.pdf"));
    const QString year = dir.filePath(QStringLiteral("year.pdf"));
    const QString xlsx = dir.filePath(QStringLiteral("plan.xlsx"));
    REQUIRE(f.page->savePdf(month, 5));
    REQUIRE(f.page->savePdf(year, 0));
    REQUIRE(f.page->exportXlsx(xlsx));
    for (const QString& path : {month, year}) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        REQUIRE(file.read(5) == "%PDF-");
    }
    QFile book(xlsx);
    REQUIRE(book.open(QIODevice::ReadOnly));
    REQUIRE(book.read(2) == "PK");
    f.page->setMonthFilter(9);
    REQUIRE(f.page->monthToPrint() == 9);
    // Every month shown: the month is asked (January offered for a plan of an earlier year); Cancel prints nothing.
    f.page->setMonthFilter(0);
    {
        test::ModalWatcher cancel;
        REQUIRE(f.page->monthToPrint() == 0);
        REQUIRE(cancel.count() == 1);
    }
    QString offered;
    QTimer::singleShot(50, [&offered] {
        if (auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget())) {
            offered = dialog->textValue();
            dialog->setTextValue(dialog->comboBoxItems().at(10));
            dialog->accept();
        }
    });
    REQUIRE(f.page->monthToPrint() == 11);
    CHECK(offered.contains(QStringLiteral("January")));
}

TEST_CASE("Item titles get the room empty columns do not need; key points wrap to be read", "[ui][schedule]")
{
    ScheduleFixture f(true);
    REQUIRE(f.ready());
    QHeaderView* header = f.page->treeView()->header();
    // No item of the example plan has an office or notes: those columns keep only their titles' width.
    for (int column : {ui::ScheduleTreeModel::Office, ui::ScheduleTreeModel::Notes})
        CHECK(header->sectionSize(column) <= header->sectionSizeHint(column) + 2);
    // At 1366 pixels the text column holds the typical item whole (it had 260 pixels, about 18 characters).
    const auto item = f.itemStarting(QStringLiteral("开展完美春秋假教职工子女托管活动"));
    const QModelIndex index = f.model().indexOfItem(item.id);
    const QString shown = f.model().data(index, Qt::DisplayRole).toString();
    CHECK(header->sectionSize(ui::ScheduleTreeModel::Item) >=
          f.page->treeView()->fontMetrics().horizontalAdvance(shown) + 40);

    // A key point's row is as tall as its wrapped text: several lines, no tooltip needed.
    QTreeWidget* points = f.page->keyPointsTree();
    QTreeWidgetItem* section = points->topLevelItem(0);
    REQUIRE(section);
    section->setExpanded(true);
    QTreeWidgetItem* point = section->child(0);
    REQUIRE(point);
    QCoreApplication::processEvents();
    const int lineHeight = points->fontMetrics().height();
    const int textWidth = points->fontMetrics().horizontalAdvance(point->text(0));
    REQUIRE(textWidth > 3 * points->viewport()->width()); // the point is long
    CHECK(points->visualItemRect(point).height() >= 3 * lineHeight);
    CHECK(point->toolTip(0).isEmpty());
}

TEST_CASE("The window opens at a size that fits the screen", "[ui][shell]")
{
    test::SettingsGuard settings;
    ui::MainWindow window;
    const QSize available = QGuiApplication::primaryScreen()->availableSize();
    CHECK(window.width() <= available.width());
    CHECK(window.height() <= available.height());
    CHECK(window.width() >= available.width() * 8 / 10);
}

TEST_CASE("The schedule page in Chinese, for the screenshot", "[ui][schedule][screenshot]")
{
#ifdef UD_QM_DIR
    const test::ChineseTranslation chinese;
#endif
    ScheduleFixture f(true);
    REQUIRE(f.ready());
    // One item done and one whose months need checking, so the screenshot shows both.
    auto item = f.itemStarting(QStringLiteral("提案征集和落实"));
    REQUIRE(f.page->markDone(item.id, QDate(2024, 3, 20)));
    auto unclear = f.itemStarting(QStringLiteral("学习宣传贯彻"));
    unclear.monthsNeedChecking = true;
    REQUIRE(f.page->editItem(unclear));
    REQUIRE(f.page->selectItem(f.itemStarting(QStringLiteral("开展教职工春秋游")).id));
    f.page->treeView()->scrollToTop();
    test::saveScreenshot(f.window, QStringLiteral("schedule"));

    ScheduleFixture empty(false);
    REQUIRE(empty.ready());
    test::saveScreenshot(empty.window, QStringLiteral("schedule-empty"));

    ui::PlanImportDialog dialog(f.db(), &f.window);
    dialog.setText(core::PlanDocument::examplePlanText());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    test::saveScreenshot(dialog, QStringLiteral("schedule-import"));
}

TEST_CASE("A work plan whose lines are not in one encoding is refused with the line; the user can name it",
          "[ui][schedule]")
{
    ScheduleFixture f(true);
    REQUIRE(f.ready());
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("plan.txt")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    // A BOM says UTF-8, but the text is GBK: refused at line 1, read once the user says GB18030.
    QStringEncoder gbk("GB18030");
    file.write("\xEF\xBB\xBF" + gbk.encode(QStringLiteral("某大学工会2026年工作要点\n一、思想引领\n1. 加强学习。\n")));
    file.close();

    ui::PlanImportDialog dialog(f.db(), &f.window);
    QStringList seen;
    QString answer = QStringLiteral("Cancel");
    QTimer timer;
    timer.setInterval(10);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QStringLiteral("encodingChoice"))
            return;
        seen << box->text();
        for (QAbstractButton* b : box->buttons())
            if (b->text() == answer)
                b->click();
    });
    timer.start();
    CHECK_FALSE(dialog.loadFile(file.fileName()));
    REQUIRE(seen.size() == 1);
    CHECK(seen.first().startsWith(QStringLiteral("plan.txt: row 1: ")));
    CHECK(dialog.textEdit()->toPlainText().isEmpty());

    answer = QStringLiteral("Read as GB18030 (GBK)");
    CHECK(dialog.loadFile(file.fileName()));
    CHECK(seen.size() == 2);
    CHECK(dialog.textEdit()->toPlainText().startsWith(QStringLiteral("某大学工会2026年工作要点")));
}

TEST_CASE("The import dialog tells an old .doc, a .docx cut short and a file that is no Word document apart",
          "[ui][schedule]")
{
    ScheduleFixture f(false);
    REQUIRE(f.ready());
    QTemporaryDir dir;
    const auto write = [&dir](const QString& name, const QByteArray& bytes) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    };
    const QByteArray ole = QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0');
    // A .doc used to be read as text, and met with the question which encoding it is in.
    const struct {
        QString path;
        QString said;
    } cases[] = {{write(QStringLiteral("plan.doc"), ole), QStringLiteral("old Word format")},
                 {write(QStringLiteral("old.docx"), ole), QStringLiteral("old Word format")},
                 {write(QStringLiteral("cut.docx"), QByteArray("PK\x03\x04\x14\x00\x06\x00", 8)),
                  QStringLiteral("damaged or incomplete")},
                 {write(QStringLiteral("notes.docx"), QByteArray("plain words, not a document\n")),
                  QStringLiteral("is not a Word document")}};
    for (const auto& c : cases) {
        INFO(c.path.toStdString());
        ui::PlanImportDialog dialog(f.db(), &f.window);
        test::ModalWatcher watcher;
        CHECK_FALSE(dialog.loadFile(c.path));
        REQUIRE(watcher.count() == 1);
        CHECK(watcher.texts.first().contains(c.said));
        CHECK(dialog.textEdit()->toPlainText().isEmpty());
        CHECK_FALSE(dialog.okButton()->isEnabled());
    }
    CHECK(f.repo().years().isEmpty());
}

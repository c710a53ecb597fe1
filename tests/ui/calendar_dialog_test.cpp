#include "ModalWatcher.h"
#include "support/PageFixture.h"
#include "support/catch.h"

#include "UiTestSupport.h"

#include "core/calendar/CalendarDaysModel.h"
#include "core/calendar/CalendarRepository.h"
#include "core/calendar/WorkingCalendar.h"
#include "core/db/DatabaseSettings.h"
#include "ui/calendar/WorkingCalendarDialog.h"
#include "ui/units/UnitsModule.h"
#include "ui/units/UnitsPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>

using namespace ud;

namespace {

struct CalendarFixture : test::PageFixture<ui::UnitsPage> {
    QStringList questions;
    QStringList warnings;
    bool answer = true;
    CalendarFixture()
    {
        show<ui::UnitsModule>(QSize(1200, 760));
        window.setPrompts(
            [this](const QString&, const QString& text) {
                questions << text;
                return answer;
            },
            [this](const QString&, const QString& text) { warnings << text; });
    }
    QList<core::CalendarDay> stored(int year) { return core::CalendarRepository(db()).ofYear(year); }
};

QAction* calendarAction(ui::MainWindow& window)
{
    for (QAction* menu : window.menuBar()->actions())
        if (menu->menu())
            for (QAction* action : menu->menu()->actions())
                if (action->objectName() == QLatin1String("workingCalendarAction"))
                    return action;
    return nullptr;
}

} // namespace

TEST_CASE("Tools › Working Calendar opens the dialog on this year", "[ui][calendar]")
{
    CalendarFixture f;
    REQUIRE(f.ready());
    QAction* action = calendarAction(f.window);
    REQUIRE(action);
    CHECK(action->isEnabled());
    test::ModalWatcher watcher;
    action->trigger();
    REQUIRE(watcher.count() == 1);
    CHECK(watcher.titles.first() == QStringLiteral("Working Calendar"));
}

TEST_CASE("A notice pasted in is previewed with its problems, saved as one undo step", "[ui][calendar]")
{
    CalendarFixture f;
    REQUIRE(f.ready());
    ui::WorkingCalendarDialog dialog(f.window, &f.window);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    dialog.show();
    CHECK(test::labelsWithoutBuddy(&dialog).isEmpty());

    // A built-in year shows its notice's days, the Saturdays inside the holidays dimmed.
    dialog.yearSpin()->setValue(2025);
    CHECK(dialog.model()->rowCount() == 33);
    CHECK(dialog.sourceLabel()->text().contains(QStringLiteral("built-in")));
    CHECK(dialog.model()->index(0, core::CalendarDaysModel::Date).data().toString() == QStringLiteral("2025-01-01"));
    CHECK(dialog.model()->index(0, core::CalendarDaysModel::Weekday).data().toString() == QStringLiteral("Wednesday"));
    CHECK(dialog.model()->index(0, core::CalendarDaysModel::Kind).data().toString() == QStringLiteral("Day off"));
    CHECK(dialog.model()->index(0, core::CalendarDaysModel::Name).data().toString() == QStringLiteral("元旦"));

    // A year with neither: paste the notice, read it.
    dialog.yearSpin()->setValue(2023);
    CHECK(dialog.model()->rowCount() == 0);
    CHECK(dialog.sourceLabel()->text().contains(QStringLiteral("ordinary Monday–Friday week")));
    CHECK_FALSE(dialog.readButton()->isEnabled());
    dialog.noticeEdit()->setPlainText(
        QStringLiteral("国务院办公厅关于2023年部分节假日安排的通知\n"
                       "一、元旦：2022年12月31日至2023年1月2日放假调休，共3天。\n"
                       "二、春节：1月21日至27日放假调休，共7天。1月28日（星期六）、1月29日（星期日）上班。\n"
                       "三、清明节：四月五日放假。\n"));
    REQUIRE(dialog.readButton()->isEnabled());
    dialog.readButton()->click();
    CHECK(dialog.model()->rowCount() == 3 + 7 + 2);
    CHECK(dialog.readingLabel()->text().contains(QStringLiteral("Lines that could not be read")));
    CHECK(dialog.readingLabel()->text().contains(QStringLiteral("line 4: the days off in")));
    CHECK(dialog.isChanged());
    CHECK(f.stored(2023).isEmpty()); // a preview only

    // The clerk adds 清明节 by hand and saves; the problem of the reading is asked about first.
    dialog.addButton()->click();
    const int row = dialog.model()->rowCount() - 1;
    CHECK(dialog.isChanged());
    auto* dateEdit = dialog.view()->findChild<QDateEdit*>(); // the new day's date is being edited
    REQUIRE(dateEdit);
    dateEdit->setDate(QDate(2023, 4, 5));
    QTest::keyClick(dateEdit, Qt::Key_Return);
    QCoreApplication::processEvents(); // the view commits the editor's date from the event loop
    CHECK(dialog.model()->index(row, core::CalendarDaysModel::Date).data().toString() == QStringLiteral("2023-04-05"));
    REQUIRE(
        dialog.model()->setData(dialog.model()->index(row, core::CalendarDaysModel::Name), QStringLiteral("清明节")));
    CHECK(dialog.model()->index(row, core::CalendarDaysModel::Kind).data(Qt::EditRole) == QStringLiteral("holiday"));
    dialog.startCountsCheck()->setChecked(false);
    dialog.saveButton()->click();
    REQUIRE(f.questions.size() == 1);
    CHECK(f.questions.first().contains(QStringLiteral("could not be read")));
    CHECK(f.warnings.isEmpty());
    CHECK(f.stored(2023).size() == 13);
    CHECK_FALSE(dialog.isChanged());
    CHECK(dialog.sourceLabel()->text().contains(QStringLiteral("stored in this database")));
    CHECK_FALSE(core::DatabaseSettings(f.db()).isOn(core::settings::StartDayCounts));
    const core::WorkingCalendar calendar = core::WorkingCalendar::load(f.db(), 2023, 2023);
    CHECK(calendar.source(2023) == core::WorkingCalendar::Source::Database);
    CHECK(calendar.addWorkingDays(QDate(2023, 4, 4), 2, true) == QDate(2023, 4, 6));

    // One step of the undo history.
    REQUIRE(f.stack().count() == 1);
    CHECK(f.stack().undoText() == QStringLiteral("Working calendar of 2023"));
    f.stack().undo();
    CHECK(f.stored(2023).isEmpty());
    f.stack().redo();
    CHECK(f.stored(2023).size() == 13);

    // An edit of the stored year: a kind changed and a day removed.
    dialog.yearSpin()->setValue(2024);
    dialog.yearSpin()->setValue(2023);
    REQUIRE(dialog.model()->rowCount() == 13);
    const QModelIndex last = dialog.model()->index(12, core::CalendarDaysModel::Kind);
    REQUIRE(dialog.model()->setData(last, QStringLiteral("workday")));
    dialog.view()->selectRow(0);
    REQUIRE(dialog.removeButton()->isEnabled());
    dialog.removeButton()->click();
    CHECK(dialog.model()->rowCount() == 12);

    // Going to another year asks before the changes are thrown away; No keeps them.
    f.answer = false;
    dialog.yearSpin()->setValue(2025);
    CHECK(dialog.year() == 2023);
    CHECK(dialog.model()->rowCount() == 12);
    f.answer = true;

    dialog.saveButton()->click();
    const QList<core::CalendarDay> days = f.stored(2023);
    REQUIRE(days.size() == 12);
    CHECK(days.first().date == QDate(2023, 1, 1));
    CHECK(days.last().date == QDate(2023, 4, 5));
    CHECK(days.last().kind == core::DayKind::Workday);
    CHECK(f.stack().count() == 2);

    // A day twice is refused with its date, nothing stored.
    dialog.model()->addDay(days.first());
    dialog.saveButton()->click();
    REQUIRE(f.warnings.size() == 1);
    CHECK(f.warnings.first().contains(QStringLiteral("2023-01-01: the date is given twice.")));
    CHECK(f.stored(2023).size() == 12);
    f.answer = true;
    dialog.reject();
}

#include "support/Builders.h"
#include "support/PageFixture.h"
#include "support/TestDatabase.h"
#include "support/TestIds.h"
#include "support/catch.h"

#include "ModalWatcher.h"
#include "Screenshots.h"
#include "UiTestSupport.h"

#include "core/io/Csv.h"
#include "core/members/DemoData.h"
#include "core/members/IdNumber.h"
#include "core/members/MemberRepository.h"
#include "core/members/MembersModel.h"
#include "core/units/SubUnitRepository.h"
#include "ui/history/HistoryModule.h"
#include "ui/members/BatchChange.h"
#include "ui/members/MemberDialog.h"
#include "ui/members/MemberFilterBar.h"
#include "ui/members/MembersModule.h"
#include "ui/members/MembersPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/units/UnitsModule.h"
#include "ui/widgets/DataTableView.h"
#include "ui/widgets/PageHeader.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace ud;

namespace {

using ud::test::makeId;

/// Chinese arrives from the input method as committed text, not as key presses.
void typeChinese(QWidget* widget, const QString& text)
{
    widget->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

/// A shown main window on a fresh database with a few sub-unions, the members page at hand.
struct MembersFixture : test::PageFixture<ui::MembersPage> {
    QList<qint64> units;

    explicit MembersFixture(const QSize& size = QSize(1280, 800))
    {
        {
            auto db = tdb.open();
            core::SubUnitRepository repo(*db);
            const QStringList names{QStringLiteral("经济学院分工会"), QStringLiteral("计算机学院分工会"),
                                    QStringLiteral("外国语学院分工会"), QStringLiteral("机关分工会"),
                                    QStringLiteral("后勤集团分工会")};
            for (int i = 0; i < names.size(); ++i) {
                core::SubUnit u;
                u.code = QStringLiteral("%1").arg(101 + i);
                u.name = names.at(i);
                u.sortOrder = i;
                units << repo.add(u);
            }
        }
        show<ui::UnitsModule, ui::MembersModule, ui::HistoryModule>(size);
    }
    core::MemberRepository repo() { return core::MemberRepository(db()); }

    /// `count` members straight into the database (not undoable), then the page reads them.
    void addMembers(int count)
    {
        static const char* const surnames[] = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
                                               "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "单"};
        static const char* const given[] = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊",   "军", "洋",
                                            "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "华", "建国"};
        static const char* const departments[] = {"教务处", "会计系", "软件工程系", "英语系", "财务处", "后勤保障部"};
        core::Transaction tx(db());
        core::MemberRepository members = repo();
        for (int i = 0; i < count; ++i) {
            core::Member m;
            m.staffNo = QStringLiteral("%1").arg(19001 + i);
            m.name = QString::fromUtf8(surnames[(i * 7) % 20]) + QString::fromUtf8(given[(i * 3 + i / 20) % 20]);
            const QDate birth = QDate(1958, 1, 1).addDays((i * 389) % 16000);
            m.idNumber = makeId(birth, i % 1000);
            m.unitId = units.at(i % units.size());
            m.department = QString::fromUtf8(departments[i % 6]);
            m.phone = QStringLiteral("13%1").arg(800000000 + i * 7919, 9, 10, QLatin1Char('0'));
            m.joinDate = birth.addYears(24);
            const qint64 id = members.add(m);
            if (birth.year() < 1964) {
                members.addEvent(ud::test::event(id, core::MemberEvent::Kind::Retired, birth.addYears(60)));
            }
        }
        tx.commit();
        page->reload();
    }
};

} // namespace

TEST_CASE("Typing in the search box narrows the members and the counts follow", "[ui][members]")
{
    test::SettingsGuard settings;
    MembersFixture f;
    REQUIRE(f.ready());
    f.addMembers(60);
    core::MembersModel* model = f.page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() == 60);
    REQUIRE(f.page->header()->subtitle() == QStringLiteral("60 members"));
    REQUIRE(f.page->statusBarLabel()->text() == QStringLiteral("60 members"));
    REQUIRE(f.page->statusBarLabel()->isVisible());

    // Pinyin initials: "zw" finds 张伟 while the clerk is still typing.
    const int zhangWei = int(core::MemberQuery::count(f.db(), [] {
        core::MemberFilter filter;
        filter.search = QStringLiteral("zw");
        return filter;
    }()));
    REQUIRE(zhangWei > 0);
    QTest::keyClicks(f.page->filterBar()->searchEdit(), QStringLiteral("zw"));
    REQUIRE(QTest::qWaitFor([&] { return model->rowCount() == zhangWei; }, 2000));
    REQUIRE(model->index(0, int(core::MemberColumn::Name)).data().toString() == QStringLiteral("张伟"));
    const QString expected = QStringLiteral("60 members, %1 shown").arg(zhangWei);
    REQUIRE(f.page->header()->subtitle() == expected);
    REQUIRE(f.page->statusBarLabel()->text() == expected);

    // A staff number fragment.
    f.page->filterBar()->searchEdit()->clear();
    QTest::keyClicks(f.page->filterBar()->searchEdit(), QStringLiteral("19005"));
    f.page->applyFilterNow();
    REQUIRE(model->rowCount() >= 1);
    REQUIRE(model->rowCount() == core::MemberQuery::count(f.db(), f.page->filter()));
    REQUIRE(model->rowOf(f.repo().byStaffNo(QStringLiteral("19005"))->id) >= 0);

    // Combos apply at once; Clear Filters shows everyone again.
    f.page->filterBar()->searchEdit()->clear();
    f.page->applyFilterNow();
    f.page->filterBar()->unitCombo()->setCurrentIndex(f.page->filterBar()->unitCombo()->findData(f.units.at(1)));
    REQUIRE(model->rowCount() == 12);
    f.page->filterBar()->statusCombo()->setCurrentIndex(
        f.page->filterBar()->statusCombo()->findData(int(core::Member::Status::Retired)));
    const int retiredInUnit = model->rowCount();
    REQUIRE(retiredInUnit < 12);
    for (int row = 0; row < model->rowCount(); ++row)
        REQUIRE(model->index(row, int(core::MemberColumn::Status)).data().toString() == QStringLiteral("Retired"));
    f.page->clearFiltersAction()->trigger();
    REQUIRE(model->rowCount() == 60);
    REQUIRE(f.page->header()->subtitle() == QStringLiteral("60 members"));

    f.page->filterBar()->monthCombo()->setCurrentIndex(3); // March
    for (int row = 0; row < model->rowCount(); ++row)
        REQUIRE(model->index(row, int(core::MemberColumn::BirthDate)).data().toString().mid(5, 2) ==
                QStringLiteral("03"));
    f.page->clearFilters();
    f.page->filterBar()->minAgeSpin()->setValue(40);
    f.page->filterBar()->maxAgeSpin()->setValue(50);
    REQUIRE(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row) {
        const int age = model->index(row, int(core::MemberColumn::Age)).data().toInt();
        REQUIRE((age >= 40 && age <= 50));
    }
    f.page->clearFilters();

    QTest::keyClicks(f.page->filterBar()->searchEdit(), QStringLiteral("nobody"));
    f.page->applyFilterNow();
    REQUIRE(model->rowCount() == 0);
    REQUIRE(f.page->tableView()->showsPlaceholder());
}

TEST_CASE("A member added through the dialog; a wrong ID blocks OK; add can be undone and redone", "[ui][members]")
{
    test::SettingsGuard settings;
    MembersFixture f;
    REQUIRE(f.ready());
    f.addMembers(3);
    const core::Member other = *f.repo().byStaffNo(QStringLiteral("19001"));

    ui::MemberDialog dialog(f.db(), core::Member{});
    CHECK(test::labelsWithoutBuddy(&dialog).isEmpty());
    REQUIRE_FALSE(dialog.okButton()->isEnabled());
    REQUIRE_FALSE(dialog.tabs()->isTabEnabled(1)); // history once stored
    QTest::keyClicks(dialog.staffNoEdit(), QStringLiteral("20001"));
    typeChinese(dialog.nameEdit(), other.name);
    // The same-name warning names the other member's staff number and sub-union.
    REQUIRE(dialog.sameNameText().contains(QStringLiteral("19001")));
    REQUIRE(dialog.sameNameText().contains(QStringLiteral("经济学院分工会")));

    const QString valid = makeId(QDate(1988, 4, 17), 23); // odd: a man
    QString wrong = valid;
    wrong[17] = valid.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    QTest::keyClicks(dialog.idNumberEdit(), wrong);
    REQUIRE_FALSE(dialog.okButton()->isEnabled());
    REQUIRE(dialog.problems().join(QLatin1Char('\n')).contains(QStringLiteral("ID number")));
    REQUIRE(dialog.findChild<QLabel*>(QStringLiteral("problems"))->isVisibleTo(&dialog));
    REQUIRE(dialog.birthDateEdit()->text().isEmpty());

    QTest::keyClick(dialog.idNumberEdit(), Qt::Key_Backspace);
    QTest::keyClicks(dialog.idNumberEdit(), valid.right(1));
    REQUIRE(dialog.problems().isEmpty());
    REQUIRE(dialog.okButton()->isEnabled());
    // The ID fills in the birth date and the gender.
    REQUIRE(dialog.birthDateEdit()->text() == QStringLiteral("1988-04-17"));
    REQUIRE(dialog.genderCombo()->currentData().toString() == QStringLiteral("M"));

    // A bad mobile number and a date that is not a date block OK too.
    QTest::keyClicks(dialog.phoneEdit(), QStringLiteral("1234"));
    REQUIRE_FALSE(dialog.okButton()->isEnabled());
    dialog.phoneEdit()->clear();
    QTest::keyClicks(dialog.phoneEdit(), QStringLiteral("13912345678"));
    QTest::keyClicks(dialog.joinDateEdit(), QStringLiteral("2012/9/1x"));
    REQUIRE_FALSE(dialog.okButton()->isEnabled());
    QTest::keyClick(dialog.joinDateEdit(), Qt::Key_Backspace);
    REQUIRE(dialog.okButton()->isEnabled());
    dialog.unitCombo()->setCurrentIndex(dialog.unitCombo()->findData(f.units.at(2)));

    const core::Member entered = dialog.member();
    REQUIRE(entered.joinDate == QDate(2012, 9, 1));
    const qint64 id = f.page->addMember(entered);
    REQUIRE(id > 0);
    REQUIRE(f.stack().count() == 1);
    REQUIRE(f.stack().undoText() == QStringLiteral("Add member %1").arg(other.name));
    REQUIRE(f.page->model()->rowCount() == 4);
    REQUIRE(f.page->currentMemberId() == id);
    const core::Member stored = *f.repo().byId(id);
    REQUIRE(stored.idNumber == valid);
    REQUIRE(stored.unitId == f.units.at(2));

    f.stack().undo();
    REQUIRE_FALSE(f.repo().byId(id).has_value());
    REQUIRE(f.page->model()->rowCount() == 3);
    f.stack().redo();
    REQUIRE(f.repo().byId(id).has_value());
    REQUIRE(f.repo().events(id).size() == 1);
    REQUIRE(f.page->model()->rowCount() == 4);
    REQUIRE(f.page->currentMemberId() == id);
}

TEST_CASE("The Add action opens the dialog and stores what was entered", "[ui][members]")
{
    test::SettingsGuard settings;
    MembersFixture f;
    REQUIRE(f.ready());
    bool filled = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<ui::MemberDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QTest::keyClicks(dialog->staffNoEdit(), QStringLiteral("30001"));
        typeChinese(dialog->nameEdit(), QStringLiteral("曾晓燕"));
        QTest::keyClicks(dialog->idNumberEdit(), makeId(QDate(1979, 12, 3), 44));
        filled = dialog->okButton()->isEnabled();
        dialog->okButton()->click();
    });
    f.page->addMemberAction()->trigger();
    REQUIRE(filled);
    const auto stored = f.repo().byStaffNo(QStringLiteral("30001"));
    REQUIRE(stored.has_value());
    REQUIRE(stored->gender == QStringLiteral("F"));
    REQUIRE(f.page->model()->rowCount() == 1);
    REQUIRE(f.stack().count() == 1);
}

TEST_CASE("Editing and status events are undoable; delete restores the member with id and history", "[ui][members]")
{
    test::SettingsGuard settings;
    MembersFixture f;
    REQUIRE(f.ready());
    f.addMembers(4);
    core::Member fresh;
    fresh.staffNo = QStringLiteral("19999");
    fresh.name = QStringLiteral("欧阳娜");
    fresh.idNumber = makeId(QDate(1986, 5, 20), 62);
    fresh.unitId = f.units.at(0);
    fresh.department = QStringLiteral("会计系");
    fresh.joinDate = QDate(2011, 7, 1);
    f.repo().add(fresh);
    f.page->reload();
    const core::Member original = *f.repo().byStaffNo(QStringLiteral("19999"));
    REQUIRE(f.page->selectMember(original.id));

    core::Member changed = original;
    changed.department = QStringLiteral("统计系");
    REQUIRE(f.page->editMember(changed));
    REQUIRE(f.stack().undoText() == QStringLiteral("Edit member %1").arg(original.name));
    REQUIRE(f.repo().byId(original.id)->department == QStringLiteral("统计系"));
    f.stack().undo();
    REQUIRE(f.repo().byId(original.id)->department == original.department);
    f.stack().redo();
    const int afterEdit = f.stack().count();
    REQUIRE(f.page->editMember(*f.repo().byId(original.id))); // no change: nothing to undo
    REQUIRE(f.stack().count() == afterEdit);

    // Events through the dialog's History tab: checked at once, stored only on OK, as one undo step.
    {
        ui::MemberDialog dialog(f.db(), *f.repo().byId(original.id));
        REQUIRE(dialog.tabs()->isTabEnabled(1));
        REQUIRE(dialog.eventsTable()->rowCount() == 1);
        CHECK_FALSE(dialog.hasChanges()); // a stored member as shown: Esc closes without asking
        dialog.eventKindCombo()->setCurrentIndex(
            dialog.eventKindCombo()->findData(int(core::MemberEvent::Kind::Transferred)));
        dialog.eventUnitCombo()->setCurrentIndex(dialog.eventUnitCombo()->findData(f.units.at(4)));
        dialog.eventDateEdit()->setText(QStringLiteral("2023-09-01"));
        QTest::keyClicks(dialog.eventNoteEdit(), QStringLiteral("No. 17"));
        dialog.recordEventButton()->click();
        REQUIRE(dialog.eventsTable()->rowCount() == 2);
        REQUIRE(dialog.eventsTable()->item(1, 2)->text().contains(QStringLiteral("后勤集团分工会")));
        REQUIRE(dialog.eventsTable()->item(1, 3)->text() == QStringLiteral("No. 17"));
        REQUIRE(dialog.isPendingRow(1));
        REQUIRE(dialog.hasChanges());
        // Nothing stored yet.
        REQUIRE(f.repo().byId(original.id)->unitId == f.units.at(0));
        REQUIRE(f.repo().events(original.id).size() == 1);

        dialog.eventKindCombo()->setCurrentIndex(dialog.eventKindCombo()->findData(int(core::MemberEvent::Kind::Left)));
        dialog.eventDateEdit()->setText(QStringLiteral("2024-01-31"));
        dialog.recordEventButton()->click();
        REQUIRE(dialog.eventsTable()->rowCount() == 3);
        REQUIRE(dialog.findChild<QLabel*>(QStringLiteral("status"))->text().contains(QStringLiteral("Left")));
        REQUIRE(f.repo().byId(original.id)->status == core::Member::Status::Active);
        REQUIRE(dialog.removeEventAt(2)); // a kept event is forgotten
        REQUIRE(dialog.eventsTable()->rowCount() == 2);
        REQUIRE(dialog.eventChanges().size() == 1);

        // A rule still refuses at once, and says which: an event before the member joined.
        dialog.eventKindCombo()->setCurrentIndex(dialog.eventKindCombo()->findData(int(core::MemberEvent::Kind::Left)));
        dialog.eventDateEdit()->setText(QStringLiteral("2001-01-31"));
        {
            test::ModalWatcher refusal(QMessageBox::Ok);
            REQUIRE_FALSE(dialog.recordEventFromFields());
            REQUIRE(refusal.count() == 1);
            REQUIRE(refusal.texts.first().contains(QStringLiteral("before the member joined")));
        }
        REQUIRE(dialog.eventChanges().size() == 1);

        dialog.eventKindCombo()->setCurrentIndex(dialog.eventKindCombo()->findData(int(core::MemberEvent::Kind::Left)));
        dialog.eventDateEdit()->setText(QStringLiteral("2024-01-31"));
        dialog.recordEventButton()->click();
        REQUIRE(dialog.eventChanges().size() == 2);
        dialog.departmentEdit()->setText(QStringLiteral("审计系"));
        REQUIRE(f.page->saveMember(dialog.member(), dialog.eventChanges()));
    }
    REQUIRE(f.repo().byId(original.id)->department == QStringLiteral("审计系"));
    REQUIRE(f.repo().byId(original.id)->unitId == f.units.at(4));
    REQUIRE(f.repo().byId(original.id)->status == core::Member::Status::Left);
    REQUIRE(f.stack().undoText() == QStringLiteral("Edit member %1").arg(original.name));
    f.stack().undo(); // the whole dialog at once
    REQUIRE(f.repo().byId(original.id)->status == core::Member::Status::Active);
    REQUIRE(f.repo().byId(original.id)->unitId == f.units.at(0));
    REQUIRE(f.repo().byId(original.id)->department == QStringLiteral("统计系"));
    REQUIRE(f.repo().events(original.id).size() == 1);
    f.stack().redo();
    REQUIRE(f.repo().events(original.id).size() == 3);
    REQUIRE(f.repo().byId(original.id)->status == core::Member::Status::Left);

    // Delete asks first; No keeps the member.
    REQUIRE(f.page->selectMember(original.id));
    {
        test::ModalWatcher no(QMessageBox::No);
        f.page->deleteMemberAction()->trigger();
        REQUIRE(no.count() == 1);
        REQUIRE(no.texts.first().contains(original.name));
    }
    REQUIRE(f.repo().byId(original.id).has_value());
    const QList<core::MemberEvent> events = f.repo().events(original.id);
    {
        test::ModalWatcher yes(QMessageBox::Yes);
        f.page->deleteMemberAction()->trigger();
        REQUIRE(yes.count() == 1);
    }
    REQUIRE_FALSE(f.repo().byId(original.id).has_value());
    REQUIRE(f.page->model()->rowCount() == 4);
    f.stack().undo();
    const auto back = f.repo().byId(original.id);
    REQUIRE(back.has_value());
    REQUIRE(back->status == core::Member::Status::Left);
    REQUIRE(back->unitId == f.units.at(4));
    const QList<core::MemberEvent> restored = f.repo().events(original.id);
    REQUIRE(restored.size() == events.size());
    for (int i = 0; i < events.size(); ++i) {
        REQUIRE(restored.at(i).id == events.at(i).id);
        REQUIRE(restored.at(i).kind == events.at(i).kind);
        REQUIRE(restored.at(i).date == events.at(i).date);
    }
    REQUIRE(f.page->model()->rowCount() == 5);
    REQUIRE(f.page->currentMemberId() == original.id);
}

TEST_CASE("Cancel takes back the dialog's events; a member leaving the filtered list is named", "[ui][members]")
{
    test::SettingsGuard settings;
    MembersFixture f;
    REQUIRE(f.ready());
    f.addMembers(3);
    core::Member fresh;
    fresh.staffNo = QStringLiteral("20230001");
    fresh.name = QStringLiteral("司马迁");
    fresh.unitId = f.units.at(1);
    fresh.joinDate = QDate(2010, 9, 1);
    f.repo().add(fresh);
    f.page->reload();
    const core::Member m = *f.repo().byStaffNo(fresh.staffNo);
    REQUIRE(m.status == core::Member::Status::Active);
    const int steps = f.stack().count();
    {
        ui::MemberDialog dialog(f.db(), m, f.page);
        dialog.eventKindCombo()->setCurrentIndex(
            dialog.eventKindCombo()->findData(int(core::MemberEvent::Kind::Retired)));
        dialog.eventDateEdit()->setText(QStringLiteral("2024-07-01"));
        REQUIRE(dialog.recordEventFromFields());
        REQUIRE(dialog.hasChanges());
        test::ModalWatcher discard(QMessageBox::Discard);
        dialog.reject(); // Cancel or Esc: asks, then nothing is kept
        REQUIRE(discard.count() == 1);
    }
    REQUIRE(f.repo().byId(m.id)->status == core::Member::Status::Active);
    REQUIRE(f.repo().events(m.id).size() == 1);
    REQUIRE(f.stack().count() == steps);

    // Only active members shown: recording a retirement moves the member out of the list, and the status bar says so.
    auto* status = f.page->filterBar()->statusCombo();
    status->setCurrentIndex(status->findData(int(core::Member::Status::Active)));
    REQUIRE(f.page->model()->rowOf(m.id) >= 0);
    core::MemberRepository::EventChange retire;
    retire.event = ud::test::event(m.id, core::MemberEvent::Kind::Retired, QDate(2024, 7, 1));
    REQUIRE(f.page->saveMember(m, {retire}));
    REQUIRE(f.page->model()->rowOf(m.id) < 0);
    REQUIRE(f.window.statusBar()->currentMessage().contains(m.name));
    REQUIRE(f.window.statusBar()->currentMessage().contains(QStringLiteral("filter")));
}

TEST_CASE("Filtering by birthday month shows the birth dates in the order of the birthdays", "[ui][members]")
{
    test::SettingsGuard settings;
    MembersFixture f;
    REQUIRE(f.ready());
    f.addMembers(200);
    const int birthColumn = int(core::MemberColumn::BirthDate);
    REQUIRE(f.page->tableView()->isColumnHidden(birthColumn)); // not among the default columns
    auto* month = f.page->filterBar()->monthCombo();
    month->setCurrentIndex(month->findData(5));
    f.page->applyFilterNow();
    REQUIRE(f.page->model()->rowCount() >= 5);
    CHECK_FALSE(f.page->tableView()->isColumnHidden(birthColumn));
    QStringList days;
    for (int row = 0; row < f.page->model()->rowCount(); ++row) {
        const QString date = f.page->model()->index(row, birthColumn).data().toString();
        REQUIRE(date.mid(5, 2) == QStringLiteral("05"));
        days << date.mid(5);
    }
    QStringList sorted = days;
    std::sort(sorted.begin(), sorted.end());
    CHECK(int(f.page->model()->sortColumn()) == birthColumn);
    CHECK(days == sorted);
    CHECK(days.first() != days.last());

    // Printing the list prints what is shown: these members, with the birth dates.
    const core::MemberExportOptions shown = f.page->shownListOptions(false);
    CHECK(shown.columns.contains(core::MemberColumn::BirthDate));
    CHECK(shown.filter.birthMonth == 5);
    CHECK(shown.sortColumn == core::MemberColumn::BirthDate);
    {
        test::ModalWatcher preview;
        REQUIRE(f.page->printShownAction()->isEnabled());
        f.page->printShownAction()->trigger();
        REQUIRE(preview.count() == 1); // the print preview, closed unprinted
    }

    // Without the month the clerk's own columns come back.
    month->setCurrentIndex(0);
    f.page->applyFilterNow();
    CHECK(f.page->tableView()->isColumnHidden(birthColumn));
}

TEST_CASE("A change for the selected members is all or nothing and one undo step", "[ui][members]")
{
    test::SettingsGuard settings;
    MembersFixture f;
    REQUIRE(f.ready());
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        core::Member m;
        m.staffNo = QStringLiteral("2023000%1").arg(i + 1);
        m.name = QStringLiteral("批量%1").arg(i + 1);
        m.unitId = f.units.at(i); // units 0, 1, 2
        m.department = QStringLiteral("系%1").arg(i + 1);
        m.joinDate = QDate(2010, 9, 1);
        ids << f.repo().add(m);
    }
    f.page->reload();
    f.page->tableView()->clearSelection();
    for (const qint64 id : ids)
        f.page->tableView()->selectionModel()->select(f.page->model()->index(f.page->model()->rowOf(id), 0),
                                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    REQUIRE(f.page->selectedMemberIds().size() == 3);
    REQUIRE(f.page->batchAction()->isEnabled());
    const int steps = f.stack().count();

    // A transfer into unit 1 is refused for the member already there: nobody moves, the refusal names them.
    core::MemberEvent transfer =
        ud::test::event(0, core::MemberEvent::Kind::Transferred, QDate(2024, 9, 1), f.units.at(1));
    {
        test::ModalWatcher refusal;
        REQUIRE_FALSE(f.page->recordEvents(ids, transfer));
        REQUIRE(refusal.count() == 1);
        REQUIRE(refusal.texts.first().contains(QStringLiteral("批量2")));
    }
    for (int i = 0; i < 3; ++i)
        REQUIRE(f.repo().byId(ids.at(i))->unitId == f.units.at(i));
    REQUIRE(f.stack().count() == steps);

    // A transfer into unit 4 moves all three; undo moves them all back, redo again.
    transfer.unitId = f.units.at(4);
    REQUIRE(f.page->recordEvents(ids, transfer));
    for (const qint64 id : ids)
        REQUIRE(f.repo().byId(id)->unitId == f.units.at(4));
    REQUIRE(f.stack().count() == steps + 1);
    f.stack().undo();
    for (int i = 0; i < 3; ++i) {
        REQUIRE(f.repo().byId(ids.at(i))->unitId == f.units.at(i));
        REQUIRE(f.repo().events(ids.at(i)).size() == 1);
    }
    f.stack().redo();
    for (const qint64 id : ids)
        REQUIRE(f.repo().byId(id)->unitId == f.units.at(4));

    // One field for all; undo gives each its own value back.
    REQUIRE(f.page->setField(ids, core::MemberColumn::Department, QStringLiteral("学工部")));
    for (const qint64 id : ids)
        REQUIRE(f.repo().byId(id)->department == QStringLiteral("学工部"));
    f.stack().undo();
    for (int i = 0; i < 3; ++i)
        REQUIRE(f.repo().byId(ids.at(i))->department == QStringLiteral("系%1").arg(i + 1));

    // The dialog asks for the change; Cancel changes nothing.
    {
        test::ModalWatcher cancel;
        REQUIRE_FALSE(f.page->openBatchDialog());
        REQUIRE(cancel.count() == 1);
    }
}

TEST_CASE("A member that other records refer to is not deleted", "[ui][members]")
{
    test::SettingsGuard settings;
    MembersFixture f;
    REQUIRE(f.ready());
    f.addMembers(2);
    const core::Member m = *f.repo().byStaffNo(QStringLiteral("19001"));
    // A record of another feature that points at the member: a hardship case.
    f.db().exec(QStringLiteral("INSERT INTO hardship_cases (member_id, given) VALUES (:m, '2024-01-20')"),
                {{QStringLiteral("m"), m.id}});
    const int before = f.stack().count();
    test::ModalWatcher watcher(QMessageBox::Yes);
    REQUIRE_FALSE(f.page->deleteMember(m.id, true));
    REQUIRE(watcher.count() == 1); // the refusal, without asking first
    REQUIRE(watcher.texts.at(0).contains(m.name));
    REQUIRE(watcher.texts.at(0).contains(QStringLiteral("left")));
    REQUIRE(f.repo().byId(m.id).has_value());
    REQUIRE(f.stack().count() == before);
}

TEST_CASE("The column choice is remembered and sorting follows the header", "[ui][members]")
{
    test::SettingsGuard settings;
    QSettings().remove(QStringLiteral("members/columns"));
    {
        MembersFixture f;
        REQUIRE(f.ready());
        f.addMembers(30);
        ui::MembersPage* page = f.page;
        REQUIRE(page->tableView()->isColumnHidden(int(core::MemberColumn::Ethnicity)));
        REQUIRE_FALSE(page->tableView()->isColumnHidden(int(core::MemberColumn::Phone)));
        QAction* ethnicity = nullptr;
        QAction* phone = nullptr;
        for (QAction* a : page->columnMenu()->actions()) {
            if (a->data().toString() == QLatin1String("ethnicity"))
                ethnicity = a;
            if (a->data().toString() == QLatin1String("phone"))
                phone = a;
        }
        REQUIRE(ethnicity);
        REQUIRE(phone);
        REQUIRE(phone->isChecked());
        ethnicity->trigger();
        phone->trigger();
        REQUIRE_FALSE(page->tableView()->isColumnHidden(int(core::MemberColumn::Ethnicity)));
        REQUIRE(page->tableView()->isColumnHidden(int(core::MemberColumn::Phone)));

        // Clicking the name header sorts by pinyin.
        QHeaderView* header = page->tableView()->horizontalHeader();
        const int x = header->sectionViewportPosition(int(core::MemberColumn::Name)) + 10;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        REQUIRE(page->model()->sortColumn() == core::MemberColumn::Name);
        QStringList pinyin;
        for (int row = 0; row < page->model()->rowCount(); ++row)
            pinyin << f.db()
                          .scalar(QStringLiteral("SELECT name_pinyin FROM members WHERE id = :id"),
                                  {{QStringLiteral("id"), page->model()->memberId(row)}})
                          .toString();
        QStringList sorted = pinyin;
        std::sort(sorted.begin(), sorted.end());
        REQUIRE(pinyin == sorted);
    }
    MembersFixture again;
    REQUIRE(again.ready());
    REQUIRE_FALSE(again.page->tableView()->isColumnHidden(int(core::MemberColumn::Ethnicity)));
    REQUIRE(again.page->tableView()->isColumnHidden(int(core::MemberColumn::Phone)));
    REQUIRE(again.page->visibleColumns().contains(core::MemberColumn::Ethnicity));
}

TEST_CASE("ID and mobile numbers are masked until asked", "[ui][members]")
{
    test::SettingsGuard settings;
    MembersFixture f;
    REQUIRE(f.ready());
    f.addMembers(1);
    core::MembersModel* model = f.page->model();
    const QString full =
        model->index(0, int(core::MemberColumn::IdNumber)).data(core::MembersModel::RawRole).toString();
    REQUIRE(model->index(0, int(core::MemberColumn::IdNumber)).data().toString() == core::maskIdNumber(full));
    const auto shownRecords = [&] {
        return f.db()
            .scalar(QStringLiteral("SELECT COUNT(*) FROM change_log WHERE action = 'export' AND new_values LIKE "
                                   "'%\"shown\"%'"))
            .toInt();
    };
    REQUIRE(shownRecords() == 0);
    f.page->showSensitiveAction()->trigger();
    REQUIRE(model->index(0, int(core::MemberColumn::IdNumber)).data().toString() == full);
    // Every showing of the full numbers is in the change history: who, what and how many rows.
    REQUIRE(shownRecords() == 1);
    const auto details =
        QJsonDocument::fromJson(f.db()
                                    .scalar(QStringLiteral("SELECT new_values FROM change_log WHERE action = 'export'"))
                                    .toString()
                                    .toUtf8())
            .object();
    CHECK(details.value(QStringLiteral("rows")).toInt() == 1);
    CHECK(details.value(QStringLiteral("unmasked")).toString() == QStringLiteral("id_number,phone"));
    f.page->reload(); // the same list again: not recorded again
    CHECK(shownRecords() == 1);
    // Other members in view: recorded again; the search now finds any digits.
    QTest::keyClicks(f.page->filterBar()->searchEdit(), full.mid(6, 8));
    f.page->applyFilterNow();
    CHECK(model->rowCount() == 1);
    CHECK(shownRecords() == 2);
    f.page->showSensitiveAction()->trigger();
    CHECK(model->rowCount() == 0); // the birth date digits are hidden again
    f.page->filterBar()->searchEdit()->clear();
    f.page->applyFilterNow();
    REQUIRE(model->index(0, int(core::MemberColumn::IdNumber)).data().toString() == core::maskIdNumber(full));
    CHECK(shownRecords() == 2);
}

TEST_CASE("The members page in Chinese with a few hundred members", "[ui][members][screenshot]")
{
    test::SettingsGuard settings;
    QSettings().remove(QStringLiteral("members/columns"));
#ifdef UD_QM_DIR
    const test::ChineseTranslation chinese;
#endif
    MembersFixture f(QSize(1366, 800));
    REQUIRE(f.ready());
    f.addMembers(320);
    REQUIRE(f.page->model()->rowCount() == 320);
    f.page->tableView()->scrollToTop();
    REQUIRE(f.page->selectMember(f.repo().byStaffNo(QStringLiteral("19004"))->id));
    test::saveScreenshot(f.window, QStringLiteral("members"));

    QTest::keyClicks(f.page->filterBar()->searchEdit(), QStringLiteral("zw"));
    f.page->applyFilterNow();
    REQUIRE(f.page->model()->rowCount() > 0);
    REQUIRE(f.page->model()->rowCount() < 320);
    test::saveScreenshot(f.window, QStringLiteral("members-search"));

    ui::MemberDialog dialog(f.db(), *f.repo().byStaffNo(QStringLiteral("19004")), &f.window);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    test::saveScreenshot(dialog, QStringLiteral("member-dialog"));
    dialog.tabs()->setCurrentIndex(1);
    test::saveScreenshot(dialog, QStringLiteral("member-dialog-history"));
    // A transfer kept for OK: shown in italics, the status says it waits for OK.
    dialog.done(QDialog::Rejected);
    ui::MemberDialog pending(f.db(), *f.repo().byStaffNo(QStringLiteral("19010")), &f.window);
    REQUIRE(f.repo().byStaffNo(QStringLiteral("19010"))->status == core::Member::Status::Active);
    pending.show();
    REQUIRE(QTest::qWaitForWindowExposed(&pending));
    pending.tabs()->setCurrentIndex(1);
    pending.eventKindCombo()->setCurrentIndex(
        pending.eventKindCombo()->findData(int(core::MemberEvent::Kind::Transferred)));
    pending.eventUnitCombo()->setCurrentIndex(pending.eventUnitCombo()->findData(f.units.at(3)));
    pending.eventDateEdit()->setText(QStringLiteral("2024-09-01"));
    {
        test::ModalWatcher refusal; // a refusal must not leave the test waiting
        REQUIRE(pending.recordEventFromFields());
        REQUIRE(refusal.count() == 0);
    }
    test::saveScreenshot(pending, QStringLiteral("member-dialog-pending"));

    ui::BatchChangeDialog batch(f.db(), 12, &f.window);
    batch.show();
    REQUIRE(QTest::qWaitForWindowExposed(&batch));
    test::saveScreenshot(batch, QStringLiteral("members-batch"));
}

TEST_CASE("The page exports what it shows: the filtered members with the visible columns", "[ui][members]")
{
    test::SettingsGuard settings;
    MembersFixture f;
    REQUIRE(f.ready());
    f.addMembers(60);
    f.page->filterBar()->statusCombo()->setCurrentIndex(
        f.page->filterBar()->statusCombo()->findData(int(core::Member::Status::Retired)));
    f.page->applyFilterNow();
    const int shown = f.page->model()->rowCount();
    REQUIRE(shown > 0);
    REQUIRE(shown < 60);
    f.page->setColumnVisible(core::MemberColumn::Department, false);

    const QString path = f.tdb.tempPath(QStringLiteral("members.csv"));
    REQUIRE(f.page->exportMembers(path, false));
    const auto rows = core::Csv::readFile(path).rows;
    REQUIRE(rows.size() == shown + 1);
    CHECK_FALSE(rows.first().contains(QStringLiteral("department")));
    const int idColumn = int(rows.first().indexOf(QStringLiteral("id_number")));
    REQUIRE(idColumn >= 0);
    CHECK(rows.at(1).at(idColumn).contains(QStringLiteral("********")));
    const auto exports = [&] {
        return f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM change_log WHERE action = 'export'")).toInt();
    };
    CHECK(exports() == 0);
    REQUIRE(f.page->exportMembers(path, true));
    CHECK_FALSE(core::Csv::readFile(path).rows.at(1).at(idColumn).contains(QStringLiteral("*")));
    CHECK(exports() == 1);

    // A folder that does not exist: refused with the reason, no file.
    test::ModalWatcher watcher;
    const QString bad = f.tdb.tempPath(QStringLiteral("missing/members.xlsx"));
    CHECK_FALSE(f.page->exportMembers(bad, false));
    CHECK(watcher.count() == 1);
    CHECK_FALSE(QFileInfo::exists(bad));
}

// Hidden (run by hand: ui_tests "[.big]"): the page with 50,000 generated members, in Chinese.
TEST_CASE("The members page in Chinese with 50,000 members", "[.big][ui][members][screenshot]")
{
    test::SettingsGuard settings;
    QSettings().remove(QStringLiteral("members/columns"));
    const test::ChineseTranslation chinese;
    test::TestDatabase tdb;
    {
        auto db = tdb.open();
        core::DemoData::Options options;
        options.members = 50000;
        options.seed = 1;
        core::DemoData::generate(*db, options);
    }
    ui::MainWindow window;
    window.addModule(std::make_unique<ui::UnitsModule>());
    window.addModule(std::make_unique<ui::MembersModule>());
    window.addModule(std::make_unique<ui::HistoryModule>());
    window.resize(1366, 800);
    REQUIRE(window.openDatabase(tdb.location()));
    window.showPage(QStringLiteral("members"));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* page = qobject_cast<ui::MembersPage*>(window.page(QStringLiteral("members")));
    REQUIRE(page);
    REQUIRE(page->model()->rowCount() == 50000);
    test::saveScreenshot(window, QStringLiteral("members-50000"));
    QTest::keyClicks(page->filterBar()->searchEdit(), QStringLiteral("zw"));
    page->applyFilterNow();
    test::saveScreenshot(window, QStringLiteral("members-50000-zw"));
    page->tableView()->scrollToBottom();
    test::saveScreenshot(window, QStringLiteral("members-50000-end"));
}

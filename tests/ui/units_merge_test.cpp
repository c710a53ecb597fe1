#include "Screenshots.h"
#include "support/Builders.h"
#include "support/PageFixture.h"
#include "support/catch.h"

#include "ModalWatcher.h"
#include "UiTestSupport.h"

#include "core/members/MemberRepository.h"
#include "core/units/SubUnitRepository.h"
#include "ui/history/HistoryModule.h"
#include "ui/members/MembersModule.h"
#include "ui/units/MergeUnitsDialog.h"
#include "ui/units/UnitsModule.h"
#include "ui/units/UnitsPage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace ud;
using test::unit;

namespace {

/// The units page beside the members and the history, on a database with a sub-union stored twice: 经济学院 (021,
/// from an import, two members and a group under it) and 经济学院分工会 (101, one member).
struct MergeFixture : test::PageFixture<ui::UnitsPage> {
    qint64 duplicate = 0, target = 0, group = 0, zhang = 0, li = 0, wang = 0;
    QStringList asked, warned;
    bool answer = true;

    MergeFixture()
    {
        {
            auto db = tdb.open();
            core::SubUnitRepository units(*db);
            target = units.add(unit(QStringLiteral("101"), QStringLiteral("经济学院分工会")));
            duplicate = units.add(unit(QStringLiteral("021"), QStringLiteral("经济学院")));
            group = units.add(unit(QStringLiteral("021.1"), QStringLiteral("经济学院教工小组"), duplicate));
            zhang = test::addMember(*db, QStringLiteral("T1"), QStringLiteral("张伟"), duplicate);
            li = test::addMember(*db, QStringLiteral("T2"), QStringLiteral("李娜"), duplicate);
            wang = test::addMember(*db, QStringLiteral("T3"), QStringLiteral("王芳"), target);
        }
        show<ui::UnitsModule, ui::MembersModule, ui::HistoryModule>();
        window.setPrompts(
            [this](const QString& title, const QString& text) {
                asked << title + QLatin1Char('|') + text;
                return answer;
            },
            [this](const QString& title, const QString& text) { warned << title + QLatin1Char('|') + text; });
    }
    core::SubUnitRepository repo() { return core::SubUnitRepository(db()); }
    std::optional<qint64> unitOf(qint64 member) { return core::MemberRepository(db()).byId(member)->unitId; }
};

/// Runs `handle` on the next modal dialog of type D once exec() shows it.
template <class D> void whenShown(const std::function<void(D&)>& handle)
{
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, handle] {
        if (auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            handle(*dialog);
        }
    });
    timer->start();
}

} // namespace

TEST_CASE("Deleting a sub-union with members is refused with their count before the question", "[ui][units][merge]")
{
    MergeFixture f;
    REQUIRE(f.ready());
    REQUIRE_FALSE(f.page->deleteRecord(f.duplicate, true));
    CHECK(f.asked.isEmpty()); // no "delete?" for what cannot be deleted
    REQUIRE(f.warned.size() == 1);
    CHECK(f.warned.first().startsWith(QStringLiteral("Cannot delete the sub-union|经济学院 still has 2 member")));
    CHECK(f.repo().byId(f.duplicate));
    CHECK(f.stack().count() == 0);

    // One without members is asked about as before.
    const qint64 empty = f.page->addRecord(unit(QStringLiteral("103"), QStringLiteral("图书馆分工会")));
    f.answer = false;
    CHECK_FALSE(f.page->deleteRecord(empty, true));
    CHECK(f.asked.size() == 1);
    CHECK(f.repo().byId(empty));
}

TEST_CASE("Merging sub-unions asks naming both with their members, moves the members and can be undone",
          "[ui][units][merge]")
{
    MergeFixture f;
    REQUIRE(f.ready());

    f.answer = false;
    CHECK_FALSE(f.page->mergeUnits(f.duplicate, f.target, true));
    REQUIRE(f.asked.size() == 1);
    const QString question = f.asked.first();
    CHECK(question.startsWith(QStringLiteral("Merge sub-unions|Merge 经济学院 (code 021, 2 member")));
    CHECK(question.contains(QStringLiteral(" into 经济学院分工会 (code 101, 1 member")));
    CHECK(f.repo().byId(f.duplicate));
    CHECK(f.stack().count() == 0);

    f.answer = true;
    REQUIRE(f.page->mergeUnits(f.duplicate, f.target, true));
    CHECK_FALSE(f.repo().byId(f.duplicate));
    CHECK(f.unitOf(f.zhang) == f.target);
    CHECK(f.unitOf(f.li) == f.target);
    CHECK(f.repo().byId(f.group)->parentId == f.target);
    CHECK(f.page->model()->rowCount() == 2);
    CHECK(f.page->currentId() == f.target);
    REQUIRE(f.stack().count() == 1);
    CHECK(f.stack().undoText() == QStringLiteral("Merge sub-union 经济学院 into 经济学院分工会"));
    CHECK(f.window.statusBar()->currentMessage().startsWith(QStringLiteral("Merged 经济学院 into 经济学院分工会: 2 ")));

    f.stack().undo();
    REQUIRE(f.repo().byId(f.duplicate));
    CHECK(f.repo().byId(f.duplicate)->code == QStringLiteral("021"));
    CHECK(f.unitOf(f.zhang) == f.duplicate);
    CHECK(f.unitOf(f.li) == f.duplicate);
    CHECK(f.unitOf(f.wang) == f.target);
    CHECK(f.repo().byId(f.group)->parentId == f.duplicate);
    CHECK(f.page->model()->rowCount() == 3);

    f.stack().redo();
    CHECK_FALSE(f.repo().byId(f.duplicate));
    CHECK(f.unitOf(f.li) == f.target);
    CHECK(f.stack().count() == 1);
}

TEST_CASE("The merge action lets the clerk choose the sub-union to merge into", "[ui][units][merge][screenshot]")
{
    test::ChineseTranslation chinese;
    MergeFixture f;
    REQUIRE(f.ready());
    CHECK_FALSE(f.page->mergeAction()->isEnabled()); // nothing selected
    REQUIRE(f.page->selectRecord(f.duplicate));
    REQUIRE(f.page->mergeAction()->isEnabled());

    QStringList choices;
    bool okAtFirst = true;
    whenShown<ui::MergeUnitsDialog>([&](ui::MergeUnitsDialog& dialog) {
        test::saveScreenshot(dialog, QStringLiteral("units-merge-dialog"));
        QComboBox* target = dialog.targetCombo();
        for (int i = 0; i < target->count(); ++i)
            choices << target->itemText(i);
        okAtFirst = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled();
        target->setCurrentIndex(target->findData(f.target));
        dialog.accept();
    });
    f.page->mergeAction()->trigger();
    CHECK_FALSE(okAtFirst);
    // Not the sub-union itself, nor the group below it.
    CHECK(choices.size() == 2);
    CHECK(choices.at(1) == QStringLiteral("101 · 经济学院分工会"));
    REQUIRE(f.asked.size() == 1);
    CHECK_FALSE(f.repo().byId(f.duplicate));
    CHECK(f.unitOf(f.zhang) == f.target);
    test::saveScreenshot(f.window, QStringLiteral("units-page-merged"));
    // What the change history shows of it: the members moved and the sub-union deleted.
    f.window.showPage(QStringLiteral("history"));
    test::saveScreenshot(f.window, QStringLiteral("history-after-merge"));
}

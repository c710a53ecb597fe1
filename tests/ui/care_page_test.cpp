#include "support/Builders.h"
#include "support/PageFixture.h"
#include "support/catch.h"

#include "UiTestSupport.h"

#include "core/care/CareModels.h"
#include "ui/care/CareModule.h"
#include "ui/care/CarePage.h"
#include "ui/care/CarePages.h"
#include "ui/history/HistoryModule.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>

using namespace ud;
using core::CareVisit;

namespace {

/// The care page in a shown main window on a database with two sub-unions and two members; the year 2024.
struct CareFixture : test::PageFixture<ui::CarePage> {
    QStringList warnings;  // what the page refused, as the shell would show it
    QStringList questions; // what it asked
    bool answer = true;
    qint64 zhang = 0, li = 0, economics = 0;
    CareFixture()
    {
        window.setPrompts(
            [this](const QString&, const QString& text) {
                questions << text;
                return answer;
            },
            [this](const QString&, const QString& text) { warnings << text; });
        {
            auto db = tdb.open();
            economics = test::addUnit(*db, QStringLiteral("E"), QStringLiteral("经济学院分工会"));
            const qint64 law = test::addUnit(*db, QStringLiteral("L"), QStringLiteral("法学院分工会"));
            zhang = test::addMember(*db, QStringLiteral("20150032"), QStringLiteral("张伟"), economics);
            li = test::addMember(*db, QStringLiteral("20180007"), QStringLiteral("李娜"), law);
        }
        show<ui::CareModule, ui::HistoryModule>();
        if (page)
            page->setYear(2024);
    }
    qint64 kind(const QString& key) { return core::CareKindRepository(db()).byYearKey(2024, key)->id; }
    CareVisit visit(qint64 member, const QString& key, qint64 fen, const QString& reason = {})
    {
        CareVisit v;
        v.memberId = member;
        v.kindId = kind(key);
        v.visited = QDate(2024, 4, 8);
        v.amount = fen;
        v.reason = reason;
        return v;
    }
};

} // namespace

TEST_CASE("Care page: the year's kinds come from the standard table, a visit is added, refused over its rules, and "
          "undone",
          "[ui][care]")
{
    CareFixture f;
    REQUIRE(f.ready());
    ui::CareKindsPage& kinds = *f.page->kinds();
    ui::CareVisitsPage& visits = *f.page->visits();
    QAbstractItemModelTester kindsTester(kinds.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester visitsTester(visits.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester totalsTester(f.page->totals()->totals(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester monthsTester(f.page->totals()->months(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);

    // The standard kinds, one undo step.
    f.page->tabs()->setCurrentIndex(ui::CarePage::KindsTab);
    CHECK(kinds.model()->rowCount() == 0);
    kinds.defaultsAction()->trigger();
    CHECK(kinds.model()->rowCount() == 9);
    CHECK(kinds.model()->index(0, core::CareKindsModel::Amount).data().toString() == QStringLiteral("400.00"));
    CHECK(kinds.model()->index(0, core::CareKindsModel::Form).data().toString() == QStringLiteral("Goods"));
    f.stack().undo();
    CHECK(kinds.model()->rowCount() == 0);
    f.stack().redo();
    CHECK(kinds.model()->rowCount() == 9);
    // The visits' kind filter knows them.
    CHECK(visits.kindFilter()->count() == 10);

    // A visit, undone and redone; the totals follow.
    f.page->tabs()->setCurrentIndex(ui::CarePage::VisitsTab);
    const qint64 id = visits.addRecord(f.visit(f.zhang, QStringLiteral("illness"), 30000));
    REQUIRE(id > 0);
    CHECK(visits.model()->rowCount() == 1);
    CHECK(visits.model()->index(0, core::CareVisitsModel::Unit).data().toString() == QStringLiteral("经济学院分工会"));
    CHECK(f.page->totals()->totals()->index(1, 10).data(core::CareTotalsModel::AmountRole).toLongLong() == 30000);
    f.stack().undo();
    CHECK(visits.model()->rowCount() == 0);
    CHECK(f.page->totals()->totals()->rowCount() == 0);
    f.stack().redo();
    REQUIRE(visits.model()->rowCount() == 1);
    CHECK(visits.model()->recordAt(0).id == id);

    // Over the marriage's standard amount: refused, the rule named; nothing stored, nothing to undo.
    const int steps = f.stack().count();
    CHECK(visits.addRecord(f.visit(f.li, QStringLiteral("marriage"), 50000)) == 0);
    REQUIRE(f.warnings.size() == 1);
    CHECK(f.warnings.first().contains(QStringLiteral("standard amount of 400.00 yuan")));
    CHECK(f.stack().count() == steps);
    CHECK(visits.model()->rowCount() == 1);

    // A second stay in hospital in the year: the dialog asks for the reason under its field, then records it.
    bool asked = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<ui::CareVisitDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        auto* member = dialog->editor<QComboBox>(QStringLiteral("member_id"));
        member->setCurrentIndex(member->findData(f.zhang));
        dialog->editor<QDateEdit>(QStringLiteral("visited"))->setDate(QDate(2024, 9, 1));
        auto* kind = dialog->editor<QComboBox>(QStringLiteral("kind_id"));
        kind->setCurrentIndex(kind->findData(f.kind(QStringLiteral("illness"))));
        CHECK(dialog->editor<QDoubleSpinBox>(QStringLiteral("amount"))->value() == 300.0); // the kind's amount
        CHECK(dialog->editor<QComboBox>(QStringLiteral("unit_id"))->currentData().toLongLong() == f.economics);
        dialog->accept();
        CHECK(dialog->isVisible());
        asked = dialog->problemsText().contains(QStringLiteral("the kind allows one a year"));
        dialog->editor<QLineEdit>(QStringLiteral("reason"))->setText(QStringLiteral("同年因另一疾病再次住院"));
        dialog->accept();
    });
    visits.addAction()->trigger();
    CHECK(asked);
    REQUIRE(visits.model()->rowCount() == 2);
    CHECK(visits.model()->recordAt(0).reason == QStringLiteral("同年因另一疾病再次住院"));
    f.stack().undo();
    CHECK(visits.model()->rowCount() == 1);

    // The filters.
    visits.unitFilter()->setCurrentIndex(visits.unitFilter()->findData(f.economics));
    emit visits.unitFilter()->activated(visits.unitFilter()->currentIndex());
    CHECK(visits.model()->rowCount() == 1);
    f.page->setYear(2025);
    CHECK(visits.model()->rowCount() == 0);
    CHECK(kinds.model()->rowCount() == 0);
    kinds.copyAction()->trigger();
    CHECK(kinds.model()->rowCount() == 9);
    CHECK(core::CareKindRepository(f.db()).ofYear(2025).size() == 9);
    f.stack().undo();
    CHECK(core::CareKindRepository(f.db()).ofYear(2025).isEmpty());
}

TEST_CASE("Hardship tab: a second case of a member in a year is asked about before it is saved", "[ui][care]")
{
    CareFixture f;
    REQUIRE(f.ready());
    ui::HardshipPage& page = *f.page->hardship();
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    core::HardshipCase h;
    h.memberId = f.zhang;
    h.given = QDate(2024, 1, 20);
    h.householdSize = 3;
    h.amount = 200000;
    const qint64 first = page.addCase(h);
    REQUIRE(first > 0);
    CHECK(f.questions.isEmpty());
    CHECK(page.model()->rowCount() == 1);
    CHECK(page.model()->index(0, core::HardshipModel::Amount).data().toString() == QStringLiteral("2,000.00"));
    CHECK(page.model()->index(0, core::HardshipModel::Review).data().toString() == QStringLiteral("Under review"));

    h.given = QDate(2024, 7, 1);
    f.answer = false;
    CHECK(page.addCase(h) == 0);
    REQUIRE(f.questions.size() == 1);
    CHECK(f.questions.first().contains(QStringLiteral("already had hardship help in 2024 (2024-01-20")));
    CHECK(page.model()->rowCount() == 1);
    f.answer = true;
    CHECK(page.addCase(h) > 0);
    CHECK(page.model()->rowCount() == 2);
    f.stack().undo();
    CHECK(page.model()->rowCount() == 1);

    // The setting, off: no question, and the change is recorded.
    REQUIRE(page.warnCheck()->isChecked());
    page.warnCheck()->setChecked(false);
    CHECK_FALSE(core::DatabaseSettings(f.db()).isOn(core::settings::HardshipOncePerYear));
    const auto asked = f.questions.size();
    CHECK(page.addCase(h) > 0);
    CHECK(f.questions.size() == asked);
}

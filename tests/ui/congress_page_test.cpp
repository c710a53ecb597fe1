#include "Screenshots.h"
#include "support/CongressBuilders.h"
#include "support/PageFixture.h"
#include "support/catch.h"

#include "ModalWatcher.h"
#include "UiTestSupport.h"

#include "core/congress/ProposalsModel.h"
#include "ui/congress/CommitteeView.h"
#include "ui/congress/CongressModule.h"
#include "ui/congress/CongressPage.h"
#include "ui/congress/CongressRecordPages.h"
#include "ui/congress/DelegationView.h"
#include "ui/congress/InspectionsPage.h"
#include "ui/congress/ProposalDialog.h"
#include "ui/congress/ProposalFilterBar.h"
#include "ui/congress/ProposalPrintDialog.h"
#include "ui/congress/ProposalsPage.h"
#include "ui/history/HistoryModule.h"
#include "ui/widgets/PageHeader.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ud;
using core::Decision;
using core::ProposalRepository;
using core::ProposalStage;

namespace {

/// The congress page in a shown main window on a database with a session, its representatives and units.
struct CongressFixture : test::PageFixture<ui::CongressPage> {
    std::unique_ptr<test::CongressFixture> c;
    QStringList warnings; // what the page refused, as the shell would show it
    explicit CongressFixture(const QSize& size = QSize())
    {
        window.setPrompts([](const QString&, const QString&) { return true; },
                          [this](const QString&, const QString& text) { warnings << text; });
        {
            auto db = tdb.open();
            c = std::make_unique<test::CongressFixture>(*db);
        }
        show<ui::CongressModule, ui::HistoryModule>(size);
    }
    ui::ProposalsPage& proposals() { return *page->proposals(); }
    ProposalRepository repo() { return ProposalRepository(db()); }
    core::Proposal proposal(const QString& title) const
    {
        core::Proposal p = c->proposal(title, 0, {1, 2});
        p.sessionId = c->sessionId;
        return p;
    }
};

/// Runs `steps` on the proposal dialog once it is shown, then closes it.
void onDialog(const std::function<void(ui::ProposalDialog&)>& steps)
{
    QTimer::singleShot(0, [steps] {
        auto* dialog = qobject_cast<ui::ProposalDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        steps(*dialog);
        dialog->reject();
    });
}

} // namespace

TEST_CASE("A proposal walks through its states on the congress page, every step undoable", "[ui][congress]")
{
    CongressFixture f;
    REQUIRE(f.ready());
    ui::ProposalsPage& page = f.proposals();
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(page.sessionId() == f.c->sessionId);
    REQUIRE(page.model()->rowCount() == 0);

    // New proposal through the dialog: the title, proposer and two co-signers found by staff number.
    qint64 id = 0;
    onDialog([&](ui::ProposalDialog& d) {
        REQUIRE_FALSE(d.tabs()->isTabEnabled(ui::ProposalDialog::DecisionTab));
        d.titleEdit()->setText(QStringLiteral("改善青年教师住房条件"));
        d.proposerCombo()->setCurrentIndex(d.proposerCombo()->findText(QStringLiteral("代表1"), Qt::MatchStartsWith));
        // Too few co-signers: the repository's refusal is shown, nothing stored.
        d.saveTextButton()->click();
        REQUIRE(f.warnings.size() == 1);
        CHECK(f.warnings.first().contains(QStringLiteral("at least 2 co-signing")));
        REQUIRE(d.proposalId() == 0);
        d.cosignerSearch()->setText(QStringLiteral("R002"));
        int shown = 0;
        for (int i = 0; i < d.cosignerList()->count(); ++i)
            if (!d.cosignerList()->item(i)->isHidden()) {
                ++shown;
                d.cosignerList()->item(i)->setCheckState(Qt::Checked);
            }
        CHECK(shown == 1);
        d.cosignerSearch()->setText(QStringLiteral("代表3"));
        for (int i = 0; i < d.cosignerList()->count(); ++i)
            if (!d.cosignerList()->item(i)->isHidden())
                d.cosignerList()->item(i)->setCheckState(Qt::Checked);
        d.submittedEdit()->setDate(QDate(2024, 3, 1)); // inside the window
        d.saveTextButton()->click();
        id = d.proposalId();
        CHECK(f.warnings.size() == 1);
        if (id == 0)
            WARN(f.warnings.join(QLatin1Char('\n')).toStdString());
        CHECK(d.tabs()->isTabEnabled(ui::ProposalDialog::DecisionTab));
    });
    page.addAction()->trigger();
    REQUIRE(id > 0);
    REQUIRE(f.repo().withCosigners(id)->cosignerIds.size() == 2);
    REQUIRE(page.model()->rowCount() == 1);
    REQUIRE(f.stack().count() == 1);
    REQUIRE(f.stack().undoText() == QStringLiteral("Submit proposal 2024-001 改善青年教师住房条件"));
    CHECK(page.currentId() == id);

    // Decide, assign, reply through the steps the dialog's buttons call.
    const QDate day(2024, 4, 10);
    onDialog([&](ui::ProposalDialog& d) {
        d.decisionCombo()->setCurrentIndex(d.decisionCombo()->findData(int(Decision::Rejected)));
        d.decideButton()->click(); // 不立案 without a reason is refused with the repository's words
        CHECK(f.warnings.size() == 2);
        d.decisionCombo()->setCurrentIndex(d.decisionCombo()->findData(int(Decision::Filed)));
        d.decideButton()->click();
        d.leadCombo()->setCurrentIndex(d.leadCombo()->findText(QStringLiteral("后勤管理处")));
        d.assignButton()->click();
        d.resultCombo()->setCurrentIndex(d.resultCombo()->findData(int(core::ReplyResult::A)));
        d.replyButton()->click();
        CHECK(d.historyTable()->rowCount() > 3);
    });
    page.selectProposal(id);
    page.decideAction()->trigger();
    INFO(f.warnings.join(QLatin1Char('\n')).toStdString());
    REQUIRE(f.stack().count() == 4);
    core::ProposalFile file = f.repo().file(id);
    CHECK(file.proposal.decision == Decision::Filed);
    CHECK(file.lead()->unitName == QStringLiteral("后勤管理处"));
    CHECK(file.reply()->result == core::ReplyResult::A);
    CHECK(file.stage() == ProposalStage::Replied);
    const core::ProposalFile replied = file;

    // 不满意 opens round 2, shown with every round.
    onDialog([&](ui::ProposalDialog& d) {
        d.ratingCombo()->setCurrentIndex(d.ratingCombo()->findData(int(core::Rating::Unsatisfied)));
        d.rateButton()->click();
        CHECK(d.ratingsTable()->rowCount() == 1);
        CHECK(d.ratingsTable()->item(0, 2)->text() == QStringLiteral("Not satisfied"));
    });
    page.selectProposal(id);
    page.rateAction()->trigger();
    file = f.repo().file(id);
    CHECK(file.proposal.round == 2);
    CHECK(file.stage() == ProposalStage::Filed);
    const int row = page.model()->rowOf(id);
    CHECK(page.model()->data(page.model()->index(row, core::ProposalsModel::Stage)).toString() ==
          QStringLiteral("Filed, to be assigned (round 2)"));
    CHECK(f.stack().undoText() == QStringLiteral("Rate proposal 2024-001: Not satisfied"));

    // Undo puts the whole file back as it was; redo as it became.
    f.stack().undo();
    CHECK(f.repo().file(id).proposal.round == 1);
    CHECK(f.repo().file(id).ratings.isEmpty());
    CHECK(f.repo().file(id).stage() == ProposalStage::Replied);
    f.stack().redo();
    CHECK(f.repo().file(id).proposal.round == 2);
    for (int i = 0; i < 4; ++i)
        f.stack().undo();
    CHECK(f.repo().file(id).proposal.decision == Decision::Pending);
    f.stack().undo();
    CHECK_FALSE(f.repo().byId(id).has_value());
    CHECK(page.model()->rowCount() == 0);
    for (int i = 0; i < 4; ++i)
        f.stack().redo();
    file = f.repo().file(id);
    CHECK(file.stage() == ProposalStage::Replied);
    CHECK(file.reply()->result == replied.reply()->result);
    CHECK(page.model()->rowCount() == 1);

    // The key mark and withdrawal from the page's actions.
    page.selectProposal(id);
    REQUIRE(page.keyAction()->isEnabled());
    page.keyAction()->trigger();
    CHECK(f.repo().require(id).keyProposal);
    f.stack().undo();
    CHECK_FALSE(f.repo().require(id).keyProposal);
}

TEST_CASE("The committee decides many proposals at once, one undo step", "[ui][congress]")
{
    CongressFixture f;
    REQUIRE(f.ready());
    ui::ProposalsPage& page = f.proposals();
    QList<qint64> ids;
    for (const char* title : {"食堂", "停车", "住房", "体检", "图书馆"})
        ids << page.steps().submit(f.proposal(QString::fromUtf8(title)));
    REQUIRE_FALSE(ids.contains(0));
    f.page->tabs()->setCurrentIndex(ui::CongressPage::CommitteeTab);
    ui::CommitteeView& committee = *f.page->committee();
    QAbstractItemModelTester tester(committee.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(committee.model()->rowCount() == 5);
    const int before = f.stack().count();

    committee.choose({ids.at(0), ids.at(1)});
    REQUIRE(committee.chosenIds() == QList<qint64>{ids.at(0), ids.at(1)});
    REQUIRE(committee.fileChosen());
    CHECK(f.stack().count() == before + 1);
    CHECK(committee.model()->rowCount() == 3);
    committee.choose({ids.at(2), ids.at(3)});
    REQUIRE(committee.mergeChosen(ids.at(0)));
    CHECK(f.repo().file(ids.at(0)).sourceIds.size() == 2);
    committee.choose({ids.at(4)});
    REQUIRE(committee.reclassifyChosen(QStringLiteral("后勤服务")));
    CHECK(f.repo().require(ids.at(4)).category == QStringLiteral("后勤服务"));
    CHECK(f.repo().require(ids.at(4)).proposerCategory == QStringLiteral("教学科研"));
    committee.choose({ids.at(4)});
    REQUIRE(committee.rejectChosen(QStringLiteral("不属于教代会提案范围")));
    CHECK(f.repo().require(ids.at(4)).decision == Decision::Rejected);
    CHECK(committee.model()->rowCount() == 0);

    // A merge into a proposal that is not filed is refused as a whole.
    f.stack().undo(); // the rejection
    committee.choose({ids.at(4)});
    CHECK_FALSE(committee.mergeChosen(ids.at(2)));
    CHECK(f.warnings.size() == 1);
    f.stack().undo(); // the category
    f.stack().undo(); // the merge of two: both back at once
    CHECK(f.repo().require(ids.at(2)).decision == Decision::Pending);
    CHECK(f.repo().require(ids.at(3)).decision == Decision::Pending);
    f.stack().undo(); // the filing of two
    CHECK(committee.model()->rowCount() == 5);
    f.stack().redo();
    CHECK(f.repo().require(ids.at(0)).decision == Decision::Filed);
    CHECK(f.repo().require(ids.at(1)).decision == Decision::Filed);
}

TEST_CASE("Filters, the units' due replies and the delegations follow the session", "[ui][congress]")
{
    CongressFixture f;
    REQUIRE(f.ready());
    ui::ProposalsPage& page = f.proposals();
    const qint64 a = page.steps().submit(f.proposal(QStringLiteral("食堂")));
    const qint64 b = page.steps().submit(f.proposal(QStringLiteral("停车")));
    REQUIRE(page.steps().decide(a, Decision::Filed, QDate(2024, 1, 10)));
    REQUIRE(page.steps().assign(a, f.c->unitIds.at(2), {}, QDate(2024, 1, 10)));
    REQUIRE(page.model()->rowCount() == 2);
    page.filterBar()->overdueBox()->setChecked(true);
    CHECK(page.model()->rowCount() == 1); // due 2024-04-10, long past
    page.filterBar()->overdueBox()->setChecked(false);
    page.filterBar()->stageCombo()->setCurrentIndex(
        page.filterBar()->stageCombo()->findData(int(ProposalStage::Submitted)));
    CHECK(page.model()->rowCount() == 1);
    CHECK(page.model()->rowAt(0).id == b);
    page.filterBar()->clearFilters();
    page.searchEdit()->setText(QStringLiteral("停车"));
    CHECK(page.model()->rowCount() == 1);
    page.searchEdit()->clear();

    f.page->tabs()->setCurrentIndex(ui::CongressPage::UnitsTab);
    ui::HandlingUnitsPage& units = *f.page->units();
    REQUIRE(units.selectRecord(f.c->unitIds.at(2)));
    CHECK(f.page->dueModel()->rowCount() == 1);
    CHECK(f.page->dueModel()->rowAt(0).overdue);
    REQUIRE(units.selectRecord(f.c->unitIds.at(0)));
    CHECK(f.page->dueModel()->rowCount() == 0);

    f.page->tabs()->setCurrentIndex(ui::CongressPage::SessionsTab);
    QTreeWidget* tree = f.page->delegations()->tree();
    REQUIRE(tree->topLevelItemCount() == 2);
    CHECK(tree->topLevelItem(0)->childCount() == 3);
    const qint64 newcomer = test::addMember(f.db(), QStringLiteral("N1"), QStringLiteral("新代表"));
    Q_UNUSED(newcomer);
    REQUIRE(f.page->delegations()->replaceRepresentative(f.c->repIds.at(4), QStringLiteral("N1"), QDate(2024, 2, 1)));
    CHECK(tree->topLevelItem(0)->childCount() == 4);
    f.stack().undo();
    CHECK(tree->topLevelItem(0)->childCount() == 3);
    CHECK_FALSE(core::RepresentativeRepository(f.db()).require(f.c->repIds.at(4)).ended.isValid());
}

TEST_CASE("Screenshots of the congress page in Chinese", "[ui][congress][screenshot]")
{
    test::ChineseTranslation chinese;
    CongressFixture f(QSize(1366, 768));
    REQUIRE(f.ready());
    ui::ProposalsPage& page = f.proposals();
    const char* titles[] = {"关于改善青年教师住房条件的建议", "关于食堂饭菜价格与质量的提案",
                            "关于增加校园停车位的建议",       "关于完善教职工体检项目的提案",
                            "关于延长图书馆开放时间的建议",   "关于规范学院财务报销流程的提案"};
    QList<qint64> ids;
    for (const char* t : titles)
        ids << page.steps().submit(f.proposal(QString::fromUtf8(t)));
    page.steps().decideMany({ids.at(0), ids.at(1), ids.at(2), ids.at(3)}, Decision::Filed, QDate(2024, 4, 10));
    page.steps().decide(ids.at(4), Decision::Merged, QDate(2024, 4, 10), {}, ids.at(2));
    page.steps().assign(ids.at(0), f.c->unitIds.at(0), {f.c->unitIds.at(3)}, QDate(2024, 4, 10));
    page.steps().assign(ids.at(1), f.c->unitIds.at(2), {}, QDate(2024, 4, 10));
    core::Reply r;
    r.replied = QDate(2024, 6, 20);
    r.result = core::ReplyResult::A;
    r.text = QStringLiteral("已落实");
    page.steps().reply(ids.at(1), r);
    page.steps().rate(ids.at(1), core::Rating::Satisfied, QDate(2024, 7, 1));
    page.steps().setKeyProposal(ids.at(0), true);
    page.selectProposal(ids.at(0));
    test::saveScreenshot(f.window, QStringLiteral("congress-proposals-zh"));
    f.page->tabs()->setCurrentIndex(ui::CongressPage::CommitteeTab);
    test::saveScreenshot(f.window, QStringLiteral("congress-committee-zh"));
    f.page->tabs()->setCurrentIndex(ui::CongressPage::SessionsTab);
    test::saveScreenshot(f.window, QStringLiteral("congress-sessions-zh"));
    f.page->tabs()->setCurrentIndex(ui::CongressPage::ProposalsTab);
    ui::ProposalDialog dialog(f.db(), page.steps(), f.c->sessionId, ids.at(1), &f.window);
    dialog.show();
    dialog.showTab(ui::ProposalDialog::TextTab);
    test::saveScreenshot(dialog, QStringLiteral("congress-proposal-dialog-zh"));
    dialog.showTab(ui::ProposalDialog::RatingTab);
    test::saveScreenshot(dialog, QStringLiteral("congress-proposal-rating-zh"));
    dialog.showTab(ui::ProposalDialog::HistoryTab);
    test::saveScreenshot(dialog, QStringLiteral("congress-proposal-history-zh"));
}

TEST_CASE("The print dialog writes the forms, the compilation, the referral notices and the report", "[ui][congress]")
{
    CongressFixture f;
    REQUIRE(f.ready());
    ProposalRepository repo = f.repo();
    const qint64 id = repo.submit(f.proposal(QStringLiteral("改善青年教师住房条件")));
    repo.decide(id, core::Decision::Filed, QDate(2024, 4, 10));
    repo.assign(id, f.c->unitIds.at(0), {f.c->unitIds.at(1)}, QDate(2024, 4, 15));
    f.proposals().reload();
    REQUIRE(f.proposals().selectProposal(id));
    CHECK(f.proposals().printAction()->isEnabled());

    ui::ProposalPrintDialog dialog(f.window, f.db(), f.c->sessionId, id);
    CHECK(test::labelsWithoutBuddy(&dialog).isEmpty());
    CHECK(dialog.choice() == ui::ProposalPrintDialog::Form);
    const QList<QPair<ui::ProposalPrintDialog::Choice, QString>> cases{
        {ui::ProposalPrintDialog::Form, QStringLiteral("form.pdf")},
        {ui::ProposalPrintDialog::AllForms, QStringLiteral("forms.odt")},
        {ui::ProposalPrintDialog::Compilation, QStringLiteral("compilation.pdf")},
        {ui::ProposalPrintDialog::Referral, QStringLiteral("referral.pdf")},
        {ui::ProposalPrintDialog::Report, QStringLiteral("report.xlsx")}};
    for (const auto& [choice, name] : cases) {
        dialog.choose(choice);
        const QString path = f.tdb.tempPath(name);
        INFO(name.toStdString());
        CHECK(dialog.saveTo(path));
        CHECK(QFileInfo(path).size() > 1000);
    }
    CHECK(f.warnings.isEmpty());
    // A unit with nothing assigned: the refusal is shown and nothing written.
    dialog.choose(ui::ProposalPrintDialog::Referral);
    dialog.unitCombo()->setCurrentIndex(dialog.unitCombo()->findText(QStringLiteral("财务处")));
    CHECK_FALSE(dialog.saveTo(f.tdb.tempPath(QStringLiteral("none.pdf"))));
    REQUIRE(f.warnings.size() == 1);
    CHECK_FALSE(QFileInfo::exists(f.tdb.tempPath(QStringLiteral("none.pdf"))));
}

TEST_CASE("Inspections with their representatives and follow-up items, every change undoable", "[ui][congress]")
{
    CongressFixture f;
    REQUIRE(f.ready());
    core::InspectionRepository repo(f.db());
    core::Inspection inspection;
    inspection.term = 12;
    inspection.inspected = QDate(2024, 11, 15);
    inspection.topic = QStringLiteral("教工食堂与后勤服务");
    inspection.places = QStringLiteral("教工食堂");
    inspection.repIds = {f.c->repIds.at(0), f.c->repIds.at(1)};
    const qint64 id = repo.addWithReps(inspection);
    f.page->tabs()->setCurrentIndex(ui::CongressPage::InspectionsTab);
    ui::InspectionsPage& page = *f.page->inspections();
    page.reload();
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(page.model()->rowCount() == 1);
    REQUIRE(page.selectRecord(id));
    page.showDetails();
    CHECK(page.detailsPanel()
              ->findChild<QLabel*>(QStringLiteral("inspectionReps"))
              ->text()
              .contains(QStringLiteral("代表1（R001）")));

    REQUIRE(page.addItem(QStringLiteral("增加高峰时段服务窗口"), f.c->unitIds.at(2)));
    REQUIRE(page.itemsTable()->rowCount() == 1);
    CHECK(page.itemsTable()->item(0, 1)->text() == QStringLiteral("后勤管理处"));
    CHECK(page.itemsTable()->item(0, 2)->text() == QStringLiteral("Open"));
    page.itemsTable()->selectRow(0);
    REQUIRE(page.advanceItem());
    CHECK(page.itemsTable()->item(0, 2)->text() == QStringLiteral("Being handled"));
    CHECK(repo.items(id).first().status == core::FollowUpStatus::InProgress);

    f.window.undoStack()->undo();
    CHECK(repo.items(id).first().status == core::FollowUpStatus::Open);
    f.window.undoStack()->undo();
    CHECK(repo.items(id).isEmpty());
    f.window.undoStack()->redo();
    f.window.undoStack()->redo();
    REQUIRE(repo.items(id).size() == 1);
    CHECK(repo.items(id).first().status == core::FollowUpStatus::InProgress);
    CHECK(f.warnings.isEmpty());
}

TEST_CASE("Representatives are imported on the sessions tab as one undoable step", "[ui][congress]")
{
    CongressFixture f;
    REQUIRE(f.ready());
    {
        core::Database& db = f.db();
        ud::test::addMember(db, QStringLiteral("N100"), QStringLiteral("新代表甲"));
        ud::test::addMember(db, QStringLiteral("N101"), QStringLiteral("新代表乙"));
    }
    ui::DelegationView& view = *f.page->delegations();
    const int before = int(core::RepresentativeRepository(f.db()).ofTerm(12).size());
    QFile bad(f.tdb.tempPath(QStringLiteral("bad.csv")));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("工号,姓名,代表团\nN100,新代表甲,新代表团\nN999,无此人,新代表团\n");
    bad.close();
    CHECK_FALSE(view.importRepresentatives(bad.fileName()));
    REQUIRE(f.warnings.size() == 1);
    CHECK(f.warnings.first().contains(QStringLiteral("row 3: N999")));
    CHECK(core::RepresentativeRepository(f.db()).ofTerm(12).size() == before);

    QFile good(f.tdb.tempPath(QStringLiteral("good.csv")));
    REQUIRE(good.open(QIODevice::WriteOnly));
    good.write("工号,姓名,代表团,团长\nN100,新代表甲,新代表团,是\nN101,新代表乙,新代表团,\n");
    good.close();
    REQUIRE(view.importRepresentatives(good.fileName()));
    CHECK(core::RepresentativeRepository(f.db()).ofTerm(12).size() == before + 2);
    CHECK(view.tree()->findItems(QStringLiteral("新代表团"), Qt::MatchStartsWith).size() == 1);
    f.window.undoStack()->undo();
    CHECK(core::RepresentativeRepository(f.db()).ofTerm(12).size() == before);
    f.window.undoStack()->redo();
    CHECK(core::RepresentativeRepository(f.db()).ofTerm(12).size() == before + 2);
}

TEST_CASE("The representatives who went on an inspection are chosen on the page, undoably", "[ui][congress]")
{
    CongressFixture f;
    REQUIRE(f.ready());
    core::InspectionRepository repo(f.db());
    core::Inspection inspection;
    inspection.term = 12;
    inspection.inspected = QDate(2024, 11, 15);
    inspection.topic = QStringLiteral("青年教师公寓");
    const qint64 id = repo.addWithReps(inspection);
    ui::InspectionsPage& page = *f.page->inspections();
    page.reload();
    REQUIRE(page.selectRecord(id));
    page.showDetails();
    CHECK(page.chooseRepsAction()->isEnabled());
    REQUIRE(page.setRepresentatives({f.c->repIds.at(2), f.c->repIds.at(3)}));
    CHECK(repo.withReps(id)->repIds == QList<qint64>{f.c->repIds.at(2), f.c->repIds.at(3)});
    CHECK(page.detailsPanel()
              ->findChild<QLabel*>(QStringLiteral("inspectionReps"))
              ->text()
              .contains(QStringLiteral("代表3（R003）")));
    f.window.undoStack()->undo();
    CHECK(repo.withReps(id)->repIds.isEmpty());
    f.window.undoStack()->redo();
    CHECK(repo.withReps(id)->repIds.size() == 2);
    CHECK(f.warnings.isEmpty());
}

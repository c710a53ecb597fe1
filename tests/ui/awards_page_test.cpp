#include "ModalWatcher.h"
#include "Screenshots.h"
#include "support/Builders.h"
#include "support/PageFixture.h"
#include "support/TestFiles.h"
#include "support/catch.h"

#include "UiTestSupport.h"

#include "core/awards/AwardModels.h"
#include "core/awards/AwardRepositories.h"
#include "core/awards/AwardsDemo.h"
#include "core/members/DemoData.h"
#include "core/members/MemberRepository.h"
#include "ui/aid/AidPrintDialog.h"
#include "ui/awards/AwardRecordPages.h"
#include "ui/awards/AwardsModule.h"
#include "ui/awards/AwardsPage.h"
#include "ui/awards/NominationDialog.h"
#include "ui/awards/NominationViews.h"
#include "ui/awards/PublicityView.h"
#include "ui/awards/RoundViews.h"
#include "ui/history/HistoryModule.h"
#include "ui/members/MemberDialog.h"
#include "ui/widgets/DataTableView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>

using namespace ud;
using core::NominationsModel;
using core::NominationStatus;
using core::RoundStage;

namespace {

/// The awards page in a shown main window. `demo`: a roster of 300 and the awards demo of today's year (rounds at
/// every stage); else three sub-unions with a few members, the plan's award types and no round.
struct AwardsFixture : test::PageFixture<ui::AwardsPage> {
    QStringList warnings; // what the page refused, as the shell would show it
    QStringList questions;
    qint64 economics = 0, law = 0, arts = 0;
    QHash<QString, qint64> people; // by name

    explicit AwardsFixture(bool demo, const QSize& size = QSize())
    {
        window.setPrompts(
            [this](const QString&, const QString& text) {
                questions << text;
                return true;
            },
            [this](const QString&, const QString& text) { warnings << text; });
        {
            auto db = tdb.open();
            if (demo) {
                core::DemoData::Options members;
                members.members = 300;
                core::DemoData::generate(*db, members);
                core::AwardsDemo::generate(*db, {3, QDate::currentDate()});
            } else {
                economics = test::addUnit(*db, QStringLiteral("E"), QStringLiteral("经济学院分工会"));
                law = test::addUnit(*db, QStringLiteral("L"), QStringLiteral("法学院分工会"));
                arts = test::addUnit(*db, QStringLiteral("A"), QStringLiteral("艺术学院分工会"));
                const auto add = [&](const char* staffNo, const char* name, qint64 unit, const char* gender) {
                    core::Member m = test::member(QString::fromUtf8(staffNo), QString::fromUtf8(name), unit);
                    m.gender = QString::fromLatin1(gender);
                    m.joinDate = QDate(2015, 9, 1);
                    people.insert(m.name, core::MemberRepository(*db).add(m));
                };
                add("20150032", "张伟", economics, "M");
                add("20160011", "陈静", economics, "F");
                add("20170021", "刘洋", economics, "M");
                add("20180007", "李娜", law, "F");
                add("20190003", "王芳", law, "F");
                add("20190004", "赵强", law, "M");
                add("20200005", "孙丽", arts, "F");
                core::AwardTypeRepository(*db).addDefaults();
            }
        }
        show<ui::AwardsModule, ui::HistoryModule>(size);
    }
    core::AwardRoundRepository rounds() { return core::AwardRoundRepository(db()); }
    core::NominationRepository nominations() { return core::NominationRepository(db()); }
    qint64 typeId(const char* name) { return core::AwardTypeRepository(db()).requireName(QString::fromUtf8(name)).id; }
    /// A round of `award` in 2024 added through the Rounds tab, chosen at the top.
    qint64 addRound(const char* award, int totalQuota = 0)
    {
        core::AwardRound r;
        r.key = QStringLiteral("2024-%1").arg(QString::fromUtf8(award));
        r.year = 2024;
        r.awardTypeId = typeId(award);
        r.totalQuota = totalQuota;
        const qint64 id = page->rounds()->addRound(r);
        REQUIRE(id > 0);
        REQUIRE(page->roundId() == id);
        return id;
    }
};

/// Runs `steps` on the modal dialog of type D once it is shown; it is cancelled afterwards unless `steps` closed it.
template <class D> void onDialog(const std::function<void(D&)>& steps)
{
    QTimer::singleShot(0, [steps] {
        auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        steps(*dialog);
        if (dialog->isVisible())
            dialog->done(QDialog::Rejected);
    });
}

/// The row of nomination `id` in the view's model (a NominationTable), or -1.
int rowOf(ui::NominationListView& view, qint64 id)
{
    const int source = view.model()->rowOf(id);
    return source < 0 ? -1 : view.table()->mapFromSource(view.model()->index(source, 0)).row();
}

QVariant cell(ui::NominationListView& view, qint64 id, int column, int role = Qt::DisplayRole)
{
    return view.table()->index(rowOf(view, id), column).data(role);
}

} // namespace

TEST_CASE("The awards page opens on the demo's rounds at every stage, each tab filled", "[ui][awards]")
{
    AwardsFixture f(true);
    REQUIRE(f.ready());
    ui::AwardsPage& page = *f.page;
    CHECK(page.yearBox()->value() == QDate::currentDate().year());
    REQUIRE(page.roundCombo()->count() == 4);
    CHECK(test::labelsWithoutBuddy(&page).isEmpty());

    QAbstractItemModelTester nominationsTester(page.nominations()->table(),
                                               QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester reviewTester(page.review()->table(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester objectionsTester(page.publicity()->objections(),
                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester quotasTester(page.quotas()->model(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester roundsTester(page.rounds()->model(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester historyTester(page.history()->model(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);

    // Each stage of the demo, chosen at the top: the tabs follow.
    QSet<RoundStage> seen;
    for (const core::AwardRound& r : f.rounds().ofYear(page.yearBox()->value())) {
        REQUIRE(page.setRound(r.id));
        seen.insert(r.stage);
        CHECK(page.nominations()->roundId() == r.id);
        CHECK(page.nominations()->model()->rowCount() > 0);
        CHECK(page.publicity()->roundId() == r.id);
        CHECK(page.roundCombo()->currentText().contains(r.key));
        ui::PublicityView& publicity = *page.publicity();
        switch (r.stage) {
        case RoundStage::Nominating:
            CHECK(page.nominations()->addAction()->isEnabled());
            CHECK(page.nominations()->reviewAction()->isEnabled());
            CHECK(page.quotas()->model()->rowCount() > 0); // 2 % of each sub-union
            CHECK_FALSE(page.review()->selectAction()->isEnabled());
            break;
        case RoundStage::Review:
            CHECK_FALSE(page.nominations()->addAction()->isEnabled());
            CHECK(page.review()->selectAction()->isEnabled());
            CHECK(publicity.startAction()->isEnabled());
            break;
        case RoundStage::Publicity:
            CHECK(publicity.objections()->rowCount() == 1);
            CHECK_FALSE(publicity.finalizeAction()->isEnabled()); // from today, an objection open
            CHECK_FALSE(publicity.finalizeAction()->toolTip().isEmpty());
            CHECK(publicity.noticeAction()->isEnabled());
            CHECK_FALSE(publicity.certificatesAction()->isEnabled());
            CHECK(publicity.list()->rowCount() > 0);
            break;
        case RoundStage::Final:
            CHECK(publicity.unlockAction()->isEnabled());
            CHECK(publicity.certificatesAction()->isEnabled());
            CHECK_FALSE(page.nominations()->withdrawAction()->isEnabled());
            break;
        }
    }
    CHECK(seen.size() == 4);
    CHECK(page.rounds()->model()->rowCount() == 4);
    CHECK(page.types()->model()->rowCount() == 6);
    // The history of earlier years: every year at once.
    page.history()->allYearsCheck()->setChecked(true);
    CHECK(page.history()->model()->rowCount() > 30);
    CHECK(f.warnings.isEmpty());
}

TEST_CASE("The nomination dialog shows the checks as the collective is entered; refused ones keep OK disabled",
          "[ui][awards]")
{
    AwardsFixture f(false);
    REQUIRE(f.ready());
    ui::NominationsView& view = *f.page->nominations();
    QAbstractItemModelTester tester(view.table(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const qint64 round = f.addRound("巾帼文明岗");
    REQUIRE(view.addAction()->isEnabled());

    qint64 id = 0;
    QString refusedTitle;
    QStringList refusedRules;
    bool okWhileRefused = true;
    onDialog<ui::NominationDialog>([&](ui::NominationDialog& d) {
        CHECK(test::labelsWithoutBuddy(&d).isEmpty());
        // 巾帼文明岗 is for collectives only.
        CHECK(d.collectiveButton()->isChecked());
        CHECK_FALSE(d.individualButton()->isEnabled());
        d.teamNameEdit()->setText(QStringLiteral("经济学院办公室"));
        d.teamUnitEdit()->setText(QStringLiteral("经济学院"));
        REQUIRE(ui::NominationDialog::choose(d.unitCombo(), QStringLiteral("经济学院分工会")));
        REQUIRE(ui::NominationDialog::choose(d.headCombo(), QStringLiteral("张伟")));
        REQUIRE(ui::NominationDialog::choose(d.addMemberCombo(), QStringLiteral("张伟")));
        REQUIRE(d.addPerson());
        REQUIRE(ui::NominationDialog::choose(d.addMemberCombo(), QStringLiteral("刘洋")));
        REQUIRE(d.addPerson());
        // Two men and a man as head: too few, too few women, the head not a woman; each red and named.
        for (const core::AwardProblem& p : d.checks())
            refusedRules << core::awardRules().key(p.rule);
        refusedTitle = d.findChild<QLabel*>(QStringLiteral("checksTitle"))->text();
        okWhileRefused = d.okButton()->isEnabled();
        CHECK(d.checksPanel()->text().contains(ui::refusalColour().name()));
        CHECK(d.checksPanel()->text().contains(QStringLiteral("Woman as head")));

        // Three women join, and one of them leads: every check passes.
        for (const char* name : {"陈静", "李娜", "王芳"}) {
            REQUIRE(ui::NominationDialog::choose(d.addMemberCombo(), QString::fromUtf8(name)));
            REQUIRE(d.addPerson());
        }
        CHECK(d.teamList()->count() == 5);
        REQUIRE(ui::NominationDialog::choose(d.headCombo(), QStringLiteral("陈静")));
        CHECK(d.checks().isEmpty());
        CHECK(d.findChild<QLabel*>(QStringLiteral("checksTitle"))->text() == QStringLiteral("Every check passes"));
        REQUIRE(d.okButton()->isEnabled());
        d.deedsEdit()->setPlainText(QStringLiteral("该集体女职工占比高，团结协作、爱岗敬业。"));
        d.accept();
        id = d.nominationId();
    });
    view.addAction()->trigger();
    INFO(f.warnings.join(QLatin1Char('\n')).toStdString());
    CHECK(refusedRules.contains(QStringLiteral("min_size")));
    CHECK(refusedRules.contains(QStringLiteral("women_share")));
    CHECK(refusedRules.contains(QStringLiteral("female_head")));
    CHECK(refusedTitle.startsWith(QStringLiteral("Refused")));
    CHECK_FALSE(okWhileRefused);
    REQUIRE(id > 0);
    const auto stored = f.nominations().withMembers(id);
    REQUIRE(stored);
    CHECK(stored->teamName == QStringLiteral("经济学院办公室"));
    CHECK(stored->memberIds.size() == 5);
    CHECK(stored->headMemberId == f.people.value(QStringLiteral("陈静")));
    CHECK(view.currentId() == id);
    CHECK(f.stack().undoText() == QStringLiteral("Nominate 经济学院办公室 in 2024-巾帼文明岗"));
    CHECK(cell(view, id, NominationsModel::People).toString() == QStringLiteral("5 / 3 women"));

    // A check the award only warns of: the row is amber, its tooltip says why.
    core::AwardType type = core::AwardTypeRepository(f.db()).require(f.typeId("巾帼文明岗"));
    type.minDeeds = 200;
    core::AwardTypeRepository(f.db()).update(type);
    view.reload();
    CHECK(cell(view, id, NominationsModel::Checks).toString() == QStringLiteral("Deeds too short"));
    CHECK(cell(view, id, NominationsModel::Checks, Qt::ForegroundRole).value<QBrush>().color() == ui::warningColour());
    CHECK(cell(view, id, NominationsModel::Nominee, Qt::ToolTipRole).toString().contains(QStringLiteral("200")));

    // Undo takes the nomination away, redo brings it back with its people.
    f.stack().undo();
    CHECK_FALSE(f.nominations().byId(id));
    CHECK(view.model()->rowCount() == 0);
    f.stack().redo();
    CHECK(f.nominations().withMembers(id)->memberIds.size() == 5);
    CHECK(view.model()->rowCount() == 1);
    CHECK(f.rounds().require(round).stage == RoundStage::Nominating);
}

TEST_CASE("A round from nominations to its final list on the page: select, 公示, objection, finalize, unlock, undo",
          "[ui][awards]")
{
    AwardsFixture f(false);
    REQUIRE(f.ready());
    ui::AwardsPage& page = *f.page;
    const qint64 round = f.addRound("最美教师", 2);
    // Three members nominated through the dialog.
    QList<qint64> ids;
    for (const char* name : {"张伟", "李娜", "孙丽"}) {
        onDialog<ui::NominationDialog>([&](ui::NominationDialog& d) {
            CHECK(d.individualButton()->isChecked());
            REQUIRE(ui::NominationDialog::choose(d.memberCombo(), QString::fromUtf8(name)));
            CHECK(d.unitCombo()->currentIndex() > 0); // the member's sub-union
            d.deedsEdit()->setPlainText(QStringLiteral("工作成绩突出。"));
            d.accept();
            ids << d.nominationId();
        });
        page.nominations()->addAction()->trigger();
    }
    REQUIRE(ids.size() == 3);
    REQUIRE(!ids.contains(0));
    const int steps0 = f.stack().index();

    // The review: scores, then the ranking selects two within the total quota.
    REQUIRE(page.nominations()->beginReview());
    CHECK(f.rounds().require(round).stage == RoundStage::Review);
    ui::ReviewView& review = *page.review();
    QAbstractItemModelTester tester(review.table(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QList<int> scores{9000, 8550, 7000};
    for (int i = 0; i < 3; ++i) {
        REQUIRE(review.selectNomination(ids.at(i)));
        REQUIRE(review.scoreCurrent(scores.at(i), 0));
    }
    CHECK(cell(review, ids.at(1), NominationsModel::Score).toString() == QStringLiteral("85.5"));
    // In place: the score column is editable during the review.
    const QModelIndex score = review.table()->index(rowOf(review, ids.at(2)), NominationsModel::Score);
    CHECK(review.table()->flags(score) & Qt::ItemIsEditable);
    REQUIRE(review.table()->setData(score, 71.25));
    QCoreApplication::processEvents();
    CHECK(f.nominations().require(ids.at(2)).committeeScore == 7125);
    REQUIRE(review.selectAction()->isEnabled());
    REQUIRE(review.selectByRanking());
    CHECK(f.nominations().require(ids.at(0)).status == NominationStatus::Selected);
    CHECK(f.nominations().require(ids.at(1)).status == NominationStatus::Selected);
    CHECK(f.nominations().require(ids.at(2)).status == NominationStatus::Nominated);
    CHECK(cell(review, ids.at(0), NominationsModel::Rank).toInt() == 1);
    // By hand: a third is over the total quota, refused with its rule; one off, another on.
    REQUIRE(review.selectNomination(ids.at(2)));
    CHECK_FALSE(review.toggleSelection());
    REQUIRE_FALSE(f.warnings.isEmpty());
    CHECK(f.warnings.last().contains(QStringLiteral("awards at most 2")));
    REQUIRE(review.selectNomination(ids.at(1)));
    REQUIRE(review.toggleSelection());
    REQUIRE(review.selectNomination(ids.at(2)));
    REQUIRE(review.toggleSelection());
    CHECK(f.nominations().require(ids.at(1)).status == NominationStatus::Nominated);
    CHECK(f.nominations().require(ids.at(2)).status == NominationStatus::Selected);
    f.stack().undo();
    f.stack().undo();
    CHECK(f.nominations().require(ids.at(1)).status == NominationStatus::Selected);
    CHECK(f.nominations().require(ids.at(2)).status == NominationStatus::Nominated);

    // The 公示: the last day follows the first day and the length, on the working calendar.
    ui::PublicityView& publicity = *page.publicity();
    page.tabs()->setCurrentIndex(ui::AwardsPage::PublicityTab);
    publicity.startEdit()->setDate(QDate(2024, 9, 27));
    publicity.daysBox()->setValue(5);
    CHECK(publicity.endLabel()->text().startsWith(QStringLiteral("2024-10-09")));
    publicity.daysBox()->setValue(3);
    CHECK(publicity.endLabel()->text().startsWith(QStringLiteral("2024-09-30")));
    publicity.daysBox()->setValue(5);
    publicity.objectionsToEdit()->setText(QStringLiteral("校工会办公室"));
    REQUIRE(publicity.startAction()->isEnabled());
    REQUIRE(publicity.startPublicity());
    core::AwardRound r = f.rounds().require(round);
    CHECK(r.stage == RoundStage::Publicity);
    CHECK(r.publicityEnd == QDate(2024, 10, 9));
    CHECK(r.objectionsTo == QStringLiteral("校工会办公室"));
    CHECK(publicity.list()->rowCount() == 2);
    CHECK(publicity.noticeAction()->isEnabled());

    // The notice from the tab.
    onDialog<ui::AidPrintDialog>([&](ui::AidPrintDialog& d) {
        const QString pdf = f.tdb.tempPath(QStringLiteral("notice.pdf"));
        CHECK(d.saveTo(pdf));
        CHECK(QFileInfo(pdf).size() > 1000);
        d.reject();
    });
    publicity.noticeAction()->trigger();

    // An objection keeps the list from becoming final; upheld, it withdraws the nomination.
    REQUIRE(publicity.addObjection(ids.at(1), QDate(2024, 9, 30), QStringLiteral("反映其论文存在署名争议。")));
    CHECK(publicity.objections()->rowCount() == 1);
    CHECK_FALSE(publicity.stopAction()->isEnabled());
    CHECK_FALSE(publicity.finalizeAction()->isEnabled());
    CHECK(publicity.finalizeAction()->toolTip().contains(QStringLiteral("still open")));
    CHECK(publicity.statusLabel()->text().contains(QStringLiteral("still open")));
    publicity.objectionsView()->selectRow(0);
    REQUIRE(publicity.closeObjectionAction()->isEnabled());
    REQUIRE(publicity.closeObjection(core::ObjectionOutcome::Upheld, QDate(2024, 10, 8), QStringLiteral("校工会"),
                                     QStringLiteral("署名争议属实。")));
    CHECK(f.nominations().require(ids.at(1)).status == NominationStatus::Withdrawn);
    CHECK(publicity.list()->rowCount() == 1);
    // Today is long after 2024-10-09 and nothing is open: Finalize.
    REQUIRE(publicity.finalizeAction()->isEnabled());
    REQUIRE(publicity.finalize());
    CHECK(f.rounds().require(round).stage == RoundStage::Final);
    CHECK(core::AwardHistoryRepository(f.db()).ofMember(f.people.value(QStringLiteral("张伟"))).size() == 1);
    CHECK(publicity.unlockAction()->isEnabled());
    CHECK(publicity.certificatesAction()->isEnabled());
    CHECK_FALSE(page.nominations()->withdrawAction()->isEnabled());

    // The certificates of the final list, from the tab.
    onDialog<ui::AidPrintDialog>([&](ui::AidPrintDialog& d) {
        CHECK(d.choice() == 0);
        const QString pdf = f.tdb.tempPath(QStringLiteral("certificates.pdf"));
        CHECK(d.saveTo(pdf));
        CHECK(QFileInfo(pdf).size() > 1000);
        CHECK_FALSE(d.saveTo(f.tdb.tempPath(QStringLiteral("certificates.odt"))));
        d.reject();
    });
    publicity.certificatesAction()->trigger();

    // The member dialog lists the award.
    {
        const core::Member zhang = core::MemberRepository(f.db()).require(f.people.value(QStringLiteral("张伟")));
        ui::MemberDialog dialog(f.db(), zhang);
        QAbstractItemModelTester awardsTester(dialog.awards(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        REQUIRE(dialog.awards()->rowCount() == 1);
        CHECK(dialog.awards()->index(0, core::AwardHistoryModel::Award).data().toString() ==
              QStringLiteral("最美教师"));
        CHECK(dialog.awards()->index(0, core::AwardHistoryModel::Year).data().toInt() == 2024);
    }

    // Unlocking needs the reason; the award leaves the history meanwhile.
    REQUIRE(publicity.unlock(QStringLiteral("公示名单姓名录入有误")));
    CHECK(f.rounds().require(round).stage == RoundStage::Publicity);
    CHECK(f.rounds().require(round).unlockReason == QStringLiteral("公示名单姓名录入有误"));
    CHECK(core::AwardHistoryRepository(f.db()).ofMember(f.people.value(QStringLiteral("张伟"))).isEmpty());
    CHECK(f.stack().undoText() == QStringLiteral("Unlock the final list of 2024-最美教师"));

    // Every step back to the nominations, one at a time; then forward again to the final list.
    f.stack().undo();
    CHECK(f.rounds().require(round).stage == RoundStage::Final);
    CHECK(page.roundCombo()->currentText().contains(QStringLiteral("Final")));
    while (f.stack().index() > steps0)
        f.stack().undo();
    CHECK(f.rounds().require(round).stage == RoundStage::Nominating);
    for (const qint64 id : ids)
        CHECK(f.nominations().require(id).status == NominationStatus::Nominated);
    CHECK(f.rounds().objections(round).isEmpty());
    CHECK(page.nominations()->reviewAction()->isEnabled());
    while (f.stack().canRedo())
        f.stack().redo();
    CHECK(f.stack().count() == steps0 + 11);
    CHECK(f.rounds().require(round).stage == RoundStage::Publicity); // unlocked, as the last step left it
    CHECK(core::AwardHistoryRepository(f.db()).ofMember(f.people.value(QStringLiteral("张伟"))).isEmpty());
    f.stack().undo();
    CHECK(f.rounds().require(round).stage == RoundStage::Final);
    CHECK(core::AwardHistoryRepository(f.db()).ofMember(f.people.value(QStringLiteral("张伟"))).size() == 1);
    CHECK(f.nominations().require(ids.at(1)).status == NominationStatus::Withdrawn);
    CHECK(f.warnings.size() == 2); // the two refusals above, nothing from undo or redo
    CHECK(f.db().historyProblems().isEmpty());
}

TEST_CASE("Quotas adjusted with their reason and rounds added and deleted on the page, each one undo step",
          "[ui][awards]")
{
    AwardsFixture f(false);
    REQUIRE(f.ready());
    ui::AwardsPage& page = *f.page;
    // A round through its dialog: the key follows the year and the award.
    qint64 id = 0;
    onDialog<ui::RoundDialog>([&](ui::RoundDialog& d) {
        CHECK(test::labelsWithoutBuddy(&d).isEmpty());
        d.yearBox()->setValue(2025);
        REQUIRE(ui::NominationDialog::choose(d.awardCombo(), QStringLiteral("优秀工会积极分子")));
        CHECK(d.keyEdit()->text() == QStringLiteral("2025-优秀工会积极分子"));
        d.percentBox()->setValue(40);
        CHECK_FALSE(d.okButton()->isEnabled()); // a percent needs its cut-off date
        CHECK(d.problemsLabel()->text().contains(QStringLiteral("cut-off date")));
        d.cutoffEdit()->setDate(QDate(2024, 12, 31));
        REQUIRE(d.okButton()->isEnabled());
        d.accept();
    });
    page.tabs()->setCurrentIndex(ui::AwardsPage::RoundsTab);
    id = page.rounds()->addRound();
    REQUIRE(id > 0);
    CHECK(page.yearBox()->value() == 2025);
    CHECK(page.roundId() == id);
    CHECK(f.stack().undoText() == QStringLiteral("Add round 2025-优秀工会积极分子"));

    // 40 % of 3 active members in economics and law, 1 in arts: 1 each (half up, at least 1).
    ui::QuotasView& quotas = *page.quotas();
    REQUIRE(quotas.model()->rowCount() == 3);
    REQUIRE(quotas.selectUnit(f.law));
    REQUIRE(quotas.adjustAction()->isEnabled());
    CHECK_FALSE(quotas.adjustQuota(2, QString())); // another quota needs its reason
    CHECK(f.warnings.last().contains(QStringLiteral("needs its reason")));
    REQUIRE(quotas.adjustQuota(2, QStringLiteral("完成年度工作任务，上浮")));
    CHECK(f.rounds().quotaOf(id, f.law) == 2);
    CHECK(f.stack().undoText() == QStringLiteral("Set the quota of 法学院分工会 in 2025-优秀工会积极分子"));
    f.stack().undo();
    CHECK(f.rounds().quotaOf(id, f.law) == 1);

    // Deleted, and back with its quotas.
    REQUIRE(page.rounds()->selectRound(id));
    REQUIRE(page.rounds()->deleteRound(false));
    CHECK_FALSE(f.rounds().byId(id));
    CHECK(page.roundCombo()->count() == 0);
    f.stack().undo();
    REQUIRE(f.rounds().byId(id));
    CHECK(f.rounds().quotas(id).size() == 3);
    CHECK(page.roundCombo()->count() == 1);
}

TEST_CASE("A sub-union's file of nominations: bad rows listed and nothing stored, else one undo step with its "
          "warnings; earlier years' awards imported on the History tab",
          "[ui][awards]")
{
    AwardsFixture f(false);
    REQUIRE(f.ready());
    ui::NominationsView& view = *f.page->nominations();
    f.addRound("最美教师");
    core::AwardType type = core::AwardTypeRepository(f.db()).require(f.typeId("最美教师"));
    type.minDeeds = 20; // a warning, as the type has it
    core::AwardTypeRepository(f.db()).update(type);

    const QString bad = test::writeFile(f.tdb, QStringLiteral("bad.csv"),
                                        QStringLiteral("被推荐人,推荐单位,事迹\n"
                                                       "20150032,E,工作成绩突出。\n"
                                                       "99999999,L,工作成绩突出。\n")
                                            .toUtf8());
    {
        test::ModalWatcher watcher;
        CHECK_FALSE(view.importFile(bad, false));
        REQUIRE(watcher.count() == 1);
        CHECK(watcher.texts.join(QLatin1Char('\n')).contains(QStringLiteral("row 3")));
    }
    CHECK(view.model()->rowCount() == 0);
    CHECK(f.stack().count() == 1); // the round only

    const QString good =
        test::writeFile(f.tdb, QStringLiteral("good.csv"),
                        QStringLiteral("被推荐人,推荐单位,事迹\n"
                                       "20150032,E,工作成绩突出。\n"
                                       "李娜,L,该同志热爱教育事业，忠诚党的教育方针，扎根教学一线二十余年。\n")
                            .toUtf8());
    REQUIRE(view.importFile(good, false));
    CHECK(view.model()->rowCount() == 2);
    CHECK(f.stack().count() == 2);
    CHECK(f.stack().undoText() == QStringLiteral("Import 2 nomination(s) (good.csv)"));
    // 张伟's deeds are short: a warning, in amber.
    const qint64 zhang = view.model()->nominationAt(0).id;
    CHECK(cell(view, zhang, NominationsModel::Checks, Qt::ForegroundRole).value<QBrush>().color() ==
          ui::warningColour());
    f.stack().undo();
    CHECK(view.model()->rowCount() == 0);
    f.stack().redo();
    CHECK(view.model()->rowCount() == 2);

    // Earlier years' awards, imported on the History tab: one undo step; an award of a final list is not edited there.
    ui::AwardHistoryPage& history = *f.page->history();
    QAbstractItemModelTester tester(history.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    history.allYearsCheck()->setChecked(true);
    const QString past =
        test::writeFile(f.tdb, QStringLiteral("past.csv"),
                        QStringLiteral("工号,奖项,年度\n20150032,最美教师,2022\n20180007,三育人先进,2023\n").toUtf8());
    REQUIRE(history.importFile(past));
    CHECK(history.model()->rowCount() == 2);
    CHECK(core::AwardHistoryRepository(f.db()).ofMember(f.people.value(QStringLiteral("张伟"))).size() == 1);
    f.stack().undo();
    CHECK(history.model()->rowCount() == 0);
    f.stack().redo();
    CHECK(history.model()->rowCount() == 2);
}

TEST_CASE("Screenshots of the awards page in Chinese", "[ui][awards][screenshot]")
{
    test::ChineseTranslation chinese;
    AwardsFixture f(true, QSize(1366, 768));
    REQUIRE(f.ready());
    ui::AwardsPage& page = *f.page;
    const auto roundAt = [&](RoundStage stage) {
        for (const core::AwardRound& r : f.rounds().ofYear(page.yearBox()->value()))
            if (r.stage == stage)
                return r.id;
        return qint64(0);
    };
    REQUIRE(page.setRound(roundAt(RoundStage::Nominating)));
    page.tabs()->setCurrentIndex(ui::AwardsPage::NominationsTab);
    test::saveScreenshot(f.window, QStringLiteral("awards-nominations-zh"));
    REQUIRE(page.setRound(roundAt(RoundStage::Review)));
    page.tabs()->setCurrentIndex(ui::AwardsPage::ReviewTab);
    test::saveScreenshot(f.window, QStringLiteral("awards-review-zh"));
    REQUIRE(page.setRound(roundAt(RoundStage::Publicity)));
    page.tabs()->setCurrentIndex(ui::AwardsPage::PublicityTab);
    test::saveScreenshot(f.window, QStringLiteral("awards-publicity-zh"));
    REQUIRE(page.setRound(roundAt(RoundStage::Nominating)));
    page.tabs()->setCurrentIndex(ui::AwardsPage::QuotasTab);
    test::saveScreenshot(f.window, QStringLiteral("awards-quotas-zh"));
    page.tabs()->setCurrentIndex(ui::AwardsPage::RoundsTab);
    test::saveScreenshot(f.window, QStringLiteral("awards-rounds-zh"));
    page.tabs()->setCurrentIndex(ui::AwardsPage::TypesTab);
    test::saveScreenshot(f.window, QStringLiteral("awards-types-zh"));
    page.history()->allYearsCheck()->setChecked(true);
    page.tabs()->setCurrentIndex(ui::AwardsPage::HistoryTab);
    test::saveScreenshot(f.window, QStringLiteral("awards-history-zh"));

    // The dialogs: a collective nomination with its checks failing, and a round.
    REQUIRE(page.setRound(roundAt(RoundStage::Nominating)));
    core::Nomination n;
    n.roundId = page.roundId();
    ui::NominationDialog dialog(f.window, f.db(), page.steps(), n, &f.window);
    dialog.show();
    REQUIRE(ui::NominationDialog::choose(dialog.memberCombo(), dialog.memberCombo()->itemText(3)));
    dialog.deedsEdit()->setPlainText(QStringLiteral("该同志爱岗敬业。"));
    dialog.updateChecks();
    test::saveScreenshot(dialog, QStringLiteral("awards-nomination-dialog-zh"));
    dialog.done(QDialog::Rejected);

    // A collective on the round in review: its fields, and the round's refusal.
    REQUIRE(page.setRound(roundAt(RoundStage::Review)));
    core::Nomination team;
    team.roundId = page.roundId();
    team.kind = core::NomineeKind::Collective;
    ui::NominationDialog collective(f.window, f.db(), page.steps(), team, &f.window);
    collective.show();
    collective.teamNameEdit()->setText(QStringLiteral("图书馆流通部"));
    collective.teamUnitEdit()->setText(QStringLiteral("图书馆"));
    for (int i = 1; i <= 4; ++i) {
        collective.addMemberCombo()->setCurrentIndex(i * 7);
        collective.addPerson();
    }
    collective.headCombo()->setCurrentIndex(8);
    collective.teamSizeBox()->setValue(9);
    collective.teamWomenBox()->setValue(6);
    collective.updateChecks();
    test::saveScreenshot(collective, QStringLiteral("awards-collective-dialog-zh"));
    collective.done(QDialog::Rejected);

    REQUIRE(page.setRound(roundAt(RoundStage::Nominating)));
    core::AwardRound r = f.rounds().require(page.roundId());
    ui::RoundDialog roundDialog(f.db(), r, &f.window);
    roundDialog.show();
    test::saveScreenshot(roundDialog, QStringLiteral("awards-round-dialog-zh"));
    roundDialog.done(QDialog::Rejected);

    ui::AwardTypeDialog typeDialog(
        f.db(), core::AwardTypeRepository(f.db()).require(f.rounds().require(r.id).awardTypeId), &f.window);
    typeDialog.show();
    test::saveScreenshot(typeDialog, QStringLiteral("awards-type-dialog-zh"));
    typeDialog.done(QDialog::Rejected);
}

#include "Screenshots.h"
#include "support/AidBuilders.h"
#include "support/PageFixture.h"
#include "support/catch.h"

#include "ModalWatcher.h"
#include "UiTestSupport.h"

#include "core/aid/AidListModels.h"
#include "core/aid/ClaimsModel.h"
#include "ui/aid/AidModule.h"
#include "ui/aid/AidPage.h"
#include "ui/aid/AidRecordPages.h"
#include "ui/aid/ClaimDialog.h"
#include "ui/aid/ClaimFilterBar.h"
#include "ui/aid/ClaimsPage.h"
#include "ui/aid/FundPage.h"
#include "ui/aid/RuleTableView.h"
#include "ui/history/HistoryModule.h"
#include "ui/widgets/DataTableView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ud;
using core::ClaimRepository;
using core::ClaimStatus;

namespace {

/// The mutual-aid page in a shown main window on a database with a scheme, its period 2024 with the test rules and
/// four enrolled members.
struct AidPageFixture : test::PageFixture<ui::AidPage> {
    std::unique_ptr<test::AidFixture> aid;
    QStringList warnings; // what the page refused, as the shell would show it
    QStringList questions;
    explicit AidPageFixture(const QSize& size = QSize())
    {
        window.setPrompts(
            [this](const QString&, const QString& text) {
                questions << text;
                return true;
            },
            [this](const QString&, const QString& text) { warnings << text; });
        {
            auto db = tdb.open();
            aid = std::make_unique<test::AidFixture>(*db, 4);
        }
        show<ui::AidModule, ui::HistoryModule>(size);
    }
    ui::ClaimsPage& claims() { return *page->claims(); }
    ClaimRepository repo() { return ClaimRepository(db()); }
};

/// Runs `steps` on the claim dialog once it is shown; `steps` closes it (OK) or it is cancelled afterwards.
void onClaimDialog(const std::function<void(ui::ClaimDialog&)>& steps)
{
    QTimer::singleShot(0, [steps] {
        auto* dialog = qobject_cast<ui::ClaimDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        steps(*dialog);
        if (dialog->isVisible())
            dialog->done(QDialog::Rejected);
    });
}

void chooseMember(ui::ClaimDialog& d, const QString& name)
{
    auto* member = d.editor<QComboBox>("member_id");
    REQUIRE(member);
    const int i = member->findText(name, Qt::MatchStartsWith);
    REQUIRE(i >= 0);
    member->setCurrentIndex(i);
}

QString writeFile(const test::TestDatabase& tdb, const QString& name, const QByteArray& text)
{
    QFile file(tdb.tempPath(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
    return file.fileName();
}

} // namespace

TEST_CASE("A claim goes from its dialog to its payment on the mutual-aid page, every step undoable", "[ui][aid]")
{
    AidPageFixture f;
    REQUIRE(f.ready());
    ui::ClaimsPage& page = f.claims();
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(f.page->periodId() == f.aid->periodId);
    REQUIRE(page.periodId() == f.aid->periodId);
    REQUIRE(page.model()->rowCount() == 0);
    REQUIRE(page.addAction()->isEnabled());

    // A new claim through the dialog: the payout panel shows the calculation as the amounts are typed.
    qint64 id = 0;
    QString calculation;
    onClaimDialog([&](ui::ClaimDialog& d) {
        CHECK(test::labelsWithoutBuddy(&d).isEmpty());
        chooseMember(d, QStringLiteral("会员1"));
        auto* part = d.editor<QComboBox>("part_key");
        part->setCurrentIndex(part->findData(QStringLiteral("inpatient")));
        d.editor<QDateEdit>("treated_from")->setDate(QDate(2024, 3, 1));
        d.editor<QDateEdit>("treated_to")->setDate(QDate(2024, 3, 8));
        d.editor<QDateEdit>("received")->setDate(QDate(2024, 3, 20));
        d.editor<QDoubleSpinBox>("own_pay")->setValue(20000);
        d.editor<QDoubleSpinBox>("self_care")->setValue(3000);
        d.editor<QDoubleSpinBox>("self_paid")->setValue(2500);
        d.editor<QDoubleSpinBox>("excluded")->setValue(500);
        REQUIRE_FALSE(d.documentBoxes().isEmpty());
        d.documentBoxes().first()->setChecked(true);
        calculation = d.payoutPanel()->text();
        CHECK(d.findChild<QLabel*>(QStringLiteral("payoutTotal"))->text().contains(QStringLiteral("10,500.00")));
        d.accept();
        id = d.claimId();
    });
    page.addAction()->trigger();
    INFO(f.warnings.join(QLatin1Char('\n')).toStdString());
    REQUIRE(id > 0);
    CHECK(calculation.contains(QStringLiteral("25,000.00"))); // the eligible amount, 自付 + 自理 + 自费 − not counted
    CHECK(calculation.contains(QStringLiteral("5,000.00"))); // the deductible
    CHECK_FALSE(calculation.contains(QStringLiteral("#b42318")));
    core::AidClaim stored = f.repo().require(id);
    CHECK(stored.payout() == 1050000);
    CHECK(stored.documents == core::claimDocuments(f.db()).first());
    CHECK(page.model()->rowCount() == 1);
    CHECK(page.currentId() == id);
    REQUIRE(f.stack().count() == 1);
    CHECK(f.stack().undoText() == QStringLiteral("New claim of 会员1 (A001), 2024-03-01"));

    // A guard refuses a claim in the waiting period: the panel says why in red, and OK keeps it as rejected.
    qint64 rejected = 0;
    QString refusal;
    onClaimDialog([&](ui::ClaimDialog& d) {
        chooseMember(d, QStringLiteral("会员2"));
        d.editor<QDateEdit>("treated_from")->setDate(QDate(2024, 1, 5));
        d.editor<QDateEdit>("received")->setDate(QDate(2024, 2, 1));
        d.editor<QDoubleSpinBox>("own_pay")->setValue(9000);
        refusal = d.payoutPanel()->text();
        d.accept();
        rejected = d.claimId();
    });
    page.addAction()->trigger();
    CHECK(refusal.contains(QStringLiteral("#b42318")));
    CHECK(refusal.contains(QStringLiteral("waiting period")));
    REQUIRE(f.questions.size() == 1);
    CHECK(f.questions.first().contains(QStringLiteral("Keep the claim as rejected")));
    REQUIRE(rejected > 0);
    CHECK(f.repo().require(rejected).status == ClaimStatus::Rejected);
    CHECK(f.repo().require(rejected).reason.contains(QStringLiteral("waiting period")));
    CHECK(f.stack().count() == 2);

    // Three review steps and the payment, which posts to the fund.
    REQUIRE(page.selectClaim(id));
    CHECK_FALSE(page.payAction()->isEnabled());
    for (int i = 0; i < 3; ++i) {
        REQUIRE(page.advanceAction()->isEnabled());
        page.advanceAction()->trigger();
    }
    CHECK(f.repo().require(id).status == ClaimStatus::Committee);
    CHECK_FALSE(page.advanceAction()->isEnabled());
    REQUIRE(page.payAction()->isEnabled());
    REQUIRE(page.payCurrent(QDate(2024, 4, 30), QStringLiteral("记-0042")));
    CHECK(f.repo().require(id).status == ClaimStatus::Paid);
    CHECK(f.repo().file(id).entries.size() == 1);
    CHECK(f.page->fund()->model()->rowCount() == 1);
    CHECK(f.stack().undoText() == QStringLiteral("Pay claim of 会员1 (A001), 2024-03-01"));
    CHECK(f.stack().count() == 6);

    // Undo takes the payment and its ledger entry back; redo pays again.
    f.stack().undo();
    CHECK(f.repo().require(id).status == ClaimStatus::Committee);
    CHECK(f.repo().file(id).entries.isEmpty());
    CHECK(f.page->fund()->model()->rowCount() == 0);
    f.stack().redo();
    CHECK(f.repo().require(id).status == ClaimStatus::Paid);
    CHECK(f.page->fund()->model()->rowCount() == 1);
    for (int i = 0; i < 6; ++i)
        f.stack().undo();
    CHECK_FALSE(f.repo().byId(id).has_value());
    CHECK_FALSE(f.repo().byId(rejected).has_value());
    CHECK(page.model()->rowCount() == 0);
    f.stack().redo();
    CHECK(f.repo().require(id).payout() == 1050000);
    CHECK(page.model()->rowCount() == 1);

    // Rejection with its reason, undone.
    REQUIRE(page.selectClaim(id));
    REQUIRE(page.rejectCurrent(QStringLiteral("材料不全")));
    CHECK(f.repo().require(id).status == ClaimStatus::Rejected);
    CHECK(page.model()->data(page.model()->index(page.model()->rowOf(id), core::ClaimsModel::Status)).toString() ==
          QStringLiteral("Rejected"));
    f.stack().undo();
    CHECK(f.repo().require(id).status == ClaimStatus::Draft);
    CHECK(f.repo().require(id).payout() == 1050000);
    CHECK(f.warnings.isEmpty());
}

TEST_CASE("The claims page filters, edits, and recomputes a period as one step", "[ui][aid]")
{
    AidPageFixture f;
    REQUIRE(f.ready());
    ui::ClaimsPage& page = f.claims();
    const qint64 a = page.steps().submit(f.aid->claim(0, 25000, QDate(2024, 3, 1)));
    const qint64 b = page.steps().submit(f.aid->claim(1, 8000, QDate(2024, 2, 1), QStringLiteral("outpatient")));
    REQUIRE(a > 0);
    REQUIRE(b > 0);
    REQUIRE(page.model()->rowCount() == 2);

    // The filter bar lists the period's parts and sub-unions.
    auto* part = page.filterBar()->partCombo();
    REQUIRE(part->findText(QStringLiteral("特殊病种门诊")) > 0);
    part->setCurrentIndex(part->findText(QStringLiteral("特殊病种门诊")));
    CHECK(page.model()->shownIds() == QList<qint64>{b});
    page.filterBar()->clearFilters();
    page.searchEdit()->setText(QStringLiteral("huiyuan1"));
    CHECK(page.model()->shownIds() == QList<qint64>{a});
    page.searchEdit()->clear();

    // Editing through the dialog changes the payout; undo puts the claim back.
    REQUIRE(page.selectClaim(a));
    onClaimDialog([&](ui::ClaimDialog& d) {
        CHECK_FALSE(d.isReadOnly());
        CHECK(d.editor<QDoubleSpinBox>("own_pay")->value() == 25000);
        d.editor<QDoubleSpinBox>("own_pay")->setValue(15000); // (15,000 − 5,000) × 50 %
        d.accept();
    });
    page.editAction()->trigger();
    CHECK(f.repo().require(a).payout() == 500000);
    f.stack().undo();
    CHECK(f.repo().require(a).payout() == 1050000);

    // A rule table that pays more: recompute changes both claims in one step.
    QByteArray json = test::aidRulesJson();
    json.replace("\"percent\": 50 }, { \"upTo\": 50000", "\"percent\": 80 }, { \"upTo\": 50000");
    core::PeriodRepository(f.db()).importRules(core::AidRuleTable::fromJson(json));
    const int before = f.stack().index();
    CHECK(f.repo().require(a).payout() == 1050000);
    REQUIRE(page.recompute());
    CHECK(f.stack().index() == before + 1);
    CHECK(f.stack().undoText() == QStringLiteral("Recompute 1 claim(s)"));
    CHECK(f.repo().require(a).payout() == 1500000); // 15,000 × 80 % + 5,000 × 60 %
    CHECK(f.repo().require(b).payout() == 250000);
    CHECK(page.model()->data(page.model()->index(page.model()->rowOf(a), core::ClaimsModel::Payout)).toString() ==
          QStringLiteral("15,000.00"));
    // Nothing more to recompute: no step.
    REQUIRE(page.recompute());
    CHECK(f.stack().index() == before + 1);
    CHECK(f.warnings.isEmpty());
}

TEST_CASE("An enrollment list with a bad row changes nothing; a good one is one undo step", "[ui][aid]")
{
    AidPageFixture f;
    REQUIRE(f.ready());
    {
        core::Database& db = f.db();
        test::addMember(db, QStringLiteral("N100"), QStringLiteral("新会员甲"), f.aid->unitIds.at(0));
        test::addMember(db, QStringLiteral("N101"), QStringLiteral("新会员乙"), f.aid->unitIds.at(1));
    }
    f.page->tabs()->setCurrentIndex(ui::AidPage::EnrollmentTab);
    ui::EnrollmentPage& page = *f.page->enrollment();
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(page.model()->rowCount() == 4);
    QTableWidget* totals = f.page->totals()->table();
    REQUIRE(totals->rowCount() == 3); // two sub-unions and the sum
    CHECK(totals->item(2, 1)->text() == QStringLiteral("4"));

    const QString bad = writeFile(f.tdb, QStringLiteral("bad.csv"),
                                  "工号,姓名,份数,缴费日期\nN100,新会员甲,1,2023-12-15\nN999,无此人,1,2023-12-15\n");
    {
        test::ModalWatcher watcher;
        CHECK_FALSE(page.importFile(bad));
        REQUIRE(watcher.count() == 1);
        CHECK(watcher.texts.first().contains(QStringLiteral("row 3")));
    }
    CHECK(page.model()->rowCount() == 4);
    CHECK(core::EnrollmentRepository(f.db()).ofPeriod(f.aid->periodId).size() == 4);
    const int steps = f.stack().count();

    const QString good = writeFile(f.tdb, QStringLiteral("good.csv"),
                                   "工号,姓名,份数,缴费日期,缴费方式\nN100,新会员甲,1,2023-12-15,工资代扣\n"
                                   "N101,新会员乙,1,2023-12-16,现金\n");
    REQUIRE(page.importFile(good));
    CHECK(page.model()->rowCount() == 6);
    CHECK(totals->item(totals->rowCount() - 1, 1)->text() == QStringLiteral("6"));
    CHECK(f.stack().count() == steps + 1);
    f.stack().undo();
    CHECK(page.model()->rowCount() == 4);
    CHECK(totals->item(totals->rowCount() - 1, 1)->text() == QStringLiteral("4"));
    f.stack().redo();
    CHECK(page.model()->rowCount() == 6);

    // One member by hand, and deleted again, each undoable.
    core::AidEnrollment e;
    e.periodId = f.aid->periodId;
    e.memberId = test::addMember(f.db(), QStringLiteral("N102"), QStringLiteral("新会员丙"), f.aid->unitIds.at(0));
    e.enrolled = QDate(2023, 12, 20);
    const qint64 id = page.addRecord(e);
    REQUIRE(id > 0);
    CHECK(page.model()->rowCount() == 7);
    REQUIRE(page.deleteRecord(id));
    CHECK(page.model()->rowCount() == 6);
    f.stack().undo();
    CHECK(page.model()->rowCount() == 7);
    CHECK(f.warnings.isEmpty());
}

TEST_CASE("Fees posted and an entry reversed on the fund tab, each one undo step", "[ui][aid]")
{
    AidPageFixture f;
    REQUIRE(f.ready());
    f.page->tabs()->setCurrentIndex(ui::AidPage::FundTab);
    ui::FundPage& page = *f.page->fund();
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(page.model()->rowCount() == 0);
    REQUIRE(page.feesAction()->isEnabled());

    REQUIRE(page.postFees(QDate(2024, 1, 10)));
    REQUIRE(page.model()->rowCount() == 2); // the members' fees (4 × ¥20) and the school's part (4 × ¥100)
    CHECK(page.balanceLabel()->text().contains(QStringLiteral("480.00")));
    const int steps = f.stack().count();
    REQUIRE(page.postFees(QDate(2024, 1, 11))); // nothing more to post: no step
    CHECK(page.model()->rowCount() == 2);
    CHECK(f.stack().count() == steps);

    core::LedgerEntry gift;
    gift.kind = core::LedgerKind::Donation;
    gift.posted = QDate(2024, 2, 1);
    gift.amount = 50000;
    gift.text = QStringLiteral("校友捐赠");
    const qint64 giftId = page.postEntry(gift, false);
    REQUIRE(giftId > 0);
    CHECK(page.model()->rowCount() == 3);
    CHECK(page.balanceLabel()->text().contains(QStringLiteral("980.00")));

    REQUIRE(page.selectEntry(giftId));
    REQUIRE(page.reverseAction()->isEnabled());
    REQUIRE(page.reverseCurrent(QDate(2024, 2, 2), false));
    CHECK(page.model()->rowCount() == 4);
    CHECK(page.model()->isReversed(giftId));
    CHECK(page.balanceLabel()->text().contains(QStringLiteral("480.00")));
    REQUIRE(page.selectEntry(giftId));
    CHECK_FALSE(page.reverseAction()->isEnabled());

    f.stack().undo(); // the reversal
    CHECK(page.model()->rowCount() == 3);
    CHECK_FALSE(page.model()->isReversed(giftId));
    f.stack().undo(); // the donation
    f.stack().undo(); // the fees
    CHECK(page.model()->rowCount() == 0);
    f.stack().redo();
    CHECK(page.model()->rowCount() == 2);
    CHECK(f.warnings.isEmpty());
}

TEST_CASE("A rule table is imported and exported on the schemes tab, the import undoable", "[ui][aid]")
{
    AidPageFixture f;
    REQUIRE(f.ready());
    f.page->tabs()->setCurrentIndex(ui::AidPage::SchemesTab);
    ui::SchemesPage& schemes = *f.page->schemes();
    ui::PeriodsPage& periods = *f.page->periods();
    QAbstractItemModelTester schemesTester(schemes.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester periodsTester(periods.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(schemes.model()->rowCount() == 1);
    REQUIRE(schemes.selectRecord(f.aid->schemeId));
    REQUIRE(periods.model()->rowCount() == 1);
    REQUIRE(periods.selectRecord(f.aid->periodId));
    ui::RuleTableView& rules = *f.page->rules();
    CHECK(rules.tree()->findItems(QStringLiteral("Part: 住院"), Qt::MatchExactly).size() == 1);

    const QString exported = f.tdb.tempPath(QStringLiteral("rules.json"));
    REQUIRE(rules.exportRules(exported));
    QFile file(exported);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(core::AidRuleTable::fromJson(file.readAll()).parts.size() == 2);

    const QString next = writeFile(f.tdb, QStringLiteral("2025.json"),
                                   test::aidRulesJson(QStringLiteral("爱心大病医疗互助"), QStringLiteral("2025"),
                                                      QStringLiteral("2025-01-01"), QStringLiteral("2025-12-31")));
    const qint64 id = rules.importRules(next);
    REQUIRE(id > 0);
    CHECK(periods.model()->rowCount() == 2);
    CHECK(f.page->periodCombo()->findData(id) >= 0);
    f.stack().undo();
    CHECK(periods.model()->rowCount() == 1);
    CHECK(f.page->periodCombo()->findData(id) < 0);
    f.stack().redo();
    CHECK(periods.model()->rowCount() == 2);
    REQUIRE(f.page->setPeriod(id));
    CHECK(f.claims().periodId() == id);

    // A file that is not a rule table: refused with where it is wrong, nothing stored.
    const QString broken = writeFile(f.tdb, QStringLiteral("broken.json"), "{ \"scheme\": \"x\" }");
    CHECK(rules.importRules(broken) == 0);
    REQUIRE(f.warnings.size() == 1);
    CHECK(core::SchemeRepository(f.db()).all().size() == 1);
}

TEST_CASE("Screenshots of the mutual-aid page in Chinese", "[ui][aid][screenshot]")
{
    test::ChineseTranslation chinese;
    AidPageFixture f(QSize(1366, 768));
    REQUIRE(f.ready());
    ui::ClaimsPage& page = f.claims();
    const qint64 a = page.steps().submit(f.aid->claim(0, 25000, QDate(2024, 3, 1)));
    page.steps().submit(f.aid->claim(1, 8000, QDate(2024, 2, 1), QStringLiteral("outpatient")));
    const qint64 c = page.steps().submit(f.aid->claim(2, 4000, QDate(2024, 4, 1)));
    page.steps().advance(a);
    page.steps().reject(c, QStringLiteral("发票不全"));
    page.selectClaim(a);
    test::saveScreenshot(f.window, QStringLiteral("aid-claims-zh"));
    f.page->tabs()->setCurrentIndex(ui::AidPage::EnrollmentTab);
    test::saveScreenshot(f.window, QStringLiteral("aid-enrollment-zh"));
    f.page->fund()->postFees(QDate(2024, 1, 10));
    f.page->tabs()->setCurrentIndex(ui::AidPage::FundTab);
    test::saveScreenshot(f.window, QStringLiteral("aid-fund-zh"));
    f.page->tabs()->setCurrentIndex(ui::AidPage::SchemesTab);
    f.page->schemes()->selectRecord(f.aid->schemeId);
    f.page->periods()->selectRecord(f.aid->periodId);
    test::saveScreenshot(f.window, QStringLiteral("aid-schemes-zh"));
    ui::ClaimDialog dialog(f.window, f.db(), page.steps(), f.repo().require(a), &f.window);
    dialog.show();
    test::saveScreenshot(dialog, QStringLiteral("aid-claim-dialog-zh"));
    core::AidClaim refused = f.aid->claim(3, 9000, QDate(2024, 1, 5));
    ui::ClaimDialog refusedDialog(f.window, f.db(), page.steps(), refused, &f.window);
    refusedDialog.show();
    test::saveScreenshot(refusedDialog, QStringLiteral("aid-claim-refused-zh"));
}

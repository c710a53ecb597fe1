#include "support/AidBuilders.h"
#include "support/TestDatabase.h"
#include "support/catch.h"

#include "core/aid/AidListModels.h"
#include "core/aid/ClaimsModel.h"

#include <QAbstractItemModelTester>

using namespace ud::core;
using ud::test::AidFixture;
using ud::test::TestDatabase;

namespace {

QStringList column(const QAbstractItemModel& m, int c)
{
    QStringList list;
    for (int r = 0; r < m.rowCount(); ++r)
        list << m.data(m.index(r, c)).toString();
    return list;
}

} // namespace

TEST_CASE("The claims model shows a period's claims with their part, payout and status, filtered and sorted",
          "[aid][model]")
{
    TestDatabase t;
    auto db = t.open();
    AidFixture f(*db, 4);
    ClaimRepository repo(*db);
    // 会员1 (经济学院): ¥25,000 inpatient → (20,000 − 5,000) × 50 % + 5,000 × 60 % = 10,500.
    const qint64 a = repo.submit(f.claim(0, 25000, QDate(2024, 3, 1)));
    // 会员2 (管理学院): ¥8,000 outpatient → (8,000 − 3,000) × 50 % = 2,500.
    const qint64 b = repo.submit(f.claim(1, 8000, QDate(2024, 2, 1), QStringLiteral("outpatient")));
    // 会员3 (经济学院): rejected.
    const qint64 c = repo.submit(f.claim(2, 4000, QDate(2024, 4, 1)));
    repo.reject(c, QStringLiteral("发票不全"));

    ClaimsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(db.get());
    CHECK(model.rowCount() == 0); // no period chosen
    model.setPeriod(f.periodId);
    REQUIRE(model.rowCount() == 3);
    CHECK(model.columnCount() == ClaimsModel::ColumnCount);
    CHECK(model.headerData(ClaimsModel::Payout, Qt::Horizontal).toString() == QStringLiteral("Payout"));

    // In the order of the treatment: 会员2, 会员1, 会员3.
    CHECK(column(model, ClaimsModel::Name) ==
          QStringList{QStringLiteral("会员2"), QStringLiteral("会员1"), QStringLiteral("会员3")});
    const int rowA = model.rowOf(a);
    REQUIRE(rowA == 1);
    CHECK(model.data(model.index(rowA, ClaimsModel::StaffNo)).toString() == QStringLiteral("A001"));
    CHECK(model.data(model.index(rowA, ClaimsModel::SubUnion)).toString() == QStringLiteral("经济学院"));
    CHECK(model.data(model.index(rowA, ClaimsModel::Part)).toString() == QStringLiteral("住院"));
    CHECK(model.data(model.index(rowA, ClaimsModel::Treatment)).toString() ==
          QStringLiteral("2024-03-01 to 2024-03-08"));
    CHECK(model.data(model.index(rowA, ClaimsModel::Eligible)).toString() == QStringLiteral("25,000.00"));
    CHECK(model.data(model.index(rowA, ClaimsModel::Payout)).toString() == QStringLiteral("10,500.00"));
    CHECK(model.data(model.index(rowA, ClaimsModel::Status)).toString() == QStringLiteral("Draft"));
    CHECK(model.data(model.index(rowA, ClaimsModel::Payout), ClaimsModel::SortRole).toLongLong() == 1050000);
    CHECK(model.data(model.index(rowA, 0), ClaimsModel::IdRole).toLongLong() == a);
    const int rowC = model.rowOf(c);
    CHECK(model.data(model.index(rowC, ClaimsModel::Status)).toString() == QStringLiteral("Rejected"));
    CHECK(model.data(model.index(rowC, ClaimsModel::Status), Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("发票不全")));
    CHECK(model.shownPayout() == 1050000 + 250000);
    CHECK(model.parts().size() == 2);
    CHECK(model.units() == QStringList{QStringLiteral("管理学院"), QStringLiteral("经济学院")});

    // Filters: status, part, sub-union, and the text in the name, staff number or pinyin.
    ClaimFilter filter;
    filter.status = ClaimStatus::Rejected;
    model.setFilter(filter);
    CHECK(model.shownIds() == QList<qint64>{c});
    filter = {};
    filter.partKey = QStringLiteral("outpatient");
    model.setFilter(filter);
    CHECK(model.shownIds() == QList<qint64>{b});
    filter = {};
    filter.unit = QStringLiteral("经济学院");
    model.setFilter(filter);
    CHECK(model.shownIds() == QList<qint64>{a, c});
    CHECK(model.rowOf(b) == -1);
    filter = {};
    filter.text = QStringLiteral("A002");
    model.setFilter(filter);
    CHECK(model.shownIds() == QList<qint64>{b});
    filter.text = QStringLiteral("会员3");
    model.setFilter(filter);
    CHECK(model.shownIds() == QList<qint64>{c});
    filter.text = QStringLiteral("huiyuan1");
    model.setFilter(filter);
    CHECK(model.shownIds() == QList<qint64>{a});
    filter.text = QStringLiteral("HY");
    model.setFilter(filter);
    CHECK(model.shownIds().size() == 3);

    // Sorting by payout, highest first; a refresh after a change keeps the filter and the order.
    model.setFilter({});
    model.sort(ClaimsModel::Payout, Qt::DescendingOrder);
    CHECK(model.shownIds() == QList<qint64>{a, b, c});
    repo.advance(b);
    model.refresh();
    CHECK(model.shownIds() == QList<qint64>{a, b, c});
    CHECK(model.data(model.index(model.rowOf(b), ClaimsModel::Status)).toString() ==
          QStringLiteral("Reviewed by the sub-union"));
    model.sort(ClaimsModel::Name, Qt::AscendingOrder);
    CHECK(column(model, ClaimsModel::Name) ==
          QStringList{QStringLiteral("会员1"), QStringLiteral("会员2"), QStringLiteral("会员3")});

    // Another period, or no database: nothing.
    model.setPeriod(0);
    CHECK(model.rowCount() == 0);
    model.setPeriod(f.periodId);
    CHECK(model.rowCount() == 3);
    model.setDatabase(nullptr);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("The mutual-aid list models show a period's enrollment and ledger, a scheme's periods", "[aid][model]")
{
    TestDatabase t;
    auto db = t.open();
    AidFixture f(*db, 3);

    AidEnrollmentsModel enrollment;
    QAbstractItemModelTester enrollmentTester(&enrollment, QAbstractItemModelTester::FailureReportingMode::Fatal);
    enrollment.setDatabase(db.get());
    enrollment.setPeriod(f.periodId);
    REQUIRE(enrollment.rowCount() == 3);
    CHECK(enrollment.data(enrollment.index(0, AidEnrollmentsModel::PaidBy)).toString() ==
          QStringLiteral("Salary deduction"));
    CHECK(enrollment.data(enrollment.index(0, AidEnrollmentsModel::Fee)).toString() == QStringLiteral("20.00"));
    enrollment.setDatabase(db.get()); // keeps the period
    CHECK(enrollment.rowCount() == 3);

    AidPeriodsModel periods;
    QAbstractItemModelTester periodsTester(&periods, QAbstractItemModelTester::FailureReportingMode::Fatal);
    periods.setDatabase(db.get());
    periods.setScheme(f.schemeId);
    REQUIRE(periods.rowCount() == 1);
    CHECK(periods.data(periods.index(0, AidPeriodsModel::Key)).toString() == QStringLiteral("2024"));
    CHECK(periods.data(periods.index(0, AidPeriodsModel::Rules)).toString() == QStringLiteral("2 part(s)"));

    AidSchemesModel schemes;
    QAbstractItemModelTester schemesTester(&schemes, QAbstractItemModelTester::FailureReportingMode::Fatal);
    schemes.setDatabase(db.get());
    REQUIRE(schemes.rowCount() == 1);
    CHECK(schemes.data(schemes.index(0, AidSchemesModel::Fee)).toString() == QStringLiteral("120.00"));

    LedgerRepository ledger(*db);
    const QList<qint64> fees = ledger.postFees(f.periodId, QDate(2024, 1, 10));
    REQUIRE(fees.size() == 2); // the members' fees and the school's part
    const qint64 reversal = ledger.reverse(fees.first(), QDate(2024, 1, 11));
    AidLedgerModel model;
    QAbstractItemModelTester ledgerTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(db.get());
    model.setPeriod(f.periodId);
    REQUIRE(model.rowCount() == 3);
    CHECK(model.isReversed(fees.first()));
    CHECK_FALSE(model.isReversed(reversal));
    const int first = model.rowOf(fees.first());
    CHECK(model.data(model.index(first, AidLedgerModel::Kind)).toString() == QStringLiteral("Members' fees"));
    CHECK(model.data(model.index(first, AidLedgerModel::Amount)).toString() == QStringLiteral("60.00"));
    CHECK(model.data(model.index(first, AidLedgerModel::Reversed)).toString() == QStringLiteral("Reversed"));
    CHECK(model.data(model.index(model.rowOf(reversal), AidLedgerModel::Amount)).toString() ==
          QStringLiteral("-60.00"));
    CHECK(model.data(model.index(model.rowOf(reversal), AidLedgerModel::Reversed)).toString() ==
          QStringLiteral("Reverses an entry"));
    CHECK(model.headerData(AidLedgerModel::Reversed, Qt::Horizontal).toString() == QStringLiteral("Reversal"));
}

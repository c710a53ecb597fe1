#include "support/catch.h"

#include "core/members/RetirementAge.h"

using namespace ud::core;

namespace {

struct Case {
    int original;
    QDate birth;
    int years;
    int months;
    QDate retires;
};

} // namespace

// The endpoints and steps of the table attached to the decision (附件), each worked out by hand: months of birth since
// the first month of the rise k (0-based), delay = min(most, k / step + 1).
TEST_CASE("The statutory retirement age rises by birth month as the 2024 decision's table says",
          "[members][retirement]")
{
    const Case cases[] = {
        // Men, 60 → 63, one month per four months of birth from January 1965.
        {60, QDate(1964, 12, 15), 60, 0, QDate(2024, 12, 15)}, // before the rise
        {60, QDate(1965, 1, 10), 60, 1, QDate(2025, 2, 10)},   // k = 0
        {60, QDate(1965, 4, 30), 60, 1, QDate(2025, 5, 30)},   // k = 3
        {60, QDate(1965, 5, 1), 60, 2, QDate(2025, 7, 1)},     // k = 4
        {60, QDate(1970, 3, 5), 61, 4, QDate(2031, 7, 5)},     // k = 62: 16 months
        {60, QDate(1976, 8, 20), 62, 11, QDate(2039, 7, 20)},  // k = 139: 35 months
        {60, QDate(1976, 9, 1), 63, 0, QDate(2039, 9, 1)},     // k = 140: the full 36
        {60, QDate(1990, 6, 1), 63, 0, QDate(2053, 6, 1)},
        // Women whose age was 55, → 58, one month per four months of birth from January 1970.
        {55, QDate(1969, 12, 31), 55, 0, QDate(2024, 12, 31)},
        {55, QDate(1970, 1, 1), 55, 1, QDate(2025, 2, 1)},
        {55, QDate(1970, 4, 15), 55, 1, QDate(2025, 5, 15)},
        {55, QDate(1970, 5, 15), 55, 2, QDate(2025, 7, 15)},
        {55, QDate(1972, 2, 29), 55, 7, QDate(2027, 9, 29)},  // k = 25
        {55, QDate(1981, 8, 10), 57, 11, QDate(2039, 7, 10)}, // k = 139
        {55, QDate(1981, 9, 10), 58, 0, QDate(2039, 9, 10)},  // k = 140
        // Women whose age was 50, → 55, one month per two months of birth from January 1975.
        {50, QDate(1974, 12, 1), 50, 0, QDate(2024, 12, 1)},
        {50, QDate(1975, 1, 1), 50, 1, QDate(2025, 2, 1)},
        {50, QDate(1975, 2, 28), 50, 1, QDate(2025, 3, 28)},   // k = 1
        {50, QDate(1975, 3, 1), 50, 2, QDate(2025, 5, 1)},     // k = 2
        {50, QDate(1980, 6, 15), 52, 9, QDate(2033, 3, 15)},   // k = 65: 33 months
        {50, QDate(1984, 10, 10), 54, 11, QDate(2039, 9, 10)}, // k = 117: 59 months
        {50, QDate(1984, 11, 10), 55, 0, QDate(2039, 11, 10)}, // k = 118: the full 60
        {50, QDate(1995, 1, 1), 55, 0, QDate(2050, 1, 1)},
    };
    for (const Case& c : cases) {
        INFO("original " << c.original << ", born " << c.birth.toString(Qt::ISODate).toStdString());
        const RetirementAge age = RetirementAge::forBirth(c.original, c.birth);
        CHECK(age.years() == c.years);
        CHECK(age.months() == c.months);
        CHECK(age.dateFor(c.birth) == c.retires);
    }
}

TEST_CASE("The retirement date is in the month the age is reached, on the birthday or the month's last day",
          "[members][retirement]")
{
    // 60 years 1 month after 31 January 1965 is in February 2025, which has no 31st.
    CHECK(RetirementAge::forBirth(60, QDate(1965, 1, 31)).dateFor(QDate(1965, 1, 31)) == QDate(2025, 2, 28));
    // Born on 29 February: counted in one step, the day is not moved twice.
    CHECK(RetirementAge::forBirth(55, QDate(1972, 2, 29)).dateFor(QDate(1972, 2, 29)) == QDate(2027, 9, 29));
    CHECK(RetirementAge::forBirth(60, QDate(1970, 3, 5)).text() == QStringLiteral("61 years 4 months"));
    CHECK(RetirementAge::forBirth(60, QDate(1980, 3, 5)).text() == QStringLiteral("63 years"));
}

TEST_CASE("The original age follows the gender and, for a woman, her own or the office's age", "[members][retirement]")
{
    CHECK(RetirementAge::originalFor(QStringLiteral("M"), 0, 55) == 60);
    CHECK(RetirementAge::originalFor(QStringLiteral("M"), 50, 55) == 60); // a woman's age means nothing for a man
    CHECK(RetirementAge::originalFor(QStringLiteral("F"), 0, 55) == 55);
    CHECK(RetirementAge::originalFor(QStringLiteral("F"), 0, 50) == 50);
    CHECK(RetirementAge::originalFor(QStringLiteral("F"), 50, 55) == 50);
    CHECK(RetirementAge::originalFor(QStringLiteral("F"), 55, 50) == 55);
    CHECK(RetirementAge::originalFor(QStringLiteral("F"), 0, 0) == 55); // a setting that makes no sense
    CHECK_FALSE(RetirementAge::originalFor(QString(), 0, 55));

    const auto woman = statutoryRetirement(QStringLiteral("F"), QDate(1975, 1, 1), 50, 55);
    REQUIRE(woman);
    CHECK(woman->date == QDate(2025, 2, 1));
    CHECK_FALSE(statutoryRetirement(QStringLiteral("F"), QDate(), 50, 55));
    CHECK_FALSE(statutoryRetirement(QString(), QDate(1975, 1, 1), 50, 55));
}

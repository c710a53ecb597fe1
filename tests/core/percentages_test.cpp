#include "support/catch.h"

#include "core/report/Percentages.h"

using namespace ud::core;

namespace {

QStringList pct(const QList<qint64>& counts, qint64 total, Rounding rounding, int decimals = 0)
{
    return percentages(counts, total, PercentOptions{decimals, rounding});
}

QStringList list(std::initializer_list<const char*> items)
{
    QStringList l;
    for (const char* i : items)
        l << QString::fromLatin1(i);
    return l;
}

} // namespace

TEST_CASE("Thirds: half-up and truncate give 33 each, the largest remainder gives the lost point to the first",
          "[report][percent]")
{
    CHECK(pct({1, 1, 1}, 3, Rounding::HalfUp) == list({"33", "33", "33"}));
    CHECK(pct({1, 1, 1}, 3, Rounding::Truncate) == list({"33", "33", "33"}));
    CHECK(pct({1, 1, 1}, 3, Rounding::LargestRemainder) == list({"34", "33", "33"}));
    // Two decimals: 33.333… each.
    CHECK(pct({1, 1, 1}, 3, Rounding::HalfUp, 2) == list({"33.33", "33.33", "33.33"}));
    CHECK(pct({1, 1, 1}, 3, Rounding::LargestRemainder, 2) == list({"33.34", "33.33", "33.33"}));
    // Two thirds: 66.666… rounds up, is cut when truncated.
    CHECK(pct({2, 1}, 3, Rounding::HalfUp) == list({"67", "33"}));
    CHECK(pct({2, 1}, 3, Rounding::Truncate) == list({"66", "33"}));
    CHECK(pct({2, 1}, 3, Rounding::LargestRemainder) == list({"67", "33"}));
}

TEST_CASE("Half-up rounds exact halves up and may sum to 101 or 99; nothing is adjusted", "[report][percent]")
{
    // 1/8 = 12.5 → 13, 3/8 = 37.5 → 38: a table of 12.5, 12.5, 37.5, 37.5 sums to 102 rounded half-up.
    CHECK(pct({1, 1, 3, 3}, 8, Rounding::HalfUp) == list({"13", "13", "38", "38"}));
    CHECK(pct({1, 1, 3, 3}, 8, Rounding::Truncate) == list({"12", "12", "37", "37"}));
    // Largest remainder: all remainders tie (.5); the first rows get the two missing points.
    CHECK(pct({1, 1, 3, 3}, 8, Rounding::LargestRemainder) == list({"13", "13", "37", "37"}));
    // 1/6, 1/6, 4/6 = 16.67, 16.67, 66.67: 17 + 17 + 67 = 101 half-up.
    CHECK(pct({1, 1, 4}, 6, Rounding::HalfUp) == list({"17", "17", "67"}));
    CHECK(pct({1, 1, 4}, 6, Rounding::LargestRemainder) == list({"17", "17", "66"}));
    // 0.5 with one decimal: 1/200 = 0.5 exactly.
    CHECK(pct({1}, 200, Rounding::HalfUp) == list({"1"}));
    CHECK(pct({1}, 200, Rounding::HalfUp, 1) == list({"0.5"}));
    CHECK(pct({1}, 400, Rounding::HalfUp, 1) == list({"0.3"})); // 0.25 → 0.3
    CHECK(pct({1}, 400, Rounding::Truncate, 1) == list({"0.2"}));
}

TEST_CASE("The largest remainder goes to the largest cut, not to the order of the rows", "[report][percent]")
{
    // 13/70 = 18.571, 27/70 = 38.571, 30/70 = 42.857: truncated 18 + 38 + 42 = 98; the two largest remainders
    // (.857, then .571 of the first row as the earlier of a tie) get a point each.
    CHECK(pct({13, 27, 30}, 70, Rounding::LargestRemainder) == list({"19", "38", "43"}));
    CHECK(pct({13, 27, 30}, 70, Rounding::HalfUp) == list({"19", "39", "43"})); // 101
    // Exact shares are never touched: 50, 25, 25.
    CHECK(pct({2, 1, 1}, 4, Rounding::LargestRemainder) == list({"50", "25", "25"}));
    // Zero rows stay at zero.
    CHECK(pct({0, 1, 2}, 3, Rounding::LargestRemainder) == list({"0", "33", "67"}));
}

TEST_CASE("Shares of a part of the total add up to the part's own share", "[report][percent]")
{
    // Results of the filed cases when some are not yet replied: 1 + 1 + 1 of 7 = 42.857 % → the rows sum to 43.
    const QStringList lr = pct({1, 1, 1}, 7, Rounding::LargestRemainder);
    CHECK(lr == list({"15", "14", "14"}));
    CHECK(pct({1, 1, 1}, 7, Rounding::HalfUp) == list({"14", "14", "14"}));
    // A single rate is rounded half-up under largest remainder too.
    CHECK(pct({2}, 3, Rounding::LargestRemainder) == list({"67"}));
    CHECK(percentage(2, 3, PercentOptions{0, Rounding::LargestRemainder}) == QStringLiteral("67"));
    CHECK(percentage(2, 3, PercentOptions{1, Rounding::Truncate}) == QStringLiteral("66.6"));
}

TEST_CASE("A total of zero gives empty percentages, never a division by zero", "[report][percent]")
{
    for (Rounding r : {Rounding::HalfUp, Rounding::Truncate, Rounding::LargestRemainder}) {
        CHECK(pct({0, 0, 0}, 0, r) == list({"", "", ""}));
        CHECK(pct({}, 0, r).isEmpty());
        CHECK(percentage(0, 0, PercentOptions{2, r}).isEmpty());
    }
    CHECK(pct({0, 0}, 5, Rounding::HalfUp, 2) == list({"0.00", "0.00"}));
    CHECK(pct({5}, 5, Rounding::LargestRemainder, 2) == list({"100.00"}));
}

TEST_CASE("Decimals: 0 to 4, written with trailing zeros", "[report][percent]")
{
    CHECK(pct({1, 2}, 3, Rounding::HalfUp, 1) == list({"33.3", "66.7"}));
    CHECK(pct({1, 2}, 3, Rounding::HalfUp, 4) == list({"33.3333", "66.6667"}));
    CHECK(pct({1, 2}, 3, Rounding::LargestRemainder, 4) == list({"33.3333", "66.6667"}));
    CHECK(pct({1}, 10, Rounding::HalfUp, 2) == list({"10.00"}));
    CHECK(pct({1}, 1000, Rounding::Truncate, 2) == list({"0.10"}));
    CHECK(pct({1}, 3000, Rounding::HalfUp, 2) == list({"0.03"}));
}

TEST_CASE("Rounding keys", "[report][percent]")
{
    for (Rounding r : {Rounding::HalfUp, Rounding::Truncate, Rounding::LargestRemainder})
        CHECK(roundingFromKey(roundingKey(r)) == r);
    CHECK(roundingKey(Rounding::LargestRemainder) == QStringLiteral("largest-remainder"));
    CHECK_FALSE(roundingFromKey(QStringLiteral("up")).has_value());
}

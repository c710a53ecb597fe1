#include "support/TestIds.h"
#include "support/catch.h"

#include "core/members/IdNumber.h"

using namespace ud::core;

namespace {

const QDate kToday(2024, 6, 1);

IdCheck check(const QString& id)
{
    return checkIdNumber(id, kToday);
}

} // namespace

TEST_CASE("The ID check character follows GB 11643", "[idnumber]")
{
    CHECK(checkCharacter(QStringLiteral("11010519491231002")) == QStringLiteral("X"));
    CHECK(checkCharacter(QStringLiteral("44030419900307001")) == QStringLiteral("8"));
    CHECK(checkCharacter(QStringLiteral("11010519491231001")) == QStringLiteral("1"));
    CHECK(checkCharacter(QStringLiteral("33010619900505122")) == QStringLiteral("0"));
    CHECK(checkCharacter(QStringLiteral("1101051949123100")).isEmpty());
    CHECK(checkCharacter(QStringLiteral("1101051949123100A")).isEmpty());
}

TEST_CASE("Valid ID numbers give the birth date and the gender", "[idnumber]")
{
    const IdCheck woman = check(QStringLiteral("11010519491231002X"));
    CHECK(woman.valid);
    CHECK(woman.error.isEmpty());
    CHECK(woman.normalized == QStringLiteral("11010519491231002X"));
    CHECK(woman.birthDate == QDate(1949, 12, 31));
    CHECK(woman.gender == IdCheck::Female);

    const IdCheck man = check(QStringLiteral("440304199003070018"));
    CHECK(man.valid);
    CHECK(man.birthDate == QDate(1990, 3, 7));
    CHECK(man.gender == IdCheck::Male);

    const IdCheck other = check(QStringLiteral("110105194912310011"));
    CHECK(other.valid);
    CHECK(other.gender == IdCheck::Male);

    // Born today is not in the future.
    const IdCheck newborn = check(QStringLiteral("110105202406010021"));
    CHECK(newborn.valid);
    CHECK(newborn.birthDate == kToday);
}

TEST_CASE("ID numbers are accepted as clerks type and paste them", "[idnumber]")
{
    const IdCheck lower = check(QStringLiteral("33010619900505128x"));
    CHECK(lower.valid);
    CHECK(lower.normalized == QStringLiteral("33010619900505128X"));

    const IdCheck trimmed = check(QStringLiteral("\u3000 31011519851203452X "));
    CHECK(trimmed.valid);
    CHECK(trimmed.normalized == QStringLiteral("31011519851203452X"));

    const IdCheck fullWidth = check(QStringLiteral("１１０１０５１９４９１２３１００２Ｘ"));
    CHECK(fullWidth.valid);
    CHECK(fullWidth.normalized == QStringLiteral("11010519491231002X"));
    const IdCheck fullWidthLower = check(QStringLiteral("１１０１０５１９４９１２３１００２ｘ"));
    CHECK(fullWidthLower.normalized == QStringLiteral("11010519491231002X"));
    CHECK(fullWidthLower.valid);
}

TEST_CASE("Old 15-digit ID numbers are converted to 18", "[idnumber]")
{
    const IdCheck old = check(QStringLiteral("110105491231002"));
    CHECK(old.valid);
    CHECK(old.normalized == QStringLiteral("11010519491231002X"));
    CHECK(old.birthDate == QDate(1949, 12, 31));
    CHECK(old.gender == IdCheck::Female);

    const IdCheck man = check(QStringLiteral("440304900307001"));
    CHECK(man.valid);
    CHECK(man.normalized == QStringLiteral("440304199003070018"));
    CHECK(man.gender == IdCheck::Male);

    const IdCheck badDate = check(QStringLiteral("110105490230002"));
    CHECK_FALSE(badDate.valid);
    CHECK(badDate.error.contains(QStringLiteral("1949-02-30")));
    CHECK(badDate.error.contains(QStringLiteral("not a real date")));
}

TEST_CASE("Foreigners' permanent-residence IDs use the same check", "[idnumber]")
{
    const IdCheck foreigner = check(QStringLiteral("931840198001011239"));
    CHECK(foreigner.valid);
    CHECK(foreigner.birthDate == QDate(1980, 1, 1));
    CHECK(foreigner.gender == IdCheck::Male);

    const IdCheck wrong = check(QStringLiteral("931840198001011230"));
    CHECK_FALSE(wrong.valid);
    CHECK(wrong.error.contains(QStringLiteral("the last character should be 9, not 0")));
}

TEST_CASE("Wrong ID numbers are refused with a sentence naming the problem", "[idnumber]")
{
    const IdCheck wrongCheck = check(QStringLiteral("110105194912310023"));
    CHECK_FALSE(wrongCheck.valid);
    CHECK(wrongCheck.error.contains(QStringLiteral("the last character should be X, not 3")));
    CHECK_FALSE(wrongCheck.birthDate.isValid());
    CHECK(wrongCheck.gender == IdCheck::Unknown);

    const IdCheck xWhereDigit = check(QStringLiteral("11010519491231001x"));
    CHECK_FALSE(xWhereDigit.valid);
    CHECK(xWhereDigit.error.contains(QStringLiteral("should be 1, not X")));

    const IdCheck february30 = check(QStringLiteral("110105194902300020"));
    CHECK_FALSE(february30.valid);
    CHECK(february30.error.contains(QStringLiteral("1949-02-30, is not a real date")));

    const IdCheck notLeap = check(QStringLiteral("110105202302290022"));
    CHECK_FALSE(notLeap.valid);
    CHECK(notLeap.error.contains(QStringLiteral("2023-02-29")));
    CHECK(notLeap.error.contains(QStringLiteral("not a real date")));

    const IdCheck future = check(QStringLiteral("110105203001010028"));
    CHECK_FALSE(future.valid);
    CHECK(future.error.contains(QStringLiteral("in the future")));
    CHECK(future.error.contains(QStringLiteral("2030-01-01")));
    const IdCheck tomorrow = check(QStringLiteral("110105202406020027"));
    CHECK_FALSE(tomorrow.valid);
    CHECK(tomorrow.error.contains(QStringLiteral("in the future")));
    // The same number is fine once the day has come.
    CHECK(checkIdNumber(QStringLiteral("110105202406020027"), QDate(2024, 6, 2)).valid);

    const IdCheck before1900 = check(QStringLiteral("110105189912310023"));
    CHECK_FALSE(before1900.valid);
    CHECK(before1900.error.contains(QStringLiteral("before 1900")));

    const IdCheck short17 = check(QStringLiteral("11010519491231002"));
    CHECK_FALSE(short17.valid);
    CHECK(short17.error.contains(QStringLiteral("must have 18 characters")));
    CHECK(short17.error.contains(QStringLiteral("this one has 17")));
    const IdCheck long19 = check(QStringLiteral("1101051949123100211"));
    CHECK_FALSE(long19.valid);
    CHECK(long19.error.contains(QStringLiteral("this one has 19")));

    const IdCheck letters = check(QStringLiteral("11010519491231A02X"));
    CHECK_FALSE(letters.valid);
    CHECK(letters.error.contains(QStringLiteral("\"A\" at position 15")));
    const IdCheck xInside = check(QStringLiteral("1101051949123100X2"));
    CHECK_FALSE(xInside.valid);
    CHECK(xInside.error.contains(QStringLiteral("position 17")));
    const IdCheck oldWithX = check(QStringLiteral("11010549123100X"));
    CHECK_FALSE(oldWithX.valid);
    CHECK(oldWithX.error.contains(QStringLiteral("only digits")));

    const IdCheck empty = check(QStringLiteral(" \u3000"));
    CHECK_FALSE(empty.valid);
    CHECK(empty.error.contains(QStringLiteral("empty")));
}

TEST_CASE("ID and phone numbers are masked for exports and prints", "[idnumber]")
{
    CHECK(maskIdNumber(QStringLiteral("11010519491231002X")) == QStringLiteral("11**************2X"));
    CHECK(maskIdNumber(QStringLiteral(" 440304199003070018 ")) == QStringLiteral("44**************18"));
    CHECK(maskIdNumber(QStringLiteral("110105491231002")) == QStringLiteral("11***********02"));
    CHECK(maskIdNumber(QStringLiteral("12345678")) == QStringLiteral("12****78"));
    CHECK(maskIdNumber(QStringLiteral("1234567")) == QStringLiteral("*******"));
    CHECK(maskIdNumber(QStringLiteral("12345")) == QStringLiteral("*****"));
    CHECK(maskIdNumber(QString()).isEmpty());

    CHECK(maskPhone(QStringLiteral("13812345678")) == QStringLiteral("138****5678"));
    CHECK(maskPhone(QStringLiteral("010-62751234")) == QStringLiteral("010*******34"));
    CHECK(maskPhone(QStringLiteral("62751234")) == QStringLiteral("627***34"));
    CHECK(maskPhone(QStringLiteral("12345")) == QStringLiteral("*****"));
    CHECK(maskPhone(QStringLiteral("\uFF11\uFF13\uFF18\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18")) ==
          QStringLiteral("138****5678"));
}

TEST_CASE("A masked ID number cannot be rebuilt from the birth date and gender shown beside it", "[idnumber]")
{
    // The birth date (characters 7-14) and the gender (the 17th) are shown in their own columns; the region
    // (characters 3-6) and the sequence (15-16) must stay hidden, so whatever is shown of the birth date,
    // the masked number keeps none of characters 3-16.
    for (int seq = 1; seq < 40; ++seq) {
        const QString id = ud::test::makeId(QDate(1950, 1, 1).addDays(seq * 389), seq * 7, QStringLiteral("110105"));
        REQUIRE(checkIdNumber(id).valid);
        const QString masked = maskIdNumber(id);
        REQUIRE(masked.size() == 18);
        CHECK(masked.left(2) == id.left(2));
        CHECK(masked.right(2) == id.right(2));
        CHECK(masked.mid(2, 14) == QString(14, QLatin1Char('*')));
    }
}

TEST_CASE("Mobile numbers are checked and normalized", "[idnumber]")
{
    QString error;
    QString normalized;
    CHECK(isValidMobile(QStringLiteral("13812345678"), &error, &normalized));
    CHECK(normalized == QStringLiteral("13812345678"));
    CHECK(error.isEmpty());

    normalized.clear();
    CHECK(isValidMobile(QStringLiteral("+86 138 1234 5678"), &error, &normalized));
    CHECK(normalized == QStringLiteral("13812345678"));
    CHECK(isValidMobile(QStringLiteral("86-138-1234-5678"), &error, &normalized));
    CHECK(normalized == QStringLiteral("13812345678"));
    CHECK(isValidMobile(QStringLiteral("１９９ １２３４ ５６７８"), &error, &normalized));
    CHECK(normalized == QStringLiteral("19912345678"));
    CHECK(isValidMobile(QStringLiteral("13812345678"))); // the out parameters are optional

    normalized = QStringLiteral("unchanged");
    CHECK_FALSE(isValidMobile(QStringLiteral("12812345678"), &error, &normalized));
    CHECK(error.contains(QStringLiteral("starts with 13 to 19")));
    CHECK(normalized == QStringLiteral("unchanged"));

    CHECK_FALSE(isValidMobile(QStringLiteral("1381234567"), &error, &normalized));
    CHECK(error.contains(QStringLiteral("this one has 10")));
    CHECK_FALSE(isValidMobile(QStringLiteral("138123456789"), &error));
    CHECK(error.contains(QStringLiteral("this one has 12")));
    CHECK_FALSE(isValidMobile(QStringLiteral("138-1234-567a"), &error));
    CHECK(error.contains(QStringLiteral("\"a\" is not allowed")));
    CHECK_FALSE(isValidMobile(QStringLiteral("+1 415 555 0100"), &error));
    CHECK(error.contains(QStringLiteral("+86")));
    CHECK_FALSE(isValidMobile(QStringLiteral("  "), &error));
    CHECK(error.contains(QStringLiteral("empty")));
}

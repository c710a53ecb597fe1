#include "support/catch.h"

#include "core/io/DateText.h"

#include <cmath>
#include <limits>

using namespace ud::core;

namespace {

// "none" for nullopt, so that a failed check shows what was parsed.
QString parsed(const std::optional<QDate>& d)
{
    return d ? d->toString(Qt::ISODate) : QStringLiteral("none");
}

QString date(const QString& text)
{
    return parsed(parseDateText(text));
}

QString month(const QString& text)
{
    return parsed(parseYearMonth(text));
}

} // namespace

TEST_CASE("Dates in the forms clerks type", "[dates]")
{
    CHECK(date(QStringLiteral("2024-03-08")) == QStringLiteral("2024-03-08"));
    CHECK(date(QStringLiteral("2024/3/8")) == QStringLiteral("2024-03-08"));
    CHECK(date(QStringLiteral("2024.3.8")) == QStringLiteral("2024-03-08"));
    CHECK(date(QStringLiteral("2024-3-08")) == QStringLiteral("2024-03-08"));
    CHECK(date(QStringLiteral("2024年3月8日")) == QStringLiteral("2024-03-08"));
    CHECK(date(QStringLiteral("2024年03月08日")) == QStringLiteral("2024-03-08"));
    CHECK(date(QStringLiteral("2024 年 3 月 8 日")) == QStringLiteral("2024-03-08"));
    CHECK(date(QStringLiteral("2024年3月8")) == QStringLiteral("2024-03-08"));
    CHECK(date(QStringLiteral("19850302")) == QStringLiteral("1985-03-02"));
    CHECK(date(QStringLiteral("２０２４－０３－０８")) == QStringLiteral("2024-03-08"));
    CHECK(date(QStringLiteral("２０２４年３月８日")) == QStringLiteral("2024-03-08"));
    CHECK(date(QStringLiteral("\u3000 2024/3/8 \t")) == QStringLiteral("2024-03-08"));
    CHECK(date(QStringLiteral("2024-02-29")) == QStringLiteral("2024-02-29"));
}

TEST_CASE("Dates as spreadsheets carry them", "[dates]")
{
    CHECK(date(QStringLiteral("2024-03-08 00:00:00")) == QStringLiteral("2024-03-08"));
    CHECK(date(QStringLiteral("2024/3/8 9:30")) == QStringLiteral("2024-03-08"));
    CHECK(date(QStringLiteral("2024-03-08T00:00:00.000")) == QStringLiteral("2024-03-08"));
    CHECK(date(QStringLiteral("45359")) == QStringLiteral("2024-03-08"));
    CHECK(date(QStringLiteral("31107")) == QStringLiteral("1985-03-01"));
    CHECK(date(QStringLiteral("31108")) == QStringLiteral("1985-03-02"));
    CHECK(date(QStringLiteral("1")) == QStringLiteral("1900-01-01"));
    CHECK(date(QStringLiteral(" ４５３５９ ")) == QStringLiteral("2024-03-08"));
}

TEST_CASE("Text that is not a date gives nothing", "[dates]")
{
    CHECK(date(QStringLiteral("2024-02-30")) == QStringLiteral("none"));
    CHECK(date(QStringLiteral("2023-02-29")) == QStringLiteral("none"));
    CHECK(date(QStringLiteral("2024-13-01")) == QStringLiteral("none"));
    CHECK(date(QStringLiteral("2024年2月30日")) == QStringLiteral("none"));
    CHECK(date(QStringLiteral("20240230")) == QStringLiteral("none"));
    CHECK(date(QStringLiteral("2024-03/08")) == QStringLiteral("none")); // two different separators
    CHECK(date(QStringLiteral("24-3-8")) == QStringLiteral("none"));
    CHECK(date(QStringLiteral("3/8/2024")) == QStringLiteral("none"));
    CHECK(date(QStringLiteral("2024年3月")) == QStringLiteral("none")); // a month, not a day
    CHECK(date(QStringLiteral("1985-03")) == QStringLiteral("none"));
    CHECK(date(QStringLiteral("198503")) == QStringLiteral("none"));
    CHECK(date(QStringLiteral("60")) == QStringLiteral("none")); // Excel's 1900-02-29
    CHECK(date(QStringLiteral("0")) == QStringLiteral("none"));
    CHECK(date(QStringLiteral("123456")) == QStringLiteral("none")); // too long for a serial
    CHECK(date(QStringLiteral("1234567")) == QStringLiteral("none"));
    CHECK(date(QStringLiteral("45359.5")) == QStringLiteral("none")); // only whole numbers as text
    CHECK(date(QStringLiteral("-1")) == QStringLiteral("none"));
    CHECK(date(QStringLiteral("yesterday")) == QStringLiteral("none"));
    CHECK(date(QStringLiteral("2024-3-8-")) == QStringLiteral("none"));
    CHECK(date(QStringLiteral("2024-003-8")) == QStringLiteral("none"));
    CHECK(date(QStringLiteral("2024--08")) == QStringLiteral("none"));
    CHECK(date(QStringLiteral("2024-3-")) == QStringLiteral("none"));
    CHECK(date(QStringLiteral("2024-0-8")) == QStringLiteral("none"));
    CHECK(date(QStringLiteral("")) == QStringLiteral("none"));
    CHECK(date(QStringLiteral("\u3000")) == QStringLiteral("none"));
}

TEST_CASE("Year-month fields give the first of the month", "[dates]")
{
    CHECK(month(QStringLiteral("1985-03")) == QStringLiteral("1985-03-01"));
    CHECK(month(QStringLiteral("1985.03")) == QStringLiteral("1985-03-01"));
    CHECK(month(QStringLiteral("1985.3")) == QStringLiteral("1985-03-01"));
    CHECK(month(QStringLiteral("1985/3")) == QStringLiteral("1985-03-01"));
    CHECK(month(QStringLiteral("198503")) == QStringLiteral("1985-03-01"));
    CHECK(month(QStringLiteral("1985年3月")) == QStringLiteral("1985-03-01"));
    CHECK(month(QStringLiteral("１９８５年０３月")) == QStringLiteral("1985-03-01"));
    CHECK(month(QStringLiteral("1985.12")) == QStringLiteral("1985-12-01"));
    // A whole date or a serial in a month column keeps its month.
    CHECK(month(QStringLiteral("1985-03-02")) == QStringLiteral("1985-03-01"));
    CHECK(month(QStringLiteral("31108")) == QStringLiteral("1985-03-01"));

    CHECK(month(QStringLiteral("1985-13")) == QStringLiteral("none"));
    CHECK(month(QStringLiteral("198513")) == QStringLiteral("none"));
    CHECK(month(QStringLiteral("1985.0")) == QStringLiteral("none"));
    CHECK(month(QStringLiteral("1985")) == QStringLiteral("none")); // a year alone, not serial 1985
    CHECK(month(QStringLiteral("85.3")) == QStringLiteral("none"));
    CHECK(month(QString()) == QStringLiteral("none"));
}

TEST_CASE("Excel serial dates use the 1900 system with its fake leap day", "[dates]")
{
    CHECK(fromExcelSerial(1) == QDate(1900, 1, 1));
    CHECK(fromExcelSerial(59) == QDate(1900, 2, 28));
    CHECK_FALSE(fromExcelSerial(60).isValid());
    CHECK(fromExcelSerial(61) == QDate(1900, 3, 1));
    CHECK(fromExcelSerial(45359) == QDate(2024, 3, 8));
    CHECK(fromExcelSerial(45359.75) == QDate(2024, 3, 8)); // the time of day is dropped
    CHECK(fromExcelSerial(31108) == QDate(1985, 3, 2));
    CHECK(fromExcelSerial(2958465) == QDate(9999, 12, 31));
    CHECK_FALSE(fromExcelSerial(2958466).isValid());
    CHECK_FALSE(fromExcelSerial(0).isValid());
    CHECK_FALSE(fromExcelSerial(-5).isValid());
    CHECK_FALSE(fromExcelSerial(std::numeric_limits<double>::quiet_NaN()).isValid());
    CHECK_FALSE(fromExcelSerial(std::numeric_limits<double>::infinity()).isValid());
}

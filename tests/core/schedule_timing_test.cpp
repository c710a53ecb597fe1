#include "support/catch.h"

#include "core/schedule/ScheduleTiming.h"

#include <QFile>

using namespace ud::core;

TEST_CASE("Every way plans write a timing reads as the golden table says", "[schedule][timing]")
{
    QFile f(QStringLiteral(UD_TEST_DATA "/schedule/timings.tsv"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    int checked = 0;
    for (const QString& line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('#')) || line.trimmed().isEmpty())
            continue;
        const QStringList cells = line.split(QLatin1Char('\t'));
        REQUIRE(cells.size() == 4);
        const Timing t = parseTiming(cells.at(0));
        INFO("timing: " << cells.at(0).toStdString());
        CHECK(t.months.toText() == cells.at(1).trimmed());
        CHECK(t.deadline == (cells.at(2) == QLatin1String("yes")));
        CHECK(t.recognised == (cells.at(3) == QLatin1String("yes")));
        // Kept as written, only the parentheses around it taken off.
        CHECK_FALSE(t.written.startsWith(QStringLiteral("（")));
        CHECK(cells.at(0).contains(t.written));
        ++checked;
    }
    CHECK(checked >= 80);
}

TEST_CASE("Timing text in parentheses is told from other remarks", "[schedule][timing]")
{
    CHECK(looksLikeTiming(QStringLiteral("暑假")));
    CHECK(looksLikeTiming(QStringLiteral("（3-6月）")));
    CHECK(looksLikeTiming(QStringLiteral("6月底前")));
    CHECK_FALSE(looksLikeTiming(QStringLiteral("含离退休教职工")));
    CHECK_FALSE(looksLikeTiming(QStringLiteral("“爱心”互助会")));
    CHECK_FALSE(looksLikeTiming(QString()));
}

TEST_CASE("Month sets and Chinese numerals", "[schedule][timing]")
{
    CHECK(MonthSet::range(3, 5).toText() == QStringLiteral("3;4;5"));
    CHECK(MonthSet::fromText(QStringLiteral("3;4;5")) == MonthSet::range(3, 5));
    CHECK(MonthSet::fromText(QStringLiteral("3;13")).isEmpty());
    CHECK(MonthSet::all().count() == 12);
    CHECK(MonthSet().toText().isEmpty());
    CHECK(chineseNumeralValue(QStringLiteral("十一")) == 11);
    CHECK(chineseNumeralValue(QStringLiteral("十")) == 10);
    CHECK(chineseNumeralValue(QStringLiteral("二十三")) == 23);
    CHECK(chineseNumeralValue(QStringLiteral("二〇二四")) == 2024);
    CHECK(chineseNumeralValue(QStringLiteral("十十")) == 0);
    CHECK(chineseNumeral(1) == QStringLiteral("一"));
    CHECK(chineseNumeral(10) == QStringLiteral("十"));
    CHECK(chineseNumeral(12) == QStringLiteral("十二"));
    CHECK(chineseNumeral(20) == QStringLiteral("二十"));
}

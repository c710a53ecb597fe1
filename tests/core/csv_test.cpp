#include "support/catch.h"

#include "core/io/Csv.h"

#include <QStringEncoder>

using namespace ud::core;

TEST_CASE("CSV encodings are detected", "[csv]")
{
    CHECK(Csv::detectEncoding("\xEF\xBB\xBFname\n") == Csv::Encoding::Utf8);
    CHECK(Csv::detectEncoding(QStringLiteral("姓名,工号\n张伟,1001\n").toUtf8()) == Csv::Encoding::Utf8);
    QStringEncoder gbk("GB18030");
    const QByteArray gbkBytes = gbk.encode(QStringLiteral("姓名,工号\n张伟,1001\n"));
    CHECK(Csv::detectEncoding(gbkBytes) == Csv::Encoding::Gb18030);
    const auto table = Csv::parse(gbkBytes);
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[1][0] == QStringLiteral("张伟"));
}

TEST_CASE("CSV fields with quotes, separators and line breaks are parsed", "[csv]")
{
    const auto table = Csv::parse("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n\r\nlast,,\n");
    REQUIRE(table.rows.size() == 4);
    CHECK(table.rows[1] ==
          QStringList{QStringLiteral("x, y"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines")});
    CHECK(table.rows[2].isEmpty()); // blank line keeps the row numbering
    CHECK(table.rows[3] == QStringList{QStringLiteral("last"), QString(), QString()});
    const auto semicolons = Csv::parse("a;b\n1;2\n");
    CHECK(semicolons.rows[1] == QStringList{QStringLiteral("1"), QStringLiteral("2")});
}

TEST_CASE("Cells that a spreadsheet would run as formulas are escaped", "[csv]")
{
    CHECK(Csv::escapeFormula(QStringLiteral("=SUM(A1)")) == QStringLiteral("'=SUM(A1)"));
    CHECK(Csv::escapeFormula(QStringLiteral("+86 138")) == QStringLiteral("'+86 138"));
    CHECK(Csv::escapeFormula(QStringLiteral("-1")) == QStringLiteral("'-1"));
    CHECK(Csv::escapeFormula(QStringLiteral("@cmd")) == QStringLiteral("'@cmd"));
    CHECK(Csv::escapeFormula(QStringLiteral("张伟")) == QStringLiteral("张伟"));
    CHECK(Csv::formatRow({QStringLiteral("a,b"), QStringLiteral("=1+1"), QStringLiteral("q\"")}) ==
          QStringLiteral("\"a,b\",'=1+1,\"q\"\"\""));
    const QByteArray out = Csv::toUtf8WithBom({{QStringLiteral("工号")}, {QStringLiteral("1")}});
    CHECK(out == QByteArray("\xEF\xBB\xBF") + QStringLiteral("工号\r\n1\r\n").toUtf8());
}

TEST_CASE("Text tables align Chinese by display width", "[csv]")
{
    CHECK(Csv::displayWidth(QStringLiteral("abc")) == 3);
    CHECK(Csv::displayWidth(QStringLiteral("经济学院")) == 8);
    CHECK(Csv::displayWidth(QStringLiteral("ＡＢ")) == 4);
    const QString text = Csv::formatTextTable(
        {QStringLiteral("code"), QStringLiteral("name")},
        {{QStringLiteral("1"), QStringLiteral("经济学院")}, {QStringLiteral("22"), QStringLiteral("x")}});
    const QStringList lines = text.split(QLatin1Char('\n'));
    CHECK(lines[0] == QStringLiteral("code  name"));
    CHECK(lines[2] == QStringLiteral("1     经济学院"));
    CHECK(lines[3] == QStringLiteral("22    x"));
}

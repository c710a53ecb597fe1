#include "support/catch.h"

#include "core/db/Error.h"
#include "core/io/Csv.h"
#include "core/io/Text.h"

#include <QStringEncoder>
#include <QTemporaryFile>

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

TEST_CASE("CSV quotes in odd places are read as a spreadsheet reads them", "[csv]")
{
    // A quote opens a quoted part only at the start of a field; text after the closing quote belongs to the field.
    const auto odd = Csv::parse("a,b\n张\"三\",\"李\"四\n\"x\"\"\",\"\"\n1,2,");
    REQUIRE(odd.rows.size() == 4);
    CHECK(odd.rows[1] == QStringList{QStringLiteral("张\"三\""), QStringLiteral("李四")});
    CHECK(odd.rows[2] == QStringList{QStringLiteral("x\""), QString()});
    CHECK(odd.rows[3] == QStringList{QStringLiteral("1"), QStringLiteral("2"), QString()}); // no line end at the end
    CHECK(Csv::parse("").rows.isEmpty());
    CHECK(Csv::parse("\xEF\xBB\xBF\xE5\xB7\xA5\xE5\x8F\xB7\r\n").rows == QList<QStringList>{{QStringLiteral("工号")}});
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

TEST_CASE("Cells are trimmed of ASCII and full-width spaces, full-width forms made half-width", "[csv]")
{
    CHECK(Text::cleaned(QStringLiteral("\u3000 张伟\t")) == QStringLiteral("张伟"));
    CHECK(Text::cleaned(QStringLiteral("张伟")) == QStringLiteral("张伟"));
    CHECK(Text::cleaned(QStringLiteral("张\u3000伟")) == QStringLiteral("张 伟"));
    CHECK_FALSE(Text::cleaned(QString()).isNull());
    CHECK(Text::halfWidthTrimmed(QStringLiteral("１３８ ００１３ ８０００\u3000")) == QStringLiteral("138 0013 8000"));
    CHECK(Text::halfWidthTrimmed(QStringLiteral("13800138000")) == QStringLiteral("13800138000"));
    CHECK(Text::halfWidthTrimmed(QStringLiteral(" x ")) == QStringLiteral("x"));
    CHECK_FALSE(Text::halfWidthTrimmed(QString()).isNull());
}

TEST_CASE("A large CSV file read in pieces gives the same records", "[csv]")
{
    // Over a million characters a file is read in pieces on the cores. With quotes in the text the pieces must be
    // cut where records start: line breaks and quotes inside quoted fields, and quotes inside unquoted fields that
    // are plain characters, are everywhere here.
    const QString lines = QStringLiteral("第一行\n第二行\n第三行\n第四行\n第五行\n第六行\n第七行\n第八行\n");
    for (int skip : {0, 1, 2}) { // cut points in different places
        const int rows = 36000 + skip * 7;
        QString text = QStringLiteral("工号,说明,备注\r\n");
        QList<QStringList> expected{{QStringLiteral("工号"), QStringLiteral("说明"), QStringLiteral("备注")}};
        for (int i = 0; i < rows; ++i) {
            const QString n = QString::number(i);
            if (i % 7 == 3) {
                text += QStringLiteral("\r\n"); // a blank line keeps its row number
                expected << QStringList();
            }
            text += QStringLiteral("%1,\"%2, \"\"引号\"\"\n%1\",备\"注%1\r\n").arg(n, lines);
            expected << QStringList{n, lines + QStringLiteral(", \"引号\"\n") + n, QStringLiteral("备\"注") + n};
        }
        text += QStringLiteral("end,\"last\",");
        expected << QStringList{QStringLiteral("end"), QStringLiteral("last"), QString()};
        REQUIRE(text.size() > 2 * (1 << 20));
        const auto table = Csv::parse(text.toUtf8());
        REQUIRE(table.rows.size() == expected.size());
        for (int i = 0; i < expected.size(); ++i)
            REQUIRE(table.rows.at(i) == expected.at(i));

        // The same file read as an import reads it: the same fields, as cells.
        QTemporaryFile file;
        REQUIRE(file.open());
        file.write(text.toUtf8());
        file.close();
        const auto cells = Csv::readCells(file.fileName());
        REQUIRE(cells.rows.size() == expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QStringList fields;
            for (const QVariant& cell : cells.rows.at(i)) {
                REQUIRE(cell.typeId() == QMetaType::QString);
                fields << cell.toString();
            }
            REQUIRE(fields == expected.at(i));
        }
    }

    // Without quotes, pieces are cut after any line break.
    QString plain;
    QList<QStringList> plainRows;
    for (int i = 0; i < 200000; ++i) {
        plain += QStringLiteral("%1,张%1,\n").arg(i);
        plainRows << QStringList{QString::number(i), QStringLiteral("张") + QString::number(i), QString()};
    }
    REQUIRE(plain.size() > 2 * (1 << 20));
    // Such a file is decoded in pieces too: as UTF-8, with a BOM, and as GB18030, which the pieces are found not to
    // be UTF-8 and the whole file is read again.
    QStringEncoder gb18030("GB18030");
    const QByteArray gbBytes = gb18030.encode(plain);
    const QList<QPair<QByteArray, Csv::Encoding>> files{{plain.toUtf8(), Csv::Encoding::Utf8},
                                                        {"\xEF\xBB\xBF" + plain.toUtf8(), Csv::Encoding::Utf8},
                                                        {gbBytes, Csv::Encoding::Gb18030}};
    for (const auto& [bytes, encoding] : files) {
        const auto plainTable = Csv::parse(bytes);
        CHECK(plainTable.encoding == encoding);
        REQUIRE(plainTable.rows.size() == plainRows.size());
        for (int i = 0; i < plainRows.size(); ++i)
            REQUIRE(plainTable.rows.at(i) == plainRows.at(i));
    }
    // A bad byte in the second half of a file that says it is UTF-8 is refused, naming its row (150001: the rows
    // count from 1), never read as U+FFFD; without the BOM the same.
    for (const QByteArray& start : {QByteArray("\xEF\xBB\xBF"), QByteArray()}) {
        QByteArray bad = start + plain.toUtf8();
        const qsizetype at = bad.indexOf("\n150000,") + 1;
        bad[at] = '\xFF'; // the first digit of row 150001
        try {
            Csv::parse(bad);
            FAIL("a file with a byte that is no UTF-8 was read");
        } catch (const Error& e) {
            CHECK(e.message().startsWith(QStringLiteral("row 150001: ")));
            CHECK(e.message().contains(QStringLiteral("--encoding")));
        }
    }
}

namespace {

// The message parse() refuses `data` with; empty when it reads it.
QString refusal(const QByteArray& data, std::optional<Csv::Encoding> forced = std::nullopt)
{
    try {
        Csv::parse(data, forced);
    } catch (const Error& e) {
        return e.message();
    }
    return {};
}

} // namespace

TEST_CASE("A quote whose closing quote is missing is refused with the row it opened in", "[csv]")
{
    // R2's name opens a quote that never closes on its line: R3 and R4 would end up inside R2's name.
    const QByteArray swallowing = QStringLiteral("id,name,gender,note\n"
                                                 "R1,张三,男,\n"
                                                 "R2,\"李四,女,\n"
                                                 "R3,王五,男,\n"
                                                 "R4,赵六,女,\"ok\"\n")
                                      .toUtf8();
    const QString swallowed = refusal(swallowing);
    CHECK(swallowed.startsWith(QStringLiteral("row 3: ")));
    CHECK(swallowed.contains(QStringLiteral("closing quote is missing")));
    // To the end of the file.
    const QString toEnd = refusal(QStringLiteral("id,name\nR1,张三\nR2,\"李四\nR3,王五\n").toUtf8());
    CHECK(toEnd.startsWith(QStringLiteral("row 3: ")));
    CHECK(toEnd.contains(QStringLiteral("end of the file")));
    CHECK(refusal("a\n\"one\ntwo").startsWith(QStringLiteral("row 2: ")));
    // In a large file read in pieces, the row is counted over the pieces before.
    QString large = QStringLiteral("id,name,gender,note\r\n");
    for (int i = 0; i < 100000; ++i)
        large += QStringLiteral("%1,\"名字%1\",男,\"备注\n第二行\"\r\n").arg(i);
    large += QStringLiteral("X,\"没有结束,女,\r\nY,名,男,\r\n");
    REQUIRE(large.size() > 2 * (1 << 20));
    CHECK(refusal(large.toUtf8()).startsWith(QStringLiteral("row 100002: ")));

    // Notes over several lines, with commas in them, are still one cell.
    const auto notes = Csv::parse(QStringLiteral("id,name,gender,note\n"
                                                 "R1,张三,男,\"第一行，有逗号, 还有\n第二行\"\n"
                                                 "R2,李四,女,\n")
                                      .toUtf8());
    REQUIRE(notes.rows.size() == 3);
    CHECK(notes.rows[1].at(3) == QStringLiteral("第一行，有逗号, 还有\n第二行"));
    CHECK(notes.rows[2].at(0) == QStringLiteral("R2"));
}

TEST_CASE("A file is read in one encoding throughout; a row in another one is named, never garbled", "[csv]")
{
    QStringEncoder gbkEncoder("GB18030");
    const QByteArray utf8Head = QStringLiteral("工号,姓名,性别\nR1,张伟,男\n").toUtf8();
    const QByteArray gbkRow = gbkEncoder.encode(QStringLiteral("R2,李娜,女\n"));
    const QByteArray utf8Tail = QStringLiteral("R3,王芳,女\nR4,赵敏,女\n").toUtf8();

    // One GBK row in a UTF-8 file: with a BOM, without, with the Chinese header.
    for (const QByteArray& start : {QByteArray(), QByteArray("\xEF\xBB\xBF")}) {
        const QString message = refusal(start + utf8Head + gbkRow + utf8Tail);
        CHECK(message.startsWith(QStringLiteral("row 3: ")));
        CHECK(message.contains(QStringLiteral("UTF-8")));
        CHECK(message.contains(QStringLiteral("--encoding utf-8|gb18030")));
    }
    // An English header and one GBK row among UTF-8 ones.
    CHECK(refusal("staff_no,name\n" + QStringLiteral("R1,张伟\n").toUtf8() +
                  gbkEncoder.encode(QStringLiteral("R2,李娜\n")) + QStringLiteral("R3,王芳\n").toUtf8())
              .startsWith(QStringLiteral("row 3: ")));
    // One UTF-8 row in a GBK file.
    const QByteArray gbkFile = gbkEncoder.encode(QStringLiteral("工号,姓名,性别\nR1,张伟,男\nR2,李娜,女\n"));
    const QString utf8InGbk =
        refusal(gbkFile + QStringLiteral("R3,王芳,女\n").toUtf8() + gbkEncoder.encode(QStringLiteral("R4,赵敏,女\n")));
    CHECK(utf8InGbk.startsWith(QStringLiteral("row 4: ")));
    CHECK(utf8InGbk.contains(QStringLiteral("GB18030")));
    // A multi-line cell before the bad row: the row is the record, not the line.
    CHECK(refusal(QStringLiteral("工号,姓名,备注\nR1,张伟,\"两行\n备注\"\n").toUtf8() + gbkRow)
              .startsWith(QStringLiteral("row 3: ")));
    // Told UTF-8, a GBK row is refused too; a whole GBK file still reads, detected or told.
    CHECK(refusal(gbkFile, Csv::Encoding::Utf8).startsWith(QStringLiteral("row 1: ")));
    CHECK(Csv::parse(gbkFile).rows.at(1).at(1) == QStringLiteral("张伟"));
    CHECK(Csv::parse(gbkFile, Csv::Encoding::Gb18030).rows.at(2).at(1) == QStringLiteral("李娜"));
    // U+FFFD itself is no text to store.
    CHECK(refusal(QStringLiteral("a,b\nx,\uFFFD\n").toUtf8()).startsWith(QStringLiteral("row 2: ")));
}

TEST_CASE("The formula escape of an export is taken away by exactly one apostrophe", "[csv]")
{
    for (const QString& value :
         {QStringLiteral("=SUM(A1)"), QStringLiteral("'=SUM(A1)"), QStringLiteral("''+1"), QStringLiteral("-5"),
          QStringLiteral("'abc"), QStringLiteral("'"), QStringLiteral("''"), QStringLiteral("@x"), QString(),
          QStringLiteral("张伟"), QStringLiteral("\tx")}) {
        CAPTURE(value);
        CHECK(Csv::unescapeFormula(Csv::escapeFormula(value)) == value);
    }
    CHECK(Csv::escapeFormula(QStringLiteral("'=1")) == QStringLiteral("''=1"));
    CHECK(Csv::escapeFormula(QStringLiteral("'abc")) == QStringLiteral("'abc"));
    CHECK(Csv::unescapeFormula(QStringLiteral("'abc")) == QStringLiteral("'abc"));
}

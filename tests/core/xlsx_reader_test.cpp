#include "support/catch.h"

#include "core/db/Error.h"
#include "core/io/XlsxReader.h"
#include "core/members/IdNumber.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>

using namespace ud::core;

namespace {

const QString kRoster = QStringLiteral(UD_TEST_DATA "/members/roster.xlsx");

QString idNumber(const QString& area, const QString& birth, int order)
{
    const QString first17 = area + birth + QStringLiteral("%1").arg(order, 3, 10, QLatin1Char('0'));
    return first17 + checkCharacter(first17);
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& data)
{
    QFile f(dir.filePath(name));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(data);
    return f.fileName();
}

} // namespace

TEST_CASE("XlsxReader reads a roster written by openpyxl", "[xlsx]")
{
    const XlsxReader reader(kRoster);
    CHECK(reader.sheetNames() == QStringList{QStringLiteral("花名册"), QStringLiteral("说明")});

    const XlsxReader::Sheet sheet = reader.sheet();
    CHECK(sheet.name == QStringLiteral("花名册"));
    // Row 5 is empty in the file: the rows keep the numbers the spreadsheet shows.
    QList<int> numbers;
    for (const auto& r : sheet.rows)
        numbers << r.number;
    CHECK(numbers == QList<int>{1, 2, 3, 4, 6});

    const QVariantList& header = sheet.rows.at(0).cells;
    REQUIRE(header.size() == 10);
    CHECK(header.at(0).toString() == QStringLiteral("工号"));
    CHECK(header.at(9).toString() == QStringLiteral("备注"));

    const QVariantList& r2 = sheet.rows.at(1).cells;
    CHECK(r2.at(0) == QVariant(QStringLiteral("T1001")));
    CHECK(r2.at(3).typeId() == QMetaType::QDate);
    CHECK(r2.at(3).toDate() == QDate(1985, 3, 2));
    // The ID number is a text cell: all 18 characters, nothing rounded.
    CHECK(r2.at(4).typeId() == QMetaType::QString);
    CHECK(r2.at(4).toString() == idNumber(QStringLiteral("110105"), QStringLiteral("19850302"), 3));
    CHECK(r2.at(7).toDate() == QDate(2010, 9, 1));
    CHECK(r2.size() == 9); // the empty note at the end is not there

    const QVariantList& r3 = sheet.rows.at(2).cells;
    CHECK(r3.at(0).typeId() == QMetaType::Double);
    CHECK(XlsxReader::text(r3.at(0)) == QStringLiteral("1002"));
    CHECK(r3.at(3).isNull()); // an empty cell in the middle
    CHECK(XlsxReader::text(r3.at(6)) == QStringLiteral("13912345678"));
    CHECK(r3.at(7) == QVariant(QStringLiteral("2015/7/1")));
    CHECK(r3.at(9) == QVariant(QStringLiteral("新入职")));

    // A date with a custom Chinese format (yyyy"年"m"月"d"日") is a date too.
    const QVariantList& r6 = sheet.rows.at(4).cells;
    CHECK(r6.at(7).typeId() == QMetaType::QDate);
    CHECK(r6.at(7).toDate() == QDate(1988, 5, 4));
}

TEST_CASE("XlsxReader reads a second sheet by name", "[xlsx]")
{
    const XlsxReader reader(kRoster);
    const XlsxReader::Sheet notes = reader.sheet(QStringLiteral("说明"));
    REQUIRE(notes.rows.size() == 2);
    CHECK(notes.rows.at(0).number == 1);
    CHECK(notes.rows.at(0).cells.at(0) == QVariant(QStringLiteral("填表说明")));
    CHECK(notes.rows.at(1).number == 3);
    CHECK(notes.rows.at(1).cells.at(0).isNull());
    CHECK(notes.rows.at(1).cells.at(1).toDouble() == 42.5);
    CHECK(notes.rows.at(1).cells.at(2) == QVariant(true));
    CHECK_THROWS_AS(reader.sheet(QStringLiteral("没有")), Error);
    CHECK_THROWS_AS(reader.sheet(5), Error);
}

TEST_CASE("XlsxReader refuses broken and foreign files with a clear message", "[xlsx]")
{
    QTemporaryDir dir;
    const auto messageFor = [](const QString& path) {
        try {
            XlsxReader reader(path);
            reader.sheet();
        } catch (const Error& e) {
            return e.message();
        }
        return QString();
    };
    QFile roster(kRoster);
    REQUIRE(roster.open(QIODevice::ReadOnly));
    const QByteArray bytes = roster.readAll();

    const QString text = messageFor(writeFile(dir, QStringLiteral("text.xlsx"), "工号,姓名\n1,张三\n"));
    CHECK(text.contains(QStringLiteral("not an Excel workbook")));
    const QString truncated = messageFor(writeFile(dir, QStringLiteral("half.xlsx"), bytes.left(bytes.size() / 2)));
    CHECK(truncated.contains(QStringLiteral("half.xlsx")));
    CHECK_FALSE(truncated.isEmpty());
    const QString old =
        messageFor(writeFile(dir, QStringLiteral("old.xlsx"), QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)));
    CHECK(old.contains(QStringLiteral(".xls")));
    CHECK(messageFor(dir.filePath(QStringLiteral("missing.xlsx"))).contains(QStringLiteral("does not exist")));
}

TEST_CASE("XlsxReader knows date formats and cell references", "[xlsx]")
{
    CHECK(XlsxReader::isDateFormat(14, QString()));
    CHECK(XlsxReader::isDateFormat(22, QString()));
    CHECK(XlsxReader::isDateFormat(31, QString())); // yyyy"年"m"月"d"日" in Chinese Excel
    CHECK_FALSE(XlsxReader::isDateFormat(0, QString()));
    CHECK_FALSE(XlsxReader::isDateFormat(49, QString())); // @ (text)
    CHECK(XlsxReader::isDateFormat(164, QStringLiteral("yyyy-mm-dd")));
    CHECK(XlsxReader::isDateFormat(165, QStringLiteral("yyyy\"年\"m\"月\"")));
    CHECK(XlsxReader::isDateFormat(166, QStringLiteral("[$-804]yyyy/m/d;@")));
    CHECK_FALSE(XlsxReader::isDateFormat(167, QStringLiteral("0.00_);[Red](0.00)")));
    CHECK_FALSE(XlsxReader::isDateFormat(168, QStringLiteral("\"编号\"000")));
    CHECK_FALSE(XlsxReader::isDateFormat(169, QStringLiteral("h:mm:ss")));
    CHECK(XlsxReader::columnIndex(QStringLiteral("A1")) == 0);
    CHECK(XlsxReader::columnIndex(QStringLiteral("C5")) == 2);
    CHECK(XlsxReader::columnIndex(QStringLiteral("AA10")) == 26);
    CHECK(XlsxReader::columnIndex(QStringLiteral("XFD1")) == 16383);
    CHECK(XlsxReader::columnIndex(QStringLiteral("12")) == -1);
}

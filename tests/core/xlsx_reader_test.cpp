#include "support/TestFiles.h"
#include "support/ZipWrite.h"
#include "support/catch.h"

#include "core/db/Error.h"
#include "core/io/XlsxReader.h"
#include "core/io/ZipArchive.h"
#include "core/members/IdNumber.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>

using namespace ud::core;

using ud::test::writeFile;

namespace {

const QString kRoster = QStringLiteral(UD_TEST_DATA "/members/roster.xlsx");

QString idNumber(const QString& area, const QString& birth, int order)
{
    const QString first17 = area + birth + QStringLiteral("%1").arg(order, 3, 10, QLatin1Char('0'));
    return first17 + checkCharacter(first17);
}

const QByteArray kNs = "xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

// A worksheet part: the rows as given, after what comes before them (a <dimension>).
QByteArray worksheet(const QByteArray& sheetData, const QByteArray& before = {})
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><x:worksheet " + kNs + ">" + before + "<x:sheetData>" +
           sheetData + "</x:sheetData><x:rowBreaks count=\"0\"/></x:worksheet>";
}

// A shared-strings part with these strings, and what comes after them.
QByteArray sharedStrings(const QStringList& shared, const QByteArray& after = {})
{
    QByteArray sst = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><x:sst " + kNs + " uniqueCount=\"" +
                     QByteArray::number(shared.size()) + "\">";
    for (const QString& text : shared)
        sst += "<x:si><x:t>" + text.toHtmlEscaped().toUtf8() + "</x:t></x:si>";
    return sst + after + "</x:sst>";
}

// A workbook made here part by part: the sheet as given, with shared strings, with "x:" on every element of the
// spreadsheet namespace as some writers do.
void writePrefixedWorkbook(const QString& path, const QByteArray& sheetData, const QStringList& shared)
{
    ud::test::writeWorkbook(path, worksheet(sheetData), sharedStrings(shared));
}

} // namespace

TEST_CASE("XlsxReader reads a large sheet, prefixed elements and shared strings alike", "[xlsx]")
{
    QTemporaryDir dir;
    // 40,000 rows (about 7 MB of XML); every tenth row is missing, every 7th name is an empty shared string, rows
    // 1000-1009 hold nothing but empty strings.
    const int rowCount = 40000;
    QStringList shared{QString()};
    QByteArray data;
    for (int r = 1; r <= rowCount; ++r) {
        if (r % 10 == 0)
            continue;
        const bool blank = r >= 1000 && r < 1010;
        int name = 0;
        if (!blank && r % 7 != 0) {
            shared << QStringLiteral("姓名%1 & <%2>").arg(r).arg(r % 3);
            name = int(shared.size() - 1);
        }
        // The first rows do not say their number: they count from the top.
        data += r <= 5 ? QByteArray("<x:row>") : "<x:row r=\"" + QByteArray::number(r) + "\">";
        data += "<x:c r=\"A" + QByteArray::number(r) + "\" t=\"s\"><x:v>" + QByteArray::number(name) + "</x:v></x:c>";
        if (!blank) {
            data += "<x:c r=\"B" + QByteArray::number(r) + "\"><x:v>" + QByteArray::number(r * 2) + "</x:v></x:c>";
            data += "<x:c r=\"C" + QByteArray::number(r) + "\" t=\"inlineStr\"><x:is><x:t>行" + QByteArray::number(r) +
                    "</x:t></x:is></x:c>";
        }
        data += "</x:row>";
    }
    REQUIRE(data.size() > 6'000'000);
    const QString path = dir.filePath(QStringLiteral("big.xlsx"));
    writePrefixedWorkbook(path, data, shared);

    const XlsxReader reader(path);
    CHECK(reader.sheetNames() == QStringList{QStringLiteral("名单")});
    const XlsxReader::Sheet sheet = reader.sheet();
    int expected = 0;
    int mismatches = 0;
    for (int r = 1; r <= rowCount; ++r)
        if (r % 10 != 0 && !(r >= 1000 && r < 1010))
            ++expected;
    REQUIRE(sheet.rows.size() == expected);
    int index = 0;
    for (int r = 1; r <= rowCount; ++r) {
        if (r % 10 == 0 || (r >= 1000 && r < 1010))
            continue;
        const XlsxReader::Row& row = sheet.rows.at(index++);
        const QVariant name = r % 7 != 0 ? QVariant(QStringLiteral("姓名%1 & <%2>").arg(r).arg(r % 3)) : QVariant();
        if (row.number != r || row.cells.size() != 3 || row.cells.at(0) != name ||
            row.cells.at(1) != QVariant(double(r * 2)) || row.cells.at(2) != QVariant(QStringLiteral("行%1").arg(r)))
            ++mismatches;
    }
    CHECK(mismatches == 0);

    // A fault far into the sheet is reported.
    QByteArray broken = data;
    broken.replace(broken.lastIndexOf("</x:c>"), 6, "</x:d>");
    const QString brokenPath = dir.filePath(QStringLiteral("broken.xlsx"));
    writePrefixedWorkbook(brokenPath, broken, shared);
    const XlsxReader brokenReader(brokenPath);
    try {
        brokenReader.sheet();
        FAIL("a damaged sheet was read");
    } catch (const Error& e) {
        CHECK(e.message().contains(QStringLiteral("damaged")));
        CHECK(e.message().contains(QStringLiteral("名单")));
    }
}

TEST_CASE("XlsxReader puts together a cell's text that reaches it in many parts", "[xlsx]")
{
    // The sheet is unzipped and parsed in pieces of a few hundred KB, and the parser hands over the text of one
    // element in several parts (at entities, at line ends and where a piece ends): a value far longer than a piece,
    // with entities, line breaks and three-byte characters, must come out whole (as a shared string, an inline string
    // and a formula's text), and so must each of the many numbers and strings of the rows after it, some of which
    // straddle the ends of the pieces.
    QTemporaryDir dir;
    QString longText;
    for (int i = 0; longText.size() < 400'000; ++i)
        longText += QStringLiteral("第%1行 & <名> \"引号\"\n").arg(i);
    const QByteArray escaped = longText.toHtmlEscaped().toUtf8();
    QByteArray data = "<x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>" + escaped +
                      "</x:t></x:is></x:c><x:c r=\"B1\" t=\"s\"><x:v>1</x:v></x:c><x:c r=\"C1\" t=\"str\"><x:v>" +
                      escaped + "</x:v></x:c></x:row>";
    const int rowCount = 30000;
    for (int r = 2; r <= rowCount; ++r)
        data += "<x:row r=\"" + QByteArray::number(r) + "\"><x:c r=\"A" + QByteArray::number(r) + "\"><x:v>" +
                QByteArray::number(r * 1000.25, 'f', 2) + "</x:v></x:c><x:c r=\"B" + QByteArray::number(r) +
                "\" t=\"inlineStr\"><x:is><x:t>名字" + QByteArray::number(r) + "</x:t></x:is></x:c></x:row>";
    REQUIRE(data.size() > 2'000'000);
    const QString path = dir.filePath(QStringLiteral("long.xlsx"));
    writePrefixedWorkbook(path, data, {QString(), longText});

    const XlsxReader::Sheet sheet = XlsxReader(path).sheet();
    REQUIRE(sheet.rows.size() == rowCount);
    const QVariantList& first = sheet.rows.at(0).cells;
    REQUIRE(first.size() == 3);
    CHECK(first.at(0).toString().size() == longText.size());
    CHECK(first.at(0) == QVariant(longText));
    CHECK(first.at(1) == QVariant(longText));
    CHECK(first.at(2) == QVariant(longText));
    int mismatches = 0;
    for (int r = 2; r <= rowCount; ++r) {
        const XlsxReader::Row& row = sheet.rows.at(r - 1);
        if (row.number != r || row.cells.size() != 2 || row.cells.at(0) != QVariant(r * 1000.25) ||
            row.cells.at(1) != QVariant(QStringLiteral("名字%1").arg(r)))
            ++mismatches;
    }
    CHECK(mismatches == 0);
}

TEST_CASE("XlsxReader reports a malformed sheet as damaged, naming the file and the sheet", "[xlsx]")
{
    QTemporaryDir dir;
    const auto messageFor = [&dir](const QString& name, const QByteArray& sheetData) {
        const QString path = dir.filePath(name);
        writePrefixedWorkbook(path, sheetData, {QStringLiteral("甲")});
        const XlsxReader reader(path); // the workbook part is sound: the sheet is read only when asked for
        try {
            reader.sheet();
        } catch (const Error& e) {
            return e.message();
        }
        return QString();
    };
    const QString unclosed = messageFor(QStringLiteral("unclosed.xlsx"),
                                        "<x:row r=\"1\"><x:c r=\"A1\"><x:v>1</x:v></x:c><x:c r=\"B1\"><x:v>2</x:row>");
    CHECK(unclosed.contains(QStringLiteral("unclosed.xlsx")));
    CHECK(unclosed.contains(QStringLiteral("名单")));
    CHECK(unclosed.contains(QStringLiteral("damaged")));
    CHECK(unclosed.contains(QStringLiteral("line 1")));
    const QString entity =
        messageFor(QStringLiteral("entity.xlsx"), "<x:row><x:c t=\"str\"><x:v>&nope;</x:v></x:c></x:row>");
    CHECK(entity.contains(QStringLiteral("entity.xlsx")));
    CHECK(entity.contains(QStringLiteral("damaged")));
    const QString reference =
        messageFor(QStringLiteral("reference.xlsx"), "<x:row><x:c r=\"1A\"><x:v>1</x:v></x:c></x:row>");
    CHECK(reference.contains(QStringLiteral("reference.xlsx")));
    CHECK(reference.contains(QStringLiteral("\"1A\"")));
    const QString number =
        messageFor(QStringLiteral("number.xlsx"), "<x:row><x:c r=\"A1\"><x:v>12,5</x:v></x:c></x:row>");
    CHECK(number.contains(QStringLiteral("number.xlsx")));
    CHECK(number.contains(QStringLiteral("\"12,5\"")));
    const QString shared =
        messageFor(QStringLiteral("shared.xlsx"), "<x:row><x:c r=\"A1\" t=\"s\"><x:v>7</x:v></x:c></x:row>");
    CHECK(shared.contains(QStringLiteral("shared.xlsx")));
    CHECK(shared.contains(QStringLiteral("shared string")));
    // What follows the cells (layout) is not read: a fault there does not stop an import.
    CHECK(messageFor(QStringLiteral("tail.xlsx"), "<x:row><x:c><x:v>1</x:v></x:c></x:row></x:sheetData><x:oops>")
              .isEmpty());
}

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

namespace {

// Rows with one number each in column A from row `first` on. The numbers do not repeat, so that the rows pack about
// as tightly as a spreadsheet's (some six times), not like a zip bomb.
QByteArray numberRows(int count, int first = 1)
{
    QByteArray data;
    data.reserve(qsizetype(count) * 64);
    quint32 value = 12345;
    for (int r = first; r < first + count; ++r) {
        value = value * 1103515245u + 12345u;
        const QByteArray n = QByteArray::number(r);
        data += "<x:row r=\"" + n + "\"><x:c r=\"A" + n + "\"><x:v>" + QByteArray::number(value % 1000000000u) +
                "</x:v></x:c></x:row>";
    }
    return data;
}

// What reading the first sheet of the workbook at `path` throws; empty when it is read.
QString sheetMessage(const QString& path)
{
    try {
        XlsxReader(path).sheet();
    } catch (const Error& e) {
        return e.message();
    }
    return QString();
}

} // namespace

TEST_CASE("XlsxReader refuses a sheet with more rows than the limit, by its dimension and as it reads",
          "[xlsx][limits]")
{
    QTemporaryDir dir;
    const QString tooMany = QStringLiteral("more than %L1 rows").arg(XlsxReader::kMaxRows);
    const QByteArray rows = numberRows(XlsxReader::kMaxRows);

    // Written without packing, which would take most of the test's time.
    const QString full = dir.filePath(QStringLiteral("full.xlsx"));
    ud::test::writeWorkbook(full, worksheet(rows), {}, true);
    CHECK(XlsxReader(full).sheet().rows.size() == XlsxReader::kMaxRows);

    // One row more, and no dimension says how many there are: refused as the rows come.
    const QString over = dir.filePath(QStringLiteral("over.xlsx"));
    ud::test::writeWorkbook(over, worksheet(rows + numberRows(1, XlsxReader::kMaxRows + 1)), {}, true);
    const QString read = sheetMessage(over);
    CHECK(read.contains(QStringLiteral("over.xlsx")));
    CHECK(read.contains(QStringLiteral("名单")));
    CHECK(read.contains(tooMany));

    // A dimension that says there are more is refused before any row is read (these rows are damaged).
    const QString declared = dir.filePath(QStringLiteral("declared.xlsx"));
    ud::test::writeWorkbook(
        declared, worksheet("<x:row><x:c><x:v>1</x:c></x:row>",
                            "<x:dimension ref=\"A1:Q" + QByteArray::number(XlsxReader::kMaxRows + 1) + "\"/>"));
    CHECK(sheetMessage(declared).contains(tooMany));
    // One that fits is no hindrance, nor one that cannot be read.
    for (const QByteArray& ref : {QByteArray("A1:Q50001"), QByteArray("A1"), QByteArray("B2:A"), QByteArray("")}) {
        const QString fits = dir.filePath(QStringLiteral("fits.xlsx"));
        ud::test::writeWorkbook(fits, worksheet(numberRows(3), "<x:dimension ref=\"" + ref + "\"/>"));
        CHECK(XlsxReader(fits).sheet().rows.size() == 3);
    }
}

TEST_CASE("XlsxReader refuses a sheet with more cells than the limit; a cell far to the right costs only its row",
          "[xlsx][limits]")
{
    QTemporaryDir dir;
    const QString tooMany = QStringLiteral("more than %L1 cells").arg(XlsxReader::kMaxCells);

    // A note in column XFD beside the header: the header has 16,384 cells, the 2,000 rows after it keep no room for
    // as many (they did: 2,000 × 16,384 cells, a gigabyte, for a file of a few KB).
    const QByteArray header = "<x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>工号</x:t></x:is></x:c>"
                              "<x:c r=\"XFD1\" t=\"inlineStr\"><x:is><x:t>附注</x:t></x:is></x:c></x:row>";
    const QString wide = dir.filePath(QStringLiteral("wide.xlsx"));
    ud::test::writeWorkbook(wide, worksheet(header + numberRows(2000, 2)));
    const XlsxReader::Sheet sheet = XlsxReader(wide).sheet();
    REQUIRE(sheet.rows.size() == 2001);
    CHECK(sheet.rows.at(0).cells.size() == 16384);
    qsizetype room = 0;
    for (qsizetype i = 1; i < sheet.rows.size(); ++i)
        room += sheet.rows.at(i).cells.capacity();
    CHECK(room < 2000 * 64);

    // Rows that each reach column XFD: refused as they come, once their cells pass the limit...
    QByteArray far;
    for (qint64 r = 1; r <= XlsxReader::kMaxCells / 16384 + 1; ++r)
        far += "<x:row r=\"" + QByteArray::number(r) + "\"><x:c r=\"XFD" + QByteArray::number(r) + "\"><x:v>" +
               QByteArray::number(r) + "</x:v></x:c></x:row>";
    const QString farPath = dir.filePath(QStringLiteral("far.xlsx"));
    ud::test::writeWorkbook(farPath, worksheet(far));
    const QString read = sheetMessage(farPath);
    CHECK(read.contains(QStringLiteral("far.xlsx")));
    CHECK(read.contains(QStringLiteral("名单")));
    CHECK(read.contains(tooMany));

    // ...and by a dimension that says so, before any row is read.
    const QString declared = dir.filePath(QStringLiteral("declared.xlsx"));
    ud::test::writeWorkbook(declared,
                            worksheet("<x:row><x:c><x:v>1</x:v></x:c></x:row>", "<x:dimension ref=\"A1:XFD1000\"/>"));
    CHECK(sheetMessage(declared).contains(tooMany));
}

TEST_CASE("XlsxReader reads only the shared strings a sheet uses and refuses too many", "[xlsx][limits]")
{
    QTemporaryDir dir;
    const QByteArray usesTwo = "<x:row r=\"1\"><x:c r=\"A1\" t=\"s\"><x:v>1</x:v></x:c><x:c r=\"B1\" t=\"inlineStr\">"
                               "<x:is><x:t>乙</x:t></x:is></x:c></x:row>";
    const QByteArray usesNone = "<x:row r=\"1\"><x:c r=\"B1\" t=\"inlineStr\"><x:is><x:t>乙</x:t></x:is></x:c></x:row>";
    const QStringList strings{QStringLiteral("甲"), QStringLiteral("丙")};

    // After the last string the sheet uses, the part is not read: here it is damaged there.
    const QString rest = dir.filePath(QStringLiteral("rest.xlsx"));
    ud::test::writeWorkbook(rest, worksheet(usesTwo), sharedStrings(strings, "<x:si><x:t>broken</x:si>"));
    CHECK(XlsxReader(rest).sheet().rows.at(0).cells == QVariantList{QStringLiteral("丙"), QStringLiteral("乙")});

    // A shared-strings part that says it unpacks to more than a part may: not read at all when no cell uses it,
    // refused before it is unpacked when one does.
    const auto huge = [&](const QString& name, const QByteArray& rows) {
        const QString path = dir.filePath(name);
        ud::test::writeWorkbook(path, worksheet(rows), sharedStrings(strings));
        ud::test::setDeclaredSize(path, "xl/sharedStrings.xml", quint32(ZipArchive::kMaxEntrySize * 3 / 2));
        return path;
    };
    CHECK(XlsxReader(huge(QStringLiteral("unused.xlsx"), usesNone)).sheet().rows.at(0).cells ==
          QVariantList{QVariant(), QStringLiteral("乙")});
    const QString used = sheetMessage(huge(QStringLiteral("used.xlsx"), usesTwo));
    CHECK(used.contains(QStringLiteral("used.xlsx")));
    CHECK(used.contains(QStringLiteral("xl/sharedStrings.xml")));
    CHECK(used.contains(QStringLiteral("too large")));

    // A shared-strings part packed like a zip bomb (8 MB of one short string again and again): refused before it
    // is unpacked.
    const QString bomb = dir.filePath(QStringLiteral("bomb.xlsx"));
    ud::test::writeWorkbook(bomb, worksheet(usesTwo),
                            sharedStrings(strings, QByteArray("<x:si><x:t>a</x:t></x:si>").repeated(350'000)));
    const QString bombMessage = sheetMessage(bomb);
    CHECK(bombMessage.contains(QStringLiteral("xl/sharedStrings.xml")));
    CHECK(bombMessage.contains(QStringLiteral("zip bomb")));

    // More strings than the limit, as the part says before its strings, or as a cell's index shows before the part is
    // read: refused.
    const QString tooMany = QStringLiteral("more than %L1 shared strings").arg(XlsxReader::kMaxSharedStrings);
    const QString counted = dir.filePath(QStringLiteral("counted.xlsx"));
    ud::test::writeWorkbook(
        counted, worksheet(usesTwo),
        sharedStrings(strings).replace(
            "uniqueCount=\"2\"", "uniqueCount=\"" + QByteArray::number(XlsxReader::kMaxSharedStrings + 1) + "\""));
    CHECK(sheetMessage(counted).contains(tooMany));
    const QString far = dir.filePath(QStringLiteral("far.xlsx"));
    ud::test::writeWorkbook(far,
                            worksheet("<x:row><x:c t=\"s\"><x:v>" + QByteArray::number(XlsxReader::kMaxSharedStrings) +
                                      "</x:v></x:c></x:row>"),
                            sharedStrings(strings));
    CHECK(sheetMessage(far).contains(tooMany));
}

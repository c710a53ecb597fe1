#include "support/TestDatabase.h"
#include "support/TestFiles.h"
#include "support/catch.h"

#include "core/io/Csv.h"
#include "core/io/FailedRows.h"
#include "core/io/TableFile.h"

#include <QFile>
#include <QTemporaryDir>

using namespace ud::core;
using ud::test::writeFile;

TEST_CASE("The rows that failed an import are saved with their columns and a reason to correct them", "[import][io]")
{
    QTemporaryDir dir;
    const QString source = writeFile(dir, QStringLiteral("roster.csv"),
                                     "\xEF\xBB\xBF"
                                     "工号,姓名,身份证号码,备注\r\n"
                                     "T1,张伟,110105198503020031,\r\n"
                                     "\r\n"
                                     "T2,,123,\"多行\n备注\"\r\n"
                                     "T3,王芳,,=1+1,多余的一格\r\n");
    const TableFile file = TableFile::load(source);
    const QStringList problems{QStringLiteral("row 4: Name is required."), QStringLiteral("row 5: The note looks odd."),
                               QStringLiteral("row 4: The ID number 123 is not 18 characters long."),
                               QStringLiteral("row 1: not a data row"), QStringLiteral("not about a row")};
    const FailedRows rows(file, problems);
    CHECK(rows.header() == QStringList{QStringLiteral("工号"), QStringLiteral("姓名"), QStringLiteral("身份证号码"),
                                       QStringLiteral("备注"), QString(), QStringLiteral("Error reason")});
    REQUIRE(rows.rows().size() == 2);
    CHECK(rows.rows().at(0) ==
          QStringList{QStringLiteral("T2"), QString(), QStringLiteral("123"), QStringLiteral("多行\n备注"), QString(),
                      QStringLiteral("Name is required. The ID number 123 is not 18 characters long.")});
    CHECK(rows.rows().at(1) == QStringList{QStringLiteral("T3"), QStringLiteral("王芳"), QString(),
                                           QStringLiteral("=1+1"), QStringLiteral("多余的一格"),
                                           QStringLiteral("The note looks odd.")});

    SECTION("as CSV, read back as the import reads it")
    {
        const QString target = dir.filePath(QStringLiteral("to-correct.csv"));
        rows.write(target);
        const TableFile back = TableFile::load(target);
        CHECK(back.header == rows.header());
        REQUIRE(back.rows.size() == 2);
        CHECK(TableFile::cellText(back.rows.at(1).at(3)) == QStringLiteral("=1+1")); // escaped in the file
        CHECK(TableFile::cellText(back.rows.at(0).at(5)).startsWith(QStringLiteral("Name is required.")));
        QFile raw(target);
        REQUIRE(raw.open(QIODevice::ReadOnly));
        CHECK(raw.readAll().startsWith("\xEF\xBB\xBF"));

        // Failing again, the file keeps one reason column with the new reasons.
        const FailedRows again(back, {QStringLiteral("row 2: Still no name.")});
        CHECK(again.header().count(QStringLiteral("Error reason")) == 1);
        CHECK(again.rows().at(0).at(5) == QStringLiteral("Still no name."));
    }
    SECTION("as an .xlsx workbook, every cell text")
    {
        const QString target = dir.filePath(QStringLiteral("to-correct.xlsx"));
        rows.write(target);
        const TableFile back = TableFile::load(target);
        CHECK(back.header == rows.header());
        REQUIRE(back.rows.size() == 2);
        CHECK(back.rows.at(0).at(2) == QVariant(QStringLiteral("123")));
        CHECK(TableFile::cellText(back.rows.at(1).at(3)) == QStringLiteral("=1+1"));
        CHECK(TableFile::cellText(back.rows.at(0).at(3)) == QStringLiteral("多行\n备注"));
    }
}

TEST_CASE("A row message is read back: its row and its reason", "[import][io]")
{
    QString reason;
    CHECK(TableFile::messageRow(TableFile::rowMessage(12, QStringLiteral("Code is required.")), &reason) == 12);
    CHECK(reason == QStringLiteral("Code is required."));
    CHECK(TableFile::messageRow(QStringLiteral("… and 3 more problem(s) not listed.")) == 0);
    CHECK(TableFile::messageRow(QStringLiteral("rows 2: x")) == 0);
}

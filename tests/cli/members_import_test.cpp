#include "support/Builders.h"
#include "support/CliRun.h"
#include "support/TestDatabase.h"
#include "support/TestFiles.h"
#include "support/TestIds.h"
#include "support/ZipWrite.h"
#include "support/catch.h"

#include "core/members/IdNumber.h"
#include "core/units/SubUnitRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStringConverter>

using namespace ud::core;
using namespace ud::test;

namespace {

// The region code the roster files of these tests use.
QString validId(const QString& birth, int order)
{
    return ud::test::makeId(birth, order, QStringLiteral("440103"));
}

qint64 memberCount(const TestDatabase& t)
{
    return t.open()->scalar(QStringLiteral("SELECT count(*) FROM members")).toLongLong();
}

void addUnits(const TestDatabase& t)
{
    auto db = t.open();
    SubUnit u = ud::test::unit(QStringLiteral("101"), QStringLiteral("经济学院分工会"));
    SubUnitRepository(*db).add(u);
}

// Row 3 has a wrong check character, row 4 no name.
QByteArray badFile()
{
    const QString bad = validId(QStringLiteral("19800101"), 11);
    return QStringLiteral("工号,姓名,身份证号码,所在单位\nT1,张伟,%1,经济学院分工会\nT2,李娜,%2,经济学院分工会\n"
                          "T3,,,经济学院分工会\n")
        .arg(validId(QStringLiteral("19850302"), 13), bad.left(17) + (bad.endsWith(QLatin1Char('1')) ? "2" : "1"))
        .toUtf8();
}

} // namespace

TEST_CASE("members import refuses a file with invalid rows and lists them", "[cli][import]")
{
    TestDatabase t;
    addUnits(t);
    const QString file = writeFile(t, QStringLiteral("bad.csv"), badFile());
    const CliRun r = runUnionDesk(t, {QStringLiteral("members"), QStringLiteral("import"), file});
    INFO(r.err.toStdString());
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("row 3: ID number:")));
    CHECK(r.err.contains(QStringLiteral("row 4: The name is required.")));
    CHECK_FALSE(r.err.contains(QStringLiteral("row 2:")));
    CHECK(r.lastLine() == QStringLiteral("imported 0, updated 0, skipped 0, invalid 2"));
    CHECK(memberCount(t) == 0);

    const CliRun dry = runUnionDesk(t, {QStringLiteral("members"), QStringLiteral("import"), file,
                                        QStringLiteral("--skip-invalid"), QStringLiteral("--dry-run")});
    CHECK(dry.code == 0);
    CHECK(dry.lastLine().contains(QStringLiteral("imported 1, updated 0, skipped 0, invalid 2")));
    CHECK(memberCount(t) == 0);

    const CliRun skip =
        runUnionDesk(t, {QStringLiteral("members"), QStringLiteral("import"), file, QStringLiteral("--skip-invalid")});
    CHECK(skip.code == 0);
    CHECK(skip.err.contains(QStringLiteral("row 3: ID number:")));
    CHECK(skip.lastLine() == QStringLiteral("imported 1, updated 0, skipped 0, invalid 2"));
    CHECK(memberCount(t) == 1);
}

TEST_CASE("members import handles duplicates and missing sub-unions as asked", "[cli][import]")
{
    TestDatabase t;
    addUnits(t);
    const QString file = writeFile(
        t, QStringLiteral("members.csv"),
        QByteArray("\xEF\xBB\xBF") + // with a BOM, as Excel writes "CSV UTF-8"
            QStringLiteral("工号,姓名,所在单位,手机号码\nT1,张伟,经济学院分工会,13812345678\nT2,李娜,文学院分工会,\n")
                .toUtf8());
    const CliRun missing = runUnionDesk(t, {QStringLiteral("members"), QStringLiteral("import"), file});
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(QStringLiteral("文学院分工会")));
    CHECK(memberCount(t) == 0);

    const CliRun created =
        runUnionDesk(t, {QStringLiteral("members"), QStringLiteral("import"), file, QStringLiteral("--create-units")});
    INFO(created.err.toStdString());
    CHECK(created.code == 0);
    CHECK(created.lastLine() == QStringLiteral("imported 2, updated 0, skipped 0, invalid 0"));
    CHECK(memberCount(t) == 2);

    // The same file again: duplicates are an error unless told otherwise.
    const CliRun again = runUnionDesk(t, {QStringLiteral("members"), QStringLiteral("import"), file});
    CHECK(again.code == 1);
    CHECK(again.err.contains(QStringLiteral("row 2: The staff number T1 already belongs to 张伟.")));
    CHECK(again.err.contains(QStringLiteral("row 3: ")));
    const CliRun skipped = runUnionDesk(t, {QStringLiteral("members"), QStringLiteral("import"), file,
                                            QStringLiteral("--on-duplicate"), QStringLiteral("skip")});
    CHECK(skipped.code == 0);
    CHECK(skipped.lastLine() == QStringLiteral("imported 0, updated 0, skipped 2, invalid 0"));

    const QString changed = writeFile(t, QStringLiteral("changed.csv"),
                                      QStringLiteral("工号,姓名,手机号码\nT1,张伟,13987654321\n").toUtf8());
    const CliRun updated = runUnionDesk(
        t, {QStringLiteral("members"), QStringLiteral("import"), changed, QStringLiteral("--on-duplicate=update")});
    CHECK(updated.code == 0);
    CHECK(updated.lastLine() == QStringLiteral("imported 0, updated 1, skipped 0, invalid 0"));
    CHECK(t.open()->scalar(QStringLiteral("SELECT phone FROM members WHERE staff_no = 'T1'")).toString() ==
          QStringLiteral("13987654321"));
}

TEST_CASE("members import reads GBK with or without being told, and explains its usage", "[cli][import]")
{
    TestDatabase t;
    addUnits(t);
    QStringEncoder encoder("GB18030");
    REQUIRE(encoder.isValid());
    const QByteArray bytes = encoder.encode(QStringLiteral("工号,姓名,所在单位\nT9,欧阳娜娜,经济学院分工会\n"));
    const QString file = writeFile(t, QStringLiteral("gbk.csv"), bytes);
    const CliRun r = runUnionDesk(t, {QStringLiteral("members"), QStringLiteral("import"), file,
                                      QStringLiteral("--encoding"), QStringLiteral("gb18030")});
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(t.open()->scalar(QStringLiteral("SELECT name FROM members WHERE staff_no = 'T9'")).toString() ==
          QStringLiteral("欧阳娜娜"));

    const CliRun bad = runUnionDesk(t, {QStringLiteral("members"), QStringLiteral("import"), file,
                                        QStringLiteral("--on-duplicate"), QStringLiteral("replace")});
    CHECK(bad.code == 2);
    const CliRun noFile = runUnionDesk(t, {QStringLiteral("members"), QStringLiteral("import")});
    CHECK(noFile.code == 2);
    const CliRun broken = runUnionDesk(t, {QStringLiteral("members"), QStringLiteral("import"),
                                           writeFile(t, QStringLiteral("broken.xlsx"), "not a workbook")});
    CHECK(broken.code == 1);
    CHECK(broken.err.contains(QStringLiteral("broken.xlsx")));
    const CliRun help =
        runUnionDesk(t, {QStringLiteral("members"), QStringLiteral("import"), QStringLiteral("--help")});
    CHECK(help.code == 0);
    CHECK(help.out.contains(QStringLiteral("Exit codes")));
}

TEST_CASE("members import --skip-invalid with no valid row stores nothing and says so by its exit code",
          "[cli][import]")
{
    TestDatabase t;
    const QString file = writeFile(t, QStringLiteral("bad.csv"),
                                   QByteArray("工号,姓名,身份证号码,手机号码\n"
                                              "1001,张伟,110105194912310029,13812345678\n"
                                              "1002,李娜,,1381234567\n"));
    const CliRun r =
        runUnionDesk(t, {QStringLiteral("members"), QStringLiteral("import"), file, QStringLiteral("--skip-invalid")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("row 2: ")));
    CHECK(r.err.contains(QStringLiteral("row 3: ")));
    CHECK(r.out.contains(QStringLiteral("imported 0")));
    auto db = t.open();
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM members")).toInt() == 0);
}

TEST_CASE("members import lists the first 100 problems and counts the rest", "[cli][import]")
{
    TestDatabase t;
    addUnits(t);
    QString rows = QStringLiteral("工号,姓名,所在单位\n");
    for (int i = 0; i < 250; ++i)
        rows += QStringLiteral("T%1,,经济学院分工会\n").arg(i); // no name
    const CliRun r = runUnionDesk(t, {QStringLiteral("members"), QStringLiteral("import"),
                                      writeFile(t, QStringLiteral("many.csv"), rows.toUtf8())});
    CHECK(r.code == 1);
    const QStringList lines = r.err.trimmed().split(QLatin1Char('\n'));
    CHECK(lines.filter(QStringLiteral("row ")).size() == 100);
    CHECK(lines.first().startsWith(QStringLiteral("row 2: ")));
    CHECK(lines.contains(QStringLiteral("… and 150 more problem(s) not listed.")));
    CHECK(memberCount(t) == 0);
}

TEST_CASE("members, sub-units and work-plan imports refuse a row in another encoding and name --encoding",
          "[cli][import]")
{
    TestDatabase t;
    addUnits(t);
    QStringEncoder gbk("GB18030");
    const QByteArray members = QStringLiteral("工号,姓名,所在单位\nT1,张伟,经济学院分工会\n").toUtf8() +
                               gbk.encode(QStringLiteral("T2,李娜,经济学院分工会\n")) +
                               QStringLiteral("T3,王芳,经济学院分工会\n").toUtf8();
    CliRun r = runUnionDesk(
        t, {QStringLiteral("members"), QStringLiteral("import"), writeFile(t, QStringLiteral("mixed.csv"), members)});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("row 3: ")));
    CHECK(r.err.contains(QStringLiteral("--encoding")));
    CHECK(memberCount(t) == 0);

    const QByteArray units = QStringLiteral("代码,名称\n201,文学院分工会\n").toUtf8() +
                             gbk.encode(QStringLiteral("202,理学院分工会\n")) +
                             QStringLiteral("203,工学院分工会\n").toUtf8();
    r = runUnionDesk(
        t, {QStringLiteral("units"), QStringLiteral("import"), writeFile(t, QStringLiteral("units.csv"), units)});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("row 3: ")));
    CHECK(t.open()->scalar(QStringLiteral("SELECT count(*) FROM units")).toLongLong() == 1);
    // A whole GBK file, named so, is read.
    r = runUnionDesk(
        t, {QStringLiteral("units"), QStringLiteral("import"), QStringLiteral("--encoding"), QStringLiteral("gb18030"),
            writeFile(t, QStringLiteral("gbk.csv"), gbk.encode(QStringLiteral("代码,名称\n201,文学院分工会\n")))});
    CHECK(r.code == 0);
    CHECK(t.open()->scalar(QStringLiteral("SELECT name FROM units WHERE code = '201'")).toString() ==
          QStringLiteral("文学院分工会"));

    const QByteArray plan = QStringLiteral("2024年工会工作要点\n一、政治引领\n").toUtf8() +
                            gbk.encode(QStringLiteral("1. 学习贯彻\n")) + QStringLiteral("2. 宣传工作\n").toUtf8();
    r = runUnionDesk(t, {QStringLiteral("schedule"), QStringLiteral("import"),
                         writeFile(t, QStringLiteral("plan.txt"), plan), QStringLiteral("--year"),
                         QStringLiteral("2024")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("plan.txt: row 3: ")));
    CHECK(r.err.contains(QStringLiteral("--encoding")));
}

TEST_CASE("members and units import refuse a zip bomb and a sheet with too many rows, say why and store nothing",
          "[cli][import]")
{
    TestDatabase t;
    addUnits(t);
    const auto row = [](QByteArray& xml, std::initializer_list<QByteArrayView> texts) {
        xml += "<row>";
        for (const QByteArrayView text : texts)
            xml.append("<c t=\"inlineStr\"><is><t>").append(text).append("</t></is></c>");
        xml += "</row>";
    };
    QByteArray head = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    row(head, {"工号", "姓名", "所在单位", "代码", "名称"});
    QByteArray tail;
    row(tail, {"T1", "张伟", "经济学院分工会", "201", "文学院分工会"});
    tail += "</sheetData></worksheet>";
    const auto refused = [&](const QString& file, const QString& why, const QStringList& verbs) {
        for (const QString& verb : verbs) {
            const CliRun r = runUnionDesk(t, {verb, QStringLiteral("import"), file});
            INFO(verb.toStdString() << ": " << r.err.toStdString());
            CHECK(r.code == 1);
            CHECK(r.err.contains(QFileInfo(file).fileName()));
            CHECK(r.err.contains(why));
            CHECK(r.err.trimmed().count(QLatin1Char('\n')) == 0); // one line
        }
        CHECK(memberCount(t) == 0);
        CHECK(t.open()->scalar(QStringLiteral("SELECT count(*) FROM units")).toInt() == 1);
    };

    // Without what makes it a bomb, the file is one that imports.
    const QString sound = t.tempPath(QStringLiteral("sound.xlsx"));
    ud::test::writeWorkbook(sound, head + tail);
    CHECK(
        runUnionDesk(t, {QStringLiteral("units"), QStringLiteral("import"), sound, QStringLiteral("--dry-run")}).code ==
        0);

    // 8 MB of spaces before the last row: a few KB packed.
    const QString bomb = t.tempPath(QStringLiteral("bomb.xlsx"));
    ud::test::writeWorkbook(bomb, head + QByteArray(8 * 1024 * 1024, ' ') + tail);
    refused(bomb, QStringLiteral("zip bomb"), {QStringLiteral("members"), QStringLiteral("units")});

    // A sheet that says it has more rows than a sheet may have: refused before its rows are read (without the
    // <dimension>, as they are read: see the XlsxReader tests).
    const QString rows = t.tempPath(QStringLiteral("rows.xlsx"));
    ud::test::writeWorkbook(
        rows, QByteArray(head).replace("<sheetData>", "<dimension ref=\"A1:E200001\"/><sheetData>") + tail);
    refused(rows, QStringLiteral("more than 200,000 rows"), {QStringLiteral("members"), QStringLiteral("units")});
}

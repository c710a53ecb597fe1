#include "support/CliRun.h"
#include "support/PdfText.h"
#include "support/TestDatabase.h"
#include "support/TestFiles.h"
#include "support/XlsxReadBack.h"
#include "support/catch.h"

#include "core/io/Csv.h"

#include <QFile>
#include <QProcess>

using namespace ud::test;

namespace {

const QString kSeed = QStringLiteral(UD_TEST_DATA "/../../resources/plans/work-plan-2024.txt");

} // namespace

TEST_CASE("schedule import reads the 2024 plan, and replaces a year only with --replace", "[cli][schedule]")
{
    TestDatabase t;
    const CliRun imp = runUnionDesk(t, {QStringLiteral("schedule"), QStringLiteral("import"), kSeed,
                                        QStringLiteral("--year"), QStringLiteral("2024")});
    INFO(imp.err.toStdString());
    REQUIRE(imp.code == 0);
    CHECK(imp.out.contains(QStringLiteral("Key points: 5 sections, 15 points")));
    CHECK(imp.out.contains(QStringLiteral("Schedule: 5 sections, 30 items")));
    CHECK(imp.out.contains(QStringLiteral("浙商大工〔2024〕1号")));
    CHECK(imp.out.contains(QStringLiteral("Items whose months need checking: 0")));

    const CliRun again = runUnionDesk(t, {QStringLiteral("schedule"), QStringLiteral("import"), kSeed,
                                          QStringLiteral("--year"), QStringLiteral("2024")});
    CHECK(again.code != 0);
    CHECK(again.err.contains(QStringLiteral("--replace")));
    const CliRun replaced =
        runUnionDesk(t, {QStringLiteral("schedule"), QStringLiteral("import"), kSeed, QStringLiteral("--year"),
                         QStringLiteral("2024"), QStringLiteral("--replace")});
    CHECK(replaced.code == 0);

    // A file with nothing to recognise fails and adds nothing; a plan with an unreadable timing imports and
    // names the item.
    const QString junk =
        writeFile(t, QStringLiteral("junk.txt"), QStringLiteral("dear colleagues,\nsee you.\n").toUtf8());
    const CliRun bad = runUnionDesk(t, {QStringLiteral("schedule"), QStringLiteral("import"), junk,
                                        QStringLiteral("--year"), QStringLiteral("2026")});
    CHECK(bad.code != 0);
    CHECK(bad.err.contains(QStringLiteral("Nothing")));
    CHECK(bad.err.contains(QStringLiteral("一、"))); // what a plan has
    // Key points without a schedule by month are no plan to import either.
    const QString keyPoints = writeFile(t, QStringLiteral("points.txt"),
                                        QStringLiteral("2026年工会工作要点\n一、思想引领\n1. 加强学习。\n").toUtf8());
    const CliRun points = runUnionDesk(t, {QStringLiteral("schedule"), QStringLiteral("import"), keyPoints,
                                           QStringLiteral("--year"), QStringLiteral("2026")});
    CHECK(points.code == 1);
    CHECK(points.err.contains(QStringLiteral("No schedule item with its months")));
    const QString odd = writeFile(t, QStringLiteral("2025.txt"),
                                  QStringLiteral("2025年工会工作进度安排\n一、民主建设\n1. 召开教代会（6月底前）\n"
                                                 "2. 代表巡视（暑假期间）\n")
                                      .toUtf8());
    const CliRun flagged = runUnionDesk(t, {QStringLiteral("schedule"), QStringLiteral("import"), odd,
                                            QStringLiteral("--year"), QStringLiteral("2025")});
    CHECK(flagged.code == 0);
    CHECK(flagged.out.contains(QStringLiteral("Items whose months need checking: 1")));
    CHECK(flagged.out.contains(QStringLiteral("一-2 代表巡视 [暑假期间]")));

    const CliRun missing = runUnionDesk(t, {QStringLiteral("schedule"), QStringLiteral("import"), kSeed});
    CHECK(missing.code == 2);
    const CliRun noPlan = runUnionDesk(
        t, {QStringLiteral("schedule"), QStringLiteral("list"), QStringLiteral("--year"), QStringLiteral("2030")});
    CHECK(noPlan.code == 1);
    CHECK(noPlan.err.contains(QStringLiteral("2030")));
}

TEST_CASE("schedule list gives every month of 2024 as the golden file says", "[cli][schedule]")
{
    TestDatabase t;
    REQUIRE(runUnionDesk(t, {QStringLiteral("schedule"), QStringLiteral("import"), kSeed, QStringLiteral("--year"),
                             QStringLiteral("2024")})
                .code == 0);
    QString actual;
    for (int m = 1; m <= 12; ++m) {
        const CliRun r = runUnionDesk(t, {QStringLiteral("schedule"), QStringLiteral("list"), QStringLiteral("--year"),
                                          QStringLiteral("2024"), QStringLiteral("--month"), QString::number(m),
                                          QStringLiteral("--format"), QStringLiteral("csv")});
        REQUIRE(r.code == 0);
        const auto table = ud::core::Csv::parse(r.out.toUtf8());
        REQUIRE(!table.rows.isEmpty());
        CHECK(table.rows.first().join(QLatin1Char(',')) ==
              QStringLiteral("section,number,text,timing,months,due,status"));
        actual += QStringLiteral("== %1: %2 items\n").arg(m).arg(table.rows.size() - 1);
        for (int i = 1; i < table.rows.size(); ++i) {
            const QStringList& c = table.rows.at(i);
            REQUIRE(c.size() == 7);
            CHECK(c.at(4).split(QLatin1Char(';')).contains(QString::number(m)));
            CHECK(c.at(6) == QStringLiteral("planned"));
            actual += QStringLiteral("%1\t%2\t%3\tdue=%4\t%5\n").arg(m).arg(c.at(0), c.at(1), c.at(5), c.at(2));
        }
    }
    QFile golden(QStringLiteral(UD_TEST_DATA "/schedule/months-2024.golden"));
    REQUIRE(golden.open(QIODevice::ReadOnly));
    CHECK(actual == QString::fromUtf8(golden.readAll()));

    const CliRun all = runUnionDesk(t, {QStringLiteral("schedule"), QStringLiteral("list"), QStringLiteral("--year"),
                                        QStringLiteral("2024"), QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(all.out.count(QLatin1Char('\n')) == 31);
    CHECK(all.out.contains(
        QStringLiteral("三、维权帮扶和服务教工,3,开展教职工春秋游活动,3-5月、9-11月,\"3;4;5;9;10;11\",no,planned")));
    CHECK(all.out.contains(
        QStringLiteral("二、民主建设,1,召开校第十二届教代会暨第十四届工代会第二次会议,6月底前,6,yes,planned")));
    const CliRun table = runUnionDesk(t, {QStringLiteral("schedule"), QStringLiteral("list"), QStringLiteral("--year"),
                                          QStringLiteral("2024"), QStringLiteral("--month"), QStringLiteral("6")});
    CHECK(table.code == 0);
    CHECK(table.out.contains(QStringLiteral("6月底前")));
    const CliRun badMonth =
        runUnionDesk(t, {QStringLiteral("schedule"), QStringLiteral("list"), QStringLiteral("--year"),
                         QStringLiteral("2024"), QStringLiteral("--month"), QStringLiteral("13")});
    CHECK(badMonth.code == 2);
}

TEST_CASE("schedule print writes the month's and the year's PDF; export writes the .xlsx", "[cli][schedule]")
{
    TestDatabase t;
    REQUIRE(runUnionDesk(t, {QStringLiteral("schedule"), QStringLiteral("import"), kSeed, QStringLiteral("--year"),
                             QStringLiteral("2024")})
                .code == 0);
    const QString month = t.tempPath(QStringLiteral("2024-05.pdf"));
    const CliRun m = runUnionDesk(t, {QStringLiteral("schedule"), QStringLiteral("print"), QStringLiteral("--year"),
                                      QStringLiteral("2024"), QStringLiteral("--month"), QStringLiteral("5"),
                                      QStringLiteral("--out"), month});
    INFO(m.err.toStdString());
    CHECK(m.code == 0);
    CHECK(m.out.contains(QStringLiteral("17 item(s)")));
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), month, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    CHECK(text.contains(QStringLiteral("Union work schedule for May 2024")));
    CHECK(text.contains(QStringLiteral("浙江工商大学工会")));
    CHECK(text.contains(QStringLiteral("开展完美春秋假教职工子女托管活动")));

    QString size;
    CHECK(pdfPageCount(month, &size) == 1);
    CHECK_FALSE(isLandscape(size)); // a month: portrait unless asked
    const CliRun turned =
        runUnionDesk(t, {QStringLiteral("schedule"), QStringLiteral("print"), QStringLiteral("--year"),
                         QStringLiteral("2024"), QStringLiteral("--month"), QStringLiteral("5"),
                         QStringLiteral("--landscape"), QStringLiteral("--out"), month});
    CHECK(turned.code == 0);
    pdfPageCount(month, &size);
    CHECK(isLandscape(size));

    const QString year = t.tempPath(QStringLiteral("2024.pdf"));
    CHECK(runUnionDesk(t, {QStringLiteral("schedule"), QStringLiteral("print"), QStringLiteral("--year"),
                           QStringLiteral("2024"), QStringLiteral("--out"), year})
              .code == 0);
    CHECK(QFile(year).size() > 1000);
    pdfPageCount(year, &size);
    CHECK(isLandscape(size)); // the year overview: landscape unless asked
    CHECK(runUnionDesk(t, {QStringLiteral("schedule"), QStringLiteral("print"), QStringLiteral("--year"),
                           QStringLiteral("2024"), QStringLiteral("--portrait"), QStringLiteral("--out"), year})
              .code == 0);
    pdfPageCount(year, &size);
    CHECK_FALSE(isLandscape(size));
    const CliRun both = runUnionDesk(t, {QStringLiteral("schedule"), QStringLiteral("print"), QStringLiteral("--year"),
                                         QStringLiteral("2024"), QStringLiteral("--portrait"),
                                         QStringLiteral("--landscape"), QStringLiteral("--out"), year});
    CHECK(both.code == 2);
    CHECK(both.err.contains(QStringLiteral("--landscape")));
    CHECK(runUnionDesk(t, {QStringLiteral("schedule"), QStringLiteral("print"), QStringLiteral("--year"),
                           QStringLiteral("2024"), QStringLiteral("--out"),
                           t.tempPath(QStringLiteral("no/such/dir/x.pdf"))})
              .code == 1);

    const QString xlsx = t.tempPath(QStringLiteral("plan.xlsx"));
    const CliRun e = runUnionDesk(t, {QStringLiteral("schedule"), QStringLiteral("export"), QStringLiteral("--year"),
                                      QStringLiteral("2024"), QStringLiteral("--out"), xlsx});
    INFO(e.err.toStdString());
    REQUIRE(e.code == 0);
    QString error;
    const auto sheets = ud::test::readXlsx(xlsx, &error);
    INFO(error.toStdString());
    REQUIRE(sheets.size() == 2);
    const auto& rows = sheets.at(0).rows;
    REQUIRE(rows.size() == 31);
    CHECK(rows.at(0).at(2).value == QStringLiteral("Work item"));
    // 三-3 3-5月、9-11月: ticks in March–May and September–November.
    for (const auto& row : rows) {
        if (row.at(2).value != QStringLiteral("开展教职工春秋游活动"))
            continue;
        QStringList ticks;
        for (int c = 4; c < 16; ++c)
            ticks << row.at(c).value;
        CHECK(ticks.join(QLatin1Char(',')) == QStringLiteral(",,✓,✓,✓,,,,✓,✓,✓,"));
        CHECK(row.at(3).value == QStringLiteral("3-5月、9-11月"));
        CHECK(row.at(1).type == QStringLiteral("n"));
    }
    CHECK(sheets.at(1).rows.size() == 16);

    const CliRun copy = runUnionDesk(
        t, {QStringLiteral("schedule"), QStringLiteral("copy"), QStringLiteral("--year"), QStringLiteral("2024")});
    CHECK(copy.code == 0);
    const CliRun list2025 =
        runUnionDesk(t, {QStringLiteral("schedule"), QStringLiteral("list"), QStringLiteral("--year"),
                         QStringLiteral("2025"), QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(list2025.out.count(QLatin1Char('\n')) == 31);
}

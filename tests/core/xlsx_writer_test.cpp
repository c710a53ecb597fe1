#include "support/TestFiles.h"
#include "support/XlsxReadBack.h"
#include "support/catch.h"

#include "core/db/Error.h"
#include "core/io/SafeOutput.h"
#include "core/io/XlsxWriter.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace ud::core;
using ud::test::readXlsx;

using ud::test::writeFile;

namespace {

QByteArray contents(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

QList<XlsxColumn> sampleColumns()
{
    return {{QStringLiteral("Staff no."), XlsxColumn::Kind::Text, 10},
            {QStringLiteral("ID number"), XlsxColumn::Kind::Text, 21},
            {QStringLiteral("Mobile"), XlsxColumn::Kind::Text, 14},
            {QStringLiteral("Birth date"), XlsxColumn::Kind::Date, 12},
            {QStringLiteral("Age"), XlsxColumn::Kind::Integer, 6},
            {QStringLiteral("Amount"), XlsxColumn::Kind::Money, 12},
            {QStringLiteral("Note"), XlsxColumn::Kind::Text, 30}};
}

} // namespace

TEST_CASE("XlsxWriter writes text as text, real dates, numbers and money, with a frozen bold header and an "
          "autofilter",
          "[xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("table.xlsx"));
    {
        XlsxWriter w(path);
        w.addSheet(QStringLiteral("成员/名单"), sampleColumns());
        w.addRow({QStringLiteral("00123"), QStringLiteral("110105198503020021"), QStringLiteral("13812345678"),
                  QDate(1985, 3, 2), 38, qint64(123456), QStringLiteral("=SUM(A1:A2)")});
        w.addRow({QStringLiteral("-5"), QString(), QVariant(), QStringLiteral("1990-12-31"), QStringLiteral("n/a"),
                  qint64(-50), QStringLiteral("@cmd")});
        w.addRow({QStringLiteral("+86"), QStringLiteral("\tx"), QStringLiteral("1.5E3"), QStringLiteral("not a date"),
                  QVariant(), QVariant(), QStringLiteral("普通文字")});
        CHECK(w.rowCount() == 3);
        w.addSheet(QStringLiteral("Second"), {{QStringLiteral("Only"), XlsxColumn::Kind::Text, 8}});
        w.addRow({QVariant()}); // a blank row at the end is no sign of a cut-off file
        w.finish();
    }
    CHECK(entries(dir.path()) == QStringList{QStringLiteral("table.xlsx")}); // no temporary file left

    QString error;
    const auto sheets = readXlsx(path, &error);
    INFO(error.toStdString());
    REQUIRE(sheets.size() == 2);
    const auto& s = sheets.first();
    CHECK(s.title == QStringLiteral("成员_名单"));
    CHECK(s.freezePanes == QStringLiteral("A2"));
    CHECK(s.autoFilter == QStringLiteral("A1:G4"));
    CHECK(s.widths.value(QStringLiteral("B")) > 20);
    REQUIRE(s.rows.size() == 4);
    for (const auto& cell : s.rows[0]) {
        CHECK(cell.bold);
        CHECK(cell.type == QStringLiteral("s"));
    }
    CHECK(s.rows[0][1].value == QStringLiteral("ID number"));

    const auto& r1 = s.rows[1];
    CHECK(r1[0].type == QStringLiteral("s"));
    CHECK(r1[0].value == QStringLiteral("00123")); // leading zeros kept: text, not a number
    CHECK(r1[1].type == QStringLiteral("s"));
    CHECK(r1[1].value == QStringLiteral("110105198503020021")); // all 18 digits, not 1.10105E+17
    CHECK(r1[2].type == QStringLiteral("s"));
    CHECK(r1[3].type == QStringLiteral("d"));
    CHECK(r1[3].value == QStringLiteral("1985-03-02"));
    CHECK(r1[3].format == QStringLiteral("yyyy-mm-dd"));
    CHECK(r1[4].type == QStringLiteral("n"));
    CHECK(r1[4].value == QStringLiteral("38"));
    CHECK(r1[5].type == QStringLiteral("n"));
    CHECK(r1[5].value == QStringLiteral("1234.56"));
    CHECK(r1[5].format == QStringLiteral("#,##0.00"));
    CHECK(r1[6].type == QStringLiteral("s"));
    CHECK(r1[6].value == QStringLiteral("=SUM(A1:A2)")); // a string cell: never a formula, so no apostrophe

    const auto& r2 = s.rows[2];
    CHECK(r2[0].value == QStringLiteral("-5"));
    CHECK(r2[1].value.isEmpty());
    CHECK(r2[3].type == QStringLiteral("d"));
    CHECK(r2[3].value == QStringLiteral("1990-12-31"));
    CHECK(r2[4].type == QStringLiteral("s")); // not a number: kept as the text it is
    CHECK(r2[4].value == QStringLiteral("n/a"));
    CHECK(r2[5].value == QStringLiteral("-0.5"));
    CHECK(r2[6].value == QStringLiteral("@cmd"));

    const auto& r3 = s.rows[3];
    CHECK(r3[0].type == QStringLiteral("s"));
    CHECK(r3[0].value == QStringLiteral("+86"));
    CHECK(r3[1].value == QStringLiteral("\tx"));
    CHECK(r3[2].type == QStringLiteral("s"));
    CHECK(r3[2].value == QStringLiteral("1.5E3"));
    CHECK(r3[3].type == QStringLiteral("s"));
    CHECK(r3[3].value == QStringLiteral("not a date"));
    CHECK(r3[6].value == QStringLiteral("普通文字"));

    CHECK(sheets[1].title == QStringLiteral("Second"));
    CHECK(sheets[1].autoFilter == QStringLiteral("A1:A2"));
}

TEST_CASE("A workbook that is not finished leaves the target as it was and no temporary file", "[xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keep.xlsx"));
    writeFile(path, "old contents");
    {
        XlsxWriter w(path);
        w.addSheet(QStringLiteral("S"), sampleColumns());
        w.addRow({QStringLiteral("1")});
        // Abandoned, as when an error or a cancel comes half-way.
    }
    CHECK(contents(path) == "old contents");
    CHECK(entries(dir.path()) == QStringList{QStringLiteral("keep.xlsx")});

    // Finished, it replaces the old file.
    {
        XlsxWriter w(path);
        w.addSheet(QStringLiteral("S"), sampleColumns());
        w.finish();
    }
    CHECK(contents(path).startsWith("PK"));
    CHECK(entries(dir.path()) == QStringList{QStringLiteral("keep.xlsx")});
}

TEST_CASE("Writing where no file can be written fails with a reason and leaves nothing", "[xlsx]")
{
    QTemporaryDir dir;
    // A folder as target.
    const QString folder = dir.filePath(QStringLiteral("out.xlsx"));
    REQUIRE(QDir().mkdir(folder));
    try {
        XlsxWriter w(folder);
        FAIL("a folder was accepted as the output file");
    } catch (const Error& e) {
        CHECK(e.message().contains(QStringLiteral("is a folder")));
    }
    CHECK(entries(folder).isEmpty());
    CHECK(entries(dir.path()) == QStringList{QStringLiteral("out.xlsx")});

    // A folder that does not exist.
    CHECK_THROWS_AS(XlsxWriter(dir.filePath(QStringLiteral("missing/out.xlsx"))), Error);
    CHECK_THROWS_AS(SafeOutput(dir.filePath(QStringLiteral("missing/out.csv"))), Error);

#ifdef Q_OS_LINUX
    // A folder nobody can create files in, not even the administrator.
    try {
        XlsxWriter w(QStringLiteral("/proc/uniondesk-export.xlsx"));
        FAIL("a file was started in /proc");
    } catch (const Error& e) {
        CHECK(e.message().contains(QStringLiteral("Cannot write to the folder /proc")));
    }
    CHECK_FALSE(QFile::exists(QStringLiteral("/proc/uniondesk-export.xlsx")));
#endif
#ifdef Q_OS_UNIX
    if (geteuid() != 0) { // the administrator writes into read-only folders anyway
        const QString readOnly = dir.filePath(QStringLiteral("ro"));
        REQUIRE(QDir().mkdir(readOnly));
        QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        CHECK_THROWS_AS(XlsxWriter(readOnly + QStringLiteral("/out.xlsx")), Error);
        CHECK(entries(readOnly).isEmpty());
        QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
#endif
}

#ifdef Q_OS_UNIX
TEST_CASE("A disk that fills up half-way fails the workbook and leaves the old file", "[xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("full.xlsx"));
    writeFile(path, "old contents");

    // A file size limit makes every write past 64 KB fail as a full disk would (EFBIG instead of ENOSPC).
    struct Limit {
        rlimit saved{};
        void (*oldHandler)(int) = nullptr;
        Limit()
        {
            getrlimit(RLIMIT_FSIZE, &saved);
            oldHandler = std::signal(SIGXFSZ, SIG_IGN);
            rlimit small = saved;
            small.rlim_cur = 64 * 1024;
            setrlimit(RLIMIT_FSIZE, &small);
        }
        ~Limit()
        {
            setrlimit(RLIMIT_FSIZE, &saved);
            std::signal(SIGXFSZ, oldHandler);
        }
    };
    QString message;
    {
        XlsxWriter w(path);
        w.addSheet(QStringLiteral("S"), sampleColumns());
        Limit limit;
        try {
            for (int i = 0; i < 20000; ++i)
                w.addRow({QString::number(i * 7919),
                          QStringLiteral("11010519850302%1").arg(i % 9973, 4, 10, QLatin1Char('0')),
                          QStringLiteral("138%1").arg(i * 31337 % 100000000, 8, 10, QLatin1Char('0')),
                          QDate(1960, 1, 1).addDays(i), i, qint64(i) * 101, QStringLiteral("备注 %1").arg(i * 7)});
            w.finish();
        } catch (const Error& e) {
            message = e.message();
        }
    }
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("full.xlsx")));
    CHECK(message.contains(QStringLiteral("could not be written")));
    CHECK(contents(path) == "old contents");
    CHECK(entries(dir.path()) == QStringList{QStringLiteral("full.xlsx")});
}
#endif

TEST_CASE("Further tables on one worksheet keep their own kinds, and a chart refers to their cells", "[xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tables.xlsx"));
    {
        XlsxWriter writer(path);
        writer.addSheet(QStringLiteral("概览"), {{QStringLiteral("日期"), XlsxColumn::Kind::Date, 12},
                                                 {QStringLiteral("编号"), XlsxColumn::Kind::Text, 10}});
        writer.addRow({QDate(2024, 5, 1), QStringLiteral("007")});
        CHECK(writer.nextRow() == 2);
        writer.addTable(QStringLiteral("按分会"), {{QStringLiteral("分会"), XlsxColumn::Kind::Text, 0},
                                                   {QStringLiteral("人数"), XlsxColumn::Kind::Integer, 0}});
        CHECK(writer.nextRow() == 5); // a blank row, the title, the header
        writer.addRow({QStringLiteral("经济学院分工会"), 12});
        writer.addRow({QStringLiteral("法学院分工会"), 8});
        XlsxChart chart;
        chart.title = QStringLiteral("人数");
        chart.firstRow = 5;
        chart.lastRow = 6;
        chart.series = {{1, 4}};
        chart.anchorRow = 1;
        chart.anchorColumn = 3;
        writer.addChart(chart);
        writer.finish();
    }
    QString error;
    const auto sheets = readXlsx(path, &error);
    REQUIRE(sheets.size() == 1);
    const auto& s = sheets.first();
    CHECK(s.autoFilter == QLatin1String("A1:B2")); // the first table's
    CHECK(s.freezePanes == QLatin1String("A2"));
    CHECK(s.rows.at(1).at(0).type == QLatin1String("d"));
    CHECK(s.rows.at(3).at(0).value == QStringLiteral("按分会"));
    CHECK(s.rows.at(3).at(0).bold);
    CHECK(s.rows.at(4).at(1).value == QStringLiteral("人数"));
    // A count under the first table's date column is a number in the general format, not a date.
    CHECK(s.rows.at(5).at(1).type == QLatin1String("n"));
    CHECK(s.rows.at(5).at(1).value == QLatin1String("12"));
    CHECK(s.rows.at(5).at(1).format == QLatin1String("General"));
    CHECK(s.rows.at(6).at(0).value == QStringLiteral("法学院分工会"));

    QProcess unzip;
    unzip.start(QStringLiteral("python3"),
                {QStringLiteral("-c"),
                 QStringLiteral("import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read('xl/charts/chart1.xml')"
                                ".decode())"),
                 path});
    REQUIRE(unzip.waitForFinished(60000));
    const QString xml = QString::fromUtf8(unzip.readAllStandardOutput());
    CHECK(xml.contains(QStringLiteral("<c:barChart>")));
    CHECK(xml.contains(QStringLiteral("!$A$6:$A$7</c:f>")));
    CHECK(xml.contains(QStringLiteral("!$B$6:$B$7</c:f>")));
    CHECK(xml.contains(QStringLiteral("!$B$5</c:f>")));
}

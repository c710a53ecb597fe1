#include "support/CliRun.h"
#include "support/PdfText.h"
#include "support/ReportSession.h"
#include "support/TestDatabase.h"
#include "support/catch.h"

#include <QFile>
#include <QFileInfo>

using ud::test::CliRun;
using ud::test::runUnionDesk;
using ud::test::TestDatabase;

namespace {

QString golden(const QString& rounding)
{
    QFile f(QStringLiteral(UD_TEST_DATA "/congress/report-%1.csv").arg(rounding));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

QStringList reportArgs(const QStringList& more)
{
    return QStringList{QStringLiteral("congress"), QStringLiteral("report"), QStringLiteral("--session"),
                       QStringLiteral("12-2")} +
           more;
}

} // namespace

TEST_CASE("congress report writes the hand-counted session's tables in each rounding mode", "[cli][congress]")
{
    TestDatabase t;
    {
        auto db = t.open();
        ud::test::buildReportSession(*db);
    }
    // The default rounding is half-up to whole percents.
    const CliRun plain = runUnionDesk(t, reportArgs({QStringLiteral("--format"), QStringLiteral("csv")}));
    CHECK(plain.code == 0);
    CHECK(plain.out == golden(QStringLiteral("half-up")));
    for (const QString& mode :
         {QStringLiteral("half-up"), QStringLiteral("truncate"), QStringLiteral("largest-remainder")}) {
        CAPTURE(mode);
        const CliRun r =
            runUnionDesk(t, reportArgs({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--rounding"),
                                        mode, QStringLiteral("--decimals"), QStringLiteral("0")}));
        CHECK(r.code == 0);
        CHECK(r.out == golden(mode));
    }

    const CliRun decimals = runUnionDesk(t, reportArgs({QStringLiteral("--format"), QStringLiteral("csv"),
                                                        QStringLiteral("--decimals"), QStringLiteral("2")}));
    CHECK(decimals.out.contains(QStringLiteral("\nsatisfaction,满意率,17,89.47,,,,\n")));
    CHECK(decimals.out.contains(QStringLiteral("\ndecision,立案,24,60.00,,,,\n")));

    // For people: the sections' titles and the columns aligned.
    const CliRun table = runUnionDesk(t, reportArgs({}));
    CHECK(table.code == 0);
    CHECK(table.out.contains(QStringLiteral("Lead units")));
    CHECK(table.out.contains(QStringLiteral("On time")));

    // The printed tables.
    const QString pdf = t.tempPath(QStringLiteral("报告.pdf"));
    const CliRun printed = runUnionDesk(t, reportArgs({QStringLiteral("--out"), pdf}));
    CHECK(printed.code == 0);
    CHECK(QFileInfo(pdf).size() > 1000);
    CHECK(ud::test::pdfPages(pdf).join(QString()).contains(QStringLiteral("后勤管理处")));
    const QString xlsx = t.tempPath(QStringLiteral("report.xlsx"));
    CHECK(runUnionDesk(t, reportArgs({QStringLiteral("--out"), xlsx})).code == 0);
    CHECK(QFileInfo(xlsx).size() > 1000);

    // A csv file gets what the terminal gets, as the other CSV exports write it (BOM, CRLF).
    const QString csv = t.tempPath(QStringLiteral("report.csv"));
    CHECK(runUnionDesk(t, reportArgs({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csv}))
              .code == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QString written = QString::fromUtf8(file.readAll());
    written.remove(QChar(0xFEFF)).remove(QLatin1Char('\r'));
    CHECK(written == golden(QStringLiteral("half-up")));
}

TEST_CASE("congress report refuses an unknown session and bad options", "[cli][congress]")
{
    TestDatabase t;
    {
        auto db = t.open();
        ud::test::buildReportSession(*db);
    }
    const CliRun unknown =
        runUnionDesk(t, {QStringLiteral("congress"), QStringLiteral("report"), QStringLiteral("--session"),
                         QStringLiteral("9-9"), QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(unknown.code == 1);
    CHECK(unknown.out.isEmpty());
    CHECK(unknown.err.contains(QStringLiteral("9-9")));

    const CliRun noSession = runUnionDesk(t, {QStringLiteral("congress"), QStringLiteral("report")});
    CHECK(noSession.code == 2);
    CHECK(noSession.err.contains(QStringLiteral("--session")));
    const CliRun rounding = runUnionDesk(t, reportArgs({QStringLiteral("--rounding"), QStringLiteral("banker")}));
    CHECK(rounding.code == 2);
    CHECK(rounding.err.contains(QStringLiteral("largest-remainder")));
    const CliRun decimals = runUnionDesk(t, reportArgs({QStringLiteral("--decimals"), QStringLiteral("7")}));
    CHECK(decimals.code == 2);
    const CliRun format = runUnionDesk(t, reportArgs({QStringLiteral("--format"), QStringLiteral("csv"),
                                                      QStringLiteral("--out"), t.tempPath(QStringLiteral("r.pdf"))}));
    CHECK(format.code == 2);

    const CliRun help = runUnionDesk({QStringLiteral("congress"), QStringLiteral("report"), QStringLiteral("--help")});
    CHECK(help.code == 0);
    CHECK(help.out.contains(QStringLiteral("largest-remainder")));
}

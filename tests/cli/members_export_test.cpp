#include "support/Builders.h"
#include "support/CliRun.h"
#include "support/TestDatabase.h"
#include "support/TestIds.h"
#include "support/XlsxReadBack.h"
#include "support/catch.h"

#include "core/io/Csv.h"
#include "core/members/IdNumber.h"
#include "core/members/MemberRepository.h"
#include "core/units/SubUnitRepository.h"

#include <QDir>
#include <QFile>
#include <QProcess>

using namespace ud::core;
using namespace ud::test;

namespace {

qint64 exportLogRows(const TestDatabase& t)
{
    auto db = t.open();
    return db
        ->scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'members' AND action = 'export'"))
        .toLongLong();
}

const QString kKeys =
    QStringLiteral("staff_no,name,gender,birth_date,id_number,unit_code,unit_name,status,phone,join_date");

/// 101 and 102; 张伟 joined 101 in 2010, moved to 102 in 2020 and retired in 2023; 李娜 in 101 since 2015
/// with a note that looks like a formula; 王强 joined 102 in 2022.
void fill(const TestDatabase& t)
{
    auto db = t.open();
    const qint64 unitA = ud::test::addUnit(*db, QStringLiteral("101"), QStringLiteral("经济学院分工会"));
    const qint64 unitB = ud::test::addUnit(*db, QStringLiteral("102"), QStringLiteral("法学院分工会"));

    MemberRepository repo(*db);
    Member m = ud::test::member(QStringLiteral("20001"), QStringLiteral("张伟"), unitA);
    m.idNumber = makeId(QStringLiteral("19650302"), 13);
    m.phone = QStringLiteral("13812345678");
    m.joinDate = QDate(2010, 9, 1);
    const qint64 zhang = repo.add(m);
    repo.addEvent(ud::test::event(zhang, MemberEvent::Kind::Transferred, QDate(2020, 6, 1), unitB));
    repo.addEvent(ud::test::event(zhang, MemberEvent::Kind::Retired, QDate(2023, 7, 1)));

    Member w = ud::test::member(QStringLiteral("20002"), QStringLiteral("李娜"), unitA);
    w.idNumber = makeId(QStringLiteral("19880715"), 24);
    w.phone = QStringLiteral("13900001111");
    w.joinDate = QDate(2015, 3, 1);
    w.note = QStringLiteral("+1 for the committee");
    repo.add(w);

    Member n = ud::test::member(QStringLiteral("20003"), QStringLiteral("王强"), unitB);
    n.gender = QStringLiteral("M");
    n.joinDate = QDate(2022, 2, 1);
    repo.add(n);
}

} // namespace

TEST_CASE("members export writes xlsx and csv, masked unless --unmasked, which is recorded", "[cli][export]")
{
    TestDatabase t;
    fill(t);
    const QString xlsx = t.tempPath(QStringLiteral("all.xlsx"));
    const CliRun r = runUnionDesk(t, {QStringLiteral("members"), QStringLiteral("export"), xlsx});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Exported 3 member(s)")));
    QString error;
    const auto sheets = readXlsx(xlsx, &error);
    INFO(error.toStdString());
    REQUIRE(sheets.size() == 1);
    REQUIRE(sheets[0].rows.size() == 4);
    const auto& zhang = sheets[0].rows[1];
    CHECK(zhang[4].type == QStringLiteral("s"));
    CHECK(zhang[4].value == maskIdNumber(makeId(QStringLiteral("19650302"), 13)));
    CHECK(zhang[8].value == QStringLiteral("138****5678"));
    CHECK(zhang[3].type == QStringLiteral("d"));
    CHECK(sheets[0].freezePanes == QStringLiteral("A2"));
    CHECK(sheets[0].autoFilter.startsWith(QStringLiteral("A1:")));
    CHECK(sheets[0].rows[2][17].value == QStringLiteral("+1 for the committee")); // a string cell: no escape
    CHECK(exportLogRows(t) == 0);

    const QString csv = t.tempPath(QStringLiteral("unit.csv"));
    const CliRun c = runUnionDesk(t, {QStringLiteral("members"), QStringLiteral("export"), csv,
                                      QStringLiteral("--unit"), QStringLiteral("101"), QStringLiteral("--unmasked")});
    INFO(c.err.toStdString());
    REQUIRE(c.code == 0);
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    CHECK(data.startsWith("\xEF\xBB\xBF"));
    const Csv::Table table = Csv::parse(data);
    REQUIRE(table.rows.size() == 2); // only 李娜 is in 101 now
    CHECK(table.rows[0].mid(0, 10).join(QLatin1Char(',')) == kKeys);
    CHECK(table.rows[1][4] == makeId(QStringLiteral("19880715"), 24));
    CHECK(table.rows[1][8] == QStringLiteral("13900001111"));
    CHECK(exportLogRows(t) == 1);

    // By status, given as a key or in Chinese.
    for (const QString& status : {QStringLiteral("retired"), QStringLiteral("退休")}) {
        const QString out = t.tempPath(QStringLiteral("retired.csv"));
        const CliRun s = runUnionDesk(
            t, {QStringLiteral("members"), QStringLiteral("export"), out, QStringLiteral("--status"), status});
        INFO(s.err.toStdString());
        REQUIRE(s.code == 0);
        const Csv::Table retired = Csv::readFile(out);
        REQUIRE(retired.rows.size() == 2);
        CHECK(retired.rows[1][0] == QStringLiteral("20001"));
    }
}

TEST_CASE("members export refuses bad options and unwritable targets without leaving a file", "[cli][export]")
{
    TestDatabase t;
    fill(t);
    const QString out = t.tempPath(QStringLiteral("bad.xlsx"));
    const CliRun unit = runUnionDesk(
        t, {QStringLiteral("members"), QStringLiteral("export"), out, QStringLiteral("--unit"), QStringLiteral("999")});
    CHECK(unit.code != 0);
    CHECK(unit.err.contains(QStringLiteral("999")));
    CHECK_FALSE(QFile::exists(out));

    const CliRun status = runUnionDesk(t, {QStringLiteral("members"), QStringLiteral("export"), out,
                                           QStringLiteral("--status"), QStringLiteral("sleeping")});
    CHECK(status.code != 0);
    CHECK(status.err.contains(QStringLiteral("sleeping")));
    CHECK_FALSE(QFile::exists(out));

    const CliRun suffix =
        runUnionDesk(t, {QStringLiteral("members"), QStringLiteral("export"), t.tempPath(QStringLiteral("bad.pdf"))});
    CHECK(suffix.code != 0);
    CHECK_FALSE(QFile::exists(t.tempPath(QStringLiteral("bad.pdf"))));

    const QString folder = t.tempPath(QStringLiteral("folder.xlsx"));
    REQUIRE(QDir().mkdir(folder));
    const CliRun dir =
        runUnionDesk(t, {QStringLiteral("members"), QStringLiteral("export"), folder, QStringLiteral("--unmasked")});
    CHECK(dir.code != 0);
    CHECK(dir.err.contains(QStringLiteral("is a folder")));
    CHECK(QDir(folder).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    CHECK(exportLogRows(t) == 0);

    const CliRun missing = runUnionDesk(
        t, {QStringLiteral("members"), QStringLiteral("export"), t.tempPath(QStringLiteral("nowhere/out.csv"))});
    CHECK(missing.code != 0);
    CHECK(missing.err.contains(QStringLiteral("does not exist")));
}

TEST_CASE("members list prints csv with the keys, masked, and the roster as of a date", "[cli][export]")
{
    TestDatabase t;
    fill(t);
    const CliRun r = runUnionDesk(
        t, {QStringLiteral("members"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK_FALSE(r.rawOut.startsWith("\xEF\xBB\xBF")); // no BOM on standard output
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].startsWith(kKeys + QLatin1Char(',')));
    CHECK(lines[1].startsWith(QStringLiteral("20001,张伟,M,1965-03-02,") +
                              maskIdNumber(makeId(QStringLiteral("19650302"), 13)) +
                              QStringLiteral(",102,法学院分工会,retired,138****5678,2010-09-01,")));
    CHECK(lines[2].contains(QStringLiteral("'+1 for the committee")));
    CHECK(exportLogRows(t) == 0);

    const CliRun full = runUnionDesk(t, {QStringLiteral("members"), QStringLiteral("list"), QStringLiteral("--format"),
                                         QStringLiteral("csv"), QStringLiteral("--unmasked"),
                                         QStringLiteral("--search"), QStringLiteral("zw")});
    REQUIRE(full.code == 0);
    const QStringList fullLines = full.out.trimmed().split(QLatin1Char('\n'));
    REQUIRE(fullLines.size() == 2);
    CHECK(fullLines[1].contains(makeId(QStringLiteral("19650302"), 13)));
    CHECK(fullLines[1].contains(QStringLiteral("13812345678")));
    CHECK(exportLogRows(t) == 1);

    auto asOf = [&](const QString& date, const QStringList& more = {}) {
        const CliRun a =
            runUnionDesk(t, QStringList{QStringLiteral("members"), QStringLiteral("list"), QStringLiteral("--format"),
                                        QStringLiteral("csv"), QStringLiteral("--as-of"), date} +
                                more);
        INFO(a.err.toStdString());
        REQUIRE(a.code == 0);
        QStringList rows = a.out.trimmed().split(QLatin1Char('\n'));
        rows.removeFirst();
        return rows;
    };
    const QStringList y2019 = asOf(QStringLiteral("2019-12-31"));
    REQUIRE(y2019.size() == 2);
    CHECK(y2019[0].contains(QStringLiteral(",101,经济学院分工会,active,")));
    const QStringList y2021 = asOf(QStringLiteral("2021/1/1"));
    REQUIRE(y2021.size() == 2);
    CHECK(y2021[0].contains(QStringLiteral(",102,法学院分工会,active,")));
    const QStringList y2023 = asOf(QStringLiteral("2023-12-31"));
    REQUIRE(y2023.size() == 3);
    CHECK(y2023[0].contains(QStringLiteral(",102,法学院分工会,retired,")));
    const QStringList in101 = asOf(QStringLiteral("2019-12-31"), {QStringLiteral("--unit"), QStringLiteral("101")});
    CHECK(in101.size() == 2);
    const QStringList retired =
        asOf(QStringLiteral("2024-01-01"), {QStringLiteral("--status"), QStringLiteral("retired")});
    REQUIRE(retired.size() == 1);
    CHECK(retired[0].startsWith(QStringLiteral("20001,")));

    const CliRun badDate = runUnionDesk(t, {QStringLiteral("members"), QStringLiteral("list"),
                                            QStringLiteral("--as-of"), QStringLiteral("2023-02-30")});
    CHECK(badDate.code != 0);
    CHECK(badDate.err.contains(QStringLiteral("--as-of")));
    const CliRun badUnit = runUnionDesk(
        t, {QStringLiteral("members"), QStringLiteral("list"), QStringLiteral("--unit"), QStringLiteral("nope")});
    CHECK(badUnit.code != 0);
    CHECK(badUnit.err.contains(QStringLiteral("nope")));

    const CliRun table = runUnionDesk(
        t, {QStringLiteral("members"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("table")});
    REQUIRE(table.code == 0);
    CHECK(table.out.contains(QStringLiteral("张伟")));
    CHECK(table.out.contains(QStringLiteral("Retired")));
    CHECK(table.out.contains(QStringLiteral("138****5678")));
    CHECK_FALSE(table.out.contains(QStringLiteral("13812345678")));
}

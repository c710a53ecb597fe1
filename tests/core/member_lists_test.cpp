#include "support/Builders.h"
#include "support/TestDatabase.h"
#include "support/TestIds.h"
#include "support/XlsxReadBack.h"
#include "support/catch.h"

#include "core/io/Csv.h"
#include "core/members/IdNumber.h"
#include "core/members/MemberLists.h"
#include "core/members/MemberRepository.h"
#include "core/report/ReportPrinter.h"
#include "core/units/SubUnitRepository.h"

#include <QFile>
#include <QProcess>

using namespace ud::core;
using ud::test::TestDatabase;

namespace {

using ud::test::makeId;

struct Fixture {
    TestDatabase t;
    std::unique_ptr<Database> db = t.open();
    qint64 econ = 0;
    qint64 law = 0;
    Fixture()
    {
        SubUnit a = ud::test::unit(QStringLiteral("101"), QStringLiteral("经济学院分工会"));
        a.sortOrder = 1;
        econ = SubUnitRepository(*db).add(a);
        SubUnit b = ud::test::unit(QStringLiteral("102"), QStringLiteral("法学院分工会"));
        b.sortOrder = 2;
        law = SubUnitRepository(*db).add(b);
    }
    qint64 add(const char* staffNo, const char* name, const QDate& birth, int seq, qint64 unit,
               const QDate& joined = QDate(2000, 9, 1))
    {
        Member m = ud::test::member(QString::fromUtf8(staffNo), QString::fromUtf8(name), unit);
        m.idNumber = makeId(birth, seq);
        m.phone = QStringLiteral("13812345678");
        m.joinDate = joined;
        return MemberRepository(*db).add(m);
    }
    void event(qint64 member, MemberEvent::Kind kind, const QDate& date, std::optional<qint64> unit = {})
    {
        MemberEvent e;
        e.memberId = member;
        e.kind = kind;
        e.date = date;
        e.unitId = unit;
        MemberRepository(*db).addEvent(e, QDate(2030, 1, 1));
    }
};

QStringList column(const Report& r, int index)
{
    QStringList out;
    for (const auto& row : r.rows)
        if (row.heading.isEmpty())
            out << row.cells.value(index);
    return out;
}

} // namespace

TEST_CASE("Birthday list of a month, by sub-union and day, with the age reached that year", "[members][lists]")
{
    Fixture f;
    f.add("1", "张伟", QDate(1985, 5, 20), 11, f.econ);
    f.add("2", "王芳", QDate(1990, 5, 3), 22, f.econ);
    f.add("3", "李强", QDate(1970, 5, 9), 31, f.law);
    f.add("4", "赵敏", QDate(1980, 6, 1), 42, f.law); // June
    const qint64 retired = f.add("5", "钱进", QDate(1960, 5, 1), 51, f.law);
    f.event(retired, MemberEvent::Kind::Retired, QDate(2020, 5, 1));

    MemberLists lists(*f.db);
    MemberLists::Options options;
    Report r = lists.birthdays(2026, 5, options);
    CHECK(column(r, 2) == QStringList{"王芳", "张伟", "李强"});
    CHECK(column(r, 0) == QStringList{"1", "2", "3"});
    CHECK(column(r, 6) == QStringList{"36", "41", "56"});
    CHECK(column(r, 7).first() == QStringLiteral("138****5678"));
    CHECK(r.rows.first().heading.startsWith(QStringLiteral("经济学院分工会")));
    CHECK(r.dataRowCount() == 3);

    r = lists.birthdays(2026, 5, options, /*includeRetired=*/true);
    CHECK(column(r, 2) == QStringList{"王芳", "张伟", "钱进", "李强"});

    options.groupByUnit = false;
    options.showFullPhone = true;
    r = lists.birthdays(2026, 5, options);
    CHECK(column(r, 2) == QStringList{"王芳", "李强", "张伟"});
    CHECK(column(r, 7).first() == QStringLiteral("13812345678"));
    options.unitId = f.law;
    CHECK(column(lists.birthdays(2026, 5, options), 2) == QStringList{"李强"});
}

TEST_CASE("Retirement list by the statutory ages rising by birth month, with each woman's original age",
          "[members][lists][retirement]")
{
    Fixture f;
    f.add("1", "张伟", QDate(1967, 3, 10), 11, f.econ); // man, k = 26: 60 years 7 months, 2027-10-10
    f.add("2", "王芳", QDate(1972, 2, 1), 22, f.econ);  // woman (55 by default), k = 25: 55y7m, 2027-09-01
    f.add("3", "李强", QDate(1966, 12, 10), 31, f.law); // man, k = 23: 60y6m, 2027-06-10 (at 60: 2026)
    f.add("4", "赵敏", QDate(1967, 3, 10), 42, f.law);  // woman, born before the rise: 55 in 2022
    f.add("5", "周红", QDate(1972, 6, 15), 52, f.law);  // woman, k = 29: 55y8m, 2028-02-15 (at 55: 2027)
    f.add("6", "吴军", QDate(1967, 6, 1), 61, f.law);   // man, k = 29: 60y8m, 2028-02-01
    const qint64 sun = f.add("7", "孙丽", QDate(1976, 5, 20), 72, f.econ); // woman of the 50 group, below
    MemberRepository repo(*f.db);
    Member worker = repo.require(sun);
    worker.originalRetirementAge = 50; // k = 16: 50y9m, 2027-02-20 (at 55: 2031)
    repo.update(worker);

    MemberLists lists(*f.db);
    MemberLists::Options options;
    options.groupByUnit = false;
    Report r = lists.retirements(QDate(2027, 1, 1), QDate(2027, 12, 31), options);
    CHECK(column(r, 2) == QStringList{"孙丽", "李强", "王芳", "张伟"});
    CHECK(column(r, 7) == QStringList{"2027-02-20", "2027-06-10", "2027-09-01", "2027-10-10"});
    CHECK(column(r, 6) ==
          QStringList{"50 years 9 months", "60 years 6 months", "55 years 7 months", "60 years 7 months"});
    CHECK(r.subtitle.contains(QStringLiteral("55")));

    // The range is of days: the last day counts, the day after does not.
    CHECK(column(lists.retirements(QDate(2027, 2, 20), QDate(2027, 6, 10), options), 2) == QStringList{"孙丽", "李强"});
    CHECK(column(lists.retirements(QDate(2027, 2, 21), QDate(2027, 6, 9), options), 2).isEmpty());

    // The office's default for women without their own age: at 50, 王芳 (born before 1975) retired in 2022.
    repo.setWomenRetirementAge(50);
    CHECK(repo.womenRetirementAge() == 50);
    r = lists.retirements(QDate(2027, 1, 1), QDate(2027, 12, 31), options);
    CHECK(column(r, 2) == QStringList{"孙丽", "李强", "张伟"});
    CHECK_THROWS_AS(repo.setWomenRetirementAge(60), ValidationError);
    CHECK(repo.womenRetirementAge() == 50);
    // A woman's own age wins over the default.
    Member wang = *repo.byStaffNo(QStringLiteral("2"));
    wang.originalRetirementAge = 55;
    repo.update(wang);
    CHECK(column(lists.retirements(QDate(2027, 1, 1), QDate(2027, 12, 31), options), 2) ==
          QStringList{"孙丽", "李强", "王芳", "张伟"});
}

TEST_CASE("A woman's original retirement age is stored, a man's left out, any other age refused",
          "[members][retirement]")
{
    Fixture f;
    MemberRepository repo(*f.db);
    const qint64 woman = f.add("1", "王芳", QDate(1980, 6, 15), 22, f.econ);
    Member w = repo.require(woman);
    CHECK(w.originalRetirementAge == 0);
    CHECK(repo.statutoryRetirement(w)->date == QDate(2038, 2, 15)); // 55 by default, k = 125: 57y8m
    w.originalRetirementAge = 50;
    repo.update(w);
    w = repo.require(woman);
    CHECK(w.originalRetirementAge == 50);
    CHECK(repo.statutoryRetirement(w)->age.text() == QStringLiteral("52 years 9 months"));
    CHECK(repo.statutoryRetirement(w)->date == QDate(2033, 3, 15));

    w.originalRetirementAge = 60;
    CHECK(repo.validate(w).join(QLatin1Char('\n')).contains(QStringLiteral("50 or 55")));
    CHECK_THROWS_AS(repo.update(w), ValidationError);

    const qint64 man = f.add("2", "张伟", QDate(1970, 3, 5), 11, f.econ);
    Member m = repo.require(man);
    m.originalRetirementAge = 50;
    repo.update(m);
    CHECK(repo.require(man).originalRetirementAge == 0);
    CHECK(repo.statutoryRetirement(m)->age.text() == QStringLiteral("61 years 4 months"));
    // Without a birth date or a gender there is none.
    Member unknown = ud::test::member(QStringLiteral("3"), QStringLiteral("某人"), f.econ);
    CHECK_FALSE(repo.statutoryRetirement(unknown));
}

TEST_CASE("Roster as of a date follows transfers and retirements", "[members][lists]")
{
    Fixture f;
    const qint64 a = f.add("1", "张伟", QDate(1960, 3, 10), 11, f.econ, QDate(1990, 1, 1));
    const qint64 b = f.add("2", "王芳", QDate(1980, 2, 1), 22, f.econ, QDate(2005, 1, 1));
    f.add("3", "李强", QDate(1990, 3, 10), 31, f.law, QDate(2024, 6, 1));
    f.event(a, MemberEvent::Kind::Retired, QDate(2020, 3, 10));
    f.event(b, MemberEvent::Kind::Transferred, QDate(2023, 7, 1), f.law);

    MemberLists lists(*f.db);
    MemberLists::Options options;
    Report r = lists.rosterAsOf(QDate(2019, 12, 31), options);
    CHECK(column(r, 2) == QStringList{"王芳", "张伟"}); // one sub-union, by pinyin
    CHECK(column(r, 4) == QStringList{"经济学院分工会", "经济学院分工会"});
    CHECK(column(r, 5) == QStringList{"Active", "Active"});

    r = lists.rosterAsOf(QDate(2023, 12, 31), options);
    CHECK(column(r, 2) == QStringList{"张伟", "王芳"});
    CHECK(column(r, 4) == QStringList{"经济学院分工会", "法学院分工会"});
    CHECK(column(r, 5) == QStringList{"Retired", "Active"});

    r = lists.rosterAsOf(QDate(2024, 12, 31), options, /*includeRetired=*/false);
    CHECK(column(r, 2) == QStringList{"李强", "王芳"});
    // The title's date in the one printed form (ISO untranslated; 2024年12月31日 in Chinese), never the locale's
    // long form with a weekday.
    CHECK(r.title == QStringLiteral("Roster as of 2024-12-31"));
}

TEST_CASE("A list is printed to a PDF whose text holds the title and every row", "[members][lists][pdf]")
{
    Fixture f;
    for (int i = 0; i < 120; ++i) // enough for several pages
        f.add(QByteArray::number(1000 + i).constData(), i % 2 ? "张伟" : "王芳", QDate(1980, 5, 1 + i % 28), i + 1,
              i % 3 ? f.econ : f.law);
    f.db->exec(QStringLiteral("INSERT INTO app_settings (key, value) VALUES ('union/name', '浙江商业大学工会')"));
    MemberLists lists(*f.db);
    const Report r = lists.birthdays(2026, 5, MemberLists::Options{});
    REQUIRE(r.dataRowCount() == 120);
    const QString pdf = f.t.tempPath(QStringLiteral("birthdays.pdf"));
    ReportPrinter printer(r);
    printer.setPrintDate(QDate(2026, 5, 1));
    printer.writePdf(pdf);
    REQUIRE(QFile::exists(pdf));

    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    CHECK(text.contains(QStringLiteral("浙江商业大学工会")));
    CHECK(text.contains(r.title));
    CHECK(text.contains(QStringLiteral("Page 1 of")));
    CHECK_FALSE(text.contains(QStringLiteral("Page 1 of 1\n")));
    for (int i = 0; i < 120; ++i)
        CHECK(text.contains(QString::number(1000 + i)));
    CHECK(text.count(QStringLiteral("Staff no.")) >= 2); // the header row repeats on every page

    // A PDF that cannot be written is reported, and nothing is left behind.
    const QString bad = f.t.tempPath(QStringLiteral("missing/folder/list.pdf"));
    CHECK_THROWS_AS(printer.writePdf(bad), Error);
    CHECK_FALSE(QFile::exists(bad));
}

TEST_CASE("A list goes to .xlsx with dates as dates and numbers as numbers, and to .csv", "[members][lists]")
{
    Fixture f;
    f.add("0123", "张伟", QDate(1985, 5, 20), 11, f.econ);
    f.add("0456", "=王芳", QDate(1990, 5, 3), 22, f.law);
    MemberLists lists(*f.db);
    const Report r = lists.birthdays(2026, 5, MemberLists::Options{});
    const QString xlsx = f.t.tempPath(QStringLiteral("birthdays.xlsx"));
    writeReportTable(r, xlsx);
    QString error;
    const auto sheets = ud::test::readXlsx(xlsx, &error);
    INFO(error.toStdString());
    REQUIRE(sheets.size() == 1);
    const auto& rows = sheets.first().rows;
    REQUIRE(rows.size() == 3); // header and two members; the sub-union headings stay in print only
    CHECK(rows.at(0).at(1).value == QStringLiteral("Staff no."));
    CHECK(rows.at(1).at(1).value == QStringLiteral("0123")); // a staff number stays text
    CHECK(rows.at(1).at(1).type == QStringLiteral("s"));
    CHECK(rows.at(1).at(5).value == QStringLiteral("1985-05-20"));
    CHECK(rows.at(1).at(5).type == QStringLiteral("d"));
    CHECK(rows.at(1).at(6).type == QStringLiteral("n"));
    // A formula-looking name: a string cell, which a spreadsheet never runs, so as it is.
    CHECK(rows.at(2).at(2).value == QStringLiteral("=王芳"));
    CHECK(rows.at(2).at(2).type == QStringLiteral("s"));
    CHECK(sheets.first().freezePanes == QStringLiteral("A2"));

    const QString csv = f.t.tempPath(QStringLiteral("birthdays.csv"));
    writeReportTable(r, csv);
    const auto table = Csv::readFile(csv);
    CHECK(table.hadBom);
    CHECK(table.rows.size() == 3);
    CHECK_THROWS_AS(writeReportTable(r, f.t.tempPath(QStringLiteral("birthdays.ods"))), Error);
}

TEST_CASE("The list as the page shows it: its members, columns and order, numbers masked", "[members][lists]")
{
    Fixture f;
    f.add("3", "李强", QDate(1990, 3, 10), 31, f.law);
    f.add("1", "张伟", QDate(1960, 3, 10), 11, f.econ);
    f.add("2", "王芳", QDate(1980, 2, 1), 22, f.econ);

    MemberExportOptions options;
    options.filter.unitId = f.econ;
    options.columns = {MemberColumn::Name, MemberColumn::StaffNo, MemberColumn::Phone, MemberColumn::BirthDate};
    options.sortColumn = MemberColumn::StaffNo;
    options.order = Qt::DescendingOrder;
    const Report r = MemberLists(*f.db).shown(options);
    REQUIRE(r.columns.size() == 5);
    CHECK(r.columns.at(1).title == QStringLiteral("Name"));
    CHECK(r.columns.at(4).kind == Report::Kind::Date);
    CHECK(column(r, 0) == QStringList{"1", "2"});
    CHECK(column(r, 1) == QStringList{"王芳", "张伟"});
    CHECK(column(r, 2) == QStringList{"2", "1"});
    CHECK(column(r, 3) == QStringList{"138****5678", "138****5678"});
    CHECK(r.subtitle.contains(QStringLiteral("经济学院分工会")));
    CHECK_FALSE(r.footnote.isEmpty());
    CHECK(r.orientation == QPageLayout::Portrait);

    options.unmasked = true;
    CHECK(column(MemberLists(*f.db).shown(options), 3) == QStringList{"13812345678", "13812345678"});
}

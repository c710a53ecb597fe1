#include "support/Builders.h"
#include "support/TestDatabase.h"
#include "support/TestIds.h"
#include "support/XlsxReadBack.h"
#include "support/catch.h"

#include "core/db/Database.h"
#include "core/members/IdNumber.h"
#include "core/yearbook/Yearbook.h"

#include <QFile>
#include <QProcess>

using namespace ud::core;
using ud::test::TestDatabase;

namespace {

/// Two sub-unions, four members and a little of every module in 2024, counted by hand in the tests.
struct YearFixture {
    explicit YearFixture(Database& database) : db(database)
    {
        economics = ud::test::addUnit(db, QStringLiteral("E"), QStringLiteral("经济学院分工会"));
        law = ud::test::addUnit(db, QStringLiteral("L"), QStringLiteral("法学院分工会"));
        zhang = add(QStringLiteral("20150032"), QStringLiteral("张伟"), QStringLiteral("M"), QDate(1980, 5, 1),
                    economics, QDate(2015, 9, 1), 11, QStringLiteral("13812345678"));
        li = add(QStringLiteral("20240007"), QStringLiteral("李娜"), QStringLiteral("F"), QDate(1995, 2, 3), law,
                 QDate(2024, 3, 1), 12, QString());
        wang = add(QStringLiteral("20100003"), QStringLiteral("王强"), QStringLiteral("M"), QDate(1975, 7, 7),
                   economics, QDate(2010, 1, 1), 13, QString());
        zhao = add(QStringLiteral("19900001"), QStringLiteral("赵敏"), QStringLiteral("F"), QDate(1964, 8, 20), law,
                   QDate(1990, 7, 1), 14, QString());
        const QDate today(2025, 1, 10);
        ud::test::addEvent(db, wang, MemberEvent::Kind::Left, QDate(2024, 6, 30), std::nullopt, today);
        ud::test::addEvent(db, zhao, MemberEvent::Kind::Retired, QDate(2024, 9, 1), std::nullopt, today);

        // The work plan of 2024: three items, one done.
        const qint64 plan =
            insert(QStringLiteral("INSERT INTO schedule_plans (year, title) VALUES (2024, '2024年工作要点')"),
                   QStringLiteral("schedule_plans"));
        const qint64 section =
            insert(QStringLiteral("INSERT INTO schedule_sections (plan_id, number, title) VALUES (%1, 1, '思想引领')")
                       .arg(plan),
                   QStringLiteral("schedule_sections"));
        db.exec(QStringLiteral("INSERT INTO schedule_items (section_id, number, text, status, done_date) VALUES "
                               "(%1, 1, '开展主题教育', 'done', '2024-04-30'), (%1, 2, '举办读书会', 'planned', NULL), "
                               "(%1, 3, '教职工运动会', 'in_progress', NULL)")
                    .arg(section));

        // The congress session of 2024: two proposals, one filed, rated satisfied.
        const qint64 session = insert(QStringLiteral("INSERT INTO congress_sessions (session_key, name, term, meeting, "
                                                     "year) VALUES ('7-3', '七届三次教代会', 7, 3, 2024)"),
                                      QStringLiteral("congress_sessions"));
        const qint64 p1 = insert(QStringLiteral("INSERT INTO congress_proposals (session_id, number, title, category, "
                                                "decision) VALUES (%1, '1', '关于改善食堂的建议', '后勤', 'filed')")
                                     .arg(session),
                                 QStringLiteral("congress_proposals"));
        db.exec(QStringLiteral("INSERT INTO congress_proposals (session_id, number, title, category, decision) VALUES "
                               "(%1, '2', '关于增加停车位的建议', '后勤', 'rejected')")
                    .arg(session));
        db.exec(QStringLiteral("INSERT INTO congress_replies (proposal_id, round, replied, result) VALUES (%1, 1, "
                               "'2024-06-01', 'A')")
                    .arg(p1));
        db.exec(QStringLiteral("INSERT INTO congress_ratings (proposal_id, round, rating) VALUES (%1, 1, 'satisfied')")
                    .arg(p1));

        // Mutual aid: one scheme, the period 2024, two members enrolled, one claim paid 500.00 in May.
        const qint64 scheme = insert(QStringLiteral("INSERT INTO aid_schemes (name, fee) VALUES ('住院互助', 3000)"),
                                     QStringLiteral("aid_schemes"));
        const qint64 period = insert(QStringLiteral("INSERT INTO aid_periods (scheme_id, period_key, starts, ends) "
                                                    "VALUES (%1, '2024', '2024-01-01', '2024-12-31')")
                                         .arg(scheme),
                                     QStringLiteral("aid_periods"));
        db.exec(QStringLiteral("INSERT INTO aid_enrollments (period_id, member_id, shares, enrolled, fee) VALUES "
                               "(%1, %2, 1, '2024-01-05', 3000), (%1, %3, 2, '2024-03-05', 6000)")
                    .arg(period)
                    .arg(zhang)
                    .arg(li));
        const qint64 claim = insert(QStringLiteral("INSERT INTO aid_claims (period_id, member_id, part_key, "
                                                   "treated_from, received, status, part_payout, paid) VALUES (%1, "
                                                   "%2, 'inpatient', '2024-04-01', '2024-04-20', 'paid', 50000, "
                                                   "'2024-05-10')")
                                        .arg(period)
                                        .arg(zhang),
                                    QStringLiteral("aid_claims"));
        db.exec(
            QStringLiteral("INSERT INTO aid_ledger (period_id, posted, kind, amount, claim_id) VALUES "
                           "(%1, '2024-01-31', 'member_fees', 900000, NULL), (%1, '2024-05-10', 'claim', -50000, %2)")
                .arg(period)
                .arg(claim));

        // Hardship: one approved (2,000.00), one pending; care: two visits (500.00 and 300.00).
        db.exec(QStringLiteral("INSERT INTO hardship_cases (member_id, unit_id, given, cause, amount, review) VALUES "
                               "(%1, %2, '2024-02-01', 'illness', 200000, 'approved'), "
                               "(%3, %4, '2024-03-01', 'family', 100000, 'pending')")
                    .arg(zhang)
                    .arg(economics)
                    .arg(li)
                    .arg(law));
        const qint64 kind = insert(QStringLiteral("INSERT INTO care_kinds (year, kind_key, name, amount) VALUES (2024, "
                                                  "'illness', '生病住院', 50000)"),
                                   QStringLiteral("care_kinds"));
        db.exec(QStringLiteral("INSERT INTO care_visits (member_id, unit_id, kind_id, visited, amount) VALUES "
                               "(%1, %2, %3, '2024-04-25', 50000), (%4, %5, %3, '2024-10-01', 30000)")
                    .arg(zhang)
                    .arg(economics)
                    .arg(kind)
                    .arg(zhao)
                    .arg(law));

        // Awards: one final nomination, one withdrawn.
        const qint64 type = insert(QStringLiteral("INSERT INTO award_types (name) VALUES ('优秀工会积极分子')"),
                                   QStringLiteral("award_types"));
        const qint64 round = insert(QStringLiteral("INSERT INTO award_rounds (round_key, year, award_type_id, stage) "
                                                   "VALUES ('2024-积极分子', 2024, %1, 'final')")
                                        .arg(type),
                                    QStringLiteral("award_rounds"));
        db.exec(QStringLiteral("INSERT INTO award_nominations (round_id, member_id, unit_id, status) VALUES "
                               "(%1, %2, %3, 'final'), (%1, %4, %5, 'withdrawn')")
                    .arg(round)
                    .arg(zhang)
                    .arg(economics)
                    .arg(li)
                    .arg(law));
    }

    qint64 add(const QString& staffNo, const QString& name, const QString& gender, const QDate& birth, qint64 unit,
               const QDate& joined, int seq, const QString& phone)
    {
        Member m = ud::test::member(staffNo, name, unit);
        m.gender = gender;
        m.birthDate = birth;
        m.idNumber = ud::test::makeId(birth, gender == QLatin1String("M") ? seq * 2 + 1 : seq * 2);
        m.joinDate = joined;
        m.phone = phone;
        ids.insert(staffNo, m.idNumber);
        return MemberRepository(db).add(m);
    }

    qint64 insert(const QString& sql, const QString& table)
    {
        db.exec(sql);
        return db.scalar(QStringLiteral("SELECT MAX(id) FROM %1").arg(table)).toLongLong();
    }

    Database& db;
    qint64 economics = 0, law = 0, zhang = 0, li = 0, wang = 0, zhao = 0;
    QHash<QString, QString> ids;
};

const ud::test::ReadSheet* sheet(const QList<ud::test::ReadSheet>& sheets, const QString& title)
{
    for (const auto& s : sheets)
        if (s.title == title)
            return &s;
    return nullptr;
}

/// The row whose first cell is `first`, from row `from` on; empty when there is none.
QStringList rowStarting(const ud::test::ReadSheet& s, const QString& first, int from = 0)
{
    for (int r = from; r < s.rows.size(); ++r) {
        if (s.rows.at(r).isEmpty() || s.rows.at(r).first().value != first)
            continue;
        QStringList values;
        for (const auto& c : s.rows.at(r))
            values << c.value;
        while (!values.isEmpty() && values.last().isEmpty())
            values.removeLast();
        return values;
    }
    return {};
}

int rowIndex(const ud::test::ReadSheet& s, const QString& first)
{
    for (int r = 0; r < s.rows.size(); ++r)
        if (!s.rows.at(r).isEmpty() && s.rows.at(r).first().value == first)
            return r;
    return -1;
}

/// The charts in the workbook as chart parts (their plot kinds), and whether any picture is in it.
QStringList chartKinds(const QString& path, bool* pictures)
{
    static const char* script = R"PY(
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
names = z.namelist()
kinds = []
for n in sorted(names):
    if re.match(r"xl/charts/chart\d+\.xml$", n):
        xml = z.read(n).decode("utf-8")
        kinds.append(",".join(sorted(set(re.findall(r"<c:(\w+Chart)>", xml)))))
print("|".join(kinds))
print("pictures" if any(n.startswith("xl/media/") for n in names) else "none")
)PY";
    QProcess p;
    p.start(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromUtf8(script), path});
    p.waitForFinished(60000);
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'));
    *pictures = lines.value(1) != QLatin1String("none");
    return lines.value(0).isEmpty() ? QStringList() : lines.value(0).split(QLatin1Char('|'));
}

} // namespace

TEST_CASE("The year-end workbook has a worksheet per area with the hand-counted figures", "[yearbook]")
{
    TestDatabase t;
    auto db = t.open();
    YearFixture f(*db);
    const QString path = t.tempPath(QStringLiteral("年终报表.xlsx"));
    QList<int> steps;
    const qint64 roster = Yearbook::write(*db, path, YearbookOptions{2024, false}, [&](int done, int total) {
        CHECK(total == Yearbook::stepCount());
        steps << done;
        return true;
    });
    CHECK(roster == 3); // 张伟, 李娜 and the retired 赵敏; 王强 left in June
    CHECK(steps.first() == 0);
    CHECK(steps.last() == Yearbook::stepCount());

    QString error;
    const auto sheets = ud::test::readXlsx(path, &error);
    INFO(error.toStdString());
    QStringList titles;
    for (const auto& s : sheets)
        titles << s.title;
    CHECK(titles == Yearbook::sheetNames());
    for (const auto& s : sheets) {
        CHECK(s.freezePanes == QLatin1String("A2"));
        CHECK(!s.autoFilter.isEmpty());
        CHECK(s.rows.first().first().bold);
    }

    const auto* overview = sheet(sheets, QStringLiteral("Overview"));
    REQUIRE(overview);
    CHECK(rowStarting(*overview, QStringLiteral("Members on 31 December")).value(1) == QLatin1String("2"));
    CHECK(rowStarting(*overview, QStringLiteral("Retired members on 31 December")).value(1) == QLatin1String("1"));
    CHECK(rowStarting(*overview, QStringLiteral("Joined")).value(1) == QLatin1String("1"));
    CHECK(rowStarting(*overview, QStringLiteral("Retired")).value(1) == QLatin1String("1"));
    CHECK(rowStarting(*overview, QStringLiteral("Left")).value(1) == QLatin1String("1"));
    CHECK(rowStarting(*overview, QStringLiteral("Deceased")).value(1) == QLatin1String("0"));
    CHECK(rowStarting(*overview, QStringLiteral("Work items of the year")).value(1) == QLatin1String("3"));
    CHECK(rowStarting(*overview, QStringLiteral("Work items done")).value(1) == QLatin1String("1"));
    CHECK(rowStarting(*overview, QStringLiteral("Proposals received")).value(1) == QLatin1String("2"));
    CHECK(rowStarting(*overview, QStringLiteral("Proposals filed")).value(1) == QLatin1String("1"));
    CHECK(rowStarting(*overview, QStringLiteral("Satisfaction rate (%)")).value(1) == QLatin1String("100"));
    CHECK(rowStarting(*overview, QStringLiteral("Mutual-aid members")).value(1) == QLatin1String("2"));
    CHECK(rowStarting(*overview, QStringLiteral("Mutual-aid claims paid")).mid(1, 2) ==
          QStringList{QStringLiteral("1"), QStringLiteral("500")});
    CHECK(rowStarting(*overview, QStringLiteral("Hardship support (cases)")).mid(1, 2) ==
          QStringList{QStringLiteral("1"), QStringLiteral("2000")});
    CHECK(rowStarting(*overview, QStringLiteral("Care visits")).mid(1, 2) ==
          QStringList{QStringLiteral("2"), QStringLiteral("800")});
    CHECK(rowStarting(*overview, QStringLiteral("Awards given")).value(1) == QLatin1String("1"));
    // The chart data: active members by sub-union, payouts by month.
    const int byUnit = rowIndex(*overview, QStringLiteral("Members by sub-union on 31 December"));
    REQUIRE(byUnit > 0);
    CHECK(rowStarting(*overview, QStringLiteral("经济学院分工会"), byUnit).value(1) == QLatin1String("1"));
    CHECK(rowStarting(*overview, QStringLiteral("法学院分工会"), byUnit).value(1) == QLatin1String("1"));
    const auto may = rowStarting(*overview, QStringLiteral("2024-05"));
    CHECK(may.value(2) == QLatin1String("500"));
    CHECK(rowStarting(*overview, QStringLiteral("2024-06")).value(2) == QLatin1String("0"));

    bool pictures = true;
    const QStringList charts = chartKinds(path, &pictures);
    CHECK(charts == QStringList{QStringLiteral("barChart"), QStringLiteral("barChart"), QStringLiteral("pieChart")});
    CHECK_FALSE(pictures);

    const auto* members = sheet(sheets, QStringLiteral("Members"));
    REQUIRE(members);
    const QStringList zhangRow = rowStarting(*members, QStringLiteral("20150032"));
    REQUIRE(!zhangRow.isEmpty());
    CHECK(zhangRow.contains(maskNumber(PersonalNumber::IdNumber, f.ids.value(QStringLiteral("20150032")))));
    CHECK(zhangRow.contains(maskNumber(PersonalNumber::Phone, QStringLiteral("13812345678"))));
    CHECK_FALSE(zhangRow.contains(f.ids.value(QStringLiteral("20150032"))));
    CHECK(zhangRow.contains(QStringLiteral("44"))); // age on 31 December 2024
    CHECK(members->rows.at(rowIndex(*members, QStringLiteral("20150032"))).at(3).type == QLatin1String("d"));
    CHECK(rowStarting(*members, QStringLiteral("19900001")).contains(QStringLiteral("Retired")));
    CHECK(rowStarting(*members, QStringLiteral("20100003")).isEmpty()); // left: only among the changes
    CHECK(rowStarting(*members, QStringLiteral("2024-06-30")).contains(QStringLiteral("王强")));
    CHECK(rowStarting(*members, QStringLiteral("2024-09-01")).contains(QStringLiteral("赵敏")));
    const int bands = rowIndex(*members, QStringLiteral("Members on 31 December by sub-union, gender and age band"));
    REQUIRE(bands > 0);
    CHECK(rowStarting(*members, QStringLiteral("经济学院分工会"), bands) ==
          QStringList{QStringLiteral("经济学院分工会"), QStringLiteral("Male"), QStringLiteral("40–49"),
                      QStringLiteral("1")});
    CHECK(rowStarting(*members, QStringLiteral("法学院分工会"), bands) ==
          QStringList{QStringLiteral("法学院分工会"), QStringLiteral("Female"), QStringLiteral("under 30"),
                      QStringLiteral("1")});

    const auto* work = sheet(sheets, QStringLiteral("Work progress"));
    REQUIRE(work);
    CHECK(work->rows.size() == 4);
    CHECK(work->rows.at(1).at(5).value == QLatin1String("Done"));
    CHECK(work->rows.at(1).at(6).value == QLatin1String("2024-04-30"));

    const auto* proposals = sheet(sheets, QStringLiteral("Proposals"));
    REQUIRE(proposals);
    CHECK(rowStarting(*proposals, QStringLiteral("七届三次教代会")).contains(QStringLiteral("关于改善食堂的建议")));

    const auto* aid = sheet(sheets, QStringLiteral("Mutual aid"));
    REQUIRE(aid);
    CHECK(rowStarting(*aid, QStringLiteral("住院互助")).mid(2) == QStringList{QStringLiteral("经济学院分工会"),
                                                                              QStringLiteral("1"), QStringLiteral("1"),
                                                                              QStringLiteral("30")});
    const int claims = rowIndex(*aid, QStringLiteral("Claims paid in 2024"));
    REQUIRE(claims > 0);
    CHECK(rowStarting(*aid, QStringLiteral("住院互助"), claims + 2) ==
          QStringList{QStringLiteral("住院互助"), QStringLiteral("2024"), QStringLiteral("20150032"),
                      QStringLiteral("张伟"), QStringLiteral("经济学院分工会"), QStringLiteral("2024-04-20"),
                      QStringLiteral("2024-05-10"), QStringLiteral("500")});
    const int statements = rowIndex(*aid, QStringLiteral("Fund statements of the periods in 2024"));
    REQUIRE(statements > 0);
    CHECK(rowStarting(*aid, QStringLiteral("住院互助"), statements + 2).mid(2) ==
          QStringList{QStringLiteral("0"), QStringLiteral("9000"), QStringLiteral("500"), QStringLiteral("0"),
                      QStringLiteral("8500"), QStringLiteral("2"), QStringLiteral("1")});

    const auto* care = sheet(sheets, QStringLiteral("Hardship and care"));
    REQUIRE(care);
    CHECK(rowStarting(*care, QStringLiteral("Hardship support in all")).value(3) == QLatin1String("2000"));
    CHECK(rowStarting(*care, QStringLiteral("Care visits in all")).value(3) == QLatin1String("800"));
    CHECK(rowStarting(*care, QStringLiteral("Hardship support and care visits")).value(3) == QLatin1String("2800"));

    const auto* awards = sheet(sheets, QStringLiteral("Awards"));
    REQUIRE(awards);
    CHECK(rowStarting(*awards, QStringLiteral("优秀工会积极分子")).contains(QStringLiteral("张伟")));
    CHECK(rowStarting(*awards, QStringLiteral("优秀工会积极分子")).contains(QStringLiteral("20150032")));
}

TEST_CASE("The year-end workbook writes ID and phone numbers in full only when asked, and records it", "[yearbook]")
{
    TestDatabase t;
    auto db = t.open();
    YearFixture f(*db);
    const QString path = t.tempPath(QStringLiteral("full.xlsx"));
    const auto exportsBefore = db->scalar(QStringLiteral("SELECT COUNT(*) FROM change_log WHERE action = 'export'"));
    Yearbook::write(*db, path, YearbookOptions{2024, true});
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM change_log WHERE action = 'export'")).toLongLong() ==
          exportsBefore.toLongLong() + 1);
    QString error;
    const auto sheets = ud::test::readXlsx(path, &error);
    const auto* members = sheet(sheets, QStringLiteral("Members"));
    REQUIRE(members);
    const QStringList zhangRow = rowStarting(*members, QStringLiteral("20150032"));
    CHECK(zhangRow.contains(f.ids.value(QStringLiteral("20150032"))));
    CHECK(zhangRow.contains(QStringLiteral("13812345678")));
}

TEST_CASE("A cancelled year-end workbook leaves no file and the target as it was", "[yearbook]")
{
    TestDatabase t;
    auto db = t.open();
    YearFixture f(*db);
    const QString path = t.tempPath(QStringLiteral("cancelled.xlsx"));
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    CHECK_THROWS_AS(Yearbook::write(*db, path, YearbookOptions{2024, true}, [](int done, int) { return done < 3; }),
                    YearbookCancelled);
    QFile old(path);
    REQUIRE(old.open(QIODevice::ReadOnly));
    CHECK(old.readAll() == "old");
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM change_log WHERE action = 'export'")).toLongLong() == 0);
    CHECK_THROWS_AS(Yearbook::write(*db, t.tempPath(QStringLiteral("a.csv")), YearbookOptions{2024, false}),
                    ValidationError);
}

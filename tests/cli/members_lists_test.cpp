#include "support/Builders.h"
#include "support/CliRun.h"
#include "support/TestDatabase.h"
#include "support/TestIds.h"
#include "support/XlsxReadBack.h"
#include "support/catch.h"

#include "core/members/MemberRepository.h"

#include <QFile>
#include <QFileInfo>

using namespace ud::core;
using namespace ud::test;

namespace {

const QString kRetiringKeys = QStringLiteral("staff_no,name,gender,birth_date,unit_name,retirement_date");
const QString kKeys = QStringLiteral("staff_no,name,gender,birth_date,unit_name");

/// 101 经济学院分工会 and 102 法学院分工会; the retirement dates by the 2025 rise are in the comments.
void fill(const TestDatabase& t)
{
    auto db = t.open();
    const qint64 econ = addUnit(*db, QStringLiteral("101"), QStringLiteral("经济学院分工会"));
    const qint64 law = addUnit(*db, QStringLiteral("102"), QStringLiteral("法学院分工会"));
    MemberRepository repo(*db);
    const auto add = [&](const char* staffNo, const char* name, const QDate& birth, int seq, qint64 unit,
                         int originalAge = 0) {
        Member m = member(QString::fromUtf8(staffNo), QString::fromUtf8(name), unit);
        m.idNumber = makeId(birth, seq);
        m.phone = QStringLiteral("1390000%1").arg(seq, 4, 10, QLatin1Char('0'));
        m.joinDate = QDate(2000, 9, 1);
        m.originalRetirementAge = originalAge;
        return repo.add(m);
    };
    add("1", "张伟", QDate(1966, 12, 10), 11, econ);    // man: 60 years 6 months, 2027-06-10
    add("2", "王芳", QDate(1972, 2, 1), 22, law);       // woman, 55 by default: 55y7m, 2027-09-01
    add("3", "孙丽", QDate(1976, 5, 20), 32, econ, 50); // woman of the 50 group: 50y9m, 2027-02-20
    add("4", "周红", QDate(1972, 6, 15), 42, law);      // 55y8m: 2028-02-15
    add("5", "李娜", QDate(1988, 5, 3), 52, law);       // born in May
    const qint64 retired = add("6", "钱进", QDate(1960, 5, 1), 61, law);
    repo.addEvent(event(retired, MemberEvent::Kind::Retired, QDate(2020, 5, 1)));
}

QStringList lines(const CliRun& r)
{
    return r.out.trimmed().split(QLatin1Char('\n'));
}

CliRun run(const TestDatabase& t, const QStringList& args)
{
    return runUnionDesk(t, QStringList{QStringLiteral("members"), QStringLiteral("lists")} + args);
}

} // namespace

TEST_CASE("members lists retiring gives the statutory retirement dates by the 2025 rise", "[cli][lists]")
{
    TestDatabase t;
    fill(t);
    const QStringList range{QStringLiteral("retiring"), QStringLiteral("--from"), QStringLiteral("2027-01-01"),
                            QStringLiteral("--to"), QStringLiteral("2027-12-31")};
    const CliRun csv = run(t, range + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    INFO(csv.err.toStdString());
    REQUIRE(csv.code == 0);
    CHECK(lines(csv) == QStringList{kRetiringKeys, QStringLiteral("3,孙丽,F,1976-05-20,经济学院分工会,2027-02-20"),
                                    QStringLiteral("1,张伟,M,1966-12-10,经济学院分工会,2027-06-10"),
                                    QStringLiteral("2,王芳,F,1972-02-01,法学院分工会,2027-09-01")});

    const CliRun unit = run(t, range + QStringList{QStringLiteral("--format"), QStringLiteral("csv"),
                                                   QStringLiteral("--unit"), QStringLiteral("102")});
    REQUIRE(unit.code == 0);
    CHECK(lines(unit) == QStringList{kRetiringKeys, QStringLiteral("2,王芳,F,1972-02-01,法学院分工会,2027-09-01")});

    // For people: the titles, the gender in words; the table is the default.
    const CliRun table = run(t, range);
    REQUIRE(table.code == 0);
    CHECK(table.out.contains(QStringLiteral("Retires on")));
    CHECK(table.out.contains(QStringLiteral("Female")));
    CHECK(table.out.contains(QStringLiteral("2027-06-10")));

    // Files: .pdf and .xlsx as printed (phones masked), .csv with the keys.
    const QString pdf = t.tempPath(QStringLiteral("retiring.pdf"));
    const CliRun printed = run(t, range + QStringList{QStringLiteral("--out"), pdf});
    INFO(printed.err.toStdString());
    REQUIRE(printed.code == 0);
    CHECK(printed.out.contains(QStringLiteral("3 member(s)")));
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.read(5) == "%PDF-");

    const QString xlsx = t.tempPath(QStringLiteral("retiring.xlsx"));
    REQUIRE(run(t, range + QStringList{QStringLiteral("--out"), xlsx}).code == 0);
    QString error;
    const auto sheets = readXlsx(xlsx, &error);
    INFO(error.toStdString());
    REQUIRE(sheets.size() == 1);
    QStringList texts;
    for (const auto& row : sheets[0].rows)
        for (const auto& cell : row)
            texts << cell.value;
    CHECK(texts.contains(QStringLiteral("孙丽")));
    CHECK(texts.contains(QStringLiteral("50 years 9 months")));
    CHECK(texts.contains(QStringLiteral("139****0032")));
    CHECK_FALSE(texts.contains(QStringLiteral("13900000032")));

    const QString file = t.tempPath(QStringLiteral("retiring.csv"));
    REQUIRE(run(t, range + QStringList{QStringLiteral("--out"), file}).code == 0);
    QFile csvFile(file);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(csvFile.readAll());
    CHECK(written.contains(kRetiringKeys));
    CHECK(written.contains(QStringLiteral("3,孙丽,F,1976-05-20,经济学院分工会,2027-02-20")));
}

TEST_CASE("members lists birthdays and roster give the keys the office's scripts read", "[cli][lists]")
{
    TestDatabase t;
    fill(t);
    const CliRun may =
        run(t, {QStringLiteral("birthdays"), QStringLiteral("--month"), QStringLiteral("5"), QStringLiteral("--year"),
                QStringLiteral("2026"), QStringLiteral("--format"), QStringLiteral("csv")});
    INFO(may.err.toStdString());
    REQUIRE(may.code == 0);
    CHECK(lines(may) == QStringList{kKeys, QStringLiteral("5,李娜,F,1988-05-03,法学院分工会"),
                                    QStringLiteral("3,孙丽,F,1976-05-20,经济学院分工会")});

    const CliRun roster = run(t, {QStringLiteral("roster"), QStringLiteral("--as-of"), QStringLiteral("2025-12-31"),
                                  QStringLiteral("--format"), QStringLiteral("csv")});
    INFO(roster.err.toStdString());
    REQUIRE(roster.code == 0);
    const QStringList rows = lines(roster);
    REQUIRE(rows.size() == 7);
    CHECK(rows.first() == kKeys);
    CHECK(rows.contains(QStringLiteral("6,钱进,M,1960-05-01,法学院分工会"))); // retired, on the roster
    CHECK(rows.contains(QStringLiteral("1,张伟,M,1966-12-10,经济学院分工会")));
    // Before anyone joined: the header alone.
    CHECK(lines(run(t, {QStringLiteral("roster"), QStringLiteral("--as-of"), QStringLiteral("1999-12-31"),
                        QStringLiteral("--format"), QStringLiteral("csv")})) == QStringList{kKeys});

    const QString pdf = t.tempPath(QStringLiteral("roster.pdf"));
    REQUIRE(run(t, {QStringLiteral("roster"), QStringLiteral("--as-of"), QStringLiteral("2025-12-31"),
                    QStringLiteral("--out"), pdf})
                .code == 0);
    CHECK(QFileInfo(pdf).size() > 1000);
}

TEST_CASE("members lists refuse bad dates, months and targets with a message", "[cli][lists]")
{
    TestDatabase t;
    fill(t);
    const auto refused = [&](const QStringList& args, const QString& message) {
        const CliRun r = run(t, args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
        CHECK(r.code == 2);
        CHECK(r.err.contains(message));
        CHECK(r.out.isEmpty());
    };
    refused({QStringLiteral("retiring"), QStringLiteral("--from"), QStringLiteral("2027-13-01"), QStringLiteral("--to"),
             QStringLiteral("2027-12-31")},
            QStringLiteral("--from needs a date"));
    refused({QStringLiteral("retiring"), QStringLiteral("--from"), QStringLiteral("2027-01-01")},
            QStringLiteral("--to is required"));
    refused({QStringLiteral("retiring"), QStringLiteral("--from"), QStringLiteral("2027-12-31"), QStringLiteral("--to"),
             QStringLiteral("2027-01-01")},
            QStringLiteral("lies before --from"));
    refused({QStringLiteral("birthdays"), QStringLiteral("--month"), QStringLiteral("13")},
            QStringLiteral("--month must be a number from 1 to 12"));
    refused({QStringLiteral("birthdays")}, QStringLiteral("--month is required"));
    refused({QStringLiteral("birthdays"), QStringLiteral("--month"), QStringLiteral("5"), QStringLiteral("--year"),
             QStringLiteral("20x6")},
            QStringLiteral("--year must be a number"));
    refused({QStringLiteral("roster"), QStringLiteral("--as-of"), QStringLiteral("yesterday")},
            QStringLiteral("--as-of needs a date"));
    refused({QStringLiteral("roster"), QStringLiteral("--as-of"), QStringLiteral("2025-12-31"),
             QStringLiteral("--unit"), QStringLiteral("999")},
            QStringLiteral("999"));
    const QString pdf = t.tempPath(QStringLiteral("x.pdf"));
    refused({QStringLiteral("roster"), QStringLiteral("--as-of"), QStringLiteral("2025-12-31"),
             QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), pdf},
            QStringLiteral("--format"));
    refused({QStringLiteral("roster"), QStringLiteral("--as-of"), QStringLiteral("2025-12-31"), QStringLiteral("--out"),
             t.tempPath(QStringLiteral("no/such/folder/x.pdf"))},
            QStringLiteral("does not exist"));
    CHECK_FALSE(QFileInfo::exists(pdf));
}

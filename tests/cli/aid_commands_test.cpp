#include "support/Builders.h"
#include "support/CliRun.h"
#include "support/TestDatabase.h"
#include "support/catch.h"

#include <QFile>
#include <QJsonDocument>

using ud::test::CliRun;
using ud::test::runUnionDesk;
using ud::test::TestDatabase;

namespace {

// A table unlike the tests' usual one: a November–October period, whole mode with a last band that is not
// open-ended, a progressive part for large costs, rounding to the yuan, a lump sum once per period.
const char* const rulesJson = R"({
  "scheme": "省产业工会大病医疗互助", "period": "2024-25", "start": "2024-11-01", "end": "2025-10-31",
  "parts": [
    { "key": "inpatient", "name": "住院", "deductible": 3000, "mode": "whole",
      "bands": [ { "upTo": 10000, "percent": 40 }, { "upTo": 50000, "percent": 55 }, { "upTo": 100000, "percent": 65 } ],
      "cap": 40000 },
    { "key": "big", "name": "大额医疗费用", "deductible": 20000, "mode": "progressive",
      "bands": [ { "upTo": null, "percent": 50 } ], "cap": 20000 } ],
  "cap": 50000, "rounding": "yuan",
  "lumpSums": [ { "illness": "恶性肿瘤", "amount": 5000, "once": "period" } ] })";

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QStringList aid(const QStringList& verbs, const QStringList& more = {})
{
    return QStringList{QStringLiteral("aid")} + verbs +
           QStringList{QStringLiteral("--scheme"), QStringLiteral("省产业工会大病医疗互助"), QStringLiteral("--period"),
                       QStringLiteral("2024-25")} +
           more;
}

void makeRoster(const TestDatabase& t)
{
    auto db = t.open();
    const qint64 unit = ud::test::addUnit(*db, QStringLiteral("101"), QStringLiteral("经济学院"));
    for (int i = 1; i <= 3; ++i)
        ud::test::addMember(*db, QStringLiteral("A00%1").arg(i), QStringLiteral("会员%1").arg(i), unit);
}

} // namespace

TEST_CASE("aid rules import stores a table that aid rules export writes back", "[cli][aid]")
{
    TestDatabase t;
    makeRoster(t);
    const QString in = t.tempPath(QStringLiteral("rules.json"));
    writeFile(in, rulesJson);
    const CliRun imported =
        runUnionDesk(t, {QStringLiteral("aid"), QStringLiteral("rules"), QStringLiteral("import"), in});
    INFO(imported.err.toStdString());
    CHECK(imported.code == 0);
    CHECK(imported.out.contains(QStringLiteral("省产业工会大病医疗互助 2024-25")));

    const QString out = t.tempPath(QStringLiteral("export.json"));
    const CliRun exported =
        runUnionDesk(t, aid({QStringLiteral("rules"), QStringLiteral("export")}, {QStringLiteral("--out"), out}));
    CHECK(exported.code == 0);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QJsonDocument::fromJson(file.readAll()) == QJsonDocument::fromJson(rulesJson));

    // A broken file is refused with where it is, and changes nothing.
    QByteArray broken(rulesJson);
    broken.replace("\"whole\"", "\"stepwise\"");
    writeFile(in, broken);
    const CliRun refused =
        runUnionDesk(t, {QStringLiteral("aid"), QStringLiteral("rules"), QStringLiteral("import"), in});
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("stepwise")));
    const CliRun again = runUnionDesk(t, aid({QStringLiteral("rules"), QStringLiteral("export")}));
    CHECK(QJsonDocument::fromJson(again.out.toUtf8()) == QJsonDocument::fromJson(rulesJson));
}

TEST_CASE("aid enroll, claim compute and claims import/list on hand-computed payouts", "[cli][aid]")
{
    TestDatabase t;
    makeRoster(t);
    const QString rules = t.tempPath(QStringLiteral("rules.json"));
    writeFile(rules, rulesJson);
    REQUIRE(runUnionDesk(t, {QStringLiteral("aid"), QStringLiteral("rules"), QStringLiteral("import"), rules}).code ==
            0);

    // Enrollment: a bad row refuses the whole file.
    const QString enroll = t.tempPath(QStringLiteral("enroll.csv"));
    writeFile(enroll, "工号,姓名,份数,缴费日期,缴费方式\n"
                      "A001,会员1,1,2024-10-15,工资代扣\n"
                      "A009,无名,1,2024-10-15,现金\n");
    const CliRun refused = runUnionDesk(t, aid({QStringLiteral("enroll"), QStringLiteral("import"), enroll}));
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("row 3:")));
    CHECK(refused.err.contains(QStringLiteral("A009")));
    writeFile(enroll, "工号,姓名,份数,缴费日期,缴费方式\n"
                      "A001,会员1,1,2024-10-15,工资代扣\n"
                      "A002,会员2,1,2024-10-16,现金\n");
    const CliRun enrolled = runUnionDesk(t, aid({QStringLiteral("enroll"), QStringLiteral("import"), enroll}));
    INFO(enrolled.err.toStdString());
    CHECK(enrolled.code == 0);
    CHECK(enrolled.lastLine().contains(QStringLiteral("2 added")));

    // What a first claim would pay: whole mode, (8,000.33 − 3,000) × 40 % = 2,000.132, rounded to the yuan.
    const CliRun first =
        runUnionDesk(t, aid({QStringLiteral("claim"), QStringLiteral("compute")},
                            {QStringLiteral("--member"), QStringLiteral("A001"), QStringLiteral("--part"),
                             QStringLiteral("inpatient"), QStringLiteral("--amount"), QStringLiteral("8000.33"),
                             QStringLiteral("--date"), QStringLiteral("2024-12-01")}));
    INFO(first.err.toStdString());
    CHECK(first.code == 0);
    CHECK(first.out.contains(QStringLiteral("8,000.33")));
    CHECK(first.out.contains(QStringLiteral("40%")));
    CHECK(first.lastLine() == QStringLiteral("Payout: 2,000.00 yuan"));
    // A member who is not enrolled is refused with the rule.
    const CliRun notEnrolled =
        runUnionDesk(t, aid({QStringLiteral("claim"), QStringLiteral("compute")},
                            {QStringLiteral("--member"), QStringLiteral("A003"), QStringLiteral("--part"),
                             QStringLiteral("inpatient"), QStringLiteral("--amount"), QStringLiteral("9000"),
                             QStringLiteral("--date"), QStringLiteral("2024-12-01")}));
    CHECK(notEnrolled.code == 1);
    CHECK(notEnrolled.err.contains(QStringLiteral("only enrolled members claim")));

    // Claims in a file out of order are computed in the order of treatment:
    //  A001 2024-12-01 住院 8,000.33: 2,000
    //  A001 2025-03-01 住院 30,000: on 38,000.33 at 55 %: 19,250.18 → 19,250, less 2,000 = 17,250
    //  A001 2025-05-01 住院 50,000: on 88,000.33 at 65 %: 55,250.21, capped at 40,000, less 19,250 = 20,750
    //  A002 2025-06-01 大额 30,000 with 恶性肿瘤: (30,000 − 20,000) × 50 % = 5,000, and the lump sum 5,000
    const QString claims = t.tempPath(QStringLiteral("claims.csv"));
    writeFile(claims, "工号,项目,就诊日期,金额,疾病\n"
                      "A001,住院,2025-05-01,50000,\n"
                      "A002,大额医疗费用,2025-06-01,30000,恶性肿瘤\n"
                      "A001,inpatient,2024-12-01,8000.33,\n"
                      "A001,住院,2025-03-01,30000,\n");
    const CliRun imported = runUnionDesk(t, aid({QStringLiteral("claims"), QStringLiteral("import"), claims}));
    INFO(imported.err.toStdString());
    CHECK(imported.code == 0);
    CHECK(imported.lastLine().contains(QStringLiteral("4 claim(s)")));
    CHECK(imported.lastLine().contains(QStringLiteral("50,000.00")));

    const QString expected = QStringLiteral("staff_no,name,part,date,eligible,payout,status\n"
                                            "A001,会员1,inpatient,2024-12-01,8000.33,2000.00,draft\n"
                                            "A001,会员1,inpatient,2025-03-01,30000.00,17250.00,draft\n"
                                            "A001,会员1,inpatient,2025-05-01,50000.00,20750.00,draft\n"
                                            "A002,会员2,big,2025-06-01,30000.00,10000.00,draft\n");
    const CliRun csv = runUnionDesk(t, aid({QStringLiteral("claims"), QStringLiteral("list")},
                                           {QStringLiteral("--format"), QStringLiteral("csv")}));
    CHECK(csv.code == 0);
    CHECK(csv.out == expected);
    const CliRun table = runUnionDesk(t, aid({QStringLiteral("claims"), QStringLiteral("list")}));
    CHECK(table.code == 0);
    CHECK(table.out.contains(QStringLiteral("大额医疗费用")));
    CHECK(table.out.contains(QStringLiteral("20,750.00")));

    // The part's cap is reached: a further claim pays nothing, and says why.
    const CliRun capped =
        runUnionDesk(t, aid({QStringLiteral("claim"), QStringLiteral("compute")},
                            {QStringLiteral("--member"), QStringLiteral("A001"), QStringLiteral("--part"),
                             QStringLiteral("住院"), QStringLiteral("--amount"), QStringLiteral("10000"),
                             QStringLiteral("--date"), QStringLiteral("2025-07-01")}));
    INFO(capped.err.toStdString());
    CHECK(capped.code == 0);
    CHECK(capped.out.contains(QStringLiteral("40,000.00")));
    CHECK(capped.lastLine() == QStringLiteral("Payout: 0.00 yuan"));

    // A file with a bad row stores none of its rows.
    writeFile(claims, "工号,项目,就诊日期,金额,疾病\n"
                      "A002,住院,2025-01-05,12000,\n"
                      "A002,住院,2025-11-05,12000,\n");
    const CliRun bad = runUnionDesk(t, aid({QStringLiteral("claims"), QStringLiteral("import"), claims}));
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(QStringLiteral("row 3:")));
    CHECK(bad.err.contains(QStringLiteral("treatment inside the period")));
    CHECK_FALSE(bad.err.contains(QStringLiteral("row 2:")));
    CHECK(runUnionDesk(t, aid({QStringLiteral("claims"), QStringLiteral("list")},
                              {QStringLiteral("--format"), QStringLiteral("csv")}))
              .out == expected);

    // Wrong use.
    const CliRun noScheme = runUnionDesk(t, {QStringLiteral("aid"), QStringLiteral("claims"), QStringLiteral("list")});
    CHECK(noScheme.code == 2);
    const CliRun badFormat = runUnionDesk(t, aid({QStringLiteral("claims"), QStringLiteral("list")},
                                                 {QStringLiteral("--format"), QStringLiteral("xml")}));
    CHECK(badFormat.code == 2);
}

#include "support/Builders.h"
#include "support/CliRun.h"
#include "support/TestDatabase.h"
#include "support/TestFiles.h"
#include "support/catch.h"

#include "core/awards/AwardRepositories.h"

using namespace ud::core;
using ud::test::CliRun;
using ud::test::runUnionDesk;
using ud::test::TestDatabase;

namespace {

QStringList words(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '));
}

QStringList lines(QString out)
{
    return out.remove(QChar(0xFEFF)).remove(QLatin1Char('\r')).trimmed().split(QLatin1Char('\n'));
}

/// Two sub-unions with members: economics 张伟 (M), 陈静 (F), 刘洋 (M); law 李娜 (F), 王芳 (F), 赵强 (M), and 老周,
/// retired.
void addRoster(const TestDatabase& t)
{
    auto db = t.open();
    const qint64 economics = ud::test::addUnit(*db, QStringLiteral("E"), QStringLiteral("经济学院分工会"));
    const qint64 law = ud::test::addUnit(*db, QStringLiteral("L"), QStringLiteral("法学院分工会"));
    const auto add = [&](const char* staffNo, const char* name, qint64 unit, const char* gender) {
        Member m = ud::test::member(QString::fromUtf8(staffNo), QString::fromUtf8(name), unit);
        m.gender = QString::fromLatin1(gender);
        m.joinDate = QDate(2015, 9, 1);
        return MemberRepository(*db).add(m);
    };
    add("20150032", "张伟", economics, "M");
    add("20160011", "陈静", economics, "F");
    add("20170021", "刘洋", economics, "M");
    add("20180007", "李娜", law, "F");
    add("20190003", "王芳", law, "F");
    add("20190004", "赵强", law, "M");
    const qint64 old = add("19900001", "老周", law, "M");
    ud::test::addEvent(*db, old, MemberEvent::Kind::Retired, QDate(2023, 7, 1));
}

} // namespace

TEST_CASE("awards round add computes the sub-unions' quotas; awards quotas and round list show them", "[cli][awards]")
{
    TestDatabase t;
    addRoster(t);
    // Before any round the plan's types are listed, and nothing is stored.
    CliRun r = runUnionDesk(t, words("awards types list --format csv"));
    REQUIRE(r.code == 0);
    CHECK(lines(r.out).size() == 7);
    CHECK(r.out.contains(QStringLiteral("巾帼文明岗,collective,years,3,60,yes,3,0,")));
    CHECK(t.open()->scalar(QStringLiteral("SELECT COUNT(*) FROM award_types")).toInt() == 0);
    r = runUnionDesk(t, words("awards types list"));
    CHECK(r.out.contains(QStringLiteral("Individual or collective")));
    CHECK(r.out.contains(QStringLiteral("Not again within some years")));

    r = runUnionDesk(t, words("awards round add --key 2024-积极分子 --year 2024 --award 优秀工会积极分子 "
                                     "--quota 3 --quota-percent 40 --cutoff 2023-12-31"));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Added round 2024-积极分子: 2024 优秀工会积极分子.")));
    CHECK(r.out.contains(QStringLiteral("40 % of the active members on 2023-12-31")));

    // 40 % of 3 active members is 1.2 in each sub-union (老周 retired before the cut-off): half up, 1.
    r = runUnionDesk(t, words("awards quotas --round 2024-积极分子 --format csv"));
    REQUIRE(r.code == 0);
    QStringList out = lines(r.out);
    REQUIRE(out.size() == 3);
    CHECK(out.at(0) == QStringLiteral("unit_code,unit,headcount,computed,quota,nominated,reason"));
    CHECK(out.at(1) == QStringLiteral("E,经济学院分工会,3,1,1,0,"));
    CHECK(out.at(2) == QStringLiteral("L,法学院分工会,3,1,1,0,"));

    r = runUnionDesk(t, words("awards quota set --round 2024-积极分子 --unit E --quota 2"));
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("needs its reason")));
    r = runUnionDesk(t,
                     QStringList{QStringLiteral("awards"), QStringLiteral("quota"), QStringLiteral("set"),
                                 QStringLiteral("--round"), QStringLiteral("2024-积极分子"), QStringLiteral("--unit"),
                                 QStringLiteral("E"), QStringLiteral("--quota"), QStringLiteral("2"),
                                 QStringLiteral("--reason"), QStringLiteral("完成年度工作任务")});
    CHECK(r.code == 0);
    r = runUnionDesk(t, words("awards quotas --round 2024-积极分子 --format csv"));
    CHECK(lines(r.out).at(1) == QStringLiteral("E,经济学院分工会,3,1,2,0,完成年度工作任务"));

    r = runUnionDesk(t, words("awards round list --format csv"));
    REQUIRE(r.code == 0);
    out = lines(r.out);
    REQUIRE(out.size() == 2);
    CHECK(out.at(0) == QStringLiteral("key,year,award,stage,total_quota,quota_percent,cutoff,nominations,selected,"
                                      "publicity_start,publicity_end,finalized"));
    CHECK(out.at(1) == QStringLiteral("2024-积极分子,2024,优秀工会积极分子,nominating,3,40,2023-12-31,0,0,,,"));

    r = runUnionDesk(t, words("awards types list --format csv"));
    CHECK(r.out.contains(QStringLiteral("巾帼文明岗,collective,years,3,60,yes,3,0")));

    // Wrong use and refusals.
    CHECK(runUnionDesk(t, words("awards round add --key X --year 2024")).code == 2);
    r = runUnionDesk(t, words("awards round add --key X --year 2024 --award 最美教师 --quota-percent 4"));
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("--cutoff")));
    r = runUnionDesk(t, words("awards round add --key X --year 2024 --award 十佳教师"));
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("no award named")));
    r = runUnionDesk(t, words("awards round add --key 2024-积极分子 --year 2024 --award 最美教师"));
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("already used")));
    for (const char* help : {"awards round add --help", "awards nominations import --help", "awards check --help",
                             "awards list --help", "awards history import --help", "awards publicity --help",
                             "awards objection add --help", "awards objection close --help", "awards finalize --help",
                             "awards quota set --help", "awards score --help", "awards select --help"}) {
        r = runUnionDesk(words(help));
        CHECK(r.code == 0);
        CHECK(r.out.startsWith(QStringLiteral("Usage: uniondesk")));
    }
}

TEST_CASE("awards nominations import and awards check: warnings listed, refusals stop the file, csv by rule",
          "[cli][awards]")
{
    TestDatabase t;
    addRoster(t);
    {
        auto db = t.open();
        AwardTypeRepository types(*db);
        types.addDefaults();
        AwardType post = types.requireName(QStringLiteral("巾帼文明岗"));
        post.minDeeds = 10;
        for (AwardRule rule : {AwardRule::WomenShare, AwardRule::FemaleHead, AwardRule::Quota})
            post.setSeverity(rule, CheckSeverity::Warn);
        types.update(post);
    }
    REQUIRE(runUnionDesk(t, words("awards round add --key 2024-巾帼 --year 2024 --award 巾帼文明岗 --quota-percent 40 "
                                  "--cutoff 2023-12-31"))
                .code == 0);

    // Three collectives: 经济学院办公室 (3 listed, 1 woman, head a man) warns of women_share and female_head; the law
    // team counted as a whole is fine; a second law team is over law's quota of 1 (warned) and too small (refused?
    // no: it has 3 people) — its deeds are short (warned).
    const QString good = ud::test::writeFile(
        t, QStringLiteral("good.csv"),
        QStringLiteral(
            "被推荐人,类型,推荐单位,负责人,成员,总人数,女性人数,事迹\n"
            "经济学院办公室,集体,E,20150032,20150032、20160011 20170021,,,该集体团结协作，服务师生成绩显著。\n"
            "法学院教务办,集体,法学院分工会,20180007,20180007,5,4,该集体女职工占比高，工作成绩突出。\n"
            "法学院资料室,集体,L,20190003,20190003；20190004,3,2,成绩突出。\n")
            .toUtf8());
    CliRun r =
        runUnionDesk(t, QStringList{QStringLiteral("awards"), QStringLiteral("nominations"), QStringLiteral("import"),
                                    good, QStringLiteral("--round"), QStringLiteral("2024-巾帼")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    QStringList out = lines(r.out);
    CHECK(out.last() == QStringLiteral("Imported: 3 added; 4 warning(s)"));
    CHECK(out.at(0).startsWith(QStringLiteral("row 2: Share of women: 巾帼文明岗 needs at least 60 % women; "
                                              "经济学院办公室 has 1 women among 3 people (33 %).")));
    CHECK(out.at(1).startsWith(QStringLiteral("row 2: Woman as head:")));
    CHECK(out.at(2).startsWith(QStringLiteral("row 4: Over the quota:")));
    CHECK(out.at(3).startsWith(QStringLiteral("row 4: Deeds too short:")));

    r = runUnionDesk(t, words("awards check --round 2024-巾帼 --format csv"));
    REQUIRE(r.code == 0);
    out = lines(r.out);
    REQUIRE(out.size() == 5);
    CHECK(out.at(0) == QStringLiteral("nominee,unit,rule,severity,message"));
    CHECK(out.at(1).startsWith(QStringLiteral("经济学院办公室,经济学院分工会,women_share,warn,\"Share of women: ")));
    CHECK(out.at(2).startsWith(QStringLiteral("经济学院办公室,经济学院分工会,female_head,warn,")));
    CHECK(out.at(2).contains(QStringLiteral("张伟 20150032")));
    CHECK(out.at(3).startsWith(QStringLiteral("法学院资料室,法学院分工会,quota,warn,")));
    CHECK(out.at(4).startsWith(QStringLiteral("法学院资料室,法学院分工会,deeds_length,warn,")));
    r = runUnionDesk(t, words("awards check --round 2024-巾帼 --format table"));
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Share of women")));
    CHECK(r.out.contains(QStringLiteral("Warning")));

    r = runUnionDesk(t, words("awards list --round 2024-巾帼 --format csv"));
    REQUIRE(r.code == 0);
    out = lines(r.out);
    REQUIRE(out.size() == 4);
    CHECK(out.at(0) == QStringLiteral("nominee,staff_no,kind,unit,status,score,votes,total,rank,people,women,"
                                      "attachments,published,checks"));
    CHECK(out.at(1) == QStringLiteral("经济学院办公室,,collective,经济学院分工会,nominated,0,0,0,1,3,1,no,no,"
                                      "women_share female_head"));
    CHECK(out.at(2).startsWith(QStringLiteral("法学院教务办,,collective,法学院分工会,nominated,0,0,0,1,5,4,")));

    // A refusing check (min_size: two people) makes its row bad; nothing of the file is stored.
    const QString bad = ud::test::writeFile(
        t, QStringLiteral("bad.csv"),
        QStringLiteral("被推荐人,推荐单位,负责人,成员,事迹\n"
                       "经济学院资料室,E,20160011,20160011,该集体团结协作，服务师生成绩显著。\n"
                       "经济学院教务办,E,20160011,20160011、20150032,该集体团结协作，服务师生成绩显著。\n"
                       "经济学院办公室,E,20160011,20160011、20150032、20170021,该集体团结协作，服务师生成绩显著。\n")
            .toUtf8());
    r = runUnionDesk(t, QStringList{QStringLiteral("awards"), QStringLiteral("nominations"), QStringLiteral("import"),
                                    bad, QStringLiteral("--round"), QStringLiteral("2024-巾帼")});
    CHECK(r.code == 1);
    const QStringList errors = lines(r.err);
    CHECK(errors.at(0).startsWith(QStringLiteral("row 2: Size of the collective: 巾帼文明岗 needs a collective of at "
                                                 "least 3 people; 经济学院资料室 has 1.")));
    CHECK(errors.at(1).startsWith(QStringLiteral("row 3: Size of the collective:")));
    CHECK(errors.at(2).startsWith(QStringLiteral("row 4: Nominated twice:")));
    CHECK(errors.last() == QStringLiteral("Nothing was imported: 3 row(s) have errors."));
    CHECK(lines(runUnionDesk(t, words("awards list --round 2024-巾帼 --format csv")).out).size() == 4);

    r = runUnionDesk(t, words("awards check --round 2099-none --format csv"));
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("2099-none")));
    CHECK(runUnionDesk(t, words("awards check --format csv")).code == 2);
}

TEST_CASE("awards history import feeds the repeat rule of a later import", "[cli][awards]")
{
    TestDatabase t;
    addRoster(t);
    const QString history = ud::test::writeFile(t, QStringLiteral("history.csv"),
                                                QStringLiteral("工号,集体名称,奖项,年度\n"
                                                               "20180007,,巾帼建功标兵,2022\n"
                                                               ",图书馆流通部,巾帼文明岗,2021\n"
                                                               "20150032,,最美教师,2020\n")
                                                    .toUtf8());
    CliRun r = runUnionDesk(
        t, QStringList{QStringLiteral("awards"), QStringLiteral("history"), QStringLiteral("import"), history});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.lastLine() == QStringLiteral("Imported: 3 added"));
    r = runUnionDesk(
        t, QStringList{QStringLiteral("awards"), QStringLiteral("history"), QStringLiteral("import"), history});
    CHECK(r.lastLine() == QStringLiteral("Imported: 0 added, 3 already recorded"));
    r = runUnionDesk(t, words("awards history list --format csv"));
    QStringList out = lines(r.out);
    REQUIRE(out.size() == 4);
    CHECK(out.at(0) == QStringLiteral("year,award,staff_no,name,collective,unit,source,round"));
    CHECK(out.at(1) == QStringLiteral("2022,巾帼建功标兵,20180007,李娜,,,imported,"));

    const QString badHistory = ud::test::writeFile(t, QStringLiteral("bad-history.csv"),
                                                   QStringLiteral("工号,奖项,年度\n"
                                                                  "20190003,巾帼建功标兵,2023\n"
                                                                  "20180007,优秀教师,2023\n")
                                                       .toUtf8());
    r = runUnionDesk(
        t, QStringList{QStringLiteral("awards"), QStringLiteral("history"), QStringLiteral("import"), badHistory});
    CHECK(r.code == 1);
    CHECK(r.err.startsWith(QStringLiteral("row 3: There is no award named \"优秀教师\"")));
    CHECK(lines(runUnionDesk(t, words("awards history list --format csv")).out).size() == 4);

    REQUIRE(runUnionDesk(t, words("awards round add --key 2024-标兵 --year 2024 --award 巾帼建功标兵")).code == 0);
    const QString nominations = ud::test::writeFile(t, QStringLiteral("nominations.csv"),
                                                    QStringLiteral("被推荐人,推荐单位,事迹\n"
                                                                   "王芳,L,工作成绩突出。\n"
                                                                   "李娜,L,工作成绩突出。\n"
                                                                   "老周,L,工作成绩突出。\n")
                                                        .toUtf8());
    r = runUnionDesk(t, QStringList{QStringLiteral("awards"), QStringLiteral("nominations"), QStringLiteral("import"),
                                    nominations, QStringLiteral("--round"), QStringLiteral("2024-标兵")});
    CHECK(r.code == 1);
    const QStringList errors = lines(r.err);
    REQUIRE(errors.size() == 3);
    CHECK(errors.at(0) == QStringLiteral("row 3: Repeat award: 李娜 20180007 was given 巾帼建功标兵 in 2022; it is not "
                                         "given to the same nominee again within 3 year(s)."));
    CHECK(errors.at(1) ==
          QStringLiteral("row 4: Not an active member: 老周 19900001 is not an active member (Retired)."));
}

TEST_CASE("An awards round from the command line: review, 公示 across National Day, objections, final, unlocked",
          "[cli][awards]")
{
    TestDatabase t;
    addRoster(t);
    REQUIRE(runUnionDesk(t, words("awards round add --key 2024-最美 --year 2024 --award 最美教师 --quota 2 "
                                  "--committee-weight 60"))
                .code == 0);
    const QString file = ud::test::writeFile(t, QStringLiteral("nominations.csv"),
                                             QStringLiteral("被推荐人,推荐单位,事迹\n"
                                                            "20150032,E,工作成绩突出。\n"
                                                            "20180007,L,工作成绩突出。\n"
                                                            "20160011,E,工作成绩突出。\n")
                                                 .toUtf8());
    CliRun r =
        runUnionDesk(t, QStringList{QStringLiteral("awards"), QStringLiteral("nominations"), QStringLiteral("import"),
                                    file, QStringLiteral("--round"), QStringLiteral("2024-最美")});
    REQUIRE(r.code == 0);

    r = runUnionDesk(t, words("awards score --round 2024-最美 --nominee 张伟 --score 90"));
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("during the review")));
    REQUIRE(runUnionDesk(t, words("awards review --round 2024-最美")).code == 0);
    REQUIRE(runUnionDesk(t, words("awards score --round 2024-最美 --nominee 张伟 --score 90 --votes 10")).code == 0);
    REQUIRE(runUnionDesk(t, words("awards score --round 2024-最美 --nominee 20180007 --score 85.5 --votes 40")).code ==
            0);
    REQUIRE(runUnionDesk(t, words("awards score --round 2024-最美 --nominee 陈静 --score 70 --votes 20")).code == 0);
    r = runUnionDesk(t, words("awards select --round 2024-最美"));
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("2 selected")));
    // 李娜 85.5 × 0.6 + 100 × 0.4 = 91.3; 张伟 90 × 0.6 + 25 × 0.4 = 64; 陈静 70 × 0.6 + 50 × 0.4 = 62.
    r = runUnionDesk(t, words("awards list --round 2024-最美 --format csv"));
    QStringList out = lines(r.out);
    CHECK(out.at(1).startsWith(QStringLiteral("张伟,20150032,individual,经济学院分工会,selected,90,10,64,2,")));
    CHECK(out.at(2).startsWith(QStringLiteral("李娜,20180007,individual,法学院分工会,selected,85.5,40,91.3,1,")));
    CHECK(out.at(3).startsWith(QStringLiteral("陈静,20160011,individual,经济学院分工会,nominated,70,20,62,3,")));

    // The 公示: 5 working days from Friday 2024-09-27, the day itself counting, over National Day.
    r = runUnionDesk(t, words("awards publicity --round 2024-最美 --start 2024-09-27 --dry-run"));
    CHECK(r.out.trimmed() == QStringLiteral("2024-10-09"));
    r = runUnionDesk(t, words("awards publicity --round 2024-最美 --start 2024-09-27 --days 5"));
    REQUIRE(r.code == 0);
    CHECK(r.out == QStringLiteral("2024-10-09\n"));

    r = runUnionDesk(t, QStringList{QStringLiteral("awards"), QStringLiteral("objection"), QStringLiteral("add"),
                                    QStringLiteral("--round"), QStringLiteral("2024-最美"), QStringLiteral("--nominee"),
                                    QStringLiteral("张伟"), QStringLiteral("--date"), QStringLiteral("2024-09-30"),
                                    QStringLiteral("--content"), QStringLiteral("反映其教学工作量与实际不符")});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("to 张伟 20150032 recorded")));
    r = runUnionDesk(t, words("awards objection list --round 2024-最美 --format csv"));
    out = lines(r.out);
    REQUIRE(out.size() == 2);
    const QString id = out.at(1).section(QLatin1Char(','), 0, 0);
    CHECK(out.at(1).endsWith(QStringLiteral(",2024-09-30,张伟 20150032,反映其教学工作量与实际不符,pending,,,")));

    r = runUnionDesk(t, words("awards finalize --round 2024-最美 --date 2024-10-09"));
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("runs until 2024-10-09")));
    r = runUnionDesk(t, words("awards finalize --round 2024-最美 --date 2024-10-10"));
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("still open")));
    r = runUnionDesk(t, QStringList{QStringLiteral("awards"), QStringLiteral("objection"), QStringLiteral("close"),
                                    QStringLiteral("--id"), id, QStringLiteral("--outcome"), QStringLiteral("upheld"),
                                    QStringLiteral("--date"), QStringLiteral("2024-10-08"), QStringLiteral("--finding"),
                                    QStringLiteral("反映属实")});
    REQUIRE(r.code == 0);
    r = runUnionDesk(t, words("awards finalize --round 2024-最美 --date 2024-10-10"));
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("is final: 1 awarded")));
    r = runUnionDesk(t, words("awards history list --year 2024 --format csv"));
    out = lines(r.out);
    REQUIRE(out.size() == 2);
    CHECK(out.at(1) == QStringLiteral("2024,最美教师,20180007,李娜,,法学院分工会,round,2024-最美"));

    r = runUnionDesk(t, words("awards select --round 2024-最美 --nominee 陈静"));
    CHECK(r.code == 1);
    r = runUnionDesk(t, words("awards unlock --round 2024-最美"));
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("needs the reason")));
    r = runUnionDesk(t, QStringList{QStringLiteral("awards"), QStringLiteral("unlock"), QStringLiteral("--round"),
                                    QStringLiteral("2024-最美"), QStringLiteral("--reason"),
                                    QStringLiteral("名单需补充公示")});
    REQUIRE(r.code == 0);
    r = runUnionDesk(t, words("awards round list --format csv"));
    CHECK(lines(r.out).at(1).startsWith(QStringLiteral("2024-最美,2024,最美教师,publicity,")));
    CHECK(lines(runUnionDesk(t, words("awards history list --year 2024 --format csv")).out).size() == 1);
}

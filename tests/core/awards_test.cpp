#include "support/Builders.h"
#include "support/TestDatabase.h"
#include "support/TestFiles.h"
#include "support/catch.h"

#include "core/awards/AwardModels.h"
#include "core/awards/AwardRepositories.h"
#include "core/awards/AwardsDemo.h"
#include "core/awards/AwardsImport.h"
#include "core/calendar/CalendarDay.h"
#include "core/db/Error.h"
#include "core/members/DemoData.h"

#include <QAbstractItemModelTester>

using namespace ud::core;
using ud::test::TestDatabase;

namespace {

QString refusal(const std::function<void()>& f)
{
    try {
        f();
    } catch (const ValidationError& e) {
        return e.message();
    }
    return {};
}

/// Three sub-unions and a way to add members with a gender; the default award types.
struct AwardsFixture {
    explicit AwardsFixture(Database& database) : db(database), rounds(db), nominations(db), types(db)
    {
        economics = ud::test::addUnit(db, QStringLiteral("E"), QStringLiteral("经济学院分工会"));
        law = ud::test::addUnit(db, QStringLiteral("L"), QStringLiteral("法学院分工会"));
        arts = ud::test::addUnit(db, QStringLiteral("A"), QStringLiteral("艺术学院分工会"));
        types.addDefaults();
    }
    qint64 person(const QString& staffNo, const QString& name, qint64 unit, const QString& gender = QStringLiteral("M"),
                  const QDate& joined = QDate(2015, 9, 1))
    {
        Member m = ud::test::member(staffNo, name, unit);
        m.gender = gender;
        m.joinDate = joined;
        return MemberRepository(db).add(m);
    }
    qint64 typeId(const char* name) const { return types.requireName(QString::fromUtf8(name)).id; }
    qint64 round(const char* award, int totalQuota = 0, int quotaBp = 0, const QDate& cutoff = {}, int year = 2024)
    {
        AwardRound r;
        r.key = QStringLiteral("%1-%2").arg(year).arg(QString::fromUtf8(award));
        r.year = year;
        r.awardTypeId = typeId(award);
        r.totalQuota = totalQuota;
        r.quotaBp = quotaBp;
        r.cutoff = cutoff;
        return rounds.open(r);
    }
    static Nomination individual(qint64 round, qint64 member, qint64 unit, const QString& deeds = {})
    {
        Nomination n;
        n.roundId = round;
        n.memberId = member;
        n.unitId = unit;
        n.deeds = deeds;
        return n;
    }
    static Nomination collective(qint64 round, const QString& name, qint64 unit, std::optional<qint64> head,
                                 QList<qint64> members, int size = 0, int women = 0)
    {
        Nomination n;
        n.roundId = round;
        n.kind = NomineeKind::Collective;
        n.teamName = name;
        n.unitId = unit;
        n.headMemberId = head;
        n.memberIds = std::move(members);
        n.teamSize = size;
        n.teamWomen = women;
        return n;
    }
    /// The rule keys of the problems of nomination `id` in the round's check.
    QStringList rulesOf(qint64 roundId, qint64 id) const
    {
        QStringList keys;
        for (const AwardProblem& p : nominations.roundProblems(roundId))
            if (p.nominationId == id)
                keys << awardRules().key(p.rule);
        return keys;
    }
    void setSeverity(const char* award, AwardRule rule, CheckSeverity severity)
    {
        AwardType t = types.requireName(QString::fromUtf8(award));
        t.setSeverity(rule, severity);
        types.update(t);
    }

    Database& db;
    AwardRoundRepository rounds;
    NominationRepository nominations;
    AwardTypeRepository types;
    qint64 economics = 0, law = 0, arts = 0;
};

/// A round of `award` with two members selected and its 公示 from 2024-09-27 (ending 2024-10-09).
struct PublishedRound {
    explicit PublishedRound(AwardsFixture& f)
    {
        zhang = f.person(QStringLiteral("20150032"), QStringLiteral("张伟"), f.economics);
        li = f.person(QStringLiteral("20180007"), QStringLiteral("李娜"), f.law, QStringLiteral("F"));
        round = f.round("最美教师", 2);
        zhangNomination = f.nominations.nominate(AwardsFixture::individual(round, zhang, f.economics));
        liNomination = f.nominations.nominate(AwardsFixture::individual(round, li, f.law));
        f.rounds.closeNominations(round);
        f.rounds.selectByRanking(round);
        f.rounds.startPublicity(round, QDate(2024, 9, 27), 5, QStringLiteral("校工会办公室"));
    }
    qint64 zhang = 0, li = 0, round = 0, zhangNomination = 0, liNomination = 0;
};

} // namespace

TEST_CASE("Award quotas round half up, down or up, with a minimum of 1 as a setting", "[awards]")
{
    // 4 % of 37 is 1.48, of 63 is 2.52, of 250 exactly 10; 2.5 % of 100 is 2.5; 4 % of 10 is 0.4.
    CHECK(quotaFor(37, 400, QuotaRounding::HalfUp, false) == 1);
    CHECK(quotaFor(37, 400, QuotaRounding::Down, false) == 1);
    CHECK(quotaFor(37, 400, QuotaRounding::Up, false) == 2);
    CHECK(quotaFor(63, 400, QuotaRounding::HalfUp, false) == 3);
    CHECK(quotaFor(63, 400, QuotaRounding::Down, false) == 2);
    CHECK(quotaFor(63, 400, QuotaRounding::Up, false) == 3);
    CHECK(quotaFor(250, 400, QuotaRounding::HalfUp, false) == 10);
    CHECK(quotaFor(250, 400, QuotaRounding::Down, false) == 10);
    CHECK(quotaFor(250, 400, QuotaRounding::Up, false) == 10);
    CHECK(quotaFor(100, 250, QuotaRounding::HalfUp, false) == 3);
    CHECK(quotaFor(100, 250, QuotaRounding::Down, false) == 2);
    CHECK(quotaFor(10, 400, QuotaRounding::HalfUp, false) == 0);
    CHECK(quotaFor(10, 400, QuotaRounding::HalfUp, true) == 1);
    CHECK(quotaFor(10, 400, QuotaRounding::Down, true) == 1);
    CHECK(quotaFor(10, 400, QuotaRounding::Up, false) == 1);
    // Nobody, or no percent: no quota, whatever the minimum.
    CHECK(quotaFor(0, 400, QuotaRounding::Up, true) == 0);
    CHECK(quotaFor(50, 0, QuotaRounding::Up, true) == 0);

    CHECK(parsePercent(QStringLiteral("4")) == 400);
    CHECK(parsePercent(QStringLiteral("2.5%")) == 250);
    CHECK(parsePercent(QStringLiteral("４％")) == 400);
    CHECK_FALSE(parsePercent(QStringLiteral("2.555")));
    CHECK_FALSE(parsePercent(QStringLiteral("101")));
    CHECK(percentText(250) == QStringLiteral("2.5"));
    CHECK(scoreText(8750) == QStringLiteral("87.5"));
    CHECK(parseScore(QStringLiteral("92.25")) == 9225);
}

TEST_CASE("The default award types are those of the published calls", "[awards]")
{
    TestDatabase t;
    auto db = t.open();
    AwardTypeRepository types(*db);
    CHECK(types.addDefaults().size() == 6);
    CHECK(types.addDefaults().isEmpty());
    const AwardType post = types.requireName(QStringLiteral("巾帼文明岗"));
    CHECK(post.kind == AwardKind::Collective);
    CHECK(post.minWomenPercent == 60);
    CHECK(post.femaleHead);
    CHECK(post.minSize == 3);
    CHECK(post.repeatRule == RepeatRule::Years);
    CHECK(post.repeatYears == 3);
    const AwardType model = types.requireName(QStringLiteral("巾帼建功标兵"));
    CHECK(model.kind == AwardKind::Individual);
    CHECK(model.repeatRule == RepeatRule::Years);
    CHECK(model.repeatYears == 3);
    CHECK(types.requireName(QStringLiteral("三育人先进")).kind == AwardKind::Both);
    CHECK(types.requireName(QStringLiteral("工会工作先进")).kind == AwardKind::Both);
    CHECK(types.requireName(QStringLiteral("最美教师")).repeatRule == RepeatRule::None);
    CHECK(types.requireName(QStringLiteral("优秀工会积极分子")).kind == AwardKind::Individual);
    CHECK(refusal([&] { types.requireName(QStringLiteral("十佳")); }).contains(QStringLiteral("最美教师")));

    AwardType bad = model;
    bad.repeatYears = 0;
    CHECK(refusal([&] { types.update(bad); }).contains(QStringLiteral("number of years")));
}

TEST_CASE("Quotas come from each sub-union's active members on the cut-off date; a change needs its reason", "[awards]")
{
    TestDatabase t;
    auto db = t.open();
    AwardsFixture f(*db);
    // Economics: 30 active at the end of 2023, one who retired before it, one who joined after it, one who moved to
    // law in 2024 (still counted in economics). Law: 3. Arts: nobody.
    for (int i = 0; i < 30; ++i)
        f.person(QStringLiteral("E%1").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("经济%1").arg(i), f.economics);
    const qint64 retired = f.person(QStringLiteral("E900"), QStringLiteral("退休甲"), f.economics);
    ud::test::addEvent(*db, retired, MemberEvent::Kind::Retired, QDate(2023, 6, 30));
    f.person(QStringLiteral("E901"), QStringLiteral("新人乙"), f.economics, QStringLiteral("F"), QDate(2024, 3, 1));
    const qint64 moved = f.person(QStringLiteral("E902"), QStringLiteral("调动丙"), f.economics);
    ud::test::addEvent(*db, moved, MemberEvent::Kind::Transferred, QDate(2024, 2, 1), f.law);
    for (int i = 0; i < 3; ++i)
        f.person(QStringLiteral("L%1").arg(i), QStringLiteral("法学%1").arg(i), f.law);

    const QHash<qint64, int> heads = f.rounds.headcounts(QDate(2023, 12, 31));
    CHECK(heads.value(f.economics) == 31);
    CHECK(heads.value(f.law) == 3);
    CHECK(heads.value(f.arts) == 0);

    // 5 % of 31 is 1.55, of 3 is 0.15: half up 2 and 0, raised to 1 by the minimum.
    const qint64 round = f.round("优秀工会积极分子", 0, 500, QDate(2023, 12, 31));
    QList<AwardQuota> quotas = f.rounds.quotas(round);
    REQUIRE(quotas.size() == 2);                                      // a sub-union without active members has none
    CHECK(quotas.at(0).unitName == QStringLiteral("经济学院分工会")); // in the sub-unions' order
    CHECK(quotas.at(0).headcount == 31);
    CHECK(quotas.at(0).computed == 2);
    CHECK(quotas.at(1).unitName == QStringLiteral("法学院分工会"));
    CHECK(quotas.at(1).headcount == 3);
    CHECK(quotas.at(1).quota == 1);
    CHECK(f.rounds.quotaOf(round, f.arts) == 0);

    DatabaseSettings settings(*db);
    settings.setValue(settings::AwardQuotaRounding, QStringLiteral("down"));
    settings.setValue(settings::AwardQuotaMinimumOne, QStringLiteral("0"));
    f.rounds.computeQuotas(round);
    CHECK(f.rounds.quotaOf(round, f.economics) == 1);
    CHECK(f.rounds.quotaOf(round, f.law) == 0);
    settings.setValue(settings::AwardQuotaRounding, QStringLiteral("up"));
    f.rounds.computeQuotas(round);
    CHECK(f.rounds.quotaOf(round, f.economics) == 2);
    CHECK(f.rounds.quotaOf(round, f.law) == 1);

    // A quota other than the computed one needs the reason; the change history keeps it, a recomputation keeps it.
    CHECK(refusal([&] { f.rounds.setQuota(round, f.economics, 3, {}); }).contains(QStringLiteral("needs its reason")));
    f.rounds.setQuota(round, f.economics, 3, QStringLiteral("完成年度工作任务，上浮5%"));
    f.rounds.setQuota(round, f.law, 0, QStringLiteral("会费未按时上缴"));
    const QString logged =
        db->scalar(QStringLiteral("SELECT new_values FROM change_log WHERE table_name = 'award_quotas' AND action = "
                                  "'update' ORDER BY id DESC LIMIT 1"))
            .toString();
    CHECK(logged.contains(QStringLiteral("会费未按时上缴")));
    f.rounds.computeQuotas(round);
    CHECK(f.rounds.quotaOf(round, f.economics) == 3);
    CHECK(f.rounds.quotaOf(round, f.law) == 0);
    f.rounds.setQuota(round, f.economics, 2, {}); // the computed one again
    quotas = f.rounds.quotas(round);
    CHECK_FALSE(quotas.at(0).adjusted());
    CHECK(quotas.at(0).reason.isEmpty());

    AwardQuotasModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(db.get());
    model.setRound(round);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.data(model.index(1, AwardQuotasModel::Reason)).toString() == QStringLiteral("会费未按时上缴"));

    // Law merged into economics: both quotas count for economics until they are computed again as one.
    SubUnitRepository(*db).merge(f.law, f.economics);
    CHECK(f.rounds.quotaOf(round, f.economics) == 2);
    f.rounds.computeQuotas(round);
    quotas = f.rounds.quotas(round);
    REQUIRE(quotas.size() == 1);
    CHECK(quotas.first().headcount == 34);
    CHECK(quotas.first().computed == 2); // 5 % of 34 is 1.7, rounded up
}

TEST_CASE("The quota check: a sub-union's nominations beyond its quota, refused or warned as the award says",
          "[awards]")
{
    TestDatabase t;
    auto db = t.open();
    AwardsFixture f(*db);
    QList<qint64> people;
    for (int i = 0; i < 3; ++i)
        people << f.person(QStringLiteral("E%1").arg(i), QStringLiteral("经济%1").arg(i), f.economics);
    const qint64 round = f.round("优秀工会积极分子");
    f.rounds.setQuota(round, f.economics, 1, QStringLiteral("每单位限报1人"));
    const qint64 first = f.nominations.nominate(AwardsFixture::individual(round, people.at(0), f.economics));
    CHECK(f.rulesOf(round, first).isEmpty());
    const QString refused =
        refusal([&] { f.nominations.nominate(AwardsFixture::individual(round, people.at(1), f.economics)); });
    CHECK(refused.contains(QStringLiteral("Over the quota")));
    CHECK(refused.contains(QStringLiteral("经济学院分工会 may nominate 1")));
    // Law has no quota in a round that has quotas.
    const qint64 lawyer = f.person(QStringLiteral("L1"), QStringLiteral("法学1"), f.law);
    CHECK(refusal([&] {
              f.nominations.nominate(AwardsFixture::individual(round, lawyer, f.law));
          }).contains(QStringLiteral("has no quota")));

    f.setSeverity("优秀工会积极分子", AwardRule::Quota, CheckSeverity::Warn);
    QList<AwardProblem> warnings;
    const qint64 second =
        f.nominations.nominate(AwardsFixture::individual(round, people.at(1), f.economics), &warnings);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first().rule == AwardRule::Quota);
    CHECK(warnings.first().severity == CheckSeverity::Warn);
    CHECK(f.rulesOf(round, first).isEmpty()); // the later one is over the quota
    CHECK(f.rulesOf(round, second) == QStringList{QStringLiteral("quota")});
    // Withdrawn, it no longer counts.
    f.nominations.withdraw(second, QStringLiteral("分工会撤回"));
    CHECK(f.nominations.roundProblems(round).isEmpty());
}

TEST_CASE("The repeat check reads the awards history: within the exclusion years, or once only", "[awards]")
{
    TestDatabase t;
    auto db = t.open();
    AwardsFixture f(*db);
    const qint64 li = f.person(QStringLiteral("20180007"), QStringLiteral("李娜"), f.law, QStringLiteral("F"));
    const qint64 wang = f.person(QStringLiteral("20120011"), QStringLiteral("王芳"), f.law, QStringLiteral("F"));
    AwardHistoryRepository history(*db);
    AwardHistoryEntry e;
    e.memberId = li;
    e.awardTypeId = f.typeId("巾帼建功标兵");
    e.year = 2021; // within 3 years of a 2024 round (2021–2023)
    history.add(e);
    e.memberId = wang;
    e.year = 2020; // not within
    history.add(e);
    CHECK(refusal([&] { history.add(e); }).contains(QStringLiteral("already recorded")));

    const qint64 round = f.round("巾帼建功标兵");
    const QString refused = refusal([&] { f.nominations.nominate(AwardsFixture::individual(round, li, f.law)); });
    CHECK(refused.contains(QStringLiteral("Repeat award")));
    CHECK(refused.contains(QStringLiteral("李娜 20180007 was given 巾帼建功标兵 in 2021")));
    CHECK(refused.contains(QStringLiteral("within 3 year(s)")));
    CHECK(f.nominations.nominate(AwardsFixture::individual(round, wang, f.law)) > 0);

    // Never again: any earlier year.
    AwardType type = f.types.requireName(QStringLiteral("巾帼建功标兵"));
    type.repeatRule = RepeatRule::Never;
    f.types.update(type);
    f.setSeverity("巾帼建功标兵", AwardRule::Repeat, CheckSeverity::Warn);
    const QStringList rules = f.rulesOf(round, f.nominations.all().last().id);
    CHECK(rules == QStringList{QStringLiteral("repeat")});
    const AwardProblem p = f.nominations.roundProblems(round).first();
    CHECK(p.message.contains(QStringLiteral("only once")));
    CHECK(p.severity == CheckSeverity::Warn);

    // A collective by its name.
    AwardHistoryEntry team;
    team.teamName = QStringLiteral("图书馆流通部");
    team.awardTypeId = f.typeId("巾帼文明岗");
    team.year = 2023;
    history.add(team);
    const qint64 posts = f.round("巾帼文明岗");
    const qint64 head = f.person(QStringLiteral("20100001"), QStringLiteral("赵敏"), f.arts, QStringLiteral("F"));
    const QString teamRefused = refusal([&] {
        f.nominations.nominate(
            AwardsFixture::collective(posts, QStringLiteral("图书馆流通部"), f.arts, head, {head}, 5, 4));
    });
    CHECK(teamRefused.contains(QStringLiteral("图书馆流通部 was given 巾帼文明岗 in 2023")));
}

TEST_CASE("A collective's checks: the share of women, a woman as head, the least size", "[awards]")
{
    TestDatabase t;
    auto db = t.open();
    AwardsFixture f(*db);
    const qint64 zhao = f.person(QStringLiteral("20100001"), QStringLiteral("赵敏"), f.arts, QStringLiteral("F"));
    const qint64 qian = f.person(QStringLiteral("20100002"), QStringLiteral("钱芳"), f.arts, QStringLiteral("F"));
    const qint64 sun = f.person(QStringLiteral("20100003"), QStringLiteral("孙强"), f.arts, QStringLiteral("M"));
    const qint64 zhou = f.person(QStringLiteral("20100004"), QStringLiteral("周刚"), f.arts, QStringLiteral("M"));
    const qint64 posts = f.round("巾帼文明岗");
    // Every check warns here, so that each can be seen to fail on its own.
    for (AwardRule rule : awardRules().values())
        f.setSeverity("巾帼文明岗", rule, CheckSeverity::Warn);

    // Listed people only: 2 women of 4 is 50 %.
    const qint64 half = f.nominations.nominate(
        AwardsFixture::collective(posts, QStringLiteral("艺术学院办公室"), f.arts, zhao, {zhao, qian, sun, zhou}));
    CHECK(f.rulesOf(posts, half) == QStringList{QStringLiteral("women_share")});
    const QList<AwardProblem> problems = f.nominations.roundProblems(posts);
    CHECK(problems.first().message.contains(QStringLiteral("has 2 women among 4 people (50 %)")));
    CHECK(f.nominations.teamCount(*f.nominations.withMembers(half)).women == 2);

    // Counted as a whole: 3 of 5 is 60 %, enough; a man as head.
    const qint64 manHead = f.nominations.nominate(
        AwardsFixture::collective(posts, QStringLiteral("艺术学院资料室"), f.arts, sun, {sun}, 5, 3));
    CHECK(f.rulesOf(posts, manHead) == QStringList{QStringLiteral("female_head")});
    CHECK(f.nominations.roundProblems(posts).last().message.contains(QStringLiteral("孙强 20100003")));
    // No head at all, and two people.
    const qint64 small = f.nominations.nominate(
        AwardsFixture::collective(posts, QStringLiteral("艺术学院实验室"), f.arts, std::nullopt, {zhao, qian}));
    CHECK(f.rulesOf(posts, small) == (QStringList{QStringLiteral("female_head"), QStringLiteral("min_size")}));
    // Counts that contradict themselves are refused outright.
    CHECK(refusal([&] {
              f.nominations.nominate(
                  AwardsFixture::collective(posts, QStringLiteral("某科室"), f.arts, zhao, {zhao}, 3, 4));
          }).contains(QStringLiteral("cannot have 4 women")));
    CHECK(refusal([&] {
              f.nominations.nominate(
                  AwardsFixture::collective(posts, QStringLiteral("某科室"), f.arts, zhao, {zhao, qian, sun}, 2, 2));
          }).contains(QStringLiteral("3 members are listed")));
    // 巾帼文明岗 is for collectives only.
    CHECK(refusal([&] {
              f.nominations.nominate(AwardsFixture::individual(posts, zhao, f.arts));
          }).contains(QStringLiteral("collectives only")));

    // With the default severities the same collective is refused, the rule named.
    f.setSeverity("巾帼文明岗", AwardRule::WomenShare, CheckSeverity::Refuse);
    CHECK(refusal([&] {
              f.nominations.nominate(
                  AwardsFixture::collective(posts, QStringLiteral("艺术学院教务科"), f.arts, zhao, {zhao, sun, zhou}));
          }).contains(QStringLiteral("Share of women: 巾帼文明岗 needs at least 60 % women")));
}

TEST_CASE("The not_active, duplicate and deeds_length checks", "[awards]")
{
    TestDatabase t;
    auto db = t.open();
    AwardsFixture f(*db);
    const qint64 zhang = f.person(QStringLiteral("20150032"), QStringLiteral("张伟"), f.economics);
    const qint64 old = f.person(QStringLiteral("19900001"), QStringLiteral("老周"), f.economics);
    ud::test::addEvent(*db, old, MemberEvent::Kind::Retired, QDate(2023, 7, 1));
    AwardType type = f.types.requireName(QStringLiteral("最美教师"));
    type.minDeeds = 20;
    f.types.update(type);
    const qint64 round = f.round("最美教师");
    const QString deeds = QStringLiteral("该同志热爱教育事业，扎根教学一线二十余年，教学评价连续三年位列学院前列。");

    CHECK(refusal([&] {
              f.nominations.nominate(AwardsFixture::individual(round, old, f.economics, deeds));
          }).contains(QStringLiteral("老周 19900001 is not an active member (Retired)")));
    const qint64 first = f.nominations.nominate(AwardsFixture::individual(round, zhang, f.economics, deeds));
    CHECK(f.rulesOf(round, first).isEmpty());
    const QString twice =
        refusal([&] { f.nominations.nominate(AwardsFixture::individual(round, zhang, f.law, deeds)); });
    CHECK(twice.contains(QStringLiteral("Nominated twice")));
    CHECK(twice.contains(QStringLiteral("already nominated in round 2024-最美教师 (by 经济学院分工会)")));

    // Short deeds only warn by default: stored, with the warning.
    const qint64 li = f.person(QStringLiteral("20180007"), QStringLiteral("李娜"), f.law, QStringLiteral("F"));
    QList<AwardProblem> warnings;
    const qint64 shortDeeds =
        f.nominations.nominate(AwardsFixture::individual(round, li, f.law, QStringLiteral("表现突出。")), &warnings);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first().rule == AwardRule::DeedsLength);
    CHECK(warnings.first().message.contains(QStringLiteral("have 5 characters")));
    CHECK(warnings.first().message.contains(QStringLiteral("at least 20")));
    CHECK(f.rulesOf(round, shortDeeds) == QStringList{QStringLiteral("deeds_length")});

    // The duplicate and not_active checks warn when the award says so; the check lists them for the stored rows.
    f.setSeverity("最美教师", AwardRule::Duplicate, CheckSeverity::Warn);
    f.setSeverity("最美教师", AwardRule::NotActive, CheckSeverity::Warn);
    const qint64 second = f.nominations.nominate(AwardsFixture::individual(round, zhang, f.law, deeds));
    const qint64 retiree = f.nominations.nominate(AwardsFixture::individual(round, old, f.economics, deeds));
    CHECK(f.rulesOf(round, first).isEmpty());
    CHECK(f.rulesOf(round, second) == QStringList{QStringLiteral("duplicate")});
    CHECK(f.rulesOf(round, retiree) == QStringList{QStringLiteral("not_active")});

    // A collective's head who is not active; a collective nominated twice by name.
    const qint64 teams = f.round("工会工作先进");
    f.setSeverity("工会工作先进", AwardRule::NotActive, CheckSeverity::Warn);
    f.setSeverity("工会工作先进", AwardRule::Duplicate, CheckSeverity::Warn);
    const qint64 a = f.nominations.nominate(
        AwardsFixture::collective(teams, QStringLiteral("经济学院工会小组"), f.economics, old, {zhang}, 8, 2));
    const qint64 b = f.nominations.nominate(
        AwardsFixture::collective(teams, QStringLiteral("经济学院 工会小组"), f.law, zhang, {zhang}, 8, 2));
    CHECK(f.rulesOf(teams, a) == QStringList{QStringLiteral("not_active")});
    CHECK(f.rulesOf(teams, b) == QStringList{QStringLiteral("duplicate")});

    // The nominations model shows the checks per row.
    NominationsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(db.get());
    model.setRound(round);
    REQUIRE(model.rowCount() == 4);
    CHECK(model.data(model.index(0, NominationsModel::Nominee)).toString() == QStringLiteral("张伟 20150032"));
    CHECK(model.data(model.index(0, NominationsModel::Checks)).toString().isEmpty());
    CHECK(model.data(model.index(0, 0), NominationsModel::SeverityRole).toString().isEmpty());
    CHECK(model.data(model.index(1, NominationsModel::Checks)).toString() == QStringLiteral("Deeds too short"));
    CHECK(model.data(model.index(1, 0), NominationsModel::SeverityRole).toString() == QStringLiteral("warn"));
    CHECK(model.data(model.index(2, 0), NominationsModel::RulesRole).toStringList() ==
          QStringList{QStringLiteral("duplicate")});
    CHECK(model.data(model.index(3, NominationsModel::Checks), Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("not an active member")));
}

TEST_CASE("The review ranks by the weighted scores and selects within the total and the sub-unions' quotas", "[awards]")
{
    TestDatabase t;
    auto db = t.open();
    AwardsFixture f(*db);
    const qint64 round = f.round("三育人先进", 2);
    AwardRound r = f.rounds.require(round);
    r.committeeWeight = 60;
    f.rounds.edit(r);
    f.rounds.setQuota(round, f.economics, 1, QStringLiteral("每单位限选1人"));
    f.rounds.setQuota(round, f.law, 2, QStringLiteral("每单位限选2人"));
    const qint64 a = f.nominations.nominate(AwardsFixture::individual(
        round, f.person(QStringLiteral("E1"), QStringLiteral("甲"), f.economics), f.economics));
    f.setSeverity("三育人先进", AwardRule::Quota, CheckSeverity::Warn);
    const qint64 b = f.nominations.nominate(AwardsFixture::individual(
        round, f.person(QStringLiteral("E2"), QStringLiteral("乙"), f.economics), f.economics));
    const qint64 c = f.nominations.nominate(
        AwardsFixture::individual(round, f.person(QStringLiteral("L1"), QStringLiteral("丙"), f.law), f.law));
    const qint64 d = f.nominations.nominate(
        AwardsFixture::individual(round, f.person(QStringLiteral("L2"), QStringLiteral("丁"), f.law), f.law));
    CHECK(refusal([&] { f.rounds.setScore(a, 9000, 0); }).contains(QStringLiteral("during the review")));
    f.rounds.closeNominations(round);
    CHECK(refusal([&] {
              f.nominations.nominate(
                  AwardsFixture::individual(round, f.person(QStringLiteral("L3"), QStringLiteral("戊"), f.law), f.law));
          }).contains(QStringLiteral("no longer takes nominations")));

    // 60 % committee, 40 % public (votes against the most votes): a 90 × 0.6 + 50 × 0.4 = 74; b 80 × 0.6 + 100 ×
    // 0.4 = 88; c 95 × 0.6 + 25 × 0.4 = 67; d 70 × 0.6 + 0 = 42.
    f.rounds.setScore(a, 9000, 100);
    f.rounds.setScore(b, 8000, 200);
    f.rounds.setScore(c, 9500, 50);
    f.rounds.setScore(d, 7000, 0);
    const QList<RankedNomination> ranking = f.rounds.ranking(round);
    REQUIRE(ranking.size() == 4);
    CHECK(ranking.at(0).nomination.id == b);
    CHECK(ranking.at(0).total == 8800);
    CHECK(ranking.at(1).nomination.id == a);
    CHECK(ranking.at(1).total == 7400);
    CHECK(ranking.at(2).total == 6700);
    CHECK(ranking.at(3).rank == 4);

    // Total 2; economics 1: b, then a is passed over (economics full), then c.
    CHECK(f.rounds.selectByRanking(round) == 2);
    const auto status = [&](qint64 id) { return f.nominations.require(id).status; };
    CHECK(status(b) == NominationStatus::Selected);
    CHECK(status(a) == NominationStatus::Nominated);
    CHECK(status(c) == NominationStatus::Selected);
    CHECK(status(d) == NominationStatus::Nominated);
    CHECK(refusal([&] { f.rounds.setSelected(d, true); }).contains(QStringLiteral("awards at most 2")));
    f.rounds.setSelected(c, false);
    f.rounds.setSelected(d, true);
    CHECK(status(d) == NominationStatus::Selected);
    // Economics's quota only warns here, so a second one may be selected by hand.
    f.rounds.setSelected(d, false);
    f.rounds.setSelected(a, true);
    CHECK(status(a) == NominationStatus::Selected);
    CHECK(refusal([&] { f.rounds.reopenNominations(round); }).contains(QStringLiteral("deselect them first")));
}

TEST_CASE("The 公示 ends on the working calendar: 2024-09-27 for 5 working days ends on 2024-10-09", "[awards]")
{
    TestDatabase t;
    auto db = t.open();
    AwardRoundRepository rounds(*db);
    // 9-27 Fri day 1, 9-29 Sun (worked for National Day) day 2, 9-30 day 3, 10-1 to 10-7 off, 10-8 day 4, 10-9 day 5.
    CHECK(rounds.publicityEnd(QDate(2024, 9, 27), 5) == QDate(2024, 10, 9));
    // Around the Spring Festival of 2025 (1-28 to 2-4 off, 1-26 Sun and 2-8 Sat worked): from Fri 1-24, day 1 1-24,
    // 1-26, 1-27, then 2-5, 2-6.
    CHECK(rounds.publicityEnd(QDate(2025, 1, 24), 5) == QDate(2025, 2, 6));
    // An ordinary week.
    CHECK(rounds.publicityEnd(QDate(2024, 6, 3), 5) == QDate(2024, 6, 7));
    // Whether the first day counts is the calendar's setting.
    DatabaseSettings(*db).setValue(settings::StartDayCounts, QStringLiteral("0"));
    CHECK(rounds.publicityEnd(QDate(2024, 9, 27), 5) == QDate(2024, 10, 10));
    CHECK(rounds.publicityEnd(QDate(2024, 6, 3), 5) == QDate(2024, 6, 11)); // 6-10 is the Dragon Boat Festival

    DatabaseSettings(*db).setValue(settings::StartDayCounts, QStringLiteral("1"));
    AwardsFixture f(*db);
    PublishedRound p(f);
    const AwardRound r = f.rounds.require(p.round);
    CHECK(r.stage == RoundStage::Publicity);
    CHECK(r.publicityStart == QDate(2024, 9, 27));
    CHECK(r.publicityDays == 5);
    CHECK(r.publicityEnd == QDate(2024, 10, 9));
    CHECK(r.objectionsTo == QStringLiteral("校工会办公室"));
}

TEST_CASE("Objections during the 公示; the list locks once it has ended and every objection is closed", "[awards]")
{
    TestDatabase t;
    auto db = t.open();
    AwardsFixture f(*db);
    PublishedRound p(f);
    const qint64 round = p.round;

    Objection o;
    o.nominationId = p.zhangNomination;
    o.received = QDate(2024, 9, 26);
    o.content = QStringLiteral("反映其教学工作量与实际不符。");
    CHECK(refusal([&] { f.rounds.addObjection(o); }).contains(QStringLiteral("before the 公示 began")));
    o.received = QDate(2024, 9, 30);
    const qint64 first = f.rounds.addObjection(o);
    o.nominationId = p.liNomination;
    o.content = QStringLiteral("反映其论文存在署名争议。");
    const qint64 second = f.rounds.addObjection(o);

    // Not before the end date has passed, nor with objections open.
    CHECK(refusal([&] {
              f.rounds.finalize(round, QDate(2024, 10, 9));
          }).contains(QStringLiteral("runs until 2024-10-09")));
    CHECK(refusal([&] {
              f.rounds.finalize(round, QDate(2024, 10, 10));
          }).contains(QStringLiteral("2 objection(s) to round 2024-最美教师 are still open")));
    CHECK(refusal([&] { f.rounds.stopPublicity(round); }).contains(QStringLiteral("can no longer be taken back")));

    f.rounds.closeObjection(first, ObjectionOutcome::Dismissed, QDate(2024, 10, 8), QStringLiteral("校工会"),
                            QStringLiteral("经核实，工作量统计无误。"));
    CHECK(refusal([&] {
              f.rounds.closeObjection(first, ObjectionOutcome::Upheld, QDate(2024, 10, 8), {}, {});
          }).contains(QStringLiteral("already closed")));
    f.rounds.closeObjection(second, ObjectionOutcome::Upheld, QDate(2024, 10, 9), QStringLiteral("校工会"),
                            QStringLiteral("署名争议属实。"));
    CHECK(f.nominations.require(p.liNomination).status == NominationStatus::Withdrawn);
    const QList<Objection> objections = f.rounds.objections(round);
    REQUIRE(objections.size() == 2);
    CHECK(objections.at(0).nominee == QStringLiteral("张伟 20150032"));
    CHECK(objections.at(1).outcome == ObjectionOutcome::Upheld);

    ObjectionsModel objectionsModel;
    QAbstractItemModelTester objectionsTester(&objectionsModel, QAbstractItemModelTester::FailureReportingMode::Fatal);
    objectionsModel.setDatabase(db.get());
    objectionsModel.setRound(round);
    CHECK(objectionsModel.rowCount() == 2);

    CHECK(f.rounds.finalizeProblem(round, QDate(2024, 10, 10)).isEmpty());
    const RoundFile before = f.rounds.file(round);
    f.rounds.finalize(round, QDate(2024, 10, 10));
    const AwardRound finalRound = f.rounds.require(round);
    CHECK(finalRound.stage == RoundStage::Final);
    CHECK(finalRound.finalized == QDate(2024, 10, 10));
    CHECK(f.nominations.require(p.zhangNomination).status == NominationStatus::Final);
    AwardHistoryRepository history(*db);
    const QList<AwardHistoryEntry> zhangs = history.ofMember(p.zhang);
    REQUIRE(zhangs.size() == 1);
    CHECK(zhangs.first().year == 2024);
    CHECK(zhangs.first().source == HistorySource::Round);
    CHECK(zhangs.first().awardName == QStringLiteral("最美教师"));
    CHECK(history.ofMember(p.li).isEmpty());

    // Locked: nothing of the round changes.
    const QString locked = QStringLiteral("is locked");
    Nomination edited = *f.nominations.withMembers(p.zhangNomination);
    edited.deeds = QStringLiteral("改");
    CHECK(refusal([&] { f.nominations.edit(edited); }).contains(locked));
    CHECK(refusal([&] { f.nominations.withdraw(p.zhangNomination, {}); }).contains(locked));
    CHECK(refusal([&] { f.rounds.setQuota(round, f.economics, 1, QStringLiteral("x")); }).contains(locked));
    AwardRound changed = finalRound;
    changed.totalQuota = 5;
    CHECK(refusal([&] { f.rounds.edit(changed); }).contains(locked));

    // Unlocking needs the reason, which the change history keeps; the awards leave the history meanwhile.
    CHECK(refusal([&] { f.rounds.unlock(round, QStringLiteral("  ")); }).contains(QStringLiteral("needs the reason")));
    f.rounds.unlock(round, QStringLiteral("公示名单姓名录入有误，需更正"));
    const AwardRound unlocked = f.rounds.require(round);
    CHECK(unlocked.stage == RoundStage::Publicity);
    CHECK(unlocked.unlockReason == QStringLiteral("公示名单姓名录入有误，需更正"));
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM change_log WHERE table_name = 'award_rounds' AND new_values "
                                    "LIKE :r"),
                     {{QStringLiteral("r"), QStringLiteral("%姓名录入有误%")}})
              .toInt() == 1);
    CHECK(history.ofMember(p.zhang).isEmpty());
    CHECK(f.nominations.require(p.zhangNomination).status == NominationStatus::Selected);
    f.nominations.edit(edited);
    f.rounds.finalize(round, QDate(2024, 10, 12));
    CHECK(history.ofMember(p.zhang).size() == 1);

    // Undo of the whole: the round as it was before it became final.
    f.rounds.restore(before);
    const RoundFile after = f.rounds.file(round);
    CHECK(after.round == before.round);
    CHECK(after.nominations == before.nominations);
    CHECK(after.objections.size() == 2);
    CHECK(after.history.isEmpty());
    CHECK(history.ofMember(p.zhang).isEmpty());
}

TEST_CASE("Nominations import: rows checked one after the other, all or nothing, warnings listed", "[awards]")
{
    TestDatabase t;
    auto db = t.open();
    AwardsFixture f(*db);
    f.person(QStringLiteral("20150032"), QStringLiteral("张伟"), f.economics);
    f.person(QStringLiteral("20180007"), QStringLiteral("李娜"), f.law, QStringLiteral("F"));
    f.person(QStringLiteral("20100001"), QStringLiteral("赵敏"), f.arts, QStringLiteral("F"));
    f.person(QStringLiteral("20100002"), QStringLiteral("钱芳"), f.arts, QStringLiteral("F"));
    f.person(QStringLiteral("20100003"), QStringLiteral("孙强"), f.arts);
    AwardType type = f.types.requireName(QStringLiteral("三育人先进"));
    type.minDeeds = 10;
    f.types.update(type);
    const qint64 round = f.round("三育人先进");

    const QString good =
        ud::test::writeFile(t, QStringLiteral("good.csv"),
                            QStringLiteral("被推荐人,类型,推荐单位,负责人,成员,总人数,女性人数,事迹\n"
                                           "20150032,个人,E,,,,,该同志扎根教学一线二十余年，教书育人成绩突出。\n"
                                           "李娜,个人,法学院,,,,,表现突出。\n"
                                           "艺术学院办公室,集体,艺术学院分工会,20100001,20100001、20100002；20100003,,,"
                                           "该集体团结协作，服务师生成绩显著。\n")
                                .toUtf8());
    const AwardImportResult r = importNominations(*db, good, QStringLiteral("2024-三育人先进"));
    INFO(r.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(r.errors.isEmpty());
    CHECK(r.added == 3);
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings.first().startsWith(QStringLiteral("row 3: Deeds too short")));
    const QList<Nomination> stored = f.nominations.ofRound(round);
    REQUIRE(stored.size() == 3);
    CHECK(stored.at(1).unitId == f.law); // 法学院 is 法学院分工会
    CHECK(stored.at(2).isCollective());
    CHECK(stored.at(2).memberIds.size() == 3);
    CHECK(stored.at(2).headMemberId.has_value());
    CHECK(awardImportSummary(r) == QStringLiteral("3 added; 1 warning(s)"));

    // A bad row spoils the file: nothing stored; every bad row named with its number.
    const int before = db->scalar(QStringLiteral("SELECT COUNT(*) FROM award_nominations")).toInt();
    const QString bad = ud::test::writeFile(t, QStringLiteral("bad.csv"),
                                            QStringLiteral("被推荐人,类型,推荐单位,事迹\n"
                                                           "20100002,个人,A,该同志热爱教育事业，成绩突出。\n"
                                                           "20150032,个人,A,该同志热爱教育事业，成绩突出。\n"
                                                           "99999999,个人,A,该同志热爱教育事业，成绩突出。\n"
                                                           "钱芳,个人,X,该同志热爱教育事业，成绩突出。\n"
                                                           "孙强,团体,A,该同志热爱教育事业，成绩突出。\n")
                                                .toUtf8());
    const AwardImportResult b = importNominations(*db, bad, QStringLiteral("2024-三育人先进"));
    REQUIRE(b.errors.size() == 4);
    CHECK(b.errors.at(0).startsWith(QStringLiteral("row 3: Nominated twice")));
    CHECK(b.errors.at(1).startsWith(QStringLiteral("row 4: 99999999 is neither")));
    CHECK(b.errors.at(2).startsWith(QStringLiteral("row 5: no sub-union")));
    CHECK(b.errors.at(3).startsWith(QStringLiteral("row 6: 类型")));
    CHECK(b.added == 0);
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM award_nominations")).toInt() == before);

    // An award for both kinds needs the 类型 column.
    const QString noKind = ud::test::writeFile(t, QStringLiteral("nokind.csv"),
                                               QStringLiteral("被推荐人,推荐单位\n20100002,A\n").toUtf8());
    CHECK(refusal([&] {
              importNominations(*db, noKind, QStringLiteral("2024-三育人先进"));
          }).contains(QStringLiteral("类型")));
    CHECK(refusal([&] {
              importNominations(*db, good, QStringLiteral("2099-无"));
          }).contains(QStringLiteral("no award round")));

    // A row refused for two reasons: a line each, one row.
    f.round("巾帼文明岗");
    const QString twoReasons = ud::test::writeFile(t, QStringLiteral("two.csv"),
                                                   QStringLiteral("被推荐人,推荐单位,总人数,女性人数\n"
                                                                  "艺术学院资料室,A,5,1\n")
                                                       .toUtf8());
    const AwardImportResult two = importNominations(*db, twoReasons, QStringLiteral("2024-巾帼文明岗"));
    REQUIRE(two.errors.size() == 2);
    CHECK(two.errors.at(0).startsWith(QStringLiteral("row 2: Share of women:")));
    CHECK(two.errors.at(1).startsWith(QStringLiteral("row 2: Woman as head:")));
    CHECK(badRowCount(two) == 1);
}

TEST_CASE("Awards history import: staff numbers or collectives, known awards, all or nothing, again unchanged",
          "[awards]")
{
    TestDatabase t;
    auto db = t.open();
    AwardsFixture f(*db);
    const qint64 zhang = f.person(QStringLiteral("20150032"), QStringLiteral("张伟"), f.economics);
    const QString path = ud::test::writeFile(t, QStringLiteral("history.csv"),
                                             QStringLiteral("工号,集体名称,奖项,年度\n"
                                                            "20150032,,最美教师,2022\n"
                                                            ",图书馆流通部,巾帼文明岗,2023年\n"
                                                            "20150032,,工会工作先进,2021\n")
                                                 .toUtf8());
    AwardImportResult r = importAwardHistory(*db, path);
    REQUIRE(r.errors.isEmpty());
    CHECK(r.added == 3);
    AwardHistoryRepository history(*db);
    CHECK(history.ofMember(zhang).size() == 2);
    CHECK(history.ofYear(2023).first().teamName == QStringLiteral("图书馆流通部"));
    r = importAwardHistory(*db, path);
    CHECK(r.added == 0);
    CHECK(r.unchanged == 3);
    CHECK(awardImportSummary(r) == QStringLiteral("0 added, 3 already recorded"));

    const QString bad = ud::test::writeFile(t, QStringLiteral("bad.csv"),
                                            QStringLiteral("获奖者,奖项,年度\n"
                                                           "张伟,三育人先进,2020\n"
                                                           "20159999,最美教师,2020\n"
                                                           "财务处核算科,十佳集体,2020\n"
                                                           "张伟,最美教师,二〇二〇\n")
                                                .toUtf8());
    r = importAwardHistory(*db, bad);
    REQUIRE(r.errors.size() == 3);
    CHECK(r.errors.at(0).startsWith(QStringLiteral("row 3: no member has the staff number 20159999")));
    CHECK(r.errors.at(1).contains(QStringLiteral("十佳集体")));
    CHECK(r.errors.at(2).startsWith(QStringLiteral("row 5: 年度")));
    CHECK(history.ofMember(zhang).size() == 2);

    AwardHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(db.get());
    CHECK(model.rowCount() == 3);
    model.setMember(zhang);
    CHECK(model.rowCount() == 2);
    CHECK(model.data(model.index(0, AwardHistoryModel::Year)).toInt() == 2022);
}

TEST_CASE("A round put back as it was: undo of a nomination and of the round itself", "[awards]")
{
    TestDatabase t;
    auto db = t.open();
    AwardsFixture f(*db);
    const qint64 zhao = f.person(QStringLiteral("20100001"), QStringLiteral("赵敏"), f.arts, QStringLiteral("F"));
    const qint64 qian = f.person(QStringLiteral("20100002"), QStringLiteral("钱芳"), f.arts, QStringLiteral("F"));
    const qint64 round = f.round("巾帼文明岗");
    const RoundFile empty = f.rounds.file(round);
    const qint64 id = f.nominations.nominate(
        AwardsFixture::collective(round, QStringLiteral("艺术学院办公室"), f.arts, zhao, {zhao, qian}, 5, 4));
    const RoundFile one = f.rounds.file(round);
    f.rounds.restore(empty);
    CHECK(f.nominations.ofRound(round).isEmpty());
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM award_nomination_members")).toInt() == 0);
    f.rounds.restore(one);
    const auto back = f.nominations.withMembers(id);
    REQUIRE(back);
    CHECK(back->memberIds == (QList<qint64>{zhao, qian}));
    CHECK(refusal([&] { f.rounds.erase(round); }).contains(QStringLiteral("has nominations")));
    f.rounds.restore(empty);
    f.rounds.erase(round);
    CHECK_FALSE(f.rounds.byId(round));
}

TEST_CASE("The awards demo holds this year's rounds at every stage, through the repositories' rules", "[awards][demo]")
{
    TestDatabase t;
    auto db = t.open();
    const QDate today(2025, 11, 20);
    DemoData::Options members;
    members.members = 300;
    members.today = today;
    DemoData::generate(*db, members);
    const AwardsDemo::Summary s = AwardsDemo::generate(*db, {3, today});
    CHECK(s.types == 6);
    CHECK(s.rounds == 4);
    CHECK(s.history > 30);
    CHECK(s.nominations > 20);
    CHECK(s.objections == 2);
    CHECK_THROWS_AS(AwardsDemo::generate(*db, {3, today}), ValidationError);

    AwardRoundRepository rounds(*db);
    NominationRepository nominations(*db);
    QSet<RoundStage> stages;
    for (const AwardRound& r : rounds.ofYear(2025)) {
        stages.insert(r.stage);
        CHECK(nominations.roundProblems(r.id).isEmpty());
        if (r.stage == RoundStage::Publicity) {
            CHECK(r.publicityStart == today);
            CHECK(r.publicityEnd >= today);
            CHECK(rounds.objections(r.id).first().open());
        }
        if (r.stage == RoundStage::Final) {
            CHECK(rounds.objections(r.id).first().outcome == ObjectionOutcome::Dismissed);
            CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM award_history WHERE round_id = :r"),
                             {{QStringLiteral("r"), r.id}})
                      .toInt() > 0);
        }
    }
    CHECK(stages ==
          QSet<RoundStage>{RoundStage::Nominating, RoundStage::Review, RoundStage::Publicity, RoundStage::Final});
    CHECK(db->historyProblems().isEmpty());
}

#include "core/awards/AwardsDemo.h"

#include "core/awards/AwardRepositories.h"
#include "core/db/Error.h"
#include "core/db/Transaction.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <iterator>

namespace ud::core {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::AwardsDemo)
};

struct Person {
    qint64 id = 0;
    qint64 unitId = 0;
    bool woman = false;
};

const char* const kOpenings[] = {"该同志热爱教育事业，忠诚党的教育方针，",     "该同志扎根教学一线二十余年，",
                                 "该同志长期从事学生思想政治教育工作，",       "该同志爱岗敬业、甘于奉献，",
                                 "该同志积极参与工会工作，热心为教职工服务，", "该同志师德高尚，治学严谨，"};
const char* const kDeeds[] = {"主讲本科课程四门，年均课时超过三百学时，教学评价连续三年位列学院前列；",
                              "指导学生参加全国大学生学科竞赛，获国家级奖项两项、省级奖项五项；",
                              "主持国家自然科学基金项目一项、省部级项目两项，发表高水平论文十余篇；",
                              "担任本科生班主任，关心学生成长，所带班级获评省级先进班集体；",
                              "积极参与学院课程思政建设，主持的课程获评省级一流本科课程；",
                              "组织开展教职工文体活动二十余场，参与人数逾千人次；",
                              "深入开展“六必访”慰问工作，全年走访慰问困难教职工三十余人次；",
                              "牵头完成教代会提案的征集与督办，提案办结率达百分之百；",
                              "疫情期间主动承担线上教学保障任务，开发在线课程资源二十余个；",
                              "帮扶结对青年教师三名，其中两名在省级教学竞赛中获奖；"};
const char* const kClosings[] = {"在师生中享有良好声誉。", "充分发挥了先锋模范作用。", "受到师生的广泛好评。",
                                 "为学校事业发展作出了积极贡献。"};
struct Team {
    const char* name;
    const char* department;
};
const Team kTeams[] = {{"图书馆流通部", "图书馆"},
                       {"财务处会计核算科", "财务处"},
                       {"校医院护理组", "校医院"},
                       {"外国语学院英语教研室", "外国语学院"},
                       {"学生处心理健康教育中心", "学生处"},
                       {"后勤服务中心幼儿园", "后勤服务中心"},
                       {"档案馆", "档案馆"},
                       {"国际交流处综合办公室", "国际交流处"},
                       {"教务处考务科", "教务处"},
                       {"人文学院中文系", "人文学院"},
                       {"艺术学院声乐教研室", "艺术学院"},
                       {"研究生院培养办公室", "研究生院"}};
const char* const kTeamDeeds[] = {"该集体女职工占比高，团结协作、爱岗敬业，连续多年圆满完成各项工作任务。",
                                  "该集体以“巾帼建功”为抓手，优化服务流程，服务满意度达百分之九十八以上。",
                                  "该集体积极开展岗位练兵和技能竞赛，多名成员在省级比赛中获奖。"};

template <class T, size_t N> QString pickText(QRandomGenerator& rng, const T (&list)[N])
{
    return QString::fromUtf8(list[rng.bounded(quint32(N))]);
}

QString deedsText(QRandomGenerator& rng)
{
    QString text = pickText(rng, kOpenings);
    QList<int> order;
    for (int i = 0; i < int(std::size(kDeeds)); ++i)
        order << i;
    const int count = 3 + int(rng.bounded(4u));
    for (int i = 0; i < count; ++i) {
        const int j = i + int(rng.bounded(quint32(order.size() - i)));
        std::swap(order[i], order[j]);
        text += QString::fromUtf8(kDeeds[order.at(i)]);
    }
    return text + pickText(rng, kClosings);
}

} // namespace

AwardsDemo::Summary AwardsDemo::generate(Database& db, const Options& options)
{
    Summary summary;
    if (db.scalar(QStringLiteral("SELECT COUNT(*) FROM award_rounds")).toInt() > 0 ||
        db.scalar(QStringLiteral("SELECT COUNT(*) FROM award_history")).toInt() > 0)
        throw ValidationError(Tr::tr(
            "Award rounds or awards history are already recorded; demo data is added only to an empty database."));
    QList<Person> active;
    for (const QVariantMap& row : db.rows(QStringLiteral(
             "SELECT id, unit_id, gender FROM members WHERE status = 'active' AND unit_id IS NOT NULL ORDER BY id")))
        active.append({row.value(QStringLiteral("id")).toLongLong(), row.value(QStringLiteral("unit_id")).toLongLong(),
                       row.value(QStringLiteral("gender")).toString() == QLatin1String("F")});
    if (active.size() < 20)
        throw ValidationError(Tr::tr("The awards demo needs a roster with at least 20 active members."));

    QRandomGenerator rng(quint32(options.seed * 2654435761u + 101));
    const QDate today = options.today;
    const int year = today.year();
    QHash<qint64, QList<Person>> byUnit;
    for (const Person& p : active)
        byUnit[p.unitId] << p;
    QList<qint64> units = byUnit.keys();
    std::sort(units.begin(), units.end());
    const auto pick = [&rng](const QList<Person>& list) { return list.at(int(rng.bounded(quint32(list.size())))); };

    Transaction tx(db);
    AwardTypeRepository types(db);
    summary.types = int(types.addDefaults().size());
    const auto typeId = [&types](const char* name) { return types.requireName(QString::fromUtf8(name)).id; };

    // The old lists, as imported: every award a few times a year, and a 巾帼文明岗 or two.
    AwardHistoryRepository history(db);
    QSet<QString> pastTeams;
    for (int y = year - 4; y < year; ++y) {
        const QList<QPair<const char*, int>> given{
            {"最美教师", 2}, {"三育人先进", 3}, {"巾帼建功标兵", 2}, {"工会工作先进", 2}, {"优秀工会积极分子", 4}};
        for (const auto& [award, count] : given) {
            for (int i = 0; i < count; ++i) {
                Person p = pick(active);
                if (QString::fromUtf8(award) == QStringLiteral("巾帼建功标兵"))
                    for (int tries = 0; tries < 10 && !p.woman; ++tries)
                        p = pick(active);
                AwardHistoryEntry e;
                e.memberId = p.id;
                e.awardTypeId = typeId(award);
                e.year = y;
                e.unitId = p.unitId;
                if (history.sameEntry(e))
                    continue;
                history.add(e);
                ++summary.history;
            }
        }
        AwardHistoryEntry team;
        team.teamName = QString::fromUtf8(kTeams[(y * 3) % 6].name);
        team.awardTypeId = typeId("巾帼文明岗");
        team.year = y;
        team.unitId = pick(active).unitId;
        if (!history.sameEntry(team)) {
            history.add(team);
            ++summary.history;
            pastTeams.insert(team.teamName);
        }
    }

    AwardRoundRepository rounds(db);
    NominationRepository nominations(db);
    const auto newRound = [&](const char* award, int totalQuota, int quotaBp, int weight, const QDate& opens) {
        AwardRound r;
        r.key = QStringLiteral("%1-%2").arg(year).arg(QString::fromUtf8(award));
        r.year = year;
        r.awardTypeId = typeId(award);
        r.totalQuota = totalQuota;
        r.quotaBp = quotaBp;
        r.cutoff = quotaBp > 0 ? QDate(year - 1, 12, 31) : QDate();
        r.committeeWeight = weight;
        r.opens = opens;
        r.closes = opens.addDays(30);
        r.objectionsTo = QStringLiteral("校工会办公室（行政楼305室），电话 0571-88888888");
        ++summary.rounds;
        return rounds.open(r);
    };
    // Individuals from a sub-union within its quota (none when the round has no quotas), each once per round.
    const auto nominateFrom = [&](qint64 roundId, int perUnit, int most, bool women) {
        QSet<qint64> taken;
        int added = 0;
        for (qint64 unit : units) {
            if (added >= most)
                break;
            const int quota = rounds.quotaOf(roundId, unit).value_or(perUnit);
            for (int i = 0; i < std::min(quota, perUnit) && added < most; ++i) {
                Person p = pick(byUnit.value(unit));
                for (int tries = 0; tries < 10 && (taken.contains(p.id) || (women && !p.woman)); ++tries)
                    p = pick(byUnit.value(unit));
                if (taken.contains(p.id) || (women && !p.woman))
                    continue;
                Nomination n;
                n.roundId = roundId;
                n.memberId = p.id;
                n.unitId = unit;
                n.deeds = deedsText(rng);
                n.attachments = rng.bounded(6u) != 0;
                n.published = rng.bounded(4u) != 0;
                if (!nominations.checks(n).isEmpty())
                    continue; // the demo keeps to every rule
                nominations.nominate(n);
                taken.insert(p.id);
                ++added;
                ++summary.nominations;
            }
        }
    };
    const auto selected = [&](qint64 roundId) {
        int count = 0;
        for (const Nomination& n : nominations.ofRound(roundId))
            count += n.status == NominationStatus::Selected ? 1 : 0;
        return count;
    };
    const auto score = [&](qint64 roundId) {
        const bool publicVote = rounds.require(roundId).committeeWeight < 100;
        for (const Nomination& n : nominations.ofRound(roundId))
            rounds.setScore(n.id, 7000 + int(rng.bounded(2600u)), publicVote ? int(rng.bounded(800u)) : 0);
    };

    // Nominating: 优秀工会积极分子, 2 % of each sub-union's active members at the end of last year.
    const qint64 activists = newRound("优秀工会积极分子", 0, 200, 100, today.addDays(-10));
    nominateFrom(activists, 2, 40, false);

    // In review: 三育人先进, 4 %, scored 60/40 with a public vote, selected within the quotas.
    const qint64 threeWays = newRound("三育人先进", 12, 400, 60, today.addDays(-60));
    nominateFrom(threeWays, 1, 20, false);
    rounds.closeNominations(threeWays);
    score(threeWays);
    rounds.selectByRanking(threeWays);

    // In 公示 from today: 最美教师, an objection not yet handled.
    const qint64 teachers = newRound("最美教师", 6, 0, 100, today.addDays(-75));
    nominateFrom(teachers, 1, 12, false);
    rounds.closeNominations(teachers);
    score(teachers);
    rounds.selectByRanking(teachers);
    if (selected(teachers) > 0) {
        rounds.startPublicity(teachers, today, 5);
        for (const Nomination& n : nominations.ofRound(teachers))
            if (n.status == NominationStatus::Selected) {
                Objection o;
                o.nominationId = n.id;
                o.received = today;
                o.content = QStringLiteral("反映该同志所报教学工作量与实际不符，请予核实。");
                rounds.addObjection(o);
                ++summary.objections;
                break;
            }
    }

    // Final: 巾帼文明岗, collectives of mostly women with a woman as head; the 公示 ended weeks ago.
    const qint64 posts = newRound("巾帼文明岗", 3, 0, 100, today.addDays(-120));
    int teams = 0;
    for (int i = 0; i < int(std::size(kTeams)) && teams < 5; ++i) {
        const QString name = QString::fromUtf8(kTeams[i].name);
        if (pastTeams.contains(name))
            continue;
        const qint64 unit = units.at(int(rng.bounded(quint32(units.size()))));
        QList<Person> women;
        for (const Person& p : byUnit.value(unit))
            if (p.woman)
                women << p;
        if (women.isEmpty())
            continue;
        Nomination n;
        n.roundId = posts;
        n.kind = NomineeKind::Collective;
        n.teamName = name;
        n.teamUnit = QString::fromUtf8(kTeams[i].department);
        n.headMemberId = women.first().id;
        for (int k = 0; k < std::min<int>(3, int(women.size())); ++k)
            n.memberIds << women.at(k).id;
        n.teamSize = 6 + int(rng.bounded(8u));
        n.teamWomen = std::max<int>(int(n.memberIds.size()), (n.teamSize * 7 + 9) / 10);
        n.unitId = unit;
        n.deeds = pickText(rng, kTeamDeeds) + deedsText(rng);
        n.attachments = true;
        n.published = true;
        if (!nominations.checks(n).isEmpty())
            continue;
        nominations.nominate(n);
        ++teams;
        ++summary.nominations;
    }
    rounds.closeNominations(posts);
    score(posts);
    rounds.selectByRanking(posts);
    if (selected(posts) > 0) {
        const QDate start = today.addDays(-40);
        rounds.startPublicity(posts, start, 5);
        for (const Nomination& n : nominations.ofRound(posts))
            if (n.status == NominationStatus::Selected) {
                Objection o;
                o.nominationId = n.id;
                o.received = start.addDays(1);
                o.content = QStringLiteral("反映该集体女职工人数统计有误。");
                const qint64 id = rounds.addObjection(o);
                rounds.closeObjection(id, ObjectionOutcome::Dismissed, start.addDays(3),
                                      QStringLiteral("校工会女工委员会"),
                                      QStringLiteral("经核实，该集体女职工人数统计准确，异议不成立。"));
                ++summary.objections;
                break;
            }
        rounds.finalize(posts, today);
    }

    tx.commit();
    return summary;
}

} // namespace ud::core

#include "core/congress/CongressDemo.h"

#include "core/congress/CongressRepositories.h"
#include "core/congress/ProposalRepository.h"
#include "core/db/Error.h"
#include "core/db/Transaction.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace ud::core {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::CongressDemo)
};

const char* const kUnits[] = {"党委办公室",   "校长办公室", "人事处", "教务处",         "科研处",
                              "财务处",       "后勤管理处", "基建处", "国有资产管理处", "图书馆",
                              "信息技术中心", "学生工作部", "保卫处"};

struct Topic {
    const char* category;
    const char* title;
    const char* unit; // the lead unit it usually goes to
};
const Topic kTopics[] = {
    {"教学科研", "关于完善青年教师教学能力培养机制的建议", "教务处"},
    {"教学科研", "关于优化科研项目经费报销流程的建议", "科研处"},
    {"教学科研", "关于加强实验室安全管理与设备更新的建议", "国有资产管理处"},
    {"教学科研", "关于延长图书馆开放时间的建议", "图书馆"},
    {"教学科研", "关于改进课堂教学质量评价办法的建议", "教务处"},
    {"人事人才", "关于完善职称评审分类评价的建议", "人事处"},
    {"人事人才", "关于提高青年教师入职待遇的建议", "人事处"},
    {"人事人才", "关于建立教职工荣休制度的建议", "人事处"},
    {"人事人才", "关于完善劳务派遣人员薪酬保障的建议", "人事处"},
    {"民生保障", "关于提高教职工体检标准的建议", "人事处"},
    {"民生保障", "关于解决教职工子女入园入学问题的建议", "校长办公室"},
    {"民生保障", "关于改善青年教师住房条件的建议", "后勤管理处"},
    {"民生保障", "关于增设教职工健身场所的建议", "后勤管理处"},
    {"民生保障", "关于提高大病医疗互助标准的建议", "财务处"},
    {"管理体制", "关于推进校务公开的建议", "党委办公室"},
    {"管理体制", "关于减少各类报表和会议的建议", "校长办公室"},
    {"管理体制", "关于完善二级学院绩效分配办法的建议", "财务处"},
    {"后勤服务", "关于改善教工食堂餐饮质量的建议", "后勤管理处"},
    {"后勤服务", "关于增设校园停车位的建议", "保卫处"},
    {"后勤服务", "关于开通校区间教职工班车的建议", "后勤管理处"},
    {"校园建设", "关于加快老旧教学楼改造的建议", "基建处"},
    {"校园建设", "关于提升校园网络速度的建议", "信息技术中心"},
    {"校园建设", "关于增设校园无障碍设施的建议", "基建处"},
    {"教代会建设", "关于加强教代会提案办理督办的建议", "党委办公室"},
    {"教代会建设", "关于发挥二级教代会作用的建议", "党委办公室"},
    {"其他", "关于加强学生心理健康教育的建议", "学生工作部"},
};

const char* const kReasonSentences[] = {
    "近年来我校事业发展迅速，教职工人数持续增加，原有的条件已难以满足实际需要。",
    "在走访调研中，不少教职工反映这一问题长期存在，影响了工作积极性和幸福感。",
    "兄弟院校已有较为成熟的做法，值得我校学习借鉴。",
    "该问题涉及面广，需要学校层面统筹协调，单靠学院难以解决。",
    "及时解决这一问题，有利于营造良好的育人环境，增强教职工的归属感。",
};
const char* const kMeasureSentences[] = {
    "一是由职能部门牵头开展专项调研，摸清底数，形成工作方案；",
    "二是完善相关制度，明确责任分工和办理时限；",
    "三是在年度预算中安排专项经费，分步实施；",
    "四是定期向教代会通报进展情况，接受教职工监督。",
};
const char* const kReplies[] = {
    "感谢代表的关心。我处已会同相关部门进行研究，现答复如下：",
    "经研究，该建议具有较强的针对性，我处将结合学校实际逐步落实。",
    "该事项涉及学校整体规划，将在下一年度统筹考虑。",
};
const char* const kInspectionTopics[] = {"教工食堂与后勤服务", "教学楼改造工程进展", "青年教师公寓", "校园安全与交通",
                                         "图书馆与信息化建设"};

QString sentences(QRandomGenerator& rng, const char* const* list, int size, int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += QString::fromUtf8(list[rng.bounded(size)]);
    return text;
}

template <class T> const T& pick(QRandomGenerator& rng, const QList<T>& list)
{
    return list.at(int(rng.bounded(quint32(list.size()))));
}

} // namespace

CongressDemo::Summary CongressDemo::generate(Database& db, const Options& options)
{
    Summary summary;
    if (db.scalar(QStringLiteral("SELECT COUNT(*) FROM congress_sessions")).toInt() > 0)
        throw ValidationError(Tr::tr("The congress already has sessions; demo data is added only to an empty one."));
    // Sub-unions with their active members, the largest first: a delegation each.
    QHash<qint64, QList<qint64>> byUnit;
    for (const QVariantMap& row : db.rows(QStringLiteral("SELECT id, unit_id FROM members WHERE status = 'active' AND "
                                                         "unit_id IS NOT NULL ORDER BY id")))
        byUnit[row.value(QStringLiteral("unit_id")).toLongLong()] << row.value(QStringLiteral("id")).toLongLong();
    int active = 0;
    for (const auto& list : std::as_const(byUnit))
        active += int(list.size());
    if (active < 40)
        throw ValidationError(Tr::tr("The congress demo needs a roster with at least 40 active members."));
    QList<qint64> unitIds = byUnit.keys();
    std::sort(unitIds.begin(), unitIds.end(), [&](qint64 a, qint64 b) {
        return byUnit.value(a).size() != byUnit.value(b).size() ? byUnit.value(a).size() > byUnit.value(b).size()
                                                                : a < b;
    });
    unitIds = unitIds.mid(0, 14);

    QRandomGenerator rng(quint32(options.seed * 2654435761u + 17));
    Transaction tx(db);
    HandlingUnitRepository units(db);
    QHash<QString, qint64> unitByName;
    for (const char* name : kUnits)
        unitByName.insert(QString::fromUtf8(name), units.idForName(QString::fromUtf8(name)));
    const QList<qint64> allUnits = unitByName.values();

    const int sessions = std::max(1, options.sessions);
    // The newest session is this year's once its window has closed, else last year's.
    const int newestYear =
        options.today >= QDate(options.today.year(), 3, 21) ? options.today.year() : options.today.year() - 1;
    const int termSize = std::max(1, (sessions + 1) / 2); // two terms
    DelegationRepository delegations(db);
    RepresentativeRepository reps(db);
    SessionRepository sessionRepo(db);
    ProposalRepository proposals(db);
    QHash<int, QList<qint64>> repsOfTerm;
    QHash<int, int> firstYearOfTerm;
    QList<qint64> chosen;

    // Sessions from the oldest on: the newer term is 12.
    for (int i = sessions - 1; i >= 0; --i) {
        const int year = newestYear - i;
        const int index = sessions - 1 - i; // 0 = oldest
        const int term = index < sessions - termSize ? 11 : 12;
        const int meeting = term == 11 ? index + 1 : index - (sessions - termSize) + 1;
        if (!firstYearOfTerm.contains(term)) {
            firstYearOfTerm.insert(term, year);
            // The term's delegations and representatives, from the sub-unions' active members.
            Committee committee;
            committee.term = term;
            committee.name = QStringLiteral("提案工作委员会");
            committee.proposal = true;
            const qint64 committeeId =
                RecordStore(db).insert(tables::Committees.sqlName(), Committee::type().values(committee));
            QList<qint64> termReps;
            for (qint64 unit : unitIds) {
                const QString unitName =
                    db.scalar(QStringLiteral("SELECT name FROM units WHERE id = :id"), {{QStringLiteral("id"), unit}})
                        .toString();
                QString name = unitName;
                name.remove(QStringLiteral("分工会"));
                name.remove(QStringLiteral("工会"));
                const qint64 delegation = delegations.idForName(term, name + QStringLiteral("代表团"));
                const QList<qint64>& members = byUnit.value(unit);
                const int count = std::min<int>(int(members.size()) / 2, 6 + int(rng.bounded(6)));
                for (int k = 0; k < count; ++k) {
                    const qint64 member = members.at((k * 7 + term) % members.size());
                    if (reps.byMember(term, member))
                        continue;
                    Representative r;
                    r.term = term;
                    r.memberId = member;
                    r.delegationId = delegation;
                    const qint64 id = reps.add(r);
                    termReps << id;
                    if (k == 0) {
                        Delegation d = delegations.require(delegation);
                        d.headMemberId = member;
                        delegations.update(d);
                    }
                    if (termReps.size() % 11 == 3)
                        RecordStore(db).insert(
                            tables::CommitteeMembers.sqlName(),
                            {{QStringLiteral("committee_id"), committeeId},
                             {QStringLiteral("member_id"), member},
                             {QStringLiteral("role"),
                              termReps.size() == 3 ? QStringLiteral("chair") : QStringLiteral("member")}});
                }
            }
            // Two representatives replaced in the term's first summer.
            for (int k = 0; k < 2 && termReps.size() > 10; ++k) {
                const qint64 old = termReps.at(5 + k * 4);
                const Representative r = reps.require(old);
                const QList<qint64>& members =
                    byUnit.value(db.scalar(QStringLiteral("SELECT unit_id FROM members WHERE id = :id"),
                                           {{QStringLiteral("id"), r.memberId}})
                                     .toLongLong());
                for (qint64 member : members)
                    if (!reps.byMember(term, member)) {
                        termReps.removeOne(old);
                        termReps << reps.replace(old, member, QDate(year, 6, 1));
                        break;
                    }
            }
            repsOfTerm.insert(term, termReps);
            summary.representatives += int(termReps.size());
        }

        CongressSession s;
        s.term = term;
        s.meeting = meeting;
        s.year = year;
        s.key = QStringLiteral("%1-%2").arg(term).arg(meeting);
        static const char* const numerals[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        s.name = QStringLiteral("第十%1届教代会暨第十%2届工代会第%3次会议")
                     .arg(QString::fromUtf8(numerals[term - 10]), QString::fromUtf8(numerals[term - 8]),
                          QString::fromUtf8(numerals[std::min(meeting, 9)]));
        s.opens = QDate(year, 1, 5);
        s.closes = QDate(year, 3, 20);
        s.meetingStart = QDate(year, 4, 12);
        s.meetingEnd = QDate(year, 4, 13);
        s.id = sessionRepo.add(s);
        ++summary.sessions;

        const QList<qint64>& termReps = repsOfTerm.value(term);
        QList<Representative> termRepRecords;
        for (qint64 id : termReps)
            termRepRecords << reps.require(id);
        const bool newest = i == 0;
        const QDate decided = s.closes.addDays(12);
        QList<qint64> filed;
        for (int n = 0; n < options.proposalsPerSession; ++n) {
            const Topic& topic = kTopics[rng.bounded(int(std::size(kTopics)))];
            Proposal p;
            p.sessionId = s.id;
            p.submitted = s.opens.addDays(int(rng.bounded(s.opens.daysTo(s.closes) + 1)));
            if (p.submitted > options.today)
                p.submitted = options.today;
            p.title = QString::fromUtf8(topic.title);
            if (n >= int(std::size(kTopics)))
                p.title.insert(2, QStringLiteral("进一步"));
            p.category = QString::fromUtf8(topic.category);
            p.reasons = sentences(rng, kReasonSentences, int(std::size(kReasonSentences)), 3 + int(rng.bounded(4)));
            p.measures = sentences(rng, kMeasureSentences, int(std::size(kMeasureSentences)), 2 + int(rng.bounded(3)));
            p.suggestedUnit = QString::fromUtf8(topic.unit);
            QList<qint64> serving;
            for (const Representative& r : termRepRecords)
                if (r.servesOn(p.submitted))
                    serving << r.id;
            const bool suggestion = rng.bounded(100) < 8;
            if (rng.bounded(100) < 4) {
                const qint64 rep = pick(rng, serving);
                for (const Representative& r : termRepRecords)
                    if (r.id == rep)
                        p.proposerDelegationId = r.delegationId;
            } else {
                p.proposerRepId = pick(rng, serving);
            }
            if (suggestion) {
                p.kind = ProposalKind::Suggestion;
            } else {
                const int cosigners = 2 + int(rng.bounded(3));
                while (p.cosignerIds.size() < cosigners) {
                    const qint64 c = pick(rng, serving);
                    if (c != p.proposerRepId.value_or(0) && !p.cosignerIds.contains(c))
                        p.cosignerIds << c;
                }
            }
            const qint64 id = proposals.submit(p);
            ++summary.proposals;
            // Some of the newest session's are not decided yet.
            if (decided > options.today || (newest && rng.bounded(100) < 12))
                continue;
            const int roll = int(rng.bounded(100));
            if (suggestion) {
                // kept as a suggestion: forwarded to its unit
            } else if (roll < 4) {
                proposals.decide(id, Decision::Withdrawn, decided);
                continue;
            } else if (roll < 12) {
                proposals.decide(id, Decision::Rejected, decided,
                                 roll % 2 ? QStringLiteral("属于学院内部管理事项，建议向所在学院反映")
                                          : QStringLiteral("不属于教代会职权范围"));
                continue;
            } else if (roll < 26 && !filed.isEmpty()) {
                proposals.decide(id, Decision::Merged, decided, {}, pick(rng, filed));
                continue;
            } else if (roll < 40) {
                proposals.decide(id, Decision::Converted, decided);
            } else {
                proposals.decide(id, Decision::Filed, decided);
                filed << id;
                if (rng.bounded(100) < 12)
                    proposals.setKeyProposal(id, true);
            }
            // Handling: lead (and co-handling) units, the reply, the ratings, a second round after 不满意.
            const QDate assigned = decided.addDays(5);
            if (assigned > options.today)
                continue;
            const qint64 lead = unitByName.value(QString::fromUtf8(topic.unit));
            QList<qint64> co;
            if (rng.bounded(100) < 35) {
                const qint64 other = pick(rng, allUnits);
                if (other != lead)
                    co << other;
            }
            proposals.assign(id, lead, co, assigned);
            const QDate replied = assigned.addDays(25 + int(rng.bounded(95))); // some after the 3-month deadline
            if (replied > options.today || (newest && rng.bounded(100) < 20))  // some still outstanding
                continue;
            Reply reply;
            reply.replied = replied;
            reply.text = sentences(rng, kReplies, int(std::size(kReplies)), 2);
            const int r = int(rng.bounded(100));
            reply.result = r < 40 ? ReplyResult::A : r < 75 ? ReplyResult::B : r < 90 ? ReplyResult::C : ReplyResult::D;
            if (reply.result == ReplyResult::B)
                reply.completion = replied.addMonths(6);
            proposals.reply(id, reply);
            const QDate rated = replied.addDays(10);
            if (rated > options.today || p.kind == ProposalKind::Suggestion ||
                proposals.require(id).decision != Decision::Filed)
                continue;
            const int feeling = int(rng.bounded(100));
            const Rating rating = feeling < 58 ? Rating::Satisfied : feeling < 88 ? Rating::Basic : Rating::Unsatisfied;
            if (!p.cosignerIds.isEmpty() && rng.bounded(100) < 30)
                proposals.rate(id, rating == Rating::Unsatisfied ? Rating::Basic : rating, rated,
                               p.cosignerIds.first());
            proposals.rate(id, rating, rated);
            if (rating == Rating::Unsatisfied) {
                const QDate again = rated.addDays(7);
                if (again > options.today)
                    continue;
                proposals.assign(id, lead, {}, again);
                const QDate second = again.addDays(30 + int(rng.bounded(40)));
                if (second > options.today)
                    continue;
                reply.replied = second;
                reply.result = ReplyResult::B;
                reply.completion = second.addMonths(4);
                reply.text = QStringLiteral("根据代表意见，我处重新研究并制定了落实方案。");
                proposals.reply(id, reply);
                if (second.addDays(10) <= options.today)
                    proposals.rate(id, rng.bounded(2) ? Rating::Basic : Rating::Satisfied, second.addDays(10));
            }
        }
        // 回头看 of the key proposals a year on.
        for (qint64 id : std::as_const(filed)) {
            const Proposal p = proposals.require(id);
            const QDate reviewed(year + 1, 3, 1);
            if (!p.keyProposal || reviewed > options.today)
                continue;
            ProposalReview review;
            review.proposalId = id;
            review.reviewed = reviewed;
            review.findings = QStringLiteral("代表实地察看，承办单位已按答复推进，教职工反映良好。");
            review.status = rng.bounded(3) ? ReviewStatus::Done : ReviewStatus::InProgress;
            proposals.addReview(review);
        }
        // 代表巡视 in November.
        const QDate inspected(year, 11, 15);
        if (inspected <= options.today && termReps.size() >= 5) {
            InspectionRepository inspections(db);
            Inspection inspection;
            inspection.term = term;
            inspection.inspected = inspected;
            inspection.topic = QString::fromUtf8(kInspectionTopics[rng.bounded(int(std::size(kInspectionTopics)))]);
            inspection.places = QStringLiteral("教工食堂、第三教学楼、青年教师公寓");
            inspection.findings = QStringLiteral("部分设施老化，高峰时段排队时间较长；代表建议增加服务窗口。");
            for (int k = 0; k < 5; ++k)
                if (!inspection.repIds.contains(termReps.at((k * 3 + year) % termReps.size())))
                    inspection.repIds << termReps.at((k * 3 + year) % termReps.size());
            inspection.id = inspections.addWithReps(inspection);
            for (int k = 0; k < 2; ++k) {
                InspectionItem item;
                item.inspectionId = inspection.id;
                item.text = k == 0 ? QStringLiteral("增加高峰时段服务窗口") : QStringLiteral("更换老化设施");
                item.unitId = unitByName.value(QStringLiteral("后勤管理处"));
                item.status = year < newestYear ? FollowUpStatus::Done : FollowUpStatus::InProgress;
                inspections.addItem(item);
            }
            ++summary.inspections;
        }
    }
    tx.commit();
    return summary;
}

} // namespace ud::core

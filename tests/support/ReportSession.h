#pragma once

// A congress session of 40 proposals and 3 suggestions whose proposal work report was counted by hand (the tables in
// tests/core/proposal_report_test.cpp and tests/data/congress/report-*.csv). Built through the repositories, as the
// clerk would enter it.

#include "support/Builders.h"

#include "core/congress/CongressRepositories.h"
#include "core/congress/ProposalRepository.h"

#include <QHash>

namespace ud::test {

/// The delegations and handling units of the session, by the letters the table below uses.
struct ReportSession {
    qint64 sessionId = 0;
    QHash<QChar, qint64> delegations; // E 经济学院, G 机关, L 后勤, M 医学院
    QHash<QChar, QList<qint64>> reps; // three representatives each
    QHash<QChar, qint64> units;       // H 后勤管理处, R 人事处, J 教务处, C 财务处
    QHash<int, qint64> proposals;     // by number 1…43
};

/// One proposal of the table: number, category, proposer's delegation, decision, and for the filed ones the units,
/// replies and ratings of each round.
struct ReportProposal {
    int n;
    const char* category;
    char delegation;
    char decision; // F filed, V converted, R rejected, M merged (into `into`), W withdrawn, P pending
    int into = 0;
    // Round 1, then round 2 when round1Rating is 'U' (不满意 opens it).
    char unit1 = 0;   // lead unit letter, 0 none
    char reply1 = 0;  // 'O' on time, 'L' late, 0 none
    char result1 = 0; // A B C D
    char rating1 = 0; // S 满意, B 基本满意, U 不满意, 0 none
    char unit2 = 0;
    char reply2 = 0;
    char result2 = 0;
    char rating2 = 0;
    bool key = false;
};

// clang-format off
/// The session's 40 proposals. Categories: 教学科研 12, 人事人才 8, 民生保障 9, 后勤服务 6, 校园建设 3, 安全稳定 2.
/// Delegations: E 14, G 11, L 9, M 6 (29 is M's collective proposal).
inline const QList<ReportProposal>& reportProposals()
{
    static const QList<ReportProposal> list{
        // n  category     del  dec into u1  rep1 res1 rat1 u2  rep2 res2 rat2 key
        {1,  "教学科研", 'E', 'F', 0, 'H', 'O', 'A', 'S', 0, 0, 0, 0, true},
        {2,  "教学科研", 'E', 'F', 0, 'H', 'O', 'A', 'S'},
        {3,  "教学科研", 'E', 'F', 0, 'H', 'O', 'A', 'S'},
        {4,  "教学科研", 'E', 'F', 0, 'H', 'O', 'A', 'S'},
        {5,  "教学科研", 'E', 'F', 0, 'H', 'O', 'B', 'S'},
        {6,  "教学科研", 'G', 'F', 0, 'H', 'O', 'B', 'B'},
        {7,  "民生保障", 'G', 'F', 0, 'H', 'L', 'C', 'B'},
        {8,  "民生保障", 'G', 'F', 0, 'H', 'L', 'D', 0},
        {9,  "民生保障", 'L', 'F', 0, 'H', 0,   0,   0},
        {10, "人事人才", 'E', 'F', 0, 'R', 'O', 'A', 'S'},
        {11, "人事人才", 'E', 'F', 0, 'R', 'O', 'A', 'S'},
        {12, "人事人才", 'E', 'F', 0, 'R', 'O', 'B', 'S'},
        {13, "人事人才", 'G', 'F', 0, 'R', 'O', 'B', 'B'},
        {14, "人事人才", 'G', 'F', 0, 'R', 'O', 'C', 'B'},
        {15, "人事人才", 'L', 'F', 0, 'R', 'L', 'D', 0},
        {16, "民生保障", 'L', 'F', 0, 'R', 'O', 'C', 'U', 'R', 'O', 'B', 'B', true},
        {17, "教学科研", 'E', 'F', 0, 'J', 'O', 'A', 'S'},
        {18, "教学科研", 'G', 'F', 0, 'J', 'O', 'A', 'S'},
        {19, "教学科研", 'G', 'F', 0, 'J', 'O', 'B', 'B'},
        {20, "教学科研", 'L', 'F', 0, 'J', 'O', 'C', 'B'},
        {21, "后勤服务", 'L', 'F', 0, 'J', 0,   0,   0},
        {22, "民生保障", 'M', 'F', 0, 'C', 'L', 'C', 0},
        {23, "后勤服务", 'M', 'F', 0, 'J', 'O', 'D', 'U', 'C', 0,   0,   0},
        {24, "校园建设", 'M', 'F', 0, 'H', 'O', 'C', 'U', 0,   0,   0,   0, true},
        {25, "教学科研", 'E', 'V'}, // the proposer said 人事人才; handled as a suggestion by 教务处 (not counted)
        {26, "人事人才", 'G', 'V'},
        {27, "民生保障", 'L', 'V'},
        {28, "后勤服务", 'M', 'V'},
        {29, "校园建设", 'M', 'V'}, // collective
        {30, "人事人才", 'E', 'R'},
        {31, "民生保障", 'G', 'R'},
        {32, "校园建设", 'L', 'R'},
        {33, "教学科研", 'E', 'M', 1},
        {34, "民生保障", 'G', 'M', 1},
        {35, "后勤服务", 'L', 'M', 10},
        {36, "后勤服务", 'E', 'M', 17},
        {37, "安全稳定", 'G', 'M', 17},
        {38, "民生保障", 'L', 'W'},
        {39, "后勤服务", 'M', 'W'},
        {40, "安全稳定", 'E', 'P'},
    };
    return list;
}
// clang-format on

inline QString reportNumber(int n)
{
    return QStringLiteral("2024-%1").arg(n, 3, 10, QLatin1Char('0'));
}

/// Builds the session (key 12-2) in `db`.
inline ReportSession buildReportSession(core::Database& db)
{
    using namespace ud::core;
    ReportSession s;
    CongressSession session;
    session.key = QStringLiteral("12-2");
    session.name = QStringLiteral("第十二届教代会暨第十四届工代会第二次会议");
    session.term = 12;
    session.meeting = 2;
    session.year = 2024;
    session.opens = QDate(2024, 3, 1);
    session.closes = QDate(2024, 4, 15);
    s.sessionId = SessionRepository(db).add(session);

    const QList<QPair<QChar, QString>> delegations{{QLatin1Char('E'), QStringLiteral("经济学院代表团")},
                                                   {QLatin1Char('G'), QStringLiteral("机关代表团")},
                                                   {QLatin1Char('L'), QStringLiteral("后勤代表团")},
                                                   {QLatin1Char('M'), QStringLiteral("医学院代表团")}};
    int staff = 20100001;
    for (int d = 0; d < delegations.size(); ++d) {
        Delegation delegation;
        delegation.term = 12;
        delegation.name = delegations.at(d).second;
        delegation.sortOrder = d + 1;
        const qint64 id = DelegationRepository(db).add(delegation);
        s.delegations[delegations.at(d).first] = id;
        for (int k = 1; k <= 3; ++k) {
            Representative rep;
            rep.term = 12;
            rep.memberId = addMember(db, QString::number(staff++),
                                     delegations.at(d).second.left(2) + QStringLiteral("代表%1").arg(k));
            rep.delegationId = id;
            s.reps[delegations.at(d).first] << RepresentativeRepository(db).add(rep);
        }
    }
    const QList<QPair<QChar, QString>> units{{QLatin1Char('R'), QStringLiteral("人事处")},
                                             {QLatin1Char('H'), QStringLiteral("后勤管理处")},
                                             {QLatin1Char('J'), QStringLiteral("教务处")},
                                             {QLatin1Char('C'), QStringLiteral("财务处")}};
    for (int u = 0; u < units.size(); ++u) {
        HandlingUnit unit;
        unit.name = units.at(u).second;
        unit.sortOrder = u + 1;
        s.units[units.at(u).first] = HandlingUnitRepository(db).add(unit);
    }

    ProposalRepository repo(db);
    const QString letters = QStringLiteral("EGLM");
    const QDate submitted(2024, 3, 20);
    const auto proposalOf = [&](int n, const QString& category, QChar delegation, ProposalKind kind) {
        Proposal p;
        p.sessionId = s.sessionId;
        p.number = reportNumber(n);
        p.kind = kind;
        p.title = QStringLiteral("关于第%1项事项的提案").arg(n);
        p.reasons = QStringLiteral("理由");
        p.measures = QStringLiteral("措施");
        p.category = category;
        p.proposerCategory = category;
        p.submitted = submitted;
        const QList<qint64>& own = s.reps.value(delegation);
        p.proposerRepId = own.at(n % 3);
        // Co-signers from the next delegation.
        if (kind == ProposalKind::Proposal) {
            const QChar next = letters.at((letters.indexOf(delegation) + 1) % letters.size());
            p.cosignerIds = {s.reps.value(next).at(0), s.reps.value(next).at(1)};
        }
        return p;
    };

    // Submitted in number order; the filed ones first decided, since merges need their target filed.
    for (const ReportProposal& r : reportProposals()) {
        Proposal p = proposalOf(r.n, QString::fromUtf8(r.category), QLatin1Char(r.delegation), ProposalKind::Proposal);
        if (r.n == 25)
            p.category = p.proposerCategory = QStringLiteral("人事人才");
        if (r.n == 29) { // the delegation's collective proposal
            p.proposerRepId.reset();
            p.proposerDelegationId = s.delegations.value(QLatin1Char('M'));
        }
        s.proposals[r.n] = repo.submit(p);
    }
    // 25: the committee re-classifies it; the report counts the committee's category.
    {
        Proposal p = *repo.withCosigners(s.proposals.value(25));
        p.category = QStringLiteral("教学科研");
        repo.edit(p);
    }
    // Three texts kept as suggestions from the start, without co-signers.
    for (int n = 41; n <= 43; ++n)
        s.proposals[n] =
            repo.submit(proposalOf(n, QStringLiteral("后勤服务"), QLatin1Char('L'), ProposalKind::Suggestion));

    const QDate decided(2024, 4, 25);
    const QDate assigned(2024, 5, 10); // lead deadline 2024-08-10
    const QDate onTime(2024, 7, 15);
    const QDate late(2024, 9, 5);
    const QDate rated(2024, 9, 20);
    const QDate assigned2(2024, 10, 8); // lead deadline 2025-01-08
    const QDate replied2(2024, 11, 20);
    const QDate rated2(2024, 12, 2);
    const auto reply = [&](qint64 id, char when, char result, const QDate& otherwise) {
        Reply r;
        r.replied = when == 'L' ? late : otherwise;
        r.text = QStringLiteral("答复");
        r.result = replyResults().fromKey(QString(QLatin1Char(result))).value_or(ReplyResult::None);
        if (r.result == ReplyResult::B)
            r.completion = QDate(2025, 6, 30);
        repo.reply(id, r);
    };
    const auto rating = [](char r) {
        return r == 'S' ? Rating::Satisfied : r == 'B' ? Rating::Basic : Rating::Unsatisfied;
    };
    for (const ReportProposal& r : reportProposals()) {
        if (r.decision != 'F')
            continue;
        const qint64 id = s.proposals.value(r.n);
        repo.decide(id, Decision::Filed, decided);
        if (r.key)
            repo.setKeyProposal(id, true);
    }
    for (const ReportProposal& r : reportProposals()) {
        const qint64 id = s.proposals.value(r.n);
        switch (r.decision) {
        case 'V':
            repo.decide(id, Decision::Converted, decided);
            break;
        case 'R':
            repo.decide(id, Decision::Rejected, decided, QStringLiteral("不属于提案范围"));
            break;
        case 'M':
            repo.decide(id, Decision::Merged, decided, QString(), s.proposals.value(r.into));
            break;
        case 'W':
            repo.decide(id, Decision::Withdrawn, decided);
            break;
        default:
            break;
        }
        if (r.decision != 'F' || !r.unit1)
            continue;
        // Every filed case has a co-handler too, which the report does not count.
        const QChar co = r.unit1 == 'C' ? QLatin1Char('R') : QLatin1Char('C');
        repo.assign(id, s.units.value(QLatin1Char(r.unit1)), {s.units.value(co)}, assigned);
        if (r.reply1)
            reply(id, r.reply1, r.result1, onTime);
        if (r.rating1)
            repo.rate(id, rating(r.rating1), rated);
        if (r.rating1 != 'U')
            continue;
        if (r.unit2)
            repo.assign(id, s.units.value(QLatin1Char(r.unit2)), {}, assigned2);
        if (r.reply2)
            reply(id, r.reply2, r.result2, replied2);
        if (r.rating2)
            repo.rate(id, rating(r.rating2), rated2);
    }
    // What the report leaves out: a co-signer's 不满意 of case 1 (the proposer's rating counts), the converted
    // proposal 25 and the suggestion 41 handled by a unit.
    repo.rate(s.proposals.value(1), Rating::Unsatisfied, rated, s.reps.value(QLatin1Char('G')).at(0));
    repo.assign(s.proposals.value(25), s.units.value(QLatin1Char('J')), {}, assigned);
    reply(s.proposals.value(25), 'O', 'A', onTime);
    repo.assign(s.proposals.value(41), s.units.value(QLatin1Char('H')), {}, assigned);
    reply(s.proposals.value(41), 'L', 'B', onTime);
    return s;
}

} // namespace ud::test

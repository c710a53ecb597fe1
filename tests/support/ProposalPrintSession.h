#pragma once

// A small session of proposals in the states the printed documents show, for the tests of the documents and of
// `congress print`.

#include "support/CongressBuilders.h"

#include "core/db/DatabaseSettings.h"

namespace ud::test {

/// Session 12-2 of CongressFixture with five proposals, numbered 2024-001 … 2024-005:
/// 1 filed, key, lead 人事处 and co 财务处; round 1 replied (B, late) and rated 不满意 by the proposer (基本满意 by a
///   co-signer), round 2 handed to 人事处 alone, replied (A) and rated 满意; its reasons run over a page.
/// 2 filed under 后勤服务 (the proposer said 民生保障), lead 后勤管理处 with co 教务处; not replied.
/// 3 merged into 2.
/// 4 not filed, with its reason.
/// 5 a collective proposal of 管理学院代表团, filed under 教学科研, lead 教务处.
struct ProposalPrintSession : CongressFixture {
    explicit ProposalPrintSession(core::Database& database) : CongressFixture(database, 6)
    {
        core::DatabaseSettings(db).setValue(core::settings::UnionName, QStringLiteral("浙江工商大学工会"));
        core::ProposalRepository repo(db);

        core::Proposal p1 = proposal(QStringLiteral("关于设立青年教师科研启动基金的提案"), 0, {1, 2});
        p1.reasons.clear();
        for (int i = 1; i <= 30; ++i)
            p1.reasons +=
                QStringLiteral("第%1条理由：青年教师入职初期科研经费不足，难以开展研究工作，影响学校长远发展。\n")
                    .arg(i);
        p1.reasons += QStringLiteral("理由到此为止。");
        p1.measures = QStringLiteral("建议学校每年安排专项经费，设立青年教师科研启动基金。");
        p1.suggestedUnit = QStringLiteral("人事处");
        first = repo.submit(p1);

        core::Proposal p2 =
            proposal(QStringLiteral("关于改善教工食堂伙食质量的提案"), 1, {2, 3}, QStringLiteral("民生保障"));
        p2.proposerCategory = QStringLiteral("民生保障");
        second = repo.submit(p2);
        core::Proposal p3 = proposal(QStringLiteral("关于延长教工食堂开放时间的提案"), 3, {4, 5});
        merged = repo.submit(p3);
        core::Proposal p4 = proposal(QStringLiteral("关于调整校车线路的提案"), 4, {0, 1});
        rejected = repo.submit(p4);
        core::Proposal p5 = proposal(QStringLiteral("关于完善实验室安全管理的提案"), 0, {1, 2});
        p5.proposerRepId.reset();
        p5.proposerDelegationId = delegationIds.at(1);
        collective = repo.submit(p5);

        const QDate decided(2024, 4, 1);
        repo.decide(first, core::Decision::Filed, decided);
        repo.setKeyProposal(first, true);
        repo.decide(second, core::Decision::Filed, decided);
        core::Proposal p2stored = *repo.withCosigners(second);
        p2stored.category = QStringLiteral("后勤服务"); // the committee re-classifies
        repo.edit(p2stored);
        repo.decide(merged, core::Decision::Merged, decided, {}, second);
        repo.decide(rejected, core::Decision::Rejected, decided, QStringLiteral("不属于教代会职权范围"));
        repo.decide(collective, core::Decision::Filed, decided);

        // Units: 人事处 0, 教务处 1, 后勤管理处 2, 财务处 3.
        repo.assign(first, unitIds.at(0), {unitIds.at(3)}, decided); // deadlines 2024-07-01 and 2024-06-01
        repo.assign(second, unitIds.at(2), {unitIds.at(1)}, decided);
        repo.assign(collective, unitIds.at(1), {}, decided);

        core::Reply reply;
        reply.replied = QDate(2024, 7, 5);
        reply.text = QStringLiteral("经研究，拟于下一年度设立专项基金。");
        reply.result = core::ReplyResult::B;
        reply.completion = QDate(2024, 12, 31);
        repo.reply(first, reply);
        repo.rate(first, core::Rating::Basic, QDate(2024, 7, 10), repIds.at(1));
        repo.rate(first, core::Rating::Unsatisfied, QDate(2024, 7, 12), std::nullopt, QStringLiteral("进度太慢"));
        repo.assign(first, unitIds.at(0), {}, QDate(2024, 8, 1)); // deadline 2024-11-01
        reply.replied = QDate(2024, 10, 8);
        reply.text = QStringLiteral("专项基金已经设立并开始申报。");
        reply.result = core::ReplyResult::A;
        reply.completion = QDate();
        repo.reply(first, reply);
        repo.rate(first, core::Rating::Satisfied, QDate(2024, 10, 15));
    }

    qint64 first = 0;
    qint64 second = 0;
    qint64 merged = 0;
    qint64 rejected = 0;
    qint64 collective = 0;
};

} // namespace ud::test

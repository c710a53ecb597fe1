#pragma once

#include "support/Builders.h"

#include "core/congress/CongressRepositories.h"
#include "core/congress/ProposalRepository.h"

namespace ud::test {

/// A congress session with representatives in delegations and handling units, for tests: session `12-2` (term 12,
/// year 2024, proposals from 2024-01-01 to 2024-03-31), delegations 经济学院代表团 and 管理学院代表团 (each on its
/// sub-union), `reps` representatives (staff numbers R001…, names 代表1…) alternating between them, and the units
/// 人事处, 教务处, 后勤管理处 and 财务处.
struct CongressFixture {
    explicit CongressFixture(core::Database& db, int reps = 6) : db(db)
    {
        const qint64 u1 = addUnit(db, QStringLiteral("101"), QStringLiteral("经济学院"));
        const qint64 u2 = addUnit(db, QStringLiteral("102"), QStringLiteral("管理学院"));
        core::CongressSession s;
        s.key = QStringLiteral("12-2");
        s.name = QStringLiteral("第十二届教代会暨第十四届工代会第二次会议");
        s.term = 12;
        s.meeting = 2;
        s.year = 2024;
        s.opens = QDate(2024, 1, 1);
        s.closes = QDate(2024, 3, 31);
        sessionId = core::SessionRepository(db).add(s);
        core::DelegationRepository delegations(db);
        delegationIds << delegations.idForName(12, QStringLiteral("经济学院代表团"))
                      << delegations.idForName(12, QStringLiteral("管理学院代表团"));
        core::RepresentativeRepository repo(db);
        for (int i = 0; i < reps; ++i) {
            const qint64 m = addMember(db, QStringLiteral("R%1").arg(i + 1, 3, 10, QLatin1Char('0')),
                                       QStringLiteral("代表%1").arg(i + 1), i % 2 ? u2 : u1, QDate(2010, 1, 1));
            core::Representative r;
            r.term = 12;
            r.memberId = m;
            r.delegationId = delegationIds.at(i % 2);
            repIds << repo.add(r);
        }
        core::HandlingUnitRepository units(db);
        for (const char* name : {"人事处", "教务处", "后勤管理处", "财务处"})
            unitIds << units.idForName(QString::fromUtf8(name));
    }

    /// A proposal by representative `proposer` (index into repIds) with the co-signers' indexes, submitted in the
    /// window, not stored.
    core::Proposal proposal(const QString& title, int proposer, const QList<int>& cosigners,
                            const QString& category = QStringLiteral("教学科研")) const
    {
        core::Proposal p;
        p.sessionId = sessionId;
        p.title = title;
        p.reasons = QStringLiteral("理由：") + title;
        p.measures = QStringLiteral("建议：") + title;
        p.category = category;
        p.proposerRepId = repIds.at(proposer);
        for (int c : cosigners)
            p.cosignerIds << repIds.at(c);
        p.submitted = QDate(2024, 3, 1);
        return p;
    }
    /// Submits a proposal of proposer 0 with co-signers 1 and 2.
    qint64 submit(const QString& title, const QString& category = QStringLiteral("教学科研"))
    {
        return core::ProposalRepository(db).submit(proposal(title, 0, {1, 2}, category));
    }

    core::Database& db;
    qint64 sessionId = 0;
    QList<qint64> delegationIds;
    QList<qint64> repIds;
    QList<qint64> unitIds;
};

} // namespace ud::test

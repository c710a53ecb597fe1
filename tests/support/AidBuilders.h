#pragma once

#include "support/Builders.h"

#include "core/aid/AidRepositories.h"

namespace ud::test {

/// The rule table of 爱心大病医疗互助 2024 for tests: inpatient (住院) over ¥5,000 progressive at 50 % up to ¥20,000,
/// 60 % up to ¥50,000 and 70 % above, capped at ¥30,000; outpatient (特殊病种门诊) over ¥3,000 at 50 % (whole), capped
/// at ¥10,000; ¥35,000 at most in all; a lump sum of ¥10,000 for 恶性肿瘤 once per scheme; rounded to the fen.
inline QByteArray aidRulesJson(const QString& scheme = QStringLiteral("爱心大病医疗互助"),
                               const QString& period = QStringLiteral("2024"),
                               const QString& start = QStringLiteral("2024-01-01"),
                               const QString& end = QStringLiteral("2024-12-31"))
{
    return QStringLiteral(
               R"({ "scheme": "%1", "period": "%2", "start": "%3", "end": "%4",
  "parts": [
    { "key": "inpatient", "name": "住院", "deductible": 5000, "mode": "progressive",
      "bands": [ { "upTo": 20000, "percent": 50 }, { "upTo": 50000, "percent": 60 }, { "upTo": null, "percent": 70 } ],
      "cap": 30000 },
    { "key": "outpatient", "name": "特殊病种门诊", "deductible": 3000, "mode": "whole",
      "bands": [ { "upTo": null, "percent": 50 } ], "cap": 10000 } ],
  "cap": 35000, "rounding": "fen",
  "lumpSums": [ { "illness": "恶性肿瘤", "amount": 10000, "once": "scheme" } ] })")
        .arg(scheme, period, start, end)
        .toUtf8();
}

/// A scheme with a period 2024 and its rules (aidRulesJson), ¥120 a share (member ¥20, school ¥100), a waiting period
/// of 30 days, claims within 6 months; sub-unions 经济学院 and 管理学院 and `members` active members (staff numbers
/// A001…, names 会员1…, alternating between the two) enrolled on 2023-12-01.
struct AidFixture {
    explicit AidFixture(core::Database& database, int members = 4) : db(database)
    {
        unitIds << addUnit(db, QStringLiteral("101"), QStringLiteral("经济学院"))
                << addUnit(db, QStringLiteral("102"), QStringLiteral("管理学院"));
        core::PeriodRepository periods(db);
        periodId = periods.importRules(core::AidRuleTable::fromJson(aidRulesJson()));
        core::SchemeRepository schemes(db);
        core::AidScheme s = schemes.requireName(QStringLiteral("爱心大病医疗互助"));
        s.fee = 12000;
        s.memberPart = 2000;
        s.schoolPart = 10000;
        s.waitingDays = 30;
        s.claimMonths = 6;
        schemes.update(s);
        schemeId = s.id;
        core::EnrollmentRepository enrollments(db);
        for (int i = 0; i < members; ++i) {
            const qint64 m = addMember(db, QStringLiteral("A%1").arg(i + 1, 3, 10, QLatin1Char('0')),
                                       QStringLiteral("会员%1").arg(i + 1), unitIds.at(i % 2), QDate(1980, 1, 1));
            memberIds << m;
            core::AidEnrollment e;
            e.periodId = periodId;
            e.memberId = m;
            e.enrolled = QDate(2023, 12, 1);
            enrollments.add(e);
        }
    }

    /// An inpatient claim of member `index` for `yuan`, treated on `day`, received a month later; not stored.
    core::AidClaim claim(int index, qint64 yuan, const QDate& day,
                         const QString& part = QStringLiteral("inpatient")) const
    {
        core::AidClaim c;
        c.periodId = periodId;
        c.memberId = memberIds.at(index);
        c.partKey = part;
        c.treatedFrom = day;
        c.treatedTo = day.addDays(7);
        c.received = day.addMonths(1);
        c.ownPay = yuan * 100;
        return c;
    }

    core::Database& db;
    QList<qint64> unitIds;
    QList<qint64> memberIds;
    qint64 schemeId = 0;
    qint64 periodId = 0;
};

} // namespace ud::test

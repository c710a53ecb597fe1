#pragma once

// A year of union work in a test database, counted by hand: the year-end workbook's and the year's summary's tests.

#include "support/Builders.h"
#include "support/TestIds.h"

#include "core/db/Database.h"
#include "core/members/MemberRepository.h"

#include <QHash>

namespace ud::test {

/// Two sub-unions, four members and a little of every module in 2024, counted by hand in the tests.
struct YearFixture {
    explicit YearFixture(core::Database& database) : db(database)
    {
        economics = addUnit(db, QStringLiteral("E"), QStringLiteral("经济学院分工会"));
        law = addUnit(db, QStringLiteral("L"), QStringLiteral("法学院分工会"));
        zhang = add(QStringLiteral("20150032"), QStringLiteral("张伟"), QStringLiteral("M"), QDate(1980, 5, 1),
                    economics, QDate(2015, 9, 1), 11, QStringLiteral("13812345678"));
        li = add(QStringLiteral("20240007"), QStringLiteral("李娜"), QStringLiteral("F"), QDate(1995, 2, 3), law,
                 QDate(2024, 3, 1), 12, QString());
        wang = add(QStringLiteral("20100003"), QStringLiteral("王强"), QStringLiteral("M"), QDate(1975, 7, 7),
                   economics, QDate(2010, 1, 1), 13, QString());
        zhao = add(QStringLiteral("19900001"), QStringLiteral("赵敏"), QStringLiteral("F"), QDate(1964, 8, 20), law,
                   QDate(1990, 7, 1), 14, QString());
        const QDate today(2025, 1, 10);
        addEvent(db, wang, core::MemberEvent::Kind::Left, QDate(2024, 6, 30), std::nullopt, today);
        addEvent(db, zhao, core::MemberEvent::Kind::Retired, QDate(2024, 9, 1), std::nullopt, today);

        // The work plan of 2024: three items, one done.
        const qint64 plan =
            insert(QStringLiteral("INSERT INTO schedule_plans (year, title) VALUES (2024, '2024年工作要点')"),
                   QStringLiteral("schedule_plans"));
        const qint64 section =
            insert(QStringLiteral("INSERT INTO schedule_sections (plan_id, number, title) VALUES (%1, 1, '思想引领')")
                       .arg(plan),
                   QStringLiteral("schedule_sections"));
        db.exec(QStringLiteral("INSERT INTO schedule_items (section_id, number, text, status, done_date) VALUES "
                               "(%1, 1, '开展主题教育', 'done', '2024-04-30'), (%1, 2, '举办读书会', 'planned', NULL), "
                               "(%1, 3, '教职工运动会', 'in_progress', NULL)")
                    .arg(section));

        // The congress session of 2024: two proposals, one filed, rated satisfied.
        const qint64 session = insert(QStringLiteral("INSERT INTO congress_sessions (session_key, name, term, meeting, "
                                                     "year) VALUES ('7-3', '七届三次教代会', 7, 3, 2024)"),
                                      QStringLiteral("congress_sessions"));
        const qint64 p1 = insert(QStringLiteral("INSERT INTO congress_proposals (session_id, number, title, category, "
                                                "decision) VALUES (%1, '1', '关于改善食堂的建议', '后勤', 'filed')")
                                     .arg(session),
                                 QStringLiteral("congress_proposals"));
        db.exec(QStringLiteral("INSERT INTO congress_proposals (session_id, number, title, category, decision) VALUES "
                               "(%1, '2', '关于增加停车位的建议', '后勤', 'rejected')")
                    .arg(session));
        db.exec(QStringLiteral("INSERT INTO congress_replies (proposal_id, round, replied, result) VALUES (%1, 1, "
                               "'2024-06-01', 'A')")
                    .arg(p1));
        db.exec(QStringLiteral("INSERT INTO congress_ratings (proposal_id, round, rating) VALUES (%1, 1, 'satisfied')")
                    .arg(p1));

        // Mutual aid: one scheme, the period 2024, two members enrolled, one claim paid 500.00 in May.
        const qint64 scheme = insert(QStringLiteral("INSERT INTO aid_schemes (name, fee) VALUES ('住院互助', 3000)"),
                                     QStringLiteral("aid_schemes"));
        const qint64 period = insert(QStringLiteral("INSERT INTO aid_periods (scheme_id, period_key, starts, ends) "
                                                    "VALUES (%1, '2024', '2024-01-01', '2024-12-31')")
                                         .arg(scheme),
                                     QStringLiteral("aid_periods"));
        db.exec(QStringLiteral("INSERT INTO aid_enrollments (period_id, member_id, shares, enrolled, fee) VALUES "
                               "(%1, %2, 1, '2024-01-05', 3000), (%1, %3, 2, '2024-03-05', 6000)")
                    .arg(period)
                    .arg(zhang)
                    .arg(li));
        const qint64 claim = insert(QStringLiteral("INSERT INTO aid_claims (period_id, member_id, part_key, "
                                                   "treated_from, received, status, part_payout, paid) VALUES (%1, "
                                                   "%2, 'inpatient', '2024-04-01', '2024-04-20', 'paid', 50000, "
                                                   "'2024-05-10')")
                                        .arg(period)
                                        .arg(zhang),
                                    QStringLiteral("aid_claims"));
        db.exec(
            QStringLiteral("INSERT INTO aid_ledger (period_id, posted, kind, amount, claim_id) VALUES "
                           "(%1, '2024-01-31', 'member_fees', 900000, NULL), (%1, '2024-05-10', 'claim', -50000, %2)")
                .arg(period)
                .arg(claim));

        // Hardship: one approved (2,000.00), one pending; care: two visits (500.00 and 300.00).
        db.exec(QStringLiteral("INSERT INTO hardship_cases (member_id, unit_id, given, cause, amount, review) VALUES "
                               "(%1, %2, '2024-02-01', 'illness', 200000, 'approved'), "
                               "(%3, %4, '2024-03-01', 'family', 100000, 'pending')")
                    .arg(zhang)
                    .arg(economics)
                    .arg(li)
                    .arg(law));
        const qint64 kind = insert(QStringLiteral("INSERT INTO care_kinds (year, kind_key, name, amount) VALUES (2024, "
                                                  "'illness', '生病住院', 50000)"),
                                   QStringLiteral("care_kinds"));
        db.exec(QStringLiteral("INSERT INTO care_visits (member_id, unit_id, kind_id, visited, amount) VALUES "
                               "(%1, %2, %3, '2024-04-25', 50000), (%4, %5, %3, '2024-10-01', 30000)")
                    .arg(zhang)
                    .arg(economics)
                    .arg(kind)
                    .arg(zhao)
                    .arg(law));

        // Awards: one final nomination, one withdrawn.
        const qint64 type = insert(QStringLiteral("INSERT INTO award_types (name) VALUES ('优秀工会积极分子')"),
                                   QStringLiteral("award_types"));
        const qint64 round = insert(QStringLiteral("INSERT INTO award_rounds (round_key, year, award_type_id, stage) "
                                                   "VALUES ('2024-积极分子', 2024, %1, 'final')")
                                        .arg(type),
                                    QStringLiteral("award_rounds"));
        db.exec(QStringLiteral("INSERT INTO award_nominations (round_id, member_id, unit_id, status) VALUES "
                               "(%1, %2, %3, 'final'), (%1, %4, %5, 'withdrawn')")
                    .arg(round)
                    .arg(zhang)
                    .arg(economics)
                    .arg(li)
                    .arg(law));
    }

    qint64 add(const QString& staffNo, const QString& name, const QString& gender, const QDate& birth, qint64 unit,
               const QDate& joined, int seq, const QString& phone)
    {
        core::Member m = member(staffNo, name, unit);
        m.gender = gender;
        m.birthDate = birth;
        m.idNumber = makeId(birth, gender == QLatin1String("M") ? seq * 2 + 1 : seq * 2);
        m.joinDate = joined;
        m.phone = phone;
        ids.insert(staffNo, m.idNumber);
        return core::MemberRepository(db).add(m);
    }

    qint64 insert(const QString& sql, const QString& table)
    {
        db.exec(sql);
        return db.scalar(QStringLiteral("SELECT MAX(id) FROM %1").arg(table)).toLongLong();
    }

    core::Database& db;
    qint64 economics = 0, law = 0, zhang = 0, li = 0, wang = 0, zhao = 0;
    QHash<QString, QString> ids;
};

} // namespace ud::test

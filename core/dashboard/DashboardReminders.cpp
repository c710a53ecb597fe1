// Dashboard::reminders: today's things to do, each one count (and date) from an aggregate query.

#include "core/dashboard/Dashboard.h"
#include "core/dashboard/DashboardSql.h"
#include "core/members/MemberQuery.h"
#include "core/members/MemberRepository.h"
#include "core/members/RetirementAge.h"

#include <QLocale>
#include <QSqlQuery>

namespace ud::core {

using namespace dashboard;

namespace {

constexpr int UrgentDays = 3;         // due within three days (or overdue): shown emphasised
constexpr int ScheduleWindowDays = 7; // schedule deadlines shown from seven days before
constexpr int ReplyWindowDays = 14;   // replies due shown from fourteen days before their deadline
constexpr int EnrollmentWindowDays = 14;
constexpr int RetirementWindowMonths = 3;

QString dateText(const QDate& day)
{
    return QLocale().toString(day, QLocale::ShortFormat);
}

Reminder reminder(const char* key, qint64 count, const QString& text, const QDate& date, bool urgent,
                  const PageFilter& target)
{
    Reminder r;
    r.key = QString::fromLatin1(key);
    r.count = count;
    r.text = text;
    r.date = date;
    r.urgent = urgent;
    r.target = target;
    return r;
}

bool dueSoon(const QDate& today, const QDate& date)
{
    return date.isValid() && today.daysTo(date) <= UrgentDays;
}

/// Active members with a birthday in today's month, counted as the members page counts its filter.
void birthdays(const Database& db, const QDate& today, QList<Reminder>& out)
{
    MemberFilter f;
    f.status = Member::Status::Active;
    f.birthMonth = today.month();
    f.today = today;
    const qint64 n = MemberQuery::count(db, f);
    if (n > 0)
        out << reminder("birthdays", n, Tr::tr("%n member(s) have a birthday this month", nullptr, int(n)), {}, false,
                        filter(QStringLiteral("members"), {{QStringLiteral("birth_month"), today.month()},
                                                           {QStringLiteral("status"), QStringLiteral("active")}}));
}

/// The schedule knows months, not days: an item is "this month's" when it covers today's month, and a deadline item
/// (6月底前) is due on the last day of its month.
void schedule(const Database& db, const QDate& today, QList<Reminder>& out)
{
    const qint64 open = db.scalar(QStringLiteral("SELECT COUNT(*) %1 AND %2 AND %3")
                                      .arg(itemsOfYear(), coversMonth(today.month()), itemOpen()),
                                  {{QStringLiteral("year"), today.year()}})
                            .toLongLong();
    if (open > 0)
        out << reminder("schedule_open", open, Tr::tr("%n work item(s) of this month not done yet", nullptr, int(open)),
                        {}, false,
                        filter(QStringLiteral("schedule_items"), {{QStringLiteral("year"), today.year()},
                                                                  {QStringLiteral("month"), today.month()},
                                                                  {QStringLiteral("status"), QStringLiteral("open")}}));

    // The month end within the next seven days (today included): at most one, the window being shorter than a month.
    const QDate monthEnd(today.year(), today.month(), today.daysInMonth());
    QDate due;
    if (today.daysTo(monthEnd) <= ScheduleWindowDays)
        due = monthEnd;
    if (!due.isValid())
        return;
    const qint64 n = db.scalar(QStringLiteral("SELECT COUNT(*) %1 AND i.deadline = 1 AND %2 AND %3")
                                   .arg(itemsOfYear(), coversMonth(due.month()), itemOpen()),
                               {{QStringLiteral("year"), due.year()}})
                         .toLongLong();
    if (n > 0)
        out << reminder("schedule_deadline", n, Tr::tr("%n work item(s) due by %1", nullptr, int(n)).arg(dateText(due)),
                        due, dueSoon(today, due),
                        filter(QStringLiteral("schedule_items"), {{QStringLiteral("year"), due.year()},
                                                                  {QStringLiteral("month"), due.month()},
                                                                  {QStringLiteral("status"), QStringLiteral("open")}}));
}

/// Proposals being handled (ProposalStage::Assigned: handed to a lead unit in the current round, no reply yet) whose
/// lead deadline lies in [from, to], per session: the count, the earliest deadline and the newest session concerned.
struct Replies {
    qint64 count = 0;
    QDate earliest;
    qint64 sessionId = 0;
};

Replies replies(const Database& db, const QString& deadlineCondition, const QVariantMap& binds)
{
    Replies r;
    QSqlQuery q = db.exec(
        QStringLiteral("SELECT p.session_id, COUNT(*), MIN(a.deadline) FROM congress_proposals p JOIN "
                       "congress_assignments a ON a.proposal_id = p.id AND a.round = p.round AND a.role = 'lead' JOIN "
                       "congress_sessions cs ON cs.id = p.session_id WHERE (p.decision IN ('filed', 'converted') OR "
                       "(p.decision = '' AND p.kind = 'suggestion')) AND NOT EXISTS (SELECT 1 FROM congress_replies "
                       "rp WHERE rp.proposal_id = p.id AND rp.round = p.round) AND %1 GROUP BY p.session_id, cs.year, "
                       "cs.term, cs.meeting ORDER BY cs.year, cs.term, cs.meeting, p.session_id")
            .arg(deadlineCondition),
        binds);
    while (q.next()) {
        r.count += q.value(1).toLongLong();
        const QDate d = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        if (d.isValid() && (!r.earliest.isValid() || d < r.earliest))
            r.earliest = d;
        r.sessionId = q.value(0).toLongLong(); // the last row: the newest session
    }
    return r;
}

/// A reply is overdue the day after its lead unit's deadline (ProposalFile::overdueOn); it is due from fourteen days
/// before the deadline up to the deadline itself, both days included.
void congressReplies(const Database& db, const QDate& today, QList<Reminder>& out)
{
    const Replies overdue = replies(db, QStringLiteral("a.deadline < :today"), {{QStringLiteral("today"), iso(today)}});
    if (overdue.count > 0)
        out << reminder("replies_overdue", overdue.count,
                        Tr::tr("%n proposal reply(s) overdue, the oldest since %1", nullptr, int(overdue.count))
                            .arg(dateText(overdue.earliest)),
                        overdue.earliest, true,
                        filter(QStringLiteral("proposals"),
                               {{QStringLiteral("session_id"), overdue.sessionId}, {QStringLiteral("overdue"), true}}));
    const Replies due =
        replies(db, QStringLiteral("a.deadline >= :today AND a.deadline <= :due"),
                {{QStringLiteral("today"), iso(today)}, {QStringLiteral("due"), iso(today.addDays(ReplyWindowDays))}});
    if (due.count > 0)
        out << reminder(
            "replies_due", due.count,
            Tr::tr("%n proposal reply(s) due, the first by %1", nullptr, int(due.count)).arg(dateText(due.earliest)),
            due.earliest, dueSoon(today, due.earliest),
            filter(QStringLiteral("proposals"), {{QStringLiteral("session_id"), due.sessionId},
                                                 {QStringLiteral("state"), QStringLiteral("assigned")}}));
}

/// Claims at one of the review steps (sub-union, union office, committee); the click opens the newest period that has
/// any, with the claims in review.
void claimsInReview(const Database& db, QList<Reminder>& out)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT c.period_id, COUNT(*) FROM aid_claims c JOIN aid_periods p ON p.id = "
                                         "c.period_id WHERE c.status IN ('sub_union', 'office', 'committee') GROUP BY "
                                         "c.period_id, p.starts ORDER BY p.starts, c.period_id"));
    qint64 n = 0;
    qint64 period = 0;
    while (q.next()) {
        n += q.value(1).toLongLong();
        period = q.value(0).toLongLong();
    }
    if (n > 0)
        out << reminder("claims_review", n, Tr::tr("%n mutual-aid claim(s) waiting for review", nullptr, int(n)), {},
                        false,
                        filter(QStringLiteral("aid_claims"), {{QStringLiteral("period_id"), period},
                                                              {QStringLiteral("state"), QStringLiteral("review")}}));
}

/// Award rounds in their 公示 today (from its first to its last day, both included): one reminder for all, with the
/// end that comes first, opening that round.
void publicity(const Database& db, const QDate& today, QList<Reminder>& out)
{
    const QVariantMap binds{{QStringLiteral("today"), iso(today)}};
    const QString inPublicity = QStringLiteral("FROM award_rounds WHERE stage = 'publicity' AND publicity_start <= "
                                               ":today AND publicity_end >= :today");
    const qint64 n = db.scalar(QStringLiteral("SELECT COUNT(*) ") + inPublicity, binds).toLongLong();
    if (n == 0)
        return;
    QSqlQuery q = db.exec(QStringLiteral("SELECT id, publicity_end ") + inPublicity +
                              QStringLiteral(" ORDER BY publicity_end, id LIMIT 1"),
                          binds);
    q.next();
    const QDate end = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    out << reminder(
        "publicity_ending", n,
        Tr::tr("%n award round(s) in 公示, the first ending on %1", nullptr, int(n)).arg(dateText(end)), end,
        dueSoon(today, end),
        filter(QStringLiteral("award_nominations"), {{QStringLiteral("round_id"), q.value(0).toLongLong()}}));
}

/// Active members whose statutory retirement date (the 2025 rise; a woman's own original age, else the office's
/// setting) lies from today to three months on, both included: per original age, a range of birth dates counted on
/// the birth-date index.
void retirements(const Database& db, const QDate& today, QList<Reminder>& out)
{
    const QDate until = today.addMonths(RetirementWindowMonths);
    const int womenDefault = MemberRepository(readOnly(db)).womenRetirementAge();
    struct Group {
        int years;
        QString condition;
    };
    const QList<Group> groups{
        {60, QStringLiteral("gender = 'M'")},
        {55, QStringLiteral("gender = 'F' AND (original_retirement_age = 55%1)")
                 .arg(womenDefault == 55 ? QStringLiteral(" OR original_retirement_age = 0") : QString())},
        {50, QStringLiteral("gender = 'F' AND (original_retirement_age = 50%1)")
                 .arg(womenDefault == 50 ? QStringLiteral(" OR original_retirement_age = 0") : QString())}};
    qint64 n = 0;
    QDate first;
    for (const Group& g : groups) {
        const auto [from, to] = RetirementAge::birthsRetiringBetween(g.years, today, until);
        if (!from.isValid())
            continue;
        QSqlQuery q =
            db.exec(QStringLiteral("SELECT COUNT(*), MIN(birth_date) FROM members WHERE status = 'active' AND "
                                   "birth_date >= :from AND birth_date <= :to AND %1")
                        .arg(g.condition),
                    {{QStringLiteral("from"), iso(from)}, {QStringLiteral("to"), iso(to)}});
        q.next();
        const qint64 count = q.value(0).toLongLong();
        if (count == 0)
            continue;
        n += count;
        const QDate birth = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        const QDate retires = RetirementAge::forBirth(g.years, birth).dateFor(birth);
        if (!first.isValid() || retires < first)
            first = retires;
    }
    if (n > 0)
        out << reminder("retirements", n,
                        Tr::tr("%n member(s) reach retirement age by %1, the first on %2", nullptr, int(n))
                            .arg(dateText(until), dateText(first)),
                        first, dueSoon(today, first),
                        filter(QStringLiteral("members"), {{QStringLiteral("status"), QStringLiteral("active")},
                                                           {QStringLiteral("retires_from"), today},
                                                           {QStringLiteral("retires_to"), until}}));
}

/// Mutual-aid enrollment open today (from enroll_opens to enroll_closes, both included; an open end has no limit):
/// "closing" when it closes within fourteen days (today included), else "open"; a period is in one of the two, never
/// both. Each opens the period that closes first.
void enrollment(const Database& db, const QDate& today, QList<Reminder>& out)
{
    const QDate soon = today.addDays(EnrollmentWindowDays);
    const QString openToday = QStringLiteral("(enroll_opens IS NOT NULL OR enroll_closes IS NOT NULL) AND "
                                             "(enroll_opens IS NULL OR enroll_opens <= :today) AND "
                                             "(enroll_closes IS NULL OR enroll_closes >= :today)");
    const QVariantMap binds{{QStringLiteral("today"), iso(today)}, {QStringLiteral("soon"), iso(soon)}};
    const auto first = [&](const QString& condition) {
        struct {
            qint64 count = 0;
            qint64 period = 0;
            QDate closes;
        } r;
        r.count =
            db.scalar(QStringLiteral("SELECT COUNT(*) FROM aid_periods WHERE %1 AND %2").arg(openToday, condition),
                      binds)
                .toLongLong();
        if (r.count > 0) {
            // Those closing first, then those without an end; by start and id among equals.
            QSqlQuery q = db.exec(QStringLiteral("SELECT id, enroll_closes FROM aid_periods WHERE %1 AND %2 ORDER BY "
                                                 "CASE WHEN enroll_closes IS NULL THEN 1 ELSE 0 END, enroll_closes, "
                                                 "starts, id LIMIT 1")
                                      .arg(openToday, condition),
                                  binds);
            q.next();
            r.period = q.value(0).toLongLong();
            r.closes = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        }
        return r;
    };
    const auto open = first(QStringLiteral("(enroll_closes IS NULL OR enroll_closes > :soon)"));
    if (open.count > 0)
        out << reminder("enrollment_open", open.count,
                        open.closes.isValid()
                            ? Tr::tr("Mutual-aid enrollment open in %n period(s), until %1", nullptr, int(open.count))
                                  .arg(dateText(open.closes))
                            : Tr::tr("Mutual-aid enrollment open in %n period(s)", nullptr, int(open.count)),
                        open.closes, false,
                        filter(QStringLiteral("aid_periods"), {{QStringLiteral("period_id"), open.period}}));
    const auto closing = first(QStringLiteral("enroll_closes <= :soon"));
    if (closing.count > 0)
        out << reminder("enrollment_closing", closing.count,
                        Tr::tr("Mutual-aid enrollment closes on %1 (%n period(s))", nullptr, int(closing.count))
                            .arg(dateText(closing.closes)),
                        closing.closes, dueSoon(today, closing.closes),
                        filter(QStringLiteral("aid_periods"), {{QStringLiteral("period_id"), closing.period}}));
}

} // namespace

QList<Reminder> Dashboard::reminders(const Database& db, const QDate& today)
{
    QList<Reminder> list;
    congressReplies(db, today, list);
    publicity(db, today, list);
    enrollment(db, today, list);
    schedule(db, today, list);
    claimsInReview(db, list);
    retirements(db, today, list);
    birthdays(db, today, list);
    return list;
}

} // namespace ud::core

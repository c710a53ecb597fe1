#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace ud::core {

class Database;

/// Where a click on the dashboard leads: the page that shows records of `table` (its SQL name), filtered by named
/// conditions that page understands. The names in use:
/// - members: unit_id, gender ("M"/"F"), status ("active"…), min_age, max_age (whole years on the day, both
///   included, as MemberFilter reads them), birth_month (1–12), retires_from, retires_to (QDate: the statutory
///   retirement date lies between them, both included);
/// - schedule_items: year, month (1–12: the items covering it), status ("done", or "open": neither done nor
///   cancelled);
/// - congress_proposals: session_id, category (as stored; "" for none), state (a ProposalStage key: "submitted",
/// "filed",
///   "assigned", "replied", "rated", "rejected", "converted", "merged", "withdrawn"), overdue (true: the lead
///   unit's deadline has passed without a reply);
/// - aid_claims: scheme_id, period_id, state (a claim status key, "paid"…, or "review": at any of the review steps
///   sub_union, office, committee), month ("YYYY-MM", the month paid);
/// - aid_ledger: scheme_id (the fund's ledger);
/// - award_nominations: unit_id, year (the rounds of that year), state ("selected", "final"…);
/// - award_rounds: round_id (its 公示);
/// - aid_periods: period_id.
/// Empty (no table): nothing to open.
struct PageFilter {
    QString table;
    QVariantMap conditions;
    bool isEmpty() const { return table.isEmpty(); }
};

/// One series of a chart: a name for the legend and one value per category, each with what clicking it opens.
struct DashboardSeries {
    QString name;
    QList<double> values;      // one per category of the chart
    QList<PageFilter> targets; // one per value; an empty filter where a click opens nothing
};

/// A chart as the dashboard draws it; the data only, no drawing.
struct DashboardChart {
    enum class Kind {
        Column,  // vertical bars, one group per category; several series stacked when `stacked`
        Bar,     // horizontal bars (long category names: sub-unions)
        Pyramid, // horizontal bars back to back: the first series to the left, the second to the right
        Pie,     // one series, one slice per category
        Line,    // one point per category
    };
    QString key;   // stable: "members_by_unit", "age_pyramid", "joins_leaves", "schedule_progress",
                   // "proposals_by_category", "proposals_by_result", "aid_payouts", "fund_balances", "awards_by_unit"
    QString title; // translated
    QString note;  // translated, one line under the chart ("满意率 92.3 %"); may be empty
    Kind kind = Kind::Column;
    bool stacked = false;
    QString unit; // what a value counts, translated ("人", "元"); money is in yuan here
    QStringList categories;
    QList<DashboardSeries> series;
    bool isEmpty() const; // every value zero (a fund in deficit has a value below zero)
};

/// A thing to do today, as one line of the dashboard that opens where it is done.
struct Reminder {
    QString key;  // stable: "birthdays", "schedule_open", "schedule_deadline", "replies_overdue", "replies_due",
                  // "claims_review", "publicity_ending", "retirements", "enrollment_open", "enrollment_closing"
    QString text; // translated sentence with the count and, where there is one, the date
    qint64 count = 0;
    QDate date;          // the date it is about (a deadline, the end of a 公示), or null
    bool urgent = false; // overdue or due within three days: shown emphasised
    PageFilter target;
};

/// The figures of the dashboard: every number comes from an aggregate query (counts and sums grouped in SQL),
/// never from loading rows, so opening it takes the same time at 500 and at 50,000 members.
class Dashboard {
public:
    /// The charts of the year of `today`, in the order the dashboard shows them.
    static QList<DashboardChart> charts(const Database& db, const QDate& today);
    /// Today's reminders, in the order shown; one with nothing to do is left out.
    static QList<Reminder> reminders(const Database& db, const QDate& today);
};

} // namespace ud::core

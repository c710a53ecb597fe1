#include "core/yearbook/Yearbook.h"

#include "core/aid/Aid.h"
#include "core/aid/AidDocuments.h"
#include "core/awards/Awards.h"
#include "core/care/Care.h"
#include "core/congress/Congress.h"
#include "core/congress/ProposalReport.h"
#include "core/db/Database.h"
#include "core/db/Transaction.h"
#include "core/io/SafeOutput.h"
#include "core/io/XlsxWriter.h"
#include "core/members/Member.h"
#include "core/members/MemberExport.h"
#include "core/members/MemberQuery.h"
#include "core/members/MemberRepository.h"
#include "core/schedule/Schedule.h"
#include "core/yearbook/YearSummary.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QSqlQuery>

#include <algorithm>

namespace ud::core {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::Yearbook)
};

using Kind = XlsxColumn::Kind;

constexpr int StepCount = 8; // seven worksheets and the finishing of the file

template <class E> QString labelOf(const KeyedEnum<E>& e, const QString& key)
{
    if (auto value = e.fromKey(key))
        return e.label(*value);
    return key;
}

QString eventLabel(const QString& key)
{
    if (auto kind = MemberEvent::kindFromKey(key))
        return MemberEvent::kindLabel(*kind);
    return key;
}

/// The age bands of the count by sub-union, gender and age band.
QString ageBand(std::optional<int> age)
{
    if (!age)
        return Tr::tr("unknown");
    if (*age < 30)
        return Tr::tr("under 30");
    if (*age >= 60)
        return Tr::tr("60 and over");
    const int from = *age / 10 * 10;
    return Tr::tr("%1–%2").arg(from).arg(from + 9);
}

/// Everything one workbook is written from: the year's bounds as the database stores dates.
class Writer {
public:
    Writer(Database& db, XlsxWriter& xlsx, const YearbookOptions& options)
        : m_db(db), m_xlsx(xlsx), m_options(options), m_binds(yearqueries::yearBinds(options.year))
    {
    }

    qint64 rosterRows() const { return m_rosterRows; }
    /// Asked every few thousand rows of the roster whether to go on (the window repaints and its Cancel is heard
    /// then); false stops the roster, and cancelled() says so.
    void setKeepGoing(std::function<bool()> keepGoing) { m_keepGoing = std::move(keepGoing); }
    bool cancelled() const { return m_cancelled; }

    void overview();
    void members();
    void schedule();
    void proposals();
    void aid();
    void care();
    void awards();

private:
    QVariantMap yearBinds() const { return m_binds; }
    QVariantMap yearOnly() const { return yearqueries::yearOnly(m_options.year); }
    /// The mutual-aid ledger's claim entries posted in the year (payments, and reversals with their claim).
    static QString claimEntriesOfYear() { return claimPaymentsSql(); }
    MemberExportOptions rosterOptions() const;

    Database& m_db;
    XlsxWriter& m_xlsx;
    YearbookOptions m_options;
    QVariantMap m_binds;
    qint64 m_rosterRows = 0;
    std::function<bool()> m_keepGoing;
    bool m_cancelled = false;
};

MemberExportOptions Writer::rosterOptions() const
{
    MemberExportOptions o;
    o.columns = {MemberColumn::StaffNo, MemberColumn::Name,     MemberColumn::Gender,   MemberColumn::BirthDate,
                 MemberColumn::Age,     MemberColumn::IdNumber, MemberColumn::UnitName, MemberColumn::Department,
                 MemberColumn::Title,   MemberColumn::Phone,    MemberColumn::JoinDate, MemberColumn::Status};
    o.unmasked = m_options.unmasked;
    o.asOf = QDate(m_options.year, 12, 31);
    return o;
}

// ---- 概览 ----------------------------------------------------------------------------------------------------------

void Writer::overview()
{
    // The figures as the year's summary reads them, so that the workbook and the printed summary agree.
    const YearSummary f = yearSummary(m_db, m_options.year);
    m_xlsx.addSheet(Tr::tr("Overview"), {{Tr::tr("Figure"), Kind::Text, 40},
                                         {Tr::tr("Number"), Kind::Decimal, 14},
                                         {Tr::tr("Amount (yuan)"), Kind::Money, 16}});
    auto figure = [&](const QString& name, const QVariant& number, const QVariant& amount = {}) {
        m_xlsx.addRow({name, number, amount});
    };
    figure(Tr::tr("Members on 31 December"), f.members);
    figure(Tr::tr("Retired members on 31 December"), f.retiredMembers);
    figure(Tr::tr("Joined"), f.joined);
    figure(Tr::tr("Transferred"), f.transferred);
    figure(Tr::tr("Retired"), f.retired);
    figure(Tr::tr("Left"), f.left);
    figure(Tr::tr("Deceased"), f.deceased);
    figure(Tr::tr("Work items of the year"), f.workItems);
    figure(Tr::tr("Work items done"), f.workItemsDone);
    figure(Tr::tr("Proposals received"), f.proposalsReceived);
    figure(Tr::tr("Proposals filed"), f.proposalsFiled);
    const std::optional<double> rate = f.satisfactionRate();
    figure(Tr::tr("Satisfaction rate (%)"), rate ? QVariant(*rate) : QVariant());
    figure(Tr::tr("Mutual-aid members"), f.aidMembers);
    figure(Tr::tr("Mutual-aid claims paid"), f.aidClaimsPaid, f.aidPayouts);
    figure(Tr::tr("Hardship support (cases)"), f.hardshipCases, f.hardshipAmount);
    figure(Tr::tr("Care visits"), f.careVisits, f.careAmount);
    figure(Tr::tr("Awards given"), f.awardsGiven);
    const QList<QPair<QString, qint64>>& byUnit = f.membersByUnit;
    const QVariantMap y = yearBinds();

    // The charts' data, each a small table under the figures, the chart beside it.
    m_xlsx.addTable(Tr::tr("Members by sub-union on 31 December"),
                    {{Tr::tr("Sub-union"), Kind::Text, 0}, {Tr::tr("Members"), Kind::Integer, 0}});
    const int unitsFirst = m_xlsx.nextRow();
    for (const auto& u : byUnit)
        m_xlsx.addRow({u.first, u.second});
    if (!byUnit.isEmpty()) {
        XlsxChart chart;
        chart.type = XlsxChart::Type::Column;
        chart.title = Tr::tr("Members by sub-union");
        chart.firstRow = unitsFirst;
        chart.lastRow = m_xlsx.nextRow() - 1;
        chart.series = {{1, unitsFirst - 1}};
        chart.anchorRow = 1;
        chart.anchorColumn = 4;
        m_xlsx.addChart(chart);
    }

    m_xlsx.addTable(Tr::tr("Mutual-aid payouts by month"), {{Tr::tr("Month"), Kind::Text, 0},
                                                            {Tr::tr("Number"), Kind::Integer, 0},
                                                            {Tr::tr("Amount (yuan)"), Kind::Money, 0}});
    const int monthsFirst = m_xlsx.nextRow();
    {
        QMap<int, QPair<qint64, qint64>> byMonth;
        QSqlQuery q =
            m_db.exec(QStringLiteral("SELECT substr(posted, 6, 2), COUNT(DISTINCT claim_id), SUM(paid) FROM (%1) e "
                                     "GROUP BY substr(posted, 6, 2)")
                          .arg(claimEntriesOfYear()),
                      y);
        while (q.next())
            byMonth.insert(q.value(0).toInt(), qMakePair(q.value(1).toLongLong(), q.value(2).toLongLong()));
        for (int month = 1; month <= 12; ++month) {
            const auto v = byMonth.value(month);
            m_xlsx.addRow(
                {QStringLiteral("%1-%2").arg(m_options.year).arg(month, 2, 10, QLatin1Char('0')), v.first, v.second});
        }
    }
    {
        XlsxChart chart;
        chart.type = XlsxChart::Type::Column;
        chart.title = Tr::tr("Mutual-aid payouts by month (yuan)");
        chart.firstRow = monthsFirst;
        chart.lastRow = monthsFirst + 11;
        chart.series = {{2, monthsFirst - 1}};
        chart.anchorRow = 18;
        chart.anchorColumn = 4;
        m_xlsx.addChart(chart);
    }

    m_xlsx.addTable(Tr::tr("Work items by status"),
                    {{Tr::tr("Status"), Kind::Text, 0}, {Tr::tr("Items"), Kind::Integer, 0}});
    const int statusFirst = m_xlsx.nextRow();
    {
        QMap<QString, qint64> byItemStatus;
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT i.status, COUNT(*) ") + yearqueries::itemsOfYear() +
                                    QStringLiteral(" GROUP BY i.status"),
                                yearOnly());
        while (q.next())
            byItemStatus.insert(q.value(0).toString(), q.value(1).toLongLong());
        for (ItemStatus s : itemStatuses().values())
            m_xlsx.addRow({itemStatuses().label(s), byItemStatus.value(itemStatuses().key(s))});
    }
    {
        XlsxChart chart;
        chart.type = XlsxChart::Type::Pie;
        chart.title = Tr::tr("Work items by status");
        chart.firstRow = statusFirst;
        chart.lastRow = m_xlsx.nextRow() - 1;
        chart.series = {{1, -1}};
        chart.anchorRow = 35;
        chart.anchorColumn = 4;
        m_xlsx.addChart(chart);
    }
}

// ---- 会员 ----------------------------------------------------------------------------------------------------------

void Writer::members()
{
    const MemberExportOptions options = rosterOptions();
    const QList<MemberColumn> columns = memberExportColumns(options);
    QList<XlsxColumn> sheetColumns;
    for (MemberColumn c : columns) {
        XlsxColumn col;
        col.title = MemberColumns::title(c);
        col.kind = MemberColumns::info(c).isDate ? Kind::Date : c == MemberColumn::Age ? Kind::Integer : Kind::Text;
        col.width = c == MemberColumn::IdNumber                                                        ? 21
                    : c == MemberColumn::UnitName || c == MemberColumn::Department                     ? 24
                    : c == MemberColumn::Gender || c == MemberColumn::Age || c == MemberColumn::Status ? 8
                    : c == MemberColumn::Phone || c == MemberColumn::Title                             ? 14
                                                                                                       : 12;
        sheetColumns << col;
    }
    m_xlsx.addSheet(Tr::tr("Members"), sheetColumns);
    const int unitAt = int(columns.indexOf(MemberColumn::UnitName));
    const int genderAt = int(columns.indexOf(MemberColumn::Gender));
    const int ageAt = int(columns.indexOf(MemberColumn::Age));
    const int statusAt = int(columns.indexOf(MemberColumn::Status));
    const QString activeLabel = Member::statusLabel(Member::Status::Active);
    const QString leftLabel = Member::statusLabel(Member::Status::Left);
    const QString deceasedLabel = Member::statusLabel(Member::Status::Deceased);
    // sub-union → gender → age band → members (active on 31 December): as small as the office's sub-unions.
    QMap<QString, QMap<QString, QMap<QString, qint64>>> counts;
    QVariantList values;
    // The roster: who was a member (working or retired) on 31 December; those who had left are in the changes.
    forEachMemberRow(m_db, options, MemberText::Labels, [&](const QStringList& row) {
        if (row.at(statusAt) == leftLabel || row.at(statusAt) == deceasedLabel)
            return true;
        values.clear();
        for (const QString& cell : row)
            values << (cell.isEmpty() ? QVariant() : QVariant(cell));
        m_xlsx.addRow(values);
        if (++m_rosterRows % 2000 == 0 && m_keepGoing && !m_keepGoing()) {
            m_cancelled = true;
            return false;
        }
        if (row.at(statusAt) == activeLabel) {
            bool ok = false;
            const int age = row.at(ageAt).toInt(&ok);
            ++counts[row.at(unitAt)][row.at(genderAt)][ageBand(ok ? std::optional<int>(age) : std::nullopt)];
        }
        return true;
    });

    m_xlsx.addTable(Tr::tr("Changes in %1").arg(m_options.year),
                    {{Tr::tr("Date"), Kind::Date, 0},
                     {MemberColumns::title(MemberColumn::StaffNo), Kind::Text, 0},
                     {MemberColumns::title(MemberColumn::Name), Kind::Text, 0},
                     {Tr::tr("Change"), Kind::Text, 0},
                     {Tr::tr("Sub-union"), Kind::Text, 0},
                     {Tr::tr("From sub-union"), Kind::Text, 0},
                     {Tr::tr("Note"), Kind::Text, 0}});
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT e.event_date, m.staff_no, m.name, e.kind, u.name, f.name, e.note FROM member_events e "
                       "JOIN members m ON m.id = e.member_id LEFT JOIN units u ON u.id = e.unit_id LEFT JOIN units f "
                       "ON f.id = e.from_unit_id WHERE e.event_date >= :from AND e.event_date <= :to "
                       "ORDER BY e.event_date, m.staff_no, e.id"),
        yearBinds());
    while (q.next())
        m_xlsx.addRow({q.value(0), q.value(1), q.value(2), eventLabel(q.value(3).toString()), q.value(4), q.value(5),
                       q.value(6)});

    m_xlsx.addTable(Tr::tr("Members on 31 December by sub-union, gender and age band"),
                    {{Tr::tr("Sub-union"), Kind::Text, 0},
                     {MemberColumns::title(MemberColumn::Gender), Kind::Text, 0},
                     {Tr::tr("Age band"), Kind::Text, 0},
                     {Tr::tr("Members"), Kind::Integer, 0}});
    for (auto u = counts.cbegin(); u != counts.cend(); ++u)
        for (auto g = u->cbegin(); g != u->cend(); ++g)
            for (auto a = g->cbegin(); a != g->cend(); ++a)
                m_xlsx.addRow({u.key().isEmpty() ? Tr::tr("(no sub-union)") : u.key(), g.key(), a.key(), a.value()});
}

// ---- 工作进度 ------------------------------------------------------------------------------------------------------

void Writer::schedule()
{
    m_xlsx.addSheet(Tr::tr("Work progress"), {{Tr::tr("Section"), Kind::Text, 24},
                                              {Tr::tr("No."), Kind::Integer, 6},
                                              {Tr::tr("Item"), Kind::Text, 50},
                                              {Tr::tr("Timing"), Kind::Text, 14},
                                              {Tr::tr("Office"), Kind::Text, 16},
                                              {Tr::tr("Status"), Kind::Text, 10},
                                              {Tr::tr("Done on"), Kind::Date, 12},
                                              {Tr::tr("Notes"), Kind::Text, 30}});
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT s.number, s.title, i.number, i.text, i.timing, i.office, i.status, i.done_date, "
                       "i.notes FROM schedule_items i JOIN schedule_sections s ON s.id = i.section_id JOIN "
                       "schedule_plans p ON p.id = s.plan_id WHERE p.year = :year ORDER BY s.number, i.number, i.id"),
        yearOnly());
    while (q.next()) {
        const QString section = QStringLiteral("%1 %2").arg(q.value(0).toInt()).arg(q.value(1).toString()).trimmed();
        m_xlsx.addRow({section, q.value(2), q.value(3), q.value(4), q.value(5),
                       labelOf(itemStatuses(), q.value(6).toString()), q.value(7), q.value(8)});
    }
}

// ---- 提案 ----------------------------------------------------------------------------------------------------------

void Writer::proposals()
{
    m_xlsx.addSheet(Tr::tr("Proposals"), {{Tr::tr("Session"), Kind::Text, 20},
                                          {Tr::tr("Number"), Kind::Text, 8},
                                          {Tr::tr("Kind"), Kind::Text, 8},
                                          {Tr::tr("Title"), Kind::Text, 40},
                                          {Tr::tr("Category"), Kind::Text, 12},
                                          {Tr::tr("Proposer"), Kind::Text, 14},
                                          {Tr::tr("Submitted"), Kind::Date, 12},
                                          {Tr::tr("Decision"), Kind::Text, 10},
                                          {Tr::tr("Key proposal"), Kind::Text, 8},
                                          {Tr::tr("Result"), Kind::Text, 8},
                                          {Tr::tr("Rating"), Kind::Text, 10}});
    // The proposer: the representative's name, else the delegation's; the result and the rating of the latest round.
    QSqlQuery q = m_db.exec(
        QStringLiteral(
            "SELECT cs.name, pr.number, pr.kind, pr.title, pr.category, COALESCE(m.name, d.name, ''), pr.submitted, "
            "pr.decision, pr.key_proposal, "
            "(SELECT rp.result FROM congress_replies rp WHERE rp.proposal_id = pr.id ORDER BY rp.round DESC LIMIT 1), "
            "(SELECT rt.rating FROM congress_ratings rt WHERE rt.proposal_id = pr.id ORDER BY rt.round DESC, rt.id "
            "DESC "
            "LIMIT 1) "
            "FROM congress_proposals pr JOIN congress_sessions cs ON cs.id = pr.session_id "
            "LEFT JOIN congress_representatives r ON r.id = pr.proposer_rep_id LEFT JOIN members m ON m.id = "
            "r.member_id LEFT JOIN congress_delegations d ON d.id = pr.proposer_delegation_id "
            "WHERE cs.year = :year ORDER BY cs.term, cs.meeting, cs.id, pr.id"),
        yearOnly());
    while (q.next()) {
        const QString decision = q.value(7).toString();
        m_xlsx.addRow({q.value(0), q.value(1), labelOf(proposalKinds(), q.value(2).toString()), q.value(3), q.value(4),
                       q.value(5), q.value(6), decision.isEmpty() ? QString() : labelOf(decisions(), decision),
                       q.value(8).toInt() ? Tr::tr("yes") : QString(), labelOf(replyResults(), q.value(9).toString()),
                       labelOf(ratings(), q.value(10).toString())});
    }
    // The report's tables of each session of the year.
    const QList<QVariantMap> sessions = m_db.rows(
        QStringLiteral("SELECT id, name FROM congress_sessions WHERE year = :year ORDER BY term, meeting, id"),
        yearOnly());
    for (const QVariantMap& s : sessions) {
        const ProposalReport report(m_db, s.value(QStringLiteral("id")).toLongLong());
        for (const ProposalReport::Section& section : report.sections()) {
            QList<XlsxColumn> columns{{Tr::tr("Item"), Kind::Text, 0},
                                      {Tr::tr("Count"), Kind::Integer, 0},
                                      {Tr::tr("Percent"), Kind::Text, 0}};
            const QStringList extras = ProposalReport::extraTitles();
            const bool withExtras = std::any_of(section.rows.cbegin(), section.rows.cend(),
                                                [](const ProposalReport::Row& r) { return !r.extra.isEmpty(); });
            if (withExtras)
                for (const QString& e : extras)
                    columns << XlsxColumn{e, Kind::Integer, 0};
            m_xlsx.addTable(
                QStringLiteral("%1 · %2").arg(report.sessionName(), ProposalReport::sectionTitle(section.key)),
                columns);
            for (const ProposalReport::Row& r : section.rows) {
                QVariantList values{r.key, r.count, r.percent};
                for (qint64 e : r.extra)
                    values << e;
                m_xlsx.addRow(values);
            }
        }
    }
}

// ---- 互助 ----------------------------------------------------------------------------------------------------------

void Writer::aid()
{
    const QVariantMap y = yearBinds();
    const QString periods = yearqueries::periodsOfYear();
    m_xlsx.addSheet(Tr::tr("Mutual aid"), {{Tr::tr("Scheme"), Kind::Text, 24},
                                           {Tr::tr("Period"), Kind::Text, 12},
                                           {Tr::tr("Sub-union"), Kind::Text, 24},
                                           {Tr::tr("Members"), Kind::Integer, 10},
                                           {Tr::tr("Shares"), Kind::Integer, 10},
                                           {Tr::tr("Fees (yuan)"), Kind::Money, 14}});
    QSqlQuery q =
        m_db.exec(QStringLiteral(
                      "SELECT s.name, p.period_key, COALESCE(u.name, ''), COUNT(*), SUM(e.shares), SUM(e.fee) "
                      "FROM aid_enrollments e JOIN aid_periods p ON p.id = e.period_id JOIN aid_schemes s ON s.id = "
                      "p.scheme_id JOIN members m ON m.id = e.member_id LEFT JOIN units u ON u.id = m.unit_id WHERE ") +
                      periods +
                      QStringLiteral(" GROUP BY s.name, p.period_key, p.starts, u.name, u.sort_order, u.code "
                                     "ORDER BY s.name, p.starts, u.sort_order, u.code"),
                  y);
    while (q.next())
        m_xlsx.addRow({q.value(0), q.value(1), q.value(2).toString().isEmpty() ? Tr::tr("(no sub-union)") : q.value(2),
                       q.value(3), q.value(4), q.value(5)});

    m_xlsx.addTable(Tr::tr("Claims paid in %1").arg(m_options.year),
                    {{Tr::tr("Scheme"), Kind::Text, 0},
                     {Tr::tr("Period"), Kind::Text, 0},
                     {MemberColumns::title(MemberColumn::StaffNo), Kind::Text, 0},
                     {MemberColumns::title(MemberColumn::Name), Kind::Text, 0},
                     {Tr::tr("Sub-union"), Kind::Text, 0},
                     {Tr::tr("Received"), Kind::Date, 0},
                     {Tr::tr("Paid"), Kind::Date, 0},
                     {Tr::tr("Payout (yuan)"), Kind::Money, 0}});
    // What the ledger paid in the year, net of reversals, per claim.
    QSqlQuery claims = m_db.exec(
        QStringLiteral("SELECT s.name, p.period_key, m.staff_no, m.name, COALESCE(u.name, ''), c.received, c.paid, "
                       "t.paid FROM (SELECT claim_id, SUM(paid) AS paid FROM (%1) e GROUP BY claim_id) t JOIN "
                       "aid_claims c ON c.id = t.claim_id JOIN aid_periods p ON p.id = c.period_id JOIN aid_schemes s "
                       "ON s.id = p.scheme_id JOIN members m ON m.id = c.member_id LEFT JOIN units u ON u.id = "
                       "m.unit_id ORDER BY c.paid, m.staff_no, c.id")
            .arg(claimEntriesOfYear()),
        y);
    while (claims.next())
        m_xlsx.addRow({claims.value(0), claims.value(1), claims.value(2), claims.value(3), claims.value(4),
                       claims.value(5), claims.value(6), claims.value(7)});

    m_xlsx.addTable(Tr::tr("Fund statements of the periods in %1").arg(m_options.year),
                    {{Tr::tr("Scheme"), Kind::Text, 0},
                     {Tr::tr("Period"), Kind::Text, 0},
                     {Tr::tr("Brought forward (yuan)"), Kind::Money, 0},
                     {Tr::tr("Income (yuan)"), Kind::Money, 0},
                     {Tr::tr("Payouts (yuan)"), Kind::Money, 0},
                     {Tr::tr("Other expenses (yuan)"), Kind::Money, 0},
                     {Tr::tr("Carried forward (yuan)"), Kind::Money, 0},
                     {Tr::tr("Members enrolled"), Kind::Integer, 0},
                     {Tr::tr("Claims paid"), Kind::Integer, 0}});
    // Each period's statement as the mutual-aid statement reads it, so that both show the same figures.
    const QList<QVariantMap> periodIds =
        m_db.rows(QStringLiteral("SELECT p.id FROM aid_periods p JOIN aid_schemes s ON s.id = p.scheme_id WHERE ") +
                      periods + QStringLiteral(" ORDER BY s.name, p.starts, p.id"),
                  y);
    for (const QVariantMap& period : periodIds) {
        const AidStatement st = aidStatement(m_db, period.value(QStringLiteral("id")).toLongLong());
        m_xlsx.addRow({st.period.schemeName, st.period.key, st.broughtForward, st.incomeTotal, st.payoutTotal,
                       st.expenseTotal - st.payoutTotal, st.carriedForward, st.membersEnrolled, st.claimsPaid});
    }
}

// ---- 帮扶慰问 ------------------------------------------------------------------------------------------------------

void Writer::care()
{
    const QVariantMap y = yearBinds();
    const QList<XlsxColumn> columns{{Tr::tr("Sub-union"), Kind::Text, 24},
                                    {Tr::tr("Cause or kind"), Kind::Text, 20},
                                    {Tr::tr("Number"), Kind::Integer, 10},
                                    {Tr::tr("Amount (yuan)"), Kind::Money, 16}};
    m_xlsx.addSheet(Tr::tr("Hardship and care"), columns);
    qint64 cases = 0;
    qint64 caseAmount = 0;
    QSqlQuery q =
        m_db.exec(QStringLiteral(
                      "SELECT COALESCE(u.name, ''), h.cause, COUNT(*), SUM(h.amount) FROM hardship_cases h LEFT JOIN "
                      "units u ON u.id = h.unit_id WHERE h.review = 'approved' AND h.given >= :from AND h.given <= :to "
                      "GROUP BY u.name, u.sort_order, u.code, h.cause ORDER BY u.sort_order, u.code, h.cause"),
                  y);
    while (q.next()) {
        cases += q.value(2).toLongLong();
        caseAmount += q.value(3).toLongLong();
        m_xlsx.addRow({q.value(0).toString().isEmpty() ? Tr::tr("(no sub-union)") : q.value(0),
                       labelOf(hardshipCauses(), q.value(1).toString()), q.value(2), q.value(3)});
    }
    m_xlsx.addRow({Tr::tr("Hardship support in all"), QVariant(), cases, caseAmount});

    m_xlsx.addTable(Tr::tr("Care visits by sub-union and kind"), columns);
    qint64 visits = 0;
    qint64 visitAmount = 0;
    QSqlQuery v = m_db.exec(
        QStringLiteral("SELECT COALESCE(u.name, ''), k.name, COUNT(*), SUM(c.amount) FROM care_visits c JOIN "
                       "care_kinds k ON k.id = c.kind_id LEFT JOIN units u ON u.id = c.unit_id WHERE c.visited >= "
                       ":from AND c.visited <= :to GROUP BY u.name, u.sort_order, u.code, k.name, k.sort_order "
                       "ORDER BY u.sort_order, u.code, k.sort_order, k.name"),
        y);
    while (v.next()) {
        visits += v.value(2).toLongLong();
        visitAmount += v.value(3).toLongLong();
        m_xlsx.addRow({v.value(0).toString().isEmpty() ? Tr::tr("(no sub-union)") : v.value(0), v.value(1), v.value(2),
                       v.value(3)});
    }
    m_xlsx.addRow({Tr::tr("Care visits in all"), QVariant(), visits, visitAmount});

    m_xlsx.addTable(Tr::tr("Totals"), columns);
    m_xlsx.addRow({Tr::tr("Hardship support and care visits"), QVariant(), cases + visits, caseAmount + visitAmount});
}

// ---- 评优 ----------------------------------------------------------------------------------------------------------

void Writer::awards()
{
    m_xlsx.addSheet(Tr::tr("Awards"), {{Tr::tr("Award"), Kind::Text, 24},
                                       {Tr::tr("Sub-union"), Kind::Text, 24},
                                       {Tr::tr("Nominee kind"), Kind::Text, 10},
                                       {MemberColumns::title(MemberColumn::StaffNo), Kind::Text, 12},
                                       {Tr::tr("Name or team"), Kind::Text, 20},
                                       {Tr::tr("Round"), Kind::Text, 14}});
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT t.name, u.name, n.kind, m.staff_no, CASE WHEN n.kind = 'collective' THEN n.team_name "
                       "ELSE m.name END, r.round_key FROM award_nominations n JOIN award_rounds r ON r.id = n.round_id "
                       "JOIN award_types t ON t.id = r.award_type_id JOIN units u ON u.id = n.unit_id LEFT JOIN "
                       "members m ON m.id = n.member_id WHERE r.year = :year AND n.status = 'final' "
                       "ORDER BY t.sort_order, t.name, u.sort_order, u.code, m.staff_no, n.id"),
        yearOnly());
    while (q.next())
        m_xlsx.addRow({q.value(0), q.value(1), labelOf(nomineeKinds(), q.value(2).toString()), q.value(3), q.value(4),
                       q.value(5)});

    m_xlsx.addTable(
        Tr::tr("Awards by award and sub-union"),
        {{Tr::tr("Award"), Kind::Text, 0}, {Tr::tr("Sub-union"), Kind::Text, 0}, {Tr::tr("Number"), Kind::Integer, 0}});
    QSqlQuery c = m_db.exec(
        QStringLiteral("SELECT t.name, u.name, COUNT(*) FROM award_nominations n JOIN award_rounds r ON r.id = "
                       "n.round_id JOIN award_types t ON t.id = r.award_type_id JOIN units u ON u.id = n.unit_id "
                       "WHERE r.year = :year AND n.status = 'final' GROUP BY t.name, t.sort_order, u.name, "
                       "u.sort_order, u.code ORDER BY t.sort_order, t.name, u.sort_order, u.code"),
        yearOnly());
    while (c.next())
        m_xlsx.addRow({c.value(0), c.value(1), c.value(2)});
}

} // namespace

QStringList Yearbook::sheetNames()
{
    return {Tr::tr("Overview"),   Tr::tr("Members"),           Tr::tr("Work progress"), Tr::tr("Proposals"),
            Tr::tr("Mutual aid"), Tr::tr("Hardship and care"), Tr::tr("Awards")};
}

int Yearbook::stepCount()
{
    return StepCount;
}

qint64 Yearbook::write(Database& db, const QString& path, const YearbookOptions& options, const Progress& progress)
{
    if (options.year < 1900 || options.year > 2999)
        throw ValidationError(Tr::tr("The year must lie between 1900 and 2999."));
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) != 0)
        throw ValidationError(Tr::tr("%1: the workbook's name must end in .xlsx.").arg(QDir::toNativeSeparators(path)));
    SafeOutput::checkTarget(path);

    int done = 0;
    auto step = [&]() {
        if (progress && !progress(done, StepCount))
            throw YearbookCancelled(Tr::tr("The workbook was cancelled; no file was written."));
        ++done;
    };
    XlsxWriter xlsx(path);
    Writer writer(db, xlsx, options);
    writer.setKeepGoing([&]() { return !progress || progress(done, StepCount); });
    step();
    writer.overview();
    step();
    writer.members();
    if (writer.cancelled())
        throw YearbookCancelled(Tr::tr("The workbook was cancelled; no file was written."));
    step();
    writer.schedule();
    step();
    writer.proposals();
    step();
    writer.aid();
    step();
    writer.care();
    step();
    writer.awards();
    step();
    if (options.unmasked) {
        // No file with full numbers without its record: both in one transaction.
        Transaction tx(db);
        FullNumbersUse use;
        use.kind = FullNumbersUse::Kind::Exported;
        use.target = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
        use.list = Tr::tr("Year-end workbook %1").arg(options.year);
        use.filter = Tr::tr("the roster as of %1").arg(QDate(options.year, 12, 31).toString(Qt::ISODate));
        use.rows = writer.rosterRows();
        use.columns = memberHeader(
            {MemberColumn::StaffNo, MemberColumn::Name, MemberColumn::IdNumber, MemberColumn::Phone}, MemberText::Keys);
        use.numbers = {MemberColumns::info(MemberColumn::IdNumber).key, MemberColumns::info(MemberColumn::Phone).key};
        recordFullNumbers(db, use);
        xlsx.finish();
        tx.commit();
    } else {
        xlsx.finish();
    }
    if (progress)
        progress(StepCount, StepCount);
    return writer.rosterRows();
}

} // namespace ud::core

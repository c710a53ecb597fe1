// The year's figures (年度工会工作数据汇总): read once with aggregate queries, printed on A4 and shown in the year-end
// workbook's overview.

#include "core/yearbook/YearSummary.h"

#include "core/aid/AidDocuments.h"
#include "core/congress/PrintedDocument.h"
#include "core/congress/ProposalReport.h"
#include "core/db/Database.h"
#include "core/db/DatabaseSettings.h"
#include "core/db/Error.h"
#include "core/io/DateText.h"
#include "core/members/MemberRepository.h"
#include "core/record/Money.h"
#include "core/units/SubUnitRepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSqlQuery>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>

namespace ud::core {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::YearSummary)
};

qint64 count(const Database& db, const QString& sql, const QVariantMap& binds)
{
    return db.scalar(sql, binds).toLongLong();
}

void readMembers(Database& db, YearSummary& s)
{
    const QDate lastDay(s.year, 12, 31);
    // The roster of 31 December from the status history: three numbers per member; the gender from the members.
    QHash<qint64, QString> genders;
    {
        QSqlQuery q = db.exec(QStringLiteral("SELECT id, gender FROM members"));
        while (q.next())
            genders.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    QHash<qint64, qint64> unitCounts; // sub-union id (0: none) → working members
    for (const auto& entry : MemberRepository(db).rosterAsOf(lastDay)) {
        if (entry.status == Member::Status::Retired)
            ++s.retiredMembers;
        if (entry.status != Member::Status::Active)
            continue;
        ++s.members;
        ++unitCounts[entry.unitId.value_or(0)];
        const QString gender = genders.value(entry.memberId);
        if (gender == QLatin1String("M"))
            ++s.men;
        else if (gender == QLatin1String("F"))
            ++s.women;
        else
            ++s.genderUnknown;
    }
    // In the sub-unions' order (sort order, code), those without one last.
    for (const SubUnit& unit : SubUnitRepository(db).all()) {
        if (unit.active)
            ++s.subUnions;
        if (unitCounts.contains(unit.id))
            s.membersByUnit << qMakePair(unit.name, unitCounts.take(unit.id));
    }
    if (unitCounts.contains(0))
        s.membersByUnit << qMakePair(Tr::tr("(no sub-union)"), unitCounts.value(0));

    const QHash<QString, qint64> kinds = MemberRepository(db).eventCountsByYear(s.year, s.year).value(s.year);
    s.joined = kinds.value(QStringLiteral("joined")) + kinds.value(QStringLiteral("rejoined"));
    s.transferred = kinds.value(QStringLiteral("transferred"));
    s.retired = kinds.value(QStringLiteral("retired"));
    s.left = kinds.value(QStringLiteral("left"));
    s.deceased = kinds.value(QStringLiteral("deceased"));
}

void readSchedule(Database& db, YearSummary& s)
{
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CASE WHEN i.status = 'done' THEN 1 ELSE 0 END), "
                               "0) ") +
                    yearqueries::itemsOfYear(),
                yearqueries::yearOnly(s.year));
    q.next();
    s.workItems = q.value(0).toLongLong();
    s.workItemsDone = q.value(1).toLongLong();
}

void readProposals(Database& db, YearSummary& s)
{
    // Each session of the year as its proposal work report counts it, added up.
    const QList<QVariantMap> sessions =
        db.rows(QStringLiteral("SELECT id FROM congress_sessions WHERE year = :year ORDER BY term, meeting, id"),
                yearqueries::yearOnly(s.year));
    const ProposalReport::Satisfaction satisfaction = ProposalReport::satisfactionOfYear(db, s.year);
    s.proposalsSatisfied = satisfaction.satisfied;
    s.proposalsRated = satisfaction.rated;
    for (const QVariantMap& session : sessions) {
        ++s.sessions;
        const ProposalReport report(db, session.value(QStringLiteral("id")).toLongLong());
        if (const auto* received = report.section(QStringLiteral("received")); received && !received->rows.isEmpty())
            s.proposalsReceived += received->rows.first().count;
        if (const auto* decision = report.section(QStringLiteral("decision")); decision && !decision->rows.isEmpty())
            s.proposalsFiled += decision->rows.first().count; // 立案 comes first
        if (const auto* unit = report.section(QStringLiteral("unit")))
            for (const ProposalReport::Row& row : unit->rows)
                s.proposalsReplied += row.extra.value(0); // replied
    }
}

void readAid(Database& db, YearSummary& s)
{
    const QVariantMap y = yearqueries::yearBinds(s.year);
    QMap<qint64, YearSummary::AidScheme> schemes; // by id
    QMap<qint64, bool> listed;                    // the schemes with a period in the year or money in the fund
    {
        QSqlQuery q = db.exec(QStringLiteral("SELECT s.id, s.name, COUNT(DISTINCT e.member_id) FROM aid_schemes s "
                                             "JOIN aid_periods p ON p.scheme_id = s.id LEFT JOIN aid_enrollments e ON "
                                             "e.period_id = p.id WHERE ") +
                                  yearqueries::periodsOfYear() + QStringLiteral(" GROUP BY s.id, s.name"),
                              y);
        while (q.next()) {
            auto& scheme = schemes[q.value(0).toLongLong()];
            scheme.name = q.value(1).toString();
            scheme.members = q.value(2).toLongLong();
            listed[q.value(0).toLongLong()] = true;
        }
    }
    {
        // What the ledger paid in the year, net of reversals, per claim, then per scheme.
        QSqlQuery q = db.exec(QStringLiteral("SELECT p.scheme_id, COUNT(CASE WHEN c.paid <> 0 THEN 1 END), "
                                             "COALESCE(SUM(c.paid), 0) FROM (SELECT claim_id, period_id, SUM(paid) AS "
                                             "paid FROM (%1) e GROUP BY claim_id, period_id) c JOIN aid_periods p ON "
                                             "p.id = c.period_id GROUP BY p.scheme_id")
                                  .arg(claimPaymentsSql()),
                              y);
        while (q.next()) {
            auto& scheme = schemes[q.value(0).toLongLong()];
            scheme.claimsPaid = q.value(1).toLongLong();
            scheme.payouts = q.value(2).toLongLong();
            listed[q.value(0).toLongLong()] = true;
        }
    }
    {
        // The fund's balance on 31 December: every ledger entry of the scheme's periods posted by then.
        QSqlQuery q = db.exec(QStringLiteral("SELECT s.id, s.name, COALESCE(SUM(l.amount), 0) FROM aid_ledger l JOIN "
                                             "aid_periods p ON p.id = l.period_id JOIN aid_schemes s ON s.id = "
                                             "p.scheme_id WHERE l.posted <= :to GROUP BY s.id, s.name"),
                              {{QStringLiteral("to"), y.value(QStringLiteral("to"))}});
        while (q.next()) {
            auto& scheme = schemes[q.value(0).toLongLong()];
            scheme.name = q.value(1).toString();
            scheme.balance = q.value(2).toLongLong();
            if (scheme.balance != 0)
                listed[q.value(0).toLongLong()] = true;
        }
    }
    for (auto it = schemes.cbegin(); it != schemes.cend(); ++it) {
        if (!listed.value(it.key()))
            continue;
        s.aidSchemes << it.value();
        s.aidClaimsPaid += it->claimsPaid;
        s.aidPayouts += it->payouts;
        s.aidBalance += it->balance;
    }
    std::sort(s.aidSchemes.begin(), s.aidSchemes.end(),
              [](const YearSummary::AidScheme& a, const YearSummary::AidScheme& b) { return a.name < b.name; });
    s.aidMembers = count(db,
                         QStringLiteral("SELECT COUNT(DISTINCT e.member_id) FROM aid_enrollments e JOIN aid_periods p "
                                        "ON p.id = e.period_id WHERE ") +
                             yearqueries::periodsOfYear(),
                         y);
}

void readCare(Database& db, YearSummary& s)
{
    const QVariantMap y = yearqueries::yearBinds(s.year);
    {
        QSqlQuery q = db.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(amount), 0) FROM hardship_cases WHERE "
                                             "review = 'approved' AND given >= :from AND given <= :to"),
                              y);
        q.next();
        s.hardshipCases = q.value(0).toLongLong();
        s.hardshipAmount = q.value(1).toLongLong();
    }
    QSqlQuery q = db.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(amount), 0) FROM care_visits WHERE visited >= "
                                         ":from AND visited <= :to"),
                          y);
    q.next();
    s.careVisits = q.value(0).toLongLong();
    s.careAmount = q.value(1).toLongLong();
}

void readAwards(Database& db, YearSummary& s)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT t.name, COUNT(*) FROM award_nominations n JOIN award_rounds r ON r.id "
                                         "= n.round_id JOIN award_types t ON t.id = r.award_type_id WHERE r.year = "
                                         ":year AND n.status = 'final' GROUP BY t.id, t.name, t.sort_order ORDER BY "
                                         "t.sort_order, t.name"),
                          yearqueries::yearOnly(s.year));
    while (q.next()) {
        s.awardsByType << qMakePair(q.value(0).toString(), q.value(1).toLongLong());
        s.awardsGiven += q.value(1).toLongLong();
    }
}

// ---- the printed summary ---------------------------------------------------------------------------------------

QString percentText(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return QStringLiteral("—");
    return QStringLiteral("%1%").arg(QString::number(double(qRound(part * 1000.0 / whole)) / 10.0, 'f', 1));
}

/// Some space: a block right after a table takes no margin above it.
void gap(DocumentWriter& out)
{
    out.paragraph(QString(), 6);
}

void heading(DocumentWriter& out, const QString& text)
{
    gap(out);
    out.paragraph(text, 12, true, Qt::AlignLeft, 4, 4);
}

/// The header row of `table` repeated on each page the table runs on to.
void repeatHeader(QTextTable* table)
{
    QTextTableFormat format = table->format();
    format.setHeaderRowCount(1);
    table->setFormat(format);
}

/// A table with a shaded, bold header row; the first column left-aligned, the others right-aligned; the last
/// `totals` rows bold.
void figureTable(DocumentWriter& out, const QStringList& headers, const QList<QStringList>& rows,
                 const QList<int>& widths, int totals = 0)
{
    QList<QTextLength> columns;
    for (int w : widths)
        columns << QTextLength(QTextLength::PercentageLength, w);
    QTextTable* table = out.table(int(rows.size()) + 1, columns, true);
    repeatHeader(table);
    for (int c = 0; c < headers.size(); ++c) {
        DocumentWriter::cell(table, 0, c, headers.at(c), true, Qt::AlignHCenter);
        DocumentWriter::shade(table, 0, c);
    }
    for (int r = 0; r < rows.size(); ++r) {
        const bool bold = r >= rows.size() - totals;
        for (int c = 0; c < rows.at(r).size(); ++c)
            DocumentWriter::cell(table, r + 1, c, rows.at(r).at(c), bold, c == 0 ? Qt::AlignLeft : Qt::AlignRight);
    }
}

/// Name and number pairs in two pairs of columns, read down the left pair first (a university's forty sub-unions
/// fit on half a page), `total` last and bold.
void pairTable(DocumentWriter& out, const QStringList& headers, QList<QPair<QString, qint64>> pairs,
               const QPair<QString, qint64>& total)
{
    pairs << total;
    const int rows = int((pairs.size() + 1) / 2);
    QTextTable* table =
        out.table(rows + 1,
                  {QTextLength(QTextLength::PercentageLength, 37), QTextLength(QTextLength::PercentageLength, 13),
                   QTextLength(QTextLength::PercentageLength, 37), QTextLength(QTextLength::PercentageLength, 13)},
                  true);
    for (int c = 0; c < 4; ++c) {
        DocumentWriter::cell(table, 0, c, headers.at(c % 2), true, Qt::AlignHCenter);
        DocumentWriter::shade(table, 0, c);
    }
    for (int i = 0; i < pairs.size(); ++i) {
        const int row = i % rows + 1;
        const int column = i / rows * 2;
        const bool bold = i == pairs.size() - 1;
        DocumentWriter::cell(table, row, column, pairs.at(i).first, bold);
        DocumentWriter::cell(table, row, column + 1, QString::number(pairs.at(i).second), bold, Qt::AlignRight);
    }
}

void note(DocumentWriter& out, const QString& text)
{
    out.paragraph(text, PrintedDocument::kBodyPoints, false, Qt::AlignLeft, 2, 0);
}

QString n(qint64 value)
{
    return QString::number(value);
}

} // namespace

std::optional<double> YearSummary::satisfactionRate() const
{
    if (proposalsRated <= 0)
        return std::nullopt;
    return double(qRound(proposalsSatisfied * 1000.0 / proposalsRated)) / 10.0;
}

YearSummary yearSummary(Database& db, int year)
{
    if (year < 1900 || year > 2999)
        throw ValidationError(Tr::tr("The year must lie between 1900 and 2999."));
    YearSummary s;
    s.year = year;
    s.unionName = DatabaseSettings(db).value(settings::UnionName).trimmed();
    readMembers(db, s);
    readSchedule(db, s);
    readProposals(db, s);
    readAid(db, s);
    readCare(db, s);
    readAwards(db, s);
    return s;
}

QString yearSummaryTitle(int year)
{
    return Tr::tr("Union work in figures, %1").arg(year);
}

std::unique_ptr<PrintedDocument> yearSummaryDocument(const YearSummary& s, const QDate& printDate)
{
    const QString title = yearSummaryTitle(s.year);
    auto doc = std::make_unique<PrintedDocument>();
    doc->setTitle(title);
    doc->setPrintDate(printDate);
    doc->document().setMetaInformation(QTextDocument::DocumentTitle, title);
    DocumentWriter out(doc->document());
    if (!s.unionName.isEmpty())
        out.paragraph(s.unionName, 14, false, Qt::AlignHCenter);
    out.paragraph(title, 18, true, Qt::AlignHCenter, 4, 2);
    out.paragraph(Tr::tr("%1 to %2").arg(longDateText(QDate(s.year, 1, 1)), longDateText(QDate(s.year, 12, 31))), 12,
                  false, Qt::AlignHCenter, 0, 6);

    const QStringList figureNumber{Tr::tr("Figure"), Tr::tr("Number")};
    const QList<int> twoColumns{70, 30};

    heading(out, Tr::tr("1. Members"));
    QList<QStringList> members{{Tr::tr("Members on 31 December"), n(s.members)},
                               {Tr::tr("    of them men"), n(s.men)},
                               {Tr::tr("    of them women"), n(s.women)}};
    if (s.genderUnknown > 0)
        members << QStringList{Tr::tr("    gender not recorded"), n(s.genderUnknown)};
    members << QStringList{Tr::tr("Retired members on 31 December"), n(s.retiredMembers)}
            << QStringList{Tr::tr("New members in %1").arg(s.year), n(s.joined)}
            << QStringList{Tr::tr("Members who left in %1").arg(s.year), n(s.left)}
            << QStringList{Tr::tr("Members who retired in %1").arg(s.year), n(s.retired)}
            << QStringList{Tr::tr("Members who died in %1").arg(s.year), n(s.deceased)}
            << QStringList{Tr::tr("Transfers between sub-unions in %1").arg(s.year), n(s.transferred)}
            << QStringList{Tr::tr("Sub-unions"), n(s.subUnions)};
    figureTable(out, figureNumber, members, twoColumns);
    if (!s.membersByUnit.isEmpty()) {
        gap(out);
        out.paragraph(Tr::tr("Members on 31 December by sub-union:"), PrintedDocument::kBodyPoints, false,
                      Qt::AlignLeft, 0, 2);
        pairTable(out, {Tr::tr("Sub-union"), Tr::tr("Members")}, s.membersByUnit,
                  qMakePair(Tr::tr("Total"), s.members));
    }

    heading(out, Tr::tr("2. Work plan"));
    figureTable(out, figureNumber,
                {{Tr::tr("Work items of the year"), n(s.workItems)},
                 {Tr::tr("Work items done"), n(s.workItemsDone)},
                 {Tr::tr("Share done"), percentText(s.workItemsDone, s.workItems)}},
                twoColumns);

    heading(out, Tr::tr("3. Congress proposals"));
    if (s.sessions == 0) {
        note(out, Tr::tr("No congress session in %1.").arg(s.year));
    } else {
        const auto rate = s.satisfactionRate();
        figureTable(out, figureNumber,
                    {{Tr::tr("Sessions"), n(s.sessions)},
                     {Tr::tr("Proposals received"), n(s.proposalsReceived)},
                     {Tr::tr("Proposals filed (立案)"), n(s.proposalsFiled)},
                     {Tr::tr("Filing rate"), percentText(s.proposalsFiled, s.proposalsReceived)},
                     {Tr::tr("Filed proposals replied"), n(s.proposalsReplied)},
                     {Tr::tr("Replies rated"), n(s.proposalsRated)},
                     {Tr::tr("Satisfaction rate (satisfied and basically satisfied)"),
                      rate ? QStringLiteral("%1%").arg(QString::number(*rate, 'f', 1)) : QStringLiteral("—")}},
                    twoColumns);
    }

    heading(out, Tr::tr("4. Mutual aid"));
    if (s.aidSchemes.isEmpty()) {
        note(out, Tr::tr("No mutual-aid scheme in %1.").arg(s.year));
    } else {
        QList<QStringList> rows;
        for (const auto& a : s.aidSchemes)
            rows << QStringList{a.name, n(a.members), n(a.claimsPaid), yuanText(a.payouts), yuanText(a.balance)};
        if (s.aidSchemes.size() > 1)
            rows << QStringList{Tr::tr("Total"), n(s.aidMembers), n(s.aidClaimsPaid), yuanText(s.aidPayouts),
                                yuanText(s.aidBalance)};
        figureTable(out,
                    {Tr::tr("Scheme"), Tr::tr("Members enrolled"), Tr::tr("Claims paid"), Tr::tr("Payouts (yuan)"),
                     Tr::tr("Balance on 31 December (yuan)")},
                    rows, {32, 14, 14, 18, 22}, s.aidSchemes.size() > 1 ? 1 : 0);
        if (s.aidSchemes.size() > 1)
            note(out, Tr::tr("A member enrolled in several schemes is counted once in the total."));
    }

    heading(out, Tr::tr("5. Hardship support and care"));
    figureTable(out, {Tr::tr("Item"), Tr::tr("Number"), Tr::tr("Amount (yuan)")},
                {{Tr::tr("Hardship support"), n(s.hardshipCases), yuanText(s.hardshipAmount)},
                 {Tr::tr("Care visits"), n(s.careVisits), yuanText(s.careAmount)},
                 {Tr::tr("Total"), n(s.hardshipCases + s.careVisits), yuanText(s.hardshipAmount + s.careAmount)}},
                {52, 18, 30}, 1);

    heading(out, Tr::tr("6. Awards"));
    if (s.awardsByType.isEmpty()) {
        note(out, Tr::tr("No award given in %1.").arg(s.year));
    } else {
        QList<QStringList> rows;
        for (const auto& a : s.awardsByType)
            rows << QStringList{a.first, n(a.second)};
        rows << QStringList{Tr::tr("Total"), n(s.awardsGiven)};
        figureTable(out, {Tr::tr("Award"), Tr::tr("Awarded")}, rows, twoColumns, 1);
    }

    gap(out);
    if (!s.unionName.isEmpty())
        out.paragraph(s.unionName, 12, false, Qt::AlignRight, 18, 0);
    out.paragraph(Tr::tr("Printed on %1").arg(longDateText(printDate)), 12, false, Qt::AlignRight,
                  s.unionName.isEmpty() ? 18 : 2, 0);
    return doc;
}

void writeYearSummary(const YearSummary& summary, const QString& path, const QDate& printDate)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("odt"))
        throw Error(
            Tr::tr("The year's summary is written to .pdf or .odt, not to %1.").arg(QFileInfo(path).fileName()));
    yearSummaryDocument(summary, printDate)->write(path);
}

namespace yearqueries {

QVariantMap yearBinds(int year)
{
    return {{QStringLiteral("from"), QDate(year, 1, 1).toString(Qt::ISODate)},
            {QStringLiteral("to"), QDate(year, 12, 31).toString(Qt::ISODate)}};
}

QVariantMap yearOnly(int year)
{
    return {{QStringLiteral("year"), year}};
}

QString itemsOfYear()
{
    return QStringLiteral("FROM schedule_items i JOIN schedule_sections s ON s.id = i.section_id JOIN schedule_plans p "
                          "ON p.id = s.plan_id WHERE p.year = :year");
}

QString periodsOfYear()
{
    return QStringLiteral("p.starts <= :to AND p.ends >= :from");
}

} // namespace yearqueries

} // namespace ud::core

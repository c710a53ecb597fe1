// The fund's yearly statement (年度收支公示): read with aggregate queries, printed on A4, written to .xlsx.

#include "core/aid/AidDocuments.h"

#include "core/db/Database.h"
#include "core/db/DatabaseSettings.h"
#include "core/db/Error.h"
#include "core/io/DateText.h"
#include "core/io/XlsxWriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QTextDocument>
#include <QTextTable>

namespace ud::core {

namespace {

// The context the messages of this file are translated under; written Tr::tr() so that lupdate files them there.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::AidStatement)
};

const QString kLumpSumKey = QStringLiteral("lump_sum");

QVariantMap periodBind(qint64 periodId)
{
    return {{QStringLiteral("p"), periodId}};
}

// Each claim entry of the period (a payment, or the reversal of one: its claim is the reversed entry's) split into
// the lump sum and the part's payout: the lump sum is what the claim paid as one, never more than the entry; the rest
// is the part's. Reversals carry the opposite sign and so reduce their part.
const QString kClaimEntries = QStringLiteral(
    "SELECT l.amount AS amount, c.id AS claim_id, c.member_id AS member_id, COALESCE(c.part_key, '') AS part_key,"
    " CASE WHEN l.amount < 0 THEN (CASE WHEN -l.amount < COALESCE(c.lump_sum, 0) THEN l.amount"
    "                                   ELSE -COALESCE(c.lump_sum, 0) END)"
    "      ELSE (CASE WHEN l.amount < COALESCE(c.lump_sum, 0) THEN l.amount ELSE COALESCE(c.lump_sum, 0) END) END"
    " AS lump"
    " FROM aid_ledger l LEFT JOIN aid_ledger o ON o.id = l.reverses_id"
    " LEFT JOIN aid_claims c ON c.id = COALESCE(l.claim_id, o.claim_id)"
    " WHERE l.period_id = :p AND l.kind = 'claim'");

// The same by claim: what it paid net of reversals, for its part and as a lump sum.
const QString kByClaim = QStringLiteral("SELECT claim_id, member_id, part_key, SUM(amount - lump) AS part_amount,"
                                        " SUM(lump) AS lump_amount, SUM(amount) AS total FROM (%1) e"
                                        " GROUP BY claim_id, member_id, part_key")
                             .arg(kClaimEntries);

void addCell(QList<QStringList>& rows, const QString& section, const QString& key, const QString& label,
             std::optional<qint64> amount, std::optional<qint64> count)
{
    rows << QStringList{section, key, label, amount ? yuanText(*amount, true) : QString(),
                        count ? QString::number(*count) : QString()};
}

/// A row of the printed and the .xlsx table: a heading of a section, or an item with its amount (and, for payouts,
/// the claims and members).
struct TableRow {
    enum class Kind { Heading, Item, Total } kind = Kind::Item;
    QString label;
    qint64 amount = 0;
    std::optional<int> claims;
    std::optional<int> members;
};

QList<TableRow> tableRows(const AidStatement& s)
{
    using K = TableRow::Kind;
    QList<TableRow> rows;
    rows << TableRow{K::Total, Tr::tr("Balance brought forward"), s.broughtForward, {}, {}};
    rows << TableRow{K::Heading, Tr::tr("Income"), 0, {}, {}};
    for (const AidStatement::Line& l : s.income)
        rows << TableRow{K::Item, l.label, l.amount, {}, {}};
    rows << TableRow{K::Total, Tr::tr("Total income"), s.incomeTotal, {}, {}};
    rows << TableRow{K::Heading, Tr::tr("Expenditure"), 0, {}, {}};
    for (const AidStatement::Line& l : s.payouts)
        rows << TableRow{K::Item, Tr::tr("Payouts: %1").arg(l.label), l.amount, l.claims, l.members};
    rows << TableRow{K::Total, Tr::tr("Payouts in all"), s.payoutTotal, s.claimsPaid, s.membersPaid};
    for (const AidStatement::Line& l : s.expenses)
        rows << TableRow{K::Item, l.label, l.amount, {}, {}};
    rows << TableRow{K::Total, Tr::tr("Total expenditure"), s.expenseTotal, {}, {}};
    rows << TableRow{K::Total, Tr::tr("Balance carried forward"), s.carriedForward, {}, {}};
    return rows;
}

QString statementTitle(const AidStatement& s)
{
    return Tr::tr("%1 %2 annual statement of income and expenditure").arg(s.period.schemeName, s.period.key);
}

} // namespace

AidStatement aidStatement(Database& db, qint64 periodId)
{
    AidStatement s;
    s.period = PeriodRepository(db).RecordRepository::require(periodId);
    s.unionName = DatabaseSettings(db).value(settings::UnionName).trimmed();
    const LedgerRepository ledger(db);
    s.broughtForward = ledger.balanceBefore(s.period);
    const QVariantMap p = periodBind(periodId);

    // Income and other expenses by kind (reversals and corrections included, with their sign).
    QHash<QString, qint64> byKind;
    {
        QSqlQuery q = db.exec(QStringLiteral("SELECT kind, SUM(amount) FROM aid_ledger WHERE period_id = :p AND "
                                             "kind <> 'claim' GROUP BY kind"),
                              p);
        while (q.next())
            byKind.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    for (const LedgerKind kind : ledgerKinds().values()) {
        const QString key = ledgerKinds().key(kind);
        if (kind == LedgerKind::Claim || !byKind.contains(key))
            continue;
        const qint64 amount = byKind.value(key);
        if (isIncome(kind)) {
            s.income << AidStatement::Line{key, ledgerKinds().label(kind), amount, 0, 0};
            s.incomeTotal += amount;
        } else {
            s.expenses << AidStatement::Line{key, ledgerKinds().label(kind), -amount, 0, 0};
            s.expenseTotal += -amount;
        }
    }

    // Payouts by part, in the rule table's order (each part, paid or not), then parts no longer in it, then the
    // lump sums.
    struct PartSum {
        qint64 amount = 0;
        int claims = 0;
        int members = 0;
    };
    QHash<QString, PartSum> parts;
    {
        QSqlQuery q = db.exec(QStringLiteral("SELECT part_key, SUM(part_amount),"
                                             " SUM(CASE WHEN part_amount <> 0 THEN 1 ELSE 0 END),"
                                             " COUNT(DISTINCT CASE WHEN part_amount <> 0 THEN member_id END)"
                                             " FROM (%1) t GROUP BY part_key")
                                  .arg(kByClaim),
                              p);
        while (q.next())
            parts.insert(q.value(0).toString(), {-q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toInt()});
    }
    PartSum lump;
    PartSum paid;
    {
        QSqlQuery q = db.exec(QStringLiteral("SELECT COALESCE(SUM(lump_amount), 0),"
                                             " COALESCE(SUM(CASE WHEN lump_amount <> 0 THEN 1 ELSE 0 END), 0),"
                                             " COUNT(DISTINCT CASE WHEN lump_amount <> 0 THEN member_id END),"
                                             " COALESCE(SUM(CASE WHEN total <> 0 THEN 1 ELSE 0 END), 0),"
                                             " COUNT(DISTINCT CASE WHEN total <> 0 THEN member_id END)"
                                             " FROM (%1) t")
                                  .arg(kByClaim),
                              p);
        if (q.next()) {
            lump = {-q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toInt()};
            paid = {0, q.value(3).toInt(), q.value(4).toInt()};
        }
    }
    std::optional<AidRuleTable> rules;
    if (!s.period.rules.trimmed().isEmpty()) {
        try {
            rules = AidRuleTable::fromJson(s.period.rules.toUtf8());
        } catch (const ValidationError&) {
            // A broken rule table leaves the parts named by their keys.
        }
    }
    if (rules) {
        for (const AidPart& part : rules->parts) {
            const PartSum sum = parts.take(part.key);
            s.payouts << AidStatement::Line{part.key, part.name, sum.amount, sum.claims, sum.members};
        }
    }
    QStringList others = parts.keys();
    others.sort();
    for (const QString& key : std::as_const(others)) {
        const PartSum sum = parts.value(key);
        s.payouts << AidStatement::Line{key, key.isEmpty() ? Tr::tr("Other claims") : key, sum.amount, sum.claims,
                                        sum.members};
    }
    if ((rules && !rules->lumpSums.isEmpty()) || lump.amount != 0)
        s.payouts << AidStatement::Line{kLumpSumKey, Tr::tr("Lump sums"), lump.amount, lump.claims, lump.members};
    for (const AidStatement::Line& l : std::as_const(s.payouts))
        s.payoutTotal += l.amount;
    s.expenseTotal += s.payoutTotal;
    s.claimsPaid = paid.claims;
    s.membersPaid = paid.members;

    {
        QSqlQuery q = db.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(shares), 0) FROM aid_enrollments WHERE "
                                             "period_id = :p"),
                              p);
        if (q.next()) {
            s.membersEnrolled = q.value(0).toInt();
            s.sharesEnrolled = q.value(1).toInt();
        }
    }
    s.claimsRejected =
        db.scalar(QStringLiteral("SELECT COUNT(*) FROM aid_claims WHERE period_id = :p AND status = 'rejected'"), p)
            .toInt();

    s.carriedForward = s.broughtForward + s.incomeTotal - s.expenseTotal;
    const qint64 after = ledger.balanceAfter(s.period);
    if (s.carriedForward != after)
        throw Error(Tr::tr("The statement of %1 does not add up: it carries %2 forward, the ledger's balance is %3.")
                        .arg(s.period.label(), yuanText(s.carriedForward), yuanText(after)));
    return s;
}

QList<QStringList> statementCsvRows(const AidStatement& s)
{
    QList<QStringList> rows;
    addCell(rows, QStringLiteral("balance"), QStringLiteral("brought_forward"), Tr::tr("Balance brought forward"),
            s.broughtForward, std::nullopt);
    for (const AidStatement::Line& l : s.income)
        addCell(rows, QStringLiteral("income"), l.key, l.label, l.amount, std::nullopt);
    addCell(rows, QStringLiteral("total"), QStringLiteral("income"), Tr::tr("Total income"), s.incomeTotal,
            std::nullopt);
    for (const AidStatement::Line& l : s.payouts)
        addCell(rows, QStringLiteral("payout"), l.key, l.label, l.amount, l.claims);
    addCell(rows, QStringLiteral("total"), QStringLiteral("payouts"), Tr::tr("Payouts in all"), s.payoutTotal,
            s.claimsPaid);
    for (const AidStatement::Line& l : s.expenses)
        addCell(rows, QStringLiteral("expense"), l.key, l.label, l.amount, std::nullopt);
    addCell(rows, QStringLiteral("total"), QStringLiteral("expenditure"), Tr::tr("Total expenditure"), s.expenseTotal,
            std::nullopt);
    addCell(rows, QStringLiteral("count"), QStringLiteral("members_enrolled"), Tr::tr("Members enrolled"), std::nullopt,
            s.membersEnrolled);
    addCell(rows, QStringLiteral("count"), QStringLiteral("shares_enrolled"), Tr::tr("Shares enrolled"), std::nullopt,
            s.sharesEnrolled);
    addCell(rows, QStringLiteral("count"), QStringLiteral("claims_paid"), Tr::tr("Claims paid"), std::nullopt,
            s.claimsPaid);
    addCell(rows, QStringLiteral("count"), QStringLiteral("members_paid"), Tr::tr("Members paid"), std::nullopt,
            s.membersPaid);
    addCell(rows, QStringLiteral("count"), QStringLiteral("claims_rejected"), Tr::tr("Claims rejected"), std::nullopt,
            s.claimsRejected);
    addCell(rows, QStringLiteral("balance"), QStringLiteral("carried_forward"), Tr::tr("Balance carried forward"),
            s.carriedForward, std::nullopt);
    return rows;
}

std::unique_ptr<PrintedDocument> statementDocument(const AidStatement& s)
{
    const QString title = statementTitle(s);
    auto doc = std::make_unique<PrintedDocument>();
    doc->setTitle(title);
    doc->document().setMetaInformation(QTextDocument::DocumentTitle, title);
    DocumentWriter out(doc->document());
    if (!s.unionName.isEmpty())
        out.paragraph(s.unionName, 12, false, Qt::AlignHCenter);
    out.paragraph(title, 16, true, Qt::AlignHCenter, 4, 2);
    out.paragraph(Tr::tr("Period: %1 to %2").arg(longDateText(s.period.starts), longDateText(s.period.ends)), 12, false,
                  Qt::AlignHCenter, 0, 10);

    const QList<TableRow> rows = tableRows(s);
    QTextTable* table =
        out.table(int(rows.size()) + 1,
                  {QTextLength(QTextLength::PercentageLength, 52), QTextLength(QTextLength::PercentageLength, 12),
                   QTextLength(QTextLength::PercentageLength, 12), QTextLength(QTextLength::PercentageLength, 24)},
                  true);
    const QStringList headers{Tr::tr("Item"), Tr::tr("Claims"), Tr::tr("Members"), Tr::tr("Amount (yuan)")};
    for (int c = 0; c < headers.size(); ++c) {
        DocumentWriter::cell(table, 0, c, headers.at(c), true, Qt::AlignHCenter);
        DocumentWriter::shade(table, 0, c);
    }
    for (int i = 0; i < rows.size(); ++i) {
        const TableRow& row = rows.at(i);
        const int r = i + 1;
        if (row.kind == TableRow::Kind::Heading) {
            table->mergeCells(r, 0, 1, 4);
            DocumentWriter::cell(table, r, 0, row.label, true);
            DocumentWriter::shade(table, r, 0);
            continue;
        }
        const bool bold = row.kind == TableRow::Kind::Total;
        DocumentWriter::cell(table, r, 0, bold ? row.label : QStringLiteral("    ") + row.label, bold);
        DocumentWriter::cell(table, r, 1, row.claims ? QString::number(*row.claims) : QString(), bold, Qt::AlignRight);
        DocumentWriter::cell(table, r, 2, row.members ? QString::number(*row.members) : QString(), bold,
                             Qt::AlignRight);
        DocumentWriter::cell(table, r, 3, yuanText(row.amount), bold, Qt::AlignRight);
    }

    out.paragraph(Tr::tr("Members enrolled: %1, with %n share(s).", nullptr, s.sharesEnrolled).arg(s.membersEnrolled),
                  PrintedDocument::kBodyPoints, false, Qt::AlignLeft, 10, 0);
    out.paragraph(Tr::tr("Claims paid: %1, to %2 member(s); claims rejected: %3.")
                      .arg(s.claimsPaid)
                      .arg(s.membersPaid)
                      .arg(s.claimsRejected),
                  PrintedDocument::kBodyPoints, false, Qt::AlignLeft, 2, 0);
    if (!s.unionName.isEmpty())
        out.paragraph(s.unionName, 12, false, Qt::AlignRight, 30, 0);
    out.paragraph(longDateText(QDate::currentDate()), 12, false, Qt::AlignRight, 2, 0);
    return doc;
}

void writeStatementXlsx(const AidStatement& s, const QString& path)
{
    XlsxWriter writer(path);
    writer.addSheet(Tr::tr("Statement %1").arg(s.period.key), {{Tr::tr("Item"), XlsxColumn::Kind::Text, 36},
                                                               {Tr::tr("Count"), XlsxColumn::Kind::Integer, 10},
                                                               {Tr::tr("Members"), XlsxColumn::Kind::Integer, 10},
                                                               {Tr::tr("Amount (yuan)"), XlsxColumn::Kind::Money, 16}});
    for (const TableRow& row : tableRows(s)) {
        if (row.kind == TableRow::Kind::Heading) {
            writer.addRow({row.label});
            continue;
        }
        writer.addRow({row.label, row.claims ? QVariant(*row.claims) : QVariant(),
                       row.members ? QVariant(*row.members) : QVariant(), row.amount});
    }
    writer.addRow({});
    // The counts, in the count column.
    writer.addRow({Tr::tr("Members enrolled"), s.membersEnrolled});
    writer.addRow({Tr::tr("Shares enrolled"), s.sharesEnrolled});
    writer.addRow({Tr::tr("Claims rejected"), s.claimsRejected});
    writer.finish();
}

void writeStatement(const AidStatement& s, const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        writeStatementXlsx(s, path);
    else if (suffix == QLatin1String("pdf") || suffix == QLatin1String("odt"))
        statementDocument(s)->write(path);
    else
        throw Error(
            Tr::tr("A statement is written to .pdf, .odt or .xlsx, not to %1.").arg(QFileInfo(path).fileName()));
}

QString claimPaymentsSql()
{
    return QStringLiteral("SELECT COALESCE(l.claim_id, o.claim_id) AS claim_id, l.period_id AS period_id, l.posted AS "
                          "posted, -l.amount AS paid FROM aid_ledger l LEFT JOIN aid_ledger o ON o.id = l.reverses_id "
                          "WHERE l.kind = 'claim' AND l.posted >= :from AND l.posted <= :to");
}

} // namespace ud::core

// The printed documents of the mutual aid: the claims' approval forms (审批表) and the enrollment lists for
// signatures; the statement is in AidStatement.cpp.

#include "core/aid/AidDocuments.h"

#include "core/db/Database.h"
#include "core/db/DatabaseSettings.h"
#include "core/db/Error.h"
#include "core/io/DateText.h"
#include "core/members/Member.h"

#include <QCoreApplication>
#include <QHash>
#include <QTextDocument>
#include <QTextTable>

namespace ud::core {

namespace {

// The context the messages of this file are translated under; written Tr::tr() so that lupdate files them there.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::AidDocuments)
};

// ---------------------------------------------------------------------------------------------------------------
// Chinese capital numerals (大写金额)

const QString kDigits = QStringLiteral("零壹贰叁肆伍陆柒捌玖");

QChar digit(qint64 d)
{
    return kDigits.at(int(d));
}

/// 1 to 9999: 壹仟零伍, 壹拾, 叁佰肆拾伍.
QString fourDigits(qint64 n)
{
    static const QString units[] = {QStringLiteral("仟"), QStringLiteral("佰"), QStringLiteral("拾"), QString()};
    QString text;
    bool zero = false;
    qint64 divisor = 1000;
    for (int i = 0; i < 4; ++i, divisor /= 10) {
        const qint64 d = n / divisor % 10;
        if (d == 0) {
            zero = !text.isEmpty();
            continue;
        }
        if (zero)
            text += kDigits.at(0);
        zero = false;
        text += digit(d) + units[i];
    }
    return text;
}

/// A whole number of yuan above 0, in groups of 万 and 亿; a gap of zeros before a lower group reads 零.
QString wholeNumber(qint64 n)
{
    constexpr qint64 yi = 100000000;
    constexpr qint64 wan = 10000;
    if (n >= yi) {
        QString text = wholeNumber(n / yi) + QStringLiteral("亿");
        const qint64 low = n % yi;
        if (low > 0)
            text += (low < yi / 10 ? QString(kDigits.at(0)) : QString()) + wholeNumber(low);
        return text;
    }
    if (n >= wan) {
        QString text = fourDigits(n / wan) + QStringLiteral("万");
        const qint64 low = n % wan;
        if (low > 0)
            text += (low < wan / 10 ? QString(kDigits.at(0)) : QString()) + fourDigits(low);
        return text;
    }
    return fourDigits(n);
}

// ---------------------------------------------------------------------------------------------------------------
// The approval form

// A row of the form's table: a label and its value, twice side by side, or once across the table.
struct FormRow {
    enum class Kind { Pair, Wide };
    Kind kind = Kind::Wide;
    QString label;
    QString value;
    QString label2;
    QString value2;
    bool small = false; // the value in a smaller size: the lines of the calculation
};

FormRow pair(const QString& label, const QString& value, const QString& label2, const QString& value2)
{
    return {FormRow::Kind::Pair, label, value, label2, value2, false};
}

FormRow wide(const QString& label, const QString& value)
{
    return {FormRow::Kind::Wide, label, value, {}, {}, false};
}

QString dateText(const QDate& date)
{
    return isoDateText(date);
}

QString money(qint64 fen)
{
    return fen == 0 ? QString() : yuanText(fen);
}

/// What the form shows of a member besides the claim's joined name, staff number and sub-union.
struct MemberDetails {
    QString department;
    QString phone;
    QString status;
};

MemberDetails memberDetails(Database& db, qint64 memberId)
{
    MemberDetails d;
    const auto rows = db.rows(QStringLiteral("SELECT department, phone, status FROM members WHERE id = :id"),
                              {{QStringLiteral("id"), memberId}});
    if (rows.isEmpty())
        return d;
    const QVariantMap& r = rows.first();
    d.department = r.value(QStringLiteral("department")).toString();
    d.phone = r.value(QStringLiteral("phone")).toString();
    if (const auto status = Member::statusFromKey(r.value(QStringLiteral("status")).toString()))
        d.status = Member::statusLabel(*status);
    return d;
}

void writeForm(DocumentWriter& out, Database& db, const QString& unionName, const AidClaim& c, const AidPeriod& period,
               const std::optional<AidRuleTable>& rules)
{
    if (!unionName.isEmpty())
        out.paragraph(unionName, 12, false, Qt::AlignHCenter);
    out.paragraph(Tr::tr("Mutual-Aid Claim Approval Form"), 16, true, Qt::AlignHCenter, 2, 4);
    out.paragraph(Tr::tr("%1    Claim No. %2").arg(period.label()).arg(c.id), PrintedDocument::kBodyPoints, false,
                  Qt::AlignRight, 0, 4);

    const MemberDetails member = memberDetails(db, c.memberId);
    const AidPart* part = rules ? rules->part(c.partKey) : nullptr;
    QList<FormRow> rows;
    rows << pair(Tr::tr("Name"), c.name, Tr::tr("Staff no."), c.staffNo);
    rows << pair(Tr::tr("Sub-union"), c.unitName, Tr::tr("Department"), member.department);
    rows << pair(Tr::tr("Phone"), member.phone, Tr::tr("Status"), member.status);
    rows << pair(Tr::tr("Part"), part ? part->name : c.partKey, Tr::tr("Received"), dateText(c.received));
    QString treatment = dateText(c.treatedFrom);
    if (c.treatedTo.isValid() && c.treatedTo != c.treatedFrom)
        treatment = Tr::tr("%1 to %2").arg(treatment, dateText(c.treatedTo));
    rows << pair(Tr::tr("Treatment"), treatment, Tr::tr("Illness (lump sum)"), c.illness);
    rows << pair(Tr::tr("Own pay (自付)"), money(c.ownPay), Tr::tr("Self-care (自理)"), money(c.selfCare));
    rows << pair(Tr::tr("Self-paid (自费)"), money(c.selfPaid), Tr::tr("Not counted"), money(c.excluded));
    QStringList documents;
    for (const QString& line : c.documents.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            documents << line.trimmed();
    rows << pair(Tr::tr("Eligible amount"), yuanText(c.eligible()), Tr::tr("Documents received"),
                 documents.join(QStringLiteral("、")));

    const QStringList trace = traceLines(traceFromJson(c.trace.toUtf8()));
    FormRow calculation =
        wide(Tr::tr("Calculation"), trace.isEmpty() ? Tr::tr("(no calculation kept)") : trace.join(QLatin1Char('\n')));
    calculation.small = true;
    rows << calculation;
    rows << pair(Tr::tr("Payout (yuan)"), yuanText(c.payout()), Tr::tr("In capitals"),
                 chineseCapitalAmount(c.payout()));
    if (c.status == ClaimStatus::Paid)
        rows << pair(Tr::tr("Paid on"), dateText(c.paid), Tr::tr("Voucher"), c.voucher);
    else if (c.status == ClaimStatus::Rejected)
        rows << wide(Tr::tr("Rejected"), c.reason);
    else
        rows << wide(Tr::tr("Status"), claimStatuses().label(c.status));
    if (!c.note.trimmed().isEmpty())
        rows << wide(Tr::tr("Note"), c.note.trimmed());

    // The three reviews, each with room to write, sign and date.
    const QStringList reviews{Tr::tr("Opinion of the sub-union"), Tr::tr("Opinion of the union office"),
                              Tr::tr("Opinion of the mutual-aid committee")};
    const QString room = QStringLiteral("\n\n");
    QTextTable* table =
        out.table(int(rows.size() + reviews.size()),
                  {QTextLength(QTextLength::PercentageLength, 17), QTextLength(QTextLength::PercentageLength, 33),
                   QTextLength(QTextLength::PercentageLength, 17), QTextLength(QTextLength::PercentageLength, 33)},
                  true);
    for (int r = 0; r < rows.size(); ++r) {
        const FormRow& row = rows.at(r);
        if (row.kind == FormRow::Kind::Pair) {
            DocumentWriter::cell(table, r, 0, row.label, true, Qt::AlignHCenter);
            DocumentWriter::cell(table, r, 1, row.value);
            DocumentWriter::cell(table, r, 2, row.label2, true, Qt::AlignHCenter);
            DocumentWriter::cell(table, r, 3, row.value2);
        } else {
            table->mergeCells(r, 1, 1, 3);
            DocumentWriter::cell(table, r, 0, row.label, true, Qt::AlignHCenter);
            DocumentWriter::cell(table, r, 1, row.value, false, Qt::AlignLeft,
                                 row.small ? 9.0 : PrintedDocument::kBodyPoints);
        }
    }
    for (int i = 0; i < reviews.size(); ++i) {
        const int r = int(rows.size()) + i;
        table->mergeCells(r, 1, 1, 3);
        DocumentWriter::cell(table, r, 0, reviews.at(i), true, Qt::AlignHCenter);
        DocumentWriter::cell(table, r, 1, room + Tr::tr("Signature (seal): ____________    Date: ____________"), false,
                             Qt::AlignRight);
    }
}

} // namespace

QString chineseCapitalAmount(qint64 fen)
{
    if (fen < 0)
        return QStringLiteral("负") + chineseCapitalAmount(-fen);
    const qint64 yuan = fen / 100;
    const qint64 jiao = fen / 10 % 10;
    const qint64 cents = fen % 10;
    if (fen == 0)
        return QStringLiteral("零元整");
    QString text;
    if (yuan > 0)
        text = wholeNumber(yuan) + QStringLiteral("元");
    if (jiao == 0 && cents == 0)
        return text + QStringLiteral("整");
    if (jiao > 0)
        text += digit(jiao) + QStringLiteral("角");
    else if (yuan > 0)
        text += kDigits.at(0);
    if (cents > 0)
        text += digit(cents) + QStringLiteral("分");
    return text;
}

std::unique_ptr<PrintedDocument> claimApprovalForms(Database& db, const QList<qint64>& claimIds, const QDate& printDate)
{
    if (claimIds.isEmpty())
        throw ValidationError(Tr::tr("Choose the claims whose approval forms are printed."));
    ClaimRepository claims(db);
    PeriodRepository periods(db);
    QList<AidClaim> list;
    for (qint64 id : claimIds) {
        const auto claim = claims.byId(id);
        if (!claim)
            throw ValidationError(Tr::tr("There is no mutual-aid claim with the number %1.").arg(id));
        list << *claim;
    }
    QHash<qint64, AidPeriod> periodOf;
    QHash<qint64, std::optional<AidRuleTable>> rulesOf;
    const QString unionName = DatabaseSettings(db).value(settings::UnionName).trimmed();

    const QString title = list.size() == 1
                              ? Tr::tr("Approval form of claim %1 (%2)").arg(list.first().id).arg(list.first().name)
                              : Tr::tr("Approval forms of %n claim(s)", nullptr, int(list.size()));
    auto doc = std::make_unique<PrintedDocument>();
    doc->setTitle(title);
    doc->setPrintDate(printDate);
    doc->document().setMetaInformation(QTextDocument::DocumentTitle, title);
    DocumentWriter out(doc->document());
    for (const AidClaim& c : std::as_const(list)) {
        if (!periodOf.contains(c.periodId)) {
            const AidPeriod period = periods.RecordRepository::require(c.periodId);
            periodOf.insert(c.periodId, period);
            std::optional<AidRuleTable> rules;
            if (!period.rules.trimmed().isEmpty()) {
                try {
                    rules = AidRuleTable::fromJson(period.rules.toUtf8());
                } catch (const ValidationError&) {
                    // The part is then shown by its key.
                }
            }
            rulesOf.insert(c.periodId, rules);
        }
        out.pageBreak();
        writeForm(out, db, unionName, c, periodOf.value(c.periodId), rulesOf.value(c.periodId));
    }
    return doc;
}

Report enrollmentSignatureList(Database& db, qint64 periodId, std::optional<qint64> unitId)
{
    const AidPeriod period = PeriodRepository(db).RecordRepository::require(periodId);
    Report report;
    report.organisation = DatabaseSettings(db).value(settings::UnionName).trimmed();
    report.title = Tr::tr("%1: enrollment list for signatures").arg(period.label());
    report.columns = {{Tr::tr("Sub-union"), Report::Kind::Text, 16, Report::GroupKey},
                      {Tr::tr("Staff no."), Report::Kind::Text, 8, Report::NoWrap},
                      {Tr::tr("Name"), Report::Kind::Text, 8, Report::NoWrap},
                      {Tr::tr("Shares"), Report::Kind::Integer, 5},
                      {Tr::tr("Fee (yuan)"), Report::Kind::Decimal, 9},
                      {Tr::tr("Paid by"), Report::Kind::Text, 8, Report::NoWrap},
                      {Tr::tr("Signature"), Report::Kind::Text, 30, Report::Fill}};
    report.pagePerGroup = true;

    QVariantMap binds{{QStringLiteral("p"), periodId}};
    QString sql = QStringLiteral(
        "SELECT m.staff_no, m.name, e.shares, e.fee, e.paid_by, u.name AS unit_name FROM aid_enrollments e"
        " JOIN members m ON m.id = e.member_id LEFT JOIN units u ON u.id = m.unit_id WHERE e.period_id = :p");
    if (unitId) {
        sql += QStringLiteral(" AND m.unit_id = :u");
        binds.insert(QStringLiteral("u"), *unitId);
    }
    sql += QStringLiteral(" ORDER BY CASE WHEN u.id IS NULL THEN 1 ELSE 0 END, u.sort_order, u.code, m.name_pinyin, "
                          "m.staff_no, e.id");
    QString unit;
    bool first = true;
    int members = 0;
    qint64 shares = 0;
    qint64 fees = 0;
    for (const QVariantMap& r : db.rows(sql, binds)) {
        const QString u = r.value(QStringLiteral("unit_name")).toString();
        if (first || u != unit) {
            report.addHeading(u.isEmpty() ? Tr::tr("No sub-union") : u);
            unit = u;
            first = false;
        }
        const auto paidBy = feePayments().fromKey(r.value(QStringLiteral("paid_by")).toString());
        const qint64 fee = r.value(QStringLiteral("fee")).toLongLong();
        const int n = r.value(QStringLiteral("shares")).toInt();
        report.addRow({u, r.value(QStringLiteral("staff_no")).toString(), r.value(QStringLiteral("name")).toString(),
                       QString::number(n), yuanText(fee, true), paidBy ? feePayments().label(*paidBy) : QString(),
                       QString()});
        ++members;
        shares += n;
        fees += fee;
    }
    report.subtitle =
        Tr::tr("%1 to %2 · %n member(s)", nullptr, members).arg(dateText(period.starts), dateText(period.ends)) +
        Tr::tr(" · %1 share(s), fees %2 yuan").arg(shares).arg(yuanText(fees));
    return report;
}

} // namespace ud::core

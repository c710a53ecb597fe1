#pragma once

#include "core/aid/AidRepositories.h"
#include "core/congress/PrintedDocument.h"
#include "core/report/Report.h"

#include <memory>
#include <optional>

namespace ud::core {

class Database;

/// A fund's yearly statement (年度收支公示) for one period of a scheme: the balance brought forward, income by source,
/// payouts by part, other expenses, the members enrolled, the claims and members paid, the balance carried forward.
/// Built from aggregate queries. Money in fen.
struct AidStatement {
    AidPeriod period;
    QString unionName;
    qint64 broughtForward = 0;
    struct Line {
        QString key;   // the ledger kind's key, or the part's key
        QString label; // translated, or the part's name
        qint64 amount = 0;
        int claims = 0;  // for payouts: the claims paid
        int members = 0; // for payouts: the members paid
    };
    QList<Line> income;   // by ledger kind, in the kinds' order, only those with entries
    QList<Line> payouts;  // claims paid by part (and the lump sums as a line of their own), as positive amounts
    QList<Line> expenses; // other expenses, positive amounts
    qint64 incomeTotal = 0;
    qint64 payoutTotal = 0;
    qint64 expenseTotal = 0; // payouts and other expenses
    int membersEnrolled = 0;
    int sharesEnrolled = 0;
    int claimsPaid = 0;
    int membersPaid = 0;
    int claimsRejected = 0;
    qint64 carriedForward = 0;
};

/// Reads the statement of a period; throws ValidationError when there is no such period.
AidStatement aidStatement(Database& db, qint64 periodId);

/// A SELECT of the fund ledger's claim entries posted between :from and :to (ISO dates, both included), payments
/// and the reversals of them: claim_id, period_id, posted and paid (fen, positive for a payment: the ledger keeps
/// payouts as negative amounts, so a reversal is negative here). What was paid in a span, net of reversals, is its
/// sum; the year-end workbook and the dashboard count payouts from it.
QString claimPaymentsSql();
/// The statement as csv rows `section,key,label,amount,count` (amount in yuan with two decimals) for the command line.
QList<QStringList> statementCsvRows(const AidStatement& statement);
/// The statement printed on A4 (PDF or .odt).
std::unique_ptr<PrintedDocument> statementDocument(const AidStatement& statement);
/// The statement as an .xlsx workbook (formatted as the other exports); throws Error on failure, the target then as
/// it was.
void writeStatementXlsx(const AidStatement& statement, const QString& path);
/// Writes the statement by the file's suffix: .pdf, .odt or .xlsx.
void writeStatement(const AidStatement& statement, const QString& path);

/// The approval forms (审批表) of claims, A4 portrait, one page each: the member, the claim (scheme, period, part,
/// treatment, 自付/自理/自费 and what does not count, illness, documents received), the calculation step by step
/// (traceLines), the payout in figures and in Chinese capitals, and three review signature lines (二级工会, 校工会,
/// 互助管理委员会) with dates. Throws ValidationError when a claim does not exist.
std::unique_ptr<PrintedDocument> claimApprovalForms(Database& db, const QList<qint64>& claimIds,
                                                    const QDate& printDate = QDate::currentDate());

/// The enrollment list of a period for signatures, by sub-union (each under its heading, on its own page when
/// printed): staff number, name, shares, fee, how paid, and an empty signature column; `unitId` for one sub-union.
Report enrollmentSignatureList(Database& db, qint64 periodId, std::optional<qint64> unitId = std::nullopt);

/// Chinese capital numerals for an amount (大写金额): 壹万贰仟叁佰肆拾伍元陆角柒分, 零元整 …
QString chineseCapitalAmount(qint64 fen);

} // namespace ud::core

#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QVariantMap>

#include <memory>
#include <optional>

namespace ud::core {

class Database;
class PrintedDocument;

/// The figures a union's annual work summary (年度工作总结) quotes for one year, each from an aggregate query (the
/// roster of 31 December from the status history). The year-end workbook's overview shows the same figures, read
/// by the same function. Money in fen.
struct YearSummary {
    int year = 0;
    QString unionName;

    // Members on 31 December (working members; the retired counted apart) and the year's changes.
    qint64 members = 0;
    qint64 men = 0;
    qint64 women = 0;
    qint64 genderUnknown = 0;
    qint64 retiredMembers = 0;
    qint64 joined = 0; // joined and rejoined
    qint64 transferred = 0;
    qint64 retired = 0;
    qint64 left = 0;
    qint64 deceased = 0;
    qint64 subUnions = 0; // the active sub-unions (as they stand now: sub-unions keep no history)
    /// Working members on 31 December by sub-union, in the sub-unions' order; those without one last.
    QList<QPair<QString, qint64>> membersByUnit;

    // The year's work plan.
    qint64 workItems = 0;
    qint64 workItemsDone = 0;

    // The proposals of the year's congress session(s), as the proposal work report counts them.
    qint64 sessions = 0;
    qint64 proposalsReceived = 0;  // items received (before merging)
    qint64 proposalsFiled = 0;     // 立案
    qint64 proposalsReplied = 0;   // filed cases with a reply in their current round
    qint64 proposalsRated = 0;     // filed cases the proposer rated
    qint64 proposalsSatisfied = 0; // of them, 满意 or 基本满意
    /// The satisfaction rate in percent with one decimal; nullopt when nothing was rated.
    std::optional<double> satisfactionRate() const;

    // Mutual aid: per scheme, the members enrolled in its periods of the year, the claims paid in the year (net of
    // reversals) and what they paid, and the fund's balance on 31 December.
    struct AidScheme {
        QString name;
        qint64 members = 0;
        qint64 claimsPaid = 0;
        qint64 payouts = 0;
        qint64 balance = 0;
    };
    QList<AidScheme> aidSchemes; // by name
    qint64 aidMembers = 0;       // members enrolled in any scheme, each once
    qint64 aidClaimsPaid = 0;
    qint64 aidPayouts = 0;
    qint64 aidBalance = 0;

    // Hardship support (approved, given in the year) and care visits of the year.
    qint64 hardshipCases = 0;
    qint64 hardshipAmount = 0;
    qint64 careVisits = 0;
    qint64 careAmount = 0;

    // The final lists of the year's award rounds, by award.
    QList<QPair<QString, qint64>> awardsByType;
    qint64 awardsGiven = 0;
};

/// Reads the figures of `year`; throws ValidationError for a year outside 1900–2999.
YearSummary yearSummary(Database& db, int year);

/// The summary printed on A4: the union's name, "2026年度工会工作数据汇总", one section with small tables per area,
/// the print date at the end and in the footer.
std::unique_ptr<PrintedDocument> yearSummaryDocument(const YearSummary& summary,
                                                     const QDate& printDate = QDate::currentDate());
/// The document's title.
QString yearSummaryTitle(int year);
/// Writes the summary by the file's suffix, .pdf or .odt; throws Error for another suffix or a failed write, the
/// target then as it was.
void writeYearSummary(const YearSummary& summary, const QString& path, const QDate& printDate = QDate::currentDate());

/// The query parts the year's figures and the year-end workbook share.
namespace yearqueries {
/// :from and :to, the first and the last day of `year` as the database stores dates.
QVariantMap yearBinds(int year);
/// :year.
QVariantMap yearOnly(int year);
/// FROM and WHERE of the items `i` of the year's work plan (sections `s`, plan `p`); binds :year.
QString itemsOfYear();
/// The condition on mutual-aid periods `p` that overlap the year; binds :from and :to.
QString periodsOfYear();
} // namespace yearqueries

} // namespace ud::core

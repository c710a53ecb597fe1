#pragma once

#include "core/record/Money.h"
#include "core/record/Record.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace ud::core {

/// How a part's bands apply to the cumulative eligible amount above the deductible.
enum class BandMode {
    Progressive, ///< each slice paid at its own band's percent
    Whole        ///< everything above the deductible paid at the percent of the band the amount falls in
};

/// How each computed payout is rounded, half-up.
enum class PayoutRounding { Fen, Yuan };

/// Whether a lump sum is paid once per member in the scheme, or once per member in each period.
enum class LumpSumScope { Scheme, Period };

/// A band of a part: up to `upTo` fen of the cumulative eligible amount (nullopt: open-ended), paid at `percent`
/// hundredths of a percent (6000 is 60 %, 6250 is 62.5 %). The first band starts at the deductible, each later one at
/// the limit of the band before it.
struct AidBand {
    std::optional<qint64> upTo;
    int percent = 0;
    bool operator==(const AidBand& o) const { return upTo == o.upTo && percent == o.percent; }
};

/// A part of a rule table (住院, 特殊病种门诊, 大额医疗费用 …): its deductible (起付线) on the member's cumulative
/// eligible amount in the period, its bands, its mode and its cap per period (nullopt: none). Amounts in fen.
struct AidPart {
    QString key;
    QString name;
    qint64 deductible = 0;
    BandMode mode = BandMode::Progressive;
    QList<AidBand> bands;
    std::optional<qint64> cap;
    bool operator==(const AidPart& o) const;
};

/// A lump sum for the first diagnosis of a listed critical illness, in fen. Lump sums are paid beside the parts'
/// payouts and are not counted against the overall cap.
struct AidLumpSum {
    QString illness;
    qint64 amount = 0;
    LumpSumScope once = LumpSumScope::Scheme;
    bool operator==(const AidLumpSum& o) const;
};

/// The rules of a scheme in one period, in the form of `aid rules import`'s JSON file (amounts in yuan there,
/// in fen here):
///
///   { "scheme": "爱心大病医疗互助", "period": "2024", "start": "2024-01-01", "end": "2024-12-31",
///     "parts": [ { "key": "inpatient", "name": "住院", "deductible": 5000, "mode": "progressive",
///                  "bands": [ { "upTo": null, "percent": 60 } ], "cap": 30000 } ],
///     "cap": 30000, "rounding": "fen",
///     "lumpSums": [ { "illness": "恶性肿瘤", "amount": 10000, "once": "scheme" } ] }
struct AidRuleTable {
    QString scheme;
    QString period;
    QDate start;
    QDate end;
    QList<AidPart> parts;
    std::optional<qint64> cap; ///< overall cap per member per period across the parts
    PayoutRounding rounding = PayoutRounding::Fen;
    QList<AidLumpSum> lumpSums;

    /// The part of that key, or else of that name; nullptr when there is none.
    const AidPart* part(const QString& keyOrName) const;
    /// The lump sum of that illness; nullptr when the illness is not listed.
    const AidLumpSum* lumpSum(const QString& illness) const;

    /// Reads the JSON form. Throws ValidationError listing every problem, each with where it is
    /// ("parts[1].bands[0].upTo: …"), when the file is not valid JSON, a key is missing or of the wrong type, an
    /// amount is negative or has more than two decimals, a percent is outside 0–100 or has more than two decimals,
    /// or check() finds a problem.
    static AidRuleTable fromJson(const QByteArray& json);
    /// The JSON form, amounts in yuan (whole yuan as integers, else two decimals), fromJson(toJson()) == *this.
    QByteArray toJson() const;
    /// The table's own rules: a scheme and a period key, start ≤ end, at least one part, part keys unique and not
    /// empty, at least one band per part, band limits rising and above the deductible, only the last band open,
    /// illnesses unique.
    Problems check() const;
    bool operator==(const AidRuleTable& o) const;
};

/// One step of a payout's calculation, kept with the claim and shown in its dialog and on the approval form.
/// Amounts in fen; `exact` is for slices, in ten-thousandths of a fen before rounding.
struct AidTraceStep {
    enum Kind {
        Eligible,        ///< this claim's eligible amount (amount)
        EarlierEligible, ///< the eligible amount of the earlier claims of the period in this part (amount)
        Cumulative,      ///< the cumulative eligible amount in this part (amount)
        Deductible,      ///< the part's deductible (amount)
        BelowDeductible, ///< nothing above the deductible (amount = 0)
        Slice,           ///< a band's slice: from..to × percent = exact
        AboveLimit,      ///< the amount above the last band's limit, not paid (from..to)
        PartCap,         ///< the part's cap applied: exact reduced to amount
        OtherPart,       ///< another part's computed amount on its cumulative eligible amount (part, exact)
        PartTotal,       ///< the sum of the parts (exact)
        OverallCap,      ///< the overall cap applied (amount)
        Rounded,         ///< the computed amount rounded to the fen or the yuan (amount)
        AlreadyPaid,     ///< what the earlier claims of the period already paid (amount)
        LumpSum,         ///< a lump sum for the illness (amount)
        LumpSumTaken,    ///< the illness's lump sum was already paid (amount = 0)
        Payout           ///< what this claim pays (amount)
    };
    Kind kind = Eligible;
    QString part; ///< the part's name, where the step belongs to one
    qint64 amount = 0;
    qint64 from = 0;
    qint64 to = 0; ///< 0 with `open` for an open-ended band
    bool open = false;
    int percent = 0;  ///< hundredths of a percent
    qint64 exact = 0; ///< ten-thousandths of a fen
    bool operator==(const AidTraceStep& o) const;
};
using AidTrace = QList<AidTraceStep>;

/// The claim being computed: its part (key), its eligible amount in fen, and an illness for a lump sum (empty:
/// none).
struct AidClaimInput {
    QString partKey;
    qint64 eligible = 0;
    QString illness;
};

/// What the member's earlier claims of the same period (and scheme, for lump sums) already used.
struct AidEarlierClaims {
    QMap<QString, qint64> eligibleByPart; ///< part key → eligible fen of the earlier claims of the period
    qint64 paid = 0;                      ///< the parts' payouts of the earlier claims (lump sums not included)
    bool lumpSumTaken = false;            ///< a lump sum of the claim's scope (scheme or period) was already paid
};

/// A claim's payout and its calculation.
struct AidPayout {
    qint64 partPayout = 0; ///< fen, from the parts
    qint64 lumpSum = 0;    ///< fen
    qint64 total() const { return partPayout + lumpSum; }
    AidTrace trace;
};

/// Computes a claim's payout. A pure function: for each part the computation on its cumulative eligible amount
/// (the earlier claims' plus this one's for the claim's part, the earlier claims' for the others), capped by the
/// part's cap; their sum capped by the overall cap; rounded half-up to the fen or the yuan; minus what the earlier
/// claims already paid (never below 0). The lump sum is added when the illness is listed and not yet taken.
/// Throws ValidationError when the part is not in the table or the illness is not listed.
AidPayout computePayout(const AidRuleTable& rules, const AidClaimInput& claim, const AidEarlierClaims& earlier);

/// The trace as the lines a person reads, translated ("住院：累计可报金额 12,000.00 元" …).
QStringList traceLines(const AidTrace& trace);
/// The trace as JSON, for storing with the claim, and back (an empty or broken text gives an empty trace).
QByteArray traceToJson(const AidTrace& trace);
AidTrace traceFromJson(const QByteArray& json);

} // namespace ud::core

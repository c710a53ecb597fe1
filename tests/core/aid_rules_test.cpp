#include "support/catch.h"

#include "core/aid/AidRules.h"
#include "core/db/Error.h"

#include <algorithm>
#include <functional>
#include <limits>

using namespace ud::core;

namespace {

constexpr qint64 yuan(qint64 y)
{
    return y * 100;
}

AidBand band(std::optional<qint64> upToYuan, int percent)
{
    AidBand b;
    if (upToYuan)
        b.upTo = yuan(*upToYuan);
    b.percent = percent;
    return b;
}

AidPart part(const char* key, const char* name, qint64 deductibleYuan, BandMode mode, QList<AidBand> bands,
             std::optional<qint64> capYuan = std::nullopt)
{
    AidPart p;
    p.key = QString::fromUtf8(key);
    p.name = QString::fromUtf8(name);
    p.deductible = yuan(deductibleYuan);
    p.mode = mode;
    p.bands = bands;
    if (capYuan)
        p.cap = yuan(*capYuan);
    return p;
}

AidRuleTable table(QList<AidPart> parts, std::optional<qint64> capYuan = std::nullopt,
                   PayoutRounding rounding = PayoutRounding::Fen, QList<AidLumpSum> lumpSums = {})
{
    AidRuleTable t;
    t.scheme = QStringLiteral("爱心大病医疗互助");
    t.period = QStringLiteral("2024");
    t.start = QDate(2024, 1, 1);
    t.end = QDate(2024, 12, 31);
    t.parts = parts;
    if (capYuan)
        t.cap = yuan(*capYuan);
    t.rounding = rounding;
    t.lumpSums = lumpSums;
    return t;
}

AidLumpSum lump(const char* illness, qint64 amountYuan, LumpSumScope once = LumpSumScope::Scheme)
{
    return AidLumpSum{QString::fromUtf8(illness), yuan(amountYuan), once};
}

/// The worked example: deductible 5,000, 50 % to 20,000, 60 % to 50,000, 70 % above, 30,000 a year at most.
QList<AidBand> threeBands()
{
    return {band(20000, 5000), band(50000, 6000), band(std::nullopt, 7000)};
}

AidRuleTable workedExample(BandMode mode = BandMode::Progressive)
{
    return table({part("inpatient", "住院", 5000, mode, threeBands())}, 30000);
}

/// A claim of a sequence and what it should pay, in fen.
struct Claim {
    const char* part;
    qint64 eligible;
    qint64 partPayout;
    const char* illness = "";
    qint64 lumpSum = 0;
};

struct Case {
    const char* name;
    AidRuleTable rules;
    QList<Claim> claims; ///< one after the other in the same period
};

/// Runs the claims of a case in order, each with what the ones before it used.
void runCase(const Case& c)
{
    AidEarlierClaims earlier;
    int n = 0;
    for (const Claim& claim : c.claims) {
        ++n;
        INFO(c.name << ", claim " << n);
        const AidPayout p = computePayout(
            c.rules, {QString::fromUtf8(claim.part), claim.eligible, QString::fromUtf8(claim.illness)}, earlier);
        CHECK(p.partPayout == claim.partPayout);
        CHECK(p.lumpSum == claim.lumpSum);
        CHECK(p.total() == claim.partPayout + claim.lumpSum);
        REQUIRE(!p.trace.isEmpty());
        CHECK(p.trace.last().kind == AidTraceStep::Payout);
        CHECK(p.trace.last().amount == p.total());
        const QString key = c.rules.part(QString::fromUtf8(claim.part))->key;
        earlier.eligibleByPart[key] += claim.eligible;
        earlier.paid += p.partPayout;
        earlier.lumpSumTaken = earlier.lumpSumTaken || p.lumpSum > 0;
    }
}

QStringList lines(std::initializer_list<const char*> items)
{
    QStringList l;
    for (const char* i : items)
        l << QString::fromUtf8(i);
    return l;
}

QString validationMessage(const std::function<void()>& f)
{
    try {
        f();
    } catch (const ValidationError& e) {
        return e.message();
    }
    return {};
}

const char* goodJson = R"({ "scheme": "爱心大病医疗互助", "period": "2024", "start": "2024-01-01", "end": "2024-12-31",
  "parts": [ { "key": "inpatient", "name": "住院", "deductible": 5000, "mode": "progressive",
               "bands": [ { "upTo": 20000, "percent": 50 }, { "upTo": "50000", "percent": 62.5 },
                          { "upTo": null, "percent": "70" } ], "cap": 30000 },
             { "key": "outpatient", "name": "特殊病种门诊", "deductible": "1000.50", "mode": "whole",
               "bands": [ { "upTo": 8000.25, "percent": 40 } ] } ],
  "cap": 27000, "rounding": "yuan",
  "lumpSums": [ { "illness": "恶性肿瘤", "amount": 10000, "once": "scheme" },
                { "illness": "尿毒症", "amount": 5000, "once": "period" } ] })";

/// The good file with one text replaced.
QByteArray goodJsonWith(const char* from, const char* to)
{
    QByteArray json(goodJson);
    REQUIRE(json.contains(from));
    return json.replace(from, to);
}

} // namespace

TEST_CASE("The worked example: three claims in a year on the cumulative amount, minus what was paid", "[aid][rules]")
{
    const AidRuleTable rules = workedExample();
    AidEarlierClaims earlier;
    const AidPayout first = computePayout(rules, {QStringLiteral("inpatient"), yuan(12000), {}}, earlier);
    CHECK(first.partPayout == yuan(3500));

    earlier.eligibleByPart[QStringLiteral("inpatient")] = yuan(12000);
    earlier.paid = first.partPayout;
    const AidPayout second = computePayout(rules, {QStringLiteral("inpatient"), yuan(30000), {}}, earlier);
    CHECK(second.partPayout == yuan(17200));

    earlier.eligibleByPart[QStringLiteral("inpatient")] = yuan(42000);
    earlier.paid += second.partPayout;
    CHECK(earlier.paid == yuan(20700));
    const AidPayout third = computePayout(rules, {QStringLiteral("inpatient"), yuan(40000), {}}, earlier);
    CHECK(third.partPayout == yuan(9300));
    CHECK(third.lumpSum == 0);

    CHECK(traceLines(third.trace) ==
          lines({"住院: eligible amount of this claim 40,000.00",
                 "住院: eligible amount of the earlier claims of the period 42,000.00",
                 "住院: cumulative eligible amount 82,000.00", "住院: deductible 5,000.00",
                 "Band 5,000.00–20,000.00 at 50%: 7,500.00", "Band 20,000.00–50,000.00 at 60%: 18,000.00",
                 "Band 50,000.00–82,000.00 at 70%: 22,400.00", "Total of the parts: 47,900.00",
                 "Overall cap 30,000.00: 30,000.00", "Rounded half-up: 30,000.00",
                 "Already paid by earlier claims of the period: −20,700.00", "Payout: 9,300.00"}));

    // The steps carry the numbers, exact in ten-thousandths of a fen.
    const auto slices = std::count_if(third.trace.begin(), third.trace.end(),
                                      [](const AidTraceStep& s) { return s.kind == AidTraceStep::Slice; });
    CHECK(slices == 3);
    const AidTraceStep& top = third.trace.at(6);
    CHECK(top.kind == AidTraceStep::Slice);
    CHECK(top.from == yuan(50000));
    CHECK(top.to == yuan(82000));
    CHECK(top.percent == 7000);
    CHECK(top.exact == yuan(22400) * 10000);
}

TEST_CASE("Whole mode pays everything above the deductible at the percent of the band the amount reaches",
          "[aid][rules]")
{
    const AidPayout p =
        computePayout(workedExample(BandMode::Whole), {QStringLiteral("inpatient"), yuan(42000), {}}, {});
    CHECK(p.partPayout == yuan(22200));
    CHECK(traceLines(p.trace).contains(QStringLiteral("Band 5,000.00–42,000.00 at 60%: 22,200.00")));
}

TEST_CASE("Payouts of many rule tables and claim sequences", "[aid][rules]")
{
    const AidRuleTable huzhou =
        table({part("inpatient", "住院", 5000, BandMode::Progressive, {band(std::nullopt, 6000)})}, 30000);
    const AidRuleTable limited =
        table({part("inpatient", "住院", 5000, BandMode::Progressive, {band(20000, 5000), band(50000, 6000)})});
    const AidRuleTable limitedWhole =
        table({part("inpatient", "住院", 5000, BandMode::Whole, {band(20000, 5000), band(50000, 6000)})});
    const AidRuleTable partCap = table({part("inpatient", "住院", 5000, BandMode::Progressive, threeBands(), 10000)});
    const AidRuleTable twoParts =
        table({part("inpatient", "住院", 3000, BandMode::Progressive, {band(std::nullopt, 5000)}),
               part("outpatient", "特殊病种门诊", 1000, BandMode::Progressive, {band(std::nullopt, 4000)})},
              27000);
    const AidRuleTable twoPartsCapped =
        table({part("inpatient", "住院", 3000, BandMode::Progressive, {band(std::nullopt, 5000)}, 15000),
               part("outpatient", "特殊病种门诊", 1000, BandMode::Progressive, {band(std::nullopt, 4000)})},
              27000);
    const AidRuleTable lumps =
        table({part("inpatient", "住院", 5000, BandMode::Progressive, {band(std::nullopt, 6000)})}, 30000,
              PayoutRounding::Fen, {lump("恶性肿瘤", 10000), lump("尿毒症", 5000)});
    const AidRuleTable fen625 =
        table({part("inpatient", "住院", 0, BandMode::Progressive, {band(std::nullopt, 6250)})});
    const AidRuleTable yuan50 = table({part("inpatient", "住院", 0, BandMode::Progressive, {band(std::nullopt, 5000)})},
                                      {}, PayoutRounding::Yuan);
    const AidRuleTable deductible625 =
        table({part("inpatient", "住院", 3000, BandMode::Progressive, {band(std::nullopt, 6250)})});
    const AidRuleTable yuan55 =
        table({part("inpatient", "住院", 3000, BandMode::Progressive, {band(std::nullopt, 5500)})}, 2000,
              PayoutRounding::Yuan);
    const AidRuleTable twoBandsWhole =
        table({part("big", "大额医疗费用", 10000, BandMode::Whole, {band(30000, 5000), band(std::nullopt, 7000)})});

    const QList<Case> cases{
        {"progressive, three bands, three claims",
         workedExample(),
         {{"inpatient", yuan(12000), yuan(3500)},
          {"inpatient", yuan(30000), yuan(17200)},
          {"inpatient", yuan(40000), yuan(9300)}}},
        {"the part named instead of its key", workedExample(), {{"住院", yuan(12000), yuan(3500)}}},
        {"whole, one claim", workedExample(BandMode::Whole), {{"inpatient", yuan(42000), yuan(22200)}}},
        {"whole, exactly at a band's limit: that band",
         workedExample(BandMode::Whole),
         {{"inpatient", yuan(20000), yuan(7500)}}},
        {"whole, two claims: the second reaches the next band",
         workedExample(BandMode::Whole),
         {{"inpatient", yuan(12000), yuan(3500)}, {"inpatient", yuan(30000), yuan(18700)}}},
        {"whole, two bands, open last",
         twoBandsWhole,
         {{"big", yuan(25000), yuan(7500)}, {"big", yuan(15000), yuan(21000 - 7500)}}},
        {"one open band with a yearly cap (60 % over 5,000, at most 30,000)",
         huzhou,
         {{"inpatient", yuan(12000), yuan(4200)},
          {"inpatient", yuan(48000), yuan(30000 - 4200)},
          {"inpatient", yuan(10000), 0}}},
        {"limited last band: the amount above it is not paid", limited, {{"inpatient", yuan(82000), yuan(25500)}}},
        {"limited last band, whole: paid up to the limit at the last band",
         limitedWhole,
         {{"inpatient", yuan(82000), yuan(27000)}}},
        {"part cap", partCap, {{"inpatient", yuan(12000), yuan(3500)}, {"inpatient", yuan(30000), yuan(6500)}}},
        {"overall cap across two parts",
         twoParts,
         {{"inpatient", yuan(43000), yuan(20000)},
          {"outpatient", yuan(21000), yuan(7000)},
          {"outpatient", yuan(5000), 0},
          {"inpatient", yuan(10000), 0}}},
        {"the other part counts on its earlier amount",
         twoParts,
         {{"outpatient", yuan(6000), yuan(2000)}, {"inpatient", yuan(13000), yuan(5000)}}},
        {"a part cap inside the overall cap",
         twoPartsCapped,
         {{"inpatient", yuan(43000), yuan(15000)},
          {"outpatient", yuan(21000), yuan(8000)},
          {"outpatient", yuan(15000), yuan(27000 - 23000)}}},
        {"lump sum once: paid, then taken",
         lumps,
         {{"inpatient", yuan(12000), yuan(4200), "恶性肿瘤", yuan(10000)},
          {"inpatient", yuan(1000), yuan(600), "恶性肿瘤", 0}}},
        {"lump sum with nothing above the deductible", lumps, {{"inpatient", yuan(3000), 0, "尿毒症", yuan(5000)}}},
        {"fen rounding of 62.5 %: 0.625 fen → 1", fen625, {{"inpatient", 1, 1}}},
        {"fen rounding of 62.5 %: 1.25 fen → 1", fen625, {{"inpatient", 2, 1}}},
        {"fen rounding of 62.5 %: 1.875 fen → 2", fen625, {{"inpatient", 3, 2}}},
        {"fen rounding of 62.5 %: 2.5 fen → 3 (half-up)", fen625, {{"inpatient", 4, 3}}},
        {"62.5 % above a deductible", deductible625, {{"inpatient", yuan(10000) + 1, 437501}}},
        {"yuan rounding: 0.50 → 1", yuan50, {{"inpatient", yuan(1), yuan(1)}}},
        {"yuan rounding: 0.49 → 0", yuan50, {{"inpatient", 98, 0}}},
        {"yuan rounding: 1.50 → 2", yuan50, {{"inpatient", yuan(3), yuan(2)}}},
        {"yuan rounding: 1.49 → 1", yuan50, {{"inpatient", 298, yuan(1)}}},
        {"yuan rounding: 2.51 → 3", yuan50, {{"inpatient", 502, yuan(3)}}},
        {"yuan rounding over three claims with a cap",
         yuan55,
         {{"inpatient", yuan(3001), yuan(1)},
          {"inpatient", 100050, yuan(551 - 1)},
          {"inpatient", yuan(10000), yuan(2000 - 551)}}},
        {"below the deductible, then above it",
         workedExample(),
         {{"inpatient", yuan(4000), 0}, {"inpatient", yuan(1000), 0}, {"inpatient", yuan(2000), yuan(1000)}}},
        {"a claim of nothing", workedExample(), {{"inpatient", 0, 0}}},
    };
    for (const Case& c : cases)
        runCase(c);
}

TEST_CASE("The trace of a claim below the deductible and of a lump sum", "[aid][rules]")
{
    const AidRuleTable rules = table(
        {part("inpatient", "住院", 5000, BandMode::Progressive, {band(20000, 5000), band(std::nullopt, 6250)}, 8000)},
        {}, PayoutRounding::Fen, {lump("恶性肿瘤", 10000)});
    AidPayout p = computePayout(rules, {QStringLiteral("inpatient"), yuan(4000), QStringLiteral("恶性肿瘤")}, {});
    CHECK(traceLines(p.trace) ==
          lines({"住院: eligible amount of this claim 4,000.00", "住院: cumulative eligible amount 4,000.00",
                 "住院: deductible 5,000.00", "住院: not above the deductible: 0.00", "Total of the parts: 0.00",
                 "Rounded half-up: 0.00", "Lump sum for 恶性肿瘤: 10,000.00", "Payout: 10,000.00"}));

    AidEarlierClaims earlier;
    earlier.lumpSumTaken = true;
    p = computePayout(rules, {QStringLiteral("inpatient"), yuan(40000) + 1, QStringLiteral("恶性肿瘤")}, earlier);
    CHECK(p.partPayout == yuan(8000));
    CHECK(p.lumpSum == 0);
    CHECK(traceLines(p.trace) ==
          lines({"住院: eligible amount of this claim 40,000.01", "住院: cumulative eligible amount 40,000.01",
                 "住院: deductible 5,000.00", "Band 5,000.00–20,000.00 at 50%: 7,500.00",
                 "Band 20,000.00–40,000.01 at 62.5%: 12,500.00625",
                 "住院: part cap 8,000.00 (computed 20,000.00625): 8,000.00", "Total of the parts: 8,000.00",
                 "Rounded half-up: 8,000.00", "Lump sum for 恶性肿瘤 already paid: 0.00", "Payout: 8,000.00"}));
}

TEST_CASE("The trace names the other parts counted against the overall cap and the amount above the limit",
          "[aid][rules]")
{
    const AidRuleTable rules =
        table({part("inpatient", "住院", 3000, BandMode::Progressive, {band(20000, 5000)}),
               part("outpatient", "特殊病种门诊", 1000, BandMode::Progressive, {band(std::nullopt, 4000)})},
              27000);
    AidEarlierClaims earlier;
    earlier.eligibleByPart[QStringLiteral("outpatient")] = yuan(6000);
    earlier.paid = yuan(2000);
    const AidPayout p = computePayout(rules, {QStringLiteral("inpatient"), yuan(25000), {}}, earlier);
    CHECK(p.partPayout == yuan(8500));
    CHECK(traceLines(p.trace) ==
          lines({"住院: eligible amount of this claim 25,000.00", "住院: cumulative eligible amount 25,000.00",
                 "住院: deductible 3,000.00", "Band 3,000.00–20,000.00 at 50%: 8,500.00",
                 "Above the limit of the last band, not paid: 20,000.00–25,000.00",
                 "特殊病种门诊: on the eligible amount 6,000.00 of the earlier claims: 2,000.00",
                 "Total of the parts: 10,500.00", "Rounded half-up: 10,500.00",
                 "Already paid by earlier claims of the period: −2,000.00", "Payout: 8,500.00"}));
}

TEST_CASE("Claims the rules cannot compute are refused with the rule", "[aid][rules]")
{
    const AidRuleTable rules = table({part("inpatient", "住院", 5000, BandMode::Progressive, threeBands()),
                                      part("outpatient", "特殊病种门诊", 1000, BandMode::Progressive, threeBands())},
                                     30000, PayoutRounding::Fen, {lump("恶性肿瘤", 10000), lump("尿毒症", 5000)});

    QString m = validationMessage([&] { computePayout(rules, {QStringLiteral("dental"), yuan(100), {}}, {}); });
    CHECK(m.contains(QStringLiteral("\"dental\"")));
    CHECK(m.contains(QStringLiteral("inpatient (住院), outpatient (特殊病种门诊)")));

    m = validationMessage([&] {
        computePayout(rules, {QStringLiteral("inpatient"), yuan(100), QStringLiteral("骨折")}, {});
    });
    CHECK(m.contains(QStringLiteral("\"骨折\"")));
    CHECK(m.contains(QStringLiteral("恶性肿瘤, 尿毒症")));

    m = validationMessage([&] { computePayout(rules, {QStringLiteral("inpatient"), -1, {}}, {}); });
    CHECK(m.contains(QStringLiteral("-0.01")));
    CHECK(m.contains(QStringLiteral("negative")));

    AidEarlierClaims earlier;
    earlier.eligibleByPart[QStringLiteral("inpatient")] = -yuan(5);
    CHECK_THROWS_AS(computePayout(rules, {QStringLiteral("inpatient"), yuan(100), {}}, earlier), ValidationError);

    const AidRuleTable noLumpSums = table({part("inpatient", "住院", 5000, BandMode::Progressive, threeBands())});
    m = validationMessage([&] {
        computePayout(noLumpSums, {QStringLiteral("inpatient"), yuan(100), QStringLiteral("恶性肿瘤")}, {});
    });
    CHECK(m.contains(QStringLiteral("\"恶性肿瘤\"")));
}

TEST_CASE("A trace survives its JSON form; a broken text gives an empty trace", "[aid][rules]")
{
    const AidRuleTable rules =
        table({part("inpatient", "住院", 3000, BandMode::Progressive, {band(20000, 6250)}, 9000),
               part("outpatient", "特殊病种门诊", 1000, BandMode::Progressive, {band(std::nullopt, 4000)})},
              27000, PayoutRounding::Yuan, {lump("恶性肿瘤", 10000)});
    AidEarlierClaims earlier;
    earlier.eligibleByPart[QStringLiteral("outpatient")] = yuan(6000);
    earlier.eligibleByPart[QStringLiteral("inpatient")] = yuan(1000);
    earlier.paid = yuan(2000);
    const AidPayout p =
        computePayout(rules, {QStringLiteral("inpatient"), yuan(25000) + 33, QStringLiteral("恶性肿瘤")}, earlier);
    REQUIRE(p.trace.size() > 10);
    CHECK(traceFromJson(traceToJson(p.trace)) == p.trace);

    AidTrace handMade;
    AidTraceStep open;
    open.kind = AidTraceStep::Slice;
    open.from = yuan(50000);
    open.open = true;
    open.percent = 7000;
    open.exact = 9'000'000'000'000'000'001; // beyond a double's exact integers
    handMade << open;
    CHECK(traceFromJson(traceToJson(handMade)) == handMade);
    CHECK(traceLines(handMade) == lines({"Band above 50,000.00 at 70%: 9,000,000,000,000.000001"}));

    CHECK(traceFromJson({}).isEmpty());
    CHECK(traceFromJson("not json").isEmpty());
    CHECK(traceFromJson(R"([{"kind":"nonsense"}])").isEmpty());
    CHECK(traceFromJson(R"({"kind":"payout"})").isEmpty());
    CHECK(traceToJson({}) == "[]");
}

TEST_CASE("A rule table's JSON file is read exactly and written back", "[aid][rules]")
{
    const AidRuleTable t = AidRuleTable::fromJson(goodJson);
    CHECK(t.scheme == QStringLiteral("爱心大病医疗互助"));
    CHECK(t.period == QStringLiteral("2024"));
    CHECK(t.start == QDate(2024, 1, 1));
    CHECK(t.end == QDate(2024, 12, 31));
    REQUIRE(t.parts.size() == 2);
    const AidPart& in = t.parts.at(0);
    CHECK(in.key == QStringLiteral("inpatient"));
    CHECK(in.name == QStringLiteral("住院"));
    CHECK(in.deductible == yuan(5000));
    CHECK(in.mode == BandMode::Progressive);
    CHECK(in.bands == QList<AidBand>{band(20000, 5000), band(50000, 6250), band(std::nullopt, 7000)});
    CHECK(in.cap == yuan(30000));
    const AidPart& out = t.parts.at(1);
    CHECK(out.deductible == 100050);
    CHECK(out.mode == BandMode::Whole);
    CHECK(out.bands.at(0).upTo == 800025);
    CHECK(!out.cap);
    CHECK(t.cap == yuan(27000));
    CHECK(t.rounding == PayoutRounding::Yuan);
    CHECK(t.lumpSums == QList<AidLumpSum>{lump("恶性肿瘤", 10000), lump("尿毒症", 5000, LumpSumScope::Period)});
    CHECK(t.part(QStringLiteral("特殊病种门诊")) == &t.parts.at(1));
    CHECK(t.part(QStringLiteral("outpatient")) == &t.parts.at(1));
    CHECK(t.part(QStringLiteral("dental")) == nullptr);
    CHECK(t.lumpSum(QStringLiteral("尿毒症")) == &t.lumpSums.at(1));
    CHECK(t.lumpSum(QStringLiteral("骨折")) == nullptr);
    CHECK(t.check().isEmpty());

    CHECK(AidRuleTable::fromJson(t.toJson()) == t);
    CHECK(t.toJson().contains("\"deductible\": 5000,"));
    CHECK(t.toJson().contains("\"deductible\": 1000.5,"));
    CHECK(t.toJson().contains("\"percent\": 62.5"));
    CHECK(t.toJson().contains("\"upTo\": null"));

    // A cap may be missing or null; lump sums may be missing.
    AidRuleTable minimal = AidRuleTable::fromJson(R"({"scheme": "省产业工会大病医疗互助", "period": "2024-2025",
        "start": "2024-07-01", "end": "2025-06-30", "rounding": "fen",
        "parts": [{"key": "inpatient", "name": "住院", "deductible": 3000, "mode": "whole", "cap": null,
                   "bands": [{"upTo": null, "percent": 0.5}]}]})");
    CHECK(!minimal.cap);
    CHECK(!minimal.parts.at(0).cap);
    CHECK(minimal.parts.at(0).bands.at(0).percent == 50);
    CHECK(minimal.lumpSums.isEmpty());
    CHECK(AidRuleTable::fromJson(minimal.toJson()) == minimal);

    // Amounts with fen and large amounts survive the round trip exactly.
    minimal.cap = 123456789012;
    minimal.parts[0].deductible = 1;
    minimal.parts[0].bands = {band(std::nullopt, 1)};
    minimal.lumpSums = {lump("恶性肿瘤", 0, LumpSumScope::Period)};
    minimal.lumpSums[0].amount = 99999999999;
    CHECK(AidRuleTable::fromJson(minimal.toJson()) == minimal);
}

TEST_CASE("A bad rule file is refused with every problem and where it is", "[aid][rules]")
{
    auto refusal = [](const QByteArray& json) { return validationMessage([&] { AidRuleTable::fromJson(json); }); };

    // Not JSON: the parser's message and offset.
    QString m = refusal(R"({"scheme": "x", })");
    CHECK(m.startsWith(QStringLiteral("The rules are not valid JSON:")));
    CHECK(m.contains(QStringLiteral("at offset 17"))); // the brace after the comma is at 16
    CHECK(refusal("[1, 2]") == QStringLiteral("The rules are not a JSON object ({ … })."));

    CHECK(refusal(goodJsonWith(R"("period": "2024", )", "")) == QStringLiteral("period: missing"));
    CHECK(refusal(goodJsonWith(R"({ "upTo": 20000, "percent": 50 })", R"({ "percent": 50 })")) ==
          QStringLiteral("parts[0].bands[0].upTo: missing"));
    CHECK(refusal(goodJsonWith(R"("deductible": 5000)", R"("deductible": -5000)")) ==
          QStringLiteral("parts[0].deductible: the amount -5000 is negative"));
    CHECK(refusal(goodJsonWith(R"("amount": 5000)", R"("amount": "-0.01")")) ==
          QStringLiteral("lumpSums[1].amount: the amount -0.01 is negative"));
    CHECK(refusal(goodJsonWith(R"("cap": 27000)", R"("cap": 27000.001)")) ==
          QStringLiteral("cap: 27000.001 has more than two decimals"));
    CHECK(refusal(goodJsonWith(R"("deductible": "1000.50")", R"("deductible": "1000.505")")) ==
          QStringLiteral("parts[1].deductible: 1000.505 has more than two decimals"));
    CHECK(refusal(goodJsonWith(R"("percent": 40)", R"("percent": 120)")) ==
          QStringLiteral("parts[1].bands[0].percent: the percent 120 is outside 0–100"));
    CHECK(refusal(goodJsonWith(R"("percent": 40)", R"("percent": 40.125)")) ==
          QStringLiteral("parts[1].bands[0].percent: 40.125 has more than two decimals"));
    CHECK(refusal(goodJsonWith(R"("upTo": "50000")", R"("upTo": "20000")")) ==
          QStringLiteral("parts[0].bands[1].upTo: the limit 20,000.00 is not above the limit of the band before it "
                         "(20,000.00)"));
    CHECK(refusal(goodJsonWith(R"("upTo": 20000)", R"("upTo": 4000)")) ==
          QStringLiteral("parts[0].bands[0].upTo: the limit 4,000.00 is not above the deductible 5,000.00"));
    CHECK(refusal(goodJsonWith(R"("upTo": 20000)", R"("upTo": null)")) ==
          QStringLiteral("parts[0].bands[0].upTo: only the last band may be open-ended (upTo null)"));
    CHECK(refusal(goodJsonWith(R"("key": "outpatient")", R"("key": "inpatient")")) ==
          QStringLiteral("parts[1].key: \"inpatient\" is already the key of parts[0]"));
    CHECK(refusal(goodJsonWith(R"("illness": "尿毒症")", R"("illness": "恶性肿瘤")")) ==
          QStringLiteral("lumpSums[1].illness: \"恶性肿瘤\" is already listed in lumpSums[0]"));
    CHECK(refusal(goodJsonWith(R"("start": "2024-01-01")", R"("start": "2025-01-01")")) ==
          QStringLiteral("end: the period ends (2024-12-31) before it starts (2025-01-01)"));
    CHECK(refusal(goodJsonWith(R"("start": "2024-01-01")", R"("start": "2024-02-30")")) ==
          QStringLiteral("start: expected a date such as 2024-01-01"));
    CHECK(refusal(goodJsonWith(R"("mode": "whole")", R"("mode": "flat")")) ==
          QStringLiteral("parts[1].mode: \"flat\" is not one of progressive, whole"));
    CHECK(refusal(goodJsonWith(R"("rounding": "yuan")", R"("rounding": 1)")) ==
          QStringLiteral("rounding: \"1\" is not one of fen, yuan"));
    CHECK(refusal(goodJsonWith(R"("once": "period")", R"("once": "ever")")) ==
          QStringLiteral("lumpSums[1].once: \"ever\" is not one of scheme, period"));
    CHECK(refusal(goodJsonWith(R"("amount": 10000)", R"("amount": "ten thousand")")) ==
          QStringLiteral("lumpSums[0].amount: \"ten thousand\" is not an amount in yuan"));
    CHECK(refusal(goodJsonWith(R"("amount": 10000)", R"("amount": 1e15)")) ==
          QStringLiteral("lumpSums[0].amount: the amount 1000000000000000 is too large"));
    CHECK(refusal(goodJsonWith(R"("bands": [ { "upTo": 8000.25, "percent": 40 } ])", R"("bands": [])")) ==
          QStringLiteral("parts[1].bands: a part needs at least one band"));
    CHECK(refusal(goodJsonWith(R"("bands": [ { "upTo": 8000.25, "percent": 40 } ])", R"("bands": {})")) ==
          QStringLiteral("parts[1].bands: expected a list"));
    CHECK(refusal(goodJsonWith(R"("key": "outpatient")", R"("key": 7)")) ==
          QStringLiteral("parts[1].key: expected a text"));

    // Several problems at once, in the file's order, one a line.
    m = refusal(goodJsonWith(R"("scheme": "爱心大病医疗互助", "period": "2024", )", "")
                    .replace(R"("deductible": 5000)", R"("deductible": -5000)")
                    .replace(R"("cap": 27000)", R"("cap": 27000.001)")
                    .replace(R"("percent": 40)", R"("percent": 120)")
                    .replace(R"("end": "2024-12-31")", R"("end": "2023-12-31")"));
    CHECK(m.split(QLatin1Char('\n')) ==
          QStringList{QStringLiteral("scheme: missing"), QStringLiteral("period: missing"),
                      QStringLiteral("parts[0].deductible: the amount -5000 is negative"),
                      QStringLiteral("parts[1].bands[0].percent: the percent 120 is outside 0–100"),
                      QStringLiteral("cap: 27000.001 has more than two decimals"),
                      QStringLiteral("end: the period ends (2023-12-31) before it starts (2024-01-01)")});
}

TEST_CASE("A rule table's own rules", "[aid][rules]")
{
    AidRuleTable t = workedExample();
    CHECK(t.check().isEmpty());
    t.scheme.clear();
    t.parts.append(t.parts.at(0));
    t.parts[0].bands = {band(std::nullopt, 5000), band(30000, 6000)};
    const Problems problems = t.check();
    QStringList fields;
    for (const Problem& p : problems)
        fields << p.field;
    CHECK(fields == QStringList{QStringLiteral("scheme"), QStringLiteral("parts[0].bands[0].upTo"),
                                QStringLiteral("parts[1].key")});

    CHECK(table({}).check().at(0).field == QStringLiteral("parts"));
}

TEST_CASE("Yuan amounts as text and back, as the rules and traces show them", "[aid][rules]")
{
    CHECK(yuanText(0) == QStringLiteral("0.00"));
    CHECK(yuanText(5) == QStringLiteral("0.05"));
    CHECK(yuanText(1200000) == QStringLiteral("12,000.00"));
    CHECK(yuanText(1200000, true) == QStringLiteral("12000.00"));
    CHECK(yuanText(123456789) == QStringLiteral("1,234,567.89"));
    CHECK(yuanText(99999) == QStringLiteral("999.99"));
    CHECK(yuanText(-2070000) == QStringLiteral("-20,700.00"));
    CHECK(yuanText(-1) == QStringLiteral("-0.01"));
    CHECK(yuanText(-123456, true) == QStringLiteral("-1234.56"));
    CHECK(yuanText(std::numeric_limits<qint64>::min()) == QStringLiteral("-92,233,720,368,547,758.08"));

    CHECK(parseYuan(QStringLiteral("1200")) == 120000);
    CHECK(parseYuan(QStringLiteral("1,200.5")) == 120050);
    CHECK(parseYuan(QStringLiteral("¥1200.50")) == 120050);
    CHECK(parseYuan(QStringLiteral("￥ 12,000.00 元")) == 1200000);
    CHECK(parseYuan(QStringLiteral(" 0.01 ")) == 1);
    CHECK(parseYuan(QStringLiteral("0")) == 0);
    CHECK(parseYuan(QStringLiteral("1,234,567.89")) == 123456789);
    CHECK(parseYuan(yuanText(98765432)) == 98765432);
    CHECK(!parseYuan(QString()));
    CHECK(!parseYuan(QStringLiteral("-5")));
    CHECK(parseYuan(QStringLiteral("-5"), true) == -500);
    CHECK(parseYuan(yuanText(-123456), true) == -123456);
    CHECK(!parseYuan(QStringLiteral("+5")));
    CHECK(!parseYuan(QStringLiteral("1.234")));
    CHECK(!parseYuan(QStringLiteral(".5")));
    CHECK(!parseYuan(QStringLiteral("12a")));
    CHECK(!parseYuan(QStringLiteral("1e3")));
    CHECK(!parseYuan(QStringLiteral("99999999999999999999")));
}

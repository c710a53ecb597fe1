#include "core/aid/AidRules.h"

#include "core/db/Error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>

#include <algorithm>

namespace ud::core {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::Aid)
};

/// Exact values are kept in ten-thousandths of a fen: fen × percent in hundredths of a percent.
constexpr qint64 kExactPerFen = 10000;
/// The largest amount the rules and the claims may hold (100 billion yuan), so that fen × percent and the sum of
/// the parts stay far inside qint64.
constexpr qint64 kMaxFen = 10'000'000'000'000;
constexpr int kMaxPercent = 10000;

QString str(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

// ----------------------------------------------------------------------------------------------------------------
// Decimal text

enum class DecimalStatus { Ok, NotANumber, Negative, TooManyDecimals, TooLarge };

struct Decimal {
    DecimalStatus status = DecimalStatus::NotANumber;
    qint64 value = 0; ///< in units of 10^-decimals
};

/// Reads "[-]digits[.digits]" as a whole number of 10^-decimals units. Trailing zeros beyond `decimals` are fine
/// ("60.500000"), other digits there are not. `maxDigits` bounds the integer part.
Decimal parseDecimal(const QString& text, int decimals, int maxDigits = 13)
{
    Decimal d;
    QString t = text.trimmed();
    bool negative = false;
    if (t.startsWith(QLatin1Char('-'))) {
        negative = true;
        t = t.mid(1);
    }
    const qsizetype dot = t.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? t : t.left(dot);
    QString fraction = dot < 0 ? QString() : t.mid(dot + 1);
    if (whole.isEmpty() || (dot >= 0 && fraction.isEmpty()))
        return d;
    for (QChar c : whole + fraction)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return d;
    while (fraction.size() > decimals && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (fraction.size() > decimals) {
        d.status = DecimalStatus::TooManyDecimals;
        return d;
    }
    qsizetype firstDigit = 0;
    while (firstDigit < whole.size() - 1 && whole.at(firstDigit) == QLatin1Char('0'))
        ++firstDigit;
    if (whole.size() - firstDigit > maxDigits) {
        d.status = negative ? DecimalStatus::Negative : DecimalStatus::TooLarge;
        return d;
    }
    qint64 v = 0;
    for (QChar c : whole.mid(firstDigit))
        v = v * 10 + (c.unicode() - '0');
    for (int i = 0; i < decimals; ++i)
        v = v * 10 + (i < fraction.size() ? fraction.at(i).unicode() - '0' : 0);
    if (negative && v != 0) {
        d.status = DecimalStatus::Negative;
        return d;
    }
    d.status = DecimalStatus::Ok;
    d.value = v;
    return d;
}

/// Groups of three digits with commas: "12000" → "12,000".
QString grouped(const QString& digits)
{
    QString out;
    const qsizetype n = digits.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out += QLatin1Char(',');
        out += digits.at(i);
    }
    return out;
}

/// Ten-thousandths of a fen as yuan: two decimals at least, up to six when the value has them ("3,500.00",
/// "0.00625").
QString exactText(qint64 exact)
{
    const bool negative = exact < 0;
    const quint64 a = negative ? quint64(0) - quint64(exact) : quint64(exact);
    const quint64 perYuan = quint64(kExactPerFen) * 100;
    QString fraction = QString::number(a % perYuan).rightJustified(6, QLatin1Char('0'));
    while (fraction.size() > 2 && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    return (negative ? str("-") : QString()) + grouped(QString::number(a / perYuan)) + QLatin1Char('.') + fraction;
}

/// Hundredths of a percent as "60%", "62.5%", "62.25%".
QString percentText(int percent)
{
    QString t = QString::number(percent / 100);
    if (const int rest = percent % 100) {
        QString fraction = QString::number(rest).rightJustified(2, QLatin1Char('0'));
        if (fraction.endsWith(QLatin1Char('0')))
            fraction.chop(1);
        t += QLatin1Char('.') + fraction;
    }
    return t + QLatin1Char('%');
}

// ----------------------------------------------------------------------------------------------------------------
// Keys of the JSON form

QString modeKey(BandMode m)
{
    return m == BandMode::Whole ? str("whole") : str("progressive");
}
QString roundingKey(PayoutRounding r)
{
    return r == PayoutRounding::Yuan ? str("yuan") : str("fen");
}
QString onceKey(LumpSumScope s)
{
    return s == LumpSumScope::Period ? str("period") : str("scheme");
}

/// Fen as a JSON number of yuan: an integer for whole yuan, else with its decimals.
QJsonValue yuanValue(qint64 fen)
{
    if (fen % 100 == 0)
        return QJsonValue(fen / 100);
    return QJsonValue(double(fen) / 100.0);
}

QJsonValue percentValue(int percent)
{
    if (percent % 100 == 0)
        return QJsonValue(percent / 100);
    return QJsonValue(percent / 100.0);
}

/// Reads the JSON form, collecting every problem with its path.
class JsonReader {
public:
    Problems problems;

    void add(const QString& path, const QString& message) { problems.append({path, message}); }

    static QString at(const QString& path, const char* key)
    {
        return path.isEmpty() ? str(key) : path + QLatin1Char('.') + str(key);
    }
    static QString at(const QString& path, qsizetype index)
    {
        return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
    }

    /// The value of a required key; Undefined (and a problem) when missing.
    QJsonValue required(const QJsonObject& o, const QString& path, const char* key)
    {
        const QJsonValue v = o.value(str(key));
        if (v.isUndefined())
            add(at(path, key), Tr::tr("%1: missing").arg(at(path, key)));
        return v;
    }

    QString text(const QJsonObject& o, const QString& path, const char* key)
    {
        const QJsonValue v = required(o, path, key);
        if (v.isUndefined())
            return {};
        if (!v.isString()) {
            add(at(path, key), Tr::tr("%1: expected a text").arg(at(path, key)));
            return {};
        }
        return v.toString().trimmed();
    }

    QDate date(const QJsonObject& o, const QString& path, const char* key)
    {
        const QJsonValue v = required(o, path, key);
        if (v.isUndefined())
            return {};
        const QDate d = v.isString() ? QDate::fromString(v.toString().trimmed(), Qt::ISODate) : QDate();
        if (!d.isValid() || v.toString().trimmed().size() != 10) {
            add(at(path, key), Tr::tr("%1: expected a date such as 2024-01-01").arg(at(path, key)));
            return {};
        }
        return d;
    }

    /// One of `keys` (in order of the enum's values); nullopt (and a problem) otherwise.
    std::optional<int> choice(const QJsonObject& o, const QString& path, const char* key, const QStringList& keys)
    {
        const QJsonValue v = required(o, path, key);
        if (v.isUndefined())
            return std::nullopt;
        const qsizetype i = v.isString() ? keys.indexOf(v.toString().trimmed()) : -1;
        if (i < 0) {
            const QString shown =
                v.isString()
                    ? v.toString()
                    : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
            add(at(path, key),
                Tr::tr("%1: \"%2\" is not one of %3").arg(at(path, key), shown, keys.join(QLatin1String(", "))));
            return std::nullopt;
        }
        return int(i);
    }

    /// A number or a text holding one, with at most two decimals, as a whole number of hundredths; nullopt (and a
    /// problem) otherwise. `what` chooses the messages: an amount (not negative, bounded) or a percent (0–100).
    enum class Kind { Amount, Percent };
    std::optional<qint64> hundredths(const QJsonValue& v, const QString& path, Kind kind)
    {
        QString t;
        if (v.isDouble()) // the shortest decimal text of the number, as written in the file
            t = QString::number(v.toDouble(), 'f', QLocale::FloatingPointShortest);
        else if (v.isString())
            t = v.toString().trimmed();
        else {
            add(path, kind == Kind::Amount ? Tr::tr("%1: expected an amount in yuan").arg(path)
                                           : Tr::tr("%1: expected a percent").arg(path));
            return std::nullopt;
        }
        const Decimal d = parseDecimal(t, 2);
        const QString& shown = t;
        switch (d.status) {
        case DecimalStatus::Ok:
            break;
        case DecimalStatus::NotANumber:
            add(path, kind == Kind::Amount ? Tr::tr("%1: \"%2\" is not an amount in yuan").arg(path, shown)
                                           : Tr::tr("%1: \"%2\" is not a percent").arg(path, shown));
            return std::nullopt;
        case DecimalStatus::Negative:
            add(path, kind == Kind::Amount ? Tr::tr("%1: the amount %2 is negative").arg(path, shown)
                                           : Tr::tr("%1: the percent %2 is outside 0–100").arg(path, shown));
            return std::nullopt;
        case DecimalStatus::TooManyDecimals:
            add(path, Tr::tr("%1: %2 has more than two decimals").arg(path, shown));
            return std::nullopt;
        case DecimalStatus::TooLarge:
            add(path, kind == Kind::Amount ? Tr::tr("%1: the amount %2 is too large").arg(path, shown)
                                           : Tr::tr("%1: the percent %2 is outside 0–100").arg(path, shown));
            return std::nullopt;
        }
        if (kind == Kind::Amount && d.value > kMaxFen) {
            add(path, Tr::tr("%1: the amount %2 is too large").arg(path, shown));
            return std::nullopt;
        }
        if (kind == Kind::Percent && d.value > kMaxPercent) {
            add(path, Tr::tr("%1: the percent %2 is outside 0–100").arg(path, shown));
            return std::nullopt;
        }
        return d.value;
    }

    qint64 amount(const QJsonObject& o, const QString& path, const char* key)
    {
        const QJsonValue v = required(o, path, key);
        if (v.isUndefined())
            return 0;
        return hundredths(v, at(path, key), Kind::Amount).value_or(0);
    }

    /// An amount that may be null or missing (none).
    std::optional<qint64> optionalAmount(const QJsonObject& o, const QString& path, const char* key)
    {
        const QJsonValue v = o.value(str(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        return hundredths(v, at(path, key), Kind::Amount);
    }

    QJsonArray array(const QJsonObject& o, const QString& path, const char* key, bool optional = false)
    {
        const QJsonValue v = optional ? o.value(str(key)) : required(o, path, key);
        if (v.isUndefined() || (optional && v.isNull()))
            return {};
        if (!v.isArray()) {
            add(at(path, key), Tr::tr("%1: expected a list").arg(at(path, key)));
            return {};
        }
        return v.toArray();
    }

    /// The element of a list as an object; an empty object (and a problem) otherwise.
    QJsonObject object(const QJsonValue& v, const QString& path)
    {
        if (!v.isObject()) {
            add(path, Tr::tr("%1: expected an object").arg(path));
            return {};
        }
        return v.toObject();
    }

    bool has(const QString& path) const
    {
        return std::any_of(problems.begin(), problems.end(), [&](const Problem& p) { return p.field == path; });
    }
};

// ----------------------------------------------------------------------------------------------------------------
// The computation

QString partLabel(const AidPart& part)
{
    return part.name.isEmpty() ? part.key : part.name;
}

/// A part's amount, in ten-thousandths of a fen, on the cumulative eligible amount `c`, its cap applied. With a
/// trace, the deductible, the slices, the amount above the limit and the cap are written to it.
qint64 partAmount(const AidPart& part, qint64 c, AidTrace* trace)
{
    auto step = [&](AidTraceStep::Kind kind) {
        AidTraceStep s;
        s.kind = kind;
        s.part = partLabel(part);
        return s;
    };
    if (trace) {
        AidTraceStep s = step(AidTraceStep::Deductible);
        s.amount = part.deductible;
        trace->append(s);
    }
    if (c <= part.deductible || part.bands.isEmpty()) {
        if (trace)
            trace->append(step(AidTraceStep::BelowDeductible));
        return 0;
    }
    const AidBand& last = part.bands.constLast();
    const std::optional<qint64> limit = last.upTo;
    const qint64 x = limit ? std::min(c, *limit) : c;

    qint64 exact = 0;
    if (part.mode == BandMode::Progressive) {
        qint64 lower = part.deductible;
        for (const AidBand& band : part.bands) {
            const qint64 upper = band.upTo ? std::min(x, *band.upTo) : x;
            if (upper > lower) {
                const qint64 slice = (upper - lower) * band.percent;
                exact += slice;
                if (trace) {
                    AidTraceStep s = step(AidTraceStep::Slice);
                    s.from = lower;
                    s.to = upper;
                    s.percent = band.percent;
                    s.exact = slice;
                    trace->append(s);
                }
            }
            if (!band.upTo || *band.upTo >= x)
                break;
            lower = std::max(lower, *band.upTo);
        }
    } else {
        const auto band = std::find_if(part.bands.begin(), part.bands.end(),
                                       [&](const AidBand& b) { return !b.upTo || x <= *b.upTo; });
        const int percent = band == part.bands.end() ? last.percent : band->percent;
        exact = (x - part.deductible) * percent;
        if (trace) {
            AidTraceStep s = step(AidTraceStep::Slice);
            s.from = part.deductible;
            s.to = x;
            s.percent = percent;
            s.exact = exact;
            trace->append(s);
        }
    }
    if (trace && limit && c > *limit) {
        AidTraceStep s = step(AidTraceStep::AboveLimit);
        s.from = *limit;
        s.to = c;
        trace->append(s);
    }
    if (part.cap && exact > *part.cap * kExactPerFen) {
        if (trace) {
            AidTraceStep s = step(AidTraceStep::PartCap);
            s.exact = exact;
            s.amount = *part.cap;
            trace->append(s);
        }
        exact = *part.cap * kExactPerFen;
    }
    return exact;
}

/// Half-up to a whole number of `unit` fen.
qint64 roundedFen(qint64 exact, qint64 unit)
{
    const qint64 step = unit * kExactPerFen;
    return (exact + step / 2) / step * unit;
}

QString partList(const AidRuleTable& rules)
{
    QStringList parts;
    for (const AidPart& p : rules.parts)
        parts << (p.name.isEmpty() || p.name == p.key ? p.key : Tr::tr("%1 (%2)").arg(p.key, p.name));
    return parts.join(Tr::tr(", "));
}

// ----------------------------------------------------------------------------------------------------------------
// The trace's JSON form

const QList<std::pair<AidTraceStep::Kind, const char*>>& kindKeys()
{
    static const QList<std::pair<AidTraceStep::Kind, const char*>> keys{
        {AidTraceStep::Eligible, "eligible"},
        {AidTraceStep::EarlierEligible, "earlierEligible"},
        {AidTraceStep::Cumulative, "cumulative"},
        {AidTraceStep::Deductible, "deductible"},
        {AidTraceStep::BelowDeductible, "belowDeductible"},
        {AidTraceStep::Slice, "slice"},
        {AidTraceStep::AboveLimit, "aboveLimit"},
        {AidTraceStep::PartCap, "partCap"},
        {AidTraceStep::OtherPart, "otherPart"},
        {AidTraceStep::PartTotal, "partTotal"},
        {AidTraceStep::OverallCap, "overallCap"},
        {AidTraceStep::Rounded, "rounded"},
        {AidTraceStep::AlreadyPaid, "alreadyPaid"},
        {AidTraceStep::LumpSum, "lumpSum"},
        {AidTraceStep::LumpSumTaken, "lumpSumTaken"},
        {AidTraceStep::Payout, "payout"}};
    return keys;
}

} // namespace

// --------------------------------------------------------------------------------------------------------------------

bool AidPart::operator==(const AidPart& o) const
{
    return key == o.key && name == o.name && deductible == o.deductible && mode == o.mode && bands == o.bands &&
           cap == o.cap;
}

bool AidLumpSum::operator==(const AidLumpSum& o) const
{
    return illness == o.illness && amount == o.amount && once == o.once;
}

bool AidTraceStep::operator==(const AidTraceStep& o) const
{
    return kind == o.kind && part == o.part && amount == o.amount && from == o.from && to == o.to && open == o.open &&
           percent == o.percent && exact == o.exact;
}

bool AidRuleTable::operator==(const AidRuleTable& o) const
{
    return scheme == o.scheme && period == o.period && start == o.start && end == o.end && parts == o.parts &&
           cap == o.cap && rounding == o.rounding && lumpSums == o.lumpSums;
}

const AidPart* AidRuleTable::part(const QString& keyOrName) const
{
    for (const AidPart& p : parts)
        if (p.key == keyOrName)
            return &p;
    for (const AidPart& p : parts)
        if (p.name == keyOrName)
            return &p;
    return nullptr;
}

const AidLumpSum* AidRuleTable::lumpSum(const QString& illness) const
{
    for (const AidLumpSum& l : lumpSums)
        if (l.illness == illness)
            return &l;
    return nullptr;
}

Problems AidRuleTable::check() const
{
    Problems problems;
    auto add = [&](const QString& path, const QString& message) { problems.append({path, message}); };
    if (scheme.trimmed().isEmpty())
        add(str("scheme"), Tr::tr("scheme: the scheme is not named"));
    if (period.trimmed().isEmpty())
        add(str("period"), Tr::tr("period: the period has no key"));
    if (!start.isValid())
        add(str("start"), Tr::tr("start: the period has no start date"));
    if (!end.isValid())
        add(str("end"), Tr::tr("end: the period has no end date"));
    if (start.isValid() && end.isValid() && start > end)
        add(str("end"), Tr::tr("end: the period ends (%1) before it starts (%2)")
                            .arg(end.toString(Qt::ISODate), start.toString(Qt::ISODate)));
    if (parts.isEmpty())
        add(str("parts"), Tr::tr("parts: the rules need at least one part"));
    if (cap && (*cap < 0 || *cap > kMaxFen))
        add(str("cap"), Tr::tr("cap: the amount %1 is outside 0–%2").arg(yuanText(*cap), yuanText(kMaxFen)));

    QHash<QString, int> keys;
    for (int i = 0; i < parts.size(); ++i) {
        const AidPart& p = parts.at(i);
        const QString path = QStringLiteral("parts[%1]").arg(i);
        if (p.key.trimmed().isEmpty())
            add(path + str(".key"), Tr::tr("%1: the part has no key").arg(path + str(".key")));
        else if (keys.contains(p.key))
            add(path + str(".key"), Tr::tr("%1: \"%2\" is already the key of parts[%3]")
                                        .arg(path + str(".key"), p.key)
                                        .arg(keys.value(p.key)));
        else
            keys.insert(p.key, i);
        if (p.deductible < 0 || p.deductible > kMaxFen)
            add(path + str(".deductible"),
                Tr::tr("%1: the amount %2 is outside 0–%3")
                    .arg(path + str(".deductible"), yuanText(p.deductible), yuanText(kMaxFen)));
        if (p.cap && (*p.cap < 0 || *p.cap > kMaxFen))
            add(path + str(".cap"), Tr::tr("%1: the amount %2 is outside 0–%3")
                                        .arg(path + str(".cap"), yuanText(*p.cap), yuanText(kMaxFen)));
        if (p.bands.isEmpty())
            add(path + str(".bands"), Tr::tr("%1: a part needs at least one band").arg(path + str(".bands")));
        qint64 lower = p.deductible;
        for (int b = 0; b < p.bands.size(); ++b) {
            const AidBand& band = p.bands.at(b);
            const QString bandPath = path + QStringLiteral(".bands[%1]").arg(b);
            if (band.percent < 0 || band.percent > kMaxPercent)
                add(bandPath + str(".percent"), Tr::tr("%1: the percent %2 is outside 0–100")
                                                    .arg(bandPath + str(".percent"), percentText(band.percent)));
            if (!band.upTo) {
                if (b != p.bands.size() - 1)
                    add(bandPath + str(".upTo"),
                        Tr::tr("%1: only the last band may be open-ended (upTo null)").arg(bandPath + str(".upTo")));
                continue;
            }
            if (*band.upTo > kMaxFen)
                add(bandPath + str(".upTo"),
                    Tr::tr("%1: the amount %2 is outside 0–%3")
                        .arg(bandPath + str(".upTo"), yuanText(*band.upTo), yuanText(kMaxFen)));
            else if (*band.upTo <= lower)
                add(bandPath + str(".upTo"),
                    b == 0 ? Tr::tr("%1: the limit %2 is not above the deductible %3")
                                 .arg(bandPath + str(".upTo"), yuanText(*band.upTo), yuanText(lower))
                           : Tr::tr("%1: the limit %2 is not above the limit of the band before it (%3)")
                                 .arg(bandPath + str(".upTo"), yuanText(*band.upTo), yuanText(lower)));
            lower = std::max(lower, *band.upTo);
        }
    }

    QHash<QString, int> illnesses;
    for (int i = 0; i < lumpSums.size(); ++i) {
        const AidLumpSum& l = lumpSums.at(i);
        const QString path = QStringLiteral("lumpSums[%1]").arg(i);
        if (l.illness.trimmed().isEmpty())
            add(path + str(".illness"), Tr::tr("%1: the illness is not named").arg(path + str(".illness")));
        else if (illnesses.contains(l.illness))
            add(path + str(".illness"), Tr::tr("%1: \"%2\" is already listed in lumpSums[%3]")
                                            .arg(path + str(".illness"), l.illness)
                                            .arg(illnesses.value(l.illness)));
        else
            illnesses.insert(l.illness, i);
        if (l.amount < 0 || l.amount > kMaxFen)
            add(path + str(".amount"), Tr::tr("%1: the amount %2 is outside 0–%3")
                                           .arg(path + str(".amount"), yuanText(l.amount), yuanText(kMaxFen)));
    }
    return problems;
}

AidRuleTable AidRuleTable::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        throw ValidationError(
            Tr::tr("The rules are not valid JSON: %1 at offset %2.").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        throw ValidationError(Tr::tr("The rules are not a JSON object ({ … })."));

    JsonReader r;
    const QJsonObject o = doc.object();
    AidRuleTable t;
    t.scheme = r.text(o, {}, "scheme");
    t.period = r.text(o, {}, "period");
    t.start = r.date(o, {}, "start");
    t.end = r.date(o, {}, "end");
    const QJsonArray parts = r.array(o, {}, "parts");
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString path = JsonReader::at(str("parts"), i);
        const QJsonObject po = r.object(parts.at(i), path);
        if (po.isEmpty() && !parts.at(i).isObject())
            continue;
        AidPart p;
        p.key = r.text(po, path, "key");
        p.name = r.text(po, path, "name");
        p.deductible = r.amount(po, path, "deductible");
        if (auto m = r.choice(po, path, "mode", {modeKey(BandMode::Progressive), modeKey(BandMode::Whole)}))
            p.mode = BandMode(*m);
        const QString bandsPath = JsonReader::at(path, "bands");
        const QJsonArray bands = r.array(po, path, "bands");
        for (qsizetype b = 0; b < bands.size(); ++b) {
            const QString bandPath = JsonReader::at(bandsPath, b);
            const QJsonObject bo = r.object(bands.at(b), bandPath);
            if (!bands.at(b).isObject())
                continue;
            AidBand band;
            const QJsonValue upTo = r.required(bo, bandPath, "upTo");
            if (!upTo.isUndefined() && !upTo.isNull())
                band.upTo = r.hundredths(upTo, JsonReader::at(bandPath, "upTo"), JsonReader::Kind::Amount).value_or(0);
            const QJsonValue percent = r.required(bo, bandPath, "percent");
            if (!percent.isUndefined())
                band.percent = int(
                    r.hundredths(percent, JsonReader::at(bandPath, "percent"), JsonReader::Kind::Percent).value_or(0));
            p.bands.append(band);
        }
        p.cap = r.optionalAmount(po, path, "cap");
        t.parts.append(p);
    }
    t.cap = r.optionalAmount(o, {}, "cap");
    if (auto rounding =
            r.choice(o, {}, "rounding", {roundingKey(PayoutRounding::Fen), roundingKey(PayoutRounding::Yuan)}))
        t.rounding = PayoutRounding(*rounding);
    const QJsonArray lumpSums = r.array(o, {}, "lumpSums", true);
    for (qsizetype i = 0; i < lumpSums.size(); ++i) {
        const QString path = JsonReader::at(str("lumpSums"), i);
        const QJsonObject lo = r.object(lumpSums.at(i), path);
        if (!lumpSums.at(i).isObject())
            continue;
        AidLumpSum l;
        l.illness = r.text(lo, path, "illness");
        l.amount = r.amount(lo, path, "amount");
        if (auto once = r.choice(lo, path, "once", {onceKey(LumpSumScope::Scheme), onceKey(LumpSumScope::Period)}))
            l.once = LumpSumScope(*once);
        t.lumpSums.append(l);
    }

    // The table's own rules, except where the file already has a problem at the same place.
    Problems problems = r.problems;
    for (const Problem& p : t.check())
        if (!r.has(p.field))
            problems.append(p);
    if (!problems.isEmpty())
        throw ValidationError(messages(problems).join(QLatin1Char('\n')));
    return t;
}

QByteArray AidRuleTable::toJson() const
{
    QJsonObject o;
    o.insert(str("scheme"), scheme);
    o.insert(str("period"), period);
    o.insert(str("start"), start.toString(Qt::ISODate));
    o.insert(str("end"), end.toString(Qt::ISODate));
    QJsonArray partsJson;
    for (const AidPart& p : parts) {
        QJsonObject po;
        po.insert(str("key"), p.key);
        po.insert(str("name"), p.name);
        po.insert(str("deductible"), yuanValue(p.deductible));
        po.insert(str("mode"), modeKey(p.mode));
        QJsonArray bands;
        for (const AidBand& b : p.bands) {
            QJsonObject bo;
            bo.insert(str("upTo"), b.upTo ? yuanValue(*b.upTo) : QJsonValue(QJsonValue::Null));
            bo.insert(str("percent"), percentValue(b.percent));
            bands.append(bo);
        }
        po.insert(str("bands"), bands);
        po.insert(str("cap"), p.cap ? yuanValue(*p.cap) : QJsonValue(QJsonValue::Null));
        partsJson.append(po);
    }
    o.insert(str("parts"), partsJson);
    o.insert(str("cap"), cap ? yuanValue(*cap) : QJsonValue(QJsonValue::Null));
    o.insert(str("rounding"), roundingKey(rounding));
    QJsonArray lumps;
    for (const AidLumpSum& l : lumpSums) {
        QJsonObject lo;
        lo.insert(str("illness"), l.illness);
        lo.insert(str("amount"), yuanValue(l.amount));
        lo.insert(str("once"), onceKey(l.once));
        lumps.append(lo);
    }
    o.insert(str("lumpSums"), lumps);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

AidPayout computePayout(const AidRuleTable& rules, const AidClaimInput& claim, const AidEarlierClaims& earlier)
{
    QStringList problems;
    const AidPart* part = rules.part(claim.partKey);
    if (!part)
        problems << Tr::tr("The rules of %1 %2 have no part \"%3\"; their parts are: %4.")
                        .arg(rules.scheme, rules.period, claim.partKey, partList(rules));
    if (claim.eligible < 0)
        problems << Tr::tr("The eligible amount %1 is negative.").arg(yuanText(claim.eligible));
    else if (claim.eligible > kMaxFen)
        problems << Tr::tr("The eligible amount %1 is too large.").arg(yuanText(claim.eligible));
    for (auto it = earlier.eligibleByPart.begin(); it != earlier.eligibleByPart.end(); ++it)
        if (it.value() < 0 || it.value() > kMaxFen)
            problems << Tr::tr("The eligible amount %1 of the earlier claims in \"%2\" is outside 0–%3.")
                            .arg(yuanText(it.value()), it.key(), yuanText(kMaxFen));
    if (earlier.paid < 0)
        problems << Tr::tr("The amount %1 already paid by the earlier claims is negative.").arg(yuanText(earlier.paid));
    const AidLumpSum* lumpSum = nullptr;
    if (!claim.illness.isEmpty()) {
        lumpSum = rules.lumpSum(claim.illness);
        if (!lumpSum) {
            QStringList listed;
            for (const AidLumpSum& l : rules.lumpSums)
                listed << l.illness;
            problems << (listed.isEmpty()
                             ? Tr::tr("The rules of %1 %2 list no illness for a lump sum, so \"%3\" has none.")
                                   .arg(rules.scheme, rules.period, claim.illness)
                             : Tr::tr("\"%3\" is not an illness listed for a lump sum in the rules of %1 %2; the "
                                      "listed ones are: %4.")
                                   .arg(rules.scheme, rules.period, claim.illness, listed.join(Tr::tr(", "))));
        }
    }
    if (!problems.isEmpty())
        throw ValidationError(problems.join(QLatin1Char('\n')));

    AidPayout payout;
    AidTrace& trace = payout.trace;
    auto step = [&](AidTraceStep::Kind kind, const QString& partName = {}) -> AidTraceStep& {
        AidTraceStep s;
        s.kind = kind;
        s.part = partName;
        trace.append(s);
        return trace.last();
    };

    const QString name = partLabel(*part);
    const qint64 before = earlier.eligibleByPart.value(part->key);
    const qint64 cumulative = before + claim.eligible;
    step(AidTraceStep::Eligible, name).amount = claim.eligible;
    if (before > 0)
        step(AidTraceStep::EarlierEligible, name).amount = before;
    step(AidTraceStep::Cumulative, name).amount = cumulative;
    qint64 total = partAmount(*part, cumulative, &trace);

    for (const AidPart& other : rules.parts) {
        if (&other == part)
            continue;
        const qint64 otherCumulative = earlier.eligibleByPart.value(other.key);
        if (otherCumulative <= 0)
            continue;
        const qint64 exact = partAmount(other, otherCumulative, nullptr);
        AidTraceStep& s = step(AidTraceStep::OtherPart, partLabel(other));
        s.amount = otherCumulative;
        s.exact = exact;
        total += exact;
    }
    step(AidTraceStep::PartTotal).exact = total;
    if (rules.cap && total > *rules.cap * kExactPerFen) {
        AidTraceStep& s = step(AidTraceStep::OverallCap);
        s.amount = *rules.cap;
        s.exact = total;
        total = *rules.cap * kExactPerFen;
    }
    const qint64 rounded = roundedFen(total, rules.rounding == PayoutRounding::Yuan ? 100 : 1);
    {
        AidTraceStep& s = step(AidTraceStep::Rounded);
        s.amount = rounded;
        s.exact = total;
    }
    if (earlier.paid > 0)
        step(AidTraceStep::AlreadyPaid).amount = earlier.paid;
    payout.partPayout = std::max<qint64>(0, rounded - earlier.paid);

    if (lumpSum) {
        if (earlier.lumpSumTaken) {
            step(AidTraceStep::LumpSumTaken, lumpSum->illness);
        } else {
            payout.lumpSum = lumpSum->amount;
            step(AidTraceStep::LumpSum, lumpSum->illness).amount = lumpSum->amount;
        }
    }
    step(AidTraceStep::Payout).amount = payout.total();
    return payout;
}

QStringList traceLines(const AidTrace& trace)
{
    QStringList lines;
    for (const AidTraceStep& s : trace) {
        switch (s.kind) {
        case AidTraceStep::Eligible:
            lines << Tr::tr("%1: eligible amount of this claim %2").arg(s.part, yuanText(s.amount));
            break;
        case AidTraceStep::EarlierEligible:
            lines
                << Tr::tr("%1: eligible amount of the earlier claims of the period %2").arg(s.part, yuanText(s.amount));
            break;
        case AidTraceStep::Cumulative:
            lines << Tr::tr("%1: cumulative eligible amount %2").arg(s.part, yuanText(s.amount));
            break;
        case AidTraceStep::Deductible:
            lines << Tr::tr("%1: deductible %2").arg(s.part, yuanText(s.amount));
            break;
        case AidTraceStep::BelowDeductible:
            lines << Tr::tr("%1: not above the deductible: %2").arg(s.part, yuanText(0));
            break;
        case AidTraceStep::Slice:
            if (s.open)
                lines << Tr::tr("Band above %1 at %2: %3")
                             .arg(yuanText(s.from), percentText(s.percent), exactText(s.exact));
            else
                lines << Tr::tr("Band %1–%2 at %3: %4")
                             .arg(yuanText(s.from), yuanText(s.to), percentText(s.percent), exactText(s.exact));
            break;
        case AidTraceStep::AboveLimit:
            lines << Tr::tr("Above the limit of the last band, not paid: %1–%2").arg(yuanText(s.from), yuanText(s.to));
            break;
        case AidTraceStep::PartCap:
            lines << Tr::tr("%1: part cap %2 (computed %3): %2").arg(s.part, yuanText(s.amount), exactText(s.exact));
            break;
        case AidTraceStep::OtherPart:
            lines << Tr::tr("%1: on the eligible amount %2 of the earlier claims: %3")
                         .arg(s.part, yuanText(s.amount), exactText(s.exact));
            break;
        case AidTraceStep::PartTotal:
            lines << Tr::tr("Total of the parts: %1").arg(exactText(s.exact));
            break;
        case AidTraceStep::OverallCap:
            lines << Tr::tr("Overall cap %1: %1").arg(yuanText(s.amount));
            break;
        case AidTraceStep::Rounded:
            lines << Tr::tr("Rounded half-up: %1").arg(yuanText(s.amount));
            break;
        case AidTraceStep::AlreadyPaid:
            lines << Tr::tr("Already paid by earlier claims of the period: −%1").arg(yuanText(s.amount));
            break;
        case AidTraceStep::LumpSum:
            lines << Tr::tr("Lump sum for %1: %2").arg(s.part, yuanText(s.amount));
            break;
        case AidTraceStep::LumpSumTaken:
            lines << Tr::tr("Lump sum for %1 already paid: %2").arg(s.part, yuanText(0));
            break;
        case AidTraceStep::Payout:
            lines << Tr::tr("Payout: %1").arg(yuanText(s.amount));
            break;
        }
    }
    return lines;
}

QByteArray traceToJson(const AidTrace& trace)
{
    QJsonArray steps;
    for (const AidTraceStep& s : trace) {
        QJsonObject o;
        for (const auto& [kind, key] : kindKeys())
            if (kind == s.kind)
                o.insert(str("kind"), str(key));
        if (!s.part.isEmpty())
            o.insert(str("part"), s.part);
        if (s.amount)
            o.insert(str("amount"), s.amount);
        if (s.from)
            o.insert(str("from"), s.from);
        if (s.to)
            o.insert(str("to"), s.to);
        if (s.open)
            o.insert(str("open"), true);
        if (s.percent)
            o.insert(str("percent"), s.percent);
        if (s.exact)
            o.insert(str("exact"), s.exact);
        steps.append(o);
    }
    return QJsonDocument(steps).toJson(QJsonDocument::Compact);
}

AidTrace traceFromJson(const QByteArray& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isArray())
        return {};
    AidTrace trace;
    for (const QJsonValue& v : doc.array()) {
        if (!v.isObject())
            return {};
        const QJsonObject o = v.toObject();
        AidTraceStep s;
        const QString kind = o.value(str("kind")).toString();
        const auto& keys = kindKeys();
        const auto it = std::find_if(keys.begin(), keys.end(), [&](const auto& k) { return kind == str(k.second); });
        if (it == keys.end())
            return {};
        s.kind = it->first;
        s.part = o.value(str("part")).toString();
        s.amount = o.value(str("amount")).toInteger();
        s.from = o.value(str("from")).toInteger();
        s.to = o.value(str("to")).toInteger();
        s.open = o.value(str("open")).toBool();
        s.percent = int(o.value(str("percent")).toInteger());
        s.exact = o.value(str("exact")).toInteger();
        trace.append(s);
    }
    return trace;
}

} // namespace ud::core

#include "core/schedule/ScheduleTiming.h"

#include <QRegularExpression>
#include <QStringList>

namespace ud::core {

MonthSet MonthSet::range(int first, int last)
{
    MonthSet s;
    for (int m = qMax(1, first); m <= qMin(12, last); ++m)
        s.insert(m);
    return s;
}

MonthSet MonthSet::fromText(const QString& text)
{
    MonthSet s;
    for (const QString& part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int m = part.trimmed().toInt(&ok);
        if (!ok || m < 1 || m > 12)
            return MonthSet();
        s.insert(m);
    }
    return s;
}

void MonthSet::insert(int month)
{
    if (month >= 1 && month <= 12)
        m_bits |= quint16(1u << (month - 1));
}

int MonthSet::count() const
{
    int n = 0;
    for (int m = 1; m <= 12; ++m)
        n += contains(m) ? 1 : 0;
    return n;
}

QList<int> MonthSet::months() const
{
    QList<int> list;
    for (int m = 1; m <= 12; ++m)
        if (contains(m))
            list << m;
    return list;
}

QString MonthSet::toText() const
{
    QStringList parts;
    for (int m : months())
        parts << QString::number(m);
    return parts.join(QLatin1Char(';'));
}

namespace {

int digitValue(QChar c)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    if (c == QChar(0x96F6)) // 零
        return 0;
    if (c == QChar(0x4E24)) // 两
        return 2;
    return digits.indexOf(c);
}

// The part of a written timing without the parentheses around it (ASCII or full-width, also 【】 and []).
QString withoutParentheses(QString s)
{
    s = s.trimmed();
    static const QString open = QStringLiteral("(（[【〔");
    static const QString close = QStringLiteral(")）]】〕");
    while (s.size() >= 2 && open.contains(s.front()) && close.indexOf(s.back()) == open.indexOf(s.front()))
        s = s.mid(1, s.size() - 2).trimmed();
    return s;
}

// Full-width forms to ASCII, spaces out, every way of writing "to" as '-', Chinese month numerals as digits.
QString canonical(const QString& written)
{
    QString s = written.normalized(QString::NormalizationForm_KC);
    s.remove(QRegularExpression(QStringLiteral("\\s+")));
    static const QRegularExpression prefix(QStringLiteral("^(时间|时限|进度|完成时间)[:：]?"));
    s.remove(prefix);
    static const QRegularExpression trailing(QStringLiteral("[。.;；,，]+$"));
    s.remove(trailing);
    static const QRegularExpression dashes(QStringLiteral("[-‐‑‒–—―~〜～−至到]+"));
    s.replace(dashes, QStringLiteral("-"));
    // 三月, 十一月, 三至五月, 五、九月: numerals before 月 or a separator, but not in 第一季度.
    static const QRegularExpression numerals(
        QStringLiteral("(?<!第)([〇零一二两三四五六七八九十]{1,3})(?=月|-|、|,|;|和|及)"));
    QString out;
    qsizetype last = 0;
    auto it = numerals.globalMatch(s);
    while (it.hasNext()) {
        const auto m = it.next();
        const int v = chineseNumeralValue(m.captured(1));
        out += s.mid(last, m.capturedStart(1) - last);
        out += v > 0 ? QString::number(v) : m.captured(1);
        last = m.capturedEnd(1);
    }
    out += s.mid(last);
    return out;
}

struct Part {
    MonthSet months;
    bool deadline = false;
    bool ok = false;
};

Part parsePart(const QString& p, bool monthWrittenElsewhere)
{
    Part r;
    auto month = [](const QString& t) {
        bool ok = false;
        const int v = t.toInt(&ok);
        return ok && v >= 1 && v <= 12 ? v : 0;
    };
    static const QRegularExpression allYear(QStringLiteral("^(全年|全年度|常年|每月|全年每月|1-12月)$"));
    static const QRegularExpression firstHalf(QStringLiteral("^上半年度?$"));
    static const QRegularExpression secondHalf(QStringLiteral("^下半年度?$"));
    static const QRegularExpression quarter(QStringLiteral("^第?([1-4一二三四])季度$"));
    static const QRegularExpression yearEnd(QStringLiteral("^(年底|年末)(前|之前|以前)?$"));
    static const QRegularExpression span(
        QStringLiteral("^(\\d{1,2})(?:月份?)?-(\\d{1,2})(月份?(?:上旬|中旬|下旬|初|中|末|底)?)?$"));
    static const QRegularExpression single(
        QStringLiteral("^(\\d{1,2})(月份?(?:上旬|中旬|下旬|中上旬|中下旬|上中旬|初|中|末|底)?)?$"));
    static const QRegularExpression due(QStringLiteral("^(\\d{1,2})月份?(?:底|末|中旬|下旬|上旬)?(前|之前|以前)$"));

    if (allYear.match(p).hasMatch()) {
        r.months = MonthSet::all();
    } else if (firstHalf.match(p).hasMatch()) {
        r.months = MonthSet::range(1, 6);
    } else if (secondHalf.match(p).hasMatch()) {
        r.months = MonthSet::range(7, 12);
    } else if (const auto q = quarter.match(p); q.hasMatch()) {
        const QString n = q.captured(1);
        const int k = n.at(0).isDigit() ? n.toInt() : chineseNumeralValue(n);
        r.months = MonthSet::range(3 * k - 2, 3 * k);
    } else if (const auto y = yearEnd.match(p); y.hasMatch()) {
        r.months.insert(12);
        r.deadline = y.capturedLength(2) > 0;
    } else if (const auto d = due.match(p); d.hasMatch()) {
        if (const int m = month(d.captured(1))) {
            r.months.insert(m);
            r.deadline = true;
        }
    } else if (const auto s = span.match(p); s.hasMatch()) {
        const int a = month(s.captured(1));
        const int b = month(s.captured(2));
        if ((s.capturedLength(3) > 0 || monthWrittenElsewhere) && a && b && a <= b)
            r.months = MonthSet::range(a, b);
    } else if (const auto one = single.match(p); one.hasMatch()) {
        if (one.capturedLength(2) > 0 || monthWrittenElsewhere) {
            if (const int m = month(one.captured(1)))
                r.months.insert(m);
        }
    }
    r.ok = !r.months.isEmpty();
    return r;
}

} // namespace

int chineseNumeralValue(const QString& numeral)
{
    if (numeral.isEmpty())
        return 0;
    const qsizetype ten = numeral.indexOf(QChar(0x5341)); // 十
    if (ten >= 0) {
        if (numeral.size() > 3 || numeral.count(QChar(0x5341)) > 1)
            return 0;
        const int tens = ten == 0 ? 1 : (ten == 1 ? digitValue(numeral.at(0)) : -1);
        const int units = ten + 1 < numeral.size() ? digitValue(numeral.at(ten + 1)) : 0;
        if (tens <= 0 || units < 0 || (ten + 1 < numeral.size() && units == 0))
            return 0;
        return tens * 10 + units;
    }
    int value = 0;
    for (QChar c : numeral) {
        const int d = digitValue(c);
        if (d < 0)
            return 0;
        value = value * 10 + d;
    }
    return value;
}

QString chineseNumeral(int value)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    if (value <= 0 || value > 99)
        return QString::number(value);
    if (value < 10)
        return digits.at(value);
    QString s = value / 10 == 1 ? QString() : QString(digits.at(value / 10));
    s += QChar(0x5341);
    if (value % 10)
        s += digits.at(value % 10);
    return s;
}

Timing parseTiming(const QString& written)
{
    Timing t;
    t.written = withoutParentheses(written);
    const QString s = canonical(t.written);
    if (s.isEmpty())
        return t;
    static const QRegularExpression separators(QStringLiteral("[、,;和及与/]"));
    const QStringList parts = s.split(separators, Qt::SkipEmptyParts);
    const bool monthWritten = s.contains(QChar(0x6708)); // 月
    bool all = !parts.isEmpty();
    bool allDeadlines = true;
    for (const QString& p : parts) {
        const Part r = parsePart(p, monthWritten);
        all = all && r.ok;
        allDeadlines = allDeadlines && r.deadline;
        t.months.unite(r.months);
    }
    t.recognised = all && !t.months.isEmpty();
    t.deadline = t.recognised && allDeadlines;
    return t;
}

bool looksLikeTiming(const QString& text)
{
    static const QRegularExpression words(
        QStringLiteral("^[\\d〇零一二三四五六七八九十\\-‐–—~～〜至到、,，;"
                       "；月份底末前上中下旬全年半季度每第初寒暑假期间春秋学期内次常\\s()（）]+$"));
    const QString s = withoutParentheses(text).normalized(QString::NormalizationForm_KC);
    static const QRegularExpression key(
        QStringLiteral("月|季度|半年|全年|年底|年末|旬|寒假|暑假|暑期|寒期|假期|学期|常年"));
    return !s.isEmpty() && s.size() <= 24 && key.match(s).hasMatch() && words.match(s).hasMatch();
}

} // namespace ud::core

#pragma once

#include <QList>
#include <QString>

namespace ud::core {

/// A set of months of one year (1–12).
class MonthSet {
public:
    MonthSet() = default;
    static MonthSet all() { return fromBits(0x0FFF); }
    static MonthSet range(int first, int last);
    static MonthSet fromBits(quint16 bits)
    {
        MonthSet s;
        s.m_bits = bits & 0x0FFF;
        return s;
    }
    /// Reads "3;4;5" (the form stored and exported); anything else yields an empty set.
    static MonthSet fromText(const QString& text);

    bool contains(int month) const { return month >= 1 && month <= 12 && (m_bits & (1u << (month - 1))); }
    void insert(int month);
    void unite(const MonthSet& other) { m_bits |= other.m_bits; }
    bool isEmpty() const { return m_bits == 0; }
    int count() const;
    quint16 bits() const { return m_bits; }
    QList<int> months() const;
    /// "3;4;5", or "" for an empty set.
    QString toText() const;
    bool operator==(const MonthSet& o) const { return m_bits == o.m_bits; }
    bool operator!=(const MonthSet& o) const { return m_bits != o.m_bits; }

private:
    quint16 m_bits = 0;
};

/// What the timing of a schedule item, as written in the plan ("3-5月、9-11月", "6月底前", "全年"), means.
struct Timing {
    QString written;         // exactly as the document has it, without the surrounding parentheses
    MonthSet months;         // the months it covers; for a deadline, the month it is due in
    bool deadline = false;   // "6月底前": due by the end of the month, listed in that month only
    bool recognised = false; // false: the clerk has to set the months by hand
};

/// Parses a timing as plans write it: 全年, 每月, 11月, 3-6月 (also – — ～ ~ 至 到), 3-5月、9-11月,
/// 5月、9月 (、，, ; between parts), 6月底前 / 6月前 (deadline), 上半年, 下半年, 第一季度 … 第四季度,
/// 7月上旬/中旬/下旬, 3月份, full-width digits, Chinese numerals (三月, 十一月), ASCII or full-width
/// parentheses around it. Pure: no database, no locale.
Timing parseTiming(const QString& written);

/// True when `text` reads like a timing even if parseTiming() cannot make months of it (it names a month,
/// a season, a quarter, …); used to tell a timing in parentheses from other remarks.
bool looksLikeTiming(const QString& text);

/// The value of a Chinese numeral from 1 to 99 (一, 十一, 二十三, 〇 … 九 digit by digit), or 0.
int chineseNumeralValue(const QString& numeral);

/// 一, 二, … 十, 十一 … 九十九 for 1–99.
QString chineseNumeral(int value);

} // namespace ud::core

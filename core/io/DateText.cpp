#include "core/io/DateText.h"

#include "core/io/Text.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace ud::core {

namespace {

bool allAsciiDigits(const QString& s)
{
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !s.isEmpty();
}

std::optional<QDate> validDate(int year, int month, int day)
{
    const QDate d(year, month, day);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

std::optional<QDate> fromMatch(const QRegularExpressionMatch& m)
{
    return validDate(m.captured(QStringLiteral("y")).toInt(), m.captured(QStringLiteral("m")).toInt(),
                     m.captured(QStringLiteral("d")).toInt());
}

// 2024-03-08, 2024/3/8, 2024.3.8 (the same separator twice, nothing after): the usual cell, read without the
// regular expression below.
std::optional<std::optional<QDate>> plainSeparated(const QString& t)
{
    const qsizetype n = t.size();
    if (n < 8 || n > 10)
        return std::nullopt;
    const auto digit = [&t](qsizetype i) { return t.at(i) >= QLatin1Char('0') && t.at(i) <= QLatin1Char('9'); };
    const auto value = [&t](qsizetype i) { return t.at(i).unicode() - u'0'; };
    for (qsizetype i = 0; i < 4; ++i)
        if (!digit(i))
            return std::nullopt;
    const QChar sep = t.at(4);
    if (sep != QLatin1Char('-') && sep != QLatin1Char('/') && sep != QLatin1Char('.'))
        return std::nullopt;
    qsizetype i = 5;
    const auto number = [&](int* out) {
        const qsizetype start = i;
        int v = 0;
        while (i < n && digit(i) && i - start < 2)
            v = v * 10 + value(i++);
        *out = v;
        return i > start;
    };
    int month = 0;
    int day = 0;
    if (!number(&month) || i >= n || t.at(i) != sep)
        return std::nullopt;
    ++i;
    if (!number(&day) || i != n)
        return std::nullopt;
    const int year = value(0) * 1000 + value(1) * 100 + value(2) * 10 + value(3);
    return validDate(year, month, day);
}

} // namespace

QDate fromExcelSerial(double serial)
{
    if (!std::isfinite(serial))
        return {};
    const double day = std::floor(serial);
    if (day < 1 || day > 2958465 || day == 60)
        return {};
    // Up to 59 (1900-02-28) the count starts at 1900-01-01; after the fake 29 February every serial is one
    // too high, which counting from 1899-12-30 takes back.
    const qint64 n = static_cast<qint64>(day);
    return n < 60 ? QDate(1899, 12, 31).addDays(n) : QDate(1899, 12, 30).addDays(n);
}

std::optional<QDate> parseDateText(const QString& text)
{
    const QString t = Text::halfWidthTrimmed(text);
    if (t.isEmpty())
        return std::nullopt;

    if (allAsciiDigits(t)) {
        if (t.size() == 8)
            return validDate(t.left(4).toInt(), t.mid(4, 2).toInt(), t.mid(6, 2).toInt());
        if (t.size() <= 5) {
            const QDate d = fromExcelSerial(t.toInt());
            return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
        }
        return std::nullopt;
    }

    if (const auto plain = plainSeparated(t))
        return *plain;

    // The same separator twice; a time of day after the date (as in "2024-03-08 00:00:00") is ignored.
    static const QRegularExpression separated(
        QStringLiteral(R"(^(?<y>\d{4})(?<sep>[-/.])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2}))"
                       R"((?:(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$)"));
    static const QRegularExpression chinese(
        QStringLiteral(R"(^(?<y>\d{4})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*[日号]?$)"));
    for (const QRegularExpression* re : {&separated, &chinese}) {
        const QRegularExpressionMatch m = re->match(t);
        if (m.hasMatch())
            return fromMatch(m);
    }
    return std::nullopt;
}

std::optional<QDate> parseYearMonth(const QString& text)
{
    const QString t = Text::halfWidthTrimmed(text);
    if (allAsciiDigits(t)) {
        if (t.size() == 6)
            return validDate(t.left(4).toInt(), t.mid(4, 2).toInt(), 1);
        // A year alone is not a month, and would otherwise be read as an Excel serial ("1985": 1905-06-07).
        if (t.size() < 5)
            return std::nullopt;
    }

    static const QRegularExpression yearMonth(
        QStringLiteral(R"(^(?<y>\d{4})(?:[-/.](?<m>\d{1,2})|\s*年\s*(?<m2>\d{1,2})\s*月)$)"));
    const QRegularExpressionMatch m = yearMonth.match(t);
    if (m.hasMatch()) {
        const QString month = m.captured(QStringLiteral("m")).isEmpty() ? m.captured(QStringLiteral("m2"))
                                                                        : m.captured(QStringLiteral("m"));
        return validDate(m.captured(QStringLiteral("y")).toInt(), month.toInt(), 1);
    }

    const auto date = parseDateText(t);
    if (date)
        return QDate(date->year(), date->month(), 1);
    return std::nullopt;
}

QString isoDateText(const QDate& date)
{
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    if (!date.isValid() || y < 0 || y > 9999)
        return date.toString(Qt::ISODate);
    QString text(10, Qt::Uninitialized);
    QChar* out = text.data();
    out[0] = QChar(char16_t(u'0' + y / 1000));
    out[1] = QChar(char16_t(u'0' + y / 100 % 10));
    out[2] = QChar(char16_t(u'0' + y / 10 % 10));
    out[3] = QChar(char16_t(u'0' + y % 10));
    out[4] = QLatin1Char('-');
    out[5] = QChar(char16_t(u'0' + m / 10));
    out[6] = QChar(char16_t(u'0' + m % 10));
    out[7] = QLatin1Char('-');
    out[8] = QChar(char16_t(u'0' + d / 10));
    out[9] = QChar(char16_t(u'0' + d % 10));
    return text;
}

QString longDateText(const QDate& date)
{
    if (!date.isValid())
        return QString();
    // The pattern is translated: yyyy年M月d日 in Chinese. QDate::toString with a pattern writes digits the same
    // in every locale.
    return date.toString(QCoreApplication::translate("ud::core::DateText", "yyyy-MM-dd"));
}

} // namespace ud::core

#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace ud::core {

/// A date as clerks type it and spreadsheets carry it: 2024-03-08, 2024/3/8, 2024.3.8, 2024年3月8日,
/// 20240308, an Excel serial number as text ("45359", at most 5 digits), with full-width digits and
/// surrounding (also full-width) spaces; a time of day after the date is ignored. Dates that do not exist
/// (2024-02-30) and year-month forms give nullopt.
std::optional<QDate> parseDateText(const QString& text);

/// The first day of the month for a field that holds a month (join date, start of work): 1985-03, 1985.03,
/// 1985.3, 198503, 1985年3月; a whole date is accepted too and gives the first of its month.
std::optional<QDate> parseYearMonth(const QString& text);

/// The day of an Excel serial date in the 1900 date system (1 = 1900-01-01); the fraction (time of day) is
/// ignored. Serial 60 is Excel's 1900-02-29, which never was (a Lotus 1-2-3 bug Excel keeps): it gives an
/// invalid date, as do serials outside 1–2958465 (9999-12-31).
QDate fromExcelSerial(double serial);

/// The same text as date.toString(Qt::ISODate) (2024-03-08; empty for an invalid date), made without
/// QString's formatting: an import writes it tens of thousands of times.
QString isoDateText(const QDate& date);

/// A date in the title or subtitle of a printed list: the Chinese long form (2025年12月31日) in Chinese, ISO
/// otherwise; empty for an invalid date. Tables and fields show isoDateText().
QString longDateText(const QDate& date);

} // namespace ud::core

#pragma once

#include "core/io/Csv.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace ud::core {

/// What an all-or-nothing import did: the rows added and updated, or the rows that kept it from storing anything
/// ("row N: reason", N as the spreadsheet numbers rows).
struct ImportReport {
    int added = 0;
    int updated = 0;
    QStringList errors;
};

/// A table as an import reads it from a spreadsheet: the header and the data rows of the first sheet of an .xlsx
/// workbook, or of a .csv file (BOM, else strict UTF-8, else GB18030), with the row numbers a spreadsheet shows.
struct TableFile {
    QString path;
    bool isXlsx = false;
    Csv::Encoding encoding = Csv::Encoding::Utf8; // CSV: the encoding the text was read with
    QString sheetName;                            // .xlsx: the sheet read
    QStringList header;
    int headerRow = 1;
    QList<int> rowNumbers;    // of each data row
    QList<QVariantList> rows; // cells: QString, or from .xlsx also double, bool or QDate

    /// Reads a .csv or .xlsx file (by its extension; other names are read as CSV). An old binary workbook
    /// (isOldWorkbook()) is refused with a message that says to save it as .xlsx. The first non-empty row is the
    /// header; empty rows are left out. `encoding` overrides the detected encoding of a CSV file. Throws Error
    /// naming the file when it cannot be read or holds no rows.
    static TableFile load(const QString& path, std::optional<Csv::Encoding> encoding = std::nullopt);

    /// An old binary workbook, which load() refuses: named .xls or .et (or their templates), or, whatever its name,
    /// starting as a compound file (OLE2: D0 CF 11 E0 …), as those and password-protected workbooks do.
    static bool isOldWorkbook(const QString& path);
    /// "… save it as an Excel workbook (.xlsx) and import that file": why load() refuses such a file.
    static QString oldWorkbookMessage(const QString& path);

    /// A cell as text: cleaned, numbers from a spreadsheet without ".0", dates ISO.
    static QString cellText(const QVariant& cell);
    /// Header text as it is compared: half-width, lowercase, without spaces, required-marks and notes in brackets
    /// ("身份证号码（必填）", "* 姓名", "出生日期(yyyy-mm-dd)").
    static QString headerKey(const QString& header);
    /// For each key of `aliases` (header text → field), the first column whose header matches it.
    QHash<QString, int> matchHeader(const QHash<QString, QString>& aliases) const;
    /// "row 5: reason", the prefix every import message has in every language, so that scripts can read it.
    static QString rowMessage(int row, const QString& reason);
    /// The row a rowMessage() names (and its reason in `reason`), 0 for another message.
    static int messageRow(const QString& message, QString* reason = nullptr);
    /// The problems an import shows: the first `shown` of `messages`, then one line with the count of the rest, so
    /// that a file with thousands of bad rows gives a list that can be read.
    static QStringList cappedMessages(const QStringList& messages, int shown = 100);
};

} // namespace ud::core

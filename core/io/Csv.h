#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace ud::core {

/// Reading and writing CSV as Chinese offices exchange it.
namespace Csv {

enum class Encoding { Utf8, Gb18030 };

struct Table {
    Encoding encoding = Encoding::Utf8;
    bool hadBom = false;
    QList<QStringList> rows; // rows.first() is the header when there is one
};

/// Detects the encoding: a UTF-8 BOM, else strict UTF-8, else GB18030 (Excel on Chinese Windows writes GBK).
Encoding detectEncoding(const QByteArray& data);
/// Decodes and parses RFC 4180 CSV (quoted fields, doubled quotes, line breaks inside quotes; `,` or `;` or tab).
Table parse(const QByteArray& data, std::optional<Encoding> forced = std::nullopt);
/// Reads a file; throws Error when it cannot be read.
Table readFile(const QString& path, std::optional<Encoding> forced = std::nullopt);

/// A file as an import reads it: each field a QVariant holding its QString.
struct CellTable {
    Encoding encoding = Encoding::Utf8;
    bool hadBom = false;
    QList<QVariantList> rows;
};
/// readFile() with the fields as cells.
CellTable readCells(const QString& path, std::optional<Encoding> forced = std::nullopt);

/// A text cell that a spreadsheet would run as a formula (= + - @, tab, CR) gets a leading apostrophe.
QString escapeFormula(const QString& cell);
/// One CSV line (without line end): fields quoted when needed, formulas escaped.
QString formatRow(const QStringList& fields);
/// The whole table as UTF-8 with BOM and CRLF line ends.
QByteArray toUtf8WithBom(const QList<QStringList>& rows);

/// A plain-text table for a terminal, with columns aligned by display width (CJK characters count double).
QString formatTextTable(const QStringList& header, const QList<QStringList>& rows);
/// Terminal display width of `text` (East Asian wide and full-width characters count 2), from ICU.
int displayWidth(const QString& text);

} // namespace Csv

} // namespace ud::core

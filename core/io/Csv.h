#pragma once

#include "core/db/Error.h"

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

/// A file whose bytes are not text in one encoding throughout: the user can name the encoding and try again.
class EncodingError : public Error {
public:
    using Error::Error;
};

struct Table {
    Encoding encoding = Encoding::Utf8;
    bool hadBom = false;
    QList<QStringList> rows; // rows.first() is the header when there is one
};

/// Detects the encoding: a UTF-8 BOM, else strict UTF-8, else GB18030 (Excel on Chinese Windows writes GBK).
Encoding detectEncoding(const QByteArray& data);
/// "UTF-8", "GB18030".
QString encodingName(Encoding encoding);

/// A file's bytes as text, in one encoding throughout.
struct Decoded {
    QString text;
    Encoding encoding = Encoding::Utf8;
    bool hadBom = false;
    qsizetype bodyOffset = 0; // where the text starts in the bytes (after a BOM)
    /// The first line (from 0) whose bytes are no text in `encoding`, and where it starts in the bytes; -1 when
    /// every line fits. Such a text must not be used: it holds U+FFFD or nonsense characters.
    qsizetype badLine = -1;
    qsizetype badLineStart = -1;
};
/// Decodes a file: in `forced` when given; else UTF-8 after a BOM; else UTF-8 when it is valid UTF-8; else the
/// encoding most of its lines are in (UTF-8 or GB18030), and the first line that is not in it is named. U+FFFD, and in
/// GB18030 private use characters (what it makes of bytes no Chinese text has), count as not fitting.
Decoded decode(const QByteArray& data, std::optional<Encoding> forced = std::nullopt);
/// "row N: the bytes of this row are not UTF-8 text …", naming --encoding.
QString encodingMessage(int row, Encoding encoding);
/// Decodes and parses RFC 4180 CSV (quoted fields, doubled quotes, line breaks inside quotes; `,` or `;` or tab).
/// Throws EncodingError naming the row for bytes that do not fit the encoding (decode()), and for a quote that never
/// closes or that runs across a line break into lines that look like the next records (its closing quote is missing).
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

/// A text cell that a spreadsheet would run as a formula (= + - @, tab, CR) gets a leading apostrophe; so does a cell
/// that starts with apostrophes before such a character, so that unescapeFormula() can tell the two apart.
QString escapeFormula(const QString& cell);
/// Takes away exactly the apostrophe escapeFormula() added: unescapeFormula(escapeFormula(s)) == s.
QString unescapeFormula(const QString& cell);
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

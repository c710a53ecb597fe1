#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

namespace ud::core {

class ZipArchive;

/// Reads the cell values of one worksheet of an .xlsx workbook (Office Open XML), as Excel, WPS, LibreOffice
/// and openpyxl write them.
class XlsxReader {
public:
    /// One row of a worksheet. `cells[0]` is column A; a cell that is missing or empty is a null QVariant.
    /// Other values are a QString (shared, inline and formula strings, error values such as "#N/A"), a double,
    /// a bool, or a QDate (a number whose format is a date).
    struct Row {
        int number = 0; // the row number the spreadsheet shows
        QVariantList cells;
    };
    struct Sheet {
        QString name;
        QList<Row> rows; // only the rows the file has, in order
    };

    /// Opens the workbook and reads its list of sheets and its cell formats. Throws Error when the file cannot be
    /// read or is not an .xlsx workbook. One reader is for one thread at a time.
    explicit XlsxReader(const QString& path);
    ~XlsxReader();
    XlsxReader(const XlsxReader&) = delete;
    XlsxReader& operator=(const XlsxReader&) = delete;

    QStringList sheetNames() const;
    /// The sheet at `index` (0 = the first tab). Throws Error when there is no such sheet or it is damaged.
    Sheet sheet(int index = 0) const;
    /// The sheet with this name. Throws Error when there is no such sheet.
    Sheet sheet(const QString& name) const;

    /// A cell value as text: numbers without a needless ".0" (an integer-valued number in full digits), dates
    /// ISO, booleans TRUE/FALSE, empty cells "".
    static QString text(const QVariant& cell);
    /// Zero-based column of a column name ("A" → 0, "AA" → 26) or cell reference ("C5" → 2); -1 if invalid.
    static int columnIndex(QStringView reference);
    /// True for a number format (built-in id and the custom codes of the workbook) that shows a date.
    static bool isDateFormat(int numFmtId, const QString& formatCode);

private:
    struct SheetEntry {
        QString name;
        QString part; // path of the worksheet part inside the zip
    };
    QByteArray readPart(const QString& part, bool required) const;
    void readWorkbook();
    void readStyles(const QString& part);
    const QStringList& sharedStrings() const;
    Sheet readSheet(const SheetEntry& entry) const;
    [[noreturn]] void fail(const QString& why) const;

    QString m_path;
    std::unique_ptr<ZipArchive> m_zip;
    QList<SheetEntry> m_sheets;
    QString m_sharedStringsPart;
    mutable std::optional<QStringList> m_sharedStrings; // read with the first sheet
    QList<bool> m_dateStyles;                           // cellXfs index → the format is a date
    bool m_date1904 = false;
};

} // namespace ud::core

#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <vector>

namespace ud::core {

class ZipArchive;

/// Reads the cell values of one worksheet of an .xlsx workbook (Office Open XML), as Excel, WPS, LibreOffice
/// and openpyxl write them. A workbook larger than the limits below is refused with a message that names the limit,
/// before it is unpacked where the sizes it declares tell, else as soon as what is read passes a limit; the memory a
/// sheet takes is then bounded by the rows and cells it keeps (ZipArchive refuses parts that unpack to too much).
class XlsxReader {
public:
    /// The most rows with values one sheet may have, the header included: four times the 50,000 members the roster is
    /// built for. A sheet with more is refused rather than read in part.
    static constexpr int kMaxRows = 200'000;
    /// The most cells one sheet may have, each row counted from column A to its last value (the cells of its Row):
    /// 200,000 rows of 50 columns, at most about 320 MB of cells.
    static constexpr qint64 kMaxCells = 10'000'000;
    /// The most shared strings a workbook may have (Excel keeps each different text of its cells there once): 15
    /// different texts in each of kMaxRows rows. Only those the sheet uses are kept.
    static constexpr int kMaxSharedStrings = 3'000'000;
    /// The parts read whole (the workbook, its relationships, the cell formats) are small; a larger one is refused.
    static constexpr qint64 kMaxWholePartSize = 64ll * 1024 * 1024;

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
    QList<QString> sharedStrings(const std::vector<bool>& used) const;
    Sheet readSheet(const SheetEntry& entry) const;
    [[noreturn]] void fail(const QString& why) const;

    QString m_path;
    std::unique_ptr<ZipArchive> m_zip;
    QList<SheetEntry> m_sheets;
    QString m_sharedStringsPart;
    QList<bool> m_dateStyles; // cellXfs index → the format is a date
    bool m_date1904 = false;
};

} // namespace ud::core

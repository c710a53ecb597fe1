#pragma once

#include "core/io/SafeOutput.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariantList>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;
struct lxw_chart;

namespace ud::core {

/// One column of a table written to a worksheet.
struct XlsxColumn {
    enum class Kind {
        Text,    // always a string cell, even when it looks like a number (ID and phone numbers)
        Date,    // a real Excel date shown as yyyy-mm-dd, from a QDate or ISO text
        Integer, // a number without decimals
        Money,   // an integer number of fen, shown in yuan with two decimals
        Decimal, // a number with decimals (a percentage), shown as Excel's General format shows it
    };
    QString title;
    Kind kind = Kind::Text;
    double width = 12; // in characters
};

/// A native Excel chart (a chart object, not a picture) over cells of the current worksheet.
struct XlsxChart {
    enum class Type { Column, Bar, Line, Pie };
    struct Series {
        int column = 1;   // the values' column (0-based)
        int nameRow = -1; // the cell above the values that names the series (-1: none)
    };
    Type type = Type::Column;
    QString title;
    int firstRow = 0; // the data's sheet rows (0-based, as XlsxWriter::nextRow() counts them), inclusive
    int lastRow = 0;
    int categoryColumn = 0; // the labels of the bars or slices
    QList<Series> series;
    int anchorRow = 0; // the top-left cell the chart is placed on
    int anchorColumn = 0;
};

/// Writes tables to an .xlsx workbook, one worksheet per table, rows in order and in constant memory:
/// bold frozen header, autofilter, column widths; text always in string cells, which never run as formulas (so
/// without the apostrophe CSV needs). The workbook is written to a temporary file beside the target and takes the
/// target's place only in finish(); any failure throws Error with a sentence for the user and leaves the target as
/// it was.
class XlsxWriter {
public:
    explicit XlsxWriter(const QString& path);
    /// Without finish(), the temporary file is removed and the target is not touched.
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter&) = delete;
    XlsxWriter& operator=(const XlsxWriter&) = delete;

    /// Starts a worksheet with its header row. Characters Excel refuses in sheet names are replaced.
    void addSheet(const QString& name, const QList<XlsxColumn>& columns);
    /// Writes the next data row of the current worksheet: one value per column (a null or empty value
    /// leaves the cell blank; extra values are ignored).
    void addRow(const QVariantList& values);
    /// Data rows written to the current table so far.
    int rowCount() const { return m_row; }
    /// Starts a further table on the current worksheet, below the rows written so far: a blank row, the table's
    /// title in bold, then its own header row; addRow() then writes by these columns. The frozen header and the
    /// autofilter stay with the worksheet's first table; column widths are those of addSheet().
    void addTable(const QString& title, const QList<XlsxColumn>& columns);
    /// The sheet row (0-based, the header being row 0) the next addRow() writes to.
    int nextRow() const { return m_headerRow + 1 + m_row; }
    /// Places a chart on the current worksheet over its cells; rows and columns must be written already or later
    /// in the same worksheet.
    void addChart(const XlsxChart& chart);
    /// Completes the workbook and moves it over the target.
    void finish();

    /// The largest number of data rows one worksheet takes (Excel's limit less the header).
    static constexpr int MaxRows = 1048575;

private:
    void check(int error, const QString& what);
    void closeSheet();
    QString failure(int error) const;
    lxw_format* plainNumberFormat(int column) const;

    SafeOutput m_output;
    QByteArray m_tempDir;
    lxw_workbook* m_workbook = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_format* m_headerFormat = nullptr;
    lxw_format* m_textFormat = nullptr;
    lxw_format* m_dateFormat = nullptr;
    lxw_format* m_moneyFormat = nullptr;
    lxw_format* m_generalFormat = nullptr;
    QList<lxw_format*> m_sheetFormats; // per column of the current worksheet, as addSheet() set them
    QList<XlsxColumn> m_columns;
    QStringList m_sheetNames;
    QList<int> m_lastRows; // per worksheet: the number of its last row, header included
    int m_row = 0;
    int m_headerRow = 0; // the sheet row of the current table's header
    int m_firstColumns = 0;
    int m_filterLastRow = -1; // the last row of the worksheet's first table, once a second one started
};

} // namespace ud::core

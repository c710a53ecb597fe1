#pragma once

#include "core/io/SafeOutput.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariantList>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

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
    /// Data rows written to the current worksheet so far.
    int rowCount() const { return m_row; }
    /// Completes the workbook and moves it over the target.
    void finish();

    /// The largest number of data rows one worksheet takes (Excel's limit less the header).
    static constexpr int MaxRows = 1048575;

private:
    void check(int error, const QString& what);
    void closeSheet();
    QString failure(int error) const;

    SafeOutput m_output;
    QByteArray m_tempDir;
    lxw_workbook* m_workbook = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_format* m_headerFormat = nullptr;
    lxw_format* m_textFormat = nullptr;
    lxw_format* m_dateFormat = nullptr;
    lxw_format* m_moneyFormat = nullptr;
    QList<XlsxColumn> m_columns;
    QStringList m_sheetNames;
    QList<int> m_lastRows; // per worksheet: the number of its last row, header included
    int m_row = 0;
};

} // namespace ud::core

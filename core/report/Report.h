#pragma once

#include <QDate>
#include <QFlags>
#include <QList>
#include <QPageLayout>
#include <QString>
#include <QStringList>

namespace ud::core {

/// A printable, exportable table: the lists the office hands round (birthdays of a month, retirements, the
/// roster on a date). The same value goes to print preview, PDF, .xlsx and .csv.
struct Report {
    // Mark: a short sign, centred (● in a month grid); Decimal: a number written with its decimals (33.30, a
    // percentage), right-aligned like Integer and a number in .xlsx.
    enum class Kind { Text, Date, Integer, Mark, Decimal };
    enum ColumnFlag {
        NoWrap =
            0x1, // a text printed on one line (staff and phone numbers, names); dates, numbers and marks never wrap
        GroupKey = 0x2, // says what the group headings say (the sub-union): left out of a print that has headings
        Fill = 0x4,     // left empty to be written in by hand (a signature): printed, it takes the spare width
    };
    Q_DECLARE_FLAGS(ColumnFlags, ColumnFlag)
    struct Column {
        QString title;
        Kind kind = Kind::Text;
        int width = 10; // characters in a spreadsheet; in print, a wrapping text column's share of the spare width
        ColumnFlags flags = {};
        /// True for a column whose cells are broken into lines to fit: a text that is not NoWrap.
        bool wraps() const { return kind == Kind::Text && !flags.testFlag(NoWrap); }
    };
    /// A row, or a group heading when `heading` is set (a section or a sub-union).
    struct Row {
        QStringList cells;
        QString heading;
        bool emphasized = false; // shown bold (e.g. a deadline)
    };

    QString organisation; // the union's name, above the title
    QString title;
    QString subtitle; // what the list covers: month, date range, filter
    QString caption;  // in a document of several tables (ReportPrinter's list): this table's own heading
    QList<Column> columns;
    QList<Row> rows;
    QString footnote; // under the table, e.g. "ID and phone numbers are masked."
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    bool pagePerGroup = false; // printed: each group heading after the first starts a new page (a list per sub-union)

    void addRow(const QStringList& cells) { rows.append(Row{cells, {}, false}); }
    void addHeading(const QString& text) { rows.append(Row{{}, text, false}); }
    /// Data rows only, without the group headings.
    int dataRowCount() const;
    bool hasHeadings() const;
    /// The columns a print and its preview show, by index: all but the GroupKey columns when the rows are grouped
    /// under headings. Files (.xlsx, .csv) have no headings and keep every column.
    QList<int> printedColumns() const;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(Report::ColumnFlags)

} // namespace ud::core

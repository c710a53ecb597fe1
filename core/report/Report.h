#pragma once

#include <QDate>
#include <QList>
#include <QPageLayout>
#include <QString>
#include <QStringList>

namespace ud::core {

/// A printable, exportable table: the lists the office hands round (birthdays of a month, retirements, the
/// roster on a date). The same value goes to print preview, PDF, .xlsx and .csv.
struct Report {
    enum class Kind { Text, Date, Integer, Mark }; // Mark: a short sign, centred (● in a month grid)
    struct Column {
        QString title;
        Kind kind = Kind::Text;
        int width = 10; // relative width in print; characters in a spreadsheet
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
    QList<Column> columns;
    QList<Row> rows;
    QString footnote; // under the table, e.g. "ID and phone numbers are masked."
    QPageLayout::Orientation orientation = QPageLayout::Portrait;

    void addRow(const QStringList& cells) { rows.append(Row{cells, {}, false}); }
    void addHeading(const QString& text) { rows.append(Row{{}, text, false}); }
    /// Data rows only, without the group headings.
    int dataRowCount() const;
};

} // namespace ud::core

#include "core/report/ReportPrinter.h"

#include "core/db/Error.h"
#include "core/io/Csv.h"
#include "core/io/XlsxWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace ud::core {

namespace {

// Tr::tr() rather than a free tr(): lupdate files a tr() call under the class or namespace
// it stands in, so the context is named here for lupdate and the running program alike.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::ReportPrinter)
};

void writeCsv(const Report& report, const QString& path)
{
    QList<QStringList> rows;
    QStringList header;
    for (const auto& c : report.columns)
        header << c.title;
    rows << header;
    for (const auto& row : report.rows) {
        if (row.heading.isEmpty())
            rows << row.cells;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(Csv::toUtf8WithBom(rows)) < 0 || !file.commit())
        throw Error(
            Tr::tr("The file %1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
}

QList<XlsxColumn> xlsxColumns(const Report& report)
{
    QList<XlsxColumn> columns;
    for (const auto& c : report.columns) {
        XlsxColumn column;
        column.title = c.title;
        column.kind = c.kind == Report::Kind::Date      ? XlsxColumn::Kind::Date
                      : c.kind == Report::Kind::Integer ? XlsxColumn::Kind::Integer
                      : c.kind == Report::Kind::Decimal ? XlsxColumn::Kind::Decimal
                                                        : XlsxColumn::Kind::Text;
        column.width = qMax(6, c.width + 2);
        columns << column;
    }
    return columns;
}

void addXlsxRows(XlsxWriter& writer, const Report& report)
{
    for (const auto& row : report.rows) {
        if (!row.heading.isEmpty())
            continue;
        QVariantList values;
        for (int i = 0; i < report.columns.size(); ++i) {
            const QString cell = row.cells.value(i);
            if (report.columns.at(i).kind == Report::Kind::Integer && !cell.isEmpty())
                values << cell.toLongLong();
            else if (report.columns.at(i).kind == Report::Kind::Decimal && !cell.isEmpty())
                values << cell.toDouble();
            else
                values << cell;
        }
        writer.addRow(values);
    }
}

void writeXlsx(const Report& report, const QString& path)
{
    XlsxWriter writer(path);
    writer.addSheet(report.title, xlsxColumns(report));
    addXlsxRows(writer, report);
    writer.finish();
}

} // namespace

void writeReportsXlsx(const QList<Report>& tables, const QString& path)
{
    XlsxWriter writer(path);
    for (const Report& table : tables) {
        writer.addSheet(table.caption.isEmpty() ? table.title : table.caption, xlsxColumns(table));
        addXlsxRows(writer, table);
    }
    writer.finish();
}

void writeReportTable(const Report& report, const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return writeCsv(report, path);
    if (suffix == QLatin1String("xlsx"))
        return writeXlsx(report, path);
    throw Error(Tr::tr("Unknown file type: %1. Use .xlsx or .csv.").arg(QFileInfo(path).fileName()));
}

} // namespace ud::core

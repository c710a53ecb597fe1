#include "core/io/FailedRows.h"

#include "core/db/Error.h"
#include "core/io/Csv.h"
#include "core/io/XlsxWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QSaveFile>

namespace ud::core {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::FailedRows)
};

} // namespace

QString FailedRows::reasonTitle()
{
    return Tr::tr("Error reason");
}

FailedRows::FailedRows(const TableFile& file, const QStringList& problems)
{
    QMap<int, QStringList> reasons; // by row number, in file order
    for (const QString& message : problems) {
        QString reason;
        if (const int row = TableFile::messageRow(message, &reason); row > 0)
            reasons[row] << reason;
    }
    qsizetype width = file.header.size();
    QList<int> indexes;
    for (int i = 0; i < file.rows.size(); ++i) {
        if (reasons.contains(file.rowNumbers.at(i))) {
            indexes << i;
            width = qMax(width, file.rows.at(i).size());
        }
    }
    m_header = file.header;
    while (m_header.size() < width)
        m_header << QString();
    // A file that comes from an earlier failed import keeps one reason column, with the new reasons.
    qsizetype reasonColumn = m_header.indexOf(reasonTitle());
    if (reasonColumn < 0) {
        reasonColumn = m_header.size();
        m_header << reasonTitle();
    }
    for (const int i : indexes) {
        QStringList cells;
        for (const QVariant& cell : file.rows.at(i))
            cells << TableFile::cellText(cell);
        while (cells.size() < m_header.size())
            cells << QString();
        cells[reasonColumn] = reasons.value(file.rowNumbers.at(i)).join(QLatin1Char(' '));
        m_rows << cells;
    }
}

void FailedRows::write(const QString& path) const
{
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0) {
        QList<XlsxColumn> columns;
        for (const QString& title : m_header)
            columns.append({title, XlsxColumn::Kind::Text, title == reasonTitle() ? 40.0 : 14.0});
        XlsxWriter writer(path);
        writer.addSheet(Tr::tr("Rows to correct"), columns);
        for (const QStringList& row : m_rows) {
            QVariantList values;
            for (const QString& cell : row)
                values << cell;
            writer.addRow(values);
        }
        writer.finish();
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(Csv::toUtf8WithBom(QList<QStringList>{m_header} + m_rows)) < 0 ||
        !file.commit())
        throw Error(
            Tr::tr("The file %1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
}

} // namespace ud::core

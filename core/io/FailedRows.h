#pragma once

#include "core/io/TableFile.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ud::core {

/// The rows of a file that an import did not take, as a file the clerk corrects and imports again: the file's header
/// and those rows with their cells as the file has them, and a last column (错误原因) that says why each failed. The
/// import reads that column as one it does not know, so the corrected file imports as the original would.
class FailedRows {
public:
    /// The rows of `file` that `problems` ("row N: reason", as imports report them) name, in the order of the file,
    /// the reasons of one row joined. Problems that name no data row of the file (its header) are left out.
    FailedRows(const TableFile& file, const QStringList& problems);

    /// The file's header with the reason column last (or in place of one the file already has, when it comes from
    /// an earlier failed import).
    QStringList header() const { return m_header; }
    const QList<QStringList>& rows() const { return m_rows; }
    bool isEmpty() const { return m_rows.isEmpty(); }
    /// The title of the reason column.
    static QString reasonTitle();

    /// Writes the rows as an .xlsx workbook (every cell text, as the file had it) or, for any other name, as CSV
    /// (UTF-8 with BOM), beside the target and renamed over it only when complete. Throws Error.
    void write(const QString& path) const;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace ud::core

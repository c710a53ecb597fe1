#pragma once

#include <QString>

class QWidget;

namespace ud::core {
class FailedRows;
}

namespace ud::ui {

/// Asks where to save `rows`, the rows of the file `source` that an import did not take, and writes them: an Excel
/// workbook (.xlsx) unless the clerk chooses CSV; the folder of `source` is offered. Returns the file written, empty
/// when cancelled or when writing failed (the reason is shown).
QString saveFailedRows(QWidget* parent, const QString& source, const core::FailedRows& rows);

} // namespace ud::ui

#pragma once

#include "core/record/ImportPreview.h"

#include <QAbstractTableModel>

namespace ud::core {

/// An import preview for a view, read-only: the spreadsheet row number, the status, a cell per field of the record
/// type as the file has it, and the problems. Rows that cannot be stored are tinted, and a cell a problem is about
/// is drawn in red with the problem as its tooltip.
class ImportPreviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Row, Status, FirstField };
    /// The status of a row (ImportStatus as an int), whatever the column.
    static constexpr int StatusRole = Qt::UserRole + 1;

    explicit ImportPreviewModel(QObject* parent = nullptr);

    void setPreview(const ImportPreview& preview);
    const ImportPreview& preview() const { return m_preview; }
    /// The last column: the problems of the row.
    int problemsColumn() const { return FirstField + int(m_preview.columns.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ImportPreview m_preview;
};

} // namespace ud::core

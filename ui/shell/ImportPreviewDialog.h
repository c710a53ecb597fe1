#pragma once

#include "core/record/ImportPreview.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace ud::core {
class ImportPreviewModel;
}

namespace ud::ui {

/// Shows an import preview before anything is stored, for any record page: each row of the file with its status,
/// the rows that cannot be stored tinted with their reasons, the totals, and the two choices (leave out invalid
/// rows; what to do with rows whose key is stored). Import is enabled once nothing blocks the import; accepted,
/// options() says how to apply the preview.
class ImportPreviewDialog : public QDialog {
    Q_OBJECT
public:
    ImportPreviewDialog(const core::ImportPreview& preview, const QString& title, QWidget* parent = nullptr);

    core::ImportOptions options() const;

    QTableView* table() const { return m_table; }
    core::ImportPreviewModel* model() const { return m_model; }
    QCheckBox* skipInvalidCheck() const { return m_skipInvalid; }
    QComboBox* duplicatesCombo() const { return m_duplicates; }
    QPushButton* importButton() const { return m_import; }
    QLabel* totalsLabel() const { return m_totals; }
    QLabel* blockersLabel() const { return m_blockers; }

private:
    void updateState();

    core::ImportPreviewModel* m_model;
    QTableView* m_table;
    QLabel* m_totals;
    QCheckBox* m_skipInvalid;
    QComboBox* m_duplicates;
    QLabel* m_blockers;
    QPushButton* m_import;
};

} // namespace ud::ui

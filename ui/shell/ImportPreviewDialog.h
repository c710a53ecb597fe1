#pragma once

#include "core/io/Csv.h"
#include "core/record/ImportPreview.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace ud::core {
class ImportPreviewModel;
}

namespace ud::ui {

/// Shows an import preview before anything is stored, for any record page, as the members import does: the file and
/// the encoding it is read in (a CSV file can be read again in another one), each row of the file with its status,
/// the rows that cannot be stored tinted with their reasons (and saved, on request, as a file to correct), which
/// column of the file fills which field, the totals, and the two choices (leave out invalid rows; what to do with
/// rows whose key is stored). Import is enabled once nothing blocks the import; accepted, options() says how to apply
/// the preview.
class ImportPreviewDialog : public QDialog {
    Q_OBJECT
public:
    /// Reads the file again in an encoding the user chose (nullopt: detected); throws core::Error.
    using Reload = std::function<core::ImportPreview(std::optional<core::Csv::Encoding> encoding)>;

    /// Without `reload`, the encoding cannot be changed.
    ImportPreviewDialog(const core::ImportPreview& preview, const QString& title, QWidget* parent = nullptr,
                        Reload reload = {});

    core::ImportOptions options() const;
    /// The encoding the user chose for a CSV file; nullopt while it is detected.
    std::optional<core::Csv::Encoding> encoding() const;

    QTableView* table() const { return m_table; }
    core::ImportPreviewModel* model() const { return m_model; }
    QComboBox* encodingCombo() const { return m_encoding; }
    QTableWidget* columnsTable() const { return m_columns; }
    QCheckBox* skipInvalidCheck() const { return m_skipInvalid; }
    QComboBox* duplicatesCombo() const { return m_duplicates; }
    QPushButton* saveFailedRowsButton() const { return m_saveFailed; }
    QPushButton* importButton() const { return m_import; }
    QLabel* totalsLabel() const { return m_totals; }
    QLabel* blockersLabel() const { return m_blockers; }

private:
    void showPreview(const core::ImportPreview& preview);
    void readAgain();
    void saveFailedRows();
    void updateState();

    Reload m_reload;
    core::ImportPreviewModel* m_model;
    QLabel* m_file;
    QComboBox* m_encoding;
    QTableView* m_table;
    QTableWidget* m_columns;
    QLabel* m_totals;
    QCheckBox* m_skipInvalid;
    QComboBox* m_duplicates;
    QLabel* m_blockers;
    QLabel* m_readError;
    QPushButton* m_saveFailed;
    QPushButton* m_import;
};

} // namespace ud::ui

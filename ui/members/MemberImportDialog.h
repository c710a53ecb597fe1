#pragma once

#include "core/members/MemberImport.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace ud::core {
class Database;
}

namespace ud::ui {

/// Imports members from an .xlsx or .csv file: choose the file (and the encoding of a CSV), check the column
/// mapping, look at the preview of the rows as they will be stored and at every row that fails, decide about
/// duplicates and missing sub-unions, then import in one transaction with a progress dialog that can cancel.
/// Accepted when something was imported.
class MemberImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit MemberImportDialog(core::Database& db, QWidget* parent = nullptr);

    /// Reads a file as if the user had chosen it; false (with the reason shown) when it cannot be read.
    bool setFile(const QString& path);

    const core::MemberImport::Preview& rows() const { return m_rows; }
    core::MemberImport::Options options() const;
    const core::MemberImport::Summary& summary() const { return m_summary; }

    QTableWidget* mappingTable() const { return m_mapping; }
    QTableWidget* previewTable() const { return m_preview; }
    QComboBox* encodingCombo() const { return m_encoding; }
    QCheckBox* skipInvalidCheck() const { return m_skipInvalid; }
    QCheckBox* createUnitsCheck() const { return m_createUnits; }
    QRadioButton* updateDuplicatesRadio() const { return m_updateDuplicates; }
    QListWidget* missingUnitsList() const { return m_missingUnits; }
    QPushButton* importButton() const { return m_import; }
    QLabel* statusLabel() const { return m_status; }

public slots:
    /// Runs the import (the Import button).
    void runImport();

private:
    void chooseFile();
    void loadTable();
    void fillMapping();
    void rebuildRows();
    void fillPreview();
    void updateState();
    core::MemberImport::Mapping currentMapping() const;

    core::Database& m_db;
    QString m_path;
    core::MemberImport::Table m_table;
    core::MemberImport::Preview m_rows;
    core::MemberImport::Summary m_summary;
    bool m_loaded = false;
    bool m_filling = false;

    QLineEdit* m_file;
    QComboBox* m_encoding;
    QTableWidget* m_mapping;
    QTableWidget* m_preview;
    QLabel* m_status;
    QCheckBox* m_skipInvalid;
    QRadioButton* m_skipDuplicates;
    QRadioButton* m_updateDuplicates;
    QListWidget* m_missingUnits;
    QCheckBox* m_createUnits;
    QLabel* m_blockers;
    QPushButton* m_import;
};

} // namespace ud::ui

#pragma once

#include "core/members/MemberImport.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace ud::core {
class Database;
}

namespace ud::ui {

/// Imports members from an .xlsx or .csv file: choose the file (and the encoding of a CSV), check the column
/// mapping, look at the preview of the rows as they will be stored and at every row that fails (and save those to
/// correct them), decide about duplicates and about each sub-union the file names that is not stored (a proposed
/// stored one, another stored one, or a new one), then import in one transaction with a progress dialog that can
/// cancel.
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
    QRadioButton* updateDuplicatesRadio() const { return m_updateDuplicates; }
    /// The sub-unions the file names that are not stored, one row each: the name, its rows, and what it is imported
    /// as (unitChoiceCombo()).
    QTableWidget* missingUnitsTable() const { return m_missingUnits; }
    /// What missing sub-union `index` is imported as: "choose", the proposed stored sub-unions, a new one, the other
    /// stored ones (item data: none while undecided, else the stored id or 0 for a new one).
    QComboBox* unitChoiceCombo(int index) const;
    /// Takes the one proposal of each undecided name that has exactly one.
    QPushButton* acceptProposalsButton() const { return m_acceptProposals; }
    /// Creates each undecided name for which nothing is proposed.
    QPushButton* createUnitsButton() const { return m_createUnits; }
    QPushButton* saveFailedRowsButton() const { return m_saveFailed; }
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
    void fillMissingUnits();
    /// The sub-union column of the preview, after a choice for a missing sub-union.
    void updateUnitCells();
    QString unitText(const core::MemberImport::PreviewRow& row) const;
    /// Sets each undecided missing sub-union that `choice` has an answer for (nullopt: none).
    void decideUnits(const std::function<std::optional<qint64>(const core::MemberImport::MissingUnit&)>& choice);
    void saveFailedRows();
    void updateState();
    core::MemberImport::Mapping currentMapping() const;

    core::Database& m_db;
    QString m_path;
    core::MemberImport::Table m_table;
    core::MemberImport::Preview m_rows;
    core::MemberImport::Summary m_summary;
    QHash<qint64, QString> m_unitNames;   // of the stored sub-unions
    QHash<QString, qint64> m_unitChoices; // by the missing sub-union's name: kept when the rows are read again
    QList<int> m_shownRows;               // the preview's rows, by their index in m_rows
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
    QTableWidget* m_missingUnits;
    QPushButton* m_acceptProposals;
    QPushButton* m_createUnits;
    QPushButton* m_saveFailed;
    QLabel* m_blockers;
    QPushButton* m_import;
};

} // namespace ud::ui

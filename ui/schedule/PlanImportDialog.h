#pragma once

#include "core/io/Csv.h"

#include "core/schedule/Schedule.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;
class QTreeWidget;

namespace ud::core {
class Database;
}

namespace ud::ui {

/// Imports a year's work plan: the text pasted in (or read from a .txt or .docx file), the year, and a
/// preview of what was recognised (key-point sections and points, schedule sections and items with their
/// months, timings that could not be read highlighted, lines that fit nowhere) before anything is saved.
/// OK stores the plan in one transaction; replacing the plan of a year that has one asks first.
class PlanImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit PlanImportDialog(core::Database& db, QWidget* parent = nullptr);

    /// Puts `text` in the editor and shows its preview at once.
    void setText(const QString& text);
    /// Reads a .txt or .docx file into the editor; false (with a message) when it cannot be read.
    /// Reads a .docx or a text file into the editor; a text file whose lines are not in one encoding is refused
    /// with the line named, and the user may read it as UTF-8 or GB18030 instead (`encoding`).
    bool loadFile(const QString& path, std::optional<core::Csv::Encoding> encoding = std::nullopt);
    void setYear(int year);
    int year() const;
    /// The plan as the preview shows it.
    const core::ParsedPlan& parsed() const { return m_parsed; }
    /// Re-reads the text now instead of after the typing pause.
    void updatePreview();
    /// The id of the stored plan after OK, else 0.
    qint64 importedPlanId() const { return m_importedId; }
    /// The file the text was read from; empty for text typed or pasted in.
    QString path() const { return m_path; }

    QPlainTextEdit* textEdit() const { return m_text; }
    QSpinBox* yearSpin() const { return m_year; }
    QTreeWidget* previewTree() const { return m_preview; }
    QLabel* summaryLabel() const { return m_summary; }
    QPushButton* okButton() const;

    void accept() override;

private:
    void chooseFile();

    core::Database& m_db;
    core::ParsedPlan m_parsed;
    QPlainTextEdit* m_text = nullptr;
    QSpinBox* m_year = nullptr;
    QTreeWidget* m_preview = nullptr;
    QLabel* m_summary = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QTimer* m_timer = nullptr;
    bool m_yearChosen = false; // the user set the year: the title's year no longer overrides it
    bool m_settingYear = false;
    qint64 m_importedId = 0;
    QString m_path;
};

} // namespace ud::ui

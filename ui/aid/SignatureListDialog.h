#pragma once

#include "core/report/Report.h"

#include <QDialog>

class QComboBox;

namespace ud::core {
class Database;
}

namespace ud::ui {

class ReportActions;
class ReportPreview;
class ShellContext;

/// The signature lists of a period's enrollment (enrollmentSignatureList): every sub-union, each under its heading,
/// or one; shown as they print, then printed or saved as PDF, .xlsx/.csv or .odt.
class SignatureListDialog : public QDialog {
    Q_OBJECT
public:
    SignatureListDialog(ShellContext& shell, core::Database& db, qint64 periodId, QWidget* parent = nullptr);

    QComboBox* unitCombo() const { return m_unit; }
    ReportPreview* preview() const { return m_preview; }
    /// Writes the list shown to `path` by its suffix; false on failure (shown).
    bool saveTo(const QString& path);

private:
    void rebuild();

    ShellContext& m_shell;
    core::Database& m_db;
    qint64 m_periodId;
    core::Report m_report;
    QComboBox* m_unit;
    ReportPreview* m_preview;
    ReportActions* m_output;
};

} // namespace ud::ui

#pragma once

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLabel;
class QSpinBox;

namespace ud::core {
class Database;
class PrintedDocument;
} // namespace ud::core

namespace ud::ui {

class ShellContext;

/// What to print of a session, in one place: the form of the selected proposal or of all, the compilation, the
/// referral notices (to every handling unit or one), or the proposal work report with its percentage options;
/// previewed and printed, or saved as PDF or .odt (and the report as .xlsx).
class ProposalPrintDialog : public QDialog {
    Q_OBJECT
public:
    enum Choice { Form, AllForms, Compilation, Referral, Report };

    /// `proposalId`: the selected proposal, 0 for none (its form is then not offered).
    ProposalPrintDialog(ShellContext& shell, core::Database& db, qint64 sessionId, qint64 proposalId,
                        QWidget* parent = nullptr);

    void choose(Choice choice);
    Choice choice() const;
    QComboBox* unitCombo() const { return m_unit; }
    QSpinBox* decimalsSpin() const { return m_decimals; }
    QComboBox* roundingCombo() const { return m_rounding; }

    /// Writes the chosen document to `path` (.pdf or .odt; the report also .xlsx); false with the reason shown.
    bool saveTo(const QString& path);
    /// Opens print preview of the chosen document.
    void preview();

private:
    std::unique_ptr<core::PrintedDocument> document() const;
    QString suggestedName() const;
    void saveAs();
    void updateEnabled();

    ShellContext& m_shell;
    core::Database& m_db;
    qint64 m_sessionId;
    qint64 m_proposalId;
    QButtonGroup* m_choices;
    QComboBox* m_unit;
    QSpinBox* m_decimals;
    QComboBox* m_rounding;
};

} // namespace ud::ui

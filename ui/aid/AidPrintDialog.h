#pragma once

#include <QDialog>

#include <functional>
#include <memory>

class QButtonGroup;

namespace ud::core {
class PrintedDocument;
} // namespace ud::core

namespace ud::ui {

class ShellContext;

/// What to print of the mutual aid, in one place: a choice of documents (the approval form of the selected claim or
/// the forms of the claims shown; the fund's statement), previewed and printed, or saved as PDF or .odt (and, where a
/// document has it, .xlsx).
class AidPrintDialog : public QDialog {
    Q_OBJECT
public:
    struct Choice {
        QString text;                                                 // the radio button's text
        QString fileName;                                             // the suggested file name, without suffix
        std::function<std::unique_ptr<core::PrintedDocument>()> make; // builds the document; throws core::Error
        std::function<void(const QString&)> write;                    // writes .xlsx (and the others); may be empty
        bool enabled = true;
        bool pdfOnly = false; // saved as PDF only (a certificate on A4 landscape)
    };

    AidPrintDialog(ShellContext& shell, const QString& title, QList<Choice> choices, const QString& folderKey,
                   QWidget* parent = nullptr);

    void choose(int choice);
    int choice() const;
    /// Writes the chosen document to `path` (.pdf or .odt; .xlsx where the choice writes it); false with the reason
    /// shown.
    bool saveTo(const QString& path);
    /// Opens print preview of the chosen document.
    void preview();

private:
    void saveAs();

    ShellContext& m_shell;
    QList<Choice> m_choices;
    QString m_folderKey;
    QButtonGroup* m_group;
};

} // namespace ud::ui

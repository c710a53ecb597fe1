#pragma once

#include "core/report/Report.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace ud::ui {

/// The output of a list, the same on every page and dialog: print preview, PDF, a spreadsheet (.xlsx or .csv)
/// and an editable document (.odt, which Word and WPS open). The report is built when an action runs, files are
/// written through a temporary file, and a failure is shown to the user.
class ReportActions : public QObject {
    Q_OBJECT
public:
    /// Builds the report to print or save; throws core::Error when it cannot.
    using Source = std::function<core::Report()>;

    /// `folderKey` names the remembered folder of the file dialogs ("units", "lists").
    ReportActions(QWidget* parent, const QString& folderKey, Source source);

    QAction* printAction() const { return m_print; }
    QAction* pdfAction() const { return m_pdf; }
    QAction* exportAction() const { return m_export; }
    QAction* documentAction() const { return m_document; }
    QList<QAction*> actions() const { return {m_print, m_pdf, m_export, m_document}; }

    /// Writes the report to `path` by its suffix (.pdf, .odt, .xlsx, .csv); false on failure (shown).
    bool save(const QString& path);
    void printPreview();

    /// Print preview of a report already built, with failures shown on `parent`; true when it was printed, and
    /// then `printerName` (when given) is the printer's name.
    static bool preview(QWidget* parent, const core::Report& report, QString* printerName = nullptr);

signals:
    /// A report left the program: printed (what "printed", the printer) or saved (what "file", the file name).
    /// An unmasked list records this in the change history.
    void delivered(const QString& what, const QString& target);

private:
    void choose(const QString& title, const QString& suffix, const QString& filters);
    std::optional<core::Report> build();

    QWidget* m_parent;
    QString m_folderKey;
    Source m_source;
    QAction* m_print;
    QAction* m_pdf;
    QAction* m_export;
    QAction* m_document;
};

} // namespace ud::ui

#include "ui/widgets/ReportActions.h"

#include "core/db/Error.h"
#include "core/report/ReportPrinter.h"
#include "ui/widgets/BusyCursor.h"
#include "ui/widgets/Folders.h"
#include "ui/widgets/PageActions.h"

#include <QAction>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace ud::ui {

ReportActions::ReportActions(QWidget* parent, const QString& folderKey, Source source)
    : QObject(parent), m_parent(parent), m_folderKey(folderKey), m_source(std::move(source))
{
    m_print = makeAction(parent, QStringLiteral("print"), tr("&Print Preview…"), tr("Print"),
                         tr("Show the list as it will be printed"), {QKeySequence(QKeySequence::Print)});
    m_pdf =
        makeAction(parent, QStringLiteral("pdf"), tr("Save as &PDF…"), tr("PDF"), tr("Save the list as a PDF file"));
    m_export = makeAction(parent, QStringLiteral("export"), tr("E&xport to Excel…"), tr("Export"),
                          tr("Save the list as an Excel workbook or a CSV file"));
    m_document = makeAction(parent, QStringLiteral("document"), tr("Save as &Document…"), tr("Document"),
                            tr("Save the list as a document to edit in Word or WPS (.odt)"));
    connect(m_print, &QAction::triggered, this, &ReportActions::printPreview);
    connect(m_pdf, &QAction::triggered, this,
            [this] { choose(tr("Save as PDF"), QStringLiteral("pdf"), tr("PDF files (*.pdf)")); });
    connect(m_export, &QAction::triggered, this, [this] {
        choose(tr("Export List"), QStringLiteral("xlsx"), tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"));
    });
    connect(m_document, &QAction::triggered, this,
            [this] { choose(tr("Save as Document"), QStringLiteral("odt"), tr("OpenDocument text (*.odt)")); });
}

std::optional<core::Report> ReportActions::build()
{
    try {
        return m_source();
    } catch (const core::Error& e) {
        QMessageBox::warning(m_parent, tr("Cannot make the list"), e.message());
        return std::nullopt;
    }
}

void ReportActions::choose(const QString& title, const QString& suffix, const QString& filters)
{
    const auto report = build();
    if (!report)
        return;
    QString selected;
    QString path = QFileDialog::getSaveFileName(
        m_parent, title, QDir(lastFolder(m_folderKey)).filePath(report->title + QLatin1Char('.') + suffix), filters,
        &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selected.contains(QLatin1String("*.csv")) ? QStringLiteral(".csv") : QLatin1Char('.') + suffix;
    rememberFolder(m_folderKey, path);
    save(path);
}

bool ReportActions::save(const QString& path)
{
    const auto report = build();
    if (!report)
        return false;
    try {
        BusyCursor busy;
        core::writeReport(*report, path);
    } catch (const core::Error& e) {
        QMessageBox::warning(m_parent, tr("Saving failed"), e.message());
        return false;
    }
    emit delivered(QStringLiteral("file"), QFileInfo(path).fileName());
    return true;
}

void ReportActions::printPreview()
{
    const auto report = build();
    QString printer;
    if (report && preview(m_parent, *report, &printer))
        emit delivered(QStringLiteral("printed"), printer);
}

bool ReportActions::preview(QWidget* parent, const core::Report& report, QString* printerName)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(report.title);
    printer.setPageOrientation(report.orientation);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print Preview — %1").arg(report.title));
    bool printed = false;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, parent, [parent, &report, &printed](QPrinter* p) {
        try {
            core::ReportPrinter(report).print(*p);
            printed = true;
        } catch (const core::Error& e) {
            QMessageBox::warning(parent, tr("Printing failed"), e.message());
        }
    });
    if (dialog.exec() != QDialog::Accepted || !printed)
        return false;
    if (printerName)
        *printerName = printer.printerName();
    return true;
}

} // namespace ud::ui

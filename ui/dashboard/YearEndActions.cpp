#include "ui/dashboard/YearEndActions.h"

#include "core/congress/PrintedDocument.h"
#include "core/db/Database.h"
#include "core/db/Error.h"
#include "core/members/Member.h"
#include "core/yearbook/YearSummary.h"
#include "core/yearbook/Yearbook.h"
#include "ui/shell/Module.h"
#include "ui/widgets/BusyCursor.h"
#include "ui/widgets/Folders.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QToolBar>

#include <optional>

namespace ud::ui {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::ui::YearEndActions)
};

const QString kFolderKey = QStringLiteral("yearbook");

std::optional<int> askYear(QWidget* parent, const QString& title)
{
    bool ok = false;
    const int year = QInputDialog::getInt(parent, title, Tr::tr("Year:"), defaultYearEndYear(), 1900, 2999, 1, &ok);
    if (!ok)
        return std::nullopt;
    return year;
}

/// Writes the workbook behind a progress dialog; the GUI answers between the steps.
void writeYearbook(ShellContext& shell, core::Database& db, const core::YearbookOptions& options, const QString& path)
{
    QProgressDialog progress(Tr::tr("Writing the year-end workbook of %1…").arg(options.year), Tr::tr("Cancel"), 0,
                             core::Yearbook::stepCount(), shell.window());
    progress.setObjectName(QStringLiteral("yearbookProgress"));
    progress.setWindowTitle(Tr::tr("Year-End Workbook"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    // Shown from the start: even a small database takes a moment, and the clerk sees where Cancel is.
    progress.show();
    qint64 members = 0;
    try {
        BusyCursor busy;
        members = core::Yearbook::write(db, path, options, [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        });
    } catch (const core::YearbookCancelled&) {
        shell.showStatusMessage(Tr::tr("The year-end workbook was cancelled; no file was written."));
        return;
    } catch (const core::Error& e) {
        progress.reset();
        shell.warn(Tr::tr("Cannot write the year-end workbook"), e.message());
        return;
    }
    progress.reset();
    shell.showStatusMessage(
        Tr::tr("Wrote the year-end workbook of %1 (%n member(s) on the roster of 31 December) to %2", nullptr,
               int(members))
            .arg(options.year)
            .arg(QDir::toNativeSeparators(path)));
    if (options.unmasked)
        shell.notifyDataChanged(core::tables::Members); // the change history has a new entry
}

void saveSummary(ShellContext& shell, QWidget* parent, core::PrintedDocument& doc, int year)
{
    const QString suggested =
        QDir(lastFolder(kFolderKey)).filePath(Tr::tr("union-work-in-figures-%1").arg(year) + QStringLiteral(".pdf"));
    QString selected;
    QString path = QFileDialog::getSaveFileName(parent, Tr::tr("Save the Year's Summary"), suggested,
                                                Tr::tr("PDF files (*.pdf)") + QStringLiteral(";;") +
                                                    Tr::tr("OpenDocument text for Word or WPS (*.odt)"),
                                                &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selected.contains(QLatin1String("*.odt")) ? QStringLiteral(".odt") : QStringLiteral(".pdf");
    rememberFolder(kFolderKey, path);
    try {
        BusyCursor busy;
        doc.write(path);
    } catch (const core::Error& e) {
        shell.warn(Tr::tr("Cannot save the year's summary"), e.message());
        return;
    }
    shell.showStatusMessage(Tr::tr("Saved the summary of %1 to %2").arg(year).arg(QDir::toNativeSeparators(path)));
}

} // namespace

int defaultYearEndYear(const QDate& today)
{
    return today.month() <= 3 ? today.year() - 1 : today.year();
}

void exportYearbook(ShellContext& shell)
{
    core::Database* db = shell.database();
    if (!db)
        return;
    QWidget* parent = shell.window();
    const std::optional<int> year = askYear(parent, Tr::tr("Year-End Workbook"));
    if (!year)
        return;
    const QString suggested =
        QDir(lastFolder(kFolderKey)).filePath(Tr::tr("year-end-workbook-%1").arg(*year) + QStringLiteral(".xlsx"));
    QString path = QFileDialog::getSaveFileName(parent, Tr::tr("Save the Year-End Workbook"), suggested,
                                                Tr::tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".xlsx");
    rememberFolder(kFolderKey, path);

    core::YearbookOptions options;
    options.year = *year;
    // Full numbers are personal information: only on an explicit answer, and the export is recorded, which a
    // read-only database cannot take.
    if (!db->isReadOnly()) {
        const auto answer = QMessageBox::question(
            parent, Tr::tr("Year-End Workbook"),
            QCoreApplication::translate("ud::ui::MembersPage",
                                        "Export full ID and mobile numbers?\n\nChoose No to export them masked. An "
                                        "export with full numbers is recorded in the change history."),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No);
        if (answer == QMessageBox::Cancel)
            return;
        options.unmasked = answer == QMessageBox::Yes;
    }
    writeYearbook(shell, *db, options, path);
}

void showYearSummary(ShellContext& shell)
{
    core::Database* db = shell.database();
    if (!db)
        return;
    QWidget* parent = shell.window();
    const std::optional<int> year = askYear(parent, Tr::tr("Year's Summary"));
    if (!year)
        return;
    std::unique_ptr<core::PrintedDocument> doc;
    try {
        BusyCursor busy;
        doc = core::yearSummaryDocument(core::yearSummary(*db, *year));
    } catch (const core::Error& e) {
        shell.warn(Tr::tr("Cannot show the year's summary"), e.message());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(doc->title());
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("yearSummaryPreview"));
    dialog.setWindowTitle(Tr::tr("Print Preview — %1").arg(doc->title()));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* p) { doc->print(*p); });
    // Saved from the preview's own tool bar, beside Print.
    if (auto* bar = dialog.findChild<QToolBar*>()) {
        bar->addSeparator();
        QAction* save = bar->addAction(QIcon(QStringLiteral(":/icons/pdf.svg")), Tr::tr("Save as PDF or .odt…"));
        save->setObjectName(QStringLiteral("saveSummary"));
        QObject::connect(save, &QAction::triggered, &dialog,
                         [&shell, &dialog, &doc, y = *year] { saveSummary(shell, &dialog, *doc, y); });
    }
    dialog.exec();
}

} // namespace ud::ui

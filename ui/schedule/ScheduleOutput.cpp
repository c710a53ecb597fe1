#include "ui/schedule/ScheduleOutput.h"

#include "core/db/Database.h"
#include "core/report/ReportPrinter.h"
#include "core/schedule/ScheduleReports.h"
#include "ui/shell/Module.h"
#include "ui/widgets/BusyCursor.h"
#include "ui/widgets/Folders.h"
#include "ui/widgets/ReportActions.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>

namespace ud::ui {

namespace {

const QString kFolderKey = QStringLiteral("schedule");

} // namespace

void ScheduleOutput::previewMonth(core::Database* db, int year, int month)
{
    if (!db || !year)
        return;
    try {
        const core::Report report = core::ScheduleReports(*db).month(year, month);
        ReportActions::preview(m_parent, report);
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot print the schedule"), e.message());
    }
}

void ScheduleOutput::previewYear(core::Database* db, int year)
{
    if (!db || !year)
        return;
    try {
        const core::Report report = core::ScheduleReports(*db).yearOverview(year);
        ReportActions::preview(m_parent, report);
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot print the year overview"), e.message());
    }
}

bool ScheduleOutput::savePdf(core::Database* db, int year, const QString& path, int month)
{
    if (!db || !year)
        return false;
    try {
        BusyCursor busy;
        const core::ScheduleReports reports(*db);
        const core::Report report = month ? reports.month(year, month) : reports.yearOverview(year);
        core::ReportPrinter(report).writePdf(path);
    } catch (const core::Error& e) {
        m_shell.warn(tr("Cannot save the PDF"), e.message());
        return false;
    }
    m_shell.showStatusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ScheduleOutput::exportXlsx(core::Database* db, int year, const QString& path)
{
    if (!db || !year)
        return false;
    try {
        BusyCursor busy;
        core::ScheduleReports(*db).exportXlsx(year, path);
    } catch (const core::Error& e) {
        m_shell.warn(tr("Export failed"), e.message());
        return false;
    }
    m_shell.showStatusMessage(tr("Exported the %1 plan to %2").arg(year).arg(QDir::toNativeSeparators(path)));
    return true;
}

void ScheduleOutput::saveAs(const QString& title, const QString& name, const QString& filter, const QString& suffix,
                            const std::function<void(const QString&)>& save)
{
    const QString suggested = QDir(lastFolder(kFolderKey)).filePath(name + suffix);
    QString path = QFileDialog::getSaveFileName(m_parent, title, suggested, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += suffix;
    rememberFolder(kFolderKey, path);
    save(path);
}

int ScheduleOutput::askMonth(int year)
{
    if (!year)
        return 0;
    const QDate today = QDate::currentDate();
    QStringList months;
    for (int m = 1; m <= 12; ++m)
        months << core::ScheduleReports::monthTitle(year, m);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(m_parent, tr("Month Schedule"), tr("Which month's schedule?"), months,
                                                 year == today.year() ? today.month() - 1 : 0, false, &ok);
    return ok ? int(months.indexOf(chosen)) + 1 : 0;
}

void ScheduleOutput::chooseMonthPdf(core::Database* db, int year, int month)
{
    if (year)
        saveAs(tr("Save Month Schedule as PDF"), core::ScheduleReports::monthTitle(year, month),
               tr("PDF files (*.pdf)"), QStringLiteral(".pdf"),
               [&](const QString& path) { savePdf(db, year, path, month); });
}

void ScheduleOutput::chooseYearPdf(core::Database* db, int year)
{
    if (year)
        saveAs(tr("Save Year Overview as PDF"), core::ScheduleReports::yearTitle(year), tr("PDF files (*.pdf)"),
               QStringLiteral(".pdf"), [&](const QString& path) { savePdf(db, year, path, 0); });
}

void ScheduleOutput::chooseXlsx(core::Database* db, int year)
{
    if (year)
        saveAs(tr("Export Year to Excel"), core::ScheduleReports::yearTitle(year), tr("Excel workbooks (*.xlsx)"),
               QStringLiteral(".xlsx"), [&](const QString& path) { exportXlsx(db, year, path); });
}

} // namespace ud::ui

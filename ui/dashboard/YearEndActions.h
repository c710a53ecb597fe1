#pragma once

#include <QDate>

namespace ud::ui {

class ShellContext; // ui/shell/Module.h

/// The year a year-end action offers first on `today`: the year before from January to March, while its reports are
/// being written, else this year.
int defaultYearEndYear(const QDate& today = QDate::currentDate());

/// Asks the year, the target file (.xlsx, 年终报表-2026.xlsx in the folder last used for it) and whether ID and phone
/// numbers go in full (No by default; a workbook with full numbers is recorded in the change history), then writes the
/// year-end workbook behind a progress dialog that can cancel (a cancelled workbook leaves no file). The result goes to
/// the status bar, a failure to shell.warn().
void exportYearbook(ShellContext& shell);

/// Asks the year, then shows the year's summary (年度工会工作数据汇总) in print preview, from where it is printed or
/// saved as PDF or .odt.
void showYearSummary(ShellContext& shell);

} // namespace ud::ui

#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace ud::core {
class Database;
}

namespace ud::ui {

class ShellContext;

/// What the schedule page gives out: print previews of a month's schedule and of the year overview, the same as
/// PDF, and the year's plan as an .xlsx workbook, with their save dialogs; failures are shown through the shell.
/// Each does nothing (or returns false) without a database or a year.
class ScheduleOutput {
    // The texts were the schedule page's, and keep its translations.
    Q_DECLARE_TR_FUNCTIONS(ud::ui::SchedulePage)

public:
    /// `parent`: the widget the previews and file dialogs belong to.
    ScheduleOutput(ShellContext& shell, QWidget* parent) : m_shell(shell), m_parent(parent) {}

    void previewMonth(core::Database* db, int year, int month);
    void previewYear(core::Database* db, int year);
    /// The month schedule (`month` 1–12) or, with 0, the year overview as PDF; false on failure.
    bool savePdf(core::Database* db, int year, const QString& path, int month);
    /// The year's plan as .xlsx; false on failure.
    bool exportXlsx(core::Database* db, int year, const QString& path);

    /// Asks which month of `year` to print (this month offered in this year, else January); 0 when cancelled.
    int askMonth(int year);

    /// Ask for a file name, then save.
    void chooseMonthPdf(core::Database* db, int year, int month);
    void chooseYearPdf(core::Database* db, int year);
    void chooseXlsx(core::Database* db, int year);

private:
    /// Asks for a file name (in the folder used last, `name` + `suffix` suggested) and hands it to `save`; nothing
    /// when the user cancels.
    void saveAs(const QString& title, const QString& name, const QString& filter, const QString& suffix,
                const std::function<void(const QString&)>& save);

    ShellContext& m_shell;
    QWidget* m_parent;
};

} // namespace ud::ui

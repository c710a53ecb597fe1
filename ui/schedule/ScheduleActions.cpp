#include "ui/schedule/ScheduleActions.h"

#include "ui/widgets/PageActions.h"

#include <QAction>

namespace ud::ui {

ScheduleActions::ScheduleActions(QObject* parent)
{
    edit = makeAction(parent, QStringLiteral("edit"), tr("&Edit Item…"), tr("Edit"),
                      tr("Edit the selected item: text, timing, months, office, status, notes"),
                      {QKeySequence(Qt::Key_F2)});
    markDone = makeAction(parent, QString(), tr("Mark &Done"), tr("Done"),
                          tr("Mark the selected item done: today, or the day you choose for a plan of an earlier year"),
                          {QKeySequence(Qt::CTRL | Qt::Key_D)});
    add = makeAction(parent, QStringLiteral("add"), tr("&Add Item…"), tr("Add"),
                     tr("Add an item to the selected section"),
                     {QKeySequence(QKeySequence::New), QKeySequence(Qt::Key_Insert)});
    remove = makeAction(parent, QStringLiteral("delete"), tr("&Remove Item"), tr("Remove"),
                        tr("Remove the selected item from the plan"), {QKeySequence(QKeySequence::Delete)});
    import = makeAction(parent, QStringLiteral("import"), tr("&Import Plan…"), tr("Import"),
                        tr("Import a year's work plan from pasted text, a .docx or a .txt file, with a preview"),
                        {QKeySequence(Qt::CTRL | Qt::Key_I)});
    copy = makeAction(parent, QString(), tr("&Copy to Next Year…"), tr("Copy to next year"),
                      tr("Copy this plan to the next year as a draft, with every status back to planned"));
    printMonth = makeAction(parent, QStringLiteral("print"), tr("&Print Month Schedule…"), tr("Print"),
                            tr("Print preview of the month's schedule: the month chosen in the filter, else "
                               "this month"),
                            {QKeySequence(QKeySequence::Print)});
    printYear = makeAction(parent, QString(), tr("Print &Year Overview…"), tr("Year overview"),
                           tr("Print preview of every item against the twelve months (A4 landscape)"));
    monthPdf = makeAction(parent, QString(), tr("Save Month Schedule as P&DF…"), tr("Month PDF"),
                          tr("Save the month's schedule as a PDF file"));
    yearPdf = makeAction(parent, QString(), tr("Save Year Overview as PD&F…"), tr("Year PDF"),
                         tr("Save the year overview as a PDF file"));
    exportXlsx =
        makeAction(parent, QStringLiteral("export"), tr("E&xport Year to Excel…"), tr("Export"),
                   tr("Export the year's plan to an Excel workbook (.xlsx)"), {QKeySequence(Qt::CTRL | Qt::Key_E)});
    clearFilters = makeAction(parent, QString(), tr("&Clear Filters"), tr("Clear"), tr("Show every item again"),
                              {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)});

    edit->setObjectName(QStringLiteral("editScheduleItem"));
    markDone->setObjectName(QStringLiteral("markDone"));
    add->setObjectName(QStringLiteral("addScheduleItem"));
    remove->setObjectName(QStringLiteral("removeScheduleItem"));
    import->setObjectName(QStringLiteral("importPlan"));
    copy->setObjectName(QStringLiteral("copyPlan"));
    printMonth->setObjectName(QStringLiteral("printMonth"));
    printYear->setObjectName(QStringLiteral("printYear"));
    monthPdf->setObjectName(QStringLiteral("monthPdf"));
    yearPdf->setObjectName(QStringLiteral("yearPdf"));
    exportXlsx->setObjectName(QStringLiteral("exportPlan"));
    clearFilters->setObjectName(QStringLiteral("clearScheduleFilters"));

    auto separator = [parent] {
        auto* s = new QAction(parent);
        s->setSeparator(true);
        return s;
    };
    all = {edit,        markDone,   add,       remove,   separator(), import,    copy,
           separator(), printMonth, printYear, monthPdf, yearPdf,     exportXlsx};
}

} // namespace ud::ui

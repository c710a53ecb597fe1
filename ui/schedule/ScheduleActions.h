#pragma once

#include <QCoreApplication>
#include <QList>

class QAction;
class QObject;

namespace ud::ui {

/// The schedule page's actions with their texts, icons, shortcuts and object names; the page connects them and
/// enables them.
struct ScheduleActions {
    // The texts were the schedule page's, and keep its translations.
    Q_DECLARE_TR_FUNCTIONS(ud::ui::SchedulePage)

public:
    explicit ScheduleActions(QObject* parent);

    QAction* edit;
    QAction* markDone;
    QAction* add;
    QAction* remove;
    QAction* import;
    QAction* copy;
    QAction* printMonth;
    QAction* printYear;
    QAction* monthPdf;
    QAction* yearPdf;
    QAction* exportXlsx;
    QAction* clearFilters;
    /// The page's actions for the shell, with separators between the groups (not clearFilters).
    QList<QAction*> all;
};

} // namespace ud::ui

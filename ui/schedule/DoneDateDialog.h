#pragma once

#include "core/schedule/Schedule.h"

#include <QDialog>

#include <optional>

class QDateEdit;

namespace ud::ui {

/// Asks on which day an item of an earlier year's plan was done (today would be after that year): the day
/// offered is the end of the last month the item covers, any day from the plan's first of January to today.
class DoneDateDialog : public QDialog {
    Q_OBJECT
public:
    DoneDateDialog(const core::ScheduleItem& item, int planYear, QWidget* parent = nullptr);

    QDate date() const;
    QDateEdit* dateEdit() const { return m_date; }

    /// The day offered for `item` of `planYear`'s plan, no later than `today`.
    static QDate suggestedDate(const core::ScheduleItem& item, int planYear, const QDate& today);
    /// Asks when the item's plan year is over (the date chosen, nullopt when cancelled); today otherwise,
    /// without asking.
    static std::optional<QDate> ask(const core::ScheduleItem& item, int planYear, QWidget* parent);

private:
    QDateEdit* m_date;
};

} // namespace ud::ui

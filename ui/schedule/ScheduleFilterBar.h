#pragma once

#include "core/schedule/Schedule.h"

#include <QCoreApplication>
#include <QWidget>

class QAction;
class QComboBox;

namespace ud::ui {

/// The schedule's filter bar: the year selector, the month, section and status filters, and the button of
/// the page's "clear filters" action. The page gives the years and sections and hears the boxes change (they also
/// signal while being filled).
class ScheduleFilterBar : public QWidget {
    // The texts were the schedule page's, and keep its translations.
    Q_DECLARE_TR_FUNCTIONS(ud::ui::SchedulePage)

public:
    ScheduleFilterBar(QAction* clearFilters, QWidget* parent = nullptr);

    QComboBox* yearCombo() const { return m_year; }
    QComboBox* monthCombo() const { return m_month; }
    QComboBox* sectionCombo() const { return m_section; }
    QComboBox* statusCombo() const { return m_status; }

    /// The year chosen, or 0.
    int year() const;
    /// 1–12, or 0 for all months.
    int month() const;
    /// The section chosen, or 0 for all.
    qint64 sectionId() const;
    /// The status key chosen, or empty for any.
    QString statusKey() const;
    /// Whether the month or status filter leaves items out.
    bool narrowsItems() const;

    /// The years to choose from, `current` chosen (none when it is not among them).
    void setYears(const QList<int>& years, int current);
    /// Chooses `year` when it is among the years; returns whether it is.
    bool setYear(int year);
    /// The sections of the year's plan; the one numbered `keepNumber` is chosen, else all sections.
    void setSections(const QList<core::ScheduleSection>& sections, int keepNumber);
    /// Each chooses "all" or "any" when the value is not there.
    void setMonth(int month);
    void setSection(qint64 sectionId);
    void setStatus(const QString& statusKey);
    /// Month, section and status back to all and any.
    void clearFilters();
    /// Enables or disables the four boxes.
    void setBoxesEnabled(bool enabled);

private:
    QComboBox* m_year;
    QComboBox* m_month;
    QComboBox* m_section;
    QComboBox* m_status;
};

} // namespace ud::ui

#pragma once

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace ud::core {
class CalendarDaysModel;
}

namespace ud::ui {

class ShellContext;

/// The working calendar of a year (Tools › Working Calendar…): its days off and its Saturdays and Sundays worked,
/// edited in a table or read from the State Council's notice pasted in, then saved as one step of the undo history;
/// and whether a period of working days counts its first day.
class WorkingCalendarDialog : public QDialog {
    Q_OBJECT
public:
    explicit WorkingCalendarDialog(ShellContext& shell, QWidget* parent = nullptr);

    /// Shows the days of `year`; asks first when the days shown were changed and not saved. False when the user
    /// kept them.
    bool showYear(int year);
    /// Reads the notice pasted in: the table shows the days read, the problems and notes below it.
    void readNotice();
    /// Stores the table as the year's working calendar (asking first when the notice read had lines that could not be
    /// read) and the setting; false when refused or cancelled.
    bool save();

    int year() const;
    bool isChanged() const { return m_changed; }
    core::CalendarDaysModel* model() const { return m_model; }
    QSpinBox* yearSpin() const { return m_year; }
    QLabel* sourceLabel() const { return m_source; }
    QTableView* view() const { return m_view; }
    QPlainTextEdit* noticeEdit() const { return m_notice; }
    QLabel* readingLabel() const { return m_reading; }
    QCheckBox* startCountsCheck() const { return m_startCounts; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* readButton() const { return m_read; }
    QPushButton* saveButton() const { return m_save; }

public slots:
    void reject() override;

private:
    void addDay();
    void removeDay();
    void updateButtons();

    ShellContext& m_shell;
    core::CalendarDaysModel* m_model;
    QSpinBox* m_year;
    QLabel* m_source;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPlainTextEdit* m_notice;
    QPushButton* m_read;
    QLabel* m_reading;
    QCheckBox* m_startCounts;
    QPushButton* m_save;
    int m_shownYear = 0;
    bool m_changed = false;
    QStringList m_readProblems; // of the notice read last, while its days are shown
};

} // namespace ud::ui

#pragma once

#include "core/schedule/Schedule.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace ud::ui {

/// Edits one schedule item: section, number, text, the timing as written, the months as twelve boxes (filled
/// from the timing as it is typed, when it can be read), the deadline flag, office, status with its done date,
/// and notes. Nothing is stored here; the page stores item() and puts the change on the undo stack.
class ScheduleItemDialog : public QDialog {
    Q_OBJECT
public:
    ScheduleItemDialog(const QList<core::ScheduleSection>& sections, const core::ScheduleItem& item,
                       QWidget* parent = nullptr);

    /// The item as entered (its id and other fields kept from the one given).
    core::ScheduleItem item() const;
    /// Why OK is disabled, one line per problem; empty when the item can be saved.
    QStringList problems() const;

    QComboBox* sectionCombo() const { return m_section; }
    QSpinBox* numberSpin() const { return m_number; }
    QPlainTextEdit* textEdit() const { return m_text; }
    QLineEdit* timingEdit() const { return m_timing; }
    QCheckBox* monthBox(int month) const { return m_months.value(month - 1); }
    QCheckBox* deadlineBox() const { return m_deadline; }
    QCheckBox* needsCheckingBox() const { return m_needsChecking; }
    QLineEdit* officeEdit() const { return m_office; }
    QComboBox* statusCombo() const { return m_status; }
    QDateEdit* doneDateEdit() const { return m_doneDate; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    QPushButton* okButton() const;
    /// True when the fields describe something else than the item the dialog opened with.
    bool hasChanges() const;

public slots:
    /// Closes without saving; asks first when there are changes.
    void reject() override;

private:
    void timingEdited();
    void monthToggled();
    void statusChanged();
    void validate();
    void setMonths(const core::MonthSet& months);

    core::ScheduleItem m_item;
    core::ScheduleItem m_unchanged; // item() as the dialog opened
    QComboBox* m_section = nullptr;
    QSpinBox* m_number = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLineEdit* m_timing = nullptr;
    QLabel* m_timingHint = nullptr;
    QList<QCheckBox*> m_months;
    QCheckBox* m_deadline = nullptr;
    QCheckBox* m_needsChecking = nullptr;
    QLineEdit* m_office = nullptr;
    QComboBox* m_status = nullptr;
    QDateEdit* m_doneDate = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_problems = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_settingMonths = false;
};

} // namespace ud::ui

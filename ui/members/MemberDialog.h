#pragma once

#include "core/members/Member.h"
#include "core/members/MemberRepository.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace ud::core {
class AwardHistoryModel;
class Database;
} // namespace ud::core

namespace ud::ui {

/// Adds or edits one member. Problems (MemberRepository::validate, dates that are not dates) are listed under
/// the form as the clerk types and OK stays disabled while there are any; a valid ID number fills in the
/// birth date and gender unless the clerk set them; members with the same name are shown with their staff
/// number and sub-union. The History tab lists the member's dated events; events recorded or removed there are
/// checked by the roster's rules at once but kept with the fields until OK (Cancel takes them back); the Awards tab
/// lists the member's awards. The caller stores the fields and eventChanges() after OK.
class MemberDialog : public QDialog {
    Q_OBJECT
public:
    /// `member` with id 0 is a new member.
    MemberDialog(core::Database& db, const core::Member& member, QWidget* parent = nullptr);

    /// The member as the fields describe it (with the id it was opened with).
    core::Member member() const;
    /// The problems listed, one per line; empty when there are none.
    QStringList problems() const { return m_currentProblems; }
    /// The same-name warning as shown; empty when nobody else has the name.
    QString sameNameText() const;

    /// The events recorded and removed on the History tab, in order, for the caller to store after OK.
    QList<core::MemberRepository::EventChange> eventChanges() const { return m_changes; }
    /// Shows the member's events (and status and sub-union) as they are after the changes kept so far.
    void reloadHistory();
    /// Keeps the event described by the fields of the History tab; false when the rules refuse it (said why).
    bool recordEventFromFields();
    /// Takes the event in `row` of the history table out (a kept one is forgotten, a stored one is removed on
    /// OK); false when refused.
    bool removeEventAt(int row);
    /// True when the history table's `row` is an event kept for OK, not yet stored.
    bool isPendingRow(int row) const;

    QTabWidget* tabs() const { return m_tabs; }
    /// The member's awards on the Awards tab (from the rounds' final lists and earlier years' lists).
    core::AwardHistoryModel* awards() const { return m_awards; }
    QLineEdit* staffNoEdit() const { return m_staffNo; }
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* genderCombo() const { return m_gender; }
    QComboBox* ethnicityCombo() const { return m_ethnicity; }
    QLineEdit* birthDateEdit() const { return m_birthDate; }
    QLineEdit* idNumberEdit() const { return m_idNumber; }
    QComboBox* unitCombo() const { return m_unit; }
    QLineEdit* departmentEdit() const { return m_department; }
    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* educationCombo() const { return m_education; }
    QComboBox* politicalCombo() const { return m_political; }
    QComboBox* employmentCombo() const { return m_employment; }
    QLineEdit* phoneEdit() const { return m_phone; }
    QLineEdit* joinDateEdit() const { return m_joinDate; }
    /// A woman's original retirement age (0: the office's default, 50, 55); its row is shown for women only.
    QComboBox* originalRetirementAgeCombo() const { return m_originalAge; }
    /// The statutory retirement date and age, read-only, following the gender, birth date and original age.
    QLabel* retirementLabel() const { return m_retirement; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    QPushButton* okButton() const { return m_ok; }
    QTableWidget* eventsTable() const { return m_events; }
    QComboBox* eventKindCombo() const { return m_eventKind; }
    QLineEdit* eventDateEdit() const { return m_eventDate; }
    QComboBox* eventUnitCombo() const { return m_eventUnit; }
    QLineEdit* eventNoteEdit() const { return m_eventNote; }
    QPushButton* recordEventButton() const { return m_recordEvent; }
    QPushButton* removeEventButton() const { return m_removeEvent; }

    /// True when the fields describe something else than the member as the dialog showed them.
    bool hasChanges() const;

public slots:
    void accept() override;
    /// Closes without saving the fields; asks first when they were changed.
    void reject() override;

private:
    QWidget* createDetailsTab();
    QWidget* createHistoryTab();
    QWidget* createAwardsTab(qint64 memberId);
    void fillUnits(QComboBox* combo, const QString& noneText);
    void setMember(const core::Member& member);
    /// Records that the form shows an existing member's full ID and mobile numbers (change history).
    void recordFullNumbersShown(const core::Member& member);
    void idNumberChanged(const QString& text);
    void updateProblems();
    void updateSameName();
    void updateEventFields();
    void updateStatusText();
    void updateRetirement();
    QString unitName(const std::optional<qint64>& id) const;

    core::Database& m_db;
    core::Member m_original;
    core::Member m_unchanged; // member() as the fields were set
    bool m_touched = false;
    bool m_birthSetByUser = false;
    bool m_genderSetByUser = false;
    QStringList m_currentProblems;
    QList<core::MemberEvent> m_eventList; // as shown, after m_changes
    QList<core::MemberRepository::EventChange> m_changes;
    QList<qint64> m_recordedIds; // the ids the recorded changes had in the preview, one per Record change
    core::Member::Status m_shownStatus = core::Member::Status::Active;
    /// Shows the history after `changes`; false (said why, nothing shown changes) when the rules refuse them.
    bool showChanges(const QList<core::MemberRepository::EventChange>& changes, const QString& refusalTitle);

    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_staffNo = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_sameName = nullptr;
    QComboBox* m_gender = nullptr;
    QComboBox* m_ethnicity = nullptr;
    QLineEdit* m_birthDate = nullptr;
    QComboBox* m_originalAge = nullptr;
    QLabel* m_retirement = nullptr;
    QFormLayout* m_leftForm = nullptr;
    int m_womenDefaultAge = 55;
    QLineEdit* m_idNumber = nullptr;
    QComboBox* m_unit = nullptr;
    QLineEdit* m_department = nullptr;
    QLineEdit* m_title = nullptr;
    QComboBox* m_education = nullptr;
    QComboBox* m_political = nullptr;
    QComboBox* m_employment = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_joinDate = nullptr;
    QLabel* m_status = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_problems = nullptr;
    QPushButton* m_ok = nullptr;

    QTableWidget* m_events = nullptr;
    QComboBox* m_eventKind = nullptr;
    QLineEdit* m_eventDate = nullptr;
    QComboBox* m_eventUnit = nullptr;
    QLineEdit* m_eventNote = nullptr;
    QPushButton* m_recordEvent = nullptr;
    QPushButton* m_removeEvent = nullptr;
    QLabel* m_historyHint = nullptr;
    core::AwardHistoryModel* m_awards = nullptr;
};

} // namespace ud::ui

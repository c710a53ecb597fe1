#pragma once

#include "core/awards/AwardRepositories.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace ud::ui {

class RoundSteps;
class ShellContext;

/// A nomination of a round: an individual (a member found by name, staff number or sub-union) or a collective (its
/// name, its department, its head and its people from the roster, or counted as a whole when some are not union
/// members), the nominating sub-union, the deeds (事迹), the attachments received and whether the sub-union published
/// its recommendation. Beside them the checks of the nomination as it would be stored, each naming its rule: red
/// where the award refuses it, amber where it only warns; OK stays disabled while one refuses. OK stores it through
/// RoundSteps (one undo step); the warnings go to the status bar. A nomination of a final list is shown read-only.
class NominationDialog : public QDialog {
    Q_OBJECT
public:
    /// `nomination` with id 0 is a new one of its round.
    NominationDialog(ShellContext& shell, core::Database& db, RoundSteps& steps, const core::Nomination& nomination,
                     QWidget* parent = nullptr);

    /// The nomination as the editors describe it.
    core::Nomination nomination() const;
    /// The stored nomination's id once OK stored it (0 before).
    qint64 nominationId() const { return m_nomination.id; }
    /// The checks as last shown.
    const QList<core::AwardProblem>& checks() const { return m_checks; }
    QLabel* checksPanel() const { return m_checksText; }
    QPushButton* okButton() const { return m_ok; }
    bool isReadOnly() const { return m_readOnly; }

    QRadioButton* individualButton() const { return m_individual; }
    QRadioButton* collectiveButton() const { return m_collective; }
    QComboBox* memberCombo() const { return m_member; }
    QComboBox* unitCombo() const { return m_unit; }
    QLineEdit* teamNameEdit() const { return m_teamName; }
    QLineEdit* teamUnitEdit() const { return m_teamUnit; }
    QComboBox* headCombo() const { return m_head; }
    QComboBox* addMemberCombo() const { return m_addMember; }
    QListWidget* teamList() const { return m_people; }
    QSpinBox* teamSizeBox() const { return m_teamSize; }
    QSpinBox* teamWomenBox() const { return m_teamWomen; }
    QPlainTextEdit* deedsEdit() const { return m_deeds; }
    QCheckBox* attachmentsBox() const { return m_attachments; }
    QCheckBox* publishedBox() const { return m_published; }

    /// Chooses a member in `combo` by the start of its text (name or name and staff number); false when none matches.
    static bool choose(QComboBox* combo, const QString& text);

public slots:
    void accept() override;
    void reject() override;
    /// Adds the member chosen in the picker to the collective's people.
    bool addPerson();
    /// Takes the selected person off the collective's people.
    void removePerson();
    /// Runs the checks of the nomination as the editors describe it and shows them.
    void updateChecks();

private:
    void fillMembers(QComboBox* combo, bool withNone);
    void kindChosen();
    void memberChosen();
    void updatePeopleCount();
    qint64 chosenMember(const QComboBox* combo) const;

    ShellContext& m_shell;
    core::Database& m_db;
    RoundSteps& m_steps;
    core::Nomination m_nomination;
    core::Nomination m_unchanged; // nomination() as the editors were set
    core::AwardRound m_round;
    core::AwardType m_type;
    bool m_readOnly = false;
    QList<core::AwardProblem> m_checks;
    QHash<qint64, QPair<QString, QString>> m_persons; // id → the picker's text, gender
    QHash<qint64, std::optional<qint64>> m_unitOf;
    QList<qint64> m_order; // the members as the pickers list them

    QRadioButton* m_individual;
    QRadioButton* m_collective;
    QGroupBox* m_individualBox;
    QGroupBox* m_collectiveBox;
    QComboBox* m_member;
    QComboBox* m_unit;
    QLineEdit* m_teamName;
    QLineEdit* m_teamUnit;
    QComboBox* m_head;
    QComboBox* m_addMember;
    QPushButton* m_add;
    QPushButton* m_remove;
    QListWidget* m_people;
    QLabel* m_peopleCount;
    QSpinBox* m_teamSize;
    QSpinBox* m_teamWomen;
    QPlainTextEdit* m_deeds;
    QLabel* m_deedsCount;
    QCheckBox* m_attachments;
    QCheckBox* m_published;
    QPlainTextEdit* m_note;
    QLabel* m_checksTitle;
    QLabel* m_checksText;
    QPushButton* m_ok;
};

} // namespace ud::ui

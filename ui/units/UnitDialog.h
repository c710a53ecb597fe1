#pragma once

#include "core/units/SubUnit.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ud::core {
class Database;
}

namespace ud::ui {

/// Adds or edits one sub-union. OK checks the unit with SubUnitRepository::validate and shows the problems
/// inside the dialog, which stays open until they are fixed; nothing is stored here.
class UnitDialog : public QDialog {
    Q_OBJECT
public:
    /// `unit` with id 0 is a new unit.
    UnitDialog(core::Database& db, const core::SubUnit& unit, QWidget* parent = nullptr);

    /// The unit as the fields describe it (with the id it was opened with).
    core::SubUnit unit() const;
    void setUnit(const core::SubUnit& unit);
    /// The problems shown, one per line; empty when none.
    QString problemsText() const;

    QLineEdit* codeEdit() const { return m_code; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* shortNameEdit() const { return m_shortName; }
    QComboBox* parentCombo() const { return m_parent; }
    QSpinBox* sortOrderSpin() const { return m_sortOrder; }
    QCheckBox* activeCheck() const { return m_active; }
    QPushButton* okButton() const { return m_ok; }

public slots:
    void accept() override;

private:
    void fillParents();
    void updateOkButton();
    void showProblems(const QStringList& problems);

    core::Database& m_db;
    qint64 m_id = 0;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QLineEdit* m_shortName;
    QComboBox* m_parent;
    QSpinBox* m_sortOrder;
    QCheckBox* m_active;
    QLabel* m_problems;
    QPushButton* m_ok = nullptr;
};

} // namespace ud::ui

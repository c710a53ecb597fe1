#pragma once

#include "core/units/SubUnit.h"

#include <QDialog>

class QComboBox;
class QPushButton;

namespace ud::core {
class Database;
}

namespace ud::ui {

/// Chooses the sub-union another one is merged into: every other sub-union but those below it. Nothing is stored
/// here; the page asks once more, naming both and their members, and merges.
class MergeUnitsDialog : public QDialog {
    Q_OBJECT
public:
    MergeUnitsDialog(core::Database& db, const core::SubUnit& source, QWidget* parent = nullptr);

    /// The sub-union chosen, 0 for none.
    qint64 targetId() const;
    QComboBox* targetCombo() const { return m_target; }

private:
    QComboBox* m_target;
    QPushButton* m_ok;
};

} // namespace ud::ui

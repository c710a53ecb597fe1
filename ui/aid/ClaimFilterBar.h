#pragma once

#include "core/aid/ClaimsModel.h"

#include <QWidget>

class QComboBox;

namespace ud::ui {

/// The claims page's filters: by status, by part of the rule table and by sub-union. The page fills the choices of the
/// period and hears filterChanged().
class ClaimFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit ClaimFilterBar(QWidget* parent = nullptr);

    QComboBox* statusCombo() const { return m_status; }
    QComboBox* partCombo() const { return m_part; }
    QComboBox* unitCombo() const { return m_unit; }

    /// The parts and sub-unions of the period the model shows, keeping the choices still there.
    void fill(const core::ClaimsModel& model);
    /// The filter as chosen (the text is the page's).
    core::ClaimFilter filter() const;
    void clearFilters();
    /// Only claims of the status with key `statusKey` (any for an unknown key), the other filters cleared; emits
    /// filterChanged once.
    void showStatus(const QString& statusKey);

signals:
    void filterChanged();

private:
    QComboBox* m_status;
    QComboBox* m_part;
    QComboBox* m_unit;
    bool m_filling = false;
};

} // namespace ud::ui

#pragma once

#include "core/members/MemberQuery.h"
#include "core/units/SubUnit.h"

#include <QCoreApplication>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QTimer;

namespace ud::ui {

/// The member roster's filter bar: search (name, pinyin initials, staff number, phone or ID), sub-union, status,
/// gender, age band and birthday month, and the button of the page's "clear filters" action.
class MemberFilterBar : public QWidget {
    // The texts were the members page's, and keep its translations.
    Q_DECLARE_TR_FUNCTIONS(ud::ui::MembersPage)

public:
    explicit MemberFilterBar(QAction* clearFilters, QWidget* parent = nullptr);

    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* unitCombo() const { return m_unit; }
    QComboBox* statusCombo() const { return m_status; }
    QComboBox* genderCombo() const { return m_gender; }
    QSpinBox* minAgeSpin() const { return m_minAge; }
    QSpinBox* maxAgeSpin() const { return m_maxAge; }
    QComboBox* monthCombo() const { return m_month; }

    /// The filter the boxes describe.
    core::MemberFilter filter() const;
    /// The sub-union chosen, or nullopt for all.
    std::optional<qint64> unitId() const;

    /// `changed` runs when a box changes, and after a pause in typing in the search box; not while setUnits() or
    /// clear() fill the boxes.
    void onChanged(std::function<void()> changed);
    /// Runs a search that waits for the typing pause at once; false when none waits.
    bool applyPendingSearch();
    /// Stops a search that waits for the typing pause (the filter is being applied anyway).
    void cancelPendingSearch();

    /// The sub-unions to choose from; the one chosen stays chosen. False when it is no longer there ("all" is
    /// chosen then).
    bool setUnits(const QList<core::SubUnit>& units);
    /// Every box back to "all" and "any".
    void clear();
    /// The boxes set to `filter` (the search box emptied; a sub-union not among the choices stays "all"), without
    /// running `changed`.
    void setFilter(const core::MemberFilter& filter);

private:
    void changed();

    QLineEdit* m_search;
    QComboBox* m_unit;
    QComboBox* m_status;
    QComboBox* m_gender;
    QSpinBox* m_minAge;
    QSpinBox* m_maxAge;
    QComboBox* m_month;
    QTimer* m_searchTimer;
    std::function<void()> m_changed;
    bool m_filling = false;
};

} // namespace ud::ui

#pragma once

#include "core/congress/ProposalsModel.h"

#include <QCoreApplication>
#include <QWidget>

class QCheckBox;
class QComboBox;

namespace ud::core {
class Database;
}

namespace ud::ui {

/// The proposals page's bar: the session chooser and the filters by stage, category, delegation, lead unit and
/// overdue. The page fills the choices and hears `changed`.
class ProposalFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit ProposalFilterBar(QWidget* parent = nullptr);

    QComboBox* sessionCombo() const { return m_session; }
    QComboBox* stageCombo() const { return m_stage; }
    QComboBox* categoryCombo() const { return m_category; }
    QComboBox* delegationCombo() const { return m_delegation; }
    QComboBox* unitCombo() const { return m_unit; }
    QCheckBox* overdueBox() const { return m_overdue; }

    /// The sessions of `db` (newest first), `keep` chosen when it is still there; the other choices of its term.
    void fill(core::Database* db, qint64 keep);
    /// The choices that depend on the session (its term's delegations).
    void fillForSession(core::Database& db);
    qint64 sessionId() const;
    bool setSession(qint64 id);
    /// The filter as chosen (the text is the page's).
    core::ProposalFilter filter() const;
    void clearFilters();
    /// The filters set to `conditions` (stage: a stage key; category; overdue: true), the others cleared; emits
    /// filterChanged once.
    void setFilters(const QVariantMap& conditions);

signals:
    void sessionChanged();
    void filterChanged();

private:
    QComboBox* m_session;
    QComboBox* m_stage;
    QComboBox* m_category;
    QComboBox* m_delegation;
    QComboBox* m_unit;
    QCheckBox* m_overdue;
    bool m_filling = false;
};

} // namespace ud::ui

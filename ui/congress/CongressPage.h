#pragma once

#include "core/db/Table.h"
#include "ui/shell/Module.h"

#include <QIcon>
#include <QWidget>

class QSplitter;
class QTabWidget;
class QTableView;

namespace ud::core {
class Database;
class ProposalsModel;
} // namespace ud::core

namespace ud::ui {

class CommitteeView;
class DataTableView;
class DelegationView;
class HandlingUnitsPage;
class InspectionsPage;
class ProposalsPage;
class SessionsPage;

/// The staff congress (教代会): the proposals, the committee's desk, the sessions with their delegations and
/// representatives, and the handling units with their due and overdue replies, one tab each. The proposals' session
/// is the one the other tabs show.
class CongressPage : public QWidget {
    Q_OBJECT
public:
    enum Tab { ProposalsTab, CommitteeTab, SessionsTab, UnitsTab, InspectionsTab };

    explicit CongressPage(ShellContext& shell, QWidget* parent = nullptr);

    static QString moduleId() { return QStringLiteral("congress"); }
    static QString moduleTitle() { return tr("Staff congress"); }
    static QString moduleMenuTitle() { return tr("&Congress"); }
    static QIcon moduleIcon() { return QIcon(QStringLiteral(":/icons/congress.svg")); }

    void setDatabase(core::Database* db);
    QList<QAction*> pageActions() const;
    QWidget* searchField() const;
    void tableChanged(const core::Table& table);
    bool showsRecordsOf(const core::Table& table) const;
    bool openRecord(const core::Table& table, qint64 id);
    /// Proposals as a dashboard click asks for them (ProposalsPage::showFiltered); other records: false.
    bool showFiltered(const core::PageFilter& filter);
    QList<StartStep> startSteps() const { return {}; }

    QTabWidget* tabs() const { return m_tabs; }
    ProposalsPage* proposals() const { return m_proposals; }
    CommitteeView* committee() const { return m_committee; }
    SessionsPage* sessions() const { return m_sessions; }
    DelegationView* delegations() const { return m_delegations; }
    HandlingUnitsPage* units() const { return m_units; }
    /// The replies due from the unit selected on the units tab, in the proposals' session.
    core::ProposalsModel* dueModel() const { return m_due; }
    InspectionsPage* inspections() const { return m_inspections; }

private:
    void sessionChosen(qint64 sessionId);
    void unitChosen();

    QTabWidget* m_tabs;
    ProposalsPage* m_proposals;
    CommitteeView* m_committee;
    SessionsPage* m_sessions;
    DelegationView* m_delegations;
    HandlingUnitsPage* m_units;
    core::ProposalsModel* m_due;
    DataTableView* m_dueView;
    InspectionsPage* m_inspections;
    core::Database* m_db = nullptr;
};

} // namespace ud::ui

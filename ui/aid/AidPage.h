#pragma once

#include "core/db/Table.h"
#include "ui/shell/Module.h"

#include <QIcon>
#include <QWidget>

class QComboBox;
class QTabWidget;

namespace ud::core {
class Database;
} // namespace ud::core

namespace ud::ui {

class ClaimsPage;
class EnrollmentPage;
class EnrollmentTotalsView;
class FundPage;
class PeriodsPage;
class RuleTableView;
class SchemesPage;

/// The mutual aid (互助): a scheme and period chosen at the top, which every tab follows; the claims, the enrollment
/// with its totals by sub-union, the fund's ledger, and the schemes with their periods and rule tables, one tab each.
class AidPage : public QWidget {
    Q_OBJECT
public:
    enum Tab { ClaimsTab, EnrollmentTab, FundTab, SchemesTab };

    explicit AidPage(ShellContext& shell, QWidget* parent = nullptr);

    static QString moduleId() { return QStringLiteral("aid"); }
    static QString moduleTitle() { return tr("Mutual aid"); }
    static QString moduleMenuTitle() { return tr("Mutual &Aid"); }
    static QIcon moduleIcon() { return QIcon(QStringLiteral(":/icons/aid.svg")); }

    void setDatabase(core::Database* db);
    QList<QAction*> pageActions() const;
    QWidget* searchField() const;
    void tableChanged(const core::Table& table);
    bool showsRecordsOf(const core::Table& table) const;
    bool openRecord(const core::Table& table, qint64 id);
    /// What a dashboard click asks for. Claims (aid_claims): conditions period_id or scheme_id (its latest period),
    /// status (a status key). A scheme (aid_schemes, scheme_id): its fund's ledger. Enrollment (aid_enrollments):
    /// period_id.
    bool showFiltered(const core::PageFilter& filter);
    QList<StartStep> startSteps() const { return {}; }

    QTabWidget* tabs() const { return m_tabs; }
    QComboBox* schemeCombo() const { return m_scheme; }
    QComboBox* periodCombo() const { return m_period; }
    ClaimsPage* claims() const { return m_claims; }
    EnrollmentPage* enrollment() const { return m_enrollment; }
    EnrollmentTotalsView* totals() const { return m_totals; }
    FundPage* fund() const { return m_fund; }
    SchemesPage* schemes() const { return m_schemes; }
    PeriodsPage* periods() const { return m_periods; }
    RuleTableView* rules() const { return m_rules; }

    qint64 periodId() const;
    /// Chooses period `id` (and its scheme) at the top; false when there is no such period.
    bool setPeriod(qint64 id);

private:
    /// The schemes and their periods again, keeping the choice (else the latest period of the first scheme).
    void fillChoices();
    void fillPeriods(qint64 keep);
    void periodChosen();
    void schemeSelected();

    core::Database* m_db = nullptr;
    QComboBox* m_scheme;
    QComboBox* m_period;
    QTabWidget* m_tabs;
    ClaimsPage* m_claims;
    EnrollmentPage* m_enrollment;
    EnrollmentTotalsView* m_totals;
    FundPage* m_fund;
    SchemesPage* m_schemes;
    PeriodsPage* m_periods;
    RuleTableView* m_rules;
    bool m_filling = false;
};

} // namespace ud::ui

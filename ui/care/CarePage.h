#pragma once

#include "core/db/Table.h"
#include "ui/shell/Module.h"

#include <QIcon>
#include <QWidget>

class QSpinBox;
class QTabWidget;

namespace ud::core {
class CareMonthsModel;
class CareTotalsModel;
class Database;
} // namespace ud::core

namespace ud::ui {

class CareKindsPage;
class CareVisitsPage;
class DataTableView;
class HardshipPage;
class ReportActions;

/// The year's care visits totalled per sub-union and kind, and per month, each with its print and files.
class CareTotalsView : public QWidget {
    Q_OBJECT
public:
    explicit CareTotalsView(QWidget* parent = nullptr);
    void setDatabase(core::Database* db);
    void setYear(int year);
    void reload();
    core::CareTotalsModel* totals() const { return m_totals; }
    core::CareMonthsModel* months() const { return m_months; }
    ReportActions* totalsOutput() const { return m_totalsOutput; }
    ReportActions* monthsOutput() const { return m_monthsOutput; }

private:
    core::Database* m_db = nullptr;
    core::CareTotalsModel* m_totals;
    core::CareMonthsModel* m_months;
    DataTableView* m_totalsView;
    DataTableView* m_monthsView;
    ReportActions* m_totalsOutput;
    ReportActions* m_monthsOutput;
};

/// Hardship help and care visits (帮扶慰问): the hardship cases, the care visits, the year's care kinds and the
/// year's totals, one tab each, all of the year chosen beside the tabs.
class CarePage : public QWidget {
    Q_OBJECT
public:
    enum Tab { HardshipTab, VisitsTab, KindsTab, TotalsTab };

    explicit CarePage(ShellContext& shell, QWidget* parent = nullptr);

    static QString moduleId() { return QStringLiteral("care"); }
    static QString moduleTitle() { return tr("Hardship & care"); }
    static QString moduleMenuTitle() { return tr("C&are"); }
    static QIcon moduleIcon() { return QIcon(QStringLiteral(":/icons/care.svg")); }

    void setDatabase(core::Database* db);
    QList<QAction*> pageActions() const;
    QWidget* searchField() const;
    void tableChanged(const core::Table& table);
    bool showsRecordsOf(const core::Table& table) const;
    bool openRecord(const core::Table& table, qint64 id);
    /// Hardship cases or care visits of a year (condition year) as a dashboard click asks for them.
    bool showFiltered(const core::PageFilter& filter);
    QList<StartStep> startSteps() const { return {}; }

    QTabWidget* tabs() const { return m_tabs; }
    QSpinBox* yearBox() const { return m_year; }
    HardshipPage* hardship() const { return m_hardship; }
    CareVisitsPage* visits() const { return m_visits; }
    CareKindsPage* kinds() const { return m_kinds; }
    CareTotalsView* totals() const { return m_totals; }
    /// Shows `year` on every tab.
    void setYear(int year);

private:
    QTabWidget* m_tabs;
    QSpinBox* m_year;
    HardshipPage* m_hardship;
    CareVisitsPage* m_visits;
    CareKindsPage* m_kinds;
    CareTotalsView* m_totals;
    core::Database* m_db = nullptr;
};

} // namespace ud::ui

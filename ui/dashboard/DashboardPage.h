#pragma once

#include "core/dashboard/Dashboard.h"
#include "core/db/Table.h"
#include "ui/shell/Module.h"

#include <QDate>
#include <QIcon>
#include <QList>
#include <QWidget>

class QAction;
class QGridLayout;
class QLabel;
class QVBoxLayout;

namespace ud::ui {

class ChartView;
class PageHeader;

/// The first page after opening a database (概览): today's reminders on the left, each a link to where it is done,
/// and the charts of the year on the right, each bar or slice opening the page filtered to it. Everything it shows
/// comes from core::Dashboard's aggregate queries; it reads them again when a table changes while it is shown, or
/// when it is shown next. The year-end workbook and the year's summary are its actions.
class DashboardPage : public QWidget {
    Q_OBJECT
public:
    explicit DashboardPage(ShellContext& shell, QWidget* parent = nullptr);

    static QString moduleId() { return QStringLiteral("dashboard"); }
    static QString moduleTitle() { return tr("Overview"); }
    static QString moduleMenuTitle() { return tr("&Overview"); }
    static QIcon moduleIcon() { return QIcon(QStringLiteral(":/icons/dashboard.svg")); }

    void setDatabase(core::Database* db);
    QList<QAction*> pageActions() const { return m_actions; }
    QWidget* searchField() const { return nullptr; }
    void tableChanged(const core::Table& table);
    bool showsRecordsOf(const core::Table& table) const
    {
        Q_UNUSED(table);
        return false;
    }
    bool openRecord(const core::Table& table, qint64 id)
    {
        Q_UNUSED(table);
        Q_UNUSED(id);
        return false;
    }
    bool showFiltered(const core::PageFilter& filter)
    {
        Q_UNUSED(filter);
        return false;
    }
    QList<StartStep> startSteps() const { return {}; }

    /// The day the reminders are judged on and the year the charts show; today unless set (tests set their own).
    void setToday(const QDate& today);
    QDate today() const;
    /// Reads every figure again.
    void refresh();

    const QList<core::Reminder>& reminders() const { return m_reminders; }
    /// The reminder links as shown, in order.
    QList<QLabel*> reminderLabels() const { return m_reminderLabels; }
    QList<ChartView*> charts() const { return m_charts; }
    /// The chart with `key` (core::DashboardChart::key), or nullptr.
    ChartView* chart(const QString& key) const;
    QAction* refreshAction() const { return m_refresh; }
    QAction* yearbookAction() const { return m_yearbook; }
    QAction* summaryAction() const { return m_summary; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showReminders();
    void showCharts(const QList<core::DashboardChart>& charts);
    void open(const core::PageFilter& target);

    ShellContext& m_shell;
    core::Database* m_db = nullptr;
    QDate m_today;
    bool m_stale = true;
    PageHeader* m_header;
    QAction* m_refresh;
    QAction* m_yearbook;
    QAction* m_summary;
    QList<QAction*> m_actions;
    QVBoxLayout* m_reminderLayout;
    QLabel* m_noReminders;
    QList<QLabel*> m_reminderLabels;
    QList<core::Reminder> m_reminders;
    QGridLayout* m_chartGrid;
    QList<ChartView*> m_charts;
};

} // namespace ud::ui

#pragma once

#include "ui/shell/Module.h"

#include <QCoreApplication>
#include <QPointer>

namespace ud::ui {

class SchedulePage;

/// The year's work plan and its month-by-month schedule (工作要点 · 进度安排).
class ScheduleModule : public Module {
    Q_DECLARE_TR_FUNCTIONS(ud::ui::ScheduleModule)

public:
    QString id() const override;
    QString title() const override;
    QIcon icon() const override;
    QWidget* createPage(ShellContext& shell) override;
    QList<QAction*> actions() const override;
    void databaseOpened(core::Database& db) override;
    void databaseClosed() override;
    void dataChanged(const QString& table) override;

    SchedulePage* page() const;

private:
    QPointer<SchedulePage> m_page;
};

} // namespace ud::ui

#pragma once

#include "ui/shell/Module.h"

#include <QCoreApplication>
#include <QPointer>

namespace ud::ui {

class HistoryPage;

/// The change history viewer: every insert, update and delete, who made it and when.
class HistoryModule : public Module {
    Q_DECLARE_TR_FUNCTIONS(ud::ui::HistoryModule)

public:
    QString id() const override;
    QString title() const override;
    QIcon icon() const override;
    QWidget* createPage(ShellContext& shell) override;
    QList<QAction*> actions() const override;
    void databaseOpened(core::Database& db) override;
    void databaseClosed() override;
    void dataChanged(const QString& table) override;

    HistoryPage* page() const;

private:
    QPointer<HistoryPage> m_page;
};

} // namespace ud::ui

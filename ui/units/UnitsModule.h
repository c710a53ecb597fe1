#pragma once

#include "ui/shell/Module.h"

#include <QCoreApplication>
#include <QPointer>

namespace ud::ui {

class UnitsPage;

/// The sub-unions (二级工会) list: the first module, since nearly everything else is counted per unit.
class UnitsModule : public Module {
    Q_DECLARE_TR_FUNCTIONS(ud::ui::UnitsModule)

public:
    QString id() const override;
    QString title() const override;
    QIcon icon() const override;
    QWidget* createPage(ShellContext& shell) override;
    QList<QAction*> actions() const override;
    void databaseOpened(core::Database& db) override;
    void databaseClosed() override;
    void dataChanged(const QString& table) override;

    UnitsPage* page() const;

private:
    QPointer<UnitsPage> m_page;
};

} // namespace ud::ui

#pragma once

#include "ui/shell/Module.h"

#include <QCoreApplication>
#include <QPointer>

namespace ud::ui {

class MembersPage;

/// The member roster (会员): the list of everyone in the union, with their status history.
class MembersModule : public Module {
    Q_DECLARE_TR_FUNCTIONS(ud::ui::MembersModule)

public:
    QString id() const override;
    QString title() const override;
    QIcon icon() const override;
    QWidget* createPage(ShellContext& shell) override;
    QList<QAction*> actions() const override;
    void databaseOpened(core::Database& db) override;
    void databaseClosed() override;
    void dataChanged(const QString& table) override;

    MembersPage* page() const;

private:
    QPointer<MembersPage> m_page;
};

} // namespace ud::ui

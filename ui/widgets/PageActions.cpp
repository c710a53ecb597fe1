#include "ui/widgets/PageActions.h"

#include <QAction>
#include <QIcon>
#include <QToolButton>

namespace ud::ui {

QAction* makeAction(QObject* parent, const QString& icon, const QString& text, const QString& iconText,
                    const QString& toolTip, const QList<QKeySequence>& shortcuts)
{
    auto* action =
        new QAction(icon.isEmpty() ? QIcon() : QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)), text, parent);
    action->setIconText(iconText);
    action->setShortcuts(shortcuts);
    QString tip = toolTip;
    if (!shortcuts.isEmpty())
        tip += QStringLiteral(" (%1)").arg(shortcuts.first().toString(QKeySequence::NativeText));
    action->setToolTip(tip);
    return action;
}

QToolButton* makeButton(QAction* action, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setIconSize(QSize(18, 18));
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}

} // namespace ud::ui

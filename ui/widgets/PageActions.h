#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

class QAction;
class QObject;
class QToolButton;
class QWidget;

namespace ud::ui {

/// An action of a page: icon from ":/icons/<icon>.svg" (none when empty), menu text, the shorter text of its
/// tool button, and a tooltip that names the first shortcut.
QAction* makeAction(QObject* parent, const QString& icon, const QString& text, const QString& iconText,
                    const QString& toolTip, const QList<QKeySequence>& shortcuts = {});
/// A flat tool button with icon and text for an action, as the pages show them above their tables.
QToolButton* makeButton(QAction* action, QWidget* parent);

} // namespace ud::ui

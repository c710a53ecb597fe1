#pragma once

#include <QObject>
#include <QString>

class QAction;

namespace ud::core {
class Database;
class MembersModel;
} // namespace ud::core

namespace ud::ui {

class ShellContext;

/// The member list's "full numbers" switch: turns the model's masks off and on, and records every showing of
/// full ID and mobile numbers in the change history (core::recordFullNumbers()): when the switch goes on, and
/// again whenever other members come into view while it is on (another filter, another database).
class FullNumbersLog : public QObject {
    Q_OBJECT
public:
    FullNumbersLog(QAction* toggle, core::MembersModel* model, ShellContext& shell, QObject* parent = nullptr);

private:
    void recordShowing();

    QAction* m_toggle;
    core::MembersModel* m_model;
    ShellContext& m_shell;
    // What was last recorded, so that a refresh of the same list is not recorded again.
    core::Database* m_recordedDb = nullptr;
    QString m_recordedFilter;
};

} // namespace ud::ui

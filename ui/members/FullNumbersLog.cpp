#include "ui/members/FullNumbersLog.h"

#include "core/db/Error.h"
#include "core/members/MemberExport.h"
#include "core/members/MembersModel.h"
#include "ui/shell/Module.h"

#include <QAction>

namespace ud::ui {

FullNumbersLog::FullNumbersLog(QAction* toggle, core::MembersModel* model, ShellContext& shell, QObject* parent)
    : QObject(parent), m_toggle(toggle), m_model(model), m_shell(shell)
{
    connect(toggle, &QAction::toggled, this, [this](bool on) {
        if (!on) {
            m_recordedDb = nullptr;
            m_recordedFilter.clear();
        }
        m_model->setShowSensitive(on);
        recordShowing();
    });
    connect(model, &core::MembersModel::countsChanged, this, &FullNumbersLog::recordShowing);
}

void FullNumbersLog::recordShowing()
{
    core::Database* db = m_model->database();
    if (!m_model->showSensitive() || !db)
        return;
    core::MemberExportOptions shown;
    shown.filter = m_model->filter();
    try {
        const QString filter = core::describeMemberFilter(*db, shown);
        if (db == m_recordedDb && filter == m_recordedFilter)
            return;
        core::FullNumbersUse use;
        use.kind = core::FullNumbersUse::Kind::Shown;
        use.target = tr("Member list");
        use.filter = filter;
        use.rows = m_model->rowCount();
        use.numbers = QStringList{QStringLiteral("id_number"), QStringLiteral("phone")};
        core::recordFullNumbers(*db, use);
        m_recordedDb = db;
        m_recordedFilter = filter;
    } catch (const core::Error& e) {
        // Not recorded, not shown: the numbers are masked again.
        m_toggle->setChecked(false);
        m_shell.warn(tr("Cannot show the full numbers"), e.message());
        return;
    }
    m_shell.notifyDataChanged(core::tables::ChangeLog);
}

} // namespace ud::ui

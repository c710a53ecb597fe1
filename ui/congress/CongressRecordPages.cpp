#include "ui/congress/CongressRecordPages.h"

#include "ui/widgets/DataTableView.h"

#include <QHeaderView>
#include <QIcon>

namespace ud::ui {

using core::CongressSession;
using core::HandlingUnit;

core::Report SessionList::listReport() const
{
    return RecordRepository::listReport(
        SessionDialog::tr("Congress sessions"),
        {{"session_key", 8}, {"name", 40}, {"term", 6}, {"meeting", 6}, {"year", 6}, {"opens", 10}, {"closes", 10}});
}

core::Report HandlingUnitList::listReport() const
{
    return RecordRepository::listReport(HandlingUnitDialog::tr("Handling units"),
                                        {{"name", 30}, {"short_name", 12}, {"sort_order", 6}, {"active", 6}});
}

SessionDialog::SessionDialog(core::Database& db, const CongressSession& session, QWidget* parent)
    : RecordDialog(db, session, {}, parent)
{
    setWindowTitle(session.id == 0 ? tr("New congress session") : tr("Edit congress session"));
}

HandlingUnitDialog::HandlingUnitDialog(core::Database& db, const HandlingUnit& unit, QWidget* parent)
    : RecordDialog(db, unit, {}, parent)
{
    setWindowTitle(unit.id == 0 ? tr("New handling unit") : tr("Edit handling unit"));
}

namespace {

RecordListPage::Texts sessionTexts()
{
    RecordListPage::Texts t;
    t.add = SessionsPage::tr("&Add Session…");
    t.addTip = SessionsPage::tr("Add a congress session");
    t.edit = SessionsPage::tr("&Edit Session…");
    t.editTip = SessionsPage::tr("Edit the selected session");
    t.remove = SessionsPage::tr("&Delete Session");
    t.removeTip = SessionsPage::tr("Delete the selected session");
    t.importTip = SessionsPage::tr("Add or update sessions from an Excel workbook or a CSV file");
    t.exportTip = SessionsPage::tr("Save all sessions as a CSV file");
    t.importTitle = SessionsPage::tr("Import Sessions");
    t.exportTitle = SessionsPage::tr("Export Sessions");
    t.exportName = SessionsPage::tr("congress-sessions");
    t.exported = SessionsPage::tr("Exported %1 sessions to %2");
    t.cannotShow = SessionsPage::tr("Cannot show the sessions");
    t.cannotEdit = SessionsPage::tr("Cannot edit the session");
    t.missing = SessionsPage::tr("The session no longer exists.");
    t.search = SessionsPage::tr("Search key or name");
    t.empty = SessionsPage::tr("No congress session yet. Add the coming meeting with its proposal window.");
    t.noMatch = SessionsPage::tr("No session matches “%1”.");
    t.count = [](int n) { return SessionsPage::tr("%n session(s)", nullptr, n); };
    t.folderKey = QStringLiteral("congress");
    return t;
}

RecordFlow<SessionList>::Texts sessionFlow()
{
    return {[](const CongressSession& s) { return SessionsPage::tr("Add session %1").arg(s.key); },
            [](const CongressSession& s) { return SessionsPage::tr("Edit session %1").arg(s.key); },
            [](const CongressSession& s) { return SessionsPage::tr("Delete session %1").arg(s.key); },
            SessionsPage::tr("Cannot add the session"),
            SessionsPage::tr("Cannot save the session"),
            SessionsPage::tr("Cannot delete the session"),
            SessionsPage::tr("Delete session"),
            [](const CongressSession& s) {
                return SessionsPage::tr("Delete the session %1 (%2)?").arg(s.name, s.key) + QStringLiteral("\n\n") +
                       SessionsPage::tr("You can bring it back with Edit › Undo.");
            }};
}

RecordListPage::Texts unitTexts()
{
    RecordListPage::Texts t;
    t.add = HandlingUnitsPage::tr("&Add Unit…");
    t.addTip = HandlingUnitsPage::tr("Add a handling unit");
    t.edit = HandlingUnitsPage::tr("&Edit Unit…");
    t.editTip = HandlingUnitsPage::tr("Edit the selected handling unit");
    t.remove = HandlingUnitsPage::tr("&Delete Unit");
    t.removeTip = HandlingUnitsPage::tr("Delete the selected handling unit");
    t.importTip = HandlingUnitsPage::tr("Add or update handling units from an Excel workbook or a CSV file");
    t.exportTip = HandlingUnitsPage::tr("Save all handling units as a CSV file");
    t.importTitle = HandlingUnitsPage::tr("Import Handling Units");
    t.exportTitle = HandlingUnitsPage::tr("Export Handling Units");
    t.exportName = HandlingUnitsPage::tr("handling-units");
    t.exported = HandlingUnitsPage::tr("Exported %1 handling units to %2");
    t.cannotShow = HandlingUnitsPage::tr("Cannot show the handling units");
    t.cannotEdit = HandlingUnitsPage::tr("Cannot edit the handling unit");
    t.missing = HandlingUnitsPage::tr("The handling unit no longer exists.");
    t.search = HandlingUnitsPage::tr("Search name");
    t.empty = HandlingUnitsPage::tr("No handling units yet: 党委办公室, 人事处, 后勤管理处 …");
    t.noMatch = HandlingUnitsPage::tr("No handling unit matches “%1”.");
    t.count = [](int n) { return HandlingUnitsPage::tr("%n handling unit(s)", nullptr, n); };
    t.folderKey = QStringLiteral("congress");
    return t;
}

RecordFlow<HandlingUnitList>::Texts unitFlow()
{
    return {[](const HandlingUnit& u) { return HandlingUnitsPage::tr("Add handling unit %1").arg(u.name); },
            [](const HandlingUnit& u) { return HandlingUnitsPage::tr("Edit handling unit %1").arg(u.name); },
            [](const HandlingUnit& u) { return HandlingUnitsPage::tr("Delete handling unit %1").arg(u.name); },
            HandlingUnitsPage::tr("Cannot add the handling unit"),
            HandlingUnitsPage::tr("Cannot save the handling unit"),
            HandlingUnitsPage::tr("Cannot delete the handling unit"),
            HandlingUnitsPage::tr("Delete handling unit"),
            [](const HandlingUnit& u) {
                return HandlingUnitsPage::tr("Delete the handling unit %1?").arg(u.name) + QStringLiteral("\n\n") +
                       HandlingUnitsPage::tr("You can bring it back with Edit › Undo.");
            }};
}

} // namespace

SessionsPage::SessionsPage(ShellContext& shell, QWidget* parent)
    : RecordPage(shell, tr("Sessions"), QIcon(QStringLiteral(":/icons/congress.svg")), sessionTexts(), sessionFlow(),
                 parent)
{
    setObjectName(QStringLiteral("sessionsPage"));
    QHeaderView* columns = m_view->horizontalHeader();
    columns->resizeSection(core::SessionsModel::Key, 70);
    columns->resizeSection(core::SessionsModel::Name, 380);
    columns->resizeSection(core::SessionsModel::Term, 50);
    columns->resizeSection(core::SessionsModel::Meeting, 50);
    columns->resizeSection(core::SessionsModel::Year, 60);
}

CongressSession SessionsPage::newRecord() const
{
    CongressSession s;
    s.year = QDate::currentDate().year();
    for (const CongressSession& other : model()->records()) {
        s.term = qMax(s.term, other.term);
        if (other.term == s.term)
            s.meeting = qMax(s.meeting, other.meeting + 1);
    }
    return s;
}

HandlingUnitsPage::HandlingUnitsPage(ShellContext& shell, QWidget* parent)
    : RecordPage(shell, tr("Handling units"), QIcon(QStringLiteral(":/icons/units.svg")), unitTexts(), unitFlow(),
                 parent)
{
    setObjectName(QStringLiteral("handlingUnitsPage"));
    m_view->horizontalHeader()->resizeSection(core::HandlingUnitsModel::Name, 220);
}

HandlingUnit HandlingUnitsPage::newRecord() const
{
    HandlingUnit u;
    for (const HandlingUnit& other : model()->records())
        u.sortOrder = qMax(u.sortOrder, other.sortOrder + 1);
    return u;
}

} // namespace ud::ui

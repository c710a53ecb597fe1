#include "ui/members/ShownListPrint.h"

#include "core/db/Table.h"
#include "core/members/MemberLists.h"
#include "ui/shell/Module.h"
#include "ui/widgets/BusyCursor.h"
#include "ui/widgets/ReportActions.h"

namespace ud::ui {

bool ShownListPrint::print(QWidget* parent, ShellContext& shell, const core::MemberExportOptions& options)
{
    core::Database* db = shell.database();
    if (!db)
        return false;
    core::Report report;
    try {
        BusyCursor busy;
        report = core::MemberLists(*db).shown(options);
    } catch (const core::Error& e) {
        shell.warn(tr("Cannot print the list"), e.message());
        return false;
    }
    QString printer;
    if (!ReportActions::preview(parent, report, &printer))
        return false;
    if (options.unmasked) {
        core::FullNumbersUse use;
        use.kind = core::FullNumbersUse::Kind::Printed;
        use.target = printer;
        use.filter = core::describeMemberFilter(*db, options);
        use.list = report.title;
        use.rows = report.dataRowCount();
        for (const core::MemberColumn c : core::memberExportColumns(options))
            use.columns << core::MemberColumns::info(c).key;
        use.numbers = QStringList{QStringLiteral("id_number"), QStringLiteral("phone")};
        try {
            core::recordFullNumbers(*db, use);
        } catch (const core::Error& e) {
            shell.warn(tr("Cannot print the list"), e.message());
        }
        shell.notifyDataChanged(core::tables::Members); // the change history has a new entry
    }
    return true;
}

} // namespace ud::ui

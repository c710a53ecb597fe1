#pragma once

#include "core/members/MemberExport.h"

#include <QCoreApplication>

class QWidget;

namespace ud::ui {

class ShellContext;

/// Prints the members list as the page shows it (MemberLists::shown()) through the print preview; a print with
/// full ID and phone numbers is recorded in the change history. False when nothing was printed.
class ShownListPrint {
    Q_DECLARE_TR_FUNCTIONS(ud::ui::MembersPage)

public:
    static bool print(QWidget* parent, ShellContext& shell, const core::MemberExportOptions& options);
};

} // namespace ud::ui

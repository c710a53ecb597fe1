#include "app/BuiltInModules.h"

#include "app/CommandLine.h"
#include "app/Commands.h"
#include "ui/aid/AidModule.h"
#include "ui/awards/AwardsModule.h"
#include "ui/care/CareModule.h"
#include "ui/congress/CongressModule.h"
#include "ui/dashboard/DashboardModule.h"
#include "ui/history/HistoryModule.h"
#include "ui/members/MembersModule.h"
#include "ui/schedule/ScheduleModule.h"
#include "ui/units/UnitsModule.h"

namespace ud::app {

std::vector<std::unique_ptr<ui::Module>> builtInModules()
{
    std::vector<std::unique_ptr<ui::Module>> modules;
    modules.push_back(std::make_unique<ui::DashboardModule>());
    modules.push_back(std::make_unique<ui::UnitsModule>());
    modules.push_back(std::make_unique<ui::MembersModule>());
    modules.push_back(std::make_unique<ui::ScheduleModule>());
    modules.push_back(std::make_unique<ui::CongressModule>());
    modules.push_back(std::make_unique<ui::AidModule>());
    modules.push_back(std::make_unique<ui::CareModule>());
    modules.push_back(std::make_unique<ui::AwardsModule>());
    modules.push_back(std::make_unique<ui::HistoryModule>());
    return modules;
}

void addBuiltInCommands(CommandLine& commandLine)
{
    addDatabaseCommands(commandLine);
    addUnitCommands(commandLine);
    addMemberImportCommands(commandLine);
    addMemberExportCommands(commandLine);
    addMemberListCommands(commandLine);
    addDemoCommands(commandLine);
    addScheduleCommands(commandLine);
    addCongressCommands(commandLine);
    addCongressPrintCommands(commandLine);
    addCongressReportCommands(commandLine);
    addAidCommands(commandLine);
    addAidDocumentCommands(commandLine);
    addCareCommands(commandLine);
    addCalendarCommands(commandLine);
    addAwardCommands(commandLine);
    addAwardStepCommands(commandLine);
    addAwardPrintCommands(commandLine);
    addYearbookCommands(commandLine);
}

} // namespace ud::app

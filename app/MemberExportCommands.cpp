#include "app/CommandLine.h"
#include "app/Commands.h"

namespace ud::app {

void addMemberExportCommands(CommandLine&) {}

} // namespace ud::app

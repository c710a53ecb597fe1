#include "app/CommandLine.h"
#include "app/Commands.h"

namespace ud::app {

void addMemberImportCommands(CommandLine&) {}

} // namespace ud::app

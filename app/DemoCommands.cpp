#include "app/CommandLine.h"
#include "app/Commands.h"

namespace ud::app {

void addDemoCommands(CommandLine&) {}

} // namespace ud::app

#pragma once

namespace ud::app {

class CommandLine;

/// check, backup, restore.
void addDatabaseCommands(CommandLine& commandLine);
/// units list, units import.
void addUnitCommands(CommandLine& commandLine);

} // namespace ud::app

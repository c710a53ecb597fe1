#pragma once

#include <memory>
#include <vector>

namespace ud::ui {
class Module;
}

namespace ud::app {

class CommandLine;

/// The built-in modules, in the order the navigation shows them: the one explicit list.
std::vector<std::unique_ptr<ui::Module>> builtInModules();
/// Every feature's headless commands.
void addBuiltInCommands(CommandLine& commandLine);

} // namespace ud::app

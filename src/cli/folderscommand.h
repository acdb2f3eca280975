#pragma once

#include "cli/commandcontext.h"

#include <span>
#include <string>

namespace dealboard {

// dealboard folders list|add|rename|move|delete ...
//
// Lists and shapes the folders of a database, with the rules and refusals of the window:
// names are unique ignoring case, and a folder that holds deals is deleted only with --yes.
int runFoldersCommand(std::span<const std::string> arguments, const CommandContext &context);

std::string foldersHelp();

} // namespace dealboard

#pragma once

#include "cli/commandcontext.h"

#include <span>
#include <string>

namespace dealboard {

// dealboard stages list|add|set|rename|move|delete FOLDER ...
//
// Shapes the stage set of a folder with the rules of the window's stage editor: unique
// names, a kind (open, won, lost), a default win probability, a colour and a rotting
// limit; a stage holding deals is deleted only once its deals have somewhere to go.
int runStagesCommand(std::span<const std::string> arguments, const CommandContext &context);

std::string stagesHelp();

} // namespace dealboard

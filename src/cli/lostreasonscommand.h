#pragma once

#include "cli/commandcontext.h"

#include <span>
#include <string>

namespace dealboard {

// dealboard lost-reasons list|add|rename|move|delete FOLDER ...
//
// The reasons a sales rep picks from when a deal of the folder is lost. Renaming one renames
// it on every deal that gave it; deleting one leaves those deals their text.
int runLostReasonsCommand(std::span<const std::string> arguments, const CommandContext &context);

std::string lostReasonsHelp();

} // namespace dealboard

#pragma once

#include "cli/commandcontext.h"

#include <span>
#include <string>

namespace dealboard {

// dealboard board --folder NAME [--view NAME] [--json] [--search TEXT] [--all]
//
// Prints the board of a folder through a view, as the window would show it: as text for a
// terminal, or as JSON for scripts and tests.
int runBoardCommand(std::span<const std::string> arguments, const CommandContext &context);

std::string boardHelp();

} // namespace dealboard

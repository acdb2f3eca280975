#pragma once

#include "cli/commandcontext.h"

#include <span>
#include <string>

namespace dealboard {

// dealboard views list|show|add|set|rename|duplicate|move|delete FOLDER ...
//
// Saved views of a folder for scripts: what each groups by, hides, filters, sorts by and
// shows on its cards, with fields, stages and options named as the user sees them.
int runViewsCommand(std::span<const std::string> arguments, const CommandContext &context);

std::string viewsHelp();

} // namespace dealboard

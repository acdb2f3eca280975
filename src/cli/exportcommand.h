#pragma once

#include "cli/commandcontext.h"

#include <span>
#include <string>

namespace dealboard {

// dealboard export --folder NAME [--view NAME] --format csv|json [--output FILE]
//
// Writes the deals of a folder, or of a view of it, with every field. To stdout unless
// --output names a file; a file is written whole or not at all.
int runExportCommand(std::span<const std::string> arguments, const CommandContext &context);

std::string exportHelp();

} // namespace dealboard

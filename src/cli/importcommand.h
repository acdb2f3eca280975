#pragma once

#include "cli/commandcontext.h"

#include <span>
#include <string>

namespace dealboard {

// dealboard import FILE --folder NAME [--map FIELD=COLUMN]... [--date-format F] [--currency C]
//
// Imports all rows or none and prints a one-line summary. A database given by --database
// that does not exist yet is created, and removed again when the import fails, so a failed
// first import leaves nothing behind.
int runImportCommand(std::span<const std::string> arguments, const CommandContext &context);

std::string importHelp();

} // namespace dealboard

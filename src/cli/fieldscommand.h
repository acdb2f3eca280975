#pragma once

#include "cli/commandcontext.h"

#include <span>
#include <string>

namespace dealboard {

// dealboard fields list|add|rename|move|delete|add-option|rename-option FOLDER ...
//
// Customizes the fields of a folder with the rules of the window's field editor: unique
// names that are not those of built-in fields, a type fixed at creation, choice options,
// and a field holding values is deleted only with --yes.
int runFieldsCommand(std::span<const std::string> arguments, const CommandContext &context);

std::string fieldsHelp();

} // namespace dealboard

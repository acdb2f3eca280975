#pragma once

#include "cli/argumentparser.h"
#include "cli/commandcontext.h"
#include "core/storage/repository.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace dealboard {

// What one action of an admin command works with: its context (for output and failures),
// its options and operands, and the open database.
struct AdminRequest
{
    const CommandContext &context;
    const ParsedArguments &arguments;
    Repository &repository;

    // The operand at index, after the action's word: "stages add FOLDER NAME" has FOLDER at 0.
    const std::string &operand(std::size_t index) const { return arguments.positionals()[index]; }
};

// Whether an action may create the database it is given: only the one that starts a setup
// ("folders add") does; every other action needs something that already exists in it.
enum class DatabaseUse
{
    Existing,
    CreateWhenMissing
};

// One verb of an admin command, such as "add" in "dealboard stages add FOLDER NAME".
struct AdminAction
{
    std::string_view verb;
    std::vector<std::string> operands; // named for messages: "FOLDER", "NAME"
    std::vector<OptionSpec> options;   // besides --database, --verbose and --help
    int (*run)(const AdminRequest &request);
    DatabaseUse database = DatabaseUse::Existing;
};

// The --json option of the actions that list or show.
OptionSpec jsonOption();

// Runs "dealboard COMMAND VERB OPERANDS... [options]": finds the verb (options may come
// before it), checks the verb's options and that every operand is there, opens the
// database and runs the action. A mistake in the call is misuse (exit 2) naming the verbs
// there are; --help anywhere prints help().
int runAdminCommand(std::span<const AdminAction> actions, std::span<const std::string> arguments,
                    const CommandContext &context, std::string (*help)());

} // namespace dealboard

#include "cli/cli.h"

#include "cli/boardcommand.h"
#include "cli/commandcontext.h"
#include "cli/exportcommand.h"
#include "cli/fieldscommand.h"
#include "cli/folderscommand.h"
#include "cli/importcommand.h"
#include "cli/lostreasonscommand.h"
#include "cli/stagescommand.h"
#include "cli/viewscommand.h"

#include <array>
#include <iostream>
#include <span>

namespace dealboard {

namespace {

using CommandRunner = int (*)(std::span<const std::string>, const CommandContext &);
using HelpText = std::string (*)();

struct Subcommand
{
    std::string_view name;
    CommandRunner run;
    HelpText help;
};

constexpr std::array<Subcommand, 8> subcommands{{
    {"import", &runImportCommand, &importHelp},
    {"board", &runBoardCommand, &boardHelp},
    {"export", &runExportCommand, &exportHelp},
    {"folders", &runFoldersCommand, &foldersHelp},
    {"stages", &runStagesCommand, &stagesHelp},
    {"fields", &runFieldsCommand, &fieldsHelp},
    {"lost-reasons", &runLostReasonsCommand, &lostReasonsHelp},
    {"views", &runViewsCommand, &viewsHelp},
}};

// "import, board, export, ...": for messages about a mistyped command.
std::string commandList()
{
    std::string names;
    for (const auto &subcommand : subcommands)
        names += (names.empty() ? "" : ", ") + std::string(subcommand.name);
    return names;
}

const Subcommand *findSubcommand(std::string_view name)
{
    for (const auto &subcommand : subcommands) {
        if (subcommand.name == name)
            return &subcommand;
    }
    return nullptr;
}

std::string programHelp(const CommandLineEnvironment &environment)
{
    const std::string database = environment.defaultDatabase.empty()
                                     ? std::string("the app's data location")
                                     : environment.defaultDatabase.string();
    const std::string logLine =
        environment.logDirectory.empty()
            ? std::string()
            : "\nWarnings, and with --verbose debug messages, are also written to\n" +
                  (environment.logDirectory / "dealboard.log").string() + "\n";
    return R"(Usage: dealboard [--database FILE] [--verbose]
       dealboard COMMAND [options]

Without a command, opens the Dealboard window. With one, works without a
display.

Commands:
  import    Import deals from a CSV file into a folder
  board     Show a folder's board as text or JSON
  export    Export a folder or a view of it as CSV or JSON
  folders   List, add, rename, reorder or delete folders
  stages    List or shape a folder's stages: kind, probability, colour,
            rotting limit, order; delete one, moving its deals
  fields    List or customize a folder's fields and choice options
  lost-reasons
            List or edit the reasons a folder's deals are lost for
  views     List, show, add, change, duplicate, reorder or delete a
            folder's saved views
  help      Show this help, or a command's with "dealboard help COMMAND"

Every command takes --database FILE. list and show print JSON with --json.
A change the window would refuse (a duplicate name, deleting a stage that
holds deals without saying where they go) is refused the same way.

Options of the window:
  --database FILE   Open this database instead of the default one:
                    )" +
           database + R"(
  --verbose         Log debug messages to stderr and the log file
  -h, --help        Show this help
)" + logLine +
           R"(
Run "dealboard COMMAND --help" for the options of a command.
Exit status: 0 on success, 1 when the command failed, 2 when it was called
wrongly. A failure is reported as one line on stderr.
)";
}

int runHelp(std::span<const std::string> arguments, const CommandLineEnvironment &environment,
            std::ostream &out, std::ostream &err)
{
    if (arguments.empty()) {
        out << programHelp(environment);
        return exitstatus::success;
    }
    if (const Subcommand *subcommand = findSubcommand(arguments.front())) {
        out << subcommand->help();
        return exitstatus::success;
    }
    err << "dealboard help: unknown command \"" << arguments.front()
        << "\"; commands: " << commandList() << "\n";
    return exitstatus::usage;
}

bool asksForHelp(std::string_view argument)
{
    return argument == "--help" || argument == "-h";
}

} // namespace

bool isSubcommand(std::string_view word)
{
    return word == "help" || findSubcommand(word) != nullptr;
}

bool isCommandLineInvocation(int argc, char **argv)
{
    if (argc < 2)
        return false;
    // The window takes no plain arguments: a first word is a command, known or mistyped.
    if (!std::string_view(argv[1]).starts_with('-'))
        return true;
    for (int i = 1; i < argc; ++i) {
        if (asksForHelp(argv[i]))
            return true;
    }
    return false;
}

int runCommandLine(const std::vector<std::string> &arguments,
                   const CommandLineEnvironment &environment, std::ostream &out, std::ostream &err)
{
    const std::span<const std::string> all(arguments);
    if (all.empty() || asksForHelp(all.front()) || all.front() == "help")
        return runHelp(all.empty() ? all : all.subspan(1), environment, out, err);

    const Subcommand *subcommand = findSubcommand(all.front());
    if (!subcommand) {
        // Only "dealboard --database X --help" and the like get here: the window's options
        // with a request for help.
        for (const auto &argument : all) {
            if (asksForHelp(argument))
                return runHelp({}, environment, out, err);
        }
        err << "dealboard: unknown command \"" << all.front() << "\"; commands: " << commandList()
            << " (see dealboard --help)\n";
        return exitstatus::usage;
    }

    const CommandContext context(std::string(subcommand->name), environment, out, err);
    context.setUpLogging(false); // until the command's own --verbose is read
    return subcommand->run(all.subspan(1), context);
}

int runCommandLine(int argc, char **argv, const CommandLineEnvironment &environment)
{
    std::vector<std::string> arguments;
    for (int i = 1; i < argc; ++i)
        arguments.emplace_back(argv[i]);
    const int status = runCommandLine(arguments, environment, std::cout, std::cerr);
    std::cout.flush();
    return status;
}

} // namespace dealboard

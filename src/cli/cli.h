#pragma once

#include <filesystem>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace dealboard {

// Exit statuses of the dealboard executable.
namespace exitstatus {
inline constexpr int success = 0;
inline constexpr int failure = 1; // the command ran and failed: no such folder, bad rows...
inline constexpr int usage = 2;   // the command was called wrongly: unknown option...
} // namespace exitstatus

// Where the command line finds things when no option says otherwise. main() fills it from
// the platform's per-user data location; tests use temporary directories.
struct CommandLineEnvironment
{
    std::filesystem::path defaultDatabase; // used when --database is not given
    std::filesystem::path logDirectory;    // rotating dealboard.log here; none when empty
};

// True for the commands ("import", "board", "export", "folders", "stages", "fields",
// "views") and "help".
bool isSubcommand(std::string_view word);

// True when the arguments are for the command line rather than the window: a word that is
// not an option comes first (a subcommand, or a mistyped one to report), or help is asked
// for. Then no QApplication is made and no display is needed.
bool isCommandLineInvocation(int argc, char **argv);

// Runs a subcommand (or prints help) and returns the process's exit status. Output goes to
// out; a failure is one line on err ("dealboard board: No folder named ..."), followed for
// an import with bad rows by one line per row.
int runCommandLine(const std::vector<std::string> &arguments,
                   const CommandLineEnvironment &environment, std::ostream &out, std::ostream &err);
// The same on main()'s arguments, with std::cout and std::cerr.
int runCommandLine(int argc, char **argv, const CommandLineEnvironment &environment);

} // namespace dealboard

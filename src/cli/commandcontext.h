#pragma once

#include "cli/argumentparser.h"
#include "cli/cli.h"

#include <expected>
#include <filesystem>
#include <ostream>
#include <span>
#include <string>
#include <vector>

namespace dealboard {

// What every subcommand shares: where to write, where the default database is, and how a
// failure is reported (one line, prefixed with the command, on the error stream).
class CommandContext final
{
public:
    CommandContext(std::string command, const CommandLineEnvironment &environment,
                   std::ostream &out, std::ostream &err);

    const std::string &command() const { return m_command; }
    const CommandLineEnvironment &environment() const { return m_environment; }
    std::ostream &out() const { return m_out; }
    std::ostream &err() const { return m_err; }

    // Prints "dealboard <command>: <reason>" and returns exitstatus::failure.
    int fail(const std::string &reason) const;
    // Prints the reason with a pointer to --help and returns exitstatus::usage.
    int misuse(const std::string &reason) const;
    // Prints "dealboard <command>: warning: <text>" and goes on.
    void warn(const std::string &text) const;

    // Sets up logging once the command's options are known: debug with --verbose.
    void setUpLogging(bool verbose) const;

    // Reads the command's options and does what every command does with them: a mistake is
    // misuse, --help prints help() and --verbose sets up debug logging. Holds the exit status
    // instead of the options when the command has nothing left to do.
    [[nodiscard]] std::expected<ParsedArguments, int> parse(const ArgumentParser &parser,
                                                            std::span<const std::string> arguments,
                                                            std::string (*help)()) const;
    // The options that parse() and database() answer for every command: --database,
    // --verbose and --help. A command's parser takes these and its own.
    static std::vector<OptionSpec> commonOptions();
    // The database the command works on: --database, or the app's own.
    std::filesystem::path database(const ParsedArguments &arguments) const;

private:
    std::string m_command;
    const CommandLineEnvironment &m_environment;
    std::ostream &m_out;
    std::ostream &m_err;
};

} // namespace dealboard

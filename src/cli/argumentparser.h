#pragma once

#include "core/result.h"

#include <initializer_list>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace dealboard {

// One option a subcommand accepts: "--folder NAME" takes a value, "--json" does not.
struct OptionSpec
{
    std::string name; // with the dashes: "--folder"
    bool takesValue = false;
    bool repeatable = false; // "--map" may come several times
};

// One list of the options of several groups: a command's own and those it shares with others.
std::vector<OptionSpec> joinedOptions(std::initializer_list<std::vector<OptionSpec>> groups);

// What the command line said, checked against the options of a subcommand.
class ParsedArguments final
{
public:
    bool has(const std::string &option) const { return m_values.contains(option); }
    // The value of an option given once; empty when it was not given.
    std::optional<std::string> value(const std::string &option) const;
    // Every value of a repeatable option, in the order given.
    std::vector<std::string> values(const std::string &option) const;
    const std::vector<std::string> &positionals() const { return m_positionals; }

    void addFlag(const std::string &option);
    void addValue(const std::string &option, std::string value);
    void addPositional(std::string value) { m_positionals.push_back(std::move(value)); }

private:
    std::map<std::string, std::vector<std::string>> m_values;
    std::vector<std::string> m_positionals;
};

// Reads "--option value", "--option=value", flags and positional arguments. "-h" is
// "--help"; "--" ends the options. Errors are one line a user can act on: an unknown
// option, a missing value, an option given twice, too many arguments.
class ArgumentParser final
{
public:
    ArgumentParser(std::vector<OptionSpec> options, std::size_t maxPositionals);

    [[nodiscard]] Result<ParsedArguments> parse(std::span<const std::string> arguments) const;

private:
    const OptionSpec *find(const std::string &name) const;

    std::vector<OptionSpec> m_options;
    std::size_t m_maxPositionals = 0;
};

} // namespace dealboard

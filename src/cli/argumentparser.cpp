#include "cli/argumentparser.h"

namespace dealboard {

std::vector<OptionSpec> joinedOptions(std::initializer_list<std::vector<OptionSpec>> groups)
{
    std::vector<OptionSpec> options;
    for (const auto &group : groups)
        options.insert(options.end(), group.begin(), group.end());
    return options;
}

std::optional<std::string> ParsedArguments::value(const std::string &option) const
{
    const auto found = m_values.find(option);
    if (found == m_values.end() || found->second.empty())
        return std::nullopt;
    return found->second.front();
}

std::vector<std::string> ParsedArguments::values(const std::string &option) const
{
    const auto found = m_values.find(option);
    return found == m_values.end() ? std::vector<std::string>() : found->second;
}

void ParsedArguments::addFlag(const std::string &option)
{
    m_values[option];
}

void ParsedArguments::addValue(const std::string &option, std::string value)
{
    m_values[option].push_back(std::move(value));
}

ArgumentParser::ArgumentParser(std::vector<OptionSpec> options, std::size_t maxPositionals)
    : m_options(std::move(options))
    , m_maxPositionals(maxPositionals)
{
}

const OptionSpec *ArgumentParser::find(const std::string &name) const
{
    for (const auto &option : m_options) {
        if (option.name == name)
            return &option;
    }
    return nullptr;
}

Result<ParsedArguments> ArgumentParser::parse(std::span<const std::string> arguments) const
{
    ParsedArguments parsed;
    bool optionsEnded = false;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string &argument = arguments[i];
        if (optionsEnded || argument == "-" || !argument.starts_with('-')) {
            if (parsed.positionals().size() == m_maxPositionals)
                return failure("unexpected argument \"" + argument + "\"");
            parsed.addPositional(argument);
            continue;
        }
        if (argument == "--") {
            optionsEnded = true;
            continue;
        }

        const auto equals = argument.find('=');
        std::string name = argument == "-h" ? "--help" : argument.substr(0, equals);
        const OptionSpec *option = find(name);
        if (!option)
            return failure("unknown option " + name);
        if (parsed.has(name) && !option->repeatable)
            return failure("option " + name + " given more than once");

        if (!option->takesValue) {
            if (equals != std::string::npos)
                return failure("option " + name + " takes no value");
            parsed.addFlag(name);
            continue;
        }
        if (equals != std::string::npos) {
            parsed.addValue(name, argument.substr(equals + 1));
            continue;
        }
        // "--folder --json" is a forgotten value, not a folder named "--json".
        if (i + 1 == arguments.size() || arguments[i + 1].starts_with("--"))
            return failure("option " + name + " needs a value");
        parsed.addValue(name, arguments[++i]);
    }
    return parsed;
}

} // namespace dealboard

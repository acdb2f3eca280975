#include "cli/commandcontext.h"

#include "core/log/logging.h"

namespace dealboard {

CommandContext::CommandContext(std::string command, const CommandLineEnvironment &environment,
                               std::ostream &out, std::ostream &err)
    : m_command(std::move(command))
    , m_environment(environment)
    , m_out(out)
    , m_err(err)
{
}

int CommandContext::fail(const std::string &reason) const
{
    m_err << "dealboard " << m_command << ": " << reason << '\n';
    log(logger::cli)->warn("{}: {}", m_command, reason);
    return exitstatus::failure;
}

int CommandContext::misuse(const std::string &reason) const
{
    m_err << "dealboard " << m_command << ": " << reason << " (see dealboard " << m_command
          << " --help)\n";
    return exitstatus::usage;
}

void CommandContext::warn(const std::string &text) const
{
    m_err << "dealboard " << m_command << ": warning: " << text << '\n';
}

void CommandContext::setUpLogging(bool verbose) const
{
    LoggingOptions options;
    options.verbose = verbose;
    options.logDirectory = m_environment.logDirectory;
    options.quietStderr = true; // failures are reported by fail(), once
    initLogging(options);
}

std::expected<ParsedArguments, int> CommandContext::parse(const ArgumentParser &parser,
                                                          std::span<const std::string> arguments,
                                                          std::string (*help)()) const
{
    auto parsed = parser.parse(arguments);
    if (!parsed)
        return std::unexpected(misuse(parsed.error()));
    if (parsed->has("--help")) {
        m_out << help();
        return std::unexpected(exitstatus::success);
    }
    setUpLogging(parsed->has("--verbose"));
    return std::move(*parsed);
}

std::vector<OptionSpec> CommandContext::commonOptions()
{
    return {{"--database", true, false}, {"--verbose", false, false}, {"--help", false, false}};
}

std::filesystem::path CommandContext::database(const ParsedArguments &arguments) const
{
    return arguments.value("--database").value_or(m_environment.defaultDatabase.string());
}

} // namespace dealboard

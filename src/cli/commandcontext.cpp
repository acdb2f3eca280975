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

} // namespace dealboard

#include "core/log/logging.h"

#include <spdlog/sinks/dist_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <mutex>
#include <system_error>

namespace dealboard {

namespace {

constexpr std::size_t maxFileSize = 5 * 1024 * 1024;
constexpr std::size_t maxFiles = 3;

// Every logger writes into this one sink; initLogging swaps what is behind it, so loggers
// made before (static ones, the first log line of a test) follow the new set-up.
struct LoggingState
{
    std::mutex mutex;
    std::shared_ptr<spdlog::sinks::dist_sink_mt> sink = defaultSink();
    spdlog::level::level_enum level = spdlog::level::warn;

    static std::shared_ptr<spdlog::sinks::dist_sink_mt> defaultSink()
    {
        auto stderrSink = std::make_shared<spdlog::sinks::stderr_sink_mt>();
        stderrSink->set_pattern("[%n] %l: %v");
        return std::make_shared<spdlog::sinks::dist_sink_mt>(
            std::vector<spdlog::sink_ptr>{stderrSink});
    }
};

LoggingState &state()
{
    static LoggingState instance;
    return instance;
}

// Without a usable directory the program still runs; the log goes to stderr only.
spdlog::sink_ptr makeFileSink(const std::filesystem::path &directory, std::string &problem)
{
    std::error_code error;
    std::filesystem::create_directories(directory, error);
    if (error) {
        problem = "Cannot create the log directory " + directory.string() + ": " + error.message();
        return nullptr;
    }
    try {
        auto sink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
            (directory / "dealboard.log").string(), maxFileSize, maxFiles);
        sink->set_pattern("[%Y-%m-%d %H:%M:%S.%e] [%n] [%l] %v");
        return sink;
    } catch (const spdlog::spdlog_ex &exception) {
        problem = std::string("Cannot open the log file: ") + exception.what();
        return nullptr;
    }
}

} // namespace

void initLogging(const LoggingOptions &options)
{
    auto stderrSink = std::make_shared<spdlog::sinks::stderr_sink_mt>();
    stderrSink->set_pattern("[%n] %l: %v");
    if (options.quietStderr && !options.verbose)
        stderrSink->set_level(spdlog::level::off);
    std::vector<spdlog::sink_ptr> sinks{stderrSink};

    std::string problem;
    if (!options.logDirectory.empty()) {
        if (auto fileSink = makeFileSink(options.logDirectory, problem))
            sinks.push_back(std::move(fileSink));
    }

    auto &current = state();
    {
        const std::lock_guard lock(current.mutex);
        current.level = options.verbose ? spdlog::level::debug : spdlog::level::warn;
        current.sink->set_sinks(std::move(sinks));
        spdlog::apply_all([&current](const std::shared_ptr<spdlog::logger> &logger) {
            logger->set_level(current.level);
        });
    }
    if (!problem.empty())
        log(logger::cli)->warn("{}", problem);
}

std::shared_ptr<spdlog::logger> log(const std::string &name)
{
    auto &current = state();
    const std::lock_guard lock(current.mutex);
    if (auto existing = spdlog::get(name))
        return existing;

    auto created = std::make_shared<spdlog::logger>(name, current.sink);
    created->set_level(current.level);
    created->flush_on(spdlog::level::warn);
    spdlog::register_logger(created);
    return created;
}

} // namespace dealboard

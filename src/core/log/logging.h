#pragma once

#include <spdlog/logger.h>

#include <filesystem>
#include <memory>
#include <string>

namespace dealboard {

// One named logger per subsystem. All share the sinks set up by initLogging.
namespace logger {
inline constexpr const char *storage = "storage";
inline constexpr const char *import = "import";
inline constexpr const char *exporter = "export";
inline constexpr const char *board = "board";
inline constexpr const char *cli = "cli";
inline constexpr const char *gui = "gui";
inline constexpr const char *qt = "qt";
} // namespace logger

struct LoggingOptions
{
    bool verbose = false;               // debug level instead of warnings
    std::filesystem::path logDirectory; // rotating dealboard.log here; none when empty
    // Keeps stderr for debug output with verbose only. The command line sets it: there the
    // one-line reason it prints is the message, and warnings still reach the file.
    bool quietStderr = false;
};

// Sets up stderr and the rotating file, and the level. Safe to call again (tests, the
// command line after option parsing); loggers made before keep working.
void initLogging(const LoggingOptions &options);

// The named logger, created on first use with the current sinks and level.
std::shared_ptr<spdlog::logger> log(const std::string &name);

} // namespace dealboard

#pragma once

// The real dealboard executable, run as a user's shell would, on a database of its own.
#include "process.h"
#include "support/tempdirectory.h"

#include <catch2/catch_test_macros.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace dealboard::test {

inline const std::filesystem::path executable = DEALBOARD_EXECUTABLE;
inline const std::filesystem::path mavenDirectory = DEALBOARD_MAVEN_DIR;
inline const std::filesystem::path mavenPipeline = mavenDirectory / "sales_pipeline.csv";

// Runs dealboard with its per-user data location inside the test's directory, so no test
// writes a log or a database into the home of whoever runs it; and with no usable display,
// which proves that the subcommands never start the GUI.
class Dealboard final
{
public:
    Dealboard()
    {
        REQUIRE(std::filesystem::is_regular_file(executable));
        REQUIRE(std::filesystem::is_regular_file(mavenPipeline));
    }

    std::filesystem::path database() const { return m_directory / "maven.db"; }
    const TempDirectory &directory() const { return m_directory; }

    ProcessResult run(const std::vector<std::string> &arguments) const
    {
        return runProcess(executable, arguments, m_directory.path(),
                          {{"XDG_DATA_HOME", (m_directory / "data").string()},
                           {"XDG_CONFIG_HOME", (m_directory / "config").string()},
                           {"HOME", m_directory.path().string()},
                           {"QT_QPA_PLATFORM", "no-such-platform"},
                           {"DISPLAY", ""},
                           {"WAYLAND_DISPLAY", ""}});
    }

    ProcessResult importMaven() const
    {
        return run({"import", mavenPipeline.string(), "--database", database().string(), "--folder",
                    "Maven"});
    }

    // Runs a command on this database: {"stages", "add", "Maven", "Demo"} gets
    // "--database DB" appended.
    ProcessResult onDatabase(std::vector<std::string> arguments) const
    {
        arguments.insert(arguments.end(), {"--database", database().string()});
        return run(arguments);
    }

    ProcessResult board(std::vector<std::string> extra = {}) const
    {
        std::vector<std::string> arguments{"board", "--database", database().string(), "--folder",
                                           "Maven"};
        arguments.insert(arguments.end(), extra.begin(), extra.end());
        return run(arguments);
    }

private:
    TempDirectory m_directory;
};

} // namespace dealboard::test

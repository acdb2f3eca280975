#pragma once

// Runs the real dealboard executable as a child process, as a user's shell would.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace dealboard::test {

struct ProcessResult
{
    int exitStatus = -1; // -1 when the process did not exit normally
    std::string out;
    std::string err;

    int errLines() const;
};

// Runs program with arguments, the current environment plus environment, and waits for it.
// Output is captured through files in workDirectory, so a large board cannot fill a pipe.
ProcessResult runProcess(const std::filesystem::path &program,
                         const std::vector<std::string> &arguments,
                         const std::filesystem::path &workDirectory,
                         const std::map<std::string, std::string> &environment = {});

} // namespace dealboard::test

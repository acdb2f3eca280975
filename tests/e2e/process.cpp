#include "process.h"

#include "support/commandoutput.h"
#include "support/files.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <stdexcept>

extern char **environ;

namespace dealboard::test {

namespace {

std::vector<std::string> mergedEnvironment(const std::map<std::string, std::string> &overrides)
{
    std::vector<std::string> merged;
    for (char **entry = environ; *entry; ++entry) {
        const std::string variable = *entry;
        const auto name = variable.substr(0, variable.find('='));
        if (!overrides.contains(name))
            merged.push_back(variable);
    }
    for (const auto &[name, value] : overrides)
        merged.push_back(name + "=" + value);
    return merged;
}

std::vector<char *> pointers(std::vector<std::string> &strings)
{
    std::vector<char *> result;
    for (auto &text : strings)
        result.push_back(text.data());
    result.push_back(nullptr);
    return result;
}

} // namespace

int ProcessResult::errLines() const
{
    return int(lineCount(err));
}

ProcessResult runProcess(const std::filesystem::path &program,
                         const std::vector<std::string> &arguments,
                         const std::filesystem::path &workDirectory,
                         const std::map<std::string, std::string> &environment)
{
    static std::atomic<int> counter{0};
    const std::string stem = "process-" + std::to_string(counter++);
    const auto outFile = workDirectory / (stem + ".out");
    const auto errFile = workDirectory / (stem + ".err");

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, outFile.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errFile.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);

    std::vector<std::string> argv{program.string()};
    argv.insert(argv.end(), arguments.begin(), arguments.end());
    auto argvPointers = pointers(argv);
    auto environmentStrings = mergedEnvironment(environment);
    auto environmentPointers = pointers(environmentStrings);

    pid_t child = 0;
    const int spawned = posix_spawn(&child, program.c_str(), &actions, nullptr, argvPointers.data(),
                                    environmentPointers.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        throw std::runtime_error("cannot run " + program.string());

    int status = 0;
    while (waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }

    ProcessResult result;
    result.exitStatus = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = readFile(outFile);
    result.err = readFile(errFile);
    std::filesystem::remove(outFile);
    std::filesystem::remove(errFile);
    return result;
}

} // namespace dealboard::test

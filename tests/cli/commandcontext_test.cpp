#include "cli/commandcontext.h"

#include "clitesthelpers.h"
#include "core/log/logging.h"

#include <catch2/catch_test_macros.hpp>

#include <sstream>

using namespace dealboard;
using namespace dealboard::test;

TEST_CASE("A failure is one line for the user and a warning in the log file", "[cli][log]")
{
    TempDirectory directory;
    const CommandLineEnvironment environment{directory / "missing.db", directory / "logs"};
    std::ostringstream out;
    std::ostringstream err;
    const CommandContext context("board", environment, out, err);
    context.setUpLogging(false);

    CHECK(context.fail("No folder named \"X\"") == exitstatus::failure);
    CHECK(err.str() == "dealboard board: No folder named \"X\"\n");
    CHECK(out.str().empty());
    log(logger::storage)->debug("not written without --verbose");

    initLogging({}); // closes the file, as the end of the program would
    const std::string logged = readFile(directory / "logs" / "dealboard.log");
    CHECK(logged.find("[cli] [warning] board: No folder named \"X\"") != std::string::npos);
    CHECK(logged.find("not written") == std::string::npos);
}

TEST_CASE("With --verbose debug messages go to the log file", "[cli][log]")
{
    TempDirectory directory;
    const CommandLineEnvironment environment{directory / "missing.db", directory / "logs"};
    std::ostringstream out;
    std::ostringstream err;
    const CommandContext context("export", environment, out, err);
    context.setUpLogging(true);

    log(logger::storage)->debug("opened {}", "sales.db");
    initLogging({});
    CHECK(
        readFile(directory / "logs" / "dealboard.log").find("[storage] [debug] opened sales.db") !=
        std::string::npos);
}

TEST_CASE("Misuse points to the command's help and exits with status 2", "[cli]")
{
    std::ostringstream out;
    std::ostringstream err;
    const CommandContext context("import", {}, out, err);

    CHECK(context.misuse("missing --folder NAME") == exitstatus::usage);
    CHECK(err.str() == "dealboard import: missing --folder NAME (see dealboard import --help)\n");

    err.str({});
    context.warn("The sort field of the view no longer exists");
    CHECK(err.str() == "dealboard import: warning: The sort field of the view no longer exists\n");
}

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

namespace {

std::string usageOfTest()
{
    return "Usage: dealboard test\n";
}

const ArgumentParser
    testParser({{"--database", true, false}, {"--verbose", false, false}, {"--help", false, false}},
               0);

} // namespace

TEST_CASE("Parsing a command's options answers --help and mistakes itself", "[cli]")
{
    std::ostringstream out;
    std::ostringstream err;
    const CommandContext context("board", {}, out, err);

    const auto help = context.parse(testParser, std::vector<std::string>{"-h"}, &usageOfTest);
    REQUIRE_FALSE(help.has_value());
    CHECK(help.error() == exitstatus::success);
    CHECK(out.str() == "Usage: dealboard test\n");
    CHECK(err.str().empty());

    out.str({});
    const auto mistake =
        context.parse(testParser, std::vector<std::string>{"--colour"}, &usageOfTest);
    REQUIRE_FALSE(mistake.has_value());
    CHECK(mistake.error() == exitstatus::usage);
    CHECK(err.str().starts_with("dealboard board: "));
    CHECK(err.str().ends_with(" (see dealboard board --help)\n"));
    CHECK(out.str().empty());
}

TEST_CASE("The database is --database, or the app's own without it", "[cli]")
{
    std::ostringstream out;
    std::ostringstream err;
    const CommandLineEnvironment environment{"/home/anna/.local/share/dealboard/dealboard.db", {}};
    const CommandContext context("board", environment, out, err);

    const auto plain = context.parse(testParser, std::vector<std::string>{}, &usageOfTest);
    REQUIRE(plain.has_value());
    CHECK(context.database(*plain) == environment.defaultDatabase);

    const auto given =
        context.parse(testParser, std::vector<std::string>{"--database", "other.db"}, &usageOfTest);
    REQUIRE(given.has_value());
    CHECK(context.database(*given) == std::filesystem::path("other.db"));
    CHECK(err.str().empty());
}

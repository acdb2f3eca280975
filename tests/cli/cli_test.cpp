#include "cli/cli.h"

#include "clitesthelpers.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace dealboard;
using namespace dealboard::test;

TEST_CASE("Subcommands are told apart from the window's arguments", "[cli]")
{
    CHECK(isSubcommand("import"));
    CHECK(isSubcommand("board"));
    CHECK(isSubcommand("export"));
    CHECK(isSubcommand("folders"));
    CHECK(isSubcommand("views"));
    CHECK(isSubcommand("help"));
    CHECK_FALSE(isSubcommand("--database"));
    CHECK_FALSE(isSubcommand("Board"));

    auto invocation = [](std::vector<std::string> arguments) {
        std::vector<char *> argv;
        for (auto &argument : arguments)
            argv.push_back(argument.data());
        return isCommandLineInvocation(int(argv.size()), argv.data());
    };
    CHECK(invocation({"dealboard", "board", "--folder", "Deals"}));
    CHECK(invocation({"dealboard", "--help"}));
    CHECK(invocation({"dealboard", "--database", "x.db", "-h"}));
    CHECK(invocation({"dealboard", "frobnicate"})); // reported as an unknown command
    CHECK_FALSE(invocation({"dealboard"}));
    CHECK_FALSE(invocation({"dealboard", "--database", "x.db"}));
    CHECK_FALSE(invocation({"dealboard", "--verbose"}));
}

TEST_CASE("The program's help names every command and the exit statuses", "[cli]")
{
    const CommandLineEnvironment environment{"/home/someone/dealboard.db", {}};
    const auto arguments = GENERATE(
        std::vector<std::string>{"--help"}, std::vector<std::string>{"-h"},
        std::vector<std::string>{"help"}, std::vector<std::string>{"--database", "x.db", "--help"});

    const auto run = runCli(arguments, environment);
    CHECK(run.status == exitstatus::success);
    CHECK(run.err.empty());
    CHECK(run.out.starts_with("Usage: dealboard"));
    for (const char *word :
         {"import", "board", "export", "folders", "stages", "fields", "views", "--database",
          "--verbose", "/home/someone/dealboard.db", "Exit status"})
        CHECK(run.out.find(word) != std::string::npos);
}

TEST_CASE("Every command has its own help", "[cli]")
{
    const std::string command = GENERATE("import", "board", "export", "folders", "stages", "fields",
                                         "lost-reasons", "views");
    const std::string usage = "Usage: dealboard " + command;

    for (const auto &arguments :
         {std::vector<std::string>{command, "--help"}, std::vector<std::string>{command, "-h"},
          std::vector<std::string>{"help", command}}) {
        const auto run = runCli(arguments);
        CHECK(run.status == exitstatus::success);
        CHECK(run.out.starts_with(usage));
        CHECK(run.out.find("--database") != std::string::npos);
        CHECK(run.err.empty());
    }
}

TEST_CASE("An unknown command is one line on stderr and exit status 2", "[cli]")
{
    auto run = runCli({"boards", "--folder", "Deals"});
    CHECK(run.status == exitstatus::usage);
    CHECK(run.out.empty());
    CHECK(run.errLines() == 1);
    CHECK(run.err.starts_with("dealboard: unknown command \"boards\""));
    CHECK(run.err.find(
              "commands: import, board, export, folders, stages, fields, lost-reasons, views") !=
          std::string::npos);

    run = runCli({"help", "boards"});
    CHECK(run.status == exitstatus::usage);
    CHECK(run.errLines() == 1);
}

TEST_CASE("An unknown option of a command is one line and exit status 2", "[cli]")
{
    const std::string command = GENERATE("import", "board", "export");
    const auto run = runCli({command, "--colour", "red"});

    CHECK(run.status == exitstatus::usage);
    CHECK(run.out.empty());
    CHECK(run.err == "dealboard " + command + ": unknown option --colour (see dealboard " +
                         command + " --help)\n");
}

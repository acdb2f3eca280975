#include "cli/adminaction.h"

#include "clitesthelpers.h"

#include <catch2/catch_test_macros.hpp>

#include <array>

using namespace dealboard;
using namespace dealboard::test;

namespace {

// An action that prints its operands and options, to see what runAdminCommand handed it.
int echo(const AdminRequest &request)
{
    for (const auto &operand : request.arguments.positionals())
        request.context.out() << operand << ';';
    request.context.out() << request.arguments.value("--to").value_or("-") << '\n';
    return exitstatus::success;
}

std::string echoHelp()
{
    return "Usage: dealboard things ...\n";
}

const std::array<AdminAction, 2> echoActions{{
    {"list", {}, {jsonOption()}, &echo},
    {"move", {"FOLDER", "NAME"}, {{"--to", true, false}}, &echo},
}};

CliRun runThings(const std::vector<std::string> &arguments)
{
    std::ostringstream out;
    std::ostringstream err;
    const CommandLineEnvironment environment;
    const CommandContext context("things", environment, out, err);
    CliRun run;
    run.status = runAdminCommand(echoActions, arguments, context, &echoHelp);
    run.out = out.str();
    run.err = err.str();
    return run;
}

} // namespace

TEST_CASE("The action is the first word that is no option's value", "[cli][admin]")
{
    const SalesDatabase database;
    const std::string path = database.path().string();

    auto run = runThings({"--database", path, "move", "Sales", "Won", "--to", "2"});
    INFO(run.err);
    CHECK(run.status == exitstatus::success);
    CHECK(run.out == "Sales;Won;2\n");

    run = runThings({"--to=1", "move", "--database=" + path, "Sales", "Won"});
    CHECK(run.status == exitstatus::success);
    CHECK(run.out == "Sales;Won;1\n");

    // After "--" a name may start with a dash.
    run = runThings({"move", "--database", path, "--", "Sales", "-Won-"});
    CHECK(run.status == exitstatus::success);
    CHECK(run.out == "Sales;-Won-;-\n");
}

TEST_CASE("An action checks its own options and operands", "[cli][admin]")
{
    const SalesDatabase database;
    const std::string path = database.path().string();

    auto run = runThings({"list", "--to", "2", "--database", path});
    CHECK(run.status == exitstatus::usage);
    CHECK(run.err == "dealboard things list: unknown option --to (see dealboard things list "
                     "--help)\n");

    run = runThings({"move", "Sales", "--database", path});
    CHECK(run.status == exitstatus::usage);
    CHECK(run.err == "dealboard things move: missing NAME (see dealboard things move --help)\n");

    run = runThings({"--database", path});
    CHECK(run.status == exitstatus::usage);
    CHECK(run.err == "dealboard things: missing an action: list, move (see dealboard things "
                     "--help)\n");
    CHECK(run.out.empty());
}

TEST_CASE("Help is printed wherever --help stands", "[cli][admin]")
{
    for (const auto &arguments :
         {std::vector<std::string>{"--help"}, std::vector<std::string>{"-h", "move"},
          std::vector<std::string>{"move", "Sales", "--help"},
          std::vector<std::string>{"frobnicate", "--help"}}) {
        const auto run = runThings(arguments);
        CHECK(run.status == exitstatus::success);
        CHECK(run.out == echoHelp());
        CHECK(run.err.empty());
    }
}

TEST_CASE("Only the action that starts a setup creates a database", "[cli][admin]")
{
    TempDirectory directory;
    const auto database = directory / "new.db";
    const auto run = runThings({"list", "--database", database.string()});
    CHECK(run.status == exitstatus::failure);
    CHECK(run.err == "dealboard things list: no such database: " + database.string() + "\n");
    CHECK_FALSE(std::filesystem::exists(database));
}

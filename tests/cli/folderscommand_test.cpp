#include "cli/folderscommand.h"

#include "clitesthelpers.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace dealboard;
using namespace dealboard::test;

TEST_CASE("folders add creates the database for a new setup", "[cli][folders]")
{
    TempDirectory directory;
    const auto database = (directory / "setup.db").string();

    auto run = runCli({"folders", "add", "  Inbound ", "--database", database});
    INFO(run.err);
    REQUIRE(run.status == exitstatus::success);
    CHECK(run.out == "Added folder \"Inbound\"\n");
    CHECK(run.err.empty());

    // Options may come before the action.
    run = runCli({"folders", "--database", database, "add", "Outbound"});
    REQUIRE(run.status == exitstatus::success);

    run = runCli({"folders", "list", "--database", database, "--json"});
    REQUIRE(run.status == exitstatus::success);
    CHECK(nlohmann::json::parse(run.out) ==
          nlohmann::json::parse(R"([{"name": "Inbound", "position": 1, "deals": 0},
                                    {"name": "Outbound", "position": 2, "deals": 0}])"));
}

TEST_CASE("folders list prints one line per folder with its deals", "[cli][folders]")
{
    const SalesDatabase database;
    database.runOk({"folders", "add", "Consulting"});

    const auto run = database.run({"folders", "list"});
    CHECK(run.status == exitstatus::success);
    CHECK(run.out == "1. Sales — 3 deals\n2. Consulting — 0 deals\n");
}

TEST_CASE("folders add refuses a name that is taken, ignoring case", "[cli][folders]")
{
    const SalesDatabase database;
    const auto run = database.run({"folders", "add", "SALES"});
    CHECK(run.status == exitstatus::failure);
    CHECK(run.out.empty());
    CHECK(run.err == "dealboard folders add: A folder named \"Sales\" already exists\n");
    CHECK(namesIn(database.listed({"folders", "list"})) == std::vector<std::string>{"Sales"});
}

TEST_CASE("A refused folders add leaves no new database behind", "[cli][folders]")
{
    TempDirectory directory;
    const auto database = directory / "setup.db";
    const auto run = runCli({"folders", "add", "   ", "--database", database.string()});
    CHECK(run.status == exitstatus::failure);
    CHECK(run.err == "dealboard folders add: A folder needs a name\n");
    CHECK_FALSE(std::filesystem::exists(database));
}

TEST_CASE("folders list never creates a database", "[cli][folders]")
{
    TempDirectory directory;
    const auto database = directory / "missing.db";
    const auto run = runCli({"folders", "list", "--database", database.string()});
    CHECK(run.status == exitstatus::failure);
    CHECK(run.err == "dealboard folders list: no such database: " + database.string() + "\n");
    CHECK_FALSE(std::filesystem::exists(database));
}

TEST_CASE("folders is called wrongly: exit status 2 and one line", "[cli][folders]")
{
    const SalesDatabase database;
    struct Case
    {
        std::vector<std::string> arguments;
        std::string err;
    };
    const auto call = GENERATE(Case{{"folders", "add"},
                                    "dealboard folders add: missing NAME (see dealboard folders "
                                    "add --help)\n"},
                               Case{{"folders", "list", "Sales"},
                                    "dealboard folders list: unexpected argument "
                                    "\"Sales\" (see dealboard folders list --help)\n"},
                               Case{{"folders", "add", "X", "--json"},
                                    "dealboard folders add: unknown option --json "
                                    "(see dealboard folders add --help)\n"});

    auto arguments = call.arguments;
    arguments.insert(arguments.end(), {"--database", database.path().string()});
    const auto run = runCli(arguments);
    CHECK(run.status == exitstatus::usage);
    CHECK(run.out.empty());
    CHECK(run.err == call.err);
}

TEST_CASE("folders names its actions when none or an unknown one is given", "[cli][folders]")
{
    const SalesDatabase database;
    auto run = database.run({"folders"});
    CHECK(run.status == exitstatus::usage);
    CHECK(run.errLines() == 1);
    CHECK(run.err.starts_with("dealboard folders: missing an action: list, add"));
    CHECK(run.err.ends_with(" (see dealboard folders --help)\n"));

    run = database.run({"folders", "remove", "Sales"});
    CHECK(run.status == exitstatus::usage);
    CHECK(run.errLines() == 1);
    CHECK(run.err.starts_with("dealboard folders: unknown action \"remove\"; actions: list, add"));
}

TEST_CASE("folders --help shows every action", "[cli][folders]")
{
    const auto arguments = GENERATE(std::vector<std::string>{"folders", "--help"},
                                    std::vector<std::string>{"folders", "delete", "-h"},
                                    std::vector<std::string>{"help", "folders"});
    const auto run = runCli(arguments);
    CHECK(run.status == exitstatus::success);
    CHECK(run.err.empty());
    CHECK(run.out == foldersHelp());
    for (const char *word : {"list", "add", "rename", "move", "delete", "--yes", "--json"})
        CHECK(run.out.find(word) != std::string::npos);
}

TEST_CASE("folders rename and move change the sidebar", "[cli][folders]")
{
    const SalesDatabase database;
    database.runOk({"folders", "add", "Consulting"});

    auto run = database.run({"folders", "rename", "consulting", "Advisory"});
    CHECK(run.status == exitstatus::success);
    CHECK(run.out == "Renamed folder \"Consulting\" to \"Advisory\"\n");
    run = database.run({"folders", "move", "Advisory", "--to", "1"});
    CHECK(run.status == exitstatus::success);
    CHECK(namesIn(database.listed({"folders", "list"})) ==
          std::vector<std::string>{"Advisory", "Sales"});

    run = database.run({"folders", "move", "Advisory", "--to", "last"});
    CHECK(run.status == exitstatus::success);
    CHECK(namesIn(database.listed({"folders", "list"})) ==
          std::vector<std::string>{"Sales", "Advisory"});
}

TEST_CASE("folders rename refuses a name another folder has", "[cli][folders]")
{
    const SalesDatabase database;
    database.runOk({"folders", "add", "Consulting"});
    const auto run = database.run({"folders", "rename", "Consulting", "sales"});
    CHECK(run.status == exitstatus::failure);
    CHECK(run.errLines() == 1);
    CHECK(run.err.starts_with("dealboard folders rename: "));
    CHECK(namesIn(database.listed({"folders", "list"})) ==
          std::vector<std::string>{"Sales", "Consulting"});
}

TEST_CASE("folders move needs a position", "[cli][folders]")
{
    const SalesDatabase database;
    for (const char *position : {"0", "second", "-1"}) {
        const auto run = database.run({"folders", "move", "Sales", "--to", position});
        CHECK(run.status == exitstatus::usage);
        CHECK(run.errLines() == 1);
    }
    const auto run = database.run({"folders", "move", "Sales"});
    CHECK(run.status == exitstatus::usage);
}

TEST_CASE("folders delete refuses a folder with deals without --yes", "[cli][folders]")
{
    const SalesDatabase database;
    auto run = database.run({"folders", "delete", "Sales"});
    CHECK(run.status == exitstatus::failure);
    CHECK(run.out.empty());
    CHECK(run.err == "dealboard folders delete: Folder \"Sales\" holds 3 deals; add --yes to "
                     "delete it with them\n");
    CHECK(database.listed({"folders", "list"})[0]["deals"] == 3);

    run = database.run({"folders", "delete", "Sales", "--yes"});
    CHECK(run.status == exitstatus::success);
    CHECK(run.out == "Deleted folder \"Sales\" with 3 deals\n");
    CHECK(database.listed({"folders", "list"}).empty());
}

TEST_CASE("folders delete takes an empty folder without --yes", "[cli][folders]")
{
    const SalesDatabase database;
    database.runOk({"folders", "add", "Consulting"});
    const auto run = database.run({"folders", "delete", "Consulting"});
    CHECK(run.status == exitstatus::success);
    CHECK(run.out == "Deleted folder \"Consulting\" with 0 deals\n");

    const auto missing = database.run({"folders", "delete", "Consulting"});
    CHECK(missing.status == exitstatus::failure);
    CHECK(missing.err == "dealboard folders delete: No folder named \"Consulting\"; folders: "
                         "Sales\n");
}

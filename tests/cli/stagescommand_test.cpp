#include "cli/stagescommand.h"

#include "clitesthelpers.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace dealboard;
using namespace dealboard::test;

namespace {

nlohmann::json stagesOf(const SalesDatabase &database)
{
    return database.listed({"stages", "list", "Sales"});
}

} // namespace

TEST_CASE("stages list shows each stage with its deals", "[cli][stages]")
{
    const SalesDatabase database;
    auto run = database.run({"stages", "list", "sales"});
    INFO(run.err);
    REQUIRE(run.status == exitstatus::success);
    CHECK(run.out == "1. New — open, 50%, #1e88e5 — 1 deal\n"
                     "2. Won — won, 100%, #43a047 — 2 deals\n");

    const auto stages = stagesOf(database);
    REQUIRE(stages.size() == 2);
    CHECK(stages[1] == nlohmann::json::parse(R"({"name": "Won", "position": 2, "kind": "won",
        "probability": 100, "color": "#43a047", "rotting_days": null, "deals": 2})"));
}

TEST_CASE("stages add appends a stage with the options given", "[cli][stages]")
{
    const SalesDatabase database;
    auto run = database.run({"stages", "add", "Sales", "Demo", "--kind", "open", "--probability",
                             "40%", "--color", "#112233"});
    INFO(run.err);
    REQUIRE(run.status == exitstatus::success);
    CHECK(run.out == "Added stage \"Demo\" to folder \"Sales\"\n");

    const auto stages = stagesOf(database);
    REQUIRE(stages.size() == 3);
    CHECK(stages[2]["name"] == "Demo");
    CHECK(stages[2]["kind"] == "open");
    CHECK(stages[2]["probability"] == 40);
    CHECK(stages[2]["color"] == "#112233");
    CHECK(stages[2]["deals"] == 0);
}

TEST_CASE("stages add reads won and lost from the name unless --kind says", "[cli][stages]")
{
    const SalesDatabase database;
    database.runOk({"stages", "add", "Sales", "Closed lost"});
    database.runOk({"stages", "add", "Sales", "Signed", "--kind", "WON"});
    database.runOk({"stages", "add", "Sales", "Lost", "--kind", "open", "--probability", "5"});

    const auto stages = stagesOf(database);
    REQUIRE(stages.size() == 5);
    CHECK(stages[2]["kind"] == "lost");
    CHECK(stages[2]["probability"] == 0);
    CHECK(stages[3]["kind"] == "won");
    CHECK(stages[3]["probability"] == 100);
    CHECK(stages[4]["kind"] == "open");
    CHECK(stages[4]["probability"] == 5);
}

TEST_CASE("stages add refuses a duplicate stage name", "[cli][stages]")
{
    const SalesDatabase database;
    const auto run = database.run({"stages", "add", "Sales", " won "});
    CHECK(run.status == exitstatus::failure);
    CHECK(run.out.empty());
    CHECK(run.err ==
          "dealboard stages add: A stage named \"Won\" already exists in folder \"Sales\"\n");
    CHECK(stagesOf(database).size() == 2);
}

TEST_CASE("stages add passes on the stage editor's refusals", "[cli][stages]")
{
    const SalesDatabase database;
    auto run = database.run({"stages", "add", "Sales", "Demo", "--color", "teal"});
    CHECK(run.status == exitstatus::failure);
    CHECK(run.err == "dealboard stages add: \"teal\" is not a colour: use the form #rrggbb\n");

    run = database.run({"stages", "add", "Sales", "Demo", "--probability", "120"});
    CHECK(run.status == exitstatus::failure);
    CHECK(run.err == "dealboard stages add: The probability of stage \"Demo\" must be between 0 "
                     "and 100 percent\n");

    run = database.run({"stages", "add", "Consulting", "Demo"});
    CHECK(run.status == exitstatus::failure);
    CHECK(run.err == "dealboard stages add: No folder named \"Consulting\"; folders: Sales\n");
    CHECK(stagesOf(database).size() == 2);
}

TEST_CASE("stages add with a malformed option is a usage error", "[cli][stages]")
{
    const SalesDatabase database;
    const auto option = GENERATE(std::vector<std::string>{"--kind", "maybe"},
                                 std::vector<std::string>{"--probability", "lots"},
                                 std::vector<std::string>{"--rotting-days", "soon"},
                                 std::vector<std::string>{"--name", "Other"});
    std::vector<std::string> arguments{"stages", "add", "Sales", "Demo"};
    arguments.insert(arguments.end(), option.begin(), option.end());

    const auto run = database.run(arguments);
    CHECK(run.status == exitstatus::usage);
    CHECK(run.errLines() == 1);
    CHECK(run.err.starts_with("dealboard stages add: "));
    CHECK(stagesOf(database).size() == 2);
}

TEST_CASE("stages move reorders the stage set", "[cli][stages]")
{
    const SalesDatabase database;
    database.runOk({"stages", "add", "Sales", "Demo"});

    auto run = database.run({"stages", "move", "Sales", "demo", "--to", "first"});
    CHECK(run.status == exitstatus::success);
    CHECK(run.out == "Moved stage \"Demo\"\n");
    CHECK(namesIn(stagesOf(database)) == std::vector<std::string>{"Demo", "New", "Won"});

    run = database.run({"stages", "move", "Sales", "Demo", "--to", "2"});
    CHECK(run.status == exitstatus::success);
    CHECK(namesIn(stagesOf(database)) == std::vector<std::string>{"New", "Demo", "Won"});

    run = database.run({"stages", "move", "Sales", "Demo", "--to", "99"});
    CHECK(run.status == exitstatus::success);
    CHECK(namesIn(stagesOf(database)) == std::vector<std::string>{"New", "Won", "Demo"});

    run = database.run({"stages", "move", "Sales", "Proposal", "--to", "1"});
    CHECK(run.status == exitstatus::failure);
    CHECK(run.err == "dealboard stages move: No stage named \"Proposal\" in folder \"Sales\"; "
                     "stages: New, Won, Demo\n");

    run = database.run({"stages", "move", "Sales", "Demo", "--to", "0"});
    CHECK(run.status == exitstatus::usage);
}

TEST_CASE("stages add and set a rotting limit", "[cli][stages]")
{
    const SalesDatabase database;
    database.runOk({"stages", "add", "Sales", "Demo", "--rotting-days", "14"});
    auto stages = stagesOf(database);
    CHECK(stages[2]["rotting_days"] == 14);
    CHECK(database.run({"stages", "list", "Sales"})
              .out.find("3. Demo — open, 0%, #607d8b, rots after 14 days — 0 deals\n") !=
          std::string::npos);

    database.runOk({"stages", "set", "Sales", "Demo", "--rotting-days", "none"});
    CHECK(stagesOf(database)[2]["rotting_days"] == nullptr);

    const auto run = database.run({"stages", "set", "Sales", "Demo", "--rotting-days", "0"});
    CHECK(run.status == exitstatus::failure);
    CHECK(run.errLines() == 1);
    CHECK(stagesOf(database)[2]["rotting_days"] == nullptr);
}

TEST_CASE("stages set changes only what its options say", "[cli][stages]")
{
    const SalesDatabase database;
    auto run = database.run({"stages", "set", "Sales", "New", "--name", "Qualification",
                             "--probability", "20", "--color", "#abcdef"});
    INFO(run.err);
    REQUIRE(run.status == exitstatus::success);
    CHECK(run.out == "Changed stage \"New\" of folder \"Sales\"\n");

    const auto stages = stagesOf(database);
    CHECK(stages[0] == nlohmann::json::parse(R"({"name": "Qualification", "position": 1,
        "kind": "open", "probability": 20, "color": "#abcdef", "rotting_days": null,
        "deals": 1})"));

    run = database.run({"stages", "set", "Sales", "Won"});
    CHECK(run.status == exitstatus::usage);
    CHECK(run.errLines() == 1);
}

TEST_CASE("stages rename and set refuse a duplicate stage name", "[cli][stages]")
{
    const SalesDatabase database;
    auto run = database.run({"stages", "rename", "Sales", "New", "WON"});
    CHECK(run.status == exitstatus::failure);
    CHECK(run.errLines() == 1);
    CHECK(run.err.find("\"Won\" already exists") != std::string::npos);

    run = database.run({"stages", "set", "Sales", "New", "--name", "won"});
    CHECK(run.status == exitstatus::failure);
    CHECK(namesIn(stagesOf(database)) == std::vector<std::string>{"New", "Won"});

    run = database.run({"stages", "rename", "Sales", "New", "Lead"});
    CHECK(run.status == exitstatus::success);
    CHECK(namesIn(stagesOf(database)) == std::vector<std::string>{"Lead", "Won"});
}

TEST_CASE("stages delete refuses a stage with deals until they have a place to go", "[cli][stages]")
{
    const SalesDatabase database;
    // A view that hides the stage: its deals still count.
    database.runOk({"views", "add", "Sales", "Closed", "--hide", "New"});

    auto run = database.run({"stages", "delete", "Sales", "New"});
    CHECK(run.status == exitstatus::failure);
    CHECK(run.out.empty());
    CHECK(run.err == "dealboard stages delete: Stage \"New\" holds 1 deal; say where they go "
                     "with --move-deals-to STAGE\n");
    CHECK(namesIn(stagesOf(database)) == std::vector<std::string>{"New", "Won"});

    run = database.run({"stages", "delete", "Sales", "New", "--move-deals-to", "New"});
    CHECK(run.status == exitstatus::failure);
    CHECK(run.errLines() == 1);

    run = database.run({"stages", "delete", "Sales", "New", "--move-deals-to", "Demo"});
    CHECK(run.status == exitstatus::failure);
    CHECK(run.err.starts_with("dealboard stages delete: No stage named \"Demo\""));

    run = database.run({"stages", "delete", "Sales", "New", "--move-deals-to", "won"});
    INFO(run.err);
    REQUIRE(run.status == exitstatus::success);
    CHECK(run.out == "Deleted stage \"New\"; moved 1 deal to \"Won\"\n");
    const auto stages = stagesOf(database);
    REQUIRE(stages.size() == 1);
    CHECK(stages[0]["deals"] == 3);
}

TEST_CASE("stages delete takes an empty stage and never the last one", "[cli][stages]")
{
    const SalesDatabase database;
    database.runOk({"stages", "add", "Sales", "Demo"});
    auto run = database.run({"stages", "delete", "Sales", "Demo"});
    CHECK(run.status == exitstatus::success);
    CHECK(run.out == "Deleted stage \"Demo\"\n");
    CHECK(namesIn(stagesOf(database)) == std::vector<std::string>{"New", "Won"});

    database.runOk({"folders", "add", "Consulting"});
    database.runOk({"stages", "add", "Consulting", "Only"});
    run = database.run({"stages", "delete", "Consulting", "Only"});
    CHECK(run.status == exitstatus::failure);
    CHECK(run.errLines() == 1);
    CHECK(namesIn(database.listed({"stages", "list", "Consulting"})) ==
          std::vector<std::string>{"Only"});
}

TEST_CASE("A view filtering on a stage keeps working when the stage is renamed or deleted",
          "[cli][stages]")
{
    const SalesDatabase database;
    database.runOk({"stages", "add", "Sales", "Demo"});
    database.runOk({"views", "add", "Sales", "Early", "--filter", "stage is New"});

    database.runOk({"stages", "rename", "Sales", "New", "Lead"});
    auto view =
        nlohmann::json::parse(database.runOk({"views", "show", "Sales", "Early", "--json"}).out);
    CHECK(view["definition"]["filters"][0]["value"] == "Lead");
    CHECK(view["warnings"].empty());

    database.runOk({"stages", "delete", "Sales", "Lead", "--move-deals-to", "Demo"});
    view = nlohmann::json::parse(database.runOk({"views", "show", "Sales", "Early", "--json"}).out);
    CHECK(view["definition"]["filters"][0]["value"] == "Demo");
    const auto board = nlohmann::json::parse(
        database.runOk({"board", "--folder", "Sales", "--view", "Early", "--json"}).out);
    CHECK(columnNamed(board, "Demo")["count"] == 1);
}

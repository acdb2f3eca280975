#include "cli/viewscommand.h"

#include "clitesthelpers.h"
#include "support/domainbuilders.h"
#include "support/snapshotlookups.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace dealboard;
using namespace dealboard::test;

namespace {

// The ids the tests expect views to store: of folder Sales, its field Region and a stage.
struct SalesIds
{
    FieldId region = 0;
    StageId won = 0;
};

SalesIds salesIds(const SalesDatabase &database)
{
    auto repository = database.open();
    const auto snapshot = snapshotOf(*repository, "Sales");
    SalesIds ids;
    ids.region = fieldNamed(snapshot, "Region").id;
    ids.won = stageNamed(snapshot, "Won").id;
    return ids;
}

nlohmann::json shown(const SalesDatabase &database, const std::string &view)
{
    return nlohmann::json::parse(database.runOk({"views", "show", "Sales", view, "--json"}).out);
}

nlohmann::json boardOf(const SalesDatabase &database, const std::string &view)
{
    return nlohmann::json::parse(
        database.runOk({"board", "--folder", "Sales", "--view", view, "--json"}).out);
}

} // namespace

TEST_CASE("views add stores fields, stages and options by reference", "[cli][views]")
{
    const SalesDatabase database;
    const auto ids = salesIds(database);
    auto run = database.run({"views", "add", "Sales", "North pipeline", "--hide", "won", "--filter",
                             "region is North", "--filter", "value greater than 100", "--sort",
                             "Value:desc", "--card-field", "owner", "--card-field", "Region"});
    INFO(run.err);
    REQUIRE(run.status == exitstatus::success);
    CHECK(run.out == "Added view \"North pipeline\" to folder \"Sales\"\n");

    const auto view = shown(database, "north pipeline");
    CHECK(view["folder"] == "Sales");
    CHECK(view["name"] == "North pipeline");
    CHECK(view["warnings"].empty());
    const std::string region = "field:" + std::to_string(ids.region);
    CHECK(view["definition"] ==
          nlohmann::json{
              {"format", 1},
              {"group_by", "stage"},
              {"hidden_columns", {"stage:" + std::to_string(ids.won)}},
              {"filters",
               {{{"field", region}, {"op", "is"}, {"value", "North"}, {"value2", ""}},
                {{"field", "value"}, {"op", "greater"}, {"value", "100"}, {"value2", ""}}}},
              {"sort", {{"field", "value"}, {"descending", true}}},
              {"card_fields", {"owner", region}}});

    // The board shows it: only New, and only the northern deal over 100 USD.
    const auto board = boardOf(database, "North pipeline");
    REQUIRE(board["columns"].size() == 1);
    CHECK(board["columns"][0]["name"] == "New");
    CHECK(board["columns"][0]["count"] == 1);
}

TEST_CASE("views show prints a view in words", "[cli][views]")
{
    const SalesDatabase database;
    database.runOk({"views", "add", "Sales", "By region", "--group-by", "Region", "--hide",
                    "No value", "--filter", "close date between 2024-01-01 and 2024-12-31",
                    "--filter", "owner not empty", "--card-field", "company"});

    const auto run = database.run({"views", "show", "Sales", "By region"});
    REQUIRE(run.status == exitstatus::success);
    CHECK(run.out == "View \"By region\" of folder \"Sales\"\n"
                     "Group by:     Region\n"
                     "Hidden:       No value\n"
                     "Filters:      close date between 2024-01-01 and 2024-12-31\n"
                     "              owner not empty\n"
                     "Sort:         manual order\n"
                     "Card fields:  company\n");

    const auto board = boardOf(database, "By region");
    CHECK(columnNamed(board, "North")["count"] == 2);
    CHECK(columnNamed(board, "South")["count"] == 1);
    CHECK(findColumnNamed(board, "No value") == nullptr);
}

TEST_CASE("views list shows each view in one line", "[cli][views]")
{
    const SalesDatabase database; // the import made "All deals"
    database.runOk({"views", "add", "Sales", "Open", "--hide", "Won", "--filter", "value > 10",
                    "--sort", "close date"});
    database.runOk({"views", "add", "Sales", "By owner", "--group-by", "owner"});

    const auto run = database.run({"views", "list", "Sales"});
    REQUIRE(run.status == exitstatus::success);
    CHECK(run.out == "1. All deals — by stage\n"
                     "2. Open — by stage; hides Won; 1 filter; sorted by close date\n"
                     "3. By owner — by owner\n");

    const auto views = database.listed({"views", "list", "Sales"});
    CHECK(namesIn(views) == std::vector<std::string>{"All deals", "Open", "By owner"});
    CHECK(views[2]["position"] == 3);
    CHECK(views[2]["definition"]["group_by"] == "owner");
}

TEST_CASE("views add refuses a duplicate view name", "[cli][views]")
{
    const SalesDatabase database;
    database.runOk({"views", "add", "Sales", "Open"});
    const auto run = database.run({"views", "add", "Sales", "OPEN", "--group-by", "owner"});
    CHECK(run.status == exitstatus::failure);
    CHECK(run.err ==
          "dealboard views add: A view named \"Open\" already exists in folder \"Sales\"\n");
}

TEST_CASE("views add refuses names of nothing in the folder", "[cli][views]")
{
    const SalesDatabase database;
    struct Case
    {
        std::vector<std::string> options;
        std::string err;
    };
    const auto call = GENERATE(
        Case{{"--filter", "Territory is North"},
             "No field named \"Territory\" in folder \"Sales\"; fields: Region; built-in: title, "
             "company, contact, owner, value, close date, stage, created, updated"},
        Case{{"--hide", "Lost"}, "No stage named \"Lost\" in folder \"Sales\"; stages: New, Won"},
        Case{{"--group-by", "value"},
             "Cards cannot be grouped by \"value\": group them by the stage or by a text, "
             "choice, person or date field"},
        Case{{"--sort", "Priority:desc"},
             "No field named \"Priority\" in folder \"Sales\"; fields: Region; built-in: title, "
             "company, contact, owner, value, close date, stage, created, updated"},
        Case{{"--card-field", "Phone"},
             "No field named \"Phone\" in folder \"Sales\"; fields: Region; built-in: title, "
             "company, contact, owner, value, close date, stage, created, updated"});

    std::vector<std::string> arguments{"views", "add", "Sales", "Broken"};
    arguments.insert(arguments.end(), call.options.begin(), call.options.end());
    const auto run = database.run(arguments);
    CHECK(run.status == exitstatus::failure);
    CHECK(run.err == "dealboard views add: " + call.err + "\n");
    CHECK(namesIn(database.listed({"views", "list", "Sales"})) ==
          std::vector<std::string>{"All deals"});
}

TEST_CASE("views add and set refuse a filter the board could not apply", "[cli][views]")
{
    const SalesDatabase database;
    const auto run =
        database.run({"views", "add", "Sales", "Big", "--filter", "value greater abc"});
    CHECK(run.status == exitstatus::failure);
    CHECK(run.err.starts_with("dealboard views add: "));
    CHECK(run.err.find("abc") != std::string::npos);
    CHECK(namesIn(database.listed({"views", "list", "Sales"})) ==
          std::vector<std::string>{"All deals"});

    database.runOk({"views", "add", "Sales", "Big", "--filter", "value greater 5000"});
    const auto set =
        database.run({"views", "set", "Sales", "Big", "--filter", "close date less soon"});
    CHECK(set.status == exitstatus::failure);
    CHECK(shown(database, "Big")["definition"]["filters"][0]["value"] == "5000");
}

TEST_CASE("views add with a malformed filter is a usage error", "[cli][views]")
{
    const SalesDatabase database;
    const std::string filter =
        GENERATE("Region North", "value between 5", "owner empty Bob", "value greater");
    const auto run = database.run({"views", "add", "Sales", "Broken", "--filter", filter});
    CHECK(run.status == exitstatus::usage);
    CHECK(run.errLines() == 1);
    CHECK(run.err.starts_with("dealboard views add: --filter "));
    CHECK(namesIn(database.listed({"views", "list", "Sales"})) ==
          std::vector<std::string>{"All deals"});
}

TEST_CASE("views set replaces the parts its options name", "[cli][views]")
{
    const SalesDatabase database;
    database.runOk({"views", "add", "Sales", "Pipeline", "--hide", "Won", "--filter",
                    "owner is Alice", "--card-field", "owner"});

    auto run = database.run(
        {"views", "set", "Sales", "Pipeline", "--filter", "owner is Bob", "--sort", "title"});
    INFO(run.err);
    REQUIRE(run.status == exitstatus::success);
    CHECK(run.out == "Changed view \"Pipeline\" of folder \"Sales\"\n");
    auto view = shown(database, "Pipeline")["definition"];
    CHECK(view["filters"].size() == 1);
    CHECK(view["filters"][0]["value"] == "Bob");
    CHECK(view["hidden_columns"].size() == 1);
    CHECK(view["sort"]["field"] == "title");
    CHECK(view["card_fields"] == nlohmann::json{"owner"});

    // A new grouping forgets the columns the old one hid.
    database.runOk({"views", "set", "Sales", "Pipeline", "--group-by", "Region", "--clear-filters",
                    "--clear-card-fields", "--sort", "manual", "--name", "Regions"});
    view = shown(database, "Regions")["definition"];
    CHECK(view["group_by"].get<std::string>().starts_with("field:"));
    CHECK(view["hidden_columns"].empty());
    CHECK(view["filters"].empty());
    CHECK(view["card_fields"].empty());
    CHECK(view["sort"]["field"] == "");

    // Columns of a choice or text grouping are named by their values, spelled as the deals
    // spell them.
    database.runOk({"views", "set", "Sales", "Regions", "--hide", "south"});
    CHECK(shown(database, "Regions")["definition"]["hidden_columns"] == nlohmann::json{"South"});
    database.runOk({"views", "set", "Sales", "Regions", "--group-by", "owner", "--hide", "BOB",
                    "--hide", "Dave"});
    CHECK(shown(database, "Regions")["definition"]["hidden_columns"] ==
          nlohmann::json{"Bob", "Dave"});
    CHECK(findColumnNamed(boardOf(database, "Regions"), "Bob") == nullptr);

    run = database.run({"views", "set", "Sales", "Regions"});
    CHECK(run.status == exitstatus::usage);
    CHECK(run.errLines() == 1);
}

TEST_CASE("views rename refuses a name another view has", "[cli][views]")
{
    const SalesDatabase database;
    database.runOk({"views", "add", "Sales", "Open"});
    database.runOk({"views", "add", "Sales", "Closed"});

    auto run = database.run({"views", "rename", "Sales", "Closed", "open"});
    CHECK(run.status == exitstatus::failure);
    CHECK(run.err ==
          "dealboard views rename: A view named \"Open\" already exists in folder \"Sales\"\n");

    run = database.run({"views", "rename", "Sales", "Closed", "Done"});
    CHECK(run.status == exitstatus::success);
    CHECK(namesIn(database.listed({"views", "list", "Sales"})) ==
          std::vector<std::string>{"All deals", "Open", "Done"});

    run = database.run({"views", "rename", "Sales", "Closed", "Again"});
    CHECK(run.status == exitstatus::failure);
    CHECK(run.err == "dealboard views rename: No view named \"Closed\" in folder \"Sales\"; "
                     "views: All deals, Open, Done\n");
}

TEST_CASE("A view naming a field the folder no longer has is shown with a warning", "[cli][views]")
{
    const SalesDatabase database;
    {
        // As a view keeps it after its field was deleted: by the id of no field.
        auto repository = database.open();
        SavedView view = newView(folderNamed(*repository, "Sales").id, "Stale");
        view.filters.push_back(ViewFilter{"field:999", FilterOperator::Is, "North", ""});
        view.cardFields.push_back("field:999");
        REQUIRE(repository->createView(view));
    }

    // Every part naming the field is left out and said so; the rest of the view works.
    const auto view = shown(database, "Stale");
    REQUIRE_FALSE(view["warnings"].empty());
    for (const auto &warning : view["warnings"])
        CHECK(warning.get<std::string>().find("deleted field") != std::string::npos);
    const auto text = database.runOk({"views", "show", "Sales", "Stale"}).out;
    CHECK(text.find("Filters:      a deleted field is North\n") != std::string::npos);
    CHECK(text.find("Card fields:  a deleted field\n") != std::string::npos);
    CHECK(text.find("Warning: " + view["warnings"][0].get<std::string>() + "\n") !=
          std::string::npos);

    // The board still shows every deal and says what it left out, on stderr too.
    auto run = database.run({"board", "--folder", "Sales", "--view", "Stale", "--json"});
    REQUIRE(run.status == exitstatus::success);
    const auto board = nlohmann::json::parse(run.out);
    CHECK(columnNamed(board, "Won")["count"] == 2);
    CHECK(columnNamed(board, "New")["count"] == 1);
    CHECK(board["warnings"] == view["warnings"]);
    CHECK(run.errLines() == int(view["warnings"].size()));
    CHECK(run.err.starts_with(
        "dealboard board: warning: " + view["warnings"][0].get<std::string>() + "\n"));

    run = database.run({"board", "--folder", "Sales", "--view", "Stale"});
    REQUIRE(run.status == exitstatus::success);
    CHECK(run.err.empty());
    CHECK(run.out.find("Warning: " + view["warnings"][0].get<std::string>()) != std::string::npos);
}

TEST_CASE("views duplicate, move and delete", "[cli][views]")
{
    const SalesDatabase database; // the import made "All deals"
    database.runOk(
        {"views", "add", "Sales", "Open", "--hide", "Won", "--filter", "owner is Alice"});
    database.runOk({"views", "add", "Sales", "By owner", "--group-by", "owner"});

    auto run = database.run({"views", "duplicate", "Sales", "open", "Open (Bob)"});
    INFO(run.err);
    REQUIRE(run.status == exitstatus::success);
    CHECK(run.out == "Duplicated view \"Open\" as \"Open (Bob)\"\n");
    CHECK(namesIn(database.listed({"views", "list", "Sales"})) ==
          std::vector<std::string>{"All deals", "Open", "Open (Bob)", "By owner"});
    CHECK(shown(database, "Open (Bob)")["definition"] == shown(database, "Open")["definition"]);

    run = database.run({"views", "duplicate", "Sales", "Open", "by OWNER"});
    CHECK(run.status == exitstatus::failure);
    CHECK(run.errLines() == 1);

    database.runOk({"views", "move", "Sales", "By owner", "--to", "first"});
    CHECK(namesIn(database.listed({"views", "list", "Sales"})) ==
          std::vector<std::string>{"By owner", "All deals", "Open", "Open (Bob)"});

    run = database.run({"views", "delete", "Sales", "Open"});
    CHECK(run.status == exitstatus::success);
    CHECK(run.out == "Deleted view \"Open\"\n");
    CHECK(namesIn(database.listed({"views", "list", "Sales"})) ==
          std::vector<std::string>{"By owner", "All deals", "Open (Bob)"});
    // The deals stay.
    CHECK(database.listed({"folders", "list"})[0]["deals"] == 3);
}

TEST_CASE("A view naming a deleted field still shows, without that part", "[cli][views]")
{
    const SalesDatabase database;
    database.runOk({"views", "add", "Sales", "North", "--group-by", "Region", "--filter",
                    "Region is North", "--card-field", "Region", "--sort", "Region"});
    database.runOk({"fields", "delete", "Sales", "Region", "--yes"});

    const auto view = shown(database, "North");
    REQUIRE_FALSE(view["warnings"].empty());
    for (const auto &warning : view["warnings"])
        CHECK(warning.get<std::string>().find("field") != std::string::npos);

    auto run = database.run({"board", "--folder", "Sales", "--view", "North", "--json"});
    INFO(run.err);
    REQUIRE(run.status == exitstatus::success);
    CHECK(run.errLines() == int(view["warnings"].size()));
    const auto board = nlohmann::json::parse(run.out);
    // Grouped by stage again, with every deal: the filter on the field went with it.
    CHECK(columnNamed(board, "New")["count"] == 1);
    CHECK(columnNamed(board, "Won")["count"] == 2);
}

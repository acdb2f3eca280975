#include "cli/fieldscommand.h"

#include "clitesthelpers.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace dealboard;
using namespace dealboard::test;

namespace {

nlohmann::json fieldsOf(const SalesDatabase &database)
{
    return database.listed({"fields", "list", "Sales"});
}

} // namespace

TEST_CASE("fields list shows each field with its type and values", "[cli][fields]")
{
    const SalesDatabase database;
    database.runOk({"fields", "add", "Sales", "Plan", "--type", "choice", "--option", "Basic",
                    "--option", "Pro"});

    const auto run = database.run({"fields", "list", "Sales"});
    REQUIRE(run.status == exitstatus::success);
    CHECK(run.out.ends_with("2. Plan — choice: Basic, Pro — 0 values\n"));

    const auto fields = fieldsOf(database);
    REQUIRE(fields.size() == 2);
    CHECK(fields[0]["name"] == "Region");
    CHECK(fields[0]["values"] == 3);
    CHECK(fields[1] == nlohmann::json::parse(R"({"name": "Plan", "position": 2,
        "type": "choice", "options": ["Basic", "Pro"], "values": 0})"));
}

TEST_CASE("fields add takes every field type", "[cli][fields]")
{
    const SalesDatabase database;
    const std::string type = GENERATE("text", "number", "money", "date", "choice", "person");
    const auto run = database.run({"fields", "add", "Sales", "Extra", "--type", type});
    INFO(run.err);
    REQUIRE(run.status == exitstatus::success);
    CHECK(run.out == "Added " + type + " field \"Extra\" to folder \"Sales\"\n");
    CHECK(fieldsOf(database)[1]["type"] == type);
}

TEST_CASE("fields add is text unless --type says", "[cli][fields]")
{
    const SalesDatabase database;
    database.runOk({"fields", "add", "Sales", "Notes"});
    CHECK(fieldsOf(database)[1]["type"] == "text");
}

TEST_CASE("fields add refuses a name that is taken or built in", "[cli][fields]")
{
    const SalesDatabase database;
    auto run = database.run({"fields", "add", "Sales", "region"});
    CHECK(run.status == exitstatus::failure);
    CHECK(run.err ==
          "dealboard fields add: A field named \"Region\" already exists in folder \"Sales\"\n");

    run = database.run({"fields", "add", "Sales", "Owner", "--type", "person"});
    CHECK(run.status == exitstatus::failure);
    CHECK(run.err == "dealboard fields add: \"Owner\" is already a built-in field of every deal\n");

    run = database.run({"fields", "add", "Sales", "Plan", "--type", "choice", "--option", "Pro",
                        "--option", "Pro"});
    CHECK(run.status == exitstatus::failure);
    CHECK(run.errLines() == 1);
    CHECK(fieldsOf(database).size() == 1);
}

TEST_CASE("fields add with a malformed option is a usage error", "[cli][fields]")
{
    const SalesDatabase database;
    auto run = database.run({"fields", "add", "Sales", "Plan", "--type", "list"});
    CHECK(run.status == exitstatus::usage);
    CHECK(run.err == "dealboard fields add: --type must be text, number, money, date, choice or "
                     "person, not \"list\" (see dealboard fields add --help)\n");

    run = database.run({"fields", "add", "Sales", "Plan", "--option", "Pro"});
    CHECK(run.status == exitstatus::usage);
    CHECK(run.errLines() == 1);
    CHECK(fieldsOf(database).size() == 1);
}

TEST_CASE("fields rename keeps the values of the field", "[cli][fields]")
{
    const SalesDatabase database;
    auto run = database.run({"fields", "rename", "Sales", "region", "Territory"});
    CHECK(run.status == exitstatus::success);
    CHECK(run.out == "Renamed field \"Region\" to \"Territory\"\n");
    const auto fields = fieldsOf(database);
    CHECK(fields[0]["name"] == "Territory");
    CHECK(fields[0]["values"] == 3);

    database.runOk({"fields", "add", "Sales", "Notes"});
    run = database.run({"fields", "rename", "Sales", "Notes", "TERRITORY"});
    CHECK(run.status == exitstatus::failure);
    CHECK(run.errLines() == 1);
    CHECK(namesIn(fieldsOf(database)) == std::vector<std::string>{"Territory", "Notes"});
}

TEST_CASE("fields add-option appends an option to a choice field only", "[cli][fields]")
{
    const SalesDatabase database;
    database.runOk({"fields", "add", "Sales", "Plan", "--type", "choice", "--option", "Basic"});

    auto run = database.run({"fields", "add-option", "Sales", "Plan", "Enterprise"});
    CHECK(run.status == exitstatus::success);
    CHECK(run.out == "Added option \"Enterprise\" to field \"Plan\"\n");
    CHECK(fieldsOf(database)[1]["options"] == nlohmann::json{"Basic", "Enterprise"});

    run = database.run({"fields", "add-option", "Sales", "Plan", "Basic"});
    CHECK(run.status == exitstatus::failure);
    CHECK(run.errLines() == 1);

    database.runOk({"fields", "add", "Sales", "Notes"});
    run = database.run({"fields", "add-option", "Sales", "Notes", "Short"});
    CHECK(run.status == exitstatus::failure);
    CHECK(run.err == "dealboard fields add-option: Field \"Notes\" is not a choice field; only "
                     "choice fields have options\n");

    run = database.run({"fields", "add-option", "Sales", "Tier", "Gold"});
    CHECK(run.status == exitstatus::failure);
    CHECK(run.err.starts_with("dealboard fields add-option: No field named \"Tier\" in folder "
                              "\"Sales\"; fields: Region, Plan, Notes"));
}

TEST_CASE("fields move reorders the fields", "[cli][fields]")
{
    const SalesDatabase database;
    database.runOk({"fields", "add", "Sales", "Notes"});
    const auto run = database.run({"fields", "move", "Sales", "Notes", "--to", "first"});
    CHECK(run.status == exitstatus::success);
    CHECK(namesIn(fieldsOf(database)) == std::vector<std::string>{"Notes", "Region"});
}

TEST_CASE("fields delete refuses a field holding values without --yes", "[cli][fields]")
{
    const SalesDatabase database;
    auto run = database.run({"fields", "delete", "Sales", "Region"});
    CHECK(run.status == exitstatus::failure);
    CHECK(run.out.empty());
    CHECK(run.err == "dealboard fields delete: Field \"Region\" holds values on 3 deals; add "
                     "--yes to delete them with it\n");
    CHECK(fieldsOf(database).size() == 1);

    run = database.run({"fields", "delete", "Sales", "Region", "--yes"});
    CHECK(run.status == exitstatus::success);
    CHECK(run.out == "Deleted field \"Region\" and its 3 values\n");
    CHECK(fieldsOf(database).empty());

    database.runOk({"fields", "add", "Sales", "Notes"});
    run = database.run({"fields", "delete", "Sales", "Notes"});
    CHECK(run.status == exitstatus::success);
    CHECK(run.out == "Deleted field \"Notes\" and its 0 values\n");
}

TEST_CASE("fields rename-option renames the option on every deal", "[cli][fields]")
{
    const SalesDatabase database;
    database.runOk({"fields", "add", "Sales", "Plan", "--type", "choice", "--option", "Basic",
                    "--option", "Pro"});
    {
        auto repository = database.open();
        const auto folder = required(repository->folderByName("Sales"));
        const auto fields = required(repository->fields(folder->id));
        const auto snapshot = required(repository->snapshot(folder->id));
        Deal deal = snapshot.deals.front();
        deal.fields[fields[1].id] = "Pro";
        REQUIRE(repository->updateDeal(deal));
    }

    auto run = database.run({"fields", "rename-option", "Sales", "Plan", "Pro", "Professional"});
    INFO(run.err);
    REQUIRE(run.status == exitstatus::success);
    CHECK(run.out == "Renamed option \"Pro\" of field \"Plan\" to \"Professional\"\n");
    CHECK(fieldsOf(database)[1]["options"] == nlohmann::json{"Basic", "Professional"});
    const auto board = nlohmann::json::parse(
        database.runOk({"board", "--folder", "Sales", "--json", "--search", "Server"}).out);
    CHECK(columnNamed(board, "New")["deals"][0]["fields"]["Plan"] == "Professional");

    run = database.run({"fields", "rename-option", "Sales", "Plan", "Gold", "Platinum"});
    CHECK(run.status == exitstatus::failure);
    CHECK(run.errLines() == 1);
    run = database.run({"fields", "rename-option", "Sales", "Plan", "Basic", "Professional"});
    CHECK(run.status == exitstatus::failure);
    CHECK(run.errLines() == 1);
}

#include "cli/lostreasonscommand.h"

#include "clitesthelpers.h"

#include <catch2/catch_test_macros.hpp>

using namespace dealboard;
using namespace dealboard::test;

namespace {

nlohmann::json reasonsOf(const SalesDatabase &database)
{
    return database.listed({"lost-reasons", "list", "Sales"});
}

} // namespace

TEST_CASE("lost-reasons add, list, rename, move and delete a folder's reasons",
          "[cli][lost-reasons]")
{
    const SalesDatabase database;
    CHECK(reasonsOf(database).empty());

    auto run = database.run({"lost-reasons", "add", "Sales", "Price"});
    CHECK(run.status == exitstatus::success);
    CHECK(run.out == "Added lost reason \"Price\" to folder \"Sales\"\n");
    database.runOk({"lost-reasons", "add", "Sales", "No budget"});
    database.runOk({"lost-reasons", "add", "Sales", "Competitor"});

    run = database.run({"lost-reasons", "list", "Sales"});
    CHECK(run.out == "1. Price — 0 deals\n2. No budget — 0 deals\n3. Competitor — 0 deals\n");

    database.runOk({"lost-reasons", "rename", "Sales", "competitor", "Went with a competitor"});
    database.runOk({"lost-reasons", "move", "Sales", "Went with a competitor", "--to", "1"});
    database.runOk({"lost-reasons", "delete", "Sales", "No budget"});
    CHECK(reasonsOf(database) == nlohmann::json::parse(R"([
        {"name": "Went with a competitor", "position": 1, "deals": 0},
        {"name": "Price", "position": 2, "deals": 0}])"));
}

TEST_CASE("lost-reasons add refuses a duplicate reason", "[cli][lost-reasons]")
{
    const SalesDatabase database;
    database.runOk({"lost-reasons", "add", "Sales", "Price"});
    auto run = database.run({"lost-reasons", "add", "Sales", " PRICE "});
    CHECK(run.status == exitstatus::failure);
    CHECK(run.out.empty());
    CHECK(run.errLines() == 1);
    CHECK(run.err.starts_with("dealboard lost-reasons add: "));

    run = database.run({"lost-reasons", "rename", "Sales", "Timing", "Later"});
    CHECK(run.status == exitstatus::failure);
    CHECK(run.err == "dealboard lost-reasons rename: No lost reason named \"Timing\" in folder "
                     "\"Sales\"; lost reasons: Price\n");
    CHECK(namesIn(reasonsOf(database)) == std::vector<std::string>{"Price"});
}

TEST_CASE("lost-reasons rename renames the reason on the deals that gave it", "[cli][lost-reasons]")
{
    const SalesDatabase database;
    database.runOk({"stages", "add", "Sales", "Lost"});
    database.runOk({"lost-reasons", "add", "Sales", "Price"});
    {
        auto repository = database.open();
        const auto folder = required(repository->folderByName("Sales"));
        const auto snapshot = required(repository->snapshot(folder->id));
        const Deal &deal = snapshot.deals.front();
        REQUIRE(repository->moveDeal(deal.id, snapshot.stages.back().id, std::nullopt, std::nullopt,
                                     StageEntry{"Price", std::nullopt}));
    }
    CHECK(reasonsOf(database)[0]["deals"] == 1);

    database.runOk({"lost-reasons", "rename", "Sales", "Price", "Too expensive"});
    CHECK(reasonsOf(database)[0] ==
          nlohmann::json::parse(R"({"name": "Too expensive", "position": 1, "deals": 1})"));

    // Deleting the reason leaves the deal its words.
    database.runOk({"lost-reasons", "delete", "Sales", "Too expensive"});
    auto repository = database.open();
    const auto folder = required(repository->folderByName("Sales"));
    const auto snapshot = required(repository->snapshot(folder->id));
    CHECK(std::ranges::count(snapshot.deals, std::string("Too expensive"), &Deal::lostReason) == 1);
}

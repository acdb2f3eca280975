#include "core/io/importstages.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <string>
#include <vector>

using namespace dealboard;

using Names = std::vector<std::string>;

TEST_CASE("New stages are ordered open first, then won, then lost", "[import][stages]")
{
    const auto [seen, expected] = GENERATE(table<Names, Names>({
        {{"Won", "Engaging", "Lost", "Prospecting"}, {"Prospecting", "Engaging", "Won", "Lost"}},
        {{"Closed Lost", "Negotiation", "Closed Won", "Lead"},
         {"Lead", "Negotiation", "Closed Won", "Closed Lost"}},
        {{"Proposal", "Custom B", "Qualification", "Custom A"},
         {"Qualification", "Proposal", "Custom B", "Custom A"}},
        {{"Lost", "Won"}, {"Won", "Lost"}},
        {{}, {}},
    }));

    CHECK(orderNewStages(seen) == expected);
}

TEST_CASE("Imported stages get kind, colour and a rising probability", "[import][stages]")
{
    const Stage first = makeImportedStage("Prospecting", 0, 2);
    const Stage second = makeImportedStage("Engaging", 1, 2);
    CHECK(first.isOpen());
    CHECK(first.probability == 33);
    CHECK(second.probability == 66);
    CHECK(first.color != second.color);

    const Stage won = makeImportedStage("Closed Won", 0, 2);
    CHECK(won.isWon());
    CHECK(won.probability == 100);
    const Stage lost = makeImportedStage("Lost", 0, 2);
    CHECK(lost.isLost());
    CHECK(lost.probability == 0);
}

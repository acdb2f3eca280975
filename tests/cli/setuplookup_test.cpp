#include "cli/setuplookup.h"

#include "support/repositoryfixtures.h"

#include <catch2/catch_test_macros.hpp>

#include <limits>

using namespace dealboard;

TEST_CASE("Setup names are found ignoring case and space, or the names there are are given",
          "[cli][admin]")
{
    auto repository = test::memoryRepository();
    const auto pipeline = test::makePipeline(*repository, "Sales");
    const auto stages = test::required(repository->stages(pipeline.folder.id));

    const auto folder = folderNamed(*repository, " sales ");
    REQUIRE(folder.has_value());
    CHECK(folder->id == pipeline.folder.id);
    CHECK(folderNamed(*repository, "Consulting").error() ==
          "No folder named \"Consulting\"; folders: Sales");

    const auto won = stageNamed(stages, *folder, "WON");
    REQUIRE(won.has_value());
    CHECK(won->id == pipeline.won.id);
    CHECK(stageNamed(stages, *folder, "Demo").error() ==
          "No stage named \"Demo\" in folder \"Sales\"; stages: New, Won, Lost");
    CHECK(fieldNamed({}, *folder, "Region").error() ==
          "No field named \"Region\" in folder \"Sales\"; fields: none");
    CHECK(viewNamed(*repository, *folder, "Open").error() ==
          "No view named \"Open\" in folder \"Sales\"; views: none");
}

TEST_CASE("Positions count from 1 for the user and from 0 for the repository", "[cli][admin]")
{
    CHECK(listIndex("1") == 0);
    CHECK(listIndex("12") == 11);
    CHECK(listIndex("first") == 0);
    CHECK(listIndex("last") == std::numeric_limits<int>::max());
    CHECK_FALSE(listIndex("0").has_value());
    CHECK_FALSE(listIndex("-2").has_value());
    CHECK_FALSE(listIndex("2nd").has_value());
    CHECK_FALSE(listIndex("").has_value());

    CHECK(wholeNumber("40") == 40);
    CHECK(wholeNumber("-3") == -3);
    CHECK_FALSE(wholeNumber("4.5").has_value());
    CHECK_FALSE(wholeNumber("99999999999").has_value());

    CHECK(countOf(1, "deal", "deals") == "1 deal");
    CHECK(countOf(8800, "deal", "deals") == "8,800 deals");
}

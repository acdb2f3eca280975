// A view naming a field, stage or option the folder no longer has still builds: the broken
// part is left out and the board says which.
#include "core/board/board.h"

#include "boardfixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace dealboard;
using namespace dealboard::test;

namespace {

std::vector<std::string> columnNames(const Board &board)
{
    std::vector<std::string> names;
    for (const auto &column : board.columns)
        names.push_back(column.name);
    return names;
}

} // namespace

TEST_CASE("A view naming only what the folder has is left as it is", "[board][cleanedview]")
{
    auto view = makeView("Everything that resolves");
    view.groupBy = customFieldRef(productField);
    view.hiddenColumns = {"Zeta", "Legacy", ""}; // Legacy: no option, but deal 3 holds it
    view.filters = {{customFieldRef(productField), FilterOperator::IsNot, "mg", ""},
                    {"stage", FilterOperator::Is, " won ", ""},
                    {"stage", FilterOperator::Between, "New", "Negotiation"},
                    {"owner", FilterOperator::Is, "Nobody", ""}, // owners are free text
                    {customFieldRef(productField), FilterOperator::Contains, "Gone", ""}};
    view.sort = {customFieldRef(scoreField), true};
    view.cardFields = {"owner", customFieldRef(budgetField)};

    const CleanedView cleaned = withoutBrokenParts(makeSnapshot(), view);
    CHECK_FALSE(cleaned.isChanged());
    CHECK(cleaned.warnings.empty());
    CHECK(cleaned.view == view);
}

TEST_CASE("Each broken part of a view is left out with a sentence saying which",
          "[board][cleanedview]")
{
    auto view = makeView("Broken");
    view.hiddenColumns = {stageColumnKey(won), stageColumnKey(77), "Zeta"};
    view.filters = {{"field:999", FilterOperator::Is, "x", ""},
                    {"colour", FilterOperator::Is, "red", ""},
                    {"stage", FilterOperator::Is, "Demo", ""},
                    {"stage", FilterOperator::Between, "New", "Closing"},
                    {customFieldRef(productField), FilterOperator::Is, "Gold", ""},
                    {"owner", FilterOperator::Is, "alice", ""}};
    view.sort = {"field:998", false};
    view.cardFields = {"owner", "field:997", "mood"};

    const CleanedView cleaned = withoutBrokenParts(makeSnapshot(), view);
    CHECK(cleaned.isChanged());
    CHECK(cleaned.warnings ==
          std::vector<std::string>{
              "A hidden column of a deleted stage was left out.",
              "The hidden column \"Zeta\" is not a stage and was left out.",
              "The filter on a deleted field was left out.",
              "The filter on the unknown field \"colour\" was left out.",
              "The filter on the stage \"Demo\", which no longer exists, was left out.",
              "The filter on the stage \"Closing\", which no longer exists, was left out.",
              "The filter on \"Product\" names the option \"Gold\", which no longer exists; it "
              "was left out.",
              "The sort on a deleted field was left out; cards are in their manual order.",
              "A deleted field was left out of the cards.",
              "The unknown field \"mood\" was left out of the cards."});

    CHECK(cleaned.view.hiddenColumns == std::vector<std::string>{stageColumnKey(won)});
    CHECK(cleaned.view.filters ==
          std::vector<ViewFilter>{{"owner", FilterOperator::Is, "alice", ""}});
    CHECK(cleaned.view.sort == ViewSort{});
    CHECK(cleaned.view.cardFields == std::vector<std::string>{"owner"});
    CHECK(cleaned.view.name == "Broken");
    CHECK(cleaned.view.id == view.id);
}

TEST_CASE("A view grouped by a deleted field is grouped by stage, without its old hidden values",
          "[board][cleanedview]")
{
    auto view = makeView();
    view.groupBy = "field:999";
    view.hiddenColumns = {"Gold", "", stageColumnKey(lost)};

    const CleanedView cleaned = withoutBrokenParts(makeSnapshot(), view);
    CHECK(cleaned.view.groupBy == "stage");
    CHECK(cleaned.view.hiddenColumns == std::vector<std::string>{stageColumnKey(lost)});
    CHECK(cleaned.warnings ==
          std::vector<std::string>{"The view was grouped by a field that no longer exists; "
                                   "cards are grouped by stage."});

    view.groupBy = "value";
    CHECK(withoutBrokenParts(makeSnapshot(), view).warnings ==
          std::vector<std::string>{
              "Cards cannot be grouped by \"value\"; they are grouped by stage."});
}

TEST_CASE("A hidden column naming a deleted option is left out; one a deal holds is kept",
          "[board][cleanedview]")
{
    auto view = makeView();
    view.groupBy = customFieldRef(productField);
    view.hiddenColumns = {"GTX", "Legacy", "Gold", ""};

    const CleanedView cleaned = withoutBrokenParts(makeSnapshot(), view);
    CHECK(cleaned.view.hiddenColumns == std::vector<std::string>{"GTX", "Legacy", ""});
    CHECK(cleaned.warnings ==
          std::vector<std::string>{"The hidden column \"Gold\" names an option of \"Product\" "
                                   "that no longer exists; it was left out."});

    // Grouped by owner, a hidden owner with no deals today is kept: owners come and go.
    view.groupBy = "owner";
    view.hiddenColumns = {"Zed", ""};
    CHECK_FALSE(withoutBrokenParts(makeSnapshot(), view).isChanged());
}

TEST_CASE("A board from a broken view shows what still applies and says what it left out",
          "[board][cleanedview]")
{
    auto view = makeView("Open pipeline");
    view.hiddenColumns = {stageColumnKey(won), stageColumnKey(lost)};
    view.filters = {{"field:999", FilterOperator::Is, "x", ""},
                    {"stage", FilterOperator::IsNot, "Demo", ""},
                    {"value", FilterOperator::Greater, "100", ""}};
    view.sort = {"field:999", true};
    const Board board = buildBoard(makeSnapshot(), view);

    CHECK(columnNames(board) == std::vector<std::string>{"New", "Presentation", "Negotiation"});
    CHECK(allDealIds(board) == std::vector<DealId>{1, 2, 4}); // the value filter still holds
    CHECK(board.warnings ==
          std::vector<std::string>{
              "The filter on a deleted field was left out.",
              "The filter on the stage \"Demo\", which no longer exists, was left out.",
              "The sort on a deleted field was left out; cards are in their manual order."});
    const std::string text = boardToText(board);
    CHECK(text.find("Warning: The filter on a deleted field was left out.\n") != std::string::npos);
    CHECK(boardToJson(board, makeSnapshot())["warnings"].size() == 3);
}

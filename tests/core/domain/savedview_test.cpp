#include "core/domain/savedview.h"

#include <catch2/catch_test_macros.hpp>

using namespace dealboard;

TEST_CASE("A view definition round-trips through JSON", "[savedview]")
{
    SavedView view;
    view.groupBy = customFieldRef(7);
    view.hiddenColumns = {stageColumnKey(4), ""};
    view.filters = {{"value", FilterOperator::Between, "100", "500"},
                    {"owner", FilterOperator::NotEmpty, "", ""}};
    view.sort = {"close_date", true};
    view.cardFields = {"owner", "field:7"};

    SavedView copy;
    REQUIRE(copy.setDefinitionFromJson(view.definitionToJson()));

    CHECK(copy == view);
    CHECK(view.definitionToJson().at("format") == SavedView::formatVersion);
}

TEST_CASE("A view from a newer Dealboard is refused and the view kept", "[savedview]")
{
    SavedView view;
    view.groupBy = "owner";
    auto definition = view.definitionToJson();
    definition["format"] = SavedView::formatVersion + 1;

    SavedView target;
    const Status result = target.setDefinitionFromJson(definition);

    REQUIRE_FALSE(result);
    CHECK(result.error().find("newer version") != std::string::npos);
    CHECK(target.groupBy == "stage");
}

TEST_CASE("Malformed view definitions get readable messages", "[savedview]")
{
    SavedView view;
    CHECK_FALSE(view.setDefinitionFromJson(nlohmann::json::array()));
    CHECK_FALSE(view.setDefinitionFromJson({{"group_by", "stage"}}));
    CHECK_FALSE(view.setDefinitionFromJson({{"format", 1}, {"hidden_columns", 3}}));
    const auto badOperator = view.setDefinitionFromJson(
        {{"format", 1}, {"filters", {{{"field", "owner"}, {"op", "resembles"}}}}});
    REQUIRE_FALSE(badOperator);
    CHECK(badOperator.error().find("resembles") != std::string::npos);
}

TEST_CASE("Field references and column keys", "[savedview]")
{
    CHECK(customFieldId(customFieldRef(42)) == 42);
    CHECK_FALSE(customFieldId("field:"));
    CHECK_FALSE(customFieldId("field:12x"));
    CHECK_FALSE(customFieldId("owner"));
    CHECK(stageIdFromColumnKey(stageColumnKey(9)) == 9);
    CHECK_FALSE(stageIdFromColumnKey("stage:-1"));
    CHECK(isBuiltInFieldRef("close_date"));
    CHECK_FALSE(isBuiltInFieldRef("field:1"));
}

TEST_CASE("Every filter operator has a stored name that reads back", "[savedview]")
{
    using Op = FilterOperator;
    for (const Op op : {Op::Is, Op::IsNot, Op::Contains, Op::Greater, Op::Less, Op::Between,
                        Op::Empty, Op::NotEmpty}) {
        INFO(toString(op));
        CHECK(filterOperatorFromString(toString(op)) == op);
    }
    CHECK(toString(Op::IsNot) == "is_not");
    CHECK(toString(Op::NotEmpty) == "not_empty");
    CHECK_FALSE(filterOperatorFromString("IS"));
}

TEST_CASE("A minimal definition reads with the defaults; a bad one leaves the view as it was",
          "[savedview]")
{
    SavedView view;
    REQUIRE(view.setDefinitionFromJson({{"format", 1}, {"group_by", ""}}));
    CHECK(view.groupBy == "stage");
    CHECK(view.filters.empty());
    CHECK(view.sort == ViewSort{});

    view.groupBy = "owner";
    view.hiddenColumns = {""};
    const SavedView before = view;
    CHECK_FALSE(view.setDefinitionFromJson(
        {{"format", 1}, {"group_by", "company"}, {"filters", {{{"field", "owner"}, {"op", 3}}}}}));
    CHECK(view == before);
}

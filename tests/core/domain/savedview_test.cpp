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

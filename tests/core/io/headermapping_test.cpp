#include "core/io/headermapping.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <optional>
#include <string>

using namespace dealboard;

TEST_CASE("CRM export headers name the built-in fields", "[import][headers]")
{
    const auto [header, expected] = GENERATE(table<std::string, std::optional<std::string>>({
        {"stage", "stage"},
        {"Deal Stage", "stage"},
        {"deal_stage", "stage"},
        {"STATUS", "stage"},
        {"amount", "value"},
        {"Value", "value"},
        {"Deal Value", "value"},
        {"close_value", "value"},
        {"Close Value", "value"},
        {"Revenue", "value"},
        {"owner", "owner"},
        {"Sales Agent", "owner"},
        {"sales_agent", "owner"},
        {"Deal Owner", "owner"},
        {"Assigned To", "owner"},
        {"Account", "company"},
        {"Organization", "company"},
        {"Organisation", "company"},
        {"Company", "company"},
        {"Company Name", "company"},
        {"Close Date", "close_date"},
        {"close_date", "close_date"},
        {"Expected Close Date", "close_date"},
        {"id", "external_id"},
        {"opportunity_id", "external_id"},
        {"Deal ID", "external_id"},
        {"Record ID", "external_id"},
        {"External ID", "external_id"},
        {"title", "title"},
        {"Name", "title"},
        {"Deal Name", "title"},
        {"Opportunity Name", "title"},
        {"Subject", "title"},
        {"Contact", "contact"},
        {"Contact Name", "contact"},
        {"Person", "contact"},
        {"Currency", "currency"},
        {" deal-stage ", "stage"},
        {"product", std::nullopt},
        {"engage_date", std::nullopt},
        {"Notes", std::nullopt},
    }));

    INFO(header);
    const auto target = builtInTargetForHeader(header);
    CHECK(target.has_value() == expected.has_value());
    if (target && expected)
        CHECK(std::string(*target) == *expected);
}

TEST_CASE("Fields named by --map are built-in names or their header names", "[import][headers]")
{
    CHECK(builtInTargetForField("close_date") == "close_date");
    CHECK(builtInTargetForField("close date") == "close_date");
    CHECK(builtInTargetForField("Amount") == "value");
    CHECK(builtInTargetForField("id") == "external_id");
    CHECK_FALSE(builtInTargetForField("colour").has_value());
}

TEST_CASE("Product-like and bookkeeping headers are recognised", "[import][headers]")
{
    CHECK(isProductLikeHeader("product"));
    CHECK(isProductLikeHeader("Product Name"));
    CHECK(isProductLikeHeader("Plan"));
    CHECK(isProductLikeHeader("service"));
    CHECK(isProductLikeHeader("ITEM"));
    CHECK_FALSE(isProductLikeHeader("account"));
    CHECK(isBookkeepingHeader("created"));
    CHECK(isBookkeepingHeader("Updated"));
    CHECK_FALSE(isBookkeepingHeader("created by"));
    CHECK(headerKey(" Deal_Stage ") == "dealstage");
}

#include "core/board/dealfilter.h"

#include "boardfixture.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace dealboard;
using namespace dealboard::test;

namespace {

struct FilterCase
{
    const char *description;
    ViewFilter filter;
    std::vector<DealId> expected;
};

std::vector<DealId> matching(const FolderSnapshot &snapshot, const std::vector<ViewFilter> &filters,
                             std::vector<std::string> *warnings = nullptr)
{
    const DealFieldReader reader(snapshot);
    const DealFilter filter(reader, filters);
    if (warnings)
        *warnings = filter.warnings();

    std::vector<DealId> ids;
    for (const auto &deal : snapshot.deals) {
        if (filter.matches(deal))
            ids.push_back(deal.id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::string ref(FieldId id)
{
    return customFieldRef(id);
}

} // namespace

TEST_CASE("Every filter operator compares by the kind of its field", "[board][filter]")
{
    using Op = FilterOperator;
    const auto snapshot = makeSnapshot();

    const auto testCase = GENERATE(values<FilterCase>({
        // Text: ignoring case, including letters outside ASCII.
        {"owner is, any case", {"owner", Op::Is, "ALICE", ""}, {1, 4, 8}},
        {"company is, Unicode case", {"company", Op::Is, "ärzte gmbh", ""}, {2}},
        {"owner is_not keeps deals with no owner",
         {"owner", Op::IsNot, "alice", ""},
         {2, 3, 5, 6, 7}},
        {"title contains", {"title", Op::Contains, "UPGRADE", ""}, {1}},
        {"title contains Cyrillic", {"title", Op::Contains, "кирилл", ""}, {3}},
        {"contact contains Greek", {"contact", Op::Contains, "ωmega", ""}, {5}},
        {"owner greater, alphabetical", {"owner", Op::Greater, "bob", ""}, {5, 7}},
        {"owner less", {"owner", Op::Less, "b", ""}, {1, 4, 8}},
        {"owner between", {"owner", Op::Between, "b", "c"}, {2, 6}},
        {"owner empty", {"owner", Op::Empty, "", ""}, {3}},
        {"owner not_empty", {"owner", Op::NotEmpty, "", ""}, {1, 2, 4, 5, 6, 7, 8}},
        {"is nothing means empty", {"owner", Op::Is, "  ", ""}, {3}},
        {"stage is by name", {"stage", Op::Is, "won", ""}, {5, 6, 7}},
        // Money: numerically, in major units of each deal's currency, not as text.
        {"value greater 900 is not text order", {"value", Op::Greater, "900", ""}, {2, 5}},
        {"value greater with a currency", {"value", Op::Greater, "900 USD", ""}, {5}},
        {"value less", {"value", Op::Less, "1,000.00", ""}, {1, 4, 6, 7, 8}},
        {"value is, exact to the cent", {"value", Op::Is, "900.00", ""}, {1, 4}},
        {"value is_not", {"value", Op::IsNot, "900", ""}, {2, 3, 5, 6, 7, 8}},
        {"value between, bounds inclusive", {"value", Op::Between, "100", "1000"}, {1, 4, 5, 6, 7}},
        {"value between, bounds reversed", {"value", Op::Between, "1000", "100"}, {1, 4, 5, 6, 7}},
        {"value between with cents", {"value", Op::Between, "99.99", "100.01"}, {7}},
        {"value empty", {"value", Op::Empty, "", ""}, {3}},
        {"value not_empty", {"value", Op::NotEmpty, "", ""}, {1, 2, 4, 5, 6, 7, 8}},
        {"value contains the amount's text", {"value", Op::Contains, "5000", ""}, {2}},
        {"custom money greater", {ref(budgetField), Op::Greater, "1", ""}, {1}},
        {"custom money in EUR", {ref(budgetField), Op::Is, "1 EUR", ""}, {5}},
        // Numbers: numerically.
        {"number greater", {ref(scoreField), Op::Greater, "5", ""}, {1, 2}},
        {"number less", {ref(scoreField), Op::Less, "10", ""}, {1, 4}},
        {"number is a decimal", {ref(scoreField), Op::Is, "12.5", ""}, {2}},
        {"number between", {ref(scoreField), Op::Between, "3", "7"}, {1, 4}},
        {"number empty", {ref(scoreField), Op::Empty, "", ""}, {3, 5, 6, 7, 8}},
        // Dates: as dates.
        {"close date before", {"close_date", Op::Less, "2024-06-30", ""}, {2}},
        {"close date after", {"close_date", Op::Greater, "2024-06-01", ""}, {1, 4}},
        {"close date is", {"close_date", Op::Is, "2024-05-01", ""}, {2}},
        {"close date between", {"close_date", Op::Between, "2024-05-01", "2024-06-30"}, {1, 2}},
        {"close date empty", {"close_date", Op::Empty, "", ""}, {3, 5, 6, 7, 8}},
        {"custom date greater", {ref(engagedField), Op::Greater, "2024-03-01", ""}, {4}},
        {"created date", {"created", Op::Is, "2024-01-01", ""}, {1, 2, 3, 4, 5, 6, 7, 8}},
        {"updated before", {"updated", Op::Less, "2024-02-01", ""}, {}},
        // Choice, person and text fields: as text.
        {"choice is", {ref(productField), Op::Is, "gtx", ""}, {1, 5}},
        {"choice is_not", {ref(productField), Op::IsNot, "GTX", ""}, {2, 3, 4, 6, 7, 8}},
        {"choice empty", {ref(productField), Op::Empty, "", ""}, {4, 6, 7, 8}},
        {"person not_empty", {ref(managerField), Op::NotEmpty, "", ""}, {2}},
        {"text contains", {ref(notesField), Op::Contains, "FAIR", ""}, {3}},
    }));

    INFO(testCase.description);
    std::vector<std::string> warnings;
    CHECK(matching(snapshot, {testCase.filter}, &warnings) == testCase.expected);
    CHECK(warnings.empty());
}

TEST_CASE("Every operator works on every kind of field", "[board][filter]")
{
    using Op = FilterOperator;
    const auto snapshot = makeSnapshot();
    const std::vector<DealId> all{1, 2, 3, 4, 5, 6, 7, 8};

    const auto testCase = GENERATE_COPY(values<FilterCase>({
        // The stage: by its place in the stage set, not by its name's spelling.
        {"stage greater, later stages", {"stage", Op::Greater, "presentation", ""}, {5, 6, 7, 8}},
        {"stage less, earlier stages", {"stage", Op::Less, "Won", ""}, {1, 2, 3, 4}},
        {"stage between, inclusive", {"stage", Op::Between, "Presentation", "Won"}, {4, 5, 6, 7}},
        {"stage between, reversed", {"stage", Op::Between, "Won", "Presentation"}, {4, 5, 6, 7}},
        {"stage is_not", {"stage", Op::IsNot, " WON ", ""}, {1, 2, 3, 4, 8}},
        {"stage contains, by name", {"stage", Op::Contains, "O", ""}, {4, 5, 6, 7, 8}},
        {"stage empty", {"stage", Op::Empty, "", ""}, {}},
        {"stage not_empty", {"stage", Op::NotEmpty, "", ""}, all},
        // Other built-in text fields.
        {"company is_not", {"company", Op::IsNot, "acme", ""}, {2, 3, 4, 5, 7, 8}},
        {"company between", {"company", Op::Between, "a", "h"}, {1, 5, 6}},
        {"contact empty", {"contact", Op::Empty, "", ""}, {2, 3, 4, 6, 7, 8}},
        {"contact not_empty", {"contact", Op::NotEmpty, "", ""}, {1, 5}},
        {"title is", {"title", Op::Is, "laptops", ""}, {4}},
        // Person.
        {"person is", {ref(managerField), Op::Is, "dana", ""}, {2}},
        {"person is_not", {ref(managerField), Op::IsNot, "Dana", ""}, {1, 3, 4, 5, 6, 7, 8}},
        {"person contains", {ref(managerField), Op::Contains, "AN", ""}, {2}},
        {"person empty", {ref(managerField), Op::Empty, "", ""}, {1, 3, 4, 5, 6, 7, 8}},
        {"person between", {ref(managerField), Op::Between, "a", "e"}, {2}},
        // Choice, including a value no longer among the options.
        {"choice contains", {ref(productField), Op::Contains, "g", ""}, {1, 2, 3, 5}},
        {"choice not_empty", {ref(productField), Op::NotEmpty, "", ""}, {1, 2, 3, 5}},
        {"choice is an old value still held", {ref(productField), Op::Is, "legacy", ""}, {3}},
        {"choice less, not an option: as text", {ref(productField), Op::Less, "h", ""}, {1, 5}},
        // Between options, by their order GTX, MG, Zeta; Legacy is no option any more.
        {"choice greater, options after", {ref(productField), Op::Greater, "gtx", ""}, {2}},
        {"choice less, options before", {ref(productField), Op::Less, "Zeta", ""}, {1, 2, 5}},
        {"choice between, by option order", {ref(productField), Op::Between, "Zeta", "MG"}, {2}},
        // Text.
        {"text is", {ref(notesField), Op::Is, "met at the FAIR", ""}, {3}},
        {"text is_not", {ref(notesField), Op::IsNot, "met at the fair", ""}, {1, 2, 4, 5, 6, 7, 8}},
        {"text empty", {ref(notesField), Op::Empty, "", ""}, {1, 2, 4, 5, 6, 7, 8}},
        {"text greater", {ref(notesField), Op::Greater, "a", ""}, {3}},
        // Number.
        {"number is_not", {ref(scoreField), Op::IsNot, "7", ""}, {2, 3, 4, 5, 6, 7, 8}},
        {"number not_empty", {ref(scoreField), Op::NotEmpty, "", ""}, {1, 2, 4}},
        {"number contains", {ref(scoreField), Op::Contains, "12", ""}, {2}},
        // Money.
        {"custom money less", {ref(budgetField), Op::Less, "100", ""}, {5}},
        {"custom money between", {ref(budgetField), Op::Between, "1", "5,000"}, {1, 5}},
        {"custom money is_not", {ref(budgetField), Op::IsNot, "5000", ""}, {2, 3, 4, 5, 6, 7, 8}},
        {"custom money empty", {ref(budgetField), Op::Empty, "", ""}, {2, 3, 4, 6, 7, 8}},
        {"custom money not_empty", {ref(budgetField), Op::NotEmpty, "", ""}, {1, 5}},
        {"value between in one currency",
         {"value", Op::Between, "100 USD", "USD 1000"},
         {1, 4, 5, 6}},
        {"value less in another currency", {"value", Op::Less, "EUR 1000", ""}, {7}},
        // Dates.
        {"custom date is", {ref(engagedField), Op::Is, "2024-04-15", ""}, {4}},
        {"custom date less", {ref(engagedField), Op::Less, "2024-04-15", ""}, {1}},
        {"custom date between", {ref(engagedField), Op::Between, "2024-02-01", "2024-03-31"}, {1}},
        {"custom date is_not",
         {ref(engagedField), Op::IsNot, "2024-03-01", ""},
         {2, 3, 4, 5, 6, 7, 8}},
        {"custom date not_empty", {ref(engagedField), Op::NotEmpty, "", ""}, {1, 4}},
        {"custom date contains", {ref(engagedField), Op::Contains, "2024-04", ""}, {4}},
        {"close date is_not", {"close_date", Op::IsNot, "2024-05-01", ""}, {1, 3, 4, 5, 6, 7, 8}},
        {"close date not_empty", {"close_date", Op::NotEmpty, "", ""}, {1, 2, 4}},
        {"created greater", {"created", Op::Greater, "2023-12-31", ""}, all},
        {"updated between", {"updated", Op::Between, "2024-01-15", "2024-02-15"}, all},
    }));

    INFO(testCase.description);
    std::vector<std::string> warnings;
    CHECK(matching(snapshot, {testCase.filter}, &warnings) == testCase.expected);
    CHECK(warnings.empty());
}

TEST_CASE("A stage filter naming no stage of the folder is dropped with a warning",
          "[board][filter]")
{
    const auto snapshot = makeSnapshot();
    std::vector<std::string> warnings;
    const auto ids =
        matching(snapshot, {{"stage", FilterOperator::Between, "New", "Closing"}}, &warnings);
    CHECK(ids.size() == snapshot.deals.size());
    CHECK(warnings == std::vector<std::string>{
                          "The filter on the stage \"Closing\" was ignored: the folder has no "
                          "such stage."});
}

TEST_CASE("All filters of a view must hold", "[board][filter]")
{
    const auto snapshot = makeSnapshot();
    const std::vector<ViewFilter> filters{{"owner", FilterOperator::Is, "alice", ""},
                                          {"value", FilterOperator::Greater, "100", ""}};
    CHECK(matching(snapshot, filters) == std::vector<DealId>{1, 4});
}

TEST_CASE("A filter that cannot be applied is dropped with a warning", "[board][filter]")
{
    const auto snapshot = makeSnapshot();
    std::vector<std::string> warnings;

    SECTION("a deleted custom field")
    {
        const auto ids =
            matching(snapshot, {{"field:999", FilterOperator::Is, "x", ""}}, &warnings);
        CHECK(ids.size() == snapshot.deals.size());
        REQUIRE(warnings.size() == 1);
        CHECK(warnings.front().find("deleted field") != std::string::npos);
    }
    SECTION("an unknown built-in field")
    {
        const auto ids = matching(snapshot, {{"colour", FilterOperator::Is, "x", ""}}, &warnings);
        CHECK(ids.size() == snapshot.deals.size());
        REQUIRE(warnings.size() == 1);
        CHECK(warnings.front().find("colour") != std::string::npos);
    }
    SECTION("an amount that is not one")
    {
        const auto ids =
            matching(snapshot, {{"value", FilterOperator::Greater, "lots", ""}}, &warnings);
        CHECK(ids.size() == snapshot.deals.size());
        REQUIRE(warnings.size() == 1);
        CHECK(warnings.front() ==
              "The filter on \"value\" was ignored: \"lots\" is not an amount.");
    }
    SECTION("a date that is not one, the other filters still apply")
    {
        const std::vector<ViewFilter> filters{
            {ref(engagedField), FilterOperator::Between, "2024-01-01", "soon"},
            {"owner", FilterOperator::Is, "bob", ""}};
        CHECK(matching(snapshot, filters, &warnings) == std::vector<DealId>{2, 6});
        REQUIRE(warnings.size() == 1);
        CHECK(warnings.front().find("Engaged") != std::string::npos);
    }
}

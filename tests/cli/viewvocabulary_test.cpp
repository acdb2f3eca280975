#include "cli/viewvocabulary.h"

#include "support/domainbuilders.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace dealboard;
using namespace dealboard::test;

namespace {

// A folder with stages New and Won and the fields Region (choice), Is partner (text) and
// Amount (money), as a snapshot: the vocabulary reads nothing else.
FolderSnapshot salesSnapshot()
{
    FolderSnapshot snapshot;
    snapshot.folder = Folder{1, "Sales", 0};
    Stage newStage;
    newStage.id = 10;
    newStage.name = "New";
    Stage won;
    won.id = 11;
    won.name = "Won";
    won.kind = StageKind::Won;
    snapshot.stages = {newStage, won};

    FieldDefinition region = newField("Region", FieldType::Choice, {"North", "South"});
    region.id = 21;
    FieldDefinition partner = newField("Is partner");
    partner.id = 22;
    FieldDefinition amount = newField("Amount", FieldType::Money);
    amount.id = 23;
    snapshot.fields = {region, partner, amount};
    return snapshot;
}

ViewFilter filterOf(const std::string &field, FilterOperator op, const std::string &value,
                    const std::string &value2 = {})
{
    return ViewFilter{field, op, value, value2};
}

} // namespace

TEST_CASE("Filter phrases read as field, operator and value", "[cli][views]")
{
    const FolderSnapshot snapshot = salesSnapshot();
    const ViewVocabulary words(snapshot);
    struct Case
    {
        std::string phrase;
        ViewFilter filter;
    };
    const auto call = GENERATE_COPY(
        Case{"region is North", filterOf("field:21", FilterOperator::Is, "North")},
        Case{"Region = \"North\"", filterOf("field:21", FilterOperator::Is, "North")},
        Case{"Region is not South", filterOf("field:21", FilterOperator::IsNot, "South")},
        Case{"owner != Bob", filterOf("owner", FilterOperator::IsNot, "Bob")},
        Case{"title contains Server upgrade",
             filterOf("title", FilterOperator::Contains, "Server upgrade")},
        Case{"value greater than 5000", filterOf("value", FilterOperator::Greater, "5000")},
        Case{"Amount < 10", filterOf("field:23", FilterOperator::Less, "10")},
        Case{"close date between 2026-01-01 and 2026-03-31",
             filterOf("close_date", FilterOperator::Between, "2026-01-01", "2026-03-31")},
        Case{"owner is empty", filterOf("owner", FilterOperator::Empty, "")},
        Case{"company not empty", filterOf("company", FilterOperator::NotEmpty, "")},
        Case{"Is partner is yes", filterOf("field:22", FilterOperator::Is, "yes")},
        Case{"stage is Won", filterOf("stage", FilterOperator::Is, "Won")},
        Case{"field:21 is North", filterOf("field:21", FilterOperator::Is, "North")});

    const auto filter = words.filter(call.phrase);
    INFO(call.phrase << ": " << (filter ? std::string() : filter.error()));
    REQUIRE(filter.has_value());
    CHECK(*filter == call.filter);
}

TEST_CASE("Filter phrases that cannot be read are told apart from unknown fields", "[cli][views]")
{
    const FolderSnapshot snapshot = salesSnapshot();
    const ViewVocabulary words(snapshot);

    for (const char *phrase :
         {"Region North", "value between 5", "owner empty Bob", "value greater", "is North"}) {
        INFO(phrase);
        CHECK(ViewVocabulary::filterSyntaxError(phrase).has_value());
        CHECK_FALSE(words.filter(phrase).has_value());
    }

    CHECK_FALSE(ViewVocabulary::filterSyntaxError("Territory is North").has_value());
    const auto unknown = words.filter("Territory is North");
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().starts_with("No field named \"Territory\" in folder \"Sales\"; fields: "
                                      "Region, Is partner, Amount; built-in: "));
}

TEST_CASE("Columns are named as the board heads them", "[cli][views]")
{
    const FolderSnapshot snapshot = salesSnapshot();
    const ViewVocabulary words(snapshot);

    CHECK(words.columnKey("stage", "won") == "stage:11");
    CHECK_FALSE(words.columnKey("stage", "Lost").has_value());
    CHECK(words.columnKey("field:21", "north") == "North");
    CHECK(words.columnKey("field:21", "No value") == "");
    CHECK_FALSE(words.columnKey("field:21", "East").has_value());
    CHECK(words.columnKey("owner", "Alice") == "Alice");

    CHECK(words.columnName("stage", "stage:11") == "Won");
    CHECK(words.columnName("stage", "stage:99") == "a deleted stage");
    CHECK(words.columnName("owner", "") == "No value");
}

TEST_CASE("Views group by the stage or by fields with values to make columns of", "[cli][views]")
{
    const FolderSnapshot snapshot = salesSnapshot();
    const ViewVocabulary words(snapshot);

    CHECK(words.groupRef("Stage") == "stage");
    CHECK(words.groupRef("owner") == "owner");
    CHECK(words.groupRef("Region") == "field:21");
    CHECK(words.groupRef("close date") == "close_date");
    CHECK_FALSE(words.groupRef("Amount").has_value());
    CHECK_FALSE(words.groupRef("value").has_value());
}

TEST_CASE("Sorts name a field and an optional direction", "[cli][views]")
{
    const FolderSnapshot snapshot = salesSnapshot();
    const ViewVocabulary words(snapshot);

    CHECK(words.sort("manual") == ViewSort{});
    CHECK(words.sort("") == ViewSort{});
    CHECK(words.sort("value:desc") == ViewSort{"value", true});
    CHECK(words.sort("Amount:ASC") == ViewSort{"field:23", false});
    CHECK(words.sort("close date") == ViewSort{"close_date", false});
    CHECK_FALSE(words.sort("Priority:desc").has_value());
}

TEST_CASE("Filters are shown as the phrases that make them", "[cli][views]")
{
    const FolderSnapshot snapshot = salesSnapshot();
    const ViewVocabulary words(snapshot);

    CHECK(words.filterPhrase(filterOf("field:21", FilterOperator::IsNot, "North")) ==
          "Region is not North");
    CHECK(words.filterPhrase(
              filterOf("close_date", FilterOperator::Between, "2026-01-01", "2026-02-01")) ==
          "close date between 2026-01-01 and 2026-02-01");
    CHECK(words.filterPhrase(filterOf("owner", FilterOperator::NotEmpty, "")) == "owner not empty");
    CHECK(words.filterPhrase(filterOf("field:99", FilterOperator::Is, "x")) ==
          "a deleted field is x");
}

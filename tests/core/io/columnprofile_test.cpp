#include "core/io/columnprofile.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <string>
#include <vector>

using namespace dealboard;

namespace {

CsvTable oneColumn(const std::vector<std::string> &values)
{
    CsvTable table;
    table.header = {"column"};
    int line = 2;
    for (const auto &value : values)
        table.records.push_back(CsvRecord{line++, {value}});
    return table;
}

} // namespace

TEST_CASE("A column's values decide the type of its custom field", "[import][profile]")
{
    using Values = std::vector<std::string>;
    const auto [values, expected] = GENERATE(table<Values, FieldType>({
        {Values{"2016-10-20", "", "2017-01-02"}, FieldType::Date},
        {Values{"20/10/2016", "1/2/2017"}, FieldType::Date},
        {Values{"$5", "1.054,00 \xE2\x82\xAC", "EUR 3"}, FieldType::Money},
        {Values{"$5", "7"}, FieldType::Money},
        {Values{"$5", "seven"}, FieldType::Text},
        {Values{"1995", "2001", "1,234.5", "-3"}, FieldType::Number},
        {Values{"01234", "02345", "03456", "01234", "02345"}, FieldType::Text},
        {Values{"North", "South", "North", "North", "South"}, FieldType::Choice},
        {Values{"North", "South", "East"}, FieldType::Text}, // nothing repeats enough
        {Values{"a", "b", "c", "d"}, FieldType::Text},
        {Values{std::string(), "  "}, FieldType::Text},
        {Values{}, FieldType::Text},
    }));

    CHECK(profileColumn(oneColumn(values), 0).type == expected);
}

TEST_CASE("Choice options keep the order values first appear in", "[import][profile]")
{
    const auto profile = profileColumn(oneColumn({"GTX Pro", " MG Special ", "GTX Pro", "GTX Pro",
                                                  "MG Special", "GTX Basic", "GTX Pro"}),
                                       0);
    CHECK(profile.type == FieldType::Choice);
    CHECK(profile.distinctValues == std::vector<std::string>{"GTX Pro", "MG Special", "GTX Basic"});
    CHECK(profile.valueCount == 7);
}

TEST_CASE("More than thirty distinct values make a text field", "[import][profile]")
{
    std::vector<std::string> values;
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < 31; ++i)
            values.push_back("Agent " + std::to_string(i));
    }
    CHECK(profileColumn(oneColumn(values), 0).type == FieldType::Text);
    values.resize(90);
    for (auto &value : values)
        value = value == "Agent 30" ? "Agent 0" : value;
    CHECK(profileColumn(oneColumn(values), 0).type == FieldType::Choice);
}

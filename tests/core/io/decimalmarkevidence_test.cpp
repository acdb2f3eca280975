#include "core/io/decimalmarkevidence.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <string>
#include <vector>

using namespace dealboard;
using Catch::Matchers::ContainsSubstring;

namespace {

DecimalMarkEvidence evidenceOf(const std::vector<std::string> &values)
{
    DecimalMarkEvidence evidence;
    int line = 2;
    for (const auto &value : values)
        evidence.add(value, line++);
    return evidence;
}

} // namespace

TEST_CASE("A column settles its decimal separator from all its values", "[amounts]")
{
    CHECK(evidenceOf({"1,234", "1.50"}).resolve("Amount") == '.');
    CHECK(evidenceOf({"2,500", "10.000", "2,5"}).resolve("Amount") == ',');
    CHECK(evidenceOf({"1,234,567.89"}).resolve("Amount") == '.');
    CHECK(evidenceOf({"1.234", "2,500", "10.000", "42", ""}).resolve("Amount") == char(0));
    CHECK_FALSE(evidenceOf({"1.234"}).settledMark().has_value());
}

TEST_CASE("A column proving both decimal separators names a line of each", "[amounts]")
{
    const auto evidence = evidenceOf({"1.50", "1.234", "\"x\"", "2,5", "3,75"});
    CHECK(evidence.isContradictory());
    CHECK_FALSE(evidence.settledMark().has_value());
    const auto mark = evidence.resolve("Value");
    REQUIRE_FALSE(mark.has_value());
    CHECK_THAT(mark.error(), ContainsSubstring("Column \"Value\""));
    CHECK_THAT(mark.error(), ContainsSubstring("line 2: \"1.50\""));
    CHECK_THAT(mark.error(), ContainsSubstring("line 5: \"2,5\""));
}

#include "cli/argumentparser.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace dealboard;

namespace {

const ArgumentParser parser({{"--folder", true, false},
                             {"--map", true, true},
                             {"--json", false, false},
                             {"--help", false, false}},
                            1);

Result<ParsedArguments> parse(std::vector<std::string> arguments)
{
    return parser.parse(arguments);
}

} // namespace

TEST_CASE("Options take values separately or after an equals sign", "[cli][arguments]")
{
    const auto parsed = parse(
        {"deals.csv", "--folder", "Deals", "--map=title=Name", "--map", "owner=Agent", "--json"});
    REQUIRE(parsed);
    CHECK(parsed->positionals() == std::vector<std::string>{"deals.csv"});
    CHECK(parsed->value("--folder") == "Deals");
    CHECK(parsed->values("--map") == std::vector<std::string>{"title=Name", "owner=Agent"});
    CHECK(parsed->has("--json"));
    CHECK_FALSE(parsed->has("--help"));
    CHECK_FALSE(parsed->value("--json").has_value());
    CHECK(parsed->values("--help").empty());
}

TEST_CASE("Short -h means --help, and -- ends the options", "[cli][arguments]")
{
    auto parsed = parse({"-h"});
    REQUIRE(parsed);
    CHECK(parsed->has("--help"));

    parsed = parse({"--", "--folder"});
    REQUIRE(parsed);
    CHECK(parsed->positionals() == std::vector<std::string>{"--folder"});
    CHECK_FALSE(parsed->has("--folder"));

    parsed = parse({"--folder=--odd name"});
    REQUIRE(parsed);
    CHECK(parsed->value("--folder") == "--odd name");
}

TEST_CASE("Wrong arguments are refused with one line saying what is wrong", "[cli][arguments]")
{
    struct Case
    {
        std::vector<std::string> arguments;
        std::string error;
    };
    const auto testCase = GENERATE(values<Case>({
        {{"--colour", "red"}, "unknown option --colour"},
        {{"--colour=red"}, "unknown option --colour"},
        {{"--folder"}, "option --folder needs a value"},
        {{"--folder", "--json"}, "option --folder needs a value"},
        {{"--folder", "A", "--folder", "B"}, "option --folder given more than once"},
        {{"--json=yes"}, "option --json takes no value"},
        {{"a.csv", "b.csv"}, "unexpected argument \"b.csv\""},
        {{"-x"}, "unknown option -x"},
    }));

    const auto parsed = parse(testCase.arguments);
    REQUIRE_FALSE(parsed);
    CHECK(parsed.error() == testCase.error);
}

TEST_CASE("Joined option groups parse as one list", "[cli][arguments]")
{
    const ArgumentParser joined(
        joinedOptions({{{"--database", true, false}, {"--help", false, false}},
                       {},
                       {{"--json", false, false}}}),
        0);

    const auto parsed = joined.parse(std::vector<std::string>{"--json", "--database", "a.db"});
    REQUIRE(parsed);
    CHECK(parsed->has("--json"));
    CHECK(parsed->value("--database") == "a.db");
    CHECK_FALSE(joined.parse(std::vector<std::string>{"--all"}).has_value());
}

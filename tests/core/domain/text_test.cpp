#include "core/domain/stage.h"
#include "core/domain/text.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace dealboard;

TEST_CASE("Names compare ignoring case and surrounding spaces", "[text]")
{
    const auto [left, right] = GENERATE(table<std::string, std::string>({
        {" won ", "WON"},
        {"Négociation", "NÉGOCIATION"},
        {"Łódź", "łÓDŹ"},
        {"Переговоры", "ПЕРЕГОВОРЫ"},
        {"Ελλάδα", "ΕΛΛΆΔΑ"},
        {"\tClosed Won\n", "closed won"},
    }));

    CAPTURE(left, right);
    CHECK(nameKey(left) == nameKey(right));
}

TEST_CASE("Different names keep different keys", "[text]")
{
    CHECK(nameKey("Won") != nameKey("Wonder"));
    CHECK(nameKey("Stage 1") != nameKey("Stage1"));
}

TEST_CASE("Lower-casing keeps other scripts and bad bytes as they are", "[text]")
{
    CHECK(toLowerUtf8("東京 ABC") == "東京 abc");
    CHECK(toLowerUtf8("🙂X") == "🙂x");
    CHECK(toLowerUtf8(std::string("A\xFF"
                                  "B")) == std::string("a\xFF"
                                                       "b"));
}

TEST_CASE("UTF-8 validation", "[text]")
{
    CHECK(isValidUtf8("Société Générale 東京 🙂"));
    CHECK_FALSE(isValidUtf8(std::string("\xC3")));
    CHECK_FALSE(isValidUtf8(std::string("\xC0\xAF")));     // overlong
    CHECK_FALSE(isValidUtf8(std::string("\xED\xA0\x80"))); // surrogate
}

TEST_CASE("Counts and digits are grouped by thousands", "[text]")
{
    CHECK(formatCount(0) == "0");
    CHECK(formatCount(999) == "999");
    CHECK(formatCount(1000) == "1,000");
    CHECK(formatCount(8800) == "8,800");
    CHECK(formatCount(1234567) == "1,234,567");
    CHECK(groupThousands("") == "");
    CHECK(groupThousands("12345678901234567890") == "12,345,678,901,234,567,890");
}

TEST_CASE("Stage kinds are guessed from common names", "[stage]")
{
    CHECK(guessStageKind("Won") == StageKind::Won);
    CHECK(guessStageKind(" closed won ") == StageKind::Won);
    CHECK(guessStageKind("Closed Lost") == StageKind::Lost);
    CHECK(guessStageKind("Engaging") == StageKind::Open);
    CHECK(stageKindFromString("LOST") == StageKind::Lost);
    CHECK_FALSE(stageKindFromString("maybe"));
}

TEST_CASE("Stage colours are #rrggbb", "[stage]")
{
    CHECK(isValidColor("#1a2B3c"));
    CHECK_FALSE(isValidColor("1a2b3c"));
    CHECK_FALSE(isValidColor("#12345"));
    CHECK_FALSE(isValidColor("#12345g"));
}

#include "core/domain/date.h"
#include "core/domain/timestamp.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace dealboard;

TEST_CASE("ISO dates are parsed strictly", "[date]")
{
    const auto [text, valid] = GENERATE(table<std::string, bool>({
        {"2024-02-29", true},
        {"2023-02-29", false},
        {"2024-13-01", false},
        {"2024-00-10", false},
        {"2024-1-01", false},
        {"2024-01-01T00:00", false},
        {"24-01-01", false},
        {"abcd-ef-gh", false},
        {"", false},
    }));

    CAPTURE(text);
    const auto date = Date::fromIso(text);
    CHECK(date.has_value() == valid);
    if (valid)
        CHECK(date->toIso() == text);
}

TEST_CASE("Dates count days without time zones", "[date]")
{
    const auto first = Date::fromIso("2024-02-28").value();
    const auto second = Date::fromIso("2024-03-01").value();

    CHECK(first.daysTo(second) == 2);
    CHECK(second.daysTo(first) == -2);
    CHECK(first < second);
}

TEST_CASE("Timestamps round-trip through ISO text in UTC", "[timestamp]")
{
    const Timestamp at = timestampFromMillis(1733326177123);

    CHECK(toIsoUtc(at) == "2024-12-04T15:29:37.123Z");
    CHECK(timestampFromIsoUtc("2024-12-04T15:29:37.123Z") == at);
    CHECK(timestampFromIsoUtc("2024-12-04T15:29:37Z") == timestampFromMillis(1733326177000));
    CHECK_FALSE(timestampFromIsoUtc("2024-12-04 15:29:37"));
    CHECK_FALSE(timestampFromIsoUtc("2024-12-04T25:00:00Z"));
}

TEST_CASE("Whole days between two moments round down", "[timestamp]")
{
    const Timestamp start = timestampFromIsoUtc("2024-01-01T12:00:00Z").value();

    CHECK(wholeDaysBetween(start, timestampFromIsoUtc("2024-01-02T11:59:59Z").value()) == 0);
    CHECK(wholeDaysBetween(start, timestampFromIsoUtc("2024-01-03T12:00:00Z").value()) == 2);
}

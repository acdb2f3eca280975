#include "core/io/dateparser.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <optional>
#include <string>
#include <vector>

using namespace dealboard;
using Catch::Matchers::ContainsSubstring;

namespace {

DateOrderEvidence evidenceOf(const std::vector<std::string> &column)
{
    DateOrderEvidence evidence;
    int line = 2;
    for (const auto &text : column)
        evidence.add(text, line++);
    return evidence;
}

} // namespace

TEST_CASE("Dates are read in the order given", "[dates]")
{
    const auto [text, order, expected] = GENERATE(table<std::string, DateOrder, std::string>({
        {"2024-03-07", DateOrder::YearMonthDay, "2024-03-07"},
        {"2024-03-07", DateOrder::DayMonthYear, "2024-03-07"},
        {"2024/3/7", DateOrder::MonthDayYear, "2024-03-07"},
        {"2024.03.07", DateOrder::DayMonthYear, "2024-03-07"},
        {"7/3/2024", DateOrder::DayMonthYear, "2024-03-07"},
        {"7/3/2024", DateOrder::MonthDayYear, "2024-07-03"},
        {"07.03.2024", DateOrder::DayMonthYear, "2024-03-07"},
        {"12-31-2023", DateOrder::MonthDayYear, "2023-12-31"},
        {"31-12-2023", DateOrder::DayMonthYear, "2023-12-31"},
        {" 1/2/2024 ", DateOrder::DayMonthYear, "2024-02-01"},
        {"29/02/2024", DateOrder::DayMonthYear, "2024-02-29"},
        {"3/7/24", DateOrder::MonthDayYear, "2024-03-07"},
        {"3/7/69", DateOrder::MonthDayYear, "2069-03-07"},
        {"3/7/70", DateOrder::MonthDayYear, "1970-03-07"},
        {"3/7/99", DateOrder::MonthDayYear, "1999-03-07"},
    }));

    INFO(text);
    const auto date = parseDate(text, order);
    REQUIRE(date.has_value());
    CHECK(date->toIso() == expected);
}

TEST_CASE("Text that is no date in the order given is refused", "[dates]")
{
    const auto [text, order] = GENERATE(table<std::string, DateOrder>({
        {"13/13/2024", DateOrder::DayMonthYear},
        {"31/02/2024", DateOrder::DayMonthYear},
        {"29/02/2023", DateOrder::DayMonthYear},
        {"13/01/2024", DateOrder::MonthDayYear},
        {"7/3/2024", DateOrder::YearMonthDay},
        {"2024-13-01", DateOrder::YearMonthDay},
        {"7/3-2024", DateOrder::DayMonthYear},
        {"7/3/202", DateOrder::DayMonthYear},
        {"2024-03-07T10:00:00", DateOrder::YearMonthDay},
        {"March 7, 2024", DateOrder::MonthDayYear},
        {"1054", DateOrder::DayMonthYear},
        {"", DateOrder::DayMonthYear},
        {"1/2", DateOrder::DayMonthYear},
    }));

    INFO(text);
    CHECK_FALSE(parseDate(text, order).has_value());
}

TEST_CASE("A column settles its date order from its whole content", "[dates]")
{
    const auto [column, expected] = GENERATE(table<std::vector<std::string>, DateOrder>({
        {{"01/02/2024", "03/04/2024", "25/12/2024"}, DateOrder::DayMonthYear},
        {{"01/02/2024", "12/25/2024", "03/04/2024"}, DateOrder::MonthDayYear},
        {{"13.1.2024", "2.3.2024"}, DateOrder::DayMonthYear},
        {{"1-31-2024", ""}, DateOrder::MonthDayYear},
        {{"2024-01-02", "2024-03-04", "15/01/2024"}, DateOrder::DayMonthYear},
    }));

    const auto evidence = evidenceOf(column);
    CHECK(evidence.settledOrder() == expected);
    const auto order = evidence.resolve("close_date", std::nullopt);
    REQUIRE(order.has_value());
    CHECK(*order == expected);
}

TEST_CASE("A column with only unambiguous dates needs no order", "[dates]")
{
    const auto evidence = evidenceOf({"2024-01-02", "01/01/2024", "05.05.2023", "not a date"});
    CHECK_FALSE(evidence.settledOrder().has_value());
    CHECK_FALSE(evidence.hasAmbiguousDates());
    CHECK(evidence.resolve("close_date", std::nullopt).has_value());

    const auto iso = evidenceOf({"2024-01-02", "2024-12-31"}).resolve("close_date", std::nullopt);
    REQUIRE(iso.has_value());
    CHECK(*iso == DateOrder::YearMonthDay);
}

TEST_CASE("Ambiguous dates the column does not settle ask for the date order", "[dates]")
{
    const auto evidence = evidenceOf({"2024-01-02", "03/04/2024", "05/06/2024"});
    CHECK(evidence.hasAmbiguousDates());
    const auto order = evidence.resolve("close_date", std::nullopt);
    REQUIRE_FALSE(order.has_value());
    // The same words serve the command line and the dialog: no option spelling of either.
    CHECK(order.error() == "Dates in column \"close_date\" could be day-first or month-first "
                           "(line 3: \"03/04/2024\"); choose the date order: day first (dmy) or "
                           "month first (mdy)");
    CHECK_THAT(order.error(), !ContainsSubstring("--date-format"));
    CHECK_THAT(order.error(), !ContainsSubstring("DD/MM/YYYY"));

    const auto given = evidence.resolve("close_date", DateOrder::MonthDayYear);
    REQUIRE(given.has_value());
    CHECK(*given == DateOrder::MonthDayYear);
}

TEST_CASE("A column proving both orders is an error naming both lines", "[dates]")
{
    const auto evidence = evidenceOf({"01/02/2024", "25/12/2024", "03/04/2024", "12/31/2024"});
    CHECK(evidence.isContradictory());
    const auto order = evidence.resolve("engage_date", std::nullopt);
    REQUIRE_FALSE(order.has_value());
    CHECK_THAT(order.error(), ContainsSubstring("engage_date"));
    CHECK_THAT(order.error(), ContainsSubstring("line 3: 25/12/2024"));
    CHECK_THAT(order.error(), ContainsSubstring("line 5: 12/31/2024"));
}

TEST_CASE("The date format option accepts several spellings", "[dates]")
{
    const auto [text, expected] = GENERATE(table<std::string, std::optional<DateOrder>>({
        {"dmy", DateOrder::DayMonthYear},
        {"DD/MM/YYYY", DateOrder::DayMonthYear},
        {"d.m.yyyy", DateOrder::DayMonthYear},
        {"mdy", DateOrder::MonthDayYear},
        {"MM-DD-YYYY", DateOrder::MonthDayYear},
        {"ymd", DateOrder::YearMonthDay},
        {"YYYY-MM-DD", DateOrder::YearMonthDay},
        {"iso", DateOrder::YearMonthDay},
        {"dd/yyyy/mm", std::nullopt},
        {"", std::nullopt},
        {"european", std::nullopt},
    }));

    INFO(text);
    CHECK(dateOrderFromString(text) == expected);
}

TEST_CASE("Something looks like a date when some order reads it", "[dates]")
{
    CHECK(looksLikeDate("2017-03-01"));
    CHECK(looksLikeDate("13/01/2024"));
    CHECK(looksLikeDate("01/13/2024"));
    CHECK_FALSE(looksLikeDate("13/13/2024"));
    CHECK_FALSE(looksLikeDate("GTX Pro"));
    CHECK_FALSE(looksLikeDate("3.5"));
}

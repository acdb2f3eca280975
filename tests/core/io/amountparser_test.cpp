#include "core/io/amountparser.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <cstdint>
#include <string>

using namespace dealboard;
using Catch::Matchers::ContainsSubstring;

TEST_CASE("Amounts are read exactly in minor units", "[amounts]")
{
    const auto [text, minor, currency, hadCurrency] =
        GENERATE(table<std::string, std::int64_t, std::string, bool>({
            {"1054", 105400, "USD", false},
            {"1054.5", 105450, "USD", false},
            {"0.07", 7, "USD", false},
            {"1,234,567.89", 123456789, "USD", false},
            {"1.234.567,89", 123456789, "USD", false},
            {"1 234,56", 123456, "USD", false},
            {"1\xC2\xA0"
             "234,56",
             123456, "USD", false},
            {"1\xE2\x80\xAF"
             "234,56",
             123456, "USD", false},
            {"1'234.50", 123450, "USD", false},
            {"1,234", 123400, "USD", false},
            {"3,5", 350, "USD", false},
            {"$1,054.00", 105400, "USD", true},
            {"1.054,00 \xE2\x82\xAC", 105400, "EUR", true},
            {"\xE2\x82\xAC 99", 9900, "EUR", true},
            {"\xC2\xA3"
             "12.5",
             1250, "GBP", true},
            {"\xC2\xA5"
             "1,500",
             1500, "JPY", true},
            {"EUR 99.90", 9990, "EUR", true},
            {"99.90 EUR", 9990, "EUR", true},
            {"12.5USD", 1250, "USD", true},
            {"JPY 1500", 1500, "JPY", true},
            {"1.500 KWD", 1500000, "KWD", true},
            {"0.125 KWD", 125, "KWD", true},
            {"-250", -25000, "USD", false},
            {"-$250", -25000, "USD", true},
            {"$-250", -25000, "USD", true},
            {"(1,000.00)", -100000, "USD", false},
            {"1054.000", 105400, "USD", false},
            {"  42  ", 4200, "USD", false},
            {"007", 700, "USD", false},
        }));

    INFO(text);
    const auto amount = parseAmount(text, "USD");
    REQUIRE(amount.has_value());
    CHECK(amount->money.minor == minor);
    CHECK(amount->money.currency == currency);
    CHECK(amount->hadCurrency == hadCurrency);
}

TEST_CASE("Amounts without a currency take the default", "[amounts]")
{
    const auto yen = parseAmount("1,500", "JPY");
    REQUIRE(yen.has_value());
    CHECK(yen->money == Money{1500, "JPY"});

    const auto euros = parseAmount("19,99", "EUR");
    REQUIRE(euros.has_value());
    CHECK(euros->money == Money{1999, "EUR"});
}

TEST_CASE("Bad amounts are refused with a reason", "[amounts]")
{
    const auto [text, reason] = GENERATE(table<std::string, std::string>({
        {"", "empty"},
        {"abc", "not an amount"},
        {"12abc", "not an amount"},
        {"1e500", "not an amount"},
        {"1234.567", "3 decimals where the currency has 2"},
        {"1,234.567", "3 decimals where the currency has 2"},
        {"0.125", "3 decimals where the currency has 2"},
        {"0,123", "3 decimals"},
        {"10.5 JPY", "1 decimals where the currency has 0"},
        {"1,23,456", "not an amount"},
        {"1.234,567.8", "not an amount"},
        {"12 34", "not an amount"},
        {"$", "not an amount"},
        {"EUR 5 USD", "two currencies"},
        {"--5", "not an amount"},
        {"99999999999999999999", "too large"},
        {"1 234'567", "not an amount"},
    }));

    INFO(text);
    const auto amount = parseAmount(text, "USD");
    REQUIRE_FALSE(amount.has_value());
    CHECK_THAT(amount.error(), ContainsSubstring(reason));
}

TEST_CASE("Plain numbers exclude codes with leading zeros", "[amounts]")
{
    CHECK(parsePlainNumber("1054")->toString() == "1054");
    CHECK(parsePlainNumber("-3,5")->toString() == "-3.5");
    CHECK(parsePlainNumber("0.25")->toString() == "0.25");
    CHECK(parsePlainNumber("1,234,567")->toString() == "1234567");
    CHECK_FALSE(parsePlainNumber("01234").has_value());
    CHECK_FALSE(parsePlainNumber("$5").has_value());
    CHECK_FALSE(parsePlainNumber("5 apples").has_value());
}

TEST_CASE("Money is recognised only with a currency", "[amounts]")
{
    CHECK(looksLikeMoney("$5"));
    CHECK(looksLikeMoney("5 EUR"));
    CHECK_FALSE(looksLikeMoney("5"));
    CHECK_FALSE(looksLikeMoney("GTX"));
    CHECK_FALSE(looksLikeMoney("USD"));
}

TEST_CASE("A value proves its decimal separator only when it cannot be read otherwise", "[amounts]")
{
    const auto [text, mark] = GENERATE(table<std::string, char>({
        {"1.50", '.'},
        {"2,5", ','},
        {"0,1234", ','},
        {"1.2345", '.'},
        {"1,234.5", '.'},
        {"1.234,50", ','},
        {"$1,054.00", '.'},
        {"1.054,00 \xE2\x82\xAC", ','},
        {"-12,5 EUR", ','},
        {"(3.25)", '.'},
        {"1,234", 0},
        {"1.234", 0},
        {"10.000", 0},
        {"1.234.567", 0},
        {"1,234,567", 0},
        {"42", 0},
        {"$99", 0},
        {"12abc", 0},
        {"", 0},
    }));
    INFO(text);
    CHECK(provenDecimalMark(text) == mark);
}

TEST_CASE("A settled decimal separator decides what the other one means", "[amounts]")
{
    const auto [text, mark, minor] = GENERATE(table<std::string, char, std::int64_t>({
        {"1.50", '.', 150},
        {"2,500", '.', 250000},
        {"1,234,567.89", '.', 123456789},
        {"10.000", '.', 1000},
        {"10.000", ',', 1000000},
        {"1.234", ',', 123400},
        {"2,5", ',', 250},
        {"1.234.567,89", ',', 123456789},
        {"1 234,56", ',', 123456},
        {"$2,500", '.', 250000},
        {"1,234", 0, 123400}, // unsettled: a lone separator before three digits groups
        {"3,5", 0, 350},
    }));
    INFO(text << " read with '" << (mark == 0 ? '?' : mark) << "'");
    const auto amount = parseAmount(text, "USD", mark);
    REQUIRE(amount.has_value());
    CHECK(amount->money.minor == minor);
}

TEST_CASE("With a settled decimal separator, values that use it otherwise are refused", "[amounts]")
{
    const auto [text, mark, reason] = GENERATE(table<std::string, char, std::string>({
        {"1.234", '.', "has 3 decimals where the currency has 2"},
        {"2,505", ',', "has 3 decimals where the currency has 2"},
        {"1.234.567", '.', "is not an amount"},
        {"1,5", '.', "is not an amount"},
        {"1.50", ',', "is not an amount"},
    }));
    INFO(text);
    const auto amount = parseAmount(text, "USD", mark);
    REQUIRE_FALSE(amount.has_value());
    CHECK(amount.error() == reason);

    const auto number = parseDecimal("1.234", '.');
    REQUIRE(number.has_value());
    CHECK(number->toString() == "1.234");
    CHECK(parseDecimal("1.234", ',')->toString() == "1234");
}

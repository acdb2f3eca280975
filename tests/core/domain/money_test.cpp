#include "core/domain/money.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <cstdint>
#include <limits>

using namespace dealboard;

TEST_CASE("Money is formatted with the currency's own decimals", "[money]")
{
    const auto [money, expected] = GENERATE(table<Money, std::string>({
        {Money{123456, "USD"}, "1,234.56 USD"},
        {Money{1000553400, "USD"}, "10,005,534.00 USD"},
        {Money{-5, "EUR"}, "-0.05 EUR"},
        {Money{1500, "JPY"}, "1,500 JPY"},
        {Money{1234, "KWD"}, "1.234 KWD"},
        {Money{0, "GBP"}, "0.00 GBP"},
        {Money{std::numeric_limits<std::int64_t>::min(), "USD"}, "-92,233,720,368,547,758.08 USD"},
    }));

    CHECK(formatMoney(money) == expected);
}

TEST_CASE("Plain amounts have no grouping", "[money]")
{
    CHECK(formatAmount(Money{123456789, "USD"}) == "1234567.89");
    CHECK(formatAmount(Money{-100, "JPY"}) == "-100");
}

TEST_CASE("Currency codes and exponents", "[money]")
{
    CHECK(isCurrencyCode("USD"));
    CHECK_FALSE(isCurrencyCode("usd"));
    CHECK_FALSE(isCurrencyCode("US"));
    CHECK_FALSE(isCurrencyCode("US$"));
    CHECK(currencyExponent("USD") == 2);
    CHECK(currencyExponent("JPY") == 0);
    CHECK(currencyExponent("BHD") == 3);
    CHECK(currencyExponent("XXX") == 2);
}

TEST_CASE("Totals never add different currencies together", "[money]")
{
    MoneyTotals totals;
    REQUIRE(totals.add(Money{10000, "EUR"}));
    REQUIRE(totals.add(Money{10000, "USD"}));
    REQUIRE(totals.add(Money{250, "EUR"}));

    CHECK(totals.perCurrency().size() == 2);
    CHECK(totals.perCurrency().at("EUR") == 10250);
    CHECK(totals.perCurrency().at("USD") == 10000);
    CHECK(totals.toString() == "102.50 EUR + 100.00 USD");
}

TEST_CASE("A total that would overflow is refused and left as it was", "[money]")
{
    MoneyTotals totals;
    REQUIRE(totals.add(Money{std::numeric_limits<std::int64_t>::max(), "USD"}));

    const Status result = totals.add(Money{1, "USD"});

    REQUIRE_FALSE(result);
    CHECK(result.error().find("USD") != std::string::npos);
    CHECK(totals.perCurrency().at("USD") == std::numeric_limits<std::int64_t>::max());
}

TEST_CASE("An overflowing first amount leaves no empty currency behind", "[money]")
{
    MoneyTotals totals;
    REQUIRE(totals.add(Money{std::numeric_limits<std::int64_t>::min(), "EUR"}));
    REQUIRE_FALSE(totals.add(Money{-1, "EUR"}));
    CHECK(totals.perCurrency().size() == 1);
}

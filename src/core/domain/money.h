#pragma once

#include "core/result.h"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace dealboard {

// An exact amount of money: integer minor units (cents for USD, yen for JPY) and an
// ISO 4217 currency code. Never floating point, so totals are exact to the cent.
struct Money
{
    std::int64_t minor = 0;
    std::string currency;

    friend bool operator==(const Money &, const Money &) = default;
};

// Number of minor-unit digits of an ISO 4217 currency (2 for USD, 0 for JPY, 3 for KWD).
// Codes we do not know get 2, which is what most currencies use.
int currencyExponent(std::string_view code);

// True for three upper-case ASCII letters; says nothing about whether ISO lists it.
bool isCurrencyCode(std::string_view code);

// "1,234.56 USD", "-5 JPY": grouping by thousands, the currency's own number of decimals.
std::string formatMoney(const Money &money);

// The amount alone, without grouping: "1234.56". Used by CSV export so numbers stay numbers.
std::string formatAmount(const Money &money);

// Sums kept apart per currency: 100 EUR + 100 USD is never 200 of anything.
class MoneyTotals final
{
public:
    // Fails, leaving the totals unchanged, when a sum would overflow 64 bits.
    [[nodiscard]] Status add(const Money &money);

    const std::map<std::string, std::int64_t> &perCurrency() const { return m_totals; }
    bool isEmpty() const { return m_totals.empty(); }

    // "1,234.56 USD + 300.00 EUR", currencies in alphabetical order; empty when no money.
    std::string toString() const;

private:
    std::map<std::string, std::int64_t> m_totals;
};

} // namespace dealboard

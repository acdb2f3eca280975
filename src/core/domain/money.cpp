#include "core/domain/money.h"

#include "core/domain/text.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <utility>

namespace dealboard {

namespace {

// ISO 4217 currencies whose minor unit is not two digits.
constexpr std::array<std::pair<std::string_view, int>, 26> nonDecimalExponents{{
    {"BHD", 3}, {"BIF", 0}, {"CLF", 4}, {"CLP", 0}, {"DJF", 0}, {"GNF", 0}, {"IQD", 3},
    {"ISK", 0}, {"JOD", 3}, {"JPY", 0}, {"KMF", 0}, {"KRW", 0}, {"KWD", 3}, {"LYD", 3},
    {"OMR", 3}, {"PYG", 0}, {"RWF", 0}, {"TND", 3}, {"UGX", 0}, {"UYI", 0}, {"UYW", 4},
    {"VND", 0}, {"VUV", 0}, {"XAF", 0}, {"XOF", 0}, {"XPF", 0},
}};

// Splits |minor| into whole and fractional digit strings for the currency's exponent.
std::pair<std::string, std::string> splitAmount(const Money &money)
{
    const int exponent = currencyExponent(money.currency);
    // Work in unsigned so that INT64_MIN has a magnitude.
    const std::uint64_t magnitude =
        money.minor < 0 ? 0 - std::uint64_t(money.minor) : std::uint64_t(money.minor);
    std::uint64_t divisor = 1;
    for (int i = 0; i < exponent; ++i)
        divisor *= 10;

    std::string fraction = std::to_string(magnitude % divisor);
    if (exponent == 0)
        fraction.clear();
    else
        fraction.insert(0, std::size_t(exponent) - fraction.size(), '0');
    return {std::to_string(magnitude / divisor), fraction};
}

std::string joinAmount(const Money &money, bool grouped)
{
    auto [whole, fraction] = splitAmount(money);
    std::string out = money.minor < 0 ? "-" : "";
    out += grouped ? groupThousands(whole) : whole;
    if (!fraction.empty())
        out += '.' + fraction;
    return out;
}

} // namespace

int currencyExponent(std::string_view code)
{
    const auto *found = std::find_if(nonDecimalExponents.begin(), nonDecimalExponents.end(),
                                     [code](const auto &entry) { return entry.first == code; });
    return found == nonDecimalExponents.end() ? 2 : found->second;
}

bool isCurrencyCode(std::string_view code)
{
    return code.size() == 3 &&
           std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::string formatMoney(const Money &money)
{
    return joinAmount(money, true) + ' ' + money.currency;
}

std::string formatAmount(const Money &money)
{
    return joinAmount(money, false);
}

Status MoneyTotals::add(const Money &money)
{
    std::int64_t &total = m_totals[money.currency];
    std::int64_t sum = 0;
    if (__builtin_add_overflow(total, money.minor, &sum)) {
        if (total == 0)
            m_totals.erase(money.currency);
        return failure("The total in " + money.currency + " is too large to add up exactly");
    }
    total = sum;
    return {};
}

std::string MoneyTotals::toString() const
{
    std::string out;
    for (const auto &[currency, minor] : m_totals) {
        if (!out.empty())
            out += " + ";
        out += formatMoney(Money{minor, currency});
    }
    return out;
}

} // namespace dealboard

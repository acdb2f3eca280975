#include "core/io/amountparser.h"

#include "core/domain/text.h"

#include <fmt/format.h>

#include <array>
#include <limits>
#include <utility>

namespace dealboard {

namespace {

struct CurrencySymbol
{
    std::string_view symbol;
    std::string_view code;
};

// The symbols whose currency is clear enough to assume: "$" alone means US dollars here,
// as it does in the exports of US-made CRMs.
constexpr std::array<CurrencySymbol, 4> currencySymbols{{
    {"$", "USD"},
    {"\xE2\x82\xAC", "EUR"}, // €
    {"\xC2\xA3", "GBP"},     // £
    {"\xC2\xA5", "JPY"},     // ¥
}};

// Spaces that spreadsheets put between groups of thousands.
constexpr std::array<std::string_view, 3> groupingSpaces{{
    "\xC2\xA0",     // no-break space
    "\xE2\x80\xAF", // narrow no-break space
    "\xE2\x80\x89", // thin space
}};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isUpperLetter(char c)
{
    return c >= 'A' && c <= 'Z';
}

bool isLetter(char c)
{
    return isUpperLetter(c) || (c >= 'a' && c <= 'z');
}

std::string withPlainSpaces(std::string_view text)
{
    std::string result(text);
    for (const auto space : groupingSpaces) {
        for (auto pos = result.find(space); pos != std::string::npos; pos = result.find(space))
            result.replace(pos, space.size(), " ");
    }
    return result;
}

// Integer digits grouped by separator: a first group of one to three digits, then groups of
// exactly three.
std::optional<std::string> ungroup(std::string_view text, char separator)
{
    std::string digits;
    std::size_t groupLength = 0;
    bool firstGroup = true;
    for (const char c : text) {
        if (isDigit(c)) {
            digits += c;
            ++groupLength;
            continue;
        }
        if (c != separator || groupLength == 0 || groupLength > 3 ||
            (!firstGroup && groupLength != 3))
            return std::nullopt;
        firstGroup = false;
        groupLength = 0;
    }
    if (groupLength == 0 || (!firstGroup && groupLength != 3) ||
        (firstGroup && groupLength > 3 && separator != 0))
        return std::nullopt;
    return digits;
}

bool allDigits(std::string_view text)
{
    if (text.empty())
        return false;
    for (const char c : text) {
        if (!isDigit(c))
            return false;
    }
    return true;
}

// Which of '.' and ',' separates the decimals, or 0 for none. See parseDecimal.
char decimalSeparator(std::string_view text, char given)
{
    if (given != 0)
        return text.find(given) == std::string_view::npos ? 0 : given;
    const auto lastDot = text.rfind('.');
    const auto lastComma = text.rfind(',');
    if (lastDot != std::string_view::npos && lastComma != std::string_view::npos)
        return lastDot > lastComma ? '.' : ',';

    const char mark = lastDot != std::string_view::npos ? '.' : ',';
    const auto last = std::min(lastDot, lastComma);
    if (last == std::string_view::npos || text.find(mark) != last)
        return 0; // none, or several of one: they group thousands

    const bool otherGrouping = text.find_first_of(" '") != std::string_view::npos;
    const auto digitsAfter = text.size() - last - 1;
    const auto before = text.substr(0, last);
    const bool groupsThousands = digitsAfter == 3 && !before.empty() && before.size() <= 3 &&
                                 before != "0" && !otherGrouping;
    return groupsThousands ? 0 : mark;
}

char groupingSeparator(std::string_view integerPart)
{
    const auto pos = integerPart.find_first_not_of("0123456789");
    return pos == std::string_view::npos ? 0 : integerPart[pos];
}

std::string withoutLeadingZeros(std::string digits)
{
    const auto first = digits.find_first_not_of('0');
    digits.erase(0, first == std::string::npos ? digits.size() - 1 : first);
    return digits;
}

// Takes a currency symbol or code off the front of text.
std::optional<std::string> takeLeadingCurrency(std::string_view &text)
{
    for (const auto &known : currencySymbols) {
        if (text.starts_with(known.symbol)) {
            text = trimmed(text.substr(known.symbol.size()));
            return std::string(known.code);
        }
    }
    if (text.size() >= 3 && isUpperLetter(text[0]) && isUpperLetter(text[1]) &&
        isUpperLetter(text[2]) && (text.size() == 3 || !isLetter(text[3]))) {
        std::string code(text.substr(0, 3));
        text = trimmed(text.substr(3));
        return code;
    }
    return std::nullopt;
}

// Takes a currency symbol or code off the end of text.
std::optional<std::string> takeTrailingCurrency(std::string_view &text)
{
    for (const auto &known : currencySymbols) {
        if (text.ends_with(known.symbol)) {
            text = trimmed(text.substr(0, text.size() - known.symbol.size()));
            return std::string(known.code);
        }
    }
    const auto n = text.size();
    if (n >= 3 && isUpperLetter(text[n - 1]) && isUpperLetter(text[n - 2]) &&
        isUpperLetter(text[n - 3]) && (n == 3 || !isLetter(text[n - 4]))) {
        std::string code(text.substr(n - 3));
        text = trimmed(text.substr(0, n - 3));
        return code;
    }
    return std::nullopt;
}

// Takes a leading minus sign or surrounding accounting parentheses off text.
bool takeNegativeSign(std::string_view &text)
{
    if (text.starts_with('-')) {
        text = trimmed(text.substr(1));
        return true;
    }
    if (text.starts_with('(') && text.ends_with(')')) {
        text = trimmed(text.substr(1, text.size() - 2));
        return true;
    }
    return false;
}

Result<std::int64_t> toMinorUnits(const DecimalNumber &number, int exponent)
{
    std::string fraction = number.fractionDigits;
    while (int(fraction.size()) > exponent && fraction.back() == '0')
        fraction.pop_back(); // "1054.000 USD" loses nothing
    if (int(fraction.size()) > exponent)
        return failure(fmt::format("has {} decimals where the currency has {}",
                                   number.fractionDigits.size(), exponent));
    fraction.resize(std::size_t(exponent), '0');

    const std::string digits = number.integerDigits + fraction;
    if (digits.size() > 18)
        return failure("is too large");
    const std::int64_t minor = std::stoll(digits);
    return number.negative ? -minor : minor;
}

// Text without its sign and currency, with plain spaces: the number alone.
std::string numberText(std::string_view input)
{
    std::string_view text = trimmed(input);
    takeNegativeSign(text);
    takeLeadingCurrency(text);
    takeTrailingCurrency(text);
    const std::string normalised = withPlainSpaces(text);
    std::string_view number = normalised;
    takeNegativeSign(number);
    return std::string(number);
}

} // namespace

std::string DecimalNumber::toString() const
{
    std::string text = negative ? "-" : "";
    text += integerDigits;
    if (!fractionDigits.empty())
        text += "." + fractionDigits;
    return text;
}

std::optional<DecimalNumber> parseDecimal(std::string_view input, char decimalMark)
{
    const std::string normalised = withPlainSpaces(trimmed(input));
    std::string_view text = normalised;
    DecimalNumber number;
    number.negative = takeNegativeSign(text);
    if (text.empty() || !isDigit(text.front()) || !isDigit(text.back()) ||
        text.find_first_not_of("0123456789.,' ") != std::string_view::npos)
        return std::nullopt;

    const char mark = decimalSeparator(text, decimalMark);
    const auto markPos = mark == 0 ? std::string_view::npos : text.rfind(mark);
    const auto integerPart = text.substr(0, markPos);
    if (decimalMark != 0 && integerPart.find(decimalMark) != std::string_view::npos)
        return std::nullopt; // a second decimal separator
    if (markPos != std::string_view::npos) {
        number.fractionDigits = std::string(text.substr(markPos + 1));
        if (!allDigits(number.fractionDigits))
            return std::nullopt;
    }

    const auto digits = ungroup(integerPart, groupingSeparator(integerPart));
    if (!digits)
        return std::nullopt;
    number.integerDigits = withoutLeadingZeros(*digits);
    return number;
}

std::optional<DecimalNumber> parsePlainNumber(std::string_view text)
{
    auto number = parseDecimal(text);
    const auto start = trimmed(text).find_first_of("0123456789");
    const auto rest = trimmed(text).substr(start == std::string_view::npos ? 0 : start);
    if (number && rest.size() > 1 && rest[0] == '0' && isDigit(rest[1]))
        return std::nullopt; // "01234" is a code, not a number
    return number;
}

Result<ParsedAmount> parseAmount(std::string_view input, std::string_view defaultCurrency,
                                 char decimalMark)
{
    std::string_view text = trimmed(input);
    if (text.empty())
        return failure("is empty");

    const bool outerNegative = takeNegativeSign(text);
    auto currency = takeLeadingCurrency(text);
    const auto trailing = takeTrailingCurrency(text);
    if (currency && trailing && *currency != *trailing)
        return failure(fmt::format("names two currencies, {} and {}", *currency, *trailing));
    if (!currency)
        currency = trailing;
    if (currency && !isCurrencyCode(*currency))
        return failure(fmt::format("has an unknown currency \"{}\"", *currency));

    auto number = parseDecimal(text, decimalMark);
    if (!number)
        return failure("is not an amount");
    if (outerNegative && number->negative)
        return failure("is not an amount");
    number->negative = number->negative || outerNegative;

    ParsedAmount amount;
    amount.hadCurrency = currency.has_value();
    amount.money.currency = currency ? *currency : std::string(defaultCurrency);
    const auto minor = toMinorUnits(*number, currencyExponent(amount.money.currency));
    if (!minor)
        return std::unexpected(minor.error());
    amount.money.minor = *minor;
    return amount;
}

char provenDecimalMark(std::string_view input)
{
    const std::string text = numberText(input);
    if (!parseDecimal(text))
        return 0;
    const auto lastDot = text.rfind('.');
    const auto lastComma = text.rfind(',');
    if (lastDot != std::string::npos && lastComma != std::string::npos)
        return lastDot > lastComma ? '.' : ',';
    const auto last = std::min(lastDot, lastComma);
    if (last == std::string::npos)
        return 0;
    const char mark = text[last];
    if (text.find(mark) != last)
        return 0; // "1.234.567": several group thousands
    const auto digitsAfter = text.size() - last - 1;
    return digitsAfter == 3 ? 0 : mark; // "1,234" may be either
}

bool looksLikeMoney(std::string_view text)
{
    const auto amount = parseAmount(text, "XXX");
    return amount && amount->hadCurrency;
}

} // namespace dealboard

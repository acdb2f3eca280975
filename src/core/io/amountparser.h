#pragma once

#include "core/domain/money.h"
#include "core/result.h"

#include <optional>
#include <string>
#include <string_view>

namespace dealboard {

// A decimal number read from text, digit for digit, so that nothing is lost to floating
// point: "-1 234,50" is negative, "1234" and "50".
struct DecimalNumber
{
    bool negative = false;
    std::string integerDigits;  // at least one digit, no grouping
    std::string fractionDigits; // may be empty

    // "-1234.50": for number fields, which store JSON numbers.
    std::string toString() const;
};

// Reads a number as people write them: thousands grouped by ',', '.', ' ', a no-break
// space or '\'' ("1,234,567.89", "1.234.567,89", "1 234,56", "1'234.50"), a leading '-'
// or accounting parentheses for negatives. A lone ',' or '.' followed by exactly three
// digits groups thousands ("1,234" is 1234); followed by other counts it is the decimal
// separator ("3,5" is 3.5). A column whose values settle the decimal separator passes it
// as decimalMark ('.' or ','; 0 guesses as above): then the other one only groups
// thousands, so with '.' "2,500" is 2500 and "1.234" is 1.234. Nothing when text is not a
// number.
std::optional<DecimalNumber> parseDecimal(std::string_view text, char decimalMark = 0);

// A plain number as number fields take it: what parseDecimal reads, except text with a
// leading zero such as a postcode ("01234"), which is text.
std::optional<DecimalNumber> parsePlainNumber(std::string_view text);

struct ParsedAmount
{
    Money money;
    bool hadCurrency = false; // the text named its currency by symbol or code
};

// Reads an amount of money: a number with an optional currency symbol ($ € £ ¥) or ISO
// code before or after it ("$1,054", "1.054,00 €", "EUR 99", "12.5USD"). Amounts without
// a currency are in defaultCurrency. Fails with a reason a user can act on: not a number,
// more decimals than the currency has (1234.567 USD), or too large. decimalMark is as for
// parseDecimal.
[[nodiscard]] Result<ParsedAmount>
parseAmount(std::string_view text, std::string_view defaultCurrency, char decimalMark = 0);

// The decimal separator that the number or amount in text can only be read with: '.' or
// ',' when one of them is followed by one, two or four and more digits ("1.50", "2,5",
// "0,1234"), or when both appear (the last one: "1.234,5"); 0 when text proves nothing
// ("1,234", "1.234.567", "42") or is no number.
char provenDecimalMark(std::string_view text);

// True when text is an amount that names its currency.
bool looksLikeMoney(std::string_view text);

} // namespace dealboard

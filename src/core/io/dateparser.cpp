#include "core/io/dateparser.h"

#include "core/domain/text.h"

#include <fmt/format.h>

#include <cctype>
#include <charconv>

namespace dealboard {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads a run of digits at the front of text into value; returns how many there were.
std::size_t readNumber(std::string_view text, int &value)
{
    std::size_t length = 0;
    while (length < text.size() && length < 5 && isDigit(text[length]))
        ++length;
    std::from_chars(text.data(), text.data() + length, value);
    return length;
}

bool isDateSeparator(char c)
{
    return c == '-' || c == '/' || c == '.';
}

int fullYear(int year, std::size_t digits)
{
    if (digits == 4)
        return year;
    return year < 70 ? 2000 + year : 1900 + year;
}

} // namespace

std::optional<DateParts> splitDate(std::string_view text)
{
    text = trimmed(text);
    int numbers[3] = {};
    std::size_t lengths[3] = {};
    char separator = 0;
    std::size_t pos = 0;
    for (int i = 0; i < 3; ++i) {
        lengths[i] = readNumber(text.substr(pos), numbers[i]);
        pos += lengths[i];
        if (lengths[i] == 0 || i == 2)
            break;
        if (pos >= text.size() || !isDateSeparator(text[pos]))
            return std::nullopt;
        if (separator != 0 && text[pos] != separator)
            return std::nullopt;
        separator = text[pos++];
    }
    if (pos != text.size() || lengths[2] == 0)
        return std::nullopt;

    if (lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2)
        return DateParts{numbers[1], numbers[2], numbers[0], true};
    if (lengths[0] <= 2 && lengths[1] <= 2 && (lengths[2] == 4 || lengths[2] == 2))
        return DateParts{numbers[0], numbers[1], fullYear(numbers[2], lengths[2]), false};
    return std::nullopt;
}

std::optional<Date> parseDate(std::string_view text, DateOrder order)
{
    const auto parts = splitDate(text);
    if (!parts)
        return std::nullopt;
    if (parts->yearFirst)
        return Date::fromParts(parts->year, unsigned(parts->first), unsigned(parts->second));

    switch (order) {
    case DateOrder::DayMonthYear:
        return Date::fromParts(parts->year, unsigned(parts->second), unsigned(parts->first));
    case DateOrder::MonthDayYear:
        return Date::fromParts(parts->year, unsigned(parts->first), unsigned(parts->second));
    case DateOrder::YearMonthDay:
        return std::nullopt;
    }
    return std::nullopt;
}

bool looksLikeDate(std::string_view text)
{
    return parseDate(text, DateOrder::DayMonthYear) || parseDate(text, DateOrder::MonthDayYear);
}

void DateOrderEvidence::add(std::string_view text, int line)
{
    const auto parts = splitDate(text);
    if (!parts || parts->yearFirst)
        return;
    m_sawDayAndMonth = true;

    const bool dayFirst = bool(parseDate(text, DateOrder::DayMonthYear));
    const bool monthFirst = bool(parseDate(text, DateOrder::MonthDayYear));
    if (dayFirst && !monthFirst && m_dayFirstLine == 0) {
        m_dayFirstLine = line;
        m_dayFirstText = trimmed(text);
    } else if (monthFirst && !dayFirst && m_monthFirstLine == 0) {
        m_monthFirstLine = line;
        m_monthFirstText = trimmed(text);
    } else if (dayFirst && monthFirst && parts->first != parts->second &&
               m_firstAmbiguousLine == 0) {
        m_firstAmbiguousLine = line;
        m_ambiguousText = trimmed(text);
    }
}

std::optional<DateOrder> DateOrderEvidence::settledOrder() const
{
    if (isContradictory())
        return std::nullopt;
    if (m_dayFirstLine != 0)
        return DateOrder::DayMonthYear;
    if (m_monthFirstLine != 0)
        return DateOrder::MonthDayYear;
    return std::nullopt;
}

Result<DateOrder> DateOrderEvidence::resolve(std::string_view column,
                                             std::optional<DateOrder> given) const
{
    if (given)
        return *given;
    if (isContradictory())
        return failure(fmt::format(
            "Column \"{}\" mixes day-first dates (line {}: {}) and month-first dates (line {}: "
            "{}); correct the file",
            column, m_dayFirstLine, m_dayFirstText, m_monthFirstLine, m_monthFirstText));
    if (const auto order = settledOrder())
        return *order;
    if (hasAmbiguousDates())
        // Worded for both the command line (--date-format dmy) and the dialog's "Dates" list.
        return failure(fmt::format("Dates in column \"{}\" could be day-first or month-first "
                                   "(line {}: \"{}\"); choose the date order: day first (dmy) "
                                   "or month first (mdy)",
                                   column, m_firstAmbiguousLine, m_ambiguousText));
    if (!m_sawDayAndMonth)
        return DateOrder::YearMonthDay;
    return DateOrder::DayMonthYear; // nothing is ambiguous: both orders read the same
}

std::string_view toString(DateOrder order)
{
    switch (order) {
    case DateOrder::YearMonthDay:
        return "YYYY-MM-DD";
    case DateOrder::DayMonthYear:
        return "DD/MM/YYYY";
    case DateOrder::MonthDayYear:
        return "MM/DD/YYYY";
    }
    return "YYYY-MM-DD";
}

// "DD/MM/YYYY", "d.m.y", "dmy" and "iso" all reduce to the order of their first letters.
std::optional<DateOrder> dateOrderFromString(std::string_view text)
{
    std::string letters;
    for (const char c : text) {
        const char lower = char(std::tolower(static_cast<unsigned char>(c)));
        if (std::isalpha(static_cast<unsigned char>(c)) &&
            (letters.empty() || letters.back() != lower))
            letters += lower;
    }
    if (letters == "ymd" || letters == "iso")
        return DateOrder::YearMonthDay;
    if (letters == "dmy")
        return DateOrder::DayMonthYear;
    if (letters == "mdy")
        return DateOrder::MonthDayYear;
    return std::nullopt;
}

} // namespace dealboard

#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace dealboard {

// A calendar date with no time of day and no time zone, as a sales rep means
// "expected close date": it never shifts a day when the clock moves.
class Date final
{
public:
    Date() = default;
    explicit Date(std::chrono::year_month_day ymd)
        : m_ymd(ymd)
    {
    }

    // Only valid dates: fromParts(2023, 2, 29) is empty.
    static std::optional<Date> fromParts(int year, unsigned month, unsigned day);
    // Strict "YYYY-MM-DD".
    static std::optional<Date> fromIso(std::string_view text);
    // Today in UTC.
    static Date today();

    int year() const { return int(m_ymd.year()); }
    unsigned month() const { return unsigned(m_ymd.month()); }
    unsigned day() const { return unsigned(m_ymd.day()); }
    std::chrono::year_month_day ymd() const { return m_ymd; }

    std::string toIso() const;

    // Days from this date to other; negative when other is earlier.
    int daysTo(const Date &other) const;

    friend auto operator<=>(const Date &, const Date &) = default;

private:
    std::chrono::year_month_day m_ymd{std::chrono::year{1970}, std::chrono::January,
                                      std::chrono::day{1}};
};

} // namespace dealboard

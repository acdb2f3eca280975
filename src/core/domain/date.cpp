#include "core/domain/date.h"

#include <charconv>
#include <cstdio>

namespace dealboard {

namespace {

bool parseDigits(std::string_view text, int &value)
{
    if (text.empty())
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    return result.ec == std::errc{};
}

} // namespace

std::optional<Date> Date::fromParts(int year, unsigned month, unsigned day)
{
    const std::chrono::year_month_day ymd{std::chrono::year{year}, std::chrono::month{month},
                                          std::chrono::day{day}};
    if (!ymd.ok() || year < 1 || year > 9999)
        return std::nullopt;
    return Date(ymd);
}

std::optional<Date> Date::fromIso(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;

    int year = 0;
    int month = 0;
    int day = 0;
    if (!parseDigits(text.substr(0, 4), year) || !parseDigits(text.substr(5, 2), month) ||
        !parseDigits(text.substr(8, 2), day))
        return std::nullopt;
    return fromParts(year, unsigned(month), unsigned(day));
}

Date Date::today()
{
    const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    return Date(std::chrono::year_month_day{now});
}

std::string Date::toIso() const
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", year(), month(), day());
    return buffer;
}

int Date::daysTo(const Date &other) const
{
    const auto from = std::chrono::sys_days{m_ymd};
    const auto to = std::chrono::sys_days{other.m_ymd};
    return int((to - from).count());
}

} // namespace dealboard

#include "core/domain/timestamp.h"

#include "core/domain/date.h"

#include <cstdio>

namespace dealboard {

namespace {

bool readNumber(std::string_view text, std::size_t from, std::size_t count, int &value)
{
    value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
        if (i >= text.size() || text[i] < '0' || text[i] > '9')
            return false;
        value = value * 10 + (text[i] - '0');
    }
    return true;
}

} // namespace

Timestamp currentTimestamp()
{
    return std::chrono::floor<std::chrono::milliseconds>(std::chrono::system_clock::now());
}

std::string toIsoUtc(Timestamp at)
{
    const auto day = std::chrono::floor<std::chrono::days>(at);
    const std::chrono::year_month_day ymd{day};
    const std::chrono::hh_mm_ss time{at - day};

    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ", int(ymd.year()),
                  unsigned(ymd.month()), unsigned(ymd.day()), int(time.hours().count()),
                  int(time.minutes().count()), int(time.seconds().count()),
                  int(time.subseconds().count()));
    return buffer;
}

std::optional<Timestamp> timestampFromIsoUtc(std::string_view text)
{
    const auto date = Date::fromIso(text.substr(0, 10));
    if (!date || text.size() < 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':' ||
        text.back() != 'Z')
        return std::nullopt;

    int hours = 0;
    int minutes = 0;
    int seconds = 0;
    int millis = 0;
    if (!readNumber(text, 11, 2, hours) || !readNumber(text, 14, 2, minutes) ||
        !readNumber(text, 17, 2, seconds) || hours > 23 || minutes > 59 || seconds > 59)
        return std::nullopt;
    if (text.size() == 24) {
        if (text[19] != '.' || !readNumber(text, 20, 3, millis))
            return std::nullopt;
    } else if (text.size() != 20) {
        return std::nullopt;
    }

    return Timestamp{std::chrono::sys_days{date->ymd()}} + std::chrono::hours{hours} +
           std::chrono::minutes{minutes} + std::chrono::seconds{seconds} +
           std::chrono::milliseconds{millis};
}

std::int64_t toMillis(Timestamp at)
{
    return at.time_since_epoch().count();
}

Timestamp timestampFromMillis(std::int64_t millis)
{
    return Timestamp{std::chrono::milliseconds{millis}};
}

int wholeDaysBetween(Timestamp from, Timestamp to)
{
    return int(std::chrono::floor<std::chrono::days>(to - from).count());
}

} // namespace dealboard

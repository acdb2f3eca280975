#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dealboard {

// A moment in UTC with millisecond precision: created, updated, entered-stage times.
using Timestamp = std::chrono::sys_time<std::chrono::milliseconds>;

Timestamp currentTimestamp();

// "2026-12-04T15:29:37.123Z"
std::string toIsoUtc(Timestamp at);
// Accepts what toIsoUtc writes, and the same without milliseconds.
std::optional<Timestamp> timestampFromIsoUtc(std::string_view text);

std::int64_t toMillis(Timestamp at);
Timestamp timestampFromMillis(std::int64_t millis);

// Whole days between two moments, rounded down; used for "days in stage" on cards.
int wholeDaysBetween(Timestamp from, Timestamp to);

} // namespace dealboard

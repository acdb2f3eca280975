#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace dealboard {

// Removes leading and trailing ASCII white space.
std::string_view trimmed(std::string_view text);

// Lower-cases UTF-8 text: ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic capitals.
// Other characters pass through unchanged, so the result is always valid UTF-8 if the
// input was.
std::string toLowerUtf8(std::string_view text);

// The key under which names are compared: trimmed and lower-cased, so " won " and "WON"
// name the same stage. Stage, field, folder and view names are unique by this key.
std::string nameKey(std::string_view name);

// True when text is well-formed UTF-8.
bool isValidUtf8(std::string_view text);

// Digits grouped by thousands with commas, "1234567" -> "1,234,567": the one way amounts
// and counts are written for the user, on the board, in the terminal and in messages.
std::string groupThousands(std::string_view digits);

// 8800 -> "8,800".
std::string formatCount(std::size_t count);

} // namespace dealboard

#pragma once

#include <expected>
#include <string>
#include <utility>

namespace dealboard {

// Fallible operations at API edges return a Result: the value, or a message a user can
// read ("Stage \"Won\" already exists in folder \"Deals\""), never a code to look up.
template <typename T> using Result = std::expected<T, std::string>;

using Status = std::expected<void, std::string>;

inline std::unexpected<std::string> failure(std::string message)
{
    return std::unexpected<std::string>(std::move(message));
}

} // namespace dealboard

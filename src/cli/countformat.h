#pragma once

#include <cstddef>
#include <string>

namespace dealboard {

// 8800 -> "8,800": counts in messages read like the numbers on the board.
std::string formatCount(std::size_t count);

} // namespace dealboard

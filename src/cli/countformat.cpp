#include "cli/countformat.h"

namespace dealboard {

std::string formatCount(std::size_t count)
{
    std::string digits = std::to_string(count);
    for (int i = int(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(std::size_t(i), ",");
    return digits;
}

} // namespace dealboard

#include "core/storage/columnpositions.h"

#include <limits>

namespace dealboard {

namespace {

constexpr std::int64_t largest = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t smallest = std::numeric_limits<std::int64_t>::min();

} // namespace

std::optional<std::int64_t> positionBetween(std::optional<std::int64_t> previous,
                                            std::optional<std::int64_t> next)
{
    if (!previous && !next)
        return positionStep;
    if (!next) {
        if (*previous > largest - positionStep)
            return std::nullopt;
        return *previous + positionStep;
    }
    if (!previous) {
        if (*next < smallest + positionStep)
            return std::nullopt;
        return *next - positionStep;
    }
    if (*next <= *previous)
        return std::nullopt;
    // Unsigned, because the distance between two int64 values may not fit in an int64.
    const auto distance = std::uint64_t(*next) - std::uint64_t(*previous);
    if (distance < 2)
        return std::nullopt;
    return std::int64_t(std::uint64_t(*previous) + distance / 2);
}

std::int64_t renumberedPosition(std::int64_t index)
{
    return (index + 1) * positionStep;
}

} // namespace dealboard

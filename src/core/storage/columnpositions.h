#pragma once

#include <cstdint>
#include <optional>

namespace dealboard {

// Cards in a column are ordered by an integer position. New positions are spaced this far
// apart, so about sixteen cards can be dropped between the same two before their
// neighbours run out of room and the column is renumbered.
inline constexpr std::int64_t positionStep = std::int64_t(1) << 16;

// A position between previous and next (either may be missing: top or end of the column,
// or an empty column). Empty when there is no integer strictly between them, or the
// number would overflow: then the column must be renumbered first.
std::optional<std::int64_t> positionBetween(std::optional<std::int64_t> previous,
                                            std::optional<std::int64_t> next);

// The position of the index-th card (from 0) of a freshly renumbered column.
std::int64_t renumberedPosition(std::int64_t index);

} // namespace dealboard

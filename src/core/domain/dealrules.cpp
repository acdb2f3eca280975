#include "core/domain/dealrules.h"

#include <algorithm>

namespace dealboard {

int winProbability(const Deal &deal, const Stage &stage)
{
    // Both are checked on the way into storage; the clamp keeps a forecast sane anyway.
    return std::clamp(deal.probability.value_or(stage.probability), 0, 100);
}

int idleDays(const Deal &deal, Timestamp now)
{
    return std::max(0, wholeDaysBetween(deal.updatedAt, now));
}

bool isRotting(const Deal &deal, const Stage &stage, Timestamp now)
{
    return stage.rottingDays.has_value() && idleDays(deal, now) > *stage.rottingDays;
}

} // namespace dealboard

#pragma once

#include "core/domain/deal.h"
#include "core/domain/stage.h"
#include "core/domain/timestamp.h"

namespace dealboard {

// The win probability forecasts apply to a deal in stage: the one set by hand on the deal
// when there is one, else the stage's default.
int winProbability(const Deal &deal, const Stage &stage);

// Whole days since the deal last changed (updatedAt), never negative.
int idleDays(const Deal &deal, Timestamp now);

// True when the stage has a rotting limit and the deal has been idle for longer.
bool isRotting(const Deal &deal, const Stage &stage, Timestamp now);

} // namespace dealboard

#pragma once

#include "core/domain/stage.h"

#include <string>
#include <vector>

namespace dealboard {

// Stages an import creates for stage names the folder does not have yet.

// Puts new stage names in the order a pipeline reads from left to right: open stages
// first, those with a well-known name (lead, prospecting, qualification, demo, proposal,
// negotiation...) in that order and the others as first seen, then won, then lost.
std::vector<std::string> orderNewStages(std::vector<std::string> names);

// A stage for name: kind from guessStageKind(), a colour, and a default win probability
// that rises along the open stages (index of openCount), 100 for won and 0 for lost.
Stage makeImportedStage(const std::string &name, int openIndex, int openCount);

} // namespace dealboard

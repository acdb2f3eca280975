#pragma once

#include "core/domain/ids.h"

#include <optional>
#include <string>
#include <string_view>

namespace dealboard {

enum class StageKind
{
    Open,
    Won,
    Lost
};

std::string_view toString(StageKind kind); // "open", "won", "lost"
std::optional<StageKind> stageKindFromString(std::string_view text);

// One column of a folder's stage set. Names are unique within the folder by nameKey();
// position orders the columns from left to right; probability is the default win
// probability in percent (0..100) that forecasts apply to deals in this stage.
struct Stage
{
    StageId id = 0;
    FolderId folderId = 0;
    std::string name;
    int position = 0;
    std::string color = "#607d8b"; // "#rrggbb"
    StageKind kind = StageKind::Open;
    int probability = 0;
    // A deal idle (not changed) in this stage for more than this many days is flagged as
    // rotting on its card. Empty: deals here never rot.
    std::optional<int> rottingDays{};

    bool isWon() const { return kind == StageKind::Won; }
    bool isLost() const { return kind == StageKind::Lost; }
    bool isOpen() const { return kind == StageKind::Open; }
};

// Kind and probability a new stage gets from its name alone: "Won"/"Closed won" are won,
// "Lost"/"Closed lost" are lost, everything else is open.
StageKind guessStageKind(std::string_view name);

// True for "#rrggbb".
bool isValidColor(std::string_view color);

} // namespace dealboard

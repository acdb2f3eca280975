#include "core/domain/stage.h"

#include "core/domain/text.h"

#include <algorithm>
#include <array>

namespace dealboard {

std::string_view toString(StageKind kind)
{
    switch (kind) {
    case StageKind::Open:
        return "open";
    case StageKind::Won:
        return "won";
    case StageKind::Lost:
        return "lost";
    }
    return "open";
}

std::optional<StageKind> stageKindFromString(std::string_view text)
{
    const std::string key = nameKey(text);
    for (StageKind kind : {StageKind::Open, StageKind::Won, StageKind::Lost}) {
        if (key == toString(kind))
            return kind;
    }
    return std::nullopt;
}

StageKind guessStageKind(std::string_view name)
{
    static constexpr std::array<std::string_view, 5> wonNames{"won", "closed won", "closed-won",
                                                              "closed_won", "win"};
    static constexpr std::array<std::string_view, 6> lostNames{
        "lost", "closed lost", "closed-lost", "closed_lost", "lose", "dead"};

    const std::string key = nameKey(name);
    if (std::find(wonNames.begin(), wonNames.end(), key) != wonNames.end())
        return StageKind::Won;
    if (std::find(lostNames.begin(), lostNames.end(), key) != lostNames.end())
        return StageKind::Lost;
    return StageKind::Open;
}

bool isValidColor(std::string_view color)
{
    if (color.size() != 7 || color[0] != '#')
        return false;
    return std::all_of(color.begin() + 1, color.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
}

} // namespace dealboard

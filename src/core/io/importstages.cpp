#include "core/io/importstages.h"

#include "core/io/headermapping.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace dealboard {

namespace {

// Common open stage names, keyed as headerKey() makes them, from first to last.
constexpr std::array<std::string_view, 24> knownOpenStages{
    "new",     "lead",        "inbound",      "prospect",      "prospecting", "contacted",
    "contact", "engaging",    "engaged",      "qualification", "qualified",   "discovery",
    "meeting", "demo",        "presentation", "evaluation",    "proposal",    "proposalsent",
    "quote",   "negotiation", "contract",     "contractsent",  "closing",     "commit"};

constexpr std::array<std::string_view, 8> openColors{"#1e88e5", "#00897b", "#8e24aa", "#f4511e",
                                                     "#3949ab", "#6d4c41", "#c0ca33", "#546e7a"};

// Where a stage goes: won after every open stage, lost last.
int rank(const std::string &name)
{
    switch (guessStageKind(name)) {
    case StageKind::Won:
        return 1000;
    case StageKind::Lost:
        return 1001;
    case StageKind::Open:
        break;
    }
    const auto known = std::ranges::find(knownOpenStages, headerKey(name));
    return known == knownOpenStages.end() ? int(knownOpenStages.size())
                                          : int(known - knownOpenStages.begin());
}

} // namespace

std::vector<std::string> orderNewStages(std::vector<std::string> names)
{
    std::ranges::stable_sort(names, {}, rank);
    return names;
}

Stage makeImportedStage(const std::string &name, int openIndex, int openCount)
{
    Stage stage;
    stage.name = name;
    stage.kind = guessStageKind(name);
    switch (stage.kind) {
    case StageKind::Won:
        stage.color = "#43a047";
        stage.probability = 100;
        break;
    case StageKind::Lost:
        stage.color = "#e53935";
        stage.probability = 0;
        break;
    case StageKind::Open:
        stage.color = std::string(openColors[std::size_t(openIndex) % openColors.size()]);
        stage.probability = (openIndex + 1) * 100 / (std::max(openCount, 1) + 1);
        break;
    }
    return stage;
}

} // namespace dealboard

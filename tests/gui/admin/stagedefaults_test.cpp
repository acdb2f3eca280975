#include "gui/admin/stagedefaults.h"

#include <catch2/catch_test_macros.hpp>

using namespace dealboard;

namespace {

Stage stage(const char *name, StageKind kind, int probability, const char *color)
{
    Stage stage;
    stage.name = name;
    stage.kind = kind;
    stage.probability = probability;
    stage.color = color;
    return stage;
}

} // namespace

TEST_CASE("The default stage set runs from new to won and lost", "[gui][admin]")
{
    const std::vector<Stage> stages = defaultStageSet();
    REQUIRE(stages.size() == 5);
    CHECK(stages[0].name == "New");
    CHECK(stages[3].isWon());
    CHECK(stages[4].isLost());
    for (const Stage &each : stages)
        CHECK(isValidColor(each.color));
    CHECK(stages[0].probability < stages[1].probability);
    CHECK(stages[1].probability < stages[2].probability);
}

TEST_CASE("A new stage takes its kind from its name and a probability from its neighbours",
          "[gui][admin]")
{
    const std::vector<Stage> stages{stage("New", StageKind::Open, 10, "#1e88e5"),
                                    stage("Proposal", StageKind::Open, 50, "#8e24aa"),
                                    stage("Won", StageKind::Won, 100, "#43a047"),
                                    stage("Lost", StageKind::Lost, 0, "#e53935")};

    const Stage demo = newStageAt(stages, "Demo", 1);
    CHECK(demo.isOpen());
    CHECK(demo.probability == 30);
    CHECK(demo.color == "#f4511e"); // the first colour of the palette not in use

    const Stage closing = newStageAt(stages, "Closing", 2);
    CHECK(closing.probability == 60); // after the last open stage: 50 and a step more

    CHECK(newStageAt(stages, "Closed won", 2).isWon());
    CHECK(newStageAt(stages, "Closed won", 2).probability == 100);
    CHECK(newStageAt(stages, "Closed lost", 4).isLost());
    CHECK(newStageAt(stages, "Closed lost", 4).probability == 0);
}

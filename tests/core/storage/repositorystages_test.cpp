// Changing and deleting the stages of a folder's stage set.
#include "core/board/board.h"
#include "core/storage/repository.h"
#include "support/domainbuilders.h"
#include "support/repositoryfixtures.h"
#include "support/required.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <string>
#include <vector>

using namespace dealboard;
using namespace dealboard::test;
using Catch::Matchers::ContainsSubstring;

namespace {

Deal createOwned(Repository &repository, const Pipeline &pipeline, StageId stage,
                 const std::string &title, const std::string &owner)
{
    Deal deal = newDeal(pipeline.folder.id, stage, title);
    deal.owner = owner;
    return required(repository.createDeal(deal));
}

SavedView createFiltered(Repository &repository, FolderId folderId, const std::string &name,
                         std::vector<ViewFilter> filters, std::vector<std::string> hidden = {})
{
    SavedView view = newView(folderId, name);
    view.filters = std::move(filters);
    view.hiddenColumns = std::move(hidden);
    return required(repository.createView(view));
}

std::vector<std::string> stageNames(Repository &repository, FolderId folderId)
{
    std::vector<std::string> names;
    for (const Stage &stage : required(repository.stages(folderId)))
        names.push_back(stage.name);
    return names;
}

std::vector<std::string> titlesIn(Repository &repository, FolderId folderId, StageId stageId)
{
    std::vector<std::string> titles;
    for (const Deal &deal : required(repository.snapshot(folderId)).deals) {
        if (deal.stageId == stageId)
            titles.push_back(deal.title);
    }
    return titles;
}

} // namespace

TEST_CASE("A stage is read by id and changed in place, rotting limit included")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);

    Stage stage = required(repository->stage(pipeline.newStage.id));
    CHECK(stage.name == "New");
    CHECK_FALSE(stage.rottingDays.has_value());

    stage.name = "  Qualified ";
    stage.color = "#123456";
    stage.kind = StageKind::Won;
    stage.probability = 40;
    stage.rottingDays = 14;
    stage.position = 7;  // not written: order changes through moveStage
    stage.folderId = 99; // not written either
    requireOk(repository->updateStage(stage));

    const Stage stored = required(repository->stage(stage.id));
    CHECK(stored.name == "Qualified");
    CHECK(stored.color == "#123456");
    CHECK(stored.isWon());
    CHECK(stored.probability == 40);
    CHECK(stored.rottingDays == 14);
    CHECK(stored.position == 0);
    CHECK(stored.folderId == pipeline.folder.id);

    stage = stored;
    stage.rottingDays.reset();
    requireOk(repository->updateStage(stage));
    CHECK_FALSE(required(repository->stage(stage.id)).rottingDays.has_value());
}

TEST_CASE("A new stage keeps its rotting limit, and a limit under one day is refused")
{
    auto repository = memoryRepository();
    const Folder folder = required(repository->createFolder("Deals"));

    const Stage stage =
        required(repository->addStage(folder.id, Stage{.name = "New", .rottingDays = 21}));
    CHECK(required(repository->stage(stage.id)).rottingDays == 21);
    CHECK(required(repository->snapshot(folder.id)).stages.at(0).rottingDays == 21);

    for (const int days : {0, -5}) {
        const auto refused =
            repository->addStage(folder.id, Stage{.name = "Stale", .rottingDays = days});
        REQUIRE_FALSE(refused.has_value());
        CHECK_THAT(refused.error(), ContainsSubstring("rotting limit of stage \"Stale\" must be"
                                                      " at least one day"));
    }
}

TEST_CASE("A stage change is refused for the reasons a new stage is")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);
    const Stage original = required(repository->stage(pipeline.newStage.id));

    const auto refusal = [&](auto change) {
        Stage stage = original;
        change(stage);
        const auto status = repository->updateStage(stage);
        REQUIRE_FALSE(status.has_value());
        return status.error();
    };

    CHECK_THAT(refusal([](Stage &s) { s.name = " won "; }),
               ContainsSubstring("A stage named \"Won\" already exists in folder \"Deals\""));
    CHECK_THAT(refusal([](Stage &s) { s.name = " "; }), ContainsSubstring("needs a name"));
    CHECK_THAT(refusal([](Stage &s) { s.color = "red"; }), ContainsSubstring("not a colour"));
    CHECK_THAT(refusal([](Stage &s) { s.probability = 101; }),
               ContainsSubstring("between 0 and 100"));
    CHECK_THAT(refusal([](Stage &s) { s.rottingDays = 0; }), ContainsSubstring("at least one day"));
    CHECK_THAT(refusal([](Stage &s) { s.id = 999; }), ContainsSubstring("no stage with id 999"));

    CHECK(required(repository->stage(original.id)).name == "New");

    // Its own name in another case is no duplicate.
    Stage recased = original;
    recased.name = "NEW";
    requireOk(repository->updateStage(recased));
}

TEST_CASE("Renaming a stage rewrites the stage filters of its folder's views")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);
    const Pipeline other = makePipeline(*repository, "Other");
    createFiltered(*repository, pipeline.folder.id, "New ones",
                   {ViewFilter{"stage", FilterOperator::Is, "new", ""},
                    ViewFilter{"title", FilterOperator::Is, "New", ""}});
    createFiltered(*repository, pipeline.folder.id, "Not new",
                   {ViewFilter{"stage", FilterOperator::IsNot, "New", ""}});
    createFiltered(*repository, other.folder.id, "Other new",
                   {ViewFilter{"stage", FilterOperator::Is, "New", ""}});
    const Deal deal =
        required(repository->createDeal(newDeal(pipeline.folder.id, pipeline.newStage.id, "New")));

    Stage stage = pipeline.newStage;
    stage.name = "Incoming";
    requireOk(repository->updateStage(stage));

    const SavedView newOnes = *required(repository->viewByName(pipeline.folder.id, "New ones"));
    CHECK(newOnes.filters[0].value == "Incoming");
    CHECK(newOnes.filters[1].value == "New"); // a title, not a stage
    CHECK(required(repository->viewByName(pipeline.folder.id, "Not new"))->filters[0].value ==
          "Incoming");
    CHECK(required(repository->viewByName(other.folder.id, "Other new"))->filters[0].value ==
          "New");

    // The view still shows what it showed.
    const Board board = buildBoard(required(repository->snapshot(pipeline.folder.id)), newOnes);
    REQUIRE(dealCount(board) == 1);
    CHECK(board.columns[0].deals[0].id == deal.id);
}

TEST_CASE("A stage counts every deal in it, also those a view hides")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);
    createOwned(*repository, pipeline, pipeline.newStage.id, "Shown", "Dana");
    createOwned(*repository, pipeline, pipeline.newStage.id, "Hidden", "Sam");
    const SavedView danas = createFiltered(*repository, pipeline.folder.id, "Dana's",
                                           {ViewFilter{"owner", FilterOperator::Is, "Dana", ""}});

    const Board board = buildBoard(required(repository->snapshot(pipeline.folder.id)), danas);
    CHECK(dealCount(board) == 1);
    CHECK(required(repository->stageDealCount(pipeline.newStage.id)) == 2);
    CHECK(required(repository->stageDealCount(pipeline.won.id)) == 0);

    const auto missing = repository->stageDealCount(999);
    REQUIRE_FALSE(missing.has_value());
    CHECK_THAT(missing.error(), ContainsSubstring("no stage with id 999"));
}

TEST_CASE("Deleting a stage moves every deal, hidden ones too, to the end of the target")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);
    const Stage demo = required(repository->addStage(pipeline.folder.id, Stage{.name = "Demo"}));
    createOwned(*repository, pipeline, pipeline.newStage.id, "Already new", "Dana");
    const Deal shown = createOwned(*repository, pipeline, demo.id, "Shown", "Dana");
    const Deal hidden = createOwned(*repository, pipeline, demo.id, "Hidden", "Sam");
    const SavedView danas = createFiltered(*repository, pipeline.folder.id, "Dana's",
                                           {ViewFilter{"owner", FilterOperator::Is, "Dana", ""}});
    REQUIRE(dealCount(buildBoard(required(repository->snapshot(pipeline.folder.id)), danas)) == 2);

    const auto refused = repository->deleteStage(demo.id, std::nullopt);
    REQUIRE_FALSE(refused.has_value());
    CHECK_THAT(refused.error(),
               ContainsSubstring("Stage \"Demo\" holds 2 deals: choose the stage they move to"));
    CHECK(required(repository->stageDealCount(demo.id)) == 2);

    requireOk(repository->deleteStage(demo.id, pipeline.newStage.id));

    CHECK(titlesIn(*repository, pipeline.folder.id, pipeline.newStage.id) ==
          std::vector<std::string>{"Already new", "Shown", "Hidden"});
    const Deal moved = required(repository->deal(hidden.id));
    CHECK(moved.version == hidden.version + 1);
    CHECK(moved.stageEnteredAt >= hidden.stageEnteredAt);
    const auto history = required(repository->stageHistory(hidden.id));
    REQUIRE(history.size() == 2);
    CHECK(history[1].fromStageId == demo.id); // the history keeps naming the deleted stage
    CHECK(history[1].toStageId == pipeline.newStage.id);
    CHECK(required(repository->stageHistory(shown.id)).size() == 2);
}

TEST_CASE("A deleted stage leaves the stage set but its name is free again")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);
    const Stage demo = required(repository->addStage(pipeline.folder.id, Stage{.name = "Demo"}));

    requireOk(repository->deleteStage(demo.id, std::nullopt));

    CHECK(stageNames(*repository, pipeline.folder.id) ==
          std::vector<std::string>{"New", "Won", "Lost"});
    CHECK(required(repository->snapshot(pipeline.folder.id)).stages.size() == 3);
    const auto gone = repository->stage(demo.id);
    REQUIRE_FALSE(gone.has_value());
    CHECK_THAT(gone.error(), ContainsSubstring("Stage \"Demo\" was deleted"));

    // The name can be used again, and deleted again, as often as wanted.
    const Stage again = required(repository->addStage(pipeline.folder.id, Stage{.name = "demo"}));
    requireOk(repository->deleteStage(again.id, std::nullopt));
    const Stage third = required(repository->addStage(pipeline.folder.id, Stage{.name = "Demo"}));
    CHECK(stageNames(*repository, pipeline.folder.id).back() == "Demo");

    // A deleted stage cannot be changed, counted or deleted again, nor take deals.
    Stage changed = demo;
    changed.name = "Revived";
    CHECK_THAT(repository->updateStage(changed).error(), ContainsSubstring("was deleted"));
    CHECK_THAT(repository->stageDealCount(demo.id).error(), ContainsSubstring("was deleted"));
    CHECK_THAT(repository->deleteStage(demo.id, std::nullopt).error(),
               ContainsSubstring("was deleted"));
    const Deal deal =
        required(repository->createDeal(newDeal(pipeline.folder.id, third.id, "Deal")));
    CHECK_THAT(repository->moveDeal(deal.id, demo.id).error(), ContainsSubstring("was deleted"));
    CHECK_THAT(repository->createDeal(newDeal(pipeline.folder.id, demo.id, "New deal")).error(),
               ContainsSubstring("was deleted"));
}

TEST_CASE("A stage is not deleted into itself, another folder or a deleted stage")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);
    const Pipeline other = makePipeline(*repository, "Other");
    const Stage deleted =
        required(repository->addStage(pipeline.folder.id, Stage{.name = "Deleted"}));
    requireOk(repository->deleteStage(deleted.id, std::nullopt));
    const Deal deal =
        required(repository->createDeal(newDeal(pipeline.folder.id, pipeline.newStage.id, "Kept")));

    const auto refusal = [&](StageId target) {
        const auto status = repository->deleteStage(pipeline.newStage.id, target);
        REQUIRE_FALSE(status.has_value());
        return status.error();
    };
    CHECK_THAT(refusal(pipeline.newStage.id), ContainsSubstring("to the stage being deleted"));
    CHECK_THAT(refusal(other.won.id), ContainsSubstring("belongs to another folder"));
    CHECK_THAT(refusal(deleted.id), ContainsSubstring("Stage \"Deleted\" was deleted"));
    CHECK_THAT(refusal(999), ContainsSubstring("no stage with id 999"));

    CHECK(required(repository->deal(deal.id)).stageId == pipeline.newStage.id);
    CHECK(stageNames(*repository, pipeline.folder.id).size() == 3);
}

TEST_CASE("The last stage of a folder is not deleted")
{
    auto repository = memoryRepository();
    const Folder folder = required(repository->createFolder("Deals"));
    const Stage only = required(repository->addStage(folder.id, Stage{.name = "Only"}));

    const auto refused = repository->deleteStage(only.id, std::nullopt);
    REQUIRE_FALSE(refused.has_value());
    CHECK_THAT(refused.error(), ContainsSubstring("\"Only\" is the last stage of its folder"));
    CHECK(required(repository->stages(folder.id)).size() == 1);

    const auto missing = repository->deleteStage(999, std::nullopt);
    REQUIRE_FALSE(missing.has_value());
    CHECK_THAT(missing.error(), ContainsSubstring("no stage with id 999"));
}

TEST_CASE("Views forget a deleted stage's column and filter on its target instead")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);
    const Pipeline other = makePipeline(*repository, "Other");
    const Stage demo = required(repository->addStage(pipeline.folder.id, Stage{.name = "Demo"}));
    const Deal deal = required(repository->createDeal(newDeal(pipeline.folder.id, demo.id, "D")));
    createFiltered(*repository, pipeline.folder.id, "Demos",
                   {ViewFilter{"stage", FilterOperator::Is, "DEMO", ""}},
                   {stageColumnKey(demo.id), stageColumnKey(pipeline.lost.id)});
    createFiltered(*repository, other.folder.id, "Other demos",
                   {ViewFilter{"stage", FilterOperator::Is, "Demo", ""}});

    requireOk(repository->deleteStage(demo.id, pipeline.newStage.id));

    const SavedView demos = *required(repository->viewByName(pipeline.folder.id, "Demos"));
    CHECK(demos.hiddenColumns == std::vector<std::string>{stageColumnKey(pipeline.lost.id)});
    CHECK(demos.filters[0].value == "New");
    CHECK(required(repository->viewByName(other.folder.id, "Other demos"))->filters[0].value ==
          "Demo");

    const Board board = buildBoard(required(repository->snapshot(pipeline.folder.id)), demos);
    CHECK(board.warnings.empty());
    REQUIRE(dealCount(board) == 1);
    CHECK(board.columns[0].deals[0].id == deal.id);
}

TEST_CASE("Deals moved into a won or lost stage by a stage deletion follow the stage rules")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);
    required(repository->addLostReason(pipeline.folder.id, "Price"));
    const Stage closing =
        required(repository->addStage(pipeline.folder.id, Stage{.name = "Closing"}));
    Deal deal = newDeal(pipeline.folder.id, closing.id, "Closing soon");
    deal.expectedClose = Date::fromIso("2020-01-31");
    deal.probability = 80;
    deal = required(repository->createDeal(deal));

    requireOk(repository->deleteStage(closing.id, pipeline.won.id));
    const Deal won = required(repository->deal(deal.id));
    CHECK(won.stageId == pipeline.won.id);
    CHECK(won.expectedClose == Date::today());
    CHECK(won.probability == 80);

    const Stage parked =
        required(repository->addStage(pipeline.folder.id, Stage{.name = "Parked"}));
    required(repository->moveDeal(deal.id, parked.id));
    requireOk(repository->deleteStage(parked.id, pipeline.lost.id));
    const Deal lost = required(repository->deal(deal.id));
    CHECK(lost.stageId == pipeline.lost.id);
    CHECK(lost.lostReason.empty()); // no reason is known, and none is made up
}

TEST_CASE("A lost stage turned into an open one forgets the reasons of its deals")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);
    Deal deal = newDeal(pipeline.folder.id, pipeline.lost.id, "Lost on price");
    deal.lostReason = "Price";
    deal = required(repository->createDeal(deal));

    Stage renamedOnly = pipeline.lost;
    renamedOnly.name = "Closed lost";
    requireOk(repository->updateStage(renamedOnly));
    CHECK(required(repository->deal(deal.id)).lostReason == "Price");

    Stage reopened = renamedOnly;
    reopened.kind = StageKind::Open;
    requireOk(repository->updateStage(reopened));
    const Deal stored = required(repository->deal(deal.id));
    CHECK(stored.lostReason.empty());
    CHECK(stored.version == deal.version + 1);
}

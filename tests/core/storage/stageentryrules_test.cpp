// What a deal records entering a won or lost stage, whichever way it gets there: a move
// (board, command line), an edit (the deal editor) or a new deal (import, demo data).
#include "core/storage/repository.h"
#include "support/domainbuilders.h"
#include "support/repositoryfixtures.h"
#include "support/required.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <string>

using namespace dealboard;
using namespace dealboard::test;
using Catch::Matchers::ContainsSubstring;

namespace {

const Date longAgo = *Date::fromIso("2020-01-31");
const Date planned = *Date::fromIso("2031-06-15");

// A pipeline whose folder has the lost reasons Price and Competitor, and one open deal
// expected to close on planned with a win probability of 35 set by hand.
struct Fixture
{
    std::unique_ptr<Repository> repository = memoryRepository();
    Pipeline pipeline = makePipeline(*repository);
    Deal deal = createOpenDeal();

    Deal createOpenDeal()
    {
        required(repository->addLostReason(pipeline.folder.id, "Price"));
        required(repository->addLostReason(pipeline.folder.id, "Competitor"));
        Deal open = newDeal(pipeline.folder.id, pipeline.newStage.id, "Fleet tracking");
        open.expectedClose = planned;
        open.probability = 35;
        return required(repository->createDeal(open));
    }

    Deal stored() const { return required(repository->deal(deal.id)); }

    Result<Deal> move(StageId stage, StageEntry entry = {})
    {
        return repository->moveDeal(deal.id, stage, std::nullopt, std::nullopt, entry);
    }
};

} // namespace

TEST_CASE("Moving a deal to a won stage sets the close date given, else today")
{
    Fixture f;

    const Deal won = required(f.move(f.pipeline.won.id));
    CHECK(won.expectedClose == Date::today());
    CHECK(f.stored().expectedClose == Date::today());

    required(f.move(f.pipeline.newStage.id));
    CHECK(f.stored().expectedClose == Date::today()); // leaving a won stage keeps it
    required(f.move(f.pipeline.won.id, {"", longAgo}));
    CHECK(f.stored().expectedClose == longAgo);

    // Reordering within the won column is no new win.
    required(f.repository->moveDeal(f.deal.id, f.pipeline.won.id));
    CHECK(f.stored().expectedClose == longAgo);
}

TEST_CASE("Moving a deal to a lost stage stores its reason as the folder spells it")
{
    Fixture f;

    const Deal lost = required(f.move(f.pipeline.lost.id, {" price ", std::nullopt}));
    CHECK(lost.lostReason == "Price");
    CHECK(f.stored().lostReason == "Price");
    CHECK(f.stored().expectedClose == planned); // a lost deal keeps its planned date

    // Reordering within the lost column keeps the reason.
    required(f.repository->moveDeal(f.deal.id, f.pipeline.lost.id));
    CHECK(f.stored().lostReason == "Price");

    // Leaving the lost stage clears it.
    CHECK(required(f.move(f.pipeline.newStage.id)).lostReason.empty());
    CHECK(f.stored().lostReason.empty());
}

TEST_CASE("A lost reason the folder does not list is refused, and the deal stays put")
{
    Fixture f;
    const Deal before = f.stored();

    const auto refused = f.move(f.pipeline.lost.id, {"Bad timing", std::nullopt});
    REQUIRE_FALSE(refused.has_value());
    CHECK_THAT(refused.error(), ContainsSubstring("\"Bad timing\" is not one of the lost reasons"
                                                  " of this folder: \"Price\", \"Competitor\""));

    const Deal after = f.stored();
    CHECK(after.stageId == before.stageId);
    CHECK(after.version == before.version);
    CHECK(after.lostReason.empty());
    CHECK(required(f.repository->stageHistory(f.deal.id)).size() == 1);
}

TEST_CASE("An empty lost reason is allowed, and any reason when the folder lists none")
{
    Fixture f;
    CHECK(required(f.move(f.pipeline.lost.id)).lostReason.empty());

    const Pipeline free = makePipeline(*f.repository, "No reasons");
    const Deal deal =
        required(f.repository->createDeal(newDeal(free.folder.id, free.newStage.id, "Anything")));
    const Deal lost = required(f.repository->moveDeal(deal.id, free.lost.id, std::nullopt,
                                                      std::nullopt, {"Bad timing", {}}));
    CHECK(lost.lostReason == "Bad timing");
}

TEST_CASE("A win probability set by hand survives every kind of stage change")
{
    Fixture f;

    required(f.move(f.pipeline.won.id));
    CHECK(f.stored().probability == 35);
    required(f.move(f.pipeline.lost.id, {"Price", {}}));
    CHECK(f.stored().probability == 35);

    Deal edited = f.stored();
    edited.stageId = f.pipeline.newStage.id;
    CHECK(required(f.repository->updateDeal(edited)).probability == 35);
    CHECK(f.stored().probability == 35);

    // Cleared by hand, the stage's default applies again.
    edited = f.stored();
    edited.probability.reset();
    required(f.repository->updateDeal(edited));
    CHECK_FALSE(f.stored().probability.has_value());
}

TEST_CASE("A win probability outside 0..100 is refused")
{
    Fixture f;
    for (const int probability : {-1, 101}) {
        Deal edited = f.stored();
        edited.probability = probability;
        const auto refused = f.repository->updateDeal(edited);
        REQUIRE_FALSE(refused.has_value());
        CHECK_THAT(refused.error(), ContainsSubstring("win probability of deal \"Fleet tracking\""
                                                      " must be between 0 and 100"));

        Deal fresh = newDeal(f.pipeline.folder.id, f.pipeline.newStage.id, "Odd");
        fresh.probability = probability;
        CHECK_FALSE(f.repository->createDeal(fresh).has_value());
    }
    CHECK(f.stored().probability == 35);
}

TEST_CASE("The editor moving a deal to a won stage keeps a close date it changed, else today")
{
    Fixture f;

    Deal edited = f.stored();
    edited.stageId = f.pipeline.won.id;
    CHECK(required(f.repository->updateDeal(edited)).expectedClose == Date::today());

    edited = f.stored();
    edited.stageId = f.pipeline.newStage.id;
    edited = required(f.repository->updateDeal(edited));
    edited.stageId = f.pipeline.won.id;
    edited.expectedClose = longAgo;
    CHECK(required(f.repository->updateDeal(edited)).expectedClose == longAgo);
    CHECK(f.stored().expectedClose == longAgo);

    // Staying in the won stage, the close date is whatever the editor says.
    edited = f.stored();
    edited.expectedClose = planned;
    CHECK(required(f.repository->updateDeal(edited)).expectedClose == planned);
}

TEST_CASE("The editor's lost reason is checked when the deal enters a lost stage")
{
    Fixture f;

    Deal edited = f.stored();
    edited.stageId = f.pipeline.lost.id;
    edited.lostReason = "Nobody knows";
    const auto refused = f.repository->updateDeal(edited);
    REQUIRE_FALSE(refused.has_value());
    CHECK_THAT(refused.error(), ContainsSubstring("\"Nobody knows\" is not one of the lost"));
    CHECK(f.stored().stageId == f.pipeline.newStage.id);

    edited.lostReason = "competitor";
    CHECK(required(f.repository->updateDeal(edited)).lostReason == "Competitor");

    // Changing the reason of a lost deal is checked too.
    edited = f.stored();
    edited.lostReason = "Nobody knows";
    CHECK_FALSE(f.repository->updateDeal(edited).has_value());
    edited.lostReason = "Price";
    CHECK(required(f.repository->updateDeal(edited)).lostReason == "Price");

    // Back to an open stage, the reason goes.
    edited = f.stored();
    edited.stageId = f.pipeline.newStage.id;
    CHECK(required(f.repository->updateDeal(edited)).lostReason.empty());
    CHECK(f.stored().lostReason.empty());
}

TEST_CASE("A deal not in a lost stage keeps no lost reason")
{
    Fixture f;
    Deal edited = f.stored();
    edited.lostReason = "Price";
    CHECK(required(f.repository->updateDeal(edited)).lostReason.empty());

    Deal fresh = newDeal(f.pipeline.folder.id, f.pipeline.newStage.id, "Open");
    fresh.lostReason = "Price";
    CHECK(required(f.repository->createDeal(fresh)).lostReason.empty());
}

TEST_CASE("A new deal in a won stage closes on its given date, else today")
{
    Fixture f;

    Deal dated = newDeal(f.pipeline.folder.id, f.pipeline.won.id, "Dated");
    dated.expectedClose = longAgo;
    CHECK(required(f.repository->createDeal(dated)).expectedClose == longAgo);

    const Deal undated = required(
        f.repository->createDeal(newDeal(f.pipeline.folder.id, f.pipeline.won.id, "Undated")));
    CHECK(undated.expectedClose == Date::today());
    CHECK(required(f.repository->deal(undated.id)).expectedClose == Date::today());
}

TEST_CASE("A new deal in a lost stage gives a reason of the list, or none")
{
    Fixture f;

    Deal lost = newDeal(f.pipeline.folder.id, f.pipeline.lost.id, "Lost");
    lost.lostReason = "PRICE";
    CHECK(required(f.repository->createDeal(lost)).lostReason == "Price");

    Deal unknown = newDeal(f.pipeline.folder.id, f.pipeline.lost.id, "Unknown");
    CHECK(required(f.repository->createDeal(unknown)).lostReason.empty());

    Deal wrong = newDeal(f.pipeline.folder.id, f.pipeline.lost.id, "Wrong");
    wrong.lostReason = "Weather";
    const auto refused = f.repository->createDeal(wrong);
    REQUIRE_FALSE(refused.has_value());
    CHECK_THAT(refused.error(), ContainsSubstring("\"Weather\" is not one of the lost reasons"));
}

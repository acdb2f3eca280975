// Moving cards between and within columns, and the order of a column.
#include "core/storage/columnpositions.h"
#include "core/storage/repository.h"
#include "support/domainbuilders.h"
#include "support/repositoryfixtures.h"
#include "support/required.h"
#include "support/tempdirectory.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <algorithm>
#include <map>

using namespace dealboard;
using namespace dealboard::test;
using Catch::Matchers::ContainsSubstring;

namespace {

// The ids of a column's cards in board order.
std::vector<DealId> column(Repository &repository, FolderId folderId, StageId stageId)
{
    std::vector<DealId> ids;
    for (const Deal &deal : required(repository.snapshot(folderId)).deals) {
        if (deal.stageId == stageId)
            ids.push_back(deal.id);
    }
    return ids;
}

std::map<DealId, std::int64_t> positions(Repository &repository, FolderId folderId)
{
    std::map<DealId, std::int64_t> result;
    for (const Deal &deal : required(repository.snapshot(folderId)).deals)
        result[deal.id] = deal.position;
    return result;
}

std::vector<DealId> createDeals(Repository &repository, const Pipeline &pipeline, StageId stageId,
                                int count)
{
    std::vector<DealId> ids;
    for (int i = 0; i < count; ++i) {
        const auto title = "Deal " + std::to_string(i + 1);
        ids.push_back(
            required(repository.createDeal(newDeal(pipeline.folder.id, stageId, title))).id);
    }
    return ids;
}

} // namespace

TEST_CASE("Moving a deal to another column changes only its stage, position and bookkeeping")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);
    Deal deal = newDeal(pipeline.folder.id, pipeline.newStage.id, "Mover");
    deal.company = "Kestrel Analytics";
    deal.value = Money{500'00, "USD"};
    deal.createdAt = timestampFromMillis(1'700'000'000'000);
    deal = required(repository->createDeal(deal));
    const auto wonIds = createDeals(*repository, pipeline, pipeline.won.id, 2);

    const Deal moved = required(repository->moveDeal(deal.id, pipeline.won.id));

    const Deal stored = required(repository->deal(deal.id));
    CHECK(stored.stageId == pipeline.won.id);
    CHECK(stored.version == deal.version + 1);
    CHECK(stored.stageEnteredAt > deal.stageEnteredAt);
    CHECK(stored.updatedAt == stored.stageEnteredAt);
    CHECK(stored.title == deal.title);
    CHECK(stored.company == deal.company);
    CHECK(stored.value == deal.value);
    CHECK(stored.createdAt == deal.createdAt);
    CHECK(moved.position == stored.position);
    CHECK(column(*repository, pipeline.folder.id, pipeline.won.id) ==
          std::vector<DealId>{wonIds[0], wonIds[1], deal.id});

    const auto history = required(repository->stageHistory(deal.id));
    REQUIRE(history.size() == 2);
    CHECK_FALSE(history[0].fromStageId.has_value());
    CHECK(history[0].toStageId == pipeline.newStage.id);
    CHECK(history[1].fromStageId == pipeline.newStage.id);
    CHECK(history[1].toStageId == pipeline.won.id);
    CHECK(history[1].at == stored.stageEnteredAt);
}

TEST_CASE("Moving a deal before another card puts it just there")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);
    const auto ids = createDeals(*repository, pipeline, pipeline.won.id, 3);
    const Deal mover =
        required(repository->createDeal(newDeal(pipeline.folder.id, pipeline.newStage.id, "M")));

    SECTION("between two cards of another column")
    {
        required(repository->moveDeal(mover.id, pipeline.won.id, ids[1]));
        CHECK(column(*repository, pipeline.folder.id, pipeline.won.id) ==
              std::vector<DealId>{ids[0], mover.id, ids[1], ids[2]});
    }
    SECTION("on top of a column")
    {
        required(repository->moveDeal(mover.id, pipeline.won.id, ids[0]));
        CHECK(column(*repository, pipeline.folder.id, pipeline.won.id) ==
              std::vector<DealId>{mover.id, ids[0], ids[1], ids[2]});
    }
    SECTION("into an empty column")
    {
        required(repository->moveDeal(mover.id, pipeline.lost.id));
        CHECK(column(*repository, pipeline.folder.id, pipeline.lost.id) ==
              std::vector<DealId>{mover.id});
        CHECK(column(*repository, pipeline.folder.id, pipeline.newStage.id).empty());
    }
}

TEST_CASE("Moving within a column reorders it without a history entry")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);
    const auto ids = createDeals(*repository, pipeline, pipeline.newStage.id, 4);
    const Deal last = required(repository->deal(ids[3]));

    SECTION("last card to the top")
    {
        const Deal moved = required(repository->moveDeal(ids[3], pipeline.newStage.id, ids[0]));
        CHECK(column(*repository, pipeline.folder.id, pipeline.newStage.id) ==
              std::vector<DealId>{ids[3], ids[0], ids[1], ids[2]});
        CHECK(moved.stageEnteredAt == last.stageEnteredAt);
        CHECK(moved.version == last.version + 1);
    }
    SECTION("first card to the end")
    {
        required(repository->moveDeal(ids[0], pipeline.newStage.id));
        CHECK(column(*repository, pipeline.folder.id, pipeline.newStage.id) ==
              std::vector<DealId>{ids[1], ids[2], ids[3], ids[0]});
    }
    SECTION("a card down by one")
    {
        required(repository->moveDeal(ids[1], pipeline.newStage.id, ids[3]));
        CHECK(column(*repository, pipeline.folder.id, pipeline.newStage.id) ==
              std::vector<DealId>{ids[0], ids[2], ids[1], ids[3]});
    }
    SECTION("a card dropped onto itself stays")
    {
        const Deal same = required(repository->moveDeal(ids[3], pipeline.newStage.id, ids[3]));
        CHECK(same.version == last.version);
        CHECK(column(*repository, pipeline.folder.id, pipeline.newStage.id) == ids);
    }
    CHECK(required(repository->stageHistory(ids[3])).size() == 1);
    CHECK(required(repository->stageHistory(ids[1])).size() == 1);
}

TEST_CASE("Dropping into the same gap renumbers nothing until the gap is used up")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);
    const auto ids = createDeals(*repository, pipeline, pipeline.won.id, 4);
    const auto original = positions(*repository, pipeline.folder.id);
    // Dropping each new card right after the first one halves the gap every time.
    std::vector<DealId> expected = ids;
    int dropsWithoutRenumbering = 0;

    for (int drop = 0; drop < 40; ++drop) {
        const Deal card = required(repository->createDeal(
            newDeal(pipeline.folder.id, pipeline.newStage.id, "Drop " + std::to_string(drop))));
        required(repository->moveDeal(card.id, pipeline.won.id, expected[1]));
        // push_back and rotate rather than insert: GCC 12 warns falsely on vector::insert.
        expected.push_back(card.id);
        std::rotate(expected.begin() + 1, expected.end() - 1, expected.end());

        const auto now = positions(*repository, pipeline.folder.id);
        const bool othersKept =
            now.at(ids[0]) == original.at(ids[0]) && now.at(ids[1]) == original.at(ids[1]) &&
            now.at(ids[2]) == original.at(ids[2]) && now.at(ids[3]) == original.at(ids[3]);
        if (othersKept && dropsWithoutRenumbering == drop)
            ++dropsWithoutRenumbering;
        REQUIRE(column(*repository, pipeline.folder.id, pipeline.won.id) == expected);
    }

    // A gap of 2^16 takes 16 halvings; the 17th drop has no room and renumbers.
    CHECK(dropsWithoutRenumbering == 16);
    CHECK(positions(*repository, pipeline.folder.id).at(ids[3]) != original.at(ids[3]));
}

TEST_CASE("Renumbering touches only the column that ran out of room")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);
    const auto won = createDeals(*repository, pipeline, pipeline.won.id, 2);
    const auto lost = createDeals(*repository, pipeline, pipeline.lost.id, 3);
    const auto before = positions(*repository, pipeline.folder.id);
    std::vector<DealId> expected = won;

    for (int drop = 0; drop < 20; ++drop) {
        const Deal card = required(
            repository->createDeal(newDeal(pipeline.folder.id, pipeline.newStage.id, "Drop")));
        required(repository->moveDeal(card.id, pipeline.won.id, expected.back()));
        expected.insert(expected.end() - 1, card.id);
    }

    const auto after = positions(*repository, pipeline.folder.id);
    for (DealId id : lost)
        CHECK(after.at(id) == before.at(id));
    CHECK(column(*repository, pipeline.folder.id, pipeline.won.id) == expected);
    CHECK(column(*repository, pipeline.folder.id, pipeline.lost.id) == lost);
}

TEST_CASE("Moving to a top of a column again and again keeps the order")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);
    auto expected = createDeals(*repository, pipeline, pipeline.newStage.id, 5);

    for (int round = 0; round < 10; ++round) {
        const DealId last = expected.back();
        required(repository->moveDeal(last, pipeline.newStage.id, expected.front()));
        std::rotate(expected.begin(), expected.end() - 1, expected.end());
        REQUIRE(column(*repository, pipeline.folder.id, pipeline.newStage.id) == expected);
    }
}

TEST_CASE("Moves that make no sense are refused and change nothing")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);
    const Pipeline other = makePipeline(*repository, "Other");
    const auto ids = createDeals(*repository, pipeline, pipeline.newStage.id, 2);
    const Deal wonDeal =
        required(repository->createDeal(newDeal(pipeline.folder.id, pipeline.won.id, "Won one")));

    const auto otherFolder = repository->moveDeal(ids[0], other.won.id);
    REQUIRE_FALSE(otherFolder.has_value());
    CHECK_THAT(otherFolder.error(), ContainsSubstring("another folder"));

    const auto wrongColumn = repository->moveDeal(ids[0], pipeline.lost.id, wonDeal.id);
    REQUIRE_FALSE(wrongColumn.has_value());
    CHECK_THAT(wrongColumn.error(), ContainsSubstring("no longer in that column"));

    CHECK_FALSE(repository->moveDeal(9999, pipeline.won.id).has_value());
    const Deal unchanged = required(repository->deal(ids[0]));
    CHECK(unchanged.stageId == pipeline.newStage.id);
    CHECK(unchanged.version == 1);
    CHECK(required(repository->stageHistory(ids[0])).size() == 1);
}

TEST_CASE("A move with the version the caller read is refused once the deal changed elsewhere")
{
    // Two windows on one database file: two connections.
    const TempDirectory directory;
    auto windowA = required(Repository::open(directory / "deals.db"));
    const Pipeline pipeline = makePipeline(*windowA);
    const auto ids = createDeals(*windowA, pipeline, pipeline.newStage.id, 2);
    auto windowB = required(Repository::open(directory / "deals.db"));
    const Deal seenByA = required(windowA->deal(ids[0]));

    // B moves the deal to Won; A, still showing it in New, moves it to Lost.
    const Deal movedByB =
        required(windowB->moveDeal(ids[0], pipeline.won.id, std::nullopt, seenByA.version));
    const auto stale = windowA->moveDeal(ids[0], pipeline.lost.id, std::nullopt, seenByA.version);

    REQUIRE_FALSE(stale.has_value());
    CHECK_THAT(stale.error(), ContainsSubstring("\"Deal 1\" was changed elsewhere"));
    CHECK_THAT(stale.error(), ContainsSubstring("move it again"));
    CHECK_THAT(stale.error(), !ContainsSubstring("UPDATE"));
    const Deal stored = required(windowA->deal(ids[0]));
    CHECK(stored.stageId == pipeline.won.id);
    CHECK(stored.version == movedByB.version);
    CHECK(required(windowA->stageHistory(ids[0])).size() == 2);

    SECTION("the version now stored is accepted")
    {
        const Deal moved =
            required(windowA->moveDeal(ids[0], pipeline.lost.id, std::nullopt, stored.version));
        CHECK(moved.stageId == pipeline.lost.id);
        CHECK(moved.version == stored.version + 1);
        // The returned version is the one to move with next time.
        required(windowA->moveDeal(ids[0], pipeline.won.id, std::nullopt, moved.version));
        CHECK(required(windowB->deal(ids[0])).stageId == pipeline.won.id);
    }
    SECTION("an edit elsewhere makes the version stale as well")
    {
        Deal edited = required(windowB->deal(ids[1]));
        const std::int64_t seen = edited.version;
        edited.title = "Renamed";
        required(windowB->updateDeal(edited));
        const auto refused = windowA->moveDeal(ids[1], pipeline.won.id, std::nullopt, seen);
        REQUIRE_FALSE(refused.has_value());
        CHECK_THAT(refused.error(), ContainsSubstring("changed elsewhere"));
        CHECK(required(windowA->deal(ids[1])).stageId == pipeline.newStage.id);
    }
    SECTION("without a version the move is not checked, as before")
    {
        CHECK(required(windowA->moveDeal(ids[0], pipeline.lost.id)).stageId == pipeline.lost.id);
    }
}

TEST_CASE("One stale card refuses a whole drop of several cards")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);
    const auto ids = createDeals(*repository, pipeline, pipeline.newStage.id, 3);
    const Deal first = required(repository->deal(ids[0]));
    const Deal second = required(repository->deal(ids[1]));
    required(repository->moveDeal(ids[1], pipeline.lost.id)); // "elsewhere"

    const Status drop = repository->inTransaction([&]() -> Status {
        for (const Deal &deal : {first, second}) {
            const auto moved =
                repository->moveDeal(deal.id, pipeline.won.id, std::nullopt, deal.version);
            if (!moved)
                return failure(moved.error());
        }
        return {};
    });

    REQUIRE_FALSE(drop.has_value());
    CHECK_THAT(drop.error(), ContainsSubstring("\"Deal 2\" was changed elsewhere"));
    CHECK(column(*repository, pipeline.folder.id, pipeline.won.id).empty());
    CHECK(required(repository->deal(ids[0])).version == first.version);
    CHECK(required(repository->stageHistory(ids[0])).size() == 1);
}

TEST_CASE("A renumbered column keeps the versions of the cards that only shifted")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);
    const auto ids = createDeals(*repository, pipeline, pipeline.won.id, 2);
    const Deal bystander = required(repository->deal(ids[1]));
    const auto before = positions(*repository, pipeline.folder.id);

    // Dropping before the same card again and again uses up the gap and renumbers.
    for (int drop = 0; drop < 20; ++drop) {
        const Deal card = required(
            repository->createDeal(newDeal(pipeline.folder.id, pipeline.newStage.id, "Drop")));
        required(repository->moveDeal(card.id, pipeline.won.id, ids[1], card.version));
    }

    REQUIRE(positions(*repository, pipeline.folder.id).at(ids[1]) != before.at(ids[1]));
    // A board that read the bystander before the renumbering may still move it.
    CHECK(required(repository->deal(ids[1])).version == bystander.version);
    required(repository->moveDeal(ids[1], pipeline.lost.id, std::nullopt, bystander.version));
}

TEST_CASE("positionBetween finds the midpoint or says there is no room")
{
    CHECK(positionBetween(std::nullopt, std::nullopt) == positionStep);
    CHECK(positionBetween(10, std::nullopt) == 10 + positionStep);
    CHECK(positionBetween(std::nullopt, 10) == 10 - positionStep);
    CHECK(positionBetween(0, 10) == 5);
    CHECK(positionBetween(4, 6) == 5);
    CHECK_FALSE(positionBetween(4, 5).has_value());
    CHECK_FALSE(positionBetween(5, 5).has_value());
    CHECK_FALSE(positionBetween(6, 5).has_value());
    constexpr auto largest = std::numeric_limits<std::int64_t>::max();
    constexpr auto smallest = std::numeric_limits<std::int64_t>::min();
    CHECK_FALSE(positionBetween(largest - 1, std::nullopt).has_value());
    CHECK_FALSE(positionBetween(std::nullopt, smallest + 1).has_value());
    CHECK(positionBetween(smallest, largest) == -1);
    CHECK(renumberedPosition(0) == positionStep);
    CHECK(renumberedPosition(2) == 3 * positionStep);
}

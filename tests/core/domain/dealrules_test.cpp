#include "core/domain/dealrules.h"

#include <catch2/catch_test_macros.hpp>

using namespace dealboard;

namespace {

Timestamp day(int year, unsigned month, unsigned dayOfMonth, int hour = 0)
{
    return Timestamp(std::chrono::sys_days(std::chrono::year{year} / month / dayOfMonth)) +
           std::chrono::hours(hour);
}

Stage stageWith(int probability, std::optional<int> rottingDays = std::nullopt)
{
    Stage stage;
    stage.name = "Proposal";
    stage.probability = probability;
    stage.rottingDays = rottingDays;
    return stage;
}

Deal dealUpdatedAt(Timestamp at)
{
    Deal deal;
    deal.title = "Laptops";
    deal.updatedAt = at;
    return deal;
}

} // namespace

TEST_CASE("A deal's win probability is its own when set by hand, else its stage's")
{
    Deal deal;
    CHECK(winProbability(deal, stageWith(40)) == 40);
    CHECK(winProbability(deal, stageWith(0)) == 0);

    deal.probability = 75;
    CHECK(winProbability(deal, stageWith(40)) == 75);
    CHECK(winProbability(deal, stageWith(100)) == 75); // survives a move to another stage

    deal.probability = 0; // zero set by hand is a value, not "unset"
    CHECK(winProbability(deal, stageWith(40)) == 0);

    deal.probability = 250;
    CHECK(winProbability(deal, stageWith(40)) == 100);
    deal.probability = -5;
    CHECK(winProbability(deal, stageWith(40)) == 0);
}

TEST_CASE("Idle days count whole days since the deal last changed")
{
    const Deal deal = dealUpdatedAt(day(2026, 3, 1, 12));
    CHECK(idleDays(deal, day(2026, 3, 1, 23)) == 0);
    CHECK(idleDays(deal, day(2026, 3, 2, 11)) == 0);
    CHECK(idleDays(deal, day(2026, 3, 2, 12)) == 1);
    CHECK(idleDays(deal, day(2026, 4, 1, 12)) == 31);
    CHECK(idleDays(deal, day(2026, 2, 1)) == 0); // a clock behind the data is not negative
}

TEST_CASE("A deal rots when idle for longer than its stage's limit")
{
    const Deal deal = dealUpdatedAt(day(2026, 3, 1));

    CHECK_FALSE(isRotting(deal, stageWith(10), day(2030, 1, 1)));    // no limit: never rots
    CHECK_FALSE(isRotting(deal, stageWith(10, 7), day(2026, 3, 8))); // 7 days: not longer
    CHECK(isRotting(deal, stageWith(10, 7), day(2026, 3, 9)));       // 8 days
    CHECK_FALSE(isRotting(deal, stageWith(10, 7), day(2026, 2, 1))); // clock behind
    CHECK(isRotting(deal, stageWith(10, 1), day(2026, 3, 3)));
}

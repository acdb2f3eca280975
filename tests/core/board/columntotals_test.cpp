// Column totals and weighted totals: per currency, exact, rounded once per currency.
#include "core/board/board.h"

#include "boardfixture.h"

#include <catch2/catch_test_macros.hpp>

#include <limits>

using namespace dealboard;
using namespace dealboard::test;

namespace {

using Totals = std::map<std::string, std::int64_t>;

constexpr std::int64_t maxMinor = std::numeric_limits<std::int64_t>::max();

Deal dealIn(StageId stage, std::optional<Money> value, std::optional<int> probability = {})
{
    static DealId nextId = 1000;
    ++nextId;
    Deal deal = makeDeal(nextId, stage, nextId, "Deal", "", "", std::move(value));
    deal.probability = probability;
    return deal;
}

BoardColumn columnOf(std::vector<Deal> deals)
{
    BoardColumn column;
    column.name = "Column";
    column.deals = std::move(deals);
    return column;
}

} // namespace

TEST_CASE("Weighted totals are value times the stage's probability, per currency", "[board]")
{
    const Board board = buildBoard(makeSnapshot(), makeView());

    // New (10 %): 900.00 USD and 5,000.00 EUR.
    CHECK(findColumn(board, "New")->weightedTotals.perCurrency() ==
          Totals{{"EUR", 50000}, {"USD", 9000}});
    CHECK(findColumn(board, "Presentation")->weightedTotals.perCurrency() ==
          Totals{{"USD", 22500}});
    CHECK(findColumn(board, "Won")->weightedTotals.perCurrency() ==
          Totals{{"EUR", 10000}, {"USD", 150000}});
    CHECK(findColumn(board, "Lost")->weightedTotals.perCurrency() == Totals{{"USD", 0}});
    CHECK(findColumn(board, "Negotiation")->weightedTotals.isEmpty());
}

TEST_CASE("A probability set by hand on a deal wins over its stage's", "[board]")
{
    auto snapshot = makeSnapshot();
    snapshot.deals[0].probability = 50; // deal 1, 900.00 USD in New (10 %)
    const Board board = buildBoard(snapshot, makeView());

    CHECK(findColumn(board, "New")->weightedTotals.perCurrency() ==
          Totals{{"EUR", 50000}, {"USD", 45000}});
    CHECK(findColumn(board, "New")->totals.perCurrency() ==
          Totals{{"EUR", 500000}, {"USD", 90000}});
}

TEST_CASE("Weighted totals of a board grouped by owner use each deal's own stage", "[board]")
{
    auto view = makeView();
    view.groupBy = "owner";
    const Board board = buildBoard(makeSnapshot(), view);

    // Carol: 1,000.00 USD and 100.00 EUR, both won (100 %).
    CHECK(findColumn(board, "Carol")->weightedTotals.perCurrency() ==
          Totals{{"EUR", 10000}, {"USD", 100000}});
    // Alice: 900.00 USD in New (10 %) and 10.00 USD lost (0 %).
    CHECK(findColumn(board, "Alice")->weightedTotals.perCurrency() == Totals{{"USD", 9000}});
    // Bob: 5,000.00 EUR in New (10 %) and 500.00 USD won (100 %).
    CHECK(findColumn(board, "Bob")->weightedTotals.perCurrency() ==
          Totals{{"EUR", 50000}, {"USD", 50000}});
}

TEST_CASE("Weighted totals round once per currency, halves away from zero", "[board]")
{
    const auto stages = makeSnapshot().stages;

    SECTION("three half cents make two cents, not three")
    {
        auto column = columnOf({dealIn(newStage, usd(1), 50), dealIn(newStage, usd(1), 50),
                                dealIn(newStage, usd(1), 50)});
        totalColumn(column, stages);
        CHECK(column.weightedTotals.perCurrency() == Totals{{"USD", 2}});
    }
    SECTION("a half rounds up, and a negative half down")
    {
        auto up = columnOf({dealIn(newStage, usd(1), 50)});
        totalColumn(up, stages);
        CHECK(up.weightedTotals.perCurrency() == Totals{{"USD", 1}});

        auto down = columnOf({dealIn(newStage, usd(-1), 50)});
        totalColumn(down, stages);
        CHECK(down.weightedTotals.perCurrency() == Totals{{"USD", -1}});
    }
    SECTION("below a half rounds toward zero")
    {
        auto column = columnOf({dealIn(newStage, usd(149), 33), dealIn(newStage, eur(-149), 33)});
        totalColumn(column, stages); // 49.17 and -49.17
        CHECK(column.weightedTotals.perCurrency() == Totals{{"EUR", -49}, {"USD", 49}});
    }
    SECTION("exact for the largest amounts")
    {
        auto column = columnOf({dealIn(won, usd(maxMinor))});
        totalColumn(column, stages);
        CHECK(column.weightedTotals.perCurrency() == Totals{{"USD", maxMinor}});

        auto half = columnOf({dealIn(newStage, usd(maxMinor), 50)});
        totalColumn(half, stages); // 4611686018427387903.5 -> ...904
        CHECK(half.weightedTotals.perCurrency() == Totals{{"USD", maxMinor / 2 + 1}});
    }
    SECTION("a deal of a stage the folder lacks counts with its own probability, else zero")
    {
        auto column = columnOf({dealIn(999, usd(1000)), dealIn(999, usd(1000), 40)});
        totalColumn(column, stages);
        CHECK(column.weightedTotals.perCurrency() == Totals{{"USD", 400}});
    }
}

TEST_CASE("A weighted total too large to show is left out with its currency", "[board]")
{
    const auto stages = makeSnapshot().stages;
    // The total comes back to 9,223,372,036,854,775,807 minor units, but the weighted total
    // (the lost deal counts nothing) would be twice that.
    auto column = columnOf({dealIn(lost, usd(-maxMinor)), dealIn(won, usd(maxMinor)),
                            dealIn(won, usd(maxMinor)), dealIn(won, eur(500))});
    totalColumn(column, stages);

    CHECK(column.overflowedCurrencies == std::vector<std::string>{"USD"});
    CHECK(column.totals.perCurrency() == Totals{{"EUR", 500}});
    CHECK(column.weightedTotals.perCurrency() == Totals{{"EUR", 500}});
    CHECK(columnTotalsText(column) == "USD total too large to show + 5.00 EUR — weighted 5.00 EUR");
}

TEST_CASE("A column of mixed currencies is never summed across them", "[board]")
{
    auto snapshot = makeSnapshot();
    snapshot.deals.push_back(makeDeal(40, negotiation, 100, "Yen", "", "", Money{150000, "JPY"}));
    snapshot.deals.push_back(makeDeal(41, negotiation, 200, "Dinar", "", "", Money{1500, "KWD"}));
    snapshot.deals.push_back(makeDeal(42, negotiation, 300, "Dollar", "", "", usd(150000)));
    snapshot.deals.push_back(makeDeal(43, negotiation, 400, "Yen 2", "", "", Money{50000, "JPY"}));
    const Board board = buildBoard(snapshot, makeView());

    const BoardColumn *column = findColumn(board, "Negotiation");
    REQUIRE(column != nullptr);
    CHECK(column->totals.perCurrency() == Totals{{"JPY", 200000}, {"KWD", 1500}, {"USD", 150000}});
    CHECK(column->weightedTotals.perCurrency() ==
          Totals{{"JPY", 120000}, {"KWD", 900}, {"USD", 90000}});
    CHECK(columnTotalsText(*column) == "200,000 JPY + 1.500 KWD + 1,500.00 USD — weighted "
                                       "120,000 JPY + 0.900 KWD + 900.00 USD");

    const nlohmann::json json = boardToJson(board, snapshot);
    CHECK(json["columns"][2]["totals"] ==
          nlohmann::json{{"JPY", 200000}, {"KWD", 1500}, {"USD", 150000}});
    CHECK(json["columns"][2]["weighted_totals"] ==
          nlohmann::json{{"JPY", 120000}, {"KWD", 900}, {"USD", 90000}});
}

TEST_CASE("Totals follow the view's filters and hidden columns", "[board]")
{
    auto view = makeView("Open, big");
    view.hiddenColumns = {stageColumnKey(won), stageColumnKey(lost)};
    view.filters = {{"value", FilterOperator::Greater, "1000", ""}};
    const Board board = buildBoard(makeSnapshot(), view);

    CHECK(board.columns.size() == 3);
    CHECK(findColumn(board, "New")->totals.perCurrency() == Totals{{"EUR", 500000}});
    CHECK(findColumn(board, "New")->weightedTotals.perCurrency() == Totals{{"EUR", 50000}});
    CHECK(findColumn(board, "Presentation")->totals.isEmpty());
}

TEST_CASE("Without the stages, totalColumn clears the weighted totals", "[board]")
{
    auto column = columnOf({dealIn(won, usd(500))});
    totalColumn(column, makeSnapshot().stages);
    CHECK_FALSE(column.weightedTotals.isEmpty());

    totalColumn(column);
    CHECK(column.totals.perCurrency() == Totals{{"USD", 500}});
    CHECK(column.weightedTotals.isEmpty());
    CHECK(columnTotalsText(column) == "5.00 USD");
}

// The money a column's header shows: totals and weighted totals per currency, exact.
#include "core/board/board.h"

#include "core/domain/dealrules.h"

#include <limits>
#include <map>
#include <set>

namespace dealboard {

namespace {

__extension__ typedef __int128 Int128;

// One currency's sums. The weighted sum is kept in hundredths of a minor unit (value times
// percent), so it is rounded once per currency and not once per deal; 128 bits hold the
// products of every 64-bit value with 100 for more deals than a board can have.
struct CurrencySums
{
    std::int64_t total = 0;
    Int128 weightedHundredths = 0;
    bool overflowed = false;
};

// Hundredths to whole minor units, halves away from zero (-0.5 cent becomes -1 cent).
Int128 roundedHundredths(Int128 hundredths)
{
    Int128 quotient = hundredths / 100;
    const Int128 remainder = hundredths % 100;
    if (remainder >= 50)
        ++quotient;
    else if (remainder <= -50)
        --quotient;
    return quotient;
}

bool fitsIn64Bits(Int128 value)
{
    return value >= std::numeric_limits<std::int64_t>::min() &&
           value <= std::numeric_limits<std::int64_t>::max();
}

std::map<std::string, CurrencySums> sumsPerCurrency(const BoardColumn &column,
                                                    const std::vector<Stage> *stages)
{
    std::map<StageId, const Stage *> stageById;
    if (stages) {
        for (const Stage &stage : *stages)
            stageById.emplace(stage.id, &stage);
    }

    std::map<std::string, CurrencySums> sums;
    for (const Deal &deal : column.deals) {
        if (!deal.value)
            continue;
        CurrencySums &sum = sums[deal.value->currency];
        if (sum.overflowed)
            continue;
        if (__builtin_add_overflow(sum.total, deal.value->minor, &sum.total))
            sum.overflowed = true;

        // A deal of a stage the folder does not have counts with its own probability, or 0.
        const auto stage = stageById.find(deal.stageId);
        const int probability = stage == stageById.end() ? winProbability(deal, Stage{})
                                                         : winProbability(deal, *stage->second);
        sum.weightedHundredths += Int128(deal.value->minor) * probability;
    }
    return sums;
}

void setTotals(BoardColumn &column, const std::map<std::string, CurrencySums> &sums, bool weighted)
{
    column.totals = {};
    column.weightedTotals = {};
    column.overflowedCurrencies.clear();
    for (const auto &[currency, sum] : sums) {
        const Int128 weightedTotal = roundedHundredths(sum.weightedHundredths);
        if (sum.overflowed || (weighted && !fitsIn64Bits(weightedTotal))) {
            column.overflowedCurrencies.push_back(currency); // the map keeps them sorted
            continue;
        }
        // One add per currency into empty totals: neither can overflow.
        (void)column.totals.add(Money{sum.total, currency});
        if (weighted)
            (void)column.weightedTotals.add(Money{std::int64_t(weightedTotal), currency});
    }
}

} // namespace

void totalColumn(BoardColumn &column, const std::vector<Stage> &stages)
{
    setTotals(column, sumsPerCurrency(column, &stages), true);
}

void totalColumn(BoardColumn &column)
{
    setTotals(column, sumsPerCurrency(column, nullptr), false);
}

std::string columnTotalsText(const BoardColumn &column)
{
    std::string text;
    for (const auto &currency : column.overflowedCurrencies)
        text += (text.empty() ? "" : " + ") + currency + " total too large to show";
    if (!column.totals.isEmpty())
        text += (text.empty() ? "" : " + ") + column.totals.toString();
    if (!column.weightedTotals.isEmpty())
        text += " — weighted " + column.weightedTotals.toString();
    return text;
}

} // namespace dealboard

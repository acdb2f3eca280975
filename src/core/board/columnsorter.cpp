#include "core/board/columnsorter.h"

#include "core/domain/text.h"

#include <algorithm>
#include <numeric>

namespace dealboard {

namespace {

__extension__ typedef __int128 Int128;

enum Rank
{
    ProperValue,
    MistypedValue,
    NoValue
};

// Amounts scaled to six decimals, so 1.500 KWD and 2.00 USD compare as 1.5 and 2.
Int128 scaledAmount(const Money &money)
{
    Int128 amount = money.minor;
    for (int i = currencyExponent(money.currency); i < 6; ++i)
        amount *= 10;
    return amount;
}

template <typename T> int compare(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

// Read once per deal, not once per comparison: a column can hold 100,000 cards.
struct ColumnSorter::Key
{
    Rank rank = ProperValue;
    Int128 whole = 0;  // money scaled, days of a date, the stage's place
    double number = 0; // number fields
    std::string text;  // text ignoring case; a money's currency; a mistyped value
    int stageIndex = 0;
    std::int64_t position = 0;
    DealId id = 0;
};

ColumnSorter::ColumnSorter(const DealFieldReader &reader, std::optional<ResolvedField> field,
                           bool descending)
    : m_reader(reader)
    , m_field(std::move(field))
    , m_descending(descending)
{
}

ColumnSorter::Key ColumnSorter::keyOf(const Deal &deal) const
{
    Key key{ProperValue, 0, 0, {}, m_reader.stageIndex(deal), deal.position, deal.id};
    if (!m_field)
        return key;
    if (m_field->ref == "stage") {
        key.whole = key.stageIndex; // the stage set's order, not the names'
        return key;
    }

    const FieldValue value = m_reader.value(deal, *m_field);
    if (isEmptyValue(value)) {
        key.rank = NoValue;
    } else if (const auto *money = std::get_if<Money>(&value)) {
        key.whole = scaledAmount(*money);
        key.text = money->currency;
    } else if (const auto *number = std::get_if<double>(&value)) {
        key.number = *number;
    } else if (const auto *date = std::get_if<Date>(&value)) {
        key.whole = std::chrono::sys_days(date->ymd()).time_since_epoch().count();
    } else {
        key.rank = m_field->kind == ValueKind::Text ? ProperValue : MistypedValue;
        key.text = toLowerUtf8(valueText(value));
    }
    return key;
}

bool ColumnSorter::before(const Key &a, const Key &b) const
{
    if (a.rank != b.rank)
        return a.rank < b.rank;

    int order = 0;
    if (m_field && a.rank != NoValue) {
        order = compare(a.whole, b.whole);
        if (order == 0)
            order = compare(a.number, b.number);
        if (order == 0)
            order = a.text.compare(b.text);
    }
    if (order != 0)
        return m_descending ? order > 0 : order < 0;
    return std::tie(a.stageIndex, a.position, a.id) < std::tie(b.stageIndex, b.position, b.id);
}

void ColumnSorter::sort(BoardColumn &column) const
{
    std::vector<Key> keys;
    keys.reserve(column.deals.size());
    for (const auto &deal : column.deals)
        keys.push_back(keyOf(deal));

    // Sorting indices moves 4 bytes per swap instead of a whole deal.
    std::vector<std::uint32_t> order(keys.size());
    std::iota(order.begin(), order.end(), 0u);
    auto isBefore = [&](std::uint32_t a, std::uint32_t b) {
        return before(keys[a], keys[b]);
    };
    if (std::is_sorted(order.begin(), order.end(), isBefore))
        return;
    std::sort(order.begin(), order.end(), isBefore);

    std::vector<Deal> sorted;
    sorted.reserve(order.size());
    for (const auto index : order)
        sorted.push_back(std::move(column.deals[index]));
    column.deals = std::move(sorted);
}

} // namespace dealboard

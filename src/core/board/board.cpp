#include "core/board/board.h"

#include "core/board/boardgrouping.h"
#include "core/board/dealfieldreader.h"
#include "core/board/dealfilter.h"
#include "core/domain/text.h"
#include "core/log/logging.h"

#include <algorithm>
#include <map>
#include <set>

namespace dealboard {

namespace {

bool containsLowered(std::string_view haystack, std::string_view loweredNeedle)
{
    if (haystack.empty())
        return false;
    return toLowerUtf8(haystack).find(loweredNeedle) != std::string::npos;
}

bool matchesLoweredSearch(const Deal &deal, std::string_view loweredSearch)
{
    return loweredSearch.empty() || containsLowered(deal.title, loweredSearch) ||
           containsLowered(deal.company, loweredSearch) ||
           containsLowered(deal.owner, loweredSearch) ||
           containsLowered(deal.contact, loweredSearch);
}

__extension__ typedef __int128 Int128;

// Sort keys are read once per deal, not once per comparison: a column can hold 100,000.
// rank puts proper values first, then values of the wrong type (a text in a number
// field), then empty ones, whatever the direction.
struct SortEntry
{
    int rank = 0;
    FieldValue key;
    int stageIndex = 0;
    std::int64_t position = 0;
    const Deal *deal = nullptr;
};

// Amounts scaled to six decimals, so 1.500 KWD and 2.00 USD compare as 1.5 and 2.
Int128 scaledAmount(const Money &money)
{
    Int128 amount = money.minor;
    for (int i = currencyExponent(money.currency); i < 6; ++i)
        amount *= 10;
    return amount;
}

std::weak_ordering compareKeys(const FieldValue &left, const FieldValue &right)
{
    if (const auto *money = std::get_if<Money>(&left)) {
        const auto &other = std::get<Money>(right);
        if (const auto order = scaledAmount(*money) <=> scaledAmount(other); order != 0)
            return order;
        return money->currency <=> other.currency;
    }
    if (const auto *number = std::get_if<double>(&left)) {
        const double other = std::get<double>(right);
        if (*number < other)
            return std::weak_ordering::less;
        return other < *number ? std::weak_ordering::greater : std::weak_ordering::equivalent;
    }
    if (const auto *date = std::get_if<Date>(&left))
        return *date <=> std::get<Date>(right);
    return std::get<std::string>(left) <=> std::get<std::string>(right);
}

SortEntry sortEntry(const Deal &deal, const DealFieldReader &reader,
                    const std::optional<ResolvedField> &field)
{
    SortEntry entry{0, {}, reader.stageIndex(deal), deal.position, &deal};
    if (!field)
        return entry;
    if (field->ref == "stage") {
        entry.key = double(entry.stageIndex); // the stage set's order, not the names'
        return entry;
    }

    const FieldValue value = reader.value(deal, *field);
    if (isEmptyValue(value)) {
        entry.rank = 2;
    } else if (field->kind == ValueKind::Text || std::holds_alternative<std::string>(value)) {
        entry.rank = field->kind == ValueKind::Text ? 0 : 1;
        entry.key = toLowerUtf8(valueText(value));
    } else {
        entry.key = value;
    }
    return entry;
}

bool inManualOrder(const SortEntry &a, const SortEntry &b)
{
    return std::tie(a.stageIndex, a.position, a.deal->id) <
           std::tie(b.stageIndex, b.position, b.deal->id);
}

void sortColumn(BoardColumn &column, const DealFieldReader &reader, bool descending,
                const std::optional<ResolvedField> &field)
{
    std::vector<SortEntry> entries;
    entries.reserve(column.deals.size());
    for (const auto &deal : column.deals)
        entries.push_back(sortEntry(deal, reader, field));

    std::sort(entries.begin(), entries.end(), [&](const SortEntry &a, const SortEntry &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (field && a.rank != 2) {
            if (const auto order = compareKeys(a.key, b.key); order != 0)
                return descending ? order > 0 : order < 0;
        }
        return inManualOrder(a, b);
    });

    std::vector<Deal> sorted;
    sorted.reserve(entries.size());
    for (const auto &entry : entries)
        sorted.push_back(*entry.deal);
    column.deals = std::move(sorted);
}

// Sums per currency with an overflow check; a currency whose sum does not fit is left out
// of the totals and named in a warning, so a header never shows a wrong number.
void totalColumn(BoardColumn &column, std::vector<std::string> &warnings)
{
    std::map<std::string, std::int64_t> sums;
    std::set<std::string> overflowed;
    for (const auto &deal : column.deals) {
        if (!deal.value || overflowed.contains(deal.value->currency))
            continue;
        auto &sum = sums[deal.value->currency];
        if (__builtin_add_overflow(sum, deal.value->minor, &sum))
            overflowed.insert(deal.value->currency);
    }

    for (const auto &[currency, sum] : sums) {
        if (overflowed.contains(currency)) {
            warnings.push_back("The total of \"" + column.name + "\" in " + currency +
                               " is too large to show and is left out.");
            continue;
        }
        (void)column.totals.add(Money{sum, currency}); // cannot overflow: one add per currency
    }
}

} // namespace

bool matchesSearch(const Deal &deal, std::string_view search)
{
    return matchesLoweredSearch(deal, toLowerUtf8(trimmed(search)));
}

Board buildBoard(const FolderSnapshot &snapshot, const SavedView &view, std::string_view search)
{
    Board board;
    board.folder = snapshot.folder;
    board.viewName = view.name;

    const DealFieldReader reader(snapshot);
    const DealFilter filter(reader, view.filters);
    board.warnings = filter.warnings();

    BoardGrouping grouping(reader, snapshot, view.groupBy);
    if (!grouping.warning().empty())
        board.warnings.push_back(grouping.warning());

    const std::string loweredSearch = toLowerUtf8(trimmed(search));
    std::vector<BoardColumn> columns = grouping.columns();
    for (const auto &deal : snapshot.deals) {
        if (!matchesLoweredSearch(deal, loweredSearch) || !filter.matches(deal))
            continue;
        if (auto index = grouping.columnOf(deal))
            columns[*index].deals.push_back(deal);
    }

    std::optional<ResolvedField> sortField;
    if (!view.sort.field.empty()) {
        sortField = reader.resolve(view.sort.field);
        if (!sortField)
            board.warnings.push_back("The sort field of the view no longer exists; cards are "
                                     "in their manual order.");
    }

    const std::set<std::string> hidden(view.hiddenColumns.begin(), view.hiddenColumns.end());
    for (auto &column : columns) {
        if (hidden.contains(column.key))
            continue;
        sortColumn(column, reader, view.sort.descending, sortField);
        totalColumn(column, board.warnings);
        board.columns.push_back(std::move(column));
    }

    for (const auto &warning : board.warnings)
        log(logger::board)->debug("{}: {}", view.name, warning);
    return board;
}

} // namespace dealboard

#include "core/board/board.h"

#include "core/board/boardgrouping.h"
#include "core/board/columnsorter.h"
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

} // namespace

std::string stageName(const FolderSnapshot &snapshot, StageId id)
{
    const auto stage = std::ranges::find(snapshot.stages, id, &Stage::id);
    return stage == snapshot.stages.end() ? std::string() : stage->name;
}

std::size_t dealCount(const Board &board)
{
    std::size_t count = 0;
    for (const BoardColumn &column : board.columns)
        count += column.deals.size();
    return count;
}

bool matchesSearch(const Deal &deal, std::string_view search)
{
    return matchesLoweredSearch(deal, toLowerUtf8(trimmed(search)));
}

Board buildBoard(const FolderSnapshot &snapshot, const SavedView &savedView,
                 std::string_view search)
{
    Board board;
    board.folder = snapshot.folder;
    board.viewName = savedView.name;

    // What the view names that the folder no longer has is left out first, with a warning.
    CleanedView cleaned = withoutBrokenParts(snapshot, savedView);
    board.warnings = std::move(cleaned.warnings);
    const SavedView &view = cleaned.view;

    const DealFieldReader reader(snapshot);
    const DealFilter filter(reader, view.filters);
    board.warnings.insert(board.warnings.end(), filter.warnings().begin(), filter.warnings().end());

    BoardGrouping grouping(reader, snapshot, view.groupBy);
    if (!grouping.warning().empty())
        board.warnings.push_back(grouping.warning());

    // Hidden columns are known before the deals are read, so their deals are never copied.
    const std::set<std::string> hidden(view.hiddenColumns.begin(), view.hiddenColumns.end());
    std::vector<BoardColumn> columns = grouping.columns();
    std::vector<bool> visible;
    for (const auto &column : columns)
        visible.push_back(!hidden.contains(column.key));

    const std::string loweredSearch = toLowerUtf8(trimmed(search));
    for (const auto &deal : snapshot.deals) {
        const auto index = grouping.columnOf(deal);
        if (!index || !visible[*index])
            continue;
        if (matchesLoweredSearch(deal, loweredSearch) && filter.matches(deal))
            columns[*index].deals.push_back(deal);
    }

    // The cleaned view sorts by nothing or by a field the folder has.
    const auto sortField = view.sort.field.empty() ? std::nullopt : reader.resolve(view.sort.field);
    const ColumnSorter sorter(reader, sortField, view.sort.descending);

    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (!visible[i])
            continue;
        sorter.sort(columns[i]);
        totalColumn(columns[i], snapshot.stages);
        for (const auto &currency : columns[i].overflowedCurrencies)
            board.warnings.push_back("The total of \"" + columns[i].name + "\" in " + currency +
                                     " is too large to show and is left out.");
        board.columns.push_back(std::move(columns[i]));
    }

    for (const auto &warning : board.warnings)
        log(logger::board)->debug("{}: {}", view.name, warning);
    return board;
}

} // namespace dealboard

#pragma once

#include "core/domain/deal.h"
#include "core/domain/fielddefinition.h"
#include "core/domain/folder.h"
#include "core/domain/lostreason.h"
#include "core/domain/money.h"
#include "core/domain/savedview.h"
#include "core/domain/stage.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dealboard {

// Everything of one folder that a board needs, read in one go from the repository.
struct FolderSnapshot
{
    Folder folder;
    std::vector<Stage> stages;           // by position
    std::vector<FieldDefinition> fields; // by position
    std::vector<Deal> deals;             // by stage position, then deal position
    std::vector<LostReason> lostReasons; // by position
};

struct BoardColumn
{
    std::string key;                // see SavedView: "stage:<id>" or a grouped value
    std::string name;               // what the header shows
    std::optional<StageId> stageId; // set when the board is grouped by stage
    std::vector<Deal> deals;        // filtered, searched and sorted
    MoneyTotals totals;             // of deals, per currency
    // Sum of value times win probability (see winProbability) per currency, rounded to the
    // minor unit once per currency, not per deal.
    MoneyTotals weightedTotals;
    // Currencies whose total does not fit in 64 bits, in alphabetical order. They are left
    // out of totals rather than shown wrong, and every header must say so: a header showing
    // only the other currencies would read as "no deals in this currency".
    std::vector<std::string> overflowedCurrencies;
};

// A folder seen through a saved view: the visible columns with their deals.
struct Board
{
    Folder folder;
    std::string viewName;
    std::vector<BoardColumn> columns;
    // Parts of the view that could not be applied (a filter on a deleted field, a
    // total that overflowed), in words a user can read.
    std::vector<std::string> warnings;
};

// True when search is empty or occurs, ignoring case, in the title, company, owner or
// contact of the deal.
bool matchesSearch(const Deal &deal, std::string_view search);

// Deals on the board, all columns together.
std::size_t dealCount(const Board &board);

// Builds the board of a folder through a view: groups, hides, filters, searches, sorts and
// totals. Pure: reads nothing from storage, so the GUI and the command line agree.
Board buildBoard(const FolderSnapshot &snapshot, const SavedView &view,
                 std::string_view search = {});

// Sets totals, weightedTotals and overflowedCurrencies of column from its deals, whose
// win probabilities come from stages (see winProbability). A currency whose total or
// weighted total does not fit in 64 bits is left out of both and named in
// overflowedCurrencies.
void totalColumn(BoardColumn &column, const std::vector<Stage> &stages);
// The same without the stages: the weighted totals cannot be worked out and are cleared
// rather than left stale. Callers that show them pass the stages.
void totalColumn(BoardColumn &column);

// "EUR total too large to show + 100.00 USD — weighted 40.00 USD": the currencies too large
// to total first, then the totals, then the weighted totals; empty when the column holds no
// money.
std::string columnTotalsText(const BoardColumn &column);

// A view with the parts that name nothing in the folder taken out, and what was taken out.
struct CleanedView
{
    SavedView view;
    // One sentence per part left out ("The filter on a deleted field was left out.").
    std::vector<std::string> warnings;

    bool isChanged() const { return !warnings.empty(); }
};

// Takes out of view what names a field, stage or choice option the folder no longer has:
// filters, the sort field, the grouping (which falls back to the stages), hidden columns
// and card fields. A choice value still held by a deal counts as existing. Pure, so the
// GUI can show the warnings and save the cleaned view; buildBoard applies it first.
CleanedView withoutBrokenParts(const FolderSnapshot &snapshot, const SavedView &view);

// The name of the stage with this id; empty for a stage the folder does not have.
std::string stageName(const FolderSnapshot &snapshot, StageId id);

// The built-in fields of a deal as every JSON the core writes shows them: "id",
// "external_id", "title", "company", "contact", "owner", "value" ({"minor", "currency"} or
// null), "close_date" (ISO or null) and "stage" (its name). Callers add their own keys.
nlohmann::json dealToJson(const Deal &deal, const FolderSnapshot &snapshot);

// {"folder", "view", "columns": [{"key", "name", "count", "totals": {CUR: minor},
//  "weighted_totals": {CUR: minor}, "deals": [...]}], "warnings": [...]}
nlohmann::json boardToJson(const Board &board, const FolderSnapshot &snapshot);

// A plain-text rendering for terminals: one block per column with its count and totals
// ("Won — 4,238 deals — 10,005,534.00 USD — weighted 10,005,534.00 USD"), then its deals, one a
// line. Long columns show their first defaultTextDealsPerColumn deals and "… and N more". The
// board's warnings follow at the end, one "Warning: ..." line each.
inline constexpr std::size_t defaultTextDealsPerColumn = 10;
std::string boardToText(const Board &board);
// The same, listing at most dealsPerColumn deals per column; every deal when empty.
std::string boardToText(const Board &board, std::optional<std::size_t> dealsPerColumn);

} // namespace dealboard

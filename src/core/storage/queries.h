#pragma once

#include "core/domain/deal.h"
#include "core/domain/fielddefinition.h"
#include "core/domain/folder.h"
#include "core/domain/lostreason.h"
#include "core/domain/savedview.h"
#include "core/domain/stage.h"
#include "core/result.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace dealboard {

class Database;

// Reads and writes shared by the Repository's methods. They throw StorageError; the
// public methods catch it.

std::optional<Folder> findFolder(Database &database, FolderId id);
// Stages of the stage set only: a deleted stage is archived (kept for the stage history)
// and is found by neither of these.
std::optional<Stage> findStage(Database &database, StageId id);
std::vector<Stage> loadStages(Database &database, FolderId folderId);
// The name a deleted (archived) stage had; empty when id is not a deleted stage.
std::optional<std::string> deletedStageName(Database &database, StageId id);
// The stage, or a message saying that there is none or that it was deleted.
Result<Stage> requireStage(Database &database, StageId id);

std::optional<Deal> findDeal(Database &database, DealId id);
std::vector<FieldDefinition> loadFields(Database &database, FolderId folderId);
std::vector<LostReason> loadLostReasons(Database &database, FolderId folderId);

// Rewrites every saved view of the folder that change alters (it returns true when it
// changed the view). Stage and option renames use it to keep views naming what they meant.
void rewriteViews(Database &database, FolderId folderId,
                  const std::function<bool(SavedView &)> &change);

// The folder, or a message saying there is none.
Result<Folder> requireFolder(Database &database, FolderId folderId);

// The name of another row of table (stages, field_definitions, saved_views, lost_reasons)
// in the folder with the same nameKey(), if any.
std::optional<std::string> sameNameInFolder(Database &database, std::string_view table,
                                            FolderId folderId, std::string_view name,
                                            std::int64_t exceptId = 0);

// Moves row id to index (0 = first) of a list ordered by position (all folders when
// folderId is empty, else that folder's rows); past the end = last. Writes positions 0,
// 1, 2... touching only the rows whose position changes.
void moveListRow(Database &database, std::string_view table, std::optional<FolderId> folderId,
                 std::int64_t id, int index);

// Next free position of a list (stages, fields, views, folders) ordered 0, 1, 2...
int nextListPosition(Database &database, std::string_view table, std::optional<FolderId> folderId);

// Position for a card put at the end of a column, leaving out the card excluded (the one
// being moved). Renumbers the column when the end has no room left.
std::int64_t endOfColumnPosition(Database &database, StageId stageId, DealId excluded);
// Position for a card put just before the card before (which is in that column).
// Renumbers the column, in the current transaction, only when there is no gap left.
std::int64_t positionBeforeCard(Database &database, StageId stageId, DealId before,
                                DealId excluded);

// Writes what a move changes: stage, position, version, updated and stage-entered times,
// close date and lost reason.
void writeDealMove(Database &database, const Deal &deal);

void recordStageChange(Database &database, const StageChange &change);

} // namespace dealboard

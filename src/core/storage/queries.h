#pragma once

#include "core/domain/deal.h"
#include "core/domain/fielddefinition.h"
#include "core/domain/folder.h"
#include "core/domain/stage.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace dealboard {

class Database;

// Reads and writes shared by the Repository's methods. They throw StorageError; the
// public methods catch it.

std::optional<Folder> findFolder(Database &database, FolderId id);
std::optional<Stage> findStage(Database &database, StageId id);
std::optional<Deal> findDeal(Database &database, DealId id);
std::vector<Stage> loadStages(Database &database, FolderId folderId);
std::vector<FieldDefinition> loadFields(Database &database, FolderId folderId);

// Next free position of a list (stages, fields, views, folders) ordered 0, 1, 2...
int nextListPosition(Database &database, std::string_view table, std::optional<FolderId> folderId);

// Position for a card put at the end of a column, leaving out the card excluded (the one
// being moved). Renumbers the column when the end has no room left.
std::int64_t endOfColumnPosition(Database &database, StageId stageId, DealId excluded);
// Position for a card put just before the card before (which is in that column).
// Renumbers the column, in the current transaction, only when there is no gap left.
std::int64_t positionBeforeCard(Database &database, StageId stageId, DealId before,
                                DealId excluded);

void recordStageChange(Database &database, const StageChange &change);

} // namespace dealboard

#pragma once

#include "core/domain/deal.h"
#include "core/domain/stage.h"
#include "core/result.h"

#include <optional>
#include <string>
#include <string_view>

namespace dealboard {

class Database;
struct StageEntry;

// The won and lost rules of StageEntry (see repository.h), in one place for every way a
// deal changes stage: createDeal, updateDeal, moveDeal and deleteStage. They throw
// StorageError when the database fails.

// The reason as the folder's list spells it ("price" gives "Price"). Refused when the
// folder has lost reasons and a non-empty reason is not one of them; any reason is kept
// when the folder has none, and an empty one always is.
[[nodiscard]] Result<std::string> checkedLostReason(Database &database, FolderId folderId,
                                                    std::string_view reason);

// Sets the close date and lost reason of deal, which is now in stage to and was in
// fromStageId before (empty for a new deal). Entering a won stage sets the close date to
// entry.closeDate, else today; entering a lost stage stores entry.lostReason once checked;
// a deal in a stage that is not lost keeps no reason.
[[nodiscard]] Status applyStageEntry(Database &database, Deal &deal,
                                     std::optional<StageId> fromStageId, const Stage &to,
                                     const StageEntry &entry);

} // namespace dealboard

#include "core/storage/stageentryrules.h"

#include "core/domain/text.h"
#include "core/storage/database.h"
#include "core/storage/queries.h"
#include "core/storage/repository.h"
#include "core/storage/storageguard.h"

namespace dealboard {

Result<std::string> checkedLostReason(Database &database, FolderId folderId,
                                      std::string_view reason)
{
    const std::string clean(trimmed(reason));
    if (clean.empty())
        return clean; // an import or a script may not know why a deal was lost

    const auto reasons = loadLostReasons(database, folderId);
    if (reasons.empty())
        return clean;
    const std::string key = nameKey(clean);
    for (const LostReason &known : reasons) {
        if (nameKey(known.name) == key)
            return known.name;
    }

    std::string list;
    for (const LostReason &known : reasons)
        list += (list.empty() ? "" : ", ") + inQuotes(known.name);
    return failure(inQuotes(clean) + " is not one of the lost reasons of this folder: " + list);
}

Status applyStageEntry(Database &database, Deal &deal, std::optional<StageId> fromStageId,
                       const Stage &to, const StageEntry &entry)
{
    if (!to.isLost())
        deal.lostReason.clear();
    if (fromStageId == to.id)
        return {};

    if (to.isWon())
        deal.expectedClose = entry.closeDate.value_or(Date::today());
    if (to.isLost()) {
        auto reason = checkedLostReason(database, deal.folderId, entry.lostReason);
        if (!reason)
            return failure(reason.error());
        deal.lostReason = std::move(*reason);
    }
    return {};
}

} // namespace dealboard

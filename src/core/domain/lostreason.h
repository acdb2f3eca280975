#pragma once

#include "core/domain/ids.h"

#include <string>

namespace dealboard {

// One of the reasons an admin lets sales reps pick when a deal of the folder is lost
// ("Price", "Went with a competitor"). Names are unique within the folder by nameKey();
// deals hold the name, so renaming a reason renames it on every deal.
struct LostReason
{
    LostReasonId id = 0;
    FolderId folderId = 0;
    std::string name;
    int position = 0;
};

} // namespace dealboard

#pragma once

#include "core/domain/ids.h"

#include <string>

namespace dealboard {

// A named collection of deals with its own stage set, custom fields and saved views.
// Names are unique by nameKey().
struct Folder
{
    FolderId id = 0;
    std::string name;
    int position = 0;
};

} // namespace dealboard

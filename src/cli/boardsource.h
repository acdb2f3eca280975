#pragma once

#include "core/board/board.h"
#include "core/domain/savedview.h"
#include "core/result.h"
#include "core/storage/repository.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace dealboard {

// What the board and export commands read before they build a board: the folder's
// snapshot and the view to see it through.
struct BoardSource
{
    FolderSnapshot snapshot;
    SavedView view;
};

// Opens a database that must already exist. The command line never creates one for
// reading: a mistyped path would otherwise show an empty board and leave a stray file.
[[nodiscard]] Result<std::unique_ptr<Repository>>
openExistingDatabase(const std::filesystem::path &database);

// Reads the folder and view by name. Without a view name, the folder's first view, or a
// plain board by stage ("All deals") when the folder has none. Failures name what exists:
// "No folder named "X" in deals.db; folders: Deals, Consulting deals".
[[nodiscard]] Result<BoardSource> loadBoardSource(Repository &repository,
                                                  const std::filesystem::path &database,
                                                  const std::string &folderName,
                                                  const std::optional<std::string> &viewName);

} // namespace dealboard

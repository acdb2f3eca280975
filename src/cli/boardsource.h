#pragma once

#include "cli/argumentparser.h"
#include "core/board/board.h"
#include "core/domain/savedview.h"
#include "core/result.h"
#include "core/storage/repository.h"

#include <filesystem>
#include <memory>
#include <vector>

namespace dealboard {

// What the board and export commands show: the folder's snapshot, the view they see it
// through, and the board built from the two.
struct BoardSource
{
    FolderSnapshot snapshot;
    SavedView view;
    Board board;
};

// Opens a database that must already exist. The command line never creates one for
// reading: a mistyped path would otherwise show an empty board and leave a stray file.
[[nodiscard]] Result<std::unique_ptr<Repository>>
openExistingDatabase(const std::filesystem::path &database);

// The options loadBoardSource() reads: --folder, --view and --search.
std::vector<OptionSpec> boardSourceOptions();

// Reads the board that the options --folder, --view and --search of the board and export
// commands name from the existing database. Without --view, the folder's first view, or a
// plain board by stage ("All deals") when the folder has none. Failures name what exists:
// "No folder named "X" in deals.db; folders: Deals, Consulting deals".
[[nodiscard]] Result<BoardSource> loadBoardSource(const ParsedArguments &arguments,
                                                  const std::filesystem::path &database);

} // namespace dealboard

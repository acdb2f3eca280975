#pragma once

#include "core/board/board.h"
#include "core/result.h"

#include <filesystem>
#include <ostream>
#include <string>

namespace dealboard {

enum class ExportFormat
{
    Csv,
    Json
};

// Writes the deals of a board (a folder through a view) with every built-in and custom
// field. CSV cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR at the
// start of a text) are neutralised with a leading apostrophe; numbers and amounts stay
// plain numbers. JSON keeps amounts as integer minor units with their currency.
[[nodiscard]] Status exportBoard(const Board &board, const FolderSnapshot &snapshot,
                                 ExportFormat format, std::ostream &out);

// The same into a file. It is written beside the target and renamed over it, so a failed
// export never leaves half a file where a good one was.
[[nodiscard]] Status exportBoardToFile(const Board &board, const FolderSnapshot &snapshot,
                                       ExportFormat format, const std::filesystem::path &file);

} // namespace dealboard

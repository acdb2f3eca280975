#pragma once

#include "core/domain/ids.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace dealboard {

class Database;

// Lists a folder orders by hand (fields, views) keep their order in a position column,
// written 0, 1, 2... These helpers read and rewrite that order. table is one of our own
// table names, never a user's value. They throw StorageError.

// The folder a row of table belongs to; empty when there is no such row.
std::optional<FolderId> folderOfRow(Database &database, std::string_view table, std::int64_t id);

// The ids of the folder's rows, first to last.
std::vector<std::int64_t> orderedRowIds(Database &database, std::string_view table,
                                        FolderId folderId);

// Writes positions 0, 1, 2... in the order of ids, touching only rows whose position changes.
void writeRowOrder(Database &database, std::string_view table,
                   const std::vector<std::int64_t> &ids);

// Moves the row to index (0 = first) of its folder's list; past the end = last. Returns
// false when there is no such row.
bool moveRowTo(Database &database, std::string_view table, std::int64_t id, int index);

} // namespace dealboard

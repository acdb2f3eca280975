#pragma once

#include "core/result.h"

#include <filesystem>
#include <string>

namespace dealboard {

class Database;

// The checks open() makes before it changes anything in a file, so that a file Dealboard
// must not touch (another program's, or one written by a newer Dealboard) is left exactly
// as it was: not even its journal mode is switched.

// Reads the SQLite header of an existing file without opening it with SQLite. Fails when
// the file is not an SQLite database, belongs to another program or has a newer schema.
// A missing or empty file passes: SQLite creates it.
[[nodiscard]] Status checkFileBeforeOpening(const std::filesystem::path &file);

// The same checks on an opened connection, which also sees changes still in the
// write-ahead log. Throws StorageError when SQLite cannot read the file.
[[nodiscard]] Status checkBeforeMigrating(Database &database, const std::string &name);

// The message for a file written by a newer Dealboard.
std::string newerSchemaMessage(const std::string &name, int fileVersion);

} // namespace dealboard

#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace dealboard {

class Database;

// One step of the schema. Numbered from 1 and forward-only: a released migration is
// never edited, a change is a new migration. PRAGMA user_version holds the number of the
// last one applied.
struct Migration
{
    int version = 0;
    std::string_view description;
    std::string_view sql;
};

// Written into PRAGMA application_id so that Dealboard can tell its own files from other
// programs' SQLite databases ("Dlbd").
inline constexpr std::int32_t dealboardApplicationId = 0x446c6264;

std::span<const Migration> schemaMigrations();
int latestMigrationVersion();

// Applies every migration newer than the file's schema, each in its own transaction that
// also sets user_version. Throws StorageError; a failed step leaves the file at the
// previous version.
void applyMigrations(Database &database);

} // namespace dealboard

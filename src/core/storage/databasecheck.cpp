#include "core/storage/databasecheck.h"

#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "core/storage/storageguard.h"

#include <array>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fstream>

namespace dealboard {

namespace {

// Layout of the first 100 bytes of every SQLite file (see "Database File Format" in the
// SQLite documentation).
constexpr std::size_t headerSize = 100;
constexpr char headerMagic[] = "SQLite format 3";
constexpr std::size_t userVersionOffset = 60;
constexpr std::size_t applicationIdOffset = 68;

std::int32_t bigEndian32(const std::array<unsigned char, headerSize> &header, std::size_t offset)
{
    const std::uint32_t value = std::uint32_t(header[offset]) << 24 |
                                std::uint32_t(header[offset + 1]) << 16 |
                                std::uint32_t(header[offset + 2]) << 8 | header[offset + 3];
    return std::int32_t(value);
}

std::string notSqliteMessage(const std::string &name)
{
    return inQuotes(name) + " is not a Dealboard database (it is not an SQLite database file); "
                            "it was left untouched";
}

std::string foreignMessage(const std::string &name)
{
    return inQuotes(name) + " is a database of another program, not of Dealboard; it was left "
                            "untouched";
}

Status checkIdentity(const std::string &name, std::int32_t applicationId, int userVersion)
{
    if (applicationId != 0 && applicationId != dealboardApplicationId)
        return failure(foreignMessage(name));
    if (userVersion > latestMigrationVersion())
        return failure(newerSchemaMessage(name, userVersion));
    return {};
}

} // namespace

std::string newerSchemaMessage(const std::string &name, int fileVersion)
{
    return inQuotes(name) + " was written by a newer version of Dealboard (schema " +
           std::to_string(fileVersion) + ", this version knows up to " +
           std::to_string(latestMigrationVersion()) + "); it was left untouched";
}

Status checkFileBeforeOpening(const std::filesystem::path &file)
{
    const std::string name = file.string();
    std::error_code error;
    if (std::filesystem::is_directory(file, error))
        return failure(inQuotes(name) + " is a folder, not a database file");
    if (!std::filesystem::exists(file, error) || std::filesystem::file_size(file, error) == 0)
        return {};

    std::ifstream stream(file, std::ios::binary);
    if (!stream)
        return failure("Could not read " + inQuotes(name) + ": " + std::strerror(errno));
    std::array<unsigned char, headerSize> header{};
    stream.read(reinterpret_cast<char *>(header.data()), std::streamsize(header.size()));
    if (stream.gcount() != std::streamsize(header.size()) ||
        std::memcmp(header.data(), headerMagic, sizeof headerMagic) != 0)
        return failure(notSqliteMessage(name));

    return checkIdentity(name, bigEndian32(header, applicationIdOffset),
                         bigEndian32(header, userVersionOffset));
}

Status checkBeforeMigrating(Database &database, const std::string &name)
{
    const auto applicationId = std::int32_t(database.pragmaInteger("application_id"));
    const int userVersion = database.userVersion();
    if (auto identity = checkIdentity(name, applicationId, userVersion); !identity)
        return identity;

    // Version 0 with tables in it: an SQLite file that some other program made.
    Query tables = database.query("SELECT count(*) FROM sqlite_schema");
    if (userVersion == 0 && tables.next() && tables.integer(0) > 0)
        return failure(foreignMessage(name));
    return {};
}

} // namespace dealboard

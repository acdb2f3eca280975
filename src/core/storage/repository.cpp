#include "core/storage/repository.h"

#include "core/domain/text.h"
#include "core/storage/database.h"
#include "core/storage/databasecheck.h"
#include "core/storage/migrations.h"
#include "core/storage/queries.h"
#include "core/storage/storageguard.h"
#include "core/storage/storedrows.h"
#include "core/storage/undojournal.h"

#include <sqlite3.h>

namespace dealboard {

namespace {

Result<std::unique_ptr<Database>> openFile(const std::filesystem::path &file)
{
    if (auto checked = checkFileBeforeOpening(file); !checked)
        return failure(checked.error());

    std::error_code error;
    if (file.has_parent_path())
        std::filesystem::create_directories(file.parent_path(), error);

    auto database = Database::open(file);
    if (!database)
        return failure("Could not open " + inQuotes(file.string()) + ": " + database.error());
    return database;
}

// Turns an opened connection into a ready database: checks, then configures and migrates.
// Returns whether the file was new (schema 0) before.
Result<bool> prepare(Database &database, const std::string &name)
{
    if (auto checked = checkBeforeMigrating(database, name); !checked)
        return failure(checked.error());

    const bool isNew = database.userVersion() == 0;
    database.configure();
    applyMigrations(database);
    return isNew;
}

} // namespace

Result<std::unique_ptr<Repository>> Repository::open(const std::filesystem::path &file)
{
    const std::string name = file.string();
    return guarded(
        "Could not open " + inQuotes(name), [&]() -> Result<std::unique_ptr<Repository>> {
            auto database = openFile(file);
            if (!database)
                return failure(database.error());
            const auto isNew = prepare(**database, name);
            if (!isNew)
                return failure(isNew.error());
            return std::unique_ptr<Repository>(new Repository(std::move(*database), *isNew));
        });
}

Result<std::unique_ptr<Repository>> Repository::openInMemory()
{
    return guarded(
        "Could not create a database in memory", [&]() -> Result<std::unique_ptr<Repository>> {
            auto database = Database::openInMemory();
            if (!database)
                return failure(database.error());
            const auto isNew = prepare(**database, ":memory:");
            if (!isNew)
                return failure(isNew.error());
            return std::unique_ptr<Repository>(new Repository(std::move(*database), *isNew));
        });
}

Repository::Repository(std::unique_ptr<Database> database, bool isNew)
    : m_database(std::move(database))
    , m_isNew(isNew)
{
}

Repository::~Repository() = default;

ChangeStamp Repository::changeStamp() const
{
    return {sqlite3_total_changes64(m_database->handle()),
            m_database->pragmaInteger("data_version")};
}

int Repository::schemaVersion() const
{
    const auto version = guarded("Could not read the schema version",
                                 [&]() -> Result<int> { return m_database->userVersion(); });
    return version.value_or(0);
}

int Repository::latestSchemaVersion()
{
    return latestMigrationVersion();
}

Status Repository::inTransaction(const std::function<Status()> &work)
{
    return atomically(*m_database, "The changes were not saved", work);
}

Result<std::vector<Folder>> Repository::folders() const
{
    return guarded("Could not read the folders", [&]() -> Result<std::vector<Folder>> {
        Query query = m_database->query(
            "SELECT f.id, f.name, f.position FROM folders f ORDER BY f.position, f.id");
        std::vector<Folder> folders;
        while (query.next())
            folders.push_back(readFolder(query));
        return folders;
    });
}

Result<Folder> Repository::folder(FolderId id) const
{
    return guarded("Could not read the folder", [&]() -> Result<Folder> {
        auto found = findFolder(*m_database, id);
        if (!found)
            return failure("There is no folder with id " + std::to_string(id));
        return *found;
    });
}

Result<std::optional<Folder>> Repository::folderByName(std::string_view name) const
{
    return guarded("Could not read the folder", [&]() -> Result<std::optional<Folder>> {
        Query query = m_database->query(
            "SELECT f.id, f.name, f.position FROM folders f WHERE f.name_key = ?1");
        query.bind(nameKey(name));
        return query.next() ? std::optional(readFolder(query)) : std::nullopt;
    });
}

Result<Folder> Repository::createFolder(std::string_view name)
{
    const std::string clean(trimmed(name));
    return atomically(
        *m_database, "Could not create folder " + inQuotes(clean), [&]() -> Result<Folder> {
            if (clean.empty())
                return failure("A folder needs a name");
            auto existing = folderByName(clean);
            if (!existing)
                return failure(existing.error());
            if (*existing)
                return failure("A folder named " + inQuotes((*existing)->name) + " already exists");

            Folder folder{0, clean, nextListPosition(*m_database, "folders", {})};
            Query insert = m_database->query(
                "INSERT INTO folders (name, name_key, position) VALUES (?1, ?2, ?3)");
            insert.bind(folder.name, nameKey(folder.name), folder.position).run();
            folder.id = m_database->lastInsertId();
            return folder;
        });
}

Result<FolderSnapshot> Repository::snapshot(FolderId folderId) const
{
    return guarded("Could not read the folder", [&]() -> Result<FolderSnapshot> {
        auto found = findFolder(*m_database, folderId);
        if (!found)
            return failure("There is no folder with id " + std::to_string(folderId));

        FolderSnapshot snapshot;
        snapshot.folder = *found;
        snapshot.stages = loadStages(*m_database, folderId);
        snapshot.fields = loadFields(*m_database, folderId);
        snapshot.lostReasons = loadLostReasons(*m_database, folderId);

        // Walks the stages in order and each column through its (stage, position) index,
        // so SQLite hands the deals over already sorted.
        static const std::string sql =
            "SELECT " + std::string(dealColumns) +
            " FROM stages s JOIN deals d ON d.stage_id = s.id WHERE s.folder_id = ?1"
            " ORDER BY s.position, s.id, d.position, d.id";
        Query query = m_database->query(sql);
        query.bind(folderId);
        while (query.next())
            snapshot.deals.push_back(readDeal(query));
        return snapshot;
    });
}

} // namespace dealboard

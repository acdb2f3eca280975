// The Repository's methods that read, copy, reorder and remove a folder's saved views.
// Creating and changing one live with the rest of a folder's setup (repositorysetup.cpp).
#include "core/storage/repository.h"

#include "core/domain/text.h"
#include "core/storage/database.h"
#include "core/storage/listorder.h"
#include "core/storage/queries.h"
#include "core/storage/storageguard.h"
#include "core/storage/storedrows.h"

#include <algorithm>

namespace dealboard {

namespace {

constexpr std::string_view viewTable = "saved_views";

Result<SavedView> requireView(Database &database, ViewId id)
{
    static const std::string sql =
        "SELECT " + std::string(viewColumns) + " FROM saved_views v WHERE v.id = ?1";
    Query query = database.query(sql);
    query.bind(id);
    if (!query.next())
        return failure("There is no view with id " + std::to_string(id));
    return readView(query);
}

Status checkCopyName(Database &database, FolderId folderId, std::string_view name)
{
    if (name.empty())
        return failure("A view needs a name");

    Query query =
        database.query("SELECT name FROM saved_views WHERE folder_id = ?1 AND name_key = ?2");
    query.bind(folderId, nameKey(name));
    if (!query.next())
        return {};
    const std::string existing = query.text(0);
    const auto folder = findFolder(database, folderId);
    return failure("A view named " + inQuotes(existing) + " already exists in folder " +
                   inQuotes(folder ? folder->name : std::string()));
}

} // namespace

Result<SavedView> Repository::view(ViewId id) const
{
    return guarded("Could not read the view",
                   [&]() -> Result<SavedView> { return requireView(*m_database, id); });
}

Result<SavedView> Repository::duplicateView(ViewId id, std::string_view name)
{
    const std::string copyName(trimmed(name));
    return atomically(
        *m_database, "Could not copy the view to " + inQuotes(copyName),
        [&]() -> Result<SavedView> {
            auto copy = requireView(*m_database, id);
            if (!copy)
                return failure(copy.error());
            if (auto checked = checkCopyName(*m_database, copy->folderId, copyName); !checked)
                return failure(checked.error());

            copy->name = copyName;
            Query insert = m_database->query(
                "INSERT INTO saved_views (folder_id, name, name_key, position, definition)"
                " VALUES (?1, ?2, ?3, ?4, ?5)");
            insert
                .bind(copy->folderId, copy->name, nameKey(copy->name),
                      nextListPosition(*m_database, viewTable, copy->folderId),
                      copy->definitionToJson().dump())
                .run();
            copy->id = m_database->lastInsertId();

            // Right after the original, where the user looks for it.
            std::vector<std::int64_t> ids = orderedRowIds(*m_database, viewTable, copy->folderId);
            std::erase(ids, copy->id);
            const auto source = std::ranges::find(ids, id);
            const auto inserted =
                ids.insert(source == ids.end() ? ids.end() : source + 1, copy->id);
            writeRowOrder(*m_database, viewTable, ids);
            copy->position = int(inserted - ids.begin());
            return copy;
        });
}

Status Repository::moveView(ViewId id, int index)
{
    return atomically(*m_database, "Could not move the view", [&]() -> Status {
        if (!moveRowTo(*m_database, viewTable, id, index))
            return failure("There is no view with id " + std::to_string(id));
        return {};
    });
}

Status Repository::deleteView(ViewId id)
{
    return atomically(*m_database, "Could not delete the view", [&]() -> Status {
        const auto folderId = folderOfRow(*m_database, viewTable, id);
        if (!folderId)
            return failure("There is no view with id " + std::to_string(id));

        m_database->query("DELETE FROM saved_views WHERE id = ?1").bind(id).run();
        writeRowOrder(*m_database, viewTable, orderedRowIds(*m_database, viewTable, *folderId));
        return {};
    });
}

} // namespace dealboard

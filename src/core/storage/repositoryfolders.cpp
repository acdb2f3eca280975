// The Repository's methods that change a folder once it exists: rename, reorder, delete.
#include "core/storage/repository.h"

#include "core/domain/text.h"
#include "core/storage/database.h"
#include "core/storage/queries.h"
#include "core/storage/storageguard.h"

namespace dealboard {

Status Repository::renameFolder(FolderId id, std::string_view name)
{
    const std::string clean(trimmed(name));
    return atomically(*m_database, "Could not rename the folder", [&]() -> Status {
        const auto folder = requireFolder(*m_database, id);
        if (!folder)
            return failure(folder.error());
        if (clean.empty())
            return failure("A folder needs a name");
        Query same = m_database->query("SELECT name FROM folders WHERE name_key = ?1 AND id <> ?2");
        same.bind(nameKey(clean), id);
        if (same.next())
            return failure("A folder named " + inQuotes(same.text(0)) + " already exists");

        Query update =
            m_database->query("UPDATE folders SET name = ?1, name_key = ?2 WHERE id = ?3");
        update.bind(clean, nameKey(clean), id).run();
        return {};
    });
}

Status Repository::moveFolder(FolderId id, int index)
{
    return atomically(*m_database, "Could not move the folder", [&]() -> Status {
        if (const auto folder = requireFolder(*m_database, id); !folder)
            return failure(folder.error());
        moveListRow(*m_database, "folders", std::nullopt, id, index);
        return {};
    });
}

Status Repository::deleteFolder(FolderId id)
{
    return atomically(*m_database, "Could not delete the folder", [&]() -> Status {
        if (const auto folder = requireFolder(*m_database, id); !folder)
            return failure(folder.error());

        // stage_history names stages without ON DELETE CASCADE (a deal's history must not
        // vanish with a stage), so the folder's deals and their history go first, then the
        // folder takes its stages, fields, lost reasons and views with it.
        m_database
            ->query("DELETE FROM stage_history WHERE deal_id IN"
                    " (SELECT id FROM deals WHERE folder_id = ?1)")
            .bind(id)
            .run();
        m_database->query("DELETE FROM deals WHERE folder_id = ?1").bind(id).run();
        m_database->query("DELETE FROM folders WHERE id = ?1").bind(id).run();
        return {};
    });
}

} // namespace dealboard

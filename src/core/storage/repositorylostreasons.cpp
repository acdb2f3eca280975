// The Repository's methods for a folder's list of lost reasons.
#include "core/storage/repository.h"

#include "core/domain/text.h"
#include "core/storage/database.h"
#include "core/storage/queries.h"
#include "core/storage/storageguard.h"
#include "core/storage/storedrows.h"

namespace dealboard {

namespace {

Result<LostReason> requireLostReason(Database &database, LostReasonId id)
{
    static const std::string sql =
        "SELECT " + std::string(lostReasonColumns) + " FROM lost_reasons r WHERE r.id = ?1";
    Query query = database.query(sql);
    query.bind(id);
    if (!query.next())
        return failure("There is no lost reason with id " + std::to_string(id));
    return readLostReason(query);
}

Status checkReasonName(Database &database, const Folder &folder, std::string_view name,
                       LostReasonId exceptId = 0)
{
    if (name.empty())
        return failure("A lost reason needs a name");
    if (auto same = sameNameInFolder(database, "lost_reasons", folder.id, name, exceptId))
        return failure("A lost reason named " + inQuotes(*same) + " already exists in folder " +
                       inQuotes(folder.name));
    return {};
}

} // namespace

Result<std::vector<LostReason>> Repository::lostReasons(FolderId folderId) const
{
    return guarded("Could not read the lost reasons", [&]() -> Result<std::vector<LostReason>> {
        return loadLostReasons(*m_database, folderId);
    });
}

Result<LostReason> Repository::addLostReason(FolderId folderId, std::string_view name)
{
    const std::string clean(trimmed(name));
    return atomically(
        *m_database, "Could not add lost reason " + inQuotes(clean), [&]() -> Result<LostReason> {
            const auto folder = requireFolder(*m_database, folderId);
            if (!folder)
                return failure(folder.error());
            if (auto checked = checkReasonName(*m_database, *folder, clean); !checked)
                return failure(checked.error());

            LostReason reason{0, folderId, clean,
                              nextListPosition(*m_database, "lost_reasons", folderId)};
            Query insert = m_database->query("INSERT INTO lost_reasons (folder_id, name, name_key,"
                                             " position) VALUES (?1, ?2, ?3, ?4)");
            insert.bind(folderId, reason.name, nameKey(reason.name), reason.position).run();
            reason.id = m_database->lastInsertId();
            return reason;
        });
}

Status Repository::renameLostReason(LostReasonId id, std::string_view name)
{
    const std::string clean(trimmed(name));
    return atomically(*m_database, "Could not rename the lost reason", [&]() -> Status {
        const auto reason = requireLostReason(*m_database, id);
        if (!reason)
            return failure(reason.error());
        const auto folder = requireFolder(*m_database, reason->folderId);
        if (!folder)
            return failure(folder.error());
        if (auto checked = checkReasonName(*m_database, *folder, clean, id); !checked)
            return checked;

        m_database->query("UPDATE lost_reasons SET name = ?1, name_key = ?2 WHERE id = ?3")
            .bind(clean, nameKey(clean), id)
            .run();
        // The deals hold the name; a new version makes an editor still showing the old
        // name reload instead of writing it back.
        m_database
            ->query("UPDATE deals SET lost_reason = ?1, version = version + 1"
                    " WHERE folder_id = ?2 AND lost_reason = ?3")
            .bind(clean, reason->folderId, reason->name)
            .run();
        return {};
    });
}

Status Repository::moveLostReason(LostReasonId id, int index)
{
    return atomically(*m_database, "Could not move the lost reason", [&]() -> Status {
        const auto reason = requireLostReason(*m_database, id);
        if (!reason)
            return failure(reason.error());
        moveListRow(*m_database, "lost_reasons", reason->folderId, id, index);
        return {};
    });
}

Status Repository::deleteLostReason(LostReasonId id)
{
    return atomically(*m_database, "Could not delete the lost reason", [&]() -> Status {
        // Deals that gave the reason keep its text: it is what happened to them.
        m_database->query("DELETE FROM lost_reasons WHERE id = ?1").bind(id).run();
        if (m_database->changes() != 1)
            return failure("There is no lost reason with id " + std::to_string(id));
        return {};
    });
}

} // namespace dealboard

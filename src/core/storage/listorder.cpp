#include "core/storage/listorder.h"

#include "core/storage/database.h"

#include <algorithm>
#include <string>

namespace dealboard {

std::optional<FolderId> folderOfRow(Database &database, std::string_view table, std::int64_t id)
{
    Query query = database.query("SELECT folder_id FROM " + std::string(table) + " WHERE id = ?1");
    query.bind(id);
    return query.next() ? std::optional(query.integer(0)) : std::nullopt;
}

std::vector<std::int64_t> orderedRowIds(Database &database, std::string_view table,
                                        FolderId folderId)
{
    Query query = database.query("SELECT id FROM " + std::string(table) +
                                 " WHERE folder_id = ?1 ORDER BY position, id");
    query.bind(folderId);
    std::vector<std::int64_t> ids;
    while (query.next())
        ids.push_back(query.integer(0));
    return ids;
}

void writeRowOrder(Database &database, std::string_view table, const std::vector<std::int64_t> &ids)
{
    // Rows already in place are left alone, so the undo journal records only real moves.
    const std::string sql =
        "UPDATE " + std::string(table) + " SET position = ?1 WHERE id = ?2 AND position <> ?1";
    for (std::size_t position = 0; position < ids.size(); ++position)
        database.query(sql).bind(std::int64_t(position), ids[position]).run();
}

bool moveRowTo(Database &database, std::string_view table, std::int64_t id, int index)
{
    const auto folderId = folderOfRow(database, table, id);
    if (!folderId)
        return false;

    std::vector<std::int64_t> ids = orderedRowIds(database, table, *folderId);
    std::erase(ids, id);
    const auto target = std::min<std::size_t>(std::size_t(std::max(index, 0)), ids.size());
    ids.insert(ids.begin() + std::ptrdiff_t(target), id);
    writeRowOrder(database, table, ids);
    return true;
}

} // namespace dealboard

#include "core/storage/queries.h"

#include "core/log/logging.h"
#include "core/storage/columnpositions.h"
#include "core/storage/database.h"
#include "core/storage/storageerror.h"
#include "core/storage/storedrows.h"

#include <string>

namespace dealboard {

namespace {

std::optional<std::int64_t> lastPosition(Database &database, StageId stageId, DealId excluded)
{
    // Not max(): with the extra condition SQLite would scan the whole column instead of
    // reading the last entry of the (stage_id, position) index.
    Query query = database.query("SELECT position FROM deals WHERE stage_id = ?1 AND id <> ?2"
                                 " ORDER BY position DESC LIMIT 1");
    query.bind(stageId, excluded);
    return query.next() ? std::optional(query.integer(0)) : std::nullopt;
}

std::optional<std::int64_t> positionOf(Database &database, DealId id, StageId stageId)
{
    Query query = database.query("SELECT position FROM deals WHERE id = ?1 AND stage_id = ?2");
    query.bind(id, stageId);
    return query.next() ? std::optional(query.integer(0)) : std::nullopt;
}

// The card just above position in the column. Ties are broken by id, as on the board.
std::optional<std::int64_t> previousPosition(Database &database, StageId stageId,
                                             std::int64_t position, DealId before, DealId excluded)
{
    Query query = database.query(
        "SELECT position FROM deals WHERE stage_id = ?1 AND id <> ?4 AND "
        "(position < ?2 OR (position = ?2 AND id < ?3)) ORDER BY position DESC, id DESC LIMIT 1");
    query.bind(stageId, position, before, excluded);
    return query.next() ? std::optional(query.integer(0)) : std::nullopt;
}

// Spreads the cards of a column out again, keeping their order. Rare: only after many
// drops into the same gap, and then for this one column only.
void renumberColumn(Database &database, StageId stageId, DealId excluded)
{
    std::vector<DealId> ids;
    {
        Query query = database.query(
            "SELECT id FROM deals WHERE stage_id = ?1 AND id <> ?2 ORDER BY position, id");
        query.bind(stageId, excluded);
        while (query.next())
            ids.push_back(query.integer(0));
    }

    for (std::size_t index = 0; index < ids.size(); ++index) {
        Query update = database.query("UPDATE deals SET position = ?1 WHERE id = ?2");
        update.bind(renumberedPosition(std::int64_t(index)), ids[index]).run();
    }
    log(logger::storage)->debug("Renumbered the {} cards of stage {}", ids.size(), stageId);
}

} // namespace

std::optional<Folder> findFolder(Database &database, FolderId id)
{
    Query query = database.query("SELECT f.id, f.name, f.position FROM folders f WHERE f.id = ?1");
    query.bind(id);
    return query.next() ? std::optional(readFolder(query)) : std::nullopt;
}

std::optional<Stage> findStage(Database &database, StageId id)
{
    static const std::string sql =
        "SELECT " + std::string(stageColumns) + " FROM stages s WHERE s.id = ?1";
    Query query = database.query(sql);
    query.bind(id);
    return query.next() ? std::optional(readStage(query)) : std::nullopt;
}

std::optional<Deal> findDeal(Database &database, DealId id)
{
    static const std::string sql =
        "SELECT " + std::string(dealColumns) + " FROM deals d WHERE d.id = ?1";
    Query query = database.query(sql);
    query.bind(id);
    return query.next() ? std::optional(readDeal(query)) : std::nullopt;
}

std::vector<Stage> loadStages(Database &database, FolderId folderId)
{
    static const std::string sql =
        "SELECT " + std::string(stageColumns) +
        " FROM stages s WHERE s.folder_id = ?1 ORDER BY s.position, s.id";
    Query query = database.query(sql);
    query.bind(folderId);
    std::vector<Stage> stages;
    while (query.next())
        stages.push_back(readStage(query));
    return stages;
}

std::vector<FieldDefinition> loadFields(Database &database, FolderId folderId)
{
    static const std::string sql =
        "SELECT " + std::string(fieldColumns) +
        " FROM field_definitions f WHERE f.folder_id = ?1 ORDER BY f.position, f.id";
    Query query = database.query(sql);
    query.bind(folderId);
    std::vector<FieldDefinition> fields;
    while (query.next())
        fields.push_back(readField(query));
    return fields;
}

int nextListPosition(Database &database, std::string_view table, std::optional<FolderId> folderId)
{
    // table is one of our own table names, never a user's value.
    const std::string sql = "SELECT coalesce(max(position) + 1, 0) FROM " + std::string(table) +
                            (folderId ? " WHERE folder_id = ?1" : "");
    Query query = database.query(sql);
    if (folderId)
        query.bind(*folderId);
    return query.next() ? int(query.integer(0)) : 0;
}

std::int64_t endOfColumnPosition(Database &database, StageId stageId, DealId excluded)
{
    if (auto position = positionBetween(lastPosition(database, stageId, excluded), std::nullopt))
        return *position;
    renumberColumn(database, stageId, excluded);
    return positionBetween(lastPosition(database, stageId, excluded), std::nullopt).value();
}

std::int64_t positionBeforeCard(Database &database, StageId stageId, DealId before, DealId excluded)
{
    const auto next = [&] {
        const auto position = positionOf(database, before, stageId);
        if (!position)
            throw StorageError("the card to drop before is not in that column");
        return *position;
    };

    const auto nextPosition = next();
    const auto previous = previousPosition(database, stageId, nextPosition, before, excluded);
    if (auto position = positionBetween(previous, nextPosition))
        return *position;

    renumberColumn(database, stageId, excluded);
    const auto renumbered = next();
    return positionBetween(previousPosition(database, stageId, renumbered, before, excluded),
                           renumbered)
        .value();
}

void recordStageChange(Database &database, const StageChange &change)
{
    Query query = database.query("INSERT INTO stage_history (deal_id, from_stage_id, "
                                 "to_stage_id, changed_at) VALUES (?1, ?2, ?3, ?4)");
    query.bind(change.dealId, change.fromStageId, change.toStageId, toMillis(change.at)).run();
}

} // namespace dealboard

#include "core/storage/queries.h"

#include "core/domain/text.h"
#include "core/log/logging.h"
#include "core/storage/columnpositions.h"
#include "core/storage/database.h"
#include "core/storage/storageerror.h"
#include "core/storage/storedrows.h"

#include <algorithm>
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
        "SELECT " + std::string(stageColumns) + " FROM stages s WHERE s.id = ?1 AND s.archived = 0";
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
        " FROM stages s WHERE s.folder_id = ?1 AND s.archived = 0 ORDER BY s.position, s.id";
    Query query = database.query(sql);
    query.bind(folderId);
    std::vector<Stage> stages;
    while (query.next())
        stages.push_back(readStage(query));
    return stages;
}

std::optional<std::string> deletedStageName(Database &database, StageId id)
{
    Query query = database.query("SELECT name FROM stages WHERE id = ?1 AND archived = 1");
    query.bind(id);
    return query.next() ? std::optional(query.text(0)) : std::nullopt;
}

Result<Stage> requireStage(Database &database, StageId id)
{
    if (auto stage = findStage(database, id))
        return *stage;
    if (auto name = deletedStageName(database, id))
        return failure("Stage \"" + *name + "\" was deleted");
    return failure("There is no stage with id " + std::to_string(id));
}

std::vector<LostReason> loadLostReasons(Database &database, FolderId folderId)
{
    static const std::string sql =
        "SELECT " + std::string(lostReasonColumns) +
        " FROM lost_reasons r WHERE r.folder_id = ?1 ORDER BY r.position, r.id";
    Query query = database.query(sql);
    query.bind(folderId);
    std::vector<LostReason> reasons;
    while (query.next())
        reasons.push_back(readLostReason(query));
    return reasons;
}

void rewriteViews(Database &database, FolderId folderId,
                  const std::function<bool(SavedView &)> &change)
{
    std::vector<SavedView> views;
    {
        static const std::string sql =
            "SELECT " + std::string(viewColumns) + " FROM saved_views v WHERE v.folder_id = ?1";
        Query query = database.query(sql);
        query.bind(folderId);
        while (query.next())
            views.push_back(readView(query));
    }

    for (SavedView &view : views) {
        if (!change(view))
            continue;
        Query update = database.query("UPDATE saved_views SET definition = ?1 WHERE id = ?2");
        update.bind(view.definitionToJson().dump(), view.id).run();
    }
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

Result<Folder> requireFolder(Database &database, FolderId folderId)
{
    auto folder = findFolder(database, folderId);
    if (!folder)
        return failure("There is no folder with id " + std::to_string(folderId));
    return *folder;
}

std::optional<std::string> sameNameInFolder(Database &database, std::string_view table,
                                            FolderId folderId, std::string_view name,
                                            std::int64_t exceptId)
{
    // table is one of our own table names, never a user's value.
    const std::string sql = "SELECT name FROM " + std::string(table) +
                            " WHERE folder_id = ?1 AND name_key = ?2 AND id <> ?3";
    Query query = database.query(sql);
    query.bind(folderId, nameKey(name), exceptId);
    return query.next() ? std::optional(query.text(0)) : std::nullopt;
}

void moveListRow(Database &database, std::string_view table, std::optional<FolderId> folderId,
                 std::int64_t id, int index)
{
    // table is one of our own table names, never a user's value.
    std::vector<std::int64_t> order;
    {
        Query query =
            database.query("SELECT id FROM " + std::string(table) +
                           (folderId ? " WHERE folder_id = ?1" : "") + " ORDER BY position, id");
        if (folderId)
            query.bind(*folderId);
        while (query.next())
            order.push_back(query.integer(0));
    }

    std::erase(order, id);
    const auto target = std::min(std::size_t(std::max(index, 0)), order.size());
    order.insert(order.begin() + std::ptrdiff_t(target), id);

    const std::string update =
        "UPDATE " + std::string(table) + " SET position = ?1 WHERE id = ?2 AND position <> ?1";
    for (std::size_t position = 0; position < order.size(); ++position)
        database.query(update).bind(std::int64_t(position), order[position]).run();
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

void writeDealMove(Database &database, const Deal &deal)
{
    Query update = database.query(
        "UPDATE deals SET stage_id = ?1, position = ?2, version = ?3, updated_at = ?4,"
        " stage_entered_at = ?5, close_date = ?6, lost_reason = ?7 WHERE id = ?8");
    update
        .bind(deal.stageId, deal.position, deal.version, toMillis(deal.updatedAt),
              toMillis(deal.stageEnteredAt),
              deal.expectedClose ? std::optional(deal.expectedClose->toIso()) : std::nullopt,
              deal.lostReason, deal.id)
        .run();
}

void recordStageChange(Database &database, const StageChange &change)
{
    Query query = database.query("INSERT INTO stage_history (deal_id, from_stage_id, "
                                 "to_stage_id, changed_at) VALUES (?1, ?2, ?3, ?4)");
    query.bind(change.dealId, change.fromStageId, change.toStageId, toMillis(change.at)).run();
}

} // namespace dealboard

// The Repository's methods for deals: reading, creating, updating, moving, deleting.
#include "core/storage/repository.h"

#include "core/storage/database.h"
#include "core/storage/queries.h"
#include "core/storage/stageentryrules.h"
#include "core/storage/storageguard.h"
#include "core/storage/storedrows.h"
#include "core/storage/validation.h"

namespace dealboard {

namespace {

Result<Stage> requireStageInFolder(Database &database, StageId stageId, FolderId folderId)
{
    const auto stage = requireStage(database, stageId);
    if (!stage)
        return failure(stage.error());
    if (stage->folderId != folderId)
        return failure("Stage " + inQuotes(stage->name) + " belongs to another folder");
    return *stage;
}

Status checkExternalId(Database &database, const Deal &deal)
{
    if (deal.externalId.empty())
        return {};
    Query query = database.query(
        "SELECT title FROM deals WHERE folder_id = ?1 AND external_id = ?2 AND id <> ?3"
        // Lets SQLite use the partial index, which covers non-empty ids only.
        " AND external_id <> ''");
    query.bind(deal.folderId, deal.externalId, deal.id);
    if (query.next())
        return failure("Deal " + inQuotes(query.text(0)) + " already has the external id " +
                       inQuotes(deal.externalId) + " in this folder");
    return {};
}

// Everything a write checks before it touches the deals table; the deal's stage when all
// is well.
Result<Stage> checkDeal(Database &database, const Deal &deal)
{
    if (auto valid = validateDealValues(deal); !valid)
        return failure(valid.error());
    auto stage = requireStageInFolder(database, deal.stageId, deal.folderId);
    if (!stage)
        return failure(stage.error());
    if (!deal.fields.empty()) {
        const auto valid = validateCustomValues(deal.fields, loadFields(database, deal.folderId));
        if (!valid)
            return failure(valid.error());
    }
    if (auto unique = checkExternalId(database, deal); !unique)
        return failure(unique.error());
    return stage;
}

// The won/lost rules for a deal written whole (createDeal, updateDeal; stored is empty for a
// new deal). A close date the caller set or changed is the one it closed on; otherwise
// entering a won stage closes it today. The reason is the one the deal carries; it is
// checked again when it changed while the deal stays lost, but a reason that was deleted
// from the list since the deal was lost is kept: it is what happened then.
Status applyWrittenStageEntry(Database &database, Deal &deal, const std::optional<Deal> &stored,
                              const Stage &stage)
{
    const bool closeDateGiven =
        deal.expectedClose && (!stored || deal.expectedClose != stored->expectedClose);
    const StageEntry entry{deal.lostReason,
                           closeDateGiven ? deal.expectedClose : std::optional<Date>()};
    const std::optional<StageId> from = stored ? std::optional(stored->stageId) : std::nullopt;
    if (auto applied = applyStageEntry(database, deal, from, stage, entry); !applied)
        return applied;

    if (stored && from == stage.id && stage.isLost() && deal.lostReason != stored->lostReason) {
        auto reason = checkedLostReason(database, deal.folderId, deal.lostReason);
        if (!reason)
            return failure(reason.error());
        deal.lostReason = std::move(*reason);
    }
    return {};
}

void insertDeal(Database &database, Deal &deal)
{
    Query insert = database.query(
        "INSERT INTO deals (folder_id, stage_id, position, external_id, title, company, contact,"
        " owner, value_minor, currency, close_date, custom_fields, created_at, updated_at,"
        " stage_entered_at, version, probability, lost_reason)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,"
        " ?18)");
    insert
        .bind(deal.folderId, deal.stageId, deal.position, deal.externalId, deal.title, deal.company,
              deal.contact, deal.owner,
              deal.value ? std::optional(deal.value->minor) : std::nullopt,
              deal.value ? std::optional(deal.value->currency) : std::nullopt,
              deal.expectedClose ? std::optional(deal.expectedClose->toIso()) : std::nullopt,
              customValuesToJson(deal.fields), toMillis(deal.createdAt), toMillis(deal.updatedAt),
              toMillis(deal.stageEnteredAt), deal.version, deal.probability, deal.lostReason)
        .run();
    deal.id = database.lastInsertId();
}

// Writes deal over the stored row of the given version; false when that version is gone.
bool overwriteDeal(Database &database, const Deal &deal, std::int64_t storedVersion)
{
    Query update = database.query(
        "UPDATE deals SET stage_id = ?1, position = ?2, external_id = ?3, title = ?4,"
        " company = ?5, contact = ?6, owner = ?7, value_minor = ?8, currency = ?9,"
        " close_date = ?10, custom_fields = ?11, updated_at = ?12, stage_entered_at = ?13,"
        " version = ?14, probability = ?15, lost_reason = ?16 WHERE id = ?17 AND version = ?18");
    update
        .bind(deal.stageId, deal.position, deal.externalId, deal.title, deal.company, deal.contact,
              deal.owner, deal.value ? std::optional(deal.value->minor) : std::nullopt,
              deal.value ? std::optional(deal.value->currency) : std::nullopt,
              deal.expectedClose ? std::optional(deal.expectedClose->toIso()) : std::nullopt,
              customValuesToJson(deal.fields), toMillis(deal.updatedAt),
              toMillis(deal.stageEnteredAt), deal.version, deal.probability, deal.lostReason,
              deal.id, storedVersion)
        .run();
    return database.changes() == 1;
}

std::string staleMessage(const Deal &deal)
{
    return "Deal " + inQuotes(deal.title) +
           " was changed elsewhere after it was opened; reload it and make the change again";
}

std::string staleMoveMessage(const Deal &deal)
{
    return "Deal " + inQuotes(deal.title) +
           " was changed elsewhere after it was read; see where it is now and move it again"
           " if you still want to";
}

} // namespace

Result<Deal> Repository::deal(DealId id) const
{
    return guarded("Could not read the deal", [&]() -> Result<Deal> {
        auto found = findDeal(*m_database, id);
        if (!found)
            return failure("There is no deal with id " + std::to_string(id));
        return *found;
    });
}

Result<std::optional<Deal>> Repository::dealByExternalId(FolderId folderId,
                                                         std::string_view externalId) const
{
    return guarded("Could not read the deal", [&]() -> Result<std::optional<Deal>> {
        if (externalId.empty())
            return std::nullopt;
        static const std::string sql = "SELECT " + std::string(dealColumns) +
                                       " FROM deals d"
                                       " WHERE d.folder_id = ?1 AND d.external_id = ?2"
                                       " AND d.external_id <> ''";
        Query query = m_database->query(sql);
        query.bind(folderId, externalId);
        return query.next() ? std::optional(readDeal(query)) : std::nullopt;
    });
}

Result<Deal> Repository::createDeal(Deal deal)
{
    deal.id = 0;
    deal.fields = withoutNulls(std::move(deal.fields));
    return atomically(
        *m_database, "Could not create deal " + inQuotes(deal.title), [&]() -> Result<Deal> {
            const auto stage = checkDeal(*m_database, deal);
            if (!stage)
                return failure(stage.error());
            if (auto applied = applyWrittenStageEntry(*m_database, deal, std::nullopt, *stage);
                !applied)
                return failure(applied.error());

            // Times given by the caller are kept: an import or the demo data knows when a deal
            // really began. The first history entry agrees with stageEnteredAt.
            const Timestamp now = currentTimestamp();
            if (deal.createdAt == Timestamp{})
                deal.createdAt = now;
            if (deal.updatedAt == Timestamp{})
                deal.updatedAt = now;
            if (deal.stageEnteredAt == Timestamp{})
                deal.stageEnteredAt = deal.createdAt;
            deal.version = 1;
            deal.position = endOfColumnPosition(*m_database, deal.stageId, 0);

            insertDeal(*m_database, deal);
            recordStageChange(*m_database,
                              {deal.id, std::nullopt, deal.stageId, deal.stageEnteredAt});
            return deal;
        });
}

Result<Deal> Repository::updateDeal(const Deal &deal)
{
    Deal changed = deal;
    changed.fields = withoutNulls(deal.fields);
    return atomically(
        *m_database, "Could not save deal " + inQuotes(deal.title), [&]() -> Result<Deal> {
            const auto stored = findDeal(*m_database, deal.id);
            if (!stored)
                return failure("Deal " + inQuotes(deal.title) + " no longer exists");
            if (stored->version != deal.version)
                return failure(staleMessage(deal));
            if (deal.folderId != stored->folderId)
                return failure("A deal cannot be moved to another folder");
            const auto stage = checkDeal(*m_database, changed);
            if (!stage)
                return failure(stage.error());
            if (auto applied = applyWrittenStageEntry(*m_database, changed, stored, *stage);
                !applied)
                return failure(applied.error());

            // Order in a column is changed by moveDeal only, so a copy of the deal read before
            // a renumbering cannot put its card back at an old position.
            const Timestamp now = currentTimestamp();
            changed.createdAt = stored->createdAt;
            changed.updatedAt = now;
            changed.version = stored->version + 1;
            changed.position = stored->position;
            changed.stageEnteredAt = stored->stageEnteredAt;
            if (changed.stageId != stored->stageId) {
                changed.position = endOfColumnPosition(*m_database, changed.stageId, changed.id);
                changed.stageEnteredAt = now;
            }

            if (!overwriteDeal(*m_database, changed, stored->version))
                return failure(staleMessage(deal));
            if (changed.stageId != stored->stageId)
                recordStageChange(*m_database, {changed.id, stored->stageId, changed.stageId, now});
            return changed;
        });
}

Result<Deal> Repository::moveDeal(DealId dealId, StageId stageId,
                                  std::optional<DealId> beforeDealId,
                                  std::optional<std::int64_t> expectedVersion,
                                  const StageEntry &entry)
{
    return atomically(*m_database, "Could not move the deal", [&]() -> Result<Deal> {
        auto moved = findDeal(*m_database, dealId);
        if (!moved)
            return failure("There is no deal with id " + std::to_string(dealId));
        if (expectedVersion && moved->version != *expectedVersion)
            return failure(staleMoveMessage(*moved));
        const auto stage = requireStageInFolder(*m_database, stageId, moved->folderId);
        if (!stage)
            return failure(stage.error());
        if (beforeDealId == dealId)
            return *moved; // dropped onto itself: it stays where it is

        const StageId fromStageId = moved->stageId;
        if (auto applied = applyStageEntry(*m_database, *moved, fromStageId, *stage, entry);
            !applied)
            return failure(applied.error());
        if (beforeDealId) {
            const auto before = findDeal(*m_database, *beforeDealId);
            if (!before || before->stageId != stageId)
                return failure("The card to drop " + inQuotes(moved->title) +
                               " before is no longer in that column");
            moved->position = positionBeforeCard(*m_database, stageId, *beforeDealId, dealId);
        } else {
            moved->position = endOfColumnPosition(*m_database, stageId, dealId);
        }

        const Timestamp now = currentTimestamp();
        moved->stageId = stageId;
        moved->updatedAt = now;
        if (stageId != fromStageId)
            moved->stageEnteredAt = now;
        moved->version += 1;

        writeDealMove(*m_database, *moved);
        if (stageId != fromStageId)
            recordStageChange(*m_database, {dealId, fromStageId, stageId, now});
        return *moved;
    });
}

Status Repository::deleteDeal(DealId id)
{
    return atomically(*m_database, "Could not delete the deal", [&]() -> Status {
        // The history goes with the deal: ON DELETE CASCADE.
        Query remove = m_database->query("DELETE FROM deals WHERE id = ?1");
        remove.bind(id).run();
        if (m_database->changes() != 1)
            return failure("There is no deal with id " + std::to_string(id));
        return {};
    });
}

Result<std::vector<StageChange>> Repository::stageHistory(DealId dealId) const
{
    return guarded("Could not read the stage history", [&]() -> Result<std::vector<StageChange>> {
        Query query = m_database->query(
            "SELECT deal_id, from_stage_id, to_stage_id, changed_at FROM stage_history"
            " WHERE deal_id = ?1 ORDER BY changed_at, id");
        query.bind(dealId);
        std::vector<StageChange> changes;
        while (query.next())
            changes.push_back({query.integer(0), query.optionalInteger(1), query.integer(2),
                               timestampFromMillis(query.integer(3))});
        return changes;
    });
}

Result<int> Repository::dealCount(FolderId folderId) const
{
    return guarded("Could not count the deals", [&]() -> Result<int> {
        Query query = m_database->query("SELECT count(*) FROM deals WHERE folder_id = ?1");
        query.bind(folderId);
        return query.next() ? int(query.integer(0)) : 0;
    });
}

} // namespace dealboard

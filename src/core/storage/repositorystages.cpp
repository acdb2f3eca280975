// The Repository's methods that change or remove a stage of a folder's stage set.
#include "core/storage/repository.h"

#include "core/domain/text.h"
#include "core/storage/database.h"
#include "core/storage/queries.h"
#include "core/storage/stageentryrules.h"
#include "core/storage/storageguard.h"
#include "core/storage/validation.h"

#include <algorithm>

namespace dealboard {

namespace {

// Filters compare stage names ignoring case (see buildBoard), so a filter names the stage
// when its value has the same nameKey().
bool renameStageInFilters(SavedView &view, std::string_view oldName, const std::string &newName)
{
    const std::string oldKey = nameKey(oldName);
    bool changed = false;
    for (ViewFilter &filter : view.filters) {
        if (filter.field != "stage")
            continue;
        for (std::string *value : {&filter.value, &filter.value2}) {
            if (nameKey(*value) == oldKey && *value != newName) {
                *value = newName;
                changed = true;
            }
        }
    }
    return changed;
}

int countDealsInStage(Database &database, StageId id)
{
    Query query = database.query("SELECT count(*) FROM deals WHERE stage_id = ?1");
    query.bind(id);
    return query.next() ? int(query.integer(0)) : 0;
}

std::string dealsText(int count)
{
    return formatCount(std::size_t(count)) + (count == 1 ? " deal" : " deals");
}

// The stage the deals of stage go to, or why it cannot take them.
Result<Stage> checkTarget(Database &database, const Stage &stage, StageId targetId)
{
    const std::string refusal = "The deals of stage " + inQuotes(stage.name) + " cannot move";
    if (targetId == stage.id)
        return failure(refusal + " to the stage being deleted; choose another stage");
    auto target = requireStage(database, targetId);
    if (!target)
        return failure(refusal + ": " + target.error());
    if (target->folderId != stage.folderId)
        return failure(refusal + " to stage " + inQuotes(target->name) +
                       ", which belongs to another folder");
    return target;
}

// Every deal of from goes to the end of the column of to, in its order, as if each had
// been moved there: history, times, version and the won/lost rules with no reason given.
Status moveAllDeals(Database &database, const Stage &from, const Stage &to)
{
    std::vector<DealId> ids;
    {
        Query query =
            database.query("SELECT id FROM deals WHERE stage_id = ?1 ORDER BY position, id");
        query.bind(from.id);
        while (query.next())
            ids.push_back(query.integer(0));
    }

    const Timestamp now = currentTimestamp();
    for (const DealId id : ids) {
        Deal deal = findDeal(database, id).value();
        deal.position = endOfColumnPosition(database, to.id, id);
        deal.stageId = to.id;
        if (auto applied = applyStageEntry(database, deal, from.id, to, {}); !applied)
            return applied;
        deal.version += 1;
        deal.updatedAt = now;
        deal.stageEnteredAt = now;
        writeDealMove(database, deal);
        recordStageChange(database, {id, from.id, to.id, now});
    }
    return {};
}

// The stage row stays, archived, so that stage_history keeps naming it. Its name_key
// becomes " deleted <id>": nameKey() trims, so no real name has a key starting with a
// space, and the name is free again for a new stage while UNIQUE (folder_id, name_key)
// still holds for any number of deleted stages.
void archiveStage(Database &database, StageId id)
{
    Query update = database.query(
        "UPDATE stages SET archived = 1, name_key = ' deleted ' || id WHERE id = ?1");
    update.bind(id).run();
}

// Views hiding the stage forget it; filters naming it name the target instead, so a view
// of "Negotiation" deals keeps showing them after Negotiation merged into another stage.
void forgetStageInViews(Database &database, const Stage &stage, const std::optional<Stage> &target)
{
    const std::string key = stageColumnKey(stage.id);
    rewriteViews(database, stage.folderId, [&](SavedView &view) {
        const bool hidden = std::erase(view.hiddenColumns, key) > 0;
        const bool renamed = target && renameStageInFilters(view, stage.name, target->name);
        return hidden || renamed;
    });
}

// A stage that is no longer a lost stage holds no lost deals, so its deals give no reason.
void forgetLostReasons(Database &database, StageId id)
{
    Query update = database.query("UPDATE deals SET lost_reason = '', version = version + 1"
                                  " WHERE stage_id = ?1 AND lost_reason <> ''");
    update.bind(id).run();
}

} // namespace

Result<Stage> Repository::stage(StageId id) const
{
    return guarded("Could not read the stage",
                   [&]() -> Result<Stage> { return requireStage(*m_database, id); });
}

Status Repository::updateStage(const Stage &stage)
{
    Stage changed = stage;
    changed.name = std::string(trimmed(stage.name));
    return atomically(
        *m_database, "Could not change stage " + inQuotes(changed.name), [&]() -> Status {
            const auto stored = requireStage(*m_database, stage.id);
            if (!stored)
                return failure(stored.error());
            if (auto valid = validateStageValues(changed); !valid)
                return valid;
            const auto folder = requireFolder(*m_database, stored->folderId);
            if (!folder)
                return failure(folder.error());
            if (auto same =
                    sameNameInFolder(*m_database, "stages", folder->id, changed.name, stage.id))
                return failure("A stage named " + inQuotes(*same) + " already exists in folder " +
                               inQuotes(folder->name));

            Query update = m_database->query(
                "UPDATE stages SET name = ?1, name_key = ?2, color = ?3, kind = ?4,"
                " probability = ?5, rotting_days = ?6 WHERE id = ?7");
            update
                .bind(changed.name, nameKey(changed.name), changed.color, toString(changed.kind),
                      changed.probability, changed.rottingDays, changed.id)
                .run();
            if (stored->isLost() && !changed.isLost())
                forgetLostReasons(*m_database, stage.id);
            if (stored->name != changed.name)
                rewriteViews(*m_database, folder->id, [&](SavedView &view) {
                    return renameStageInFilters(view, stored->name, changed.name);
                });
            return {};
        });
}

Result<int> Repository::stageDealCount(StageId id) const
{
    return guarded("Could not count the deals of the stage", [&]() -> Result<int> {
        if (const auto stage = requireStage(*m_database, id); !stage)
            return failure(stage.error());
        return countDealsInStage(*m_database, id);
    });
}

Status Repository::deleteStage(StageId id, std::optional<StageId> moveDealsTo)
{
    return atomically(*m_database, "Could not delete the stage", [&]() -> Status {
        const auto stage = requireStage(*m_database, id);
        if (!stage)
            return failure(stage.error());
        if (loadStages(*m_database, stage->folderId).size() <= 1)
            return failure("Stage " + inQuotes(stage->name) +
                           " is the last stage of its folder, and a folder needs at least one");

        std::optional<Stage> target;
        if (moveDealsTo) {
            auto checked = checkTarget(*m_database, *stage, *moveDealsTo);
            if (!checked)
                return failure(checked.error());
            target = *checked;
        }
        const int count = countDealsInStage(*m_database, id);
        if (count > 0 && !target)
            return failure("Stage " + inQuotes(stage->name) + " holds " + dealsText(count) +
                           ": choose the stage they move to");

        if (target && count > 0) {
            if (auto moved = moveAllDeals(*m_database, *stage, *target); !moved)
                return moved;
        }
        archiveStage(*m_database, id);
        forgetStageInViews(*m_database, *stage, target);
        return {};
    });
}

} // namespace dealboard

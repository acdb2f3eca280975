// The Repository's methods for a folder's setup: stages, custom fields and saved views.
#include "core/storage/repository.h"

#include "core/domain/text.h"
#include "core/storage/database.h"
#include "core/storage/queries.h"
#include "core/storage/storageguard.h"
#include "core/storage/storedrows.h"
#include "core/storage/validation.h"

namespace dealboard {

namespace {

Status checkFieldName(Database &database, const FieldDefinition &field, const Folder &folder)
{
    if (auto valid = validateFieldValues(field); !valid)
        return valid;
    if (auto same =
            sameNameInFolder(database, "field_definitions", folder.id, field.name, field.id))
        return failure("A field named " + inQuotes(*same) + " already exists in folder " +
                       inQuotes(folder.name));
    return {};
}

Status checkViewName(Database &database, const SavedView &view, const Folder &folder)
{
    if (trimmed(view.name).empty())
        return failure("A view needs a name");
    if (auto same = sameNameInFolder(database, "saved_views", folder.id, view.name, view.id))
        return failure("A view named " + inQuotes(*same) + " already exists in folder " +
                       inQuotes(folder.name));
    return {};
}

} // namespace

Result<std::vector<Stage>> Repository::stages(FolderId folderId) const
{
    return guarded("Could not read the stages", [&]() -> Result<std::vector<Stage>> {
        return loadStages(*m_database, folderId);
    });
}

Result<Stage> Repository::addStage(FolderId folderId, Stage stage)
{
    stage.name = std::string(trimmed(stage.name));
    return atomically(
        *m_database, "Could not add stage " + inQuotes(stage.name), [&]() -> Result<Stage> {
            const auto folder = requireFolder(*m_database, folderId);
            if (!folder)
                return failure(folder.error());
            if (auto valid = validateStageValues(stage); !valid)
                return failure(valid.error());
            if (auto same = sameNameInFolder(*m_database, "stages", folderId, stage.name))
                return failure("A stage named " + inQuotes(*same) + " already exists in folder " +
                               inQuotes(folder->name));

            stage.folderId = folderId;
            stage.position = nextListPosition(*m_database, "stages", folderId);
            Query insert = m_database->query(
                "INSERT INTO stages (folder_id, name, name_key, position, color, kind, probability,"
                " rotting_days) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
            insert
                .bind(folderId, stage.name, nameKey(stage.name), stage.position, stage.color,
                      toString(stage.kind), stage.probability, stage.rottingDays)
                .run();
            stage.id = m_database->lastInsertId();
            return stage;
        });
}

Status Repository::moveStage(StageId stageId, int index)
{
    return atomically(*m_database, "Could not move the stage", [&]() -> Status {
        const auto stage = findStage(*m_database, stageId);
        if (!stage)
            return failure("There is no stage with id " + std::to_string(stageId));

        std::vector<Stage> order = loadStages(*m_database, stage->folderId);
        std::erase_if(order, [stageId](const Stage &other) { return other.id == stageId; });
        const auto target =
            std::clamp<std::size_t>(std::size_t(std::max(index, 0)), 0, order.size());
        order.insert(order.begin() + std::ptrdiff_t(target), *stage);

        for (std::size_t position = 0; position < order.size(); ++position) {
            if (order[position].position == int(position))
                continue;
            m_database->query("UPDATE stages SET position = ?1 WHERE id = ?2")
                .bind(std::int64_t(position), order[position].id)
                .run();
        }
        return {};
    });
}

Result<std::vector<FieldDefinition>> Repository::fields(FolderId folderId) const
{
    return guarded("Could not read the fields", [&]() -> Result<std::vector<FieldDefinition>> {
        return loadFields(*m_database, folderId);
    });
}

Result<FieldDefinition> Repository::addField(FolderId folderId, FieldDefinition field)
{
    field.name = std::string(trimmed(field.name));
    field.id = 0;
    return atomically(
        *m_database, "Could not add field " + inQuotes(field.name),
        [&]() -> Result<FieldDefinition> {
            const auto folder = requireFolder(*m_database, folderId);
            if (!folder)
                return failure(folder.error());
            if (auto checked = checkFieldName(*m_database, field, *folder); !checked)
                return failure(checked.error());

            field.folderId = folderId;
            field.position = nextListPosition(*m_database, "field_definitions", folderId);
            Query insert = m_database->query(
                "INSERT INTO field_definitions (folder_id, name, name_key, type, options, position)"
                " VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
            insert
                .bind(folderId, field.name, nameKey(field.name), toString(field.type),
                      optionsToJson(field.options), field.position)
                .run();
            field.id = m_database->lastInsertId();
            return field;
        });
}

Status Repository::updateField(const FieldDefinition &field)
{
    FieldDefinition changed = field;
    changed.name = std::string(trimmed(field.name));
    return atomically(
        *m_database, "Could not change field " + inQuotes(changed.name), [&]() -> Status {
            Query stored =
                m_database->query("SELECT folder_id, type FROM field_definitions WHERE id = ?1");
            stored.bind(field.id);
            if (!stored.next())
                return failure("The field " + inQuotes(changed.name) + " no longer exists");
            if (stored.text(1) != toString(field.type))
                return failure("The type of field " + inQuotes(changed.name) +
                               " cannot be changed");
            const auto folder = requireFolder(*m_database, stored.integer(0));
            if (!folder)
                return failure(folder.error());
            if (auto checked = checkFieldName(*m_database, changed, *folder); !checked)
                return checked;

            Query update =
                m_database->query("UPDATE field_definitions SET name = ?1, name_key = ?2,"
                                  " options = ?3 WHERE id = ?4");
            update
                .bind(changed.name, nameKey(changed.name), optionsToJson(changed.options),
                      changed.id)
                .run();
            return {};
        });
}

Result<std::vector<SavedView>> Repository::views(FolderId folderId) const
{
    return guarded("Could not read the views", [&]() -> Result<std::vector<SavedView>> {
        static const std::string sql = "SELECT " + std::string(viewColumns) +
                                       " FROM saved_views v WHERE v.folder_id = ?1"
                                       " ORDER BY v.position, v.id";
        Query query = m_database->query(sql);
        query.bind(folderId);
        std::vector<SavedView> views;
        while (query.next())
            views.push_back(readView(query));
        return views;
    });
}

Result<std::optional<SavedView>> Repository::viewByName(FolderId folderId,
                                                        std::string_view name) const
{
    return guarded("Could not read the view", [&]() -> Result<std::optional<SavedView>> {
        static const std::string sql = "SELECT " + std::string(viewColumns) +
                                       " FROM saved_views v"
                                       " WHERE v.folder_id = ?1 AND v.name_key = ?2";
        Query query = m_database->query(sql);
        query.bind(folderId, nameKey(name));
        return query.next() ? std::optional(readView(query)) : std::nullopt;
    });
}

Result<SavedView> Repository::createView(SavedView view)
{
    view.name = std::string(trimmed(view.name));
    view.id = 0;
    return atomically(
        *m_database, "Could not create view " + inQuotes(view.name), [&]() -> Result<SavedView> {
            const auto folder = requireFolder(*m_database, view.folderId);
            if (!folder)
                return failure(folder.error());
            if (auto checked = checkViewName(*m_database, view, *folder); !checked)
                return failure(checked.error());

            view.position = nextListPosition(*m_database, "saved_views", view.folderId);
            Query insert = m_database->query(
                "INSERT INTO saved_views (folder_id, name, name_key, position, definition)"
                " VALUES (?1, ?2, ?3, ?4, ?5)");
            insert
                .bind(view.folderId, view.name, nameKey(view.name), view.position,
                      view.definitionToJson().dump())
                .run();
            view.id = m_database->lastInsertId();
            return view;
        });
}

Status Repository::updateView(const SavedView &view)
{
    SavedView changed = view;
    changed.name = std::string(trimmed(view.name));
    return atomically(
        *m_database, "Could not change view " + inQuotes(changed.name), [&]() -> Status {
            Query stored = m_database->query("SELECT folder_id FROM saved_views WHERE id = ?1");
            stored.bind(view.id);
            if (!stored.next())
                return failure("The view " + inQuotes(changed.name) + " no longer exists");
            const auto folder = requireFolder(*m_database, stored.integer(0));
            if (!folder)
                return failure(folder.error());
            if (auto checked = checkViewName(*m_database, changed, *folder); !checked)
                return checked;

            Query update = m_database->query("UPDATE saved_views SET name = ?1, name_key = ?2,"
                                             " definition = ?3 WHERE id = ?4");
            update
                .bind(changed.name, nameKey(changed.name), changed.definitionToJson().dump(),
                      changed.id)
                .run();
            return {};
        });
}

} // namespace dealboard

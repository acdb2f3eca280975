// The Repository's methods that change a folder's custom fields once they exist: reading
// one, reordering, counting and removing their values, and renaming a choice option
// everywhere it is written down.
#include "core/storage/repository.h"

#include "core/domain/text.h"
#include "core/storage/database.h"
#include "core/storage/listorder.h"
#include "core/storage/storageguard.h"
#include "core/storage/storedrows.h"

#include <algorithm>

namespace dealboard {

namespace {

constexpr std::string_view fieldTable = "field_definitions";

std::optional<FieldDefinition> findField(Database &database, FieldId id)
{
    static const std::string sql =
        "SELECT " + std::string(fieldColumns) + " FROM field_definitions f WHERE f.id = ?1";
    Query query = database.query(sql);
    query.bind(id);
    return query.next() ? std::optional(readField(query)) : std::nullopt;
}

Result<FieldDefinition> requireField(Database &database, FieldId id)
{
    auto field = findField(database, id);
    if (!field)
        return failure("There is no field with id " + std::to_string(id));
    return *field;
}

// The SQLite JSON path of a field's value in a deal's custom_fields ("$.\"12\"").
std::string valuePath(FieldId id)
{
    return "$.\"" + std::to_string(id) + "\"";
}

Status checkNewOption(const FieldDefinition &field, std::string_view oldName,
                      std::string_view newName)
{
    if (field.type != FieldType::Choice)
        return failure("Field " + inQuotes(field.name) + " is not a choice field");
    if (std::ranges::find(field.options, oldName) == field.options.end())
        return failure(inQuotes(oldName) + " is not an option of field " + inQuotes(field.name));
    if (newName.empty())
        return failure("An option needs a name");
    // Filters compare choices ignoring case, so "gold" beside "Gold" could not be told apart.
    for (const std::string &option : field.options) {
        if (option != oldName && nameKey(option) == nameKey(newName))
            return failure("Field " + inQuotes(field.name) + " already has the option " +
                           inQuotes(option));
    }
    return {};
}

void renameOnDeals(Database &database, const FieldDefinition &field, std::string_view oldName,
                   std::string_view newName)
{
    // The version changes because the deal's content did: an editor still holding the old
    // option must not write it back.
    Query update = database.query(
        "UPDATE deals SET custom_fields = json_set(custom_fields, ?2, ?3), version = version + 1"
        " WHERE folder_id = ?1 AND json_type(custom_fields, ?2) = 'text'"
        " AND json_extract(custom_fields, ?2) = ?4");
    update.bind(field.folderId, valuePath(field.id), newName, oldName).run();
}

// Filters of the field naming the old option, and hidden columns of views grouped by it.
bool renameInView(SavedView &view, const FieldDefinition &field, std::string_view oldName,
                  std::string_view newName)
{
    const std::string ref = customFieldRef(field.id);
    const std::string oldKey = nameKey(oldName);
    bool changed = false;
    for (ViewFilter &filter : view.filters) {
        if (filter.field != ref)
            continue;
        for (std::string *value : {&filter.value, &filter.value2}) {
            if (!value->empty() && nameKey(*value) == oldKey) {
                *value = std::string(newName);
                changed = true;
            }
        }
    }
    if (view.groupBy == ref) {
        for (std::string &key : view.hiddenColumns) {
            if (key == oldName) {
                key = std::string(newName);
                changed = true;
            }
        }
    }
    return changed;
}

void renameInViews(Database &database, const FieldDefinition &field, std::string_view oldName,
                   std::string_view newName)
{
    std::vector<SavedView> changed;
    {
        static const std::string sql =
            "SELECT " + std::string(viewColumns) + " FROM saved_views v WHERE v.folder_id = ?1";
        Query query = database.query(sql);
        query.bind(field.folderId);
        while (query.next()) {
            SavedView view = readView(query);
            if (renameInView(view, field, oldName, newName))
                changed.push_back(std::move(view));
        }
    }
    for (const SavedView &view : changed) {
        database.query("UPDATE saved_views SET definition = ?1 WHERE id = ?2")
            .bind(view.definitionToJson().dump(), view.id)
            .run();
    }
}

} // namespace

Result<FieldDefinition> Repository::field(FieldId id) const
{
    return guarded("Could not read the field",
                   [&]() -> Result<FieldDefinition> { return requireField(*m_database, id); });
}

Status Repository::moveField(FieldId id, int index)
{
    return atomically(*m_database, "Could not move the field", [&]() -> Status {
        if (!moveRowTo(*m_database, fieldTable, id, index))
            return failure("There is no field with id " + std::to_string(id));
        return {};
    });
}

Result<int> Repository::fieldValueCount(FieldId id) const
{
    return guarded("Could not count the values of the field", [&]() -> Result<int> {
        const auto field = requireField(*m_database, id);
        if (!field)
            return failure(field.error());

        // An empty text is no value: nothing is lost when the field goes.
        Query query = m_database->query("SELECT count(*) FROM deals WHERE folder_id = ?1"
                                        " AND json_type(custom_fields, ?2) IS NOT NULL"
                                        " AND json_type(custom_fields, ?2) <> 'null'"
                                        " AND json_extract(custom_fields, ?2) IS NOT ''");
        query.bind(field->folderId, valuePath(id));
        return query.next() ? int(query.integer(0)) : 0;
    });
}

Status Repository::deleteField(FieldId id)
{
    return atomically(*m_database, "Could not remove the field", [&]() -> Status {
        const auto field = requireField(*m_database, id);
        if (!field)
            return failure(field.error());

        Query values =
            m_database->query("UPDATE deals SET custom_fields = json_remove(custom_fields, ?2),"
                              " version = version + 1"
                              " WHERE folder_id = ?1 AND json_type(custom_fields, ?2) IS NOT NULL");
        values.bind(field->folderId, valuePath(id)).run();

        m_database->query("DELETE FROM field_definitions WHERE id = ?1").bind(id).run();
        writeRowOrder(*m_database, fieldTable,
                      orderedRowIds(*m_database, fieldTable, field->folderId));
        return {};
    });
}

Status Repository::renameChoiceOption(FieldId id, std::string_view oldName,
                                      std::string_view newName)
{
    const std::string newOption(trimmed(newName));
    return atomically(
        *m_database, "Could not rename the option " + inQuotes(oldName), [&]() -> Status {
            auto field = requireField(*m_database, id);
            if (!field)
                return failure(field.error());
            if (auto checked = checkNewOption(*field, oldName, newOption); !checked)
                return checked;
            if (newOption == oldName)
                return {};

            std::ranges::replace(field->options, std::string(oldName), newOption);
            m_database->query("UPDATE field_definitions SET options = ?1 WHERE id = ?2")
                .bind(optionsToJson(field->options), id)
                .run();
            renameOnDeals(*m_database, *field, oldName, newOption);
            renameInViews(*m_database, *field, oldName, newOption);
            return {};
        });
}

} // namespace dealboard

#include "cli/fieldscommand.h"

#include "cli/adminaction.h"
#include "cli/setuplookup.h"

#include <nlohmann/json.hpp>

namespace dealboard {

namespace {

// Reads the folder and the field that operands 0 and 1 name.
struct NamedField
{
    Folder folder;
    FieldDefinition field;
};

Result<NamedField> namedField(const AdminRequest &request)
{
    auto folder = folderNamed(request.repository, request.operand(0));
    if (!folder)
        return failure(folder.error());
    auto fields = request.repository.fields(folder->id);
    if (!fields)
        return failure(fields.error());
    auto field = fieldNamed(*fields, *folder, request.operand(1));
    if (!field)
        return failure(field.error());
    return NamedField{std::move(*folder), std::move(*field)};
}

std::size_t valueCount(const FolderSnapshot &snapshot, FieldId id)
{
    return std::size_t(std::ranges::count_if(snapshot.deals, [id](const Deal &deal) {
        const auto value = deal.fields.find(id);
        return value != deal.fields.end() && !value->second.is_null();
    }));
}

std::string fieldLine(const FieldDefinition &field, std::size_t position, std::size_t values)
{
    std::string options;
    for (const auto &option : field.options)
        options += (options.empty() ? ": " : ", ") + option;
    return std::to_string(position) + ". " + field.name + " — " +
           std::string(toString(field.type)) + options + " — " +
           countOf(values, "value", "values") + "\n";
}

int listFields(const AdminRequest &request)
{
    const auto folder = folderNamed(request.repository, request.operand(0));
    if (!folder)
        return request.context.fail(folder.error());
    const auto snapshot = request.repository.snapshot(folder->id);
    if (!snapshot)
        return request.context.fail(snapshot.error());

    nlohmann::json list = nlohmann::json::array();
    std::string text;
    for (std::size_t i = 0; i < snapshot->fields.size(); ++i) {
        const FieldDefinition &field = snapshot->fields[i];
        const std::size_t values = valueCount(*snapshot, field.id);
        list.push_back({{"name", field.name},
                        {"position", i + 1},
                        {"type", toString(field.type)},
                        {"options", field.options},
                        {"values", values}});
        text += fieldLine(field, i + 1, values);
    }
    request.context.out() << (request.arguments.has("--json") ? list.dump(2) + "\n" : text);
    return exitstatus::success;
}

Result<FieldDefinition> fieldToAdd(const AdminRequest &request)
{
    FieldDefinition field;
    field.name = request.operand(1);
    const std::string typeName = request.arguments.value("--type").value_or("text");
    const auto type = fieldTypeFromString(typeName);
    if (!type)
        return failure("--type must be text, number, money, date, choice or person, not \"" +
                       typeName + "\"");
    field.type = *type;
    field.options = request.arguments.values("--option");
    if (!field.options.empty() && field.type != FieldType::Choice)
        return failure("--option is for fields of --type choice");
    return field;
}

int addField(const AdminRequest &request)
{
    const auto field = fieldToAdd(request);
    if (!field)
        return request.context.misuse(field.error());
    const auto folder = folderNamed(request.repository, request.operand(0));
    if (!folder)
        return request.context.fail(folder.error());

    const auto added = request.repository.addField(folder->id, *field);
    if (!added)
        return request.context.fail(added.error());
    request.context.out() << "Added " << toString(added->type) << " field \"" << added->name
                          << "\" to folder \"" << folder->name << "\"\n";
    return exitstatus::success;
}

int renameField(const AdminRequest &request)
{
    const auto named = namedField(request);
    if (!named)
        return request.context.fail(named.error());

    FieldDefinition renamed = named->field;
    renamed.name = request.operand(2);
    if (auto updated = request.repository.updateField(renamed); !updated)
        return request.context.fail(updated.error());
    request.context.out() << "Renamed field \"" << named->field.name << "\" to \""
                          << request.operand(2) << "\"\n";
    return exitstatus::success;
}

int addOption(const AdminRequest &request)
{
    const auto named = namedField(request);
    if (!named)
        return request.context.fail(named.error());
    if (named->field.type != FieldType::Choice)
        return request.context.fail("Field \"" + named->field.name +
                                    "\" is not a choice field; only choice fields have options");

    FieldDefinition changed = named->field;
    changed.options.push_back(request.operand(2));
    if (auto updated = request.repository.updateField(changed); !updated)
        return request.context.fail(updated.error());
    request.context.out() << "Added option \"" << request.operand(2) << "\" to field \""
                          << named->field.name << "\"\n";
    return exitstatus::success;
}

int moveField(const AdminRequest &request)
{
    const auto index = listIndex(request.arguments.value("--to").value_or(""));
    if (!index)
        return request.context.misuse("--to needs a position: 1 for the first, or first or last");
    const auto named = namedField(request);
    if (!named)
        return request.context.fail(named.error());

    if (auto moved = request.repository.moveField(named->field.id, *index); !moved)
        return request.context.fail(moved.error());
    request.context.out() << "Moved field \"" << named->field.name << "\"\n";
    return exitstatus::success;
}

// Values are data a user typed: a field holding any goes only when --yes says the user
// knows how many deals lose theirs.
int deleteField(const AdminRequest &request)
{
    const auto named = namedField(request);
    if (!named)
        return request.context.fail(named.error());
    const auto values = request.repository.fieldValueCount(named->field.id);
    if (!values)
        return request.context.fail(values.error());
    if (*values > 0 && !request.arguments.has("--yes"))
        return request.context.fail("Field \"" + named->field.name + "\" holds values on " +
                                    countOf(std::size_t(*values), "deal", "deals") +
                                    "; add --yes to delete them with it");

    if (auto deleted = request.repository.deleteField(named->field.id); !deleted)
        return request.context.fail(deleted.error());
    request.context.out() << "Deleted field \"" << named->field.name << "\" and its "
                          << countOf(std::size_t(*values), "value", "values") << "\n";
    return exitstatus::success;
}

int renameOption(const AdminRequest &request)
{
    const auto named = namedField(request);
    if (!named)
        return request.context.fail(named.error());

    const std::string &oldName = request.operand(2);
    const std::string &newName = request.operand(3);
    if (auto renamed = request.repository.renameChoiceOption(named->field.id, oldName, newName);
        !renamed)
        return request.context.fail(renamed.error());
    request.context.out() << "Renamed option \"" << oldName << "\" of field \"" << named->field.name
                          << "\" to \"" << newName << "\"\n";
    return exitstatus::success;
}

const std::vector<AdminAction> &actions()
{
    static const std::vector<AdminAction> instance{
        {"list", {"FOLDER"}, {jsonOption()}, &listFields},
        {"add", {"FOLDER", "NAME"}, {{"--type", true, false}, {"--option", true, true}}, &addField},
        {"rename", {"FOLDER", "NAME", "NEW_NAME"}, {}, &renameField},
        {"move", {"FOLDER", "NAME"}, {{"--to", true, false}}, &moveField},
        {"delete", {"FOLDER", "NAME"}, {{"--yes", false, false}}, &deleteField},
        {"add-option", {"FOLDER", "FIELD", "OPTION"}, {}, &addOption},
        {"rename-option", {"FOLDER", "FIELD", "OPTION", "NEW_OPTION"}, {}, &renameOption},
    };
    return instance;
}

} // namespace

std::string fieldsHelp()
{
    return R"(Usage: dealboard fields list FOLDER [--json]
       dealboard fields add FOLDER NAME [--type TYPE] [--option OPTION]...
       dealboard fields rename FOLDER NAME NEW_NAME
       dealboard fields move FOLDER NAME --to POSITION
       dealboard fields delete FOLDER NAME [--yes]
       dealboard fields add-option FOLDER FIELD OPTION
       dealboard fields rename-option FOLDER FIELD OPTION NEW_OPTION
       (each with [--database DB])

Customizes the fields the deals of a folder have besides the built-in ones
(title, company, contact, owner, value, close date, stage). Field names are
unique within a folder, ignoring case; a field keeps its type.

Actions:
  list              One line per field: type, options and how many deals hold
                    a value
  add               Add a field at the end
  rename            Rename a field; deals and views keep its values
  move              Move a field to --to POSITION
  delete            Delete a field and its values. When deals hold values in
                    it, only with --yes; without it the command refuses and
                    says how many
  add-option        Add an option at the end of a choice field's options
  rename-option     Rename an option of a choice field on every deal holding
                    it and in the views that name it

Options:
  --database FILE   The database to change (default: the app's own database)
  --json            list: print [{"name", "position", "type", "options",
                    "values"}]
  --type TYPE       add: text (the default), number, money, date, choice or
                    person
  --option OPTION   add: an option of a choice field; may be repeated
  --to POSITION     move: 1 for the first, 2..., first or last
  --yes             delete: also delete the values deals hold in the field
  --verbose         Log debug messages to stderr
  -h, --help        Show this help
)";
}

int runFieldsCommand(std::span<const std::string> arguments, const CommandContext &context)
{
    return runAdminCommand(actions(), arguments, context, &fieldsHelp);
}

} // namespace dealboard

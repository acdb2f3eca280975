#include "cli/viewscommand.h"

#include "cli/adminaction.h"
#include "cli/setuplookup.h"
#include "cli/viewvocabulary.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace dealboard {

namespace {

// The folder that operand 0 names, whole: naming its fields, stages and options in a view
// needs them all, and showing a view's warnings needs its deals.
Result<FolderSnapshot> namedFolder(const AdminRequest &request)
{
    auto folder = folderNamed(request.repository, request.operand(0));
    if (!folder)
        return failure(folder.error());
    return request.repository.snapshot(folder->id);
}

// Mistakes in the wording of the options, found before the database is read.
std::optional<std::string> definitionSyntaxError(const ParsedArguments &arguments)
{
    for (const auto &phrase : arguments.values("--filter")) {
        if (auto problem = ViewVocabulary::filterSyntaxError(phrase))
            return problem;
    }
    return std::nullopt;
}

Status setHidden(const ParsedArguments &arguments, const ViewVocabulary &words, SavedView &view)
{
    view.hiddenColumns.clear();
    for (const auto &name : arguments.values("--hide")) {
        auto key = words.columnKey(view.groupBy, name);
        if (!key)
            return failure(key.error());
        if (std::ranges::find(view.hiddenColumns, *key) == view.hiddenColumns.end())
            view.hiddenColumns.push_back(*key);
    }
    return {};
}

Status setFilters(const ParsedArguments &arguments, const ViewVocabulary &words, SavedView &view)
{
    view.filters.clear();
    for (const auto &phrase : arguments.values("--filter")) {
        auto filter = words.filter(phrase);
        if (!filter)
            return failure(filter.error());
        view.filters.push_back(std::move(*filter));
    }
    return {};
}

Status setCardFields(const ParsedArguments &arguments, const ViewVocabulary &words, SavedView &view)
{
    view.cardFields.clear();
    for (const auto &name : arguments.values("--card-field")) {
        auto ref = words.fieldRef(name);
        if (!ref)
            return failure(ref.error());
        view.cardFields.push_back(*ref);
    }
    return {};
}

Status setGroup(const ParsedArguments &arguments, const ViewVocabulary &words, SavedView &view)
{
    auto ref = words.groupRef(*arguments.value("--group-by"));
    if (!ref)
        return failure(ref.error());
    // Hidden columns are keys of one grouping; under another they would hide nothing.
    if (*ref != view.groupBy)
        view.hiddenColumns.clear();
    view.groupBy = *ref;
    return {};
}

// Each option given replaces that part of the view; parts not named stay as they are.
Status applyDefinitionOptions(const ParsedArguments &arguments, const ViewVocabulary &words,
                              SavedView &view)
{
    if (arguments.has("--group-by"))
        if (auto set = setGroup(arguments, words, view); !set)
            return set;
    if (arguments.has("--clear-hidden") || arguments.has("--hide"))
        if (auto set = setHidden(arguments, words, view); !set)
            return set;
    if (arguments.has("--clear-filters") || arguments.has("--filter"))
        if (auto set = setFilters(arguments, words, view); !set)
            return set;
    if (arguments.has("--clear-card-fields") || arguments.has("--card-field"))
        if (auto set = setCardFields(arguments, words, view); !set)
            return set;
    if (const auto sortText = arguments.value("--sort")) {
        auto order = words.sort(*sortText);
        if (!order)
            return failure(order.error());
        view.sort = *order;
    }
    return {};
}

std::vector<OptionSpec> definitionOptions()
{
    return {{"--group-by", true, false},
            {"--hide", true, true},
            {"--filter", true, true},
            {"--sort", true, false},
            {"--card-field", true, true}};
}

std::vector<OptionSpec> changeOptions()
{
    return joinedOptions({definitionOptions(),
                          {{"--name", true, false},
                           {"--clear-hidden", false, false},
                           {"--clear-filters", false, false},
                           {"--clear-card-fields", false, false}}});
}

std::string joined(const std::vector<std::string> &items)
{
    std::string text;
    for (const auto &item : items)
        text += (text.empty() ? "" : ", ") + item;
    return text.empty() ? std::string("none") : text;
}

std::vector<std::string> hiddenNames(const SavedView &view, const ViewVocabulary &words)
{
    std::vector<std::string> names;
    for (const auto &key : view.hiddenColumns)
        names.push_back(words.columnName(view.groupBy, key));
    return names;
}

std::string groupText(const SavedView &view, const ViewVocabulary &words)
{
    return view.groupBy == "stage" ? std::string("stage") : words.fieldName(view.groupBy);
}

std::string sortText(const SavedView &view, const ViewVocabulary &words)
{
    if (view.sort.field.empty())
        return "manual order";
    return words.fieldName(view.sort.field) + (view.sort.descending ? ", descending" : "");
}

std::string summaryLine(const SavedView &view, std::size_t position, const ViewVocabulary &words)
{
    std::string line =
        std::to_string(position) + ". " + view.name + " — by " + groupText(view, words);
    if (!view.hiddenColumns.empty())
        line += "; hides " + joined(hiddenNames(view, words));
    if (!view.filters.empty())
        line += "; " + countOf(view.filters.size(), "filter", "filters");
    if (!view.sort.field.empty())
        line += "; sorted by " + sortText(view, words);
    return line + "\n";
}

int listViews(const AdminRequest &request)
{
    const auto snapshot = namedFolder(request);
    if (!snapshot)
        return request.context.fail(snapshot.error());
    const auto views = request.repository.views(snapshot->folder.id);
    if (!views)
        return request.context.fail(views.error());

    const ViewVocabulary words(*snapshot);
    nlohmann::json list = nlohmann::json::array();
    std::string text;
    for (std::size_t i = 0; i < views->size(); ++i) {
        const SavedView &view = (*views)[i];
        list.push_back(
            {{"name", view.name}, {"position", i + 1}, {"definition", view.definitionToJson()}});
        text += summaryLine(view, i + 1, words);
    }
    request.context.out() << (request.arguments.has("--json") ? list.dump(2) + "\n" : text);
    return exitstatus::success;
}

// What the board says about the view on today's data: parts naming a field, stage or
// option the folder no longer has, filters it cannot read.
std::vector<std::string> viewWarnings(const FolderSnapshot &snapshot, const SavedView &view)
{
    return buildBoard(snapshot, view).warnings;
}

// A warning the board gives about changed that it did not give about before (nothing, for
// a new view): a part of the view that it cannot use, such as "value greater abc" or an
// option the field does not have. Such a view would quietly show more than it says.
std::optional<std::string> newUnusablePart(const FolderSnapshot &snapshot, const SavedView &changed,
                                           const std::vector<std::string> &before = {})
{
    for (const auto &warning : viewWarnings(snapshot, changed)) {
        if (std::ranges::find(before, warning) == before.end())
            return warning;
    }
    return std::nullopt;
}

std::string showText(const SavedView &view, const FolderSnapshot &snapshot,
                     const std::vector<std::string> &warnings)
{
    const ViewVocabulary words(snapshot);
    std::string filters;
    for (const auto &filter : view.filters)
        filters += (filters.empty() ? "" : "\n              ") + words.filterPhrase(filter);
    std::vector<std::string> cards;
    for (const auto &ref : view.cardFields)
        cards.push_back(words.fieldName(ref));

    std::string text = "View \"" + view.name + "\" of folder \"" + snapshot.folder.name + "\"\n" +
                       "Group by:     " + groupText(view, words) + "\n" +
                       "Hidden:       " + joined(hiddenNames(view, words)) + "\n" +
                       "Filters:      " + (filters.empty() ? "none" : filters) + "\n" +
                       "Sort:         " + sortText(view, words) + "\n" +
                       "Card fields:  " + joined(cards) + "\n";
    for (const auto &warning : warnings)
        text += "Warning: " + warning + "\n";
    return text;
}

int showView(const AdminRequest &request)
{
    const auto snapshot = namedFolder(request);
    if (!snapshot)
        return request.context.fail(snapshot.error());
    const auto view = viewNamed(request.repository, snapshot->folder, request.operand(1));
    if (!view)
        return request.context.fail(view.error());

    const auto warnings = viewWarnings(*snapshot, *view);
    if (!request.arguments.has("--json")) {
        request.context.out() << showText(*view, *snapshot, warnings);
        return exitstatus::success;
    }
    const nlohmann::json shown{{"folder", snapshot->folder.name},
                               {"name", view->name},
                               {"definition", view->definitionToJson()},
                               {"warnings", warnings}};
    request.context.out() << shown.dump(2) << '\n';
    return exitstatus::success;
}

int addView(const AdminRequest &request)
{
    if (auto problem = definitionSyntaxError(request.arguments))
        return request.context.misuse(*problem);
    const auto snapshot = namedFolder(request);
    if (!snapshot)
        return request.context.fail(snapshot.error());

    SavedView view;
    view.folderId = snapshot->folder.id;
    view.name = request.operand(1);
    if (auto applied = applyDefinitionOptions(request.arguments, ViewVocabulary(*snapshot), view);
        !applied)
        return request.context.fail(applied.error());
    if (auto unusable = newUnusablePart(*snapshot, view))
        return request.context.fail(*unusable);
    const auto created = request.repository.createView(view);
    if (!created)
        return request.context.fail(created.error());
    request.context.out() << "Added view \"" << created->name << "\" to folder \""
                          << snapshot->folder.name << "\"\n";
    return exitstatus::success;
}

bool changesSomething(const ParsedArguments &arguments)
{
    return std::ranges::any_of(changeOptions(), [&arguments](const OptionSpec &option) {
        return arguments.has(option.name);
    });
}

int changeView(const AdminRequest &request, const std::optional<std::string> &newName)
{
    if (auto problem = definitionSyntaxError(request.arguments))
        return request.context.misuse(*problem);
    const auto snapshot = namedFolder(request);
    if (!snapshot)
        return request.context.fail(snapshot.error());
    const auto view = viewNamed(request.repository, snapshot->folder, request.operand(1));
    if (!view)
        return request.context.fail(view.error());

    SavedView changed = *view;
    changed.name = newName.value_or(view->name);
    if (auto applied =
            applyDefinitionOptions(request.arguments, ViewVocabulary(*snapshot), changed);
        !applied)
        return request.context.fail(applied.error());
    if (auto unusable = newUnusablePart(*snapshot, changed, viewWarnings(*snapshot, *view)))
        return request.context.fail(*unusable);
    if (auto updated = request.repository.updateView(changed); !updated)
        return request.context.fail(updated.error());
    request.context.out() << "Changed view \"" << view->name << "\" of folder \""
                          << snapshot->folder.name << "\"\n";
    return exitstatus::success;
}

int setView(const AdminRequest &request)
{
    if (!changesSomething(request.arguments))
        return request.context.misuse("nothing to change: give --name, --group-by, --hide, "
                                      "--filter, --sort, --card-field or a --clear option");
    return changeView(request, request.arguments.value("--name"));
}

int renameView(const AdminRequest &request)
{
    return changeView(request, request.operand(2));
}

// The view that operands 0 and 1 name, without reading the folder's deals.
Result<SavedView> namedView(const AdminRequest &request)
{
    auto folder = folderNamed(request.repository, request.operand(0));
    if (!folder)
        return failure(folder.error());
    return viewNamed(request.repository, *folder, request.operand(1));
}

int duplicateView(const AdminRequest &request)
{
    const auto view = namedView(request);
    if (!view)
        return request.context.fail(view.error());

    const auto copy = request.repository.duplicateView(view->id, request.operand(2));
    if (!copy)
        return request.context.fail(copy.error());
    request.context.out() << "Duplicated view \"" << view->name << "\" as \"" << copy->name
                          << "\"\n";
    return exitstatus::success;
}

int moveView(const AdminRequest &request)
{
    const auto index = listIndex(request.arguments.value("--to").value_or(""));
    if (!index)
        return request.context.misuse("--to needs a position: 1 for the first, or first or last");
    const auto view = namedView(request);
    if (!view)
        return request.context.fail(view.error());

    if (auto moved = request.repository.moveView(view->id, *index); !moved)
        return request.context.fail(moved.error());
    request.context.out() << "Moved view \"" << view->name << "\"\n";
    return exitstatus::success;
}

int deleteView(const AdminRequest &request)
{
    const auto view = namedView(request);
    if (!view)
        return request.context.fail(view.error());

    if (auto deleted = request.repository.deleteView(view->id); !deleted)
        return request.context.fail(deleted.error());
    request.context.out() << "Deleted view \"" << view->name << "\"\n";
    return exitstatus::success;
}

const std::vector<AdminAction> &actions()
{
    static const std::vector<AdminAction> instance{
        {"list", {"FOLDER"}, {jsonOption()}, &listViews},
        {"show", {"FOLDER", "VIEW"}, {jsonOption()}, &showView},
        {"add", {"FOLDER", "NAME"}, definitionOptions(), &addView},
        {"set", {"FOLDER", "VIEW"}, changeOptions(), &setView},
        {"rename", {"FOLDER", "VIEW", "NEW_NAME"}, {}, &renameView},
        {"duplicate", {"FOLDER", "VIEW", "NEW_NAME"}, {}, &duplicateView},
        {"move", {"FOLDER", "VIEW"}, {{"--to", true, false}}, &moveView},
        {"delete", {"FOLDER", "VIEW"}, {}, &deleteView},
    };
    return instance;
}

} // namespace

std::string viewsHelp()
{
    return R"(Usage: dealboard views list FOLDER [--json]
       dealboard views show FOLDER VIEW [--json]
       dealboard views add FOLDER NAME [--group-by FIELD] [--hide COLUMN]...
                           [--filter "FIELD OPERATOR VALUE"]...
                           [--sort FIELD[:desc]] [--card-field FIELD]...
       dealboard views set FOLDER VIEW [--name NEW_NAME] [the options of add]
                           [--clear-hidden] [--clear-filters]
                           [--clear-card-fields]
       dealboard views rename FOLDER VIEW NEW_NAME
       dealboard views duplicate FOLDER VIEW NEW_NAME
       dealboard views move FOLDER VIEW --to POSITION
       dealboard views delete FOLDER VIEW
       (each with [--database DB])

Saved views of a folder: each groups the deals into columns, hides some
columns, filters, sorts the cards of a column and picks the fields cards show.
See one with "dealboard board --folder FOLDER --view VIEW".

Fields are named as the user sees them: a custom field by its name, or one of
title, company, contact, owner, value, close date, stage, created, updated.
Columns are named as the board heads them: a stage, a value of the field the
view groups by, or "No value".

Actions:
  list              One line per view: grouping, hidden columns, filters, sort
  show              A view's parts, and warnings for parts that name a field,
                    stage or option that no longer exists
  add               Add a view at the end (by default: by stage, nothing
                    hidden, no filter, manual order)
  set               Change what the options say: each one given replaces that
                    part of the view, the rest stays. A new --group-by forgets
                    the hidden columns of the old one
  rename            Rename a view
  duplicate         Copy a view under a new name, right after it
  move              Move a view to --to POSITION
  delete            Delete a view; the deals stay

Options:
  --database FILE        The database to change (default: the app's own)
  --json                 list: [{"name", "position", "definition"}];
                         show: {"folder", "name", "definition", "warnings"}
                         (the definition as stored, with "format")
  --group-by FIELD       stage, or a text, choice, person or date field
  --hide COLUMN          Hide a column; may be repeated
  --filter PHRASE        Only deals for which PHRASE holds; may be repeated,
                         all must hold. PHRASE is FIELD OPERATOR VALUE with the
                         operators is, is not, contains, greater, less,
                         between (VALUE and VALUE), empty, not empty:
                         "Region is North", "value greater 5000",
                         "close date between 2026-01-01 and 2026-03-31"
  --sort FIELD[:desc]    Order of the cards in a column; manual: by hand
  --card-field FIELD     A field cards show; may be repeated
  --name NEW_NAME        set: the view's new name
  --clear-hidden         set: hide no column
  --clear-filters        set: drop every filter
  --clear-card-fields    set: cards show no extra field
  --to POSITION          move: 1 for the first, 2..., first or last
  --verbose              Log debug messages to stderr
  -h, --help             Show this help
)";
}

int runViewsCommand(std::span<const std::string> arguments, const CommandContext &context)
{
    return runAdminCommand(actions(), arguments, context, &viewsHelp);
}

} // namespace dealboard

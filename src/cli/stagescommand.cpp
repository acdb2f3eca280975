#include "cli/stagescommand.h"

#include "cli/adminaction.h"
#include "cli/setuplookup.h"

#include <nlohmann/json.hpp>

#include <map>

namespace dealboard {

namespace {

// What the options of add, set and rename say about a stage, checked before anything is
// read, so that a mistyped option is a usage error whatever the database holds.
struct StageChanges
{
    std::optional<std::string> name;
    std::optional<StageKind> kind;
    std::optional<int> probability;
    std::optional<std::string> color;
    std::optional<std::optional<int>> rottingDays;

    bool isEmpty() const { return !name && !kind && !probability && !color && !rottingDays; }

    void applyTo(Stage &stage) const
    {
        stage.name = name.value_or(stage.name);
        stage.kind = kind.value_or(stage.kind);
        stage.probability = probability.value_or(stage.probability);
        stage.color = color.value_or(stage.color);
        stage.rottingDays = rottingDays.value_or(stage.rottingDays);
    }
};

Result<std::optional<int>> percent(const ParsedArguments &arguments)
{
    const auto text = arguments.value("--probability");
    if (!text)
        return std::nullopt;
    std::string_view digits = *text;
    if (digits.ends_with('%'))
        digits.remove_suffix(1);
    const auto number = wholeNumber(digits);
    if (!number)
        return failure("--probability needs a whole number of percent, not \"" + *text + "\"");
    return number;
}

Result<std::optional<std::optional<int>>> rottingDays(const ParsedArguments &arguments)
{
    const auto text = arguments.value("--rotting-days");
    if (!text)
        return std::nullopt;
    if (*text == "none")
        return std::optional<std::optional<int>>(std::optional<int>());
    const auto days = wholeNumber(*text);
    if (!days)
        return failure("--rotting-days needs a number of days or none, not \"" + *text + "\"");
    return std::optional<std::optional<int>>(days);
}

Result<StageChanges> stageChanges(const ParsedArguments &arguments)
{
    StageChanges changes;
    changes.name = arguments.value("--name");
    changes.color = arguments.value("--color");
    if (const auto kind = arguments.value("--kind")) {
        changes.kind = stageKindFromString(*kind);
        if (!changes.kind)
            return failure("--kind must be open, won or lost, not \"" + *kind + "\"");
    }

    auto probability = percent(arguments);
    if (!probability)
        return failure(probability.error());
    changes.probability = *probability;
    auto days = rottingDays(arguments);
    if (!days)
        return failure(days.error());
    changes.rottingDays = *days;
    return changes;
}

std::vector<OptionSpec> stageOptions()
{
    return {{"--kind", true, false},
            {"--probability", true, false},
            {"--color", true, false},
            {"--rotting-days", true, false}};
}

std::string stageLine(const Stage &stage, std::size_t position, std::size_t deals)
{
    std::string line = std::to_string(position) + ". " + stage.name + " — " +
                       std::string(toString(stage.kind)) + ", " +
                       std::to_string(stage.probability) + "%, " + stage.color;
    if (stage.rottingDays)
        line += ", rots after " + countOf(std::size_t(*stage.rottingDays), "day", "days");
    return line + " — " + countOf(deals, "deal", "deals") + "\n";
}

nlohmann::json stageJson(const Stage &stage, std::size_t position, std::size_t deals)
{
    return {{"name", stage.name},
            {"position", position},
            {"kind", toString(stage.kind)},
            {"probability", stage.probability},
            {"color", stage.color},
            {"rotting_days", stage.rottingDays ? nlohmann::json(*stage.rottingDays) : nullptr},
            {"deals", deals}};
}

// Every deal of the folder counts, whatever a view hides.
int listStages(const AdminRequest &request)
{
    const auto folder = folderNamed(request.repository, request.operand(0));
    if (!folder)
        return request.context.fail(folder.error());
    const auto snapshot = request.repository.snapshot(folder->id);
    if (!snapshot)
        return request.context.fail(snapshot.error());

    std::map<StageId, std::size_t> deals;
    for (const Deal &deal : snapshot->deals)
        ++deals[deal.stageId];
    nlohmann::json list = nlohmann::json::array();
    std::string text;
    for (std::size_t i = 0; i < snapshot->stages.size(); ++i) {
        const Stage &stage = snapshot->stages[i];
        list.push_back(stageJson(stage, i + 1, deals[stage.id]));
        text += stageLine(stage, i + 1, deals[stage.id]);
    }
    request.context.out() << (request.arguments.has("--json") ? list.dump(2) + "\n" : text);
    return exitstatus::success;
}

// A new stage is won or lost when its name says so ("Closed won"), and wins for sure when
// it is won; options say otherwise.
int addStage(const AdminRequest &request)
{
    const auto changes = stageChanges(request.arguments);
    if (!changes)
        return request.context.misuse(changes.error());
    const auto folder = folderNamed(request.repository, request.operand(0));
    if (!folder)
        return request.context.fail(folder.error());

    Stage stage;
    stage.name = request.operand(1);
    stage.kind = guessStageKind(stage.name);
    changes->applyTo(stage);
    if (!changes->probability)
        stage.probability = stage.isWon() ? 100 : 0;

    const auto added = request.repository.addStage(folder->id, stage);
    if (!added)
        return request.context.fail(added.error());
    request.context.out() << "Added stage \"" << added->name << "\" to folder \"" << folder->name
                          << "\"\n";
    return exitstatus::success;
}

// Reads the folder and the stage that operands 0 and 1 name.
struct NamedStage
{
    Folder folder;
    std::vector<Stage> stages;
    Stage stage;
};

Result<NamedStage> namedStage(const AdminRequest &request)
{
    auto folder = folderNamed(request.repository, request.operand(0));
    if (!folder)
        return failure(folder.error());
    auto stages = request.repository.stages(folder->id);
    if (!stages)
        return failure(stages.error());
    auto stage = stageNamed(*stages, *folder, request.operand(1));
    if (!stage)
        return failure(stage.error());
    return NamedStage{std::move(*folder), std::move(*stages), std::move(*stage)};
}

int moveStage(const AdminRequest &request)
{
    const auto index = listIndex(request.arguments.value("--to").value_or(""));
    if (!index)
        return request.context.misuse("--to needs a position: 1 for the first, or first or last");
    const auto named = namedStage(request);
    if (!named)
        return request.context.fail(named.error());

    if (auto moved = request.repository.moveStage(named->stage.id, *index); !moved)
        return request.context.fail(moved.error());
    request.context.out() << "Moved stage \"" << named->stage.name << "\"\n";
    return exitstatus::success;
}

int changeStage(const AdminRequest &request, const StageChanges &changes)
{
    const auto named = namedStage(request);
    if (!named)
        return request.context.fail(named.error());

    Stage changed = named->stage;
    changes.applyTo(changed);
    if (auto updated = request.repository.updateStage(changed); !updated)
        return request.context.fail(updated.error());
    request.context.out() << "Changed stage \"" << named->stage.name << "\" of folder \""
                          << named->folder.name << "\"\n";
    return exitstatus::success;
}

int setStage(const AdminRequest &request)
{
    const auto changes = stageChanges(request.arguments);
    if (!changes)
        return request.context.misuse(changes.error());
    if (changes->isEmpty())
        return request.context.misuse(
            "nothing to change: give --name, --kind, --probability, --color or --rotting-days");
    return changeStage(request, *changes);
}

int renameStage(const AdminRequest &request)
{
    StageChanges changes;
    changes.name = request.operand(2);
    return changeStage(request, changes);
}

// The stage --move-deals-to names, if given: another stage of the same folder.
Result<std::optional<Stage>> dealsTarget(const AdminRequest &request, const NamedStage &named)
{
    const auto name = request.arguments.value("--move-deals-to");
    if (!name)
        return std::nullopt;
    auto target = stageNamed(named.stages, named.folder, *name);
    if (!target)
        return failure(target.error());
    if (target->id == named.stage.id)
        return failure("The deals of stage \"" + named.stage.name +
                       "\" cannot move to the stage being deleted");
    return std::optional(*target);
}

// No deal is ever lost with a stage: one that holds deals, counting those every view
// hides, goes only when --move-deals-to says where they go.
int deleteStage(const AdminRequest &request)
{
    const auto named = namedStage(request);
    if (!named)
        return request.context.fail(named.error());
    const auto target = dealsTarget(request, *named);
    if (!target)
        return request.context.fail(target.error());
    const auto deals = request.repository.stageDealCount(named->stage.id);
    if (!deals)
        return request.context.fail(deals.error());

    const std::string dealsText = countOf(std::size_t(*deals), "deal", "deals");
    if (*deals > 0 && !*target)
        return request.context.fail("Stage \"" + named->stage.name + "\" holds " + dealsText +
                                    "; say where they go with --move-deals-to STAGE");
    const auto targetId = *target ? std::optional((*target)->id) : std::nullopt;
    if (auto deleted = request.repository.deleteStage(named->stage.id, targetId); !deleted)
        return request.context.fail(deleted.error());

    request.context.out() << "Deleted stage \"" << named->stage.name << "\"";
    if (*deals > 0)
        request.context.out() << "; moved " << dealsText << " to \"" << (*target)->name << "\"";
    request.context.out() << "\n";
    return exitstatus::success;
}

const std::vector<AdminAction> &actions()
{
    static const std::vector<AdminAction> instance{
        {"list", {"FOLDER"}, {jsonOption()}, &listStages},
        {"add", {"FOLDER", "NAME"}, stageOptions(), &addStage},
        {"set",
         {"FOLDER", "NAME"},
         joinedOptions({stageOptions(), {{"--name", true, false}}}),
         &setStage},
        {"rename", {"FOLDER", "NAME", "NEW_NAME"}, {}, &renameStage},
        {"move", {"FOLDER", "NAME"}, {{"--to", true, false}}, &moveStage},
        {"delete", {"FOLDER", "NAME"}, {{"--move-deals-to", true, false}}, &deleteStage},
    };
    return instance;
}

} // namespace

std::string stagesHelp()
{
    return R"(Usage: dealboard stages list FOLDER [--json]
       dealboard stages add FOLDER NAME [--kind K] [--probability P] [--color C]
                                        [--rotting-days N]
       dealboard stages set FOLDER NAME [--name NEW_NAME] [--kind K]
                                        [--probability P] [--color C]
                                        [--rotting-days N|none]
       dealboard stages rename FOLDER NAME NEW_NAME
       dealboard stages move FOLDER NAME --to POSITION
       dealboard stages delete FOLDER NAME [--move-deals-to STAGE]
       (each with [--database DB])

Shapes the stage set of a folder: the columns of its board, left to right.
Stage names are unique within a folder, ignoring case.

Actions:
  list              One line per stage: kind, probability, colour, rotting
                    limit and the number of deals (all of them, whatever a view
                    hides)
  add               Add a stage at the right end. Without --kind, "Won" and
                    "Closed won" are won, "Lost" and "Closed lost" lost, others
                    open; a won stage's default probability is 100, others 0
  set               Change what the options say; the rest stays
  rename            Rename a stage; views that filter on its name follow
  move              Move a stage to --to POSITION
  delete            Delete a stage. When it holds deals, --move-deals-to names
                    the stage they move to; without it the command refuses and
                    says how many deals the stage holds

Options:
  --database FILE       The database to change (default: the app's own)
  --json                list: print [{"name", "position", "kind",
                        "probability", "color", "rotting_days", "deals"}]
  --name NEW_NAME       set: the stage's new name
  --kind K              open, won or lost
  --probability P       Default win probability of its deals, 0 to 100 percent
  --color C             Colour of its column as #rrggbb
  --rotting-days N      Flag a deal idle here for more than N days; none: never
  --to POSITION         move: 1 for the leftmost, 2..., first or last
  --move-deals-to STAGE delete: where the stage's deals go
  --verbose             Log debug messages to stderr
  -h, --help            Show this help
)";
}

int runStagesCommand(std::span<const std::string> arguments, const CommandContext &context)
{
    return runAdminCommand(actions(), arguments, context, &stagesHelp);
}

} // namespace dealboard

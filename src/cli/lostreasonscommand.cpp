#include "cli/lostreasonscommand.h"

#include "cli/adminaction.h"
#include "cli/setuplookup.h"

#include <nlohmann/json.hpp>

#include <map>

namespace dealboard {

namespace {

// Reads the folder and the lost reason that operands 0 and 1 name.
struct NamedReason
{
    Folder folder;
    LostReason reason;
};

Result<NamedReason> namedReason(const AdminRequest &request)
{
    auto folder = folderNamed(request.repository, request.operand(0));
    if (!folder)
        return failure(folder.error());
    auto reasons = request.repository.lostReasons(folder->id);
    if (!reasons)
        return failure(reasons.error());
    auto reason = lostReasonNamed(*reasons, *folder, request.operand(1));
    if (!reason)
        return failure(reason.error());
    return NamedReason{std::move(*folder), std::move(*reason)};
}

// Deals hold the reason's name, so they are counted by it.
int listReasons(const AdminRequest &request)
{
    const auto folder = folderNamed(request.repository, request.operand(0));
    if (!folder)
        return request.context.fail(folder.error());
    const auto snapshot = request.repository.snapshot(folder->id);
    if (!snapshot)
        return request.context.fail(snapshot.error());

    std::map<std::string, std::size_t> deals;
    for (const Deal &deal : snapshot->deals)
        ++deals[deal.lostReason];
    nlohmann::json list = nlohmann::json::array();
    std::string text;
    for (std::size_t i = 0; i < snapshot->lostReasons.size(); ++i) {
        const LostReason &reason = snapshot->lostReasons[i];
        const std::size_t count = deals[reason.name];
        list.push_back({{"name", reason.name}, {"position", i + 1}, {"deals", count}});
        text += std::to_string(i + 1) + ". " + reason.name + " — " +
                countOf(count, "deal", "deals") + "\n";
    }
    request.context.out() << (request.arguments.has("--json") ? list.dump(2) + "\n" : text);
    return exitstatus::success;
}

int addReason(const AdminRequest &request)
{
    const auto folder = folderNamed(request.repository, request.operand(0));
    if (!folder)
        return request.context.fail(folder.error());
    const auto added = request.repository.addLostReason(folder->id, request.operand(1));
    if (!added)
        return request.context.fail(added.error());
    request.context.out() << "Added lost reason \"" << added->name << "\" to folder \""
                          << folder->name << "\"\n";
    return exitstatus::success;
}

int renameReason(const AdminRequest &request)
{
    const auto named = namedReason(request);
    if (!named)
        return request.context.fail(named.error());
    if (auto renamed = request.repository.renameLostReason(named->reason.id, request.operand(2));
        !renamed)
        return request.context.fail(renamed.error());
    request.context.out() << "Renamed lost reason \"" << named->reason.name << "\" to \""
                          << request.operand(2) << "\"\n";
    return exitstatus::success;
}

int moveReason(const AdminRequest &request)
{
    const auto index = listIndex(request.arguments.value("--to").value_or(""));
    if (!index)
        return request.context.misuse("--to needs a position: 1 for the first, or first or last");
    const auto named = namedReason(request);
    if (!named)
        return request.context.fail(named.error());
    if (auto moved = request.repository.moveLostReason(named->reason.id, *index); !moved)
        return request.context.fail(moved.error());
    request.context.out() << "Moved lost reason \"" << named->reason.name << "\"\n";
    return exitstatus::success;
}

int deleteReason(const AdminRequest &request)
{
    const auto named = namedReason(request);
    if (!named)
        return request.context.fail(named.error());
    if (auto deleted = request.repository.deleteLostReason(named->reason.id); !deleted)
        return request.context.fail(deleted.error());
    request.context.out() << "Deleted lost reason \"" << named->reason.name << "\"\n";
    return exitstatus::success;
}

const std::vector<AdminAction> &actions()
{
    static const std::vector<AdminAction> instance{
        {"list", {"FOLDER"}, {jsonOption()}, &listReasons},
        {"add", {"FOLDER", "NAME"}, {}, &addReason},
        {"rename", {"FOLDER", "NAME", "NEW_NAME"}, {}, &renameReason},
        {"move", {"FOLDER", "NAME"}, {{"--to", true, false}}, &moveReason},
        {"delete", {"FOLDER", "NAME"}, {}, &deleteReason},
    };
    return instance;
}

} // namespace

std::string lostReasonsHelp()
{
    return R"(Usage: dealboard lost-reasons list FOLDER [--json]
       dealboard lost-reasons add FOLDER NAME
       dealboard lost-reasons rename FOLDER NAME NEW_NAME
       dealboard lost-reasons move FOLDER NAME --to POSITION
       dealboard lost-reasons delete FOLDER NAME
       (each with [--database DB])

The reasons a sales rep picks from when a deal of the folder is lost ("Price",
"Went with a competitor"). Names are unique within a folder, ignoring case.

Actions:
  list              One line per reason with the deals that gave it
  add               Add a reason at the end
  rename            Rename a reason, also on every deal that gave it
  move              Move a reason to --to POSITION
  delete            Remove a reason from the list; deals that gave it keep it

Options:
  --database FILE   The database to change (default: the app's own database)
  --json            list: print [{"name", "position", "deals"}]
  --to POSITION     move: 1 for the first, 2..., first or last
  --verbose         Log debug messages to stderr
  -h, --help        Show this help
)";
}

int runLostReasonsCommand(std::span<const std::string> arguments, const CommandContext &context)
{
    return runAdminCommand(actions(), arguments, context, &lostReasonsHelp);
}

} // namespace dealboard

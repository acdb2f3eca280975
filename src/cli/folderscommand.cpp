#include "cli/folderscommand.h"

#include "cli/adminaction.h"
#include "cli/setuplookup.h"

#include <nlohmann/json.hpp>

namespace dealboard {

namespace {

int listFolders(const AdminRequest &request)
{
    const auto folders = request.repository.folders();
    if (!folders)
        return request.context.fail(folders.error());

    nlohmann::json list = nlohmann::json::array();
    std::string text;
    for (std::size_t i = 0; i < folders->size(); ++i) {
        const Folder &folder = (*folders)[i];
        const auto deals = request.repository.dealCount(folder.id);
        if (!deals)
            return request.context.fail(deals.error());
        list.push_back({{"name", folder.name}, {"position", i + 1}, {"deals", *deals}});
        text += std::to_string(i + 1) + ". " + folder.name + " — " +
                countOf(std::size_t(*deals), "deal", "deals") + "\n";
    }
    request.context.out() << (request.arguments.has("--json") ? list.dump(2) + "\n" : text);
    return exitstatus::success;
}

int addFolder(const AdminRequest &request)
{
    const auto folder = request.repository.createFolder(request.operand(0));
    if (!folder)
        return request.context.fail(folder.error());
    request.context.out() << "Added folder \"" << folder->name << "\"\n";
    return exitstatus::success;
}

int renameFolder(const AdminRequest &request)
{
    const auto folder = folderNamed(request.repository, request.operand(0));
    if (!folder)
        return request.context.fail(folder.error());
    if (auto renamed = request.repository.renameFolder(folder->id, request.operand(1)); !renamed)
        return request.context.fail(renamed.error());
    request.context.out() << "Renamed folder \"" << folder->name << "\" to \"" << request.operand(1)
                          << "\"\n";
    return exitstatus::success;
}

int moveFolder(const AdminRequest &request)
{
    const auto index = listIndex(request.arguments.value("--to").value_or(""));
    if (!index)
        return request.context.misuse("--to needs a position: 1 for the first, or first or last");
    const auto folder = folderNamed(request.repository, request.operand(0));
    if (!folder)
        return request.context.fail(folder.error());
    if (auto moved = request.repository.moveFolder(folder->id, *index); !moved)
        return request.context.fail(moved.error());
    request.context.out() << "Moved folder \"" << folder->name << "\"\n";
    return exitstatus::success;
}

// A folder's deals go with it, so a folder holding any is deleted only when --yes says
// the user knows how many.
int deleteFolder(const AdminRequest &request)
{
    const auto folder = folderNamed(request.repository, request.operand(0));
    if (!folder)
        return request.context.fail(folder.error());
    const auto deals = request.repository.dealCount(folder->id);
    if (!deals)
        return request.context.fail(deals.error());
    if (*deals > 0 && !request.arguments.has("--yes"))
        return request.context.fail("Folder \"" + folder->name + "\" holds " +
                                    countOf(std::size_t(*deals), "deal", "deals") +
                                    "; add --yes to delete it with them");

    if (auto deleted = request.repository.deleteFolder(folder->id); !deleted)
        return request.context.fail(deleted.error());
    request.context.out() << "Deleted folder \"" << folder->name << "\" with "
                          << countOf(std::size_t(*deals), "deal", "deals") << "\n";
    return exitstatus::success;
}

const std::vector<AdminAction> &actions()
{
    static const std::vector<AdminAction> instance{
        {"list", {}, {jsonOption()}, &listFolders},
        {"add", {"NAME"}, {}, &addFolder, DatabaseUse::CreateWhenMissing},
        {"rename", {"NAME", "NEW_NAME"}, {}, &renameFolder},
        {"move", {"NAME"}, {{"--to", true, false}}, &moveFolder},
        {"delete", {"NAME"}, {{"--yes", false, false}}, &deleteFolder},
    };
    return instance;
}

} // namespace

std::string foldersHelp()
{
    return R"(Usage: dealboard folders list [--json]
       dealboard folders add NAME
       dealboard folders rename NAME NEW_NAME
       dealboard folders move NAME --to POSITION
       dealboard folders delete NAME [--yes]
       (each with [--database DB])

Lists, adds, renames, reorders and deletes folders. Each folder has its own
stages, fields, lost reasons and views (see dealboard stages, fields,
lost-reasons and views). Names are unique, ignoring case.

Actions:
  list              One line per folder in sidebar order, with its deals
  add NAME          Add a folder at the end; creates the database when missing
  rename NAME NEW   Rename a folder
  move NAME         Move a folder to --to POSITION of the sidebar
  delete NAME       Delete a folder with its stages, fields, views and deals.
                    A folder holding deals is deleted only with --yes; without
                    it the command refuses and says how many deals it holds

Options:
  --database FILE   The database to change (default: the app's own database)
  --json            list: print [{"name", "position", "deals"}]
  --to POSITION     move: 1 for the first, 2 for the second..., first or last
  --yes             delete: also delete the deals the folder holds
  --verbose         Log debug messages to stderr
  -h, --help        Show this help
)";
}

int runFoldersCommand(std::span<const std::string> arguments, const CommandContext &context)
{
    return runAdminCommand(actions(), arguments, context, &foldersHelp);
}

} // namespace dealboard

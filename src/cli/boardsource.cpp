#include "cli/boardsource.h"

#include <optional>
#include <string>
#include <system_error>
#include <vector>

namespace dealboard {

namespace {

template <typename T, typename NameOf>
std::string joinNames(const std::vector<T> &items, NameOf nameOf)
{
    if (items.empty())
        return "none";
    std::string names;
    for (const auto &item : items)
        names += (names.empty() ? "" : ", ") + nameOf(item);
    return names;
}

Result<Folder> findFolder(Repository &repository, const std::filesystem::path &database,
                          const std::string &name)
{
    auto folder = repository.folderByName(name);
    if (!folder)
        return failure(folder.error());
    if (*folder)
        return **folder;

    auto folders = repository.folders();
    if (!folders)
        return failure(folders.error());
    return failure("No folder named \"" + name + "\" in " + database.string() +
                   "; folders: " + joinNames(*folders, [](const Folder &f) { return f.name; }));
}

Result<SavedView> findView(Repository &repository, const Folder &folder,
                           const std::optional<std::string> &name)
{
    auto views = repository.views(folder.id);
    if (!views)
        return failure(views.error());
    if (!name) {
        if (!views->empty())
            return views->front();
        SavedView plain;
        plain.folderId = folder.id;
        plain.name = "All deals";
        return plain;
    }

    auto view = repository.viewByName(folder.id, *name);
    if (!view)
        return failure(view.error());
    if (*view)
        return **view;
    return failure("No view named \"" + *name + "\" in folder \"" + folder.name +
                   "\"; views: " + joinNames(*views, [](const SavedView &v) { return v.name; }));
}

Result<BoardSource> readBoardSource(Repository &repository, const std::filesystem::path &database,
                                    const std::string &folderName,
                                    const std::optional<std::string> &viewName)
{
    auto folder = findFolder(repository, database, folderName);
    if (!folder)
        return failure(folder.error());
    auto view = findView(repository, *folder, viewName);
    if (!view)
        return failure(view.error());
    auto snapshot = repository.snapshot(folder->id);
    if (!snapshot)
        return failure(snapshot.error());
    return BoardSource{std::move(*snapshot), std::move(*view), Board{}};
}

} // namespace

Result<std::unique_ptr<Repository>> openExistingDatabase(const std::filesystem::path &database)
{
    std::error_code error;
    if (!std::filesystem::is_regular_file(database, error))
        return failure("no such database: " + database.string());

    auto repository = Repository::open(database);
    if (!repository)
        return failure("cannot open " + database.string() + ": " + repository.error());
    return repository;
}

std::vector<OptionSpec> boardSourceOptions()
{
    return {{"--folder", true, false}, {"--view", true, false}, {"--search", true, false}};
}

Result<BoardSource> loadBoardSource(const ParsedArguments &arguments,
                                    const std::filesystem::path &database)
{
    auto repository = openExistingDatabase(database);
    if (!repository)
        return failure(repository.error());
    auto source = readBoardSource(**repository, database, arguments.value("--folder").value_or(""),
                                  arguments.value("--view"));
    if (!source)
        return failure(source.error());

    source->board =
        buildBoard(source->snapshot, source->view, arguments.value("--search").value_or(""));
    return source;
}

} // namespace dealboard

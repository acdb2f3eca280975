#include "cli/setuplookup.h"

#include "core/domain/text.h"

#include <algorithm>
#include <charconv>
#include <limits>

namespace dealboard {

namespace {

std::string quotedName(std::string_view text)
{
    return "\"" + std::string(text) + "\"";
}

template <typename T>
Result<T> named(const std::vector<T> &items, std::string_view name, const std::string &what,
                const std::string &plural, const Folder &folder)
{
    const std::string key = nameKey(name);
    const auto found =
        std::ranges::find_if(items, [&key](const T &item) { return nameKey(item.name) == key; });
    if (found != items.end())
        return *found;
    return failure("No " + what + " named " + quotedName(name) + " in folder " +
                   quotedName(folder.name) + "; " + plural + ": " + joinedNames(items));
}

} // namespace

Result<Folder> folderNamed(const Repository &repository, std::string_view name)
{
    auto folder = repository.folderByName(name);
    if (!folder)
        return failure(folder.error());
    if (*folder)
        return **folder;

    auto folders = repository.folders();
    if (!folders)
        return failure(folders.error());
    return failure("No folder named " + quotedName(name) + "; folders: " + joinedNames(*folders));
}

Result<Stage> stageNamed(const std::vector<Stage> &stages, const Folder &folder,
                         std::string_view name)
{
    return named(stages, name, "stage", "stages", folder);
}

Result<FieldDefinition> fieldNamed(const std::vector<FieldDefinition> &fields, const Folder &folder,
                                   std::string_view name)
{
    return named(fields, name, "field", "fields", folder);
}

Result<LostReason> lostReasonNamed(const std::vector<LostReason> &reasons, const Folder &folder,
                                   std::string_view name)
{
    return named(reasons, name, "lost reason", "lost reasons", folder);
}

Result<SavedView> viewNamed(const Repository &repository, const Folder &folder,
                            std::string_view name)
{
    auto view = repository.viewByName(folder.id, name);
    if (!view)
        return failure(view.error());
    if (*view)
        return **view;

    auto views = repository.views(folder.id);
    if (!views)
        return failure(views.error());
    return failure("No view named " + quotedName(name) + " in folder " + quotedName(folder.name) +
                   "; views: " + joinedNames(*views));
}

std::optional<int> wholeNumber(std::string_view text)
{
    int number = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), number);
    if (text.empty() || result.ec != std::errc{} || result.ptr != text.data() + text.size())
        return std::nullopt;
    return number;
}

std::optional<int> listIndex(std::string_view position)
{
    if (position == "first")
        return 0;
    if (position == "last")
        return std::numeric_limits<int>::max();

    const auto number = wholeNumber(position);
    if (!number || *number < 1)
        return std::nullopt;
    return *number - 1;
}

std::string countOf(std::size_t count, std::string_view singular, std::string_view plural)
{
    return formatCount(count) + " " + std::string(count == 1 ? singular : plural);
}

} // namespace dealboard

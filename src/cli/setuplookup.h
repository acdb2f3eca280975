#pragma once

#include "core/board/board.h"
#include "core/result.h"
#include "core/storage/repository.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dealboard {

// The admin commands name folders, stages, fields, lost reasons and views by their names,
// compared as the repository compares them (nameKey: trimmed, ignoring case). A name that
// matches nothing fails with the names there are, so the user can correct it:
// No stage named "Demo" in folder "Sales"; stages: New, Won, Lost

[[nodiscard]] Result<Folder> folderNamed(const Repository &repository, std::string_view name);
[[nodiscard]] Result<Stage> stageNamed(const std::vector<Stage> &stages, const Folder &folder,
                                       std::string_view name);
[[nodiscard]] Result<FieldDefinition> fieldNamed(const std::vector<FieldDefinition> &fields,
                                                 const Folder &folder, std::string_view name);
[[nodiscard]] Result<LostReason> lostReasonNamed(const std::vector<LostReason> &reasons,
                                                 const Folder &folder, std::string_view name);
[[nodiscard]] Result<SavedView> viewNamed(const Repository &repository, const Folder &folder,
                                          std::string_view name);

// "New, Won, Lost", or "none".
template <typename T> std::string joinedNames(const std::vector<T> &items)
{
    if (items.empty())
        return "none";
    std::string names;
    for (const auto &item : items)
        names += (names.empty() ? "" : ", ") + item.name;
    return names;
}

// A position the user gives with --to: 1 is the first, "first" and "last" also work.
// Returns the repository's index (0 = first; past the end = last); empty for anything else.
std::optional<int> listIndex(std::string_view position);

// A whole number as the user typed it ("25"); empty for anything else.
std::optional<int> wholeNumber(std::string_view text);

// "1 deal", "8,800 deals".
std::string countOf(std::size_t count, std::string_view singular, std::string_view plural);

} // namespace dealboard

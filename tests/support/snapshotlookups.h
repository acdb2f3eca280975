#pragma once

// What a test looks up by name in a repository or a folder snapshot. Each stops the test
// when the thing is not there, so a CHECK after it never reads past the end.
#include "core/board/board.h"
#include "core/storage/repository.h"
#include "required.h"

#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace dealboard::test {

inline Folder folderNamed(Repository &repository, const std::string &name)
{
    const auto folder = required(repository.folderByName(name));
    REQUIRE(folder.has_value());
    return *folder;
}

inline FolderSnapshot snapshotOf(Repository &repository, const std::string &folderName)
{
    return required(repository.snapshot(folderNamed(repository, folderName).id));
}

// The item whose projection is key, as in std::ranges::find; stops the test, saying what is
// missing, when there is none.
template <typename T, typename Projection>
const T &requiredItem(const std::vector<T> &items, const std::string &key, Projection projection,
                      const char *what)
{
    const auto found = std::ranges::find(items, key, projection);
    INFO("no " << what << " \"" << key << '"');
    REQUIRE(found != items.end());
    return *found;
}

inline const Deal &dealWithId(const FolderSnapshot &snapshot, const std::string &externalId)
{
    return requiredItem(snapshot.deals, externalId, &Deal::externalId, "deal with external id");
}

inline const Deal &dealTitled(const FolderSnapshot &snapshot, const std::string &title)
{
    return requiredItem(snapshot.deals, title, &Deal::title, "deal titled");
}

inline const Stage &stageNamed(const FolderSnapshot &snapshot, const std::string &name)
{
    return requiredItem(snapshot.stages, name, &Stage::name, "stage named");
}

inline const FieldDefinition &fieldNamed(const FolderSnapshot &snapshot, const std::string &name)
{
    return requiredItem(snapshot.fields, name, &FieldDefinition::name, "field named");
}

// The names of the stages, left to right.
inline std::vector<std::string> stageNames(const std::vector<Stage> &stages)
{
    std::vector<std::string> names;
    for (const auto &stage : stages)
        names.push_back(stage.name);
    return names;
}

} // namespace dealboard::test

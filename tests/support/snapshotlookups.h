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

inline const Deal &dealWithId(const FolderSnapshot &snapshot, const std::string &externalId)
{
    const auto deal = std::ranges::find(snapshot.deals, externalId, &Deal::externalId);
    REQUIRE(deal != snapshot.deals.end());
    return *deal;
}

inline const Deal &dealTitled(const FolderSnapshot &snapshot, const std::string &title)
{
    const auto deal = std::ranges::find(snapshot.deals, title, &Deal::title);
    INFO("no deal titled " << title);
    REQUIRE(deal != snapshot.deals.end());
    return *deal;
}

inline const Stage &stageNamed(const FolderSnapshot &snapshot, const std::string &name)
{
    const auto stage = std::ranges::find(snapshot.stages, name, &Stage::name);
    REQUIRE(stage != snapshot.stages.end());
    return *stage;
}

inline const FieldDefinition &fieldNamed(const FolderSnapshot &snapshot, const std::string &name)
{
    const auto field = std::ranges::find(snapshot.fields, name, &FieldDefinition::name);
    REQUIRE(field != snapshot.fields.end());
    return *field;
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

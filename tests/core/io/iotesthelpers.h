#pragma once

#include "core/result.h"
#include "core/storage/repository.h"

#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <utility>

namespace dealboard::iotest {

// A fresh directory under the system's temporary directory, removed with its contents.
class TempDirectory final
{
public:
    TempDirectory()
    {
        std::random_device random;
        m_path = std::filesystem::temp_directory_path() /
                 ("dealboard-io-test-" + std::to_string(random()) + std::to_string(random()));
        std::filesystem::create_directories(m_path);
    }
    ~TempDirectory()
    {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    TempDirectory(const TempDirectory &) = delete;
    TempDirectory &operator=(const TempDirectory &) = delete;

    // Writes text as the bytes of a new file and returns its path.
    std::filesystem::path write(const std::string &name, const std::string &text) const
    {
        const auto file = m_path / name;
        std::ofstream(file, std::ios::binary) << text;
        return file;
    }

private:
    std::filesystem::path m_path;
};

template <typename T> T required(Result<T> result)
{
    INFO((result ? std::string() : result.error()));
    REQUIRE(result.has_value());
    return std::move(*result);
}

inline std::unique_ptr<Repository> memoryRepository()
{
    return required(Repository::openInMemory());
}

inline FolderSnapshot snapshotOf(Repository &repository, const std::string &folderName)
{
    const auto folder = required(repository.folderByName(folderName));
    REQUIRE(folder.has_value());
    return required(repository.snapshot(folder->id));
}

inline const Deal &dealWithId(const FolderSnapshot &snapshot, const std::string &externalId)
{
    const auto deal = std::ranges::find(snapshot.deals, externalId, &Deal::externalId);
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

} // namespace dealboard::iotest

#pragma once

#include "core/result.h"
#include "core/storage/repository.h"

#include <catch2/catch_test_macros.hpp>

#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <string>
#include <utility>

namespace dealboard::test {

// A fresh directory under the system's temporary directory, removed with its contents.
class TempDirectory final
{
public:
    TempDirectory()
    {
        std::random_device random;
        const auto name =
            "dealboard-storage-test-" + std::to_string(random()) + "-" + std::to_string(random());
        m_path = std::filesystem::temp_directory_path() / name;
        std::filesystem::create_directories(m_path);
    }
    ~TempDirectory()
    {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    TempDirectory(const TempDirectory &) = delete;
    TempDirectory &operator=(const TempDirectory &) = delete;

    const std::filesystem::path &path() const { return m_path; }
    std::filesystem::path file(const std::string &name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

// The value of a result that must have succeeded; on failure the test stops and shows why.
template <typename T> T required(Result<T> result)
{
    INFO((result ? std::string() : result.error()));
    REQUIRE(result.has_value());
    return std::move(*result);
}

inline void requireOk(const Status &status)
{
    INFO((status ? std::string() : status.error()));
    REQUIRE(status.has_value());
}

inline std::string fileBytes(const std::filesystem::path &file)
{
    // Sized read rather than istreambuf_iterator, on which GCC 12 warns falsely at -O2.
    std::string bytes(std::filesystem::file_size(file), '\0');
    std::ifstream stream(file, std::ios::binary);
    stream.read(bytes.data(), std::streamsize(bytes.size()));
    return bytes;
}

inline std::unique_ptr<Repository> memoryRepository()
{
    return required(Repository::openInMemory());
}

// A folder with the stages New, Won and Lost, for tests that need somewhere to put deals.
struct Pipeline
{
    Folder folder;
    Stage newStage;
    Stage won;
    Stage lost;
};

inline Pipeline makePipeline(Repository &repository, const std::string &name = "Deals")
{
    Pipeline pipeline;
    pipeline.folder = required(repository.createFolder(name));
    pipeline.newStage = required(repository.addStage(pipeline.folder.id, Stage{.name = "New"}));
    pipeline.won = required(
        repository.addStage(pipeline.folder.id, Stage{.name = "Won", .kind = StageKind::Won}));
    pipeline.lost = required(
        repository.addStage(pipeline.folder.id, Stage{.name = "Lost", .kind = StageKind::Lost}));
    return pipeline;
}

// Built by hand: designated initializers that leave out a vector member trip
// -Wmissing-field-initializers.
inline FieldDefinition newField(const std::string &name, FieldType type = FieldType::Text,
                                std::vector<std::string> options = {})
{
    FieldDefinition field;
    field.name = name;
    field.type = type;
    field.options = std::move(options);
    return field;
}

inline SavedView newView(FolderId folderId, const std::string &name)
{
    SavedView view;
    view.folderId = folderId;
    view.name = name;
    return view;
}

inline Deal newDeal(FolderId folderId, StageId stageId, const std::string &title)
{
    Deal deal;
    deal.folderId = folderId;
    deal.stageId = stageId;
    deal.title = title;
    return deal;
}

} // namespace dealboard::test

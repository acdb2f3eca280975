#pragma once

// Real repositories for tests: in memory, and with a folder ready to take deals.
#include "core/storage/repository.h"
#include "required.h"

#include <memory>
#include <string>

namespace dealboard::test {

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

} // namespace dealboard::test

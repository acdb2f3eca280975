// Undo and redo through the Repository: steps, exact restores, cascades and refusals.
#include "core/storage/repository.h"
#include "support/databasedump.h"
#include "support/domainbuilders.h"
#include "support/repositoryfixtures.h"
#include "support/required.h"
#include "support/tempdirectory.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

using namespace dealboard;
using namespace dealboard::test;
using Catch::Matchers::ContainsSubstring;

namespace {

// A database file with undo on, and a second connection's view of its rows.
struct UndoFixture
{
    TempDirectory directory;
    std::filesystem::path file = directory / "undo.dealboard";
    std::unique_ptr<Repository> repository = required(Repository::open(file));

    UndoFixture() { requireOk(repository->enableUndo()); }

    DatabaseDump dump() const { return dumpDatabase(file); }
};

std::vector<std::string> labels(const std::vector<UndoStep> &steps)
{
    std::vector<std::string> names;
    for (const UndoStep &step : steps)
        names.push_back(step.label);
    return names;
}

// The outcome of a write whose value the test does not need.
template <typename T> Status asStatus(const Result<T> &result)
{
    return result ? Status{} : failure(result.error());
}

Deal createDeal(Repository &repository, const Pipeline &pipeline, const std::string &title)
{
    return required(
        repository.createDeal(newDeal(pipeline.folder.id, pipeline.newStage.id, title)));
}

} // namespace

TEST_CASE("Undo is off until enabled and says so")
{
    auto repository = memoryRepository();

    CHECK_FALSE(repository->isUndoEnabled());
    const auto undone = repository->undo();
    REQUIRE_FALSE(undone.has_value());
    CHECK_THAT(undone.error(), ContainsSubstring("not turned on"));

    requireOk(repository->enableUndo());
    requireOk(repository->enableUndo());
    CHECK(repository->isUndoEnabled());
}

TEST_CASE("Undo and redo fail with a message when there is nothing to undo or redo")
{
    UndoFixture fixture;

    const auto undone = fixture.repository->undo();
    REQUIRE_FALSE(undone.has_value());
    CHECK(undone.error() == "There is nothing to undo");
    const auto redone = fixture.repository->redo();
    REQUIRE_FALSE(redone.has_value());
    CHECK(redone.error() == "There is nothing to redo");
}

TEST_CASE("Undoing a step puts back every row it touched, and redo writes it again")
{
    UndoFixture fixture;
    Repository &repository = *fixture.repository;
    const Pipeline pipeline = makePipeline(repository);
    const Deal deal = createDeal(repository, pipeline, "Acme renewal");
    const DatabaseDump before = fixture.dump();

    requireOk(repository.recordStep("Move Acme renewal to Won", [&]() -> Status {
        auto moved = repository.moveDeal(deal.id, pipeline.won.id);
        return moved ? Status{} : failure(moved.error());
    }));
    const DatabaseDump after = fixture.dump();
    REQUIRE(firstDifference(before, after) != "");

    const UndoStep undone = required(repository.undo());
    CHECK(undone.label == "Move Acme renewal to Won");
    CHECK(firstDifference(before, fixture.dump()) == "");
    CHECK(required(repository.deal(deal.id)).version == deal.version);

    const UndoStep redone = required(repository.redo());
    CHECK(redone.id == undone.id);
    CHECK(firstDifference(after, fixture.dump()) == "");
    CHECK(required(repository.deal(deal.id)).stageId == pipeline.won.id);
}

TEST_CASE("A created deal is removed by undo and comes back with the same id by redo")
{
    UndoFixture fixture;
    Repository &repository = *fixture.repository;
    const Pipeline pipeline = makePipeline(repository);

    Deal created;
    requireOk(repository.recordStep("New deal", [&]() -> Status {
        created = createDeal(repository, pipeline, "Globex");
        return {};
    }));

    required(repository.undo());
    CHECK_FALSE(repository.deal(created.id).has_value());
    required(repository.redo());
    const Deal back = required(repository.deal(created.id));
    CHECK(back.title == "Globex");
    CHECK(back.version == created.version);
    CHECK(required(repository.stageHistory(created.id)).size() == 1);
}

TEST_CASE("Undoing a folder deletion brings back the rows its cascade deleted")
{
    UndoFixture fixture;
    Repository &repository = *fixture.repository;
    const Pipeline pipeline = makePipeline(repository);
    required(repository.addField(pipeline.folder.id, newField("Source")));
    for (int i = 0; i < 20; ++i) {
        const Deal deal = createDeal(repository, pipeline, "Deal " + std::to_string(i));
        if (i % 3 == 0)
            required(repository.moveDeal(deal.id, pipeline.won.id));
    }
    required(repository.createView(newView(pipeline.folder.id, "Open pipeline")));
    const DatabaseDump before = fixture.dump();

    requireOk(repository.recordStep("Delete folder Deals",
                                    [&] { return repository.deleteFolder(pipeline.folder.id); }));
    CHECK(required(repository.folders()).empty());
    const DatabaseDump deleted = fixture.dump();
    CHECK(deleted.at("stage_history").empty());

    required(repository.undo());
    CHECK(firstDifference(before, fixture.dump()) == "");
    CHECK(required(repository.dealCount(pipeline.folder.id)) == 20);

    required(repository.redo());
    CHECK(firstDifference(deleted, fixture.dump()) == "");
    required(repository.undo());
    CHECK(firstDifference(before, fixture.dump()) == "");
}

TEST_CASE("Steps are listed oldest first, and undone steps next to redo first")
{
    UndoFixture fixture;
    Repository &repository = *fixture.repository;
    for (const std::string name : {"One", "Two", "Three"})
        requireOk(repository.recordStep(
            "Create " + name, [&]() -> Status { return asStatus(repository.createFolder(name)); }));

    CHECK(labels(required(repository.undoSteps())) ==
          std::vector<std::string>{"Create One", "Create Two", "Create Three"});
    required(repository.undo());
    required(repository.undo());

    CHECK(labels(required(repository.undoSteps())) == std::vector<std::string>{"Create One"});
    CHECK(labels(required(repository.redoSteps())) ==
          std::vector<std::string>{"Create Two", "Create Three"});
    CHECK(required(repository.redo()).label == "Create Two");
}

TEST_CASE("A new step forgets the steps that could be redone")
{
    UndoFixture fixture;
    Repository &repository = *fixture.repository;
    requireOk(repository.recordStep(
        "Create A", [&]() -> Status { return asStatus(repository.createFolder("A")); }));
    required(repository.undo());
    REQUIRE(required(repository.redoSteps()).size() == 1);

    requireOk(repository.recordStep(
        "Create B", [&]() -> Status { return asStatus(repository.createFolder("B")); }));

    CHECK(required(repository.redoSteps()).empty());
    CHECK(labels(required(repository.undoSteps())) == std::vector<std::string>{"Create B"});
    CHECK(repository.redo().error() == "There is nothing to redo");
}

TEST_CASE("Work that fails writes nothing and records no step")
{
    UndoFixture fixture;
    Repository &repository = *fixture.repository;
    const DatabaseDump before = fixture.dump();

    const Status status = repository.recordStep("Create two", [&]() -> Status {
        required(repository.createFolder("Inbound"));
        return failure("The second folder has no name");
    });

    REQUIRE_FALSE(status.has_value());
    CHECK(status.error() == "The second folder has no name");
    CHECK(firstDifference(before, fixture.dump()) == "");
    CHECK(required(repository.undoSteps()).empty());
}

TEST_CASE("Work that changes nothing records no step and keeps the redo steps")
{
    UndoFixture fixture;
    Repository &repository = *fixture.repository;
    requireOk(repository.recordStep(
        "Create A", [&]() -> Status { return asStatus(repository.createFolder("A")); }));
    required(repository.undo());

    requireOk(repository.recordStep("Nothing", [] { return Status{}; }));

    CHECK(required(repository.undoSteps()).empty());
    CHECK(required(repository.redoSteps()).size() == 1);
}

TEST_CASE("Writes made outside a step become a step of their own")
{
    UndoFixture fixture;
    Repository &repository = *fixture.repository;
    requireOk(repository.recordStep(
        "Create A", [&]() -> Status { return asStatus(repository.createFolder("A")); }));
    const Folder loose = required(repository.createFolder("Loose"));
    requireOk(repository.recordStep(
        "Create B", [&]() -> Status { return asStatus(repository.createFolder("B")); }));

    CHECK(labels(required(repository.undoSteps())) ==
          std::vector<std::string>{"Create A", "Change", "Create B"});
    required(repository.undo());
    CHECK(required(repository.undo()).label == "Change");
    CHECK_FALSE(repository.folder(loose.id).has_value());
    CHECK(required(repository.folders()).size() == 1);
}

TEST_CASE("A write outside a step after an undo forgets the redo steps")
{
    UndoFixture fixture;
    Repository &repository = *fixture.repository;
    requireOk(repository.recordStep(
        "Create A", [&]() -> Status { return asStatus(repository.createFolder("A")); }));
    required(repository.undo());

    required(repository.createFolder("Elsewhere"));

    CHECK(required(repository.redoSteps()).empty());
    CHECK(labels(required(repository.undoSteps())) == std::vector<std::string>{"Change"});
}

TEST_CASE("A step inside a step is part of the outer one")
{
    UndoFixture fixture;
    Repository &repository = *fixture.repository;

    requireOk(repository.recordStep("Set up", [&]() -> Status {
        required(repository.createFolder("Outer"));
        return repository.recordStep(
            "Inner", [&]() -> Status { return asStatus(repository.createFolder("Inner")); });
    }));

    CHECK(labels(required(repository.undoSteps())) == std::vector<std::string>{"Set up"});
    required(repository.undo());
    CHECK(required(repository.folders()).empty());
}

TEST_CASE("Every kind of value comes back exactly, text with quotes and empty values included")
{
    UndoFixture fixture;
    Repository &repository = *fixture.repository;
    const Pipeline pipeline = makePipeline(repository);
    Deal deal = newDeal(pipeline.folder.id, pipeline.newStage.id, "O'Brien \"quoted\" 'deal'");
    deal.company = "Line one\nline two; DROP TABLE deals; --";
    deal.value = Money{123456, "EUR"};
    deal = required(repository.createDeal(deal));
    const DatabaseDump before = fixture.dump();

    requireOk(repository.recordStep("Delete", [&] { return repository.deleteDeal(deal.id); }));
    required(repository.undo());

    CHECK(firstDifference(before, fixture.dump()) == "");
    const Deal back = required(repository.deal(deal.id));
    CHECK(back.title == deal.title);
    CHECK(back.company == deal.company);
    CHECK(back.value == deal.value);
}

TEST_CASE("Steps recorded in a database are forgotten when it is closed")
{
    TempDirectory directory;
    const auto file = directory / "closed.dealboard";
    {
        auto repository = required(Repository::open(file));
        requireOk(repository->enableUndo());
        requireOk(repository->recordStep(
            "Create A", [&]() -> Status { return asStatus(repository->createFolder("A")); }));
    }

    auto reopened = required(Repository::open(file));
    requireOk(reopened->enableUndo());
    CHECK(required(reopened->undoSteps()).empty());
    CHECK(required(reopened->folders()).size() == 1);
}

// inTransaction: all or nothing, nested, and with the public writes inside it.
#include "core/storage/repository.h"
#include "support/domainbuilders.h"
#include "support/repositoryfixtures.h"
#include "support/required.h"
#include "support/tempdirectory.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <stdexcept>

using namespace dealboard;
using namespace dealboard::test;
using Catch::Matchers::ContainsSubstring;

TEST_CASE("inTransaction writes all of the work when it succeeds")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);

    requireOk(repository->inTransaction([&]() -> Status {
        for (int i = 0; i < 100; ++i) {
            auto created = repository->createDeal(
                newDeal(pipeline.folder.id, pipeline.newStage.id, "Deal " + std::to_string(i)));
            if (!created)
                return failure(created.error());
        }
        return {};
    }));

    CHECK(required(repository->dealCount(pipeline.folder.id)) == 100);
}

TEST_CASE("inTransaction writes nothing when the work fails")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);
    const Deal existing =
        required(repository->createDeal(newDeal(pipeline.folder.id, pipeline.won.id, "Kept")));

    const Status status = repository->inTransaction([&]() -> Status {
        required(repository->createDeal(newDeal(pipeline.folder.id, pipeline.newStage.id, "A")));
        required(repository->moveDeal(existing.id, pipeline.lost.id));
        required(repository->addStage(pipeline.folder.id, Stage{.name = "Extra"}));
        return failure("Row 3: the amount is not a number");
    });

    REQUIRE_FALSE(status.has_value());
    CHECK(status.error() == "Row 3: the amount is not a number");
    CHECK(required(repository->dealCount(pipeline.folder.id)) == 1);
    const Deal kept = required(repository->deal(existing.id));
    CHECK(kept.stageId == pipeline.won.id);
    CHECK(kept.version == existing.version);
    CHECK(required(repository->stageHistory(existing.id)).size() == 1);
    CHECK(required(repository->stages(pipeline.folder.id)).size() == 3);
}

TEST_CASE("A failed write inside inTransaction undoes only itself")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);

    requireOk(repository->inTransaction([&]() -> Status {
        required(repository->createDeal(newDeal(pipeline.folder.id, pipeline.newStage.id, "A")));
        Deal bad = newDeal(pipeline.folder.id, pipeline.newStage.id, "Bad");
        bad.value = Money{1, "dollars"};
        CHECK_FALSE(repository->createDeal(bad).has_value());
        required(repository->createDeal(newDeal(pipeline.folder.id, pipeline.newStage.id, "B")));
        return {};
    }));

    CHECK(required(repository->dealCount(pipeline.folder.id)) == 2);
}

TEST_CASE("Nested transactions: an inner failure undoes the inner work only")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);
    const auto create = [&](const std::string &title) {
        return repository->createDeal(newDeal(pipeline.folder.id, pipeline.newStage.id, title));
    };

    SECTION("the outer work goes on and succeeds")
    {
        requireOk(repository->inTransaction([&]() -> Status {
            required(create("Outer 1"));
            const Status inner = repository->inTransaction([&]() -> Status {
                required(create("Inner"));
                return failure("inner failed");
            });
            CHECK_FALSE(inner.has_value());
            required(create("Outer 2"));
            return {};
        }));
        const auto deals = required(repository->snapshot(pipeline.folder.id)).deals;
        REQUIRE(deals.size() == 2);
        CHECK(deals[0].title == "Outer 1");
        CHECK(deals[1].title == "Outer 2");
    }
    SECTION("a successful inner transaction is undone when the outer one fails")
    {
        const Status outer = repository->inTransaction([&]() -> Status {
            requireOk(repository->inTransaction([&]() -> Status {
                required(create("Inner"));
                return {};
            }));
            return failure("outer failed");
        });
        CHECK_FALSE(outer.has_value());
        CHECK(required(repository->dealCount(pipeline.folder.id)) == 0);
    }
    SECTION("the outer work gives up after the inner failure")
    {
        const Status outer = repository->inTransaction([&]() -> Status {
            required(create("Outer"));
            return repository->inTransaction([&]() -> Status {
                required(create("Inner"));
                return failure("inner failed");
            });
        });
        REQUIRE_FALSE(outer.has_value());
        CHECK(outer.error() == "inner failed");
        CHECK(required(repository->dealCount(pipeline.folder.id)) == 0);
    }
}

TEST_CASE("An exception thrown by the work rolls everything back before it propagates")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);

    const Status status = repository->inTransaction([&]() -> Status {
        required(repository->createDeal(newDeal(pipeline.folder.id, pipeline.newStage.id, "A")));
        throw std::runtime_error("the importer broke");
    });

    REQUIRE_FALSE(status.has_value());
    CHECK_THAT(status.error(), ContainsSubstring("the importer broke"));
    CHECK(required(repository->dealCount(pipeline.folder.id)) == 0);
    // The repository is usable afterwards.
    required(repository->createDeal(newDeal(pipeline.folder.id, pipeline.newStage.id, "B")));
    CHECK(required(repository->dealCount(pipeline.folder.id)) == 1);
}

TEST_CASE("Committed transactions survive reopening the file")
{
    TempDirectory directory;
    const auto file = directory / "transactions.db";
    FolderId folderId = 0;
    {
        auto repository = required(Repository::open(file));
        const Pipeline pipeline = makePipeline(*repository);
        folderId = pipeline.folder.id;
        requireOk(repository->inTransaction([&]() -> Status {
            required(repository->createDeal(newDeal(folderId, pipeline.newStage.id, "Committed")));
            return {};
        }));
        CHECK_FALSE(repository
                        ->inTransaction([&]() -> Status {
                            required(repository->createDeal(
                                newDeal(folderId, pipeline.newStage.id, "Rolled back")));
                            return failure("no");
                        })
                        .has_value());
    }

    auto reopened = required(Repository::open(file));
    const auto deals = required(reopened->snapshot(folderId)).deals;
    REQUIRE(deals.size() == 1);
    CHECK(deals[0].title == "Committed");
}

TEST_CASE("Another connection keeps reading the committed state while a write is in progress")
{
    TempDirectory directory;
    const auto file = directory / "shared.db";
    auto writer = required(Repository::open(file));
    const Pipeline pipeline = makePipeline(*writer);
    required(writer->createDeal(newDeal(pipeline.folder.id, pipeline.newStage.id, "Committed")));
    auto reader = required(Repository::open(file));

    requireOk(writer->inTransaction([&]() -> Status {
        required(writer->createDeal(newDeal(pipeline.folder.id, pipeline.won.id, "Pending")));
        // With write-ahead logging the reader is not blocked and sees no half-done work.
        const auto snapshot = required(reader->snapshot(pipeline.folder.id));
        REQUIRE(snapshot.deals.size() == 1);
        CHECK(snapshot.deals[0].title == "Committed");
        return {};
    }));

    CHECK(required(reader->dealCount(pipeline.folder.id)) == 2);
}

// Renaming, reordering and deleting folders.
#include "core/storage/repository.h"
#include "support/domainbuilders.h"
#include "support/repositoryfixtures.h"
#include "support/required.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <string>
#include <vector>

using namespace dealboard;
using namespace dealboard::test;
using Catch::Matchers::ContainsSubstring;

namespace {

std::vector<std::string> folderNames(Repository &repository)
{
    std::vector<std::string> names;
    for (const Folder &folder : required(repository.folders()))
        names.push_back(folder.name);
    return names;
}

} // namespace

TEST_CASE("A folder is renamed, also to its own name in another case")
{
    auto repository = memoryRepository();
    const Folder folder = required(repository->createFolder("Deals"));

    requireOk(repository->renameFolder(folder.id, "  Inbound deals "));
    CHECK(required(repository->folder(folder.id)).name == "Inbound deals");
    CHECK(required(repository->folderByName("inbound DEALS")).has_value());
    CHECK_FALSE(required(repository->folderByName("Deals")).has_value());

    requireOk(repository->renameFolder(folder.id, "INBOUND DEALS"));
    CHECK(required(repository->folder(folder.id)).name == "INBOUND DEALS");
}

TEST_CASE("A folder is not renamed to an empty name or to another folder's name")
{
    auto repository = memoryRepository();
    const Folder deals = required(repository->createFolder("Deals"));
    required(repository->createFolder("Consulting"));

    const auto taken = repository->renameFolder(deals.id, " consulting");
    REQUIRE_FALSE(taken.has_value());
    CHECK_THAT(taken.error(), ContainsSubstring("A folder named \"Consulting\" already exists"));

    const auto empty = repository->renameFolder(deals.id, "  ");
    REQUIRE_FALSE(empty.has_value());
    CHECK_THAT(empty.error(), ContainsSubstring("needs a name"));

    const auto missing = repository->renameFolder(999, "Elsewhere");
    REQUIRE_FALSE(missing.has_value());
    CHECK_THAT(missing.error(), ContainsSubstring("no folder with id 999"));

    CHECK(folderNames(*repository) == std::vector<std::string>{"Deals", "Consulting"});
}

TEST_CASE("Folders move to any place of the sidebar order")
{
    auto repository = memoryRepository();
    const Folder a = required(repository->createFolder("A"));
    required(repository->createFolder("B"));
    const Folder c = required(repository->createFolder("C"));

    requireOk(repository->moveFolder(c.id, 0));
    CHECK(folderNames(*repository) == std::vector<std::string>{"C", "A", "B"});

    requireOk(repository->moveFolder(c.id, 99));
    CHECK(folderNames(*repository) == std::vector<std::string>{"A", "B", "C"});

    requireOk(repository->moveFolder(a.id, 1));
    CHECK(folderNames(*repository) == std::vector<std::string>{"B", "A", "C"});

    requireOk(repository->moveFolder(a.id, -3));
    CHECK(folderNames(*repository) == std::vector<std::string>{"A", "B", "C"});

    // A new folder still goes to the end.
    required(repository->createFolder("D"));
    CHECK(folderNames(*repository).back() == "D");

    const auto missing = repository->moveFolder(999, 0);
    REQUIRE_FALSE(missing.has_value());
    CHECK_THAT(missing.error(), ContainsSubstring("no folder with id 999"));
}

TEST_CASE("Deleting a folder takes everything of it and leaves other folders alone")
{
    auto repository = memoryRepository();
    const Pipeline doomed = makePipeline(*repository, "Doomed");
    const Pipeline kept = makePipeline(*repository, "Kept");

    const Deal moved = required(
        repository->createDeal(newDeal(doomed.folder.id, doomed.newStage.id, "Moved around")));
    required(repository->moveDeal(moved.id, doomed.won.id));
    required(repository->addField(doomed.folder.id, newField("Source")));
    required(repository->createView(newView(doomed.folder.id, "Open pipeline")));
    required(repository->addLostReason(doomed.folder.id, "Price"));
    // A deleted stage is still named by the history of the deal it held.
    const Stage extra = required(repository->addStage(doomed.folder.id, Stage{.name = "Extra"}));
    const Deal wandering =
        required(repository->createDeal(newDeal(doomed.folder.id, extra.id, "Wandering")));
    requireOk(repository->deleteStage(extra.id, doomed.newStage.id));

    const Deal survivor =
        required(repository->createDeal(newDeal(kept.folder.id, kept.lost.id, "Survivor")));
    required(repository->addLostReason(kept.folder.id, "Price"));

    requireOk(repository->deleteFolder(doomed.folder.id));

    CHECK_FALSE(repository->folder(doomed.folder.id).has_value());
    CHECK_FALSE(repository->deal(moved.id).has_value());
    CHECK_FALSE(repository->deal(wandering.id).has_value());
    CHECK(required(repository->stageHistory(moved.id)).empty());
    CHECK(required(repository->stages(doomed.folder.id)).empty());
    CHECK(required(repository->fields(doomed.folder.id)).empty());
    CHECK(required(repository->views(doomed.folder.id)).empty());
    CHECK(required(repository->lostReasons(doomed.folder.id)).empty());
    CHECK_FALSE(repository->stage(extra.id).has_value());

    CHECK(required(repository->deal(survivor.id)).title == "Survivor");
    CHECK(required(repository->stageHistory(survivor.id)).size() == 1);
    CHECK(required(repository->stages(kept.folder.id)).size() == 3);
    CHECK(required(repository->lostReasons(kept.folder.id)).size() == 1);

    // Its name is free again.
    required(repository->createFolder("Doomed"));
}

TEST_CASE("Deleting a folder that does not exist says so")
{
    auto repository = memoryRepository();
    const auto missing = repository->deleteFolder(42);
    REQUIRE_FALSE(missing.has_value());
    CHECK_THAT(missing.error(), ContainsSubstring("no folder with id 42"));
}

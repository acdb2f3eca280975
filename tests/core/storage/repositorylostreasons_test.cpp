// A folder's list of lost reasons.
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

std::vector<std::string> reasonNames(Repository &repository, FolderId folderId)
{
    std::vector<std::string> names;
    for (const LostReason &reason : required(repository.lostReasons(folderId)))
        names.push_back(reason.name);
    return names;
}

Deal createLost(Repository &repository, const Pipeline &pipeline, const std::string &title,
                const std::string &reason)
{
    Deal deal = newDeal(pipeline.folder.id, pipeline.lost.id, title);
    deal.lostReason = reason;
    return required(repository.createDeal(deal));
}

} // namespace

TEST_CASE("Lost reasons are appended in order per folder and come with the snapshot")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);
    const Pipeline other = makePipeline(*repository, "Other");

    const LostReason price = required(repository->addLostReason(pipeline.folder.id, " Price "));
    required(repository->addLostReason(pipeline.folder.id, "Competitor"));
    required(repository->addLostReason(other.folder.id, "Price"));

    CHECK(price.name == "Price");
    CHECK(price.folderId == pipeline.folder.id);
    CHECK(price.id != 0);
    CHECK(reasonNames(*repository, pipeline.folder.id) ==
          std::vector<std::string>{"Price", "Competitor"});
    const FolderSnapshot snapshot = required(repository->snapshot(pipeline.folder.id));
    REQUIRE(snapshot.lostReasons.size() == 2);
    CHECK(snapshot.lostReasons[0].id == price.id);
    CHECK(snapshot.lostReasons[0].position < snapshot.lostReasons[1].position);
    CHECK(reasonNames(*repository, other.folder.id) == std::vector<std::string>{"Price"});
}

TEST_CASE("A lost reason needs a name of its own in its folder")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);
    const LostReason price = required(repository->addLostReason(pipeline.folder.id, "Price"));
    const LostReason timing = required(repository->addLostReason(pipeline.folder.id, "Timing"));

    const auto duplicate = repository->addLostReason(pipeline.folder.id, "PRICE ");
    REQUIRE_FALSE(duplicate.has_value());
    CHECK_THAT(duplicate.error(),
               ContainsSubstring("A lost reason named \"Price\" already exists in folder"));
    CHECK_THAT(repository->addLostReason(pipeline.folder.id, " ").error(),
               ContainsSubstring("needs a name"));
    CHECK_THAT(repository->addLostReason(999, "Price").error(),
               ContainsSubstring("no folder with id 999"));

    CHECK_THAT(repository->renameLostReason(timing.id, "price").error(),
               ContainsSubstring("already exists"));
    CHECK_THAT(repository->renameLostReason(timing.id, "").error(),
               ContainsSubstring("needs a name"));
    CHECK_THAT(repository->renameLostReason(999, "Budget").error(),
               ContainsSubstring("no lost reason with id 999"));
    requireOk(repository->renameLostReason(price.id, "PRICE"));

    CHECK(reasonNames(*repository, pipeline.folder.id) ==
          std::vector<std::string>{"PRICE", "Timing"});
}

TEST_CASE("Renaming a lost reason renames it on the folder's deals")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);
    const Pipeline other = makePipeline(*repository, "Other");
    const LostReason price = required(repository->addLostReason(pipeline.folder.id, "Price"));
    required(repository->addLostReason(pipeline.folder.id, "Timing"));
    const Deal lostOnPrice = createLost(*repository, pipeline, "Too dear", "Price");
    const Deal lostOnTiming = createLost(*repository, pipeline, "Too late", "Timing");
    const Deal elsewhere = createLost(*repository, other, "Other folder", "Price");

    requireOk(repository->renameLostReason(price.id, "Too expensive"));

    const Deal renamed = required(repository->deal(lostOnPrice.id));
    CHECK(renamed.lostReason == "Too expensive");
    CHECK(renamed.version == lostOnPrice.version + 1); // an open editor must reload
    CHECK(required(repository->deal(lostOnTiming.id)).lostReason == "Timing");
    CHECK(required(repository->deal(elsewhere.id)).lostReason == "Price");

    // The deal now gives a reason of the list, so saving it again is fine.
    Deal edited = renamed;
    edited.company = "Acme";
    CHECK(required(repository->updateDeal(edited)).lostReason == "Too expensive");
}

TEST_CASE("Lost reasons move to any place of their folder's list")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);
    const Pipeline other = makePipeline(*repository, "Other");
    const LostReason price = required(repository->addLostReason(pipeline.folder.id, "Price"));
    required(repository->addLostReason(pipeline.folder.id, "Competitor"));
    const LostReason budget = required(repository->addLostReason(pipeline.folder.id, "No budget"));
    required(repository->addLostReason(other.folder.id, "Elsewhere"));

    requireOk(repository->moveLostReason(budget.id, 0));
    CHECK(reasonNames(*repository, pipeline.folder.id) ==
          std::vector<std::string>{"No budget", "Price", "Competitor"});
    requireOk(repository->moveLostReason(price.id, 50));
    CHECK(reasonNames(*repository, pipeline.folder.id) ==
          std::vector<std::string>{"No budget", "Competitor", "Price"});
    CHECK(reasonNames(*repository, other.folder.id) == std::vector<std::string>{"Elsewhere"});

    CHECK_THAT(repository->moveLostReason(999, 0).error(),
               ContainsSubstring("no lost reason with id 999"));
}

TEST_CASE("Deleting a lost reason leaves the deals that gave it as they are")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);
    const LostReason price = required(repository->addLostReason(pipeline.folder.id, "Price"));
    required(repository->addLostReason(pipeline.folder.id, "Timing"));
    const Deal lost = createLost(*repository, pipeline, "Too dear", "Price");

    requireOk(repository->deleteLostReason(price.id));

    CHECK(reasonNames(*repository, pipeline.folder.id) == std::vector<std::string>{"Timing"});
    const Deal kept = required(repository->deal(lost.id));
    CHECK(kept.lostReason == "Price");
    CHECK(kept.version == lost.version);

    // Editing something else keeps the old reason; choosing it anew is refused.
    Deal edited = kept;
    edited.owner = "Dana";
    edited = required(repository->updateDeal(edited));
    CHECK(edited.lostReason == "Price");
    required(repository->moveDeal(lost.id, pipeline.newStage.id));
    const auto refused =
        repository->moveDeal(lost.id, pipeline.lost.id, std::nullopt, std::nullopt, {"Price", {}});
    REQUIRE_FALSE(refused.has_value());
    CHECK_THAT(refused.error(), ContainsSubstring("\"Price\" is not one of the lost reasons"));

    CHECK_THAT(repository->deleteLostReason(price.id).error(),
               ContainsSubstring("no lost reason with id"));
}

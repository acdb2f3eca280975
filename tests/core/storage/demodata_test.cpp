// The starter setup a new database is seeded with.
#include "core/storage/demodata.h"

#include "core/domain/dealrules.h"
#include "core/domain/savedview.h"
#include "core/storage/repository.h"
#include "support/repositoryfixtures.h"
#include "support/required.h"
#include "support/snapshotlookups.h"
#include "support/tempdirectory.h"

#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <set>

using namespace dealboard;
using namespace dealboard::test;

TEST_CASE("The starter setup has the Deals folder with its stages, fields and views")
{
    auto repository = memoryRepository();
    requireOk(seedStarterSetup(*repository));

    const FolderSnapshot deals = snapshotOf(*repository, "Deals");
    CHECK(stageNames(deals.stages) ==
          std::vector<std::string>{"New", "Presentation", "Negotiation", "Won", "Lost"});
    CHECK(deals.stages[3].isWon());
    CHECK(deals.stages[4].isLost());
    CHECK(deals.stages[0].isOpen());
    CHECK(deals.stages[0].probability == 10);
    CHECK(deals.stages[2].probability == 60);
    CHECK(deals.stages[3].probability == 100);
    CHECK(deals.stages[4].probability == 0);
    std::set<std::string> colours;
    for (const Stage &stage : deals.stages)
        colours.insert(stage.color);
    CHECK(colours.size() == deals.stages.size());

    REQUIRE(deals.fields.size() == 3);
    CHECK(deals.fields[0].name == "Product");
    CHECK(deals.fields[0].type == FieldType::Choice);
    CHECK(deals.fields[1].name == "Source");
    CHECK(deals.fields[1].options == std::vector<std::string>{"Inbound", "Outbound", "Referral"});
    CHECK(deals.fields[2].name == "Next step");
    CHECK(deals.fields[2].type == FieldType::Text);

    const auto views = required(repository->views(deals.folder.id));
    REQUIRE(views.size() == 2);
    CHECK(views[0].name == "All deals");
    CHECK(views[0].hiddenColumns.empty());
    CHECK(views[1].name == "Open pipeline");
    CHECK(views[1].hiddenColumns == std::vector<std::string>{stageColumnKey(deals.stages[3].id),
                                                             stageColumnKey(deals.stages[4].id)});
}

TEST_CASE("The starter setup has the Consulting deals folder")
{
    auto repository = memoryRepository();
    requireOk(seedStarterSetup(*repository));

    const FolderSnapshot consulting = snapshotOf(*repository, "Consulting deals");
    CHECK(stageNames(consulting.stages) ==
          std::vector<std::string>{"Qualification", "Contact", "Demo", "Proposal", "Close"});
    CHECK(consulting.stages.back().isWon());
    const auto views = required(repository->views(consulting.folder.id));
    REQUIRE(views.size() == 1);
    CHECK(views[0].name == "All deals");
    CHECK(required(repository->folders()).size() == 2);
}

TEST_CASE("The starter folders have lost reasons and rotting limits on their open stages")
{
    auto repository = memoryRepository();
    requireOk(seedStarterSetup(*repository));
    const std::vector<std::string> reasons{"Price", "Competitor", "No budget", "No decision"};

    for (const char *name : {"Deals", "Consulting deals"}) {
        INFO(name);
        const FolderSnapshot snapshot = snapshotOf(*repository, name);
        std::vector<std::string> names;
        for (const LostReason &reason : snapshot.lostReasons)
            names.push_back(reason.name);
        CHECK(names == reasons);
        for (const Stage &stage : snapshot.stages) {
            INFO(stage.name);
            CHECK(stage.rottingDays.has_value() == stage.isOpen());
            if (stage.rottingDays)
                CHECK((*stage.rottingDays == 14 || *stage.rottingDays == 21));
        }
    }
}

TEST_CASE("Every lost demo deal gives a reason, and a few open ones are rotting")
{
    auto repository = memoryRepository();
    requireOk(seedStarterSetup(*repository));
    const FolderSnapshot deals = snapshotOf(*repository, "Deals");
    const Timestamp now = currentTimestamp();

    std::set<std::string> givenReasons;
    int rotting = 0;
    for (const Deal &deal : deals.deals) {
        const auto found = std::ranges::find(deals.stages, deal.stageId, &Stage::id);
        REQUIRE(found != deals.stages.end());
        const Stage &stage = *found;
        if (stage.isLost())
            givenReasons.insert(deal.lostReason);
        else
            CHECK(deal.lostReason.empty());
        rotting += isRotting(deal, stage, now) ? 1 : 0;
    }
    CHECK(givenReasons == std::set<std::string>{"Price", "Competitor", "No budget", "No decision"});
    CHECK(rotting >= 1);
    CHECK(rotting <= 3);
}

TEST_CASE("The demo deals are believable: every column used, several currencies, varied ages")
{
    auto repository = memoryRepository();
    const Timestamp before = currentTimestamp();
    requireOk(seedStarterSetup(*repository));

    const FolderSnapshot deals = snapshotOf(*repository, "Deals");
    const FolderSnapshot consulting = snapshotOf(*repository, "Consulting deals");
    CHECK(deals.deals.size() + consulting.deals.size() >= 30);

    std::map<std::string, int> currencies;
    std::set<int> daysInStage;
    std::set<std::string> owners;
    for (const FolderSnapshot *snapshot : {&deals, &consulting}) {
        std::set<StageId> usedStages;
        for (const Deal &deal : snapshot->deals) {
            CHECK_FALSE(deal.title.empty());
            CHECK_FALSE(deal.company.empty());
            CHECK_FALSE(deal.contact.empty());
            REQUIRE(deal.value.has_value());
            CHECK(deal.value->minor > 0);
            CHECK(deal.expectedClose.has_value());
            CHECK(deal.createdAt < before);
            CHECK(deal.createdAt <= deal.stageEnteredAt);
            CHECK(deal.stageEnteredAt <= before);
            ++currencies[deal.value->currency];
            daysInStage.insert(wholeDaysBetween(deal.stageEnteredAt, before));
            owners.insert(deal.owner);
            usedStages.insert(deal.stageId);
        }
        CHECK(usedStages.size() == snapshot->stages.size());
    }
    CHECK(currencies["EUR"] >= 10);
    CHECK(currencies["USD"] >= 10);
    CHECK(currencies["GBP"] >= 2);
    CHECK(daysInStage.size() >= 10);
    CHECK(owners.size() >= 4);
}

TEST_CASE("The demo deals of Deals fill the custom fields, and their history is recorded")
{
    auto repository = memoryRepository();
    requireOk(seedStarterSetup(*repository));
    const FolderSnapshot deals = snapshotOf(*repository, "Deals");
    const FieldId product = deals.fields[0].id;
    const FieldId source = deals.fields[1].id;

    int withNextStep = 0;
    for (const Deal &deal : deals.deals) {
        CHECK(deal.fields.contains(product));
        CHECK(deal.fields.contains(source));
        withNextStep += deal.fields.contains(deals.fields[2].id) ? 1 : 0;

        const auto history = required(repository->stageHistory(deal.id));
        REQUIRE(history.size() == 1);
        CHECK(history[0].toStageId == deal.stageId);
        CHECK(history[0].at == deal.stageEnteredAt);
    }
    CHECK(withNextStep > 0);
    CHECK(withNextStep < int(deals.deals.size()));
}

TEST_CASE("Seeding twice fails and leaves the first setup as it was")
{
    auto repository = memoryRepository();
    requireOk(seedStarterSetup(*repository));
    const auto folder = required(repository->folderByName("Deals"));
    REQUIRE(folder.has_value());
    const int count = required(repository->dealCount(folder->id));

    CHECK_FALSE(seedStarterSetup(*repository).has_value());

    CHECK(required(repository->folders()).size() == 2);
    CHECK(required(repository->dealCount(folder->id)) == count);
}

TEST_CASE("A seeded database file is not new when opened again")
{
    TempDirectory directory;
    const auto file = directory / "seeded.db";
    {
        auto repository = required(Repository::open(file));
        REQUIRE(repository->isNew());
        requireOk(seedStarterSetup(*repository));
    }

    auto reopened = required(Repository::open(file));
    CHECK_FALSE(reopened->isNew());
    CHECK(required(reopened->folders()).size() == 2);
}

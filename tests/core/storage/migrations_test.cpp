// Migrating files written by earlier versions of Dealboard.
#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "core/storage/repository.h"
#include "support/required.h"
#include "support/tempdirectory.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <string>

using namespace dealboard;
using namespace dealboard::test;
using Catch::Matchers::ContainsSubstring;

namespace {

// A file as Dealboard with schema 1 left it: the version 1 SQL, one folder with an open
// and a lost stage, a deal in each with its history, and a view.
void writeVersion1File(const std::filesystem::path &file)
{
    auto database = required(Database::open(file));
    database->execute(schemaMigrations()[0].sql);
    database->execute(R"sql(
INSERT INTO folders (id, name, name_key, position) VALUES (1, 'Deals', 'deals', 0);
INSERT INTO stages (id, folder_id, name, name_key, position, color, kind, probability)
    VALUES (1, 1, 'New', 'new', 0, '#1e88e5', 'open', 10),
           (2, 1, 'Lost', 'lost', 1, '#e53935', 'lost', 0);
INSERT INTO deals (id, folder_id, stage_id, position, title, value_minor, currency, close_date,
                   custom_fields, created_at, updated_at, stage_entered_at, version)
    VALUES (1, 1, 1, 65536, 'Fleet tracking', 1850000, 'EUR', '2026-03-01', '{}',
            1700000000000, 1700000000000, 1700000000000, 1),
           (2, 1, 2, 65536, 'Gallery CRM', NULL, NULL, NULL, '{}',
            1700000000000, 1700000500000, 1700000500000, 2);
INSERT INTO stage_history (deal_id, from_stage_id, to_stage_id, changed_at)
    VALUES (1, NULL, 1, 1700000000000), (2, NULL, 1, 1700000000000),
           (2, 1, 2, 1700000500000);
INSERT INTO saved_views (folder_id, name, name_key, position, definition)
    VALUES (1, 'Open pipeline', 'open pipeline', 0,
            '{"format":1,"group_by":"stage","hidden_columns":["stage:2"]}');
)sql");
    database->execute("PRAGMA application_id = " + std::to_string(dealboardApplicationId));
    database->execute("PRAGMA user_version = 1");
}

} // namespace

TEST_CASE("A version 1 file is migrated to the latest schema with its data intact")
{
    TempDirectory directory;
    const auto file = directory / "version1.db";
    writeVersion1File(file);

    auto repository = required(Repository::open(file));

    CHECK_FALSE(repository->isNew());
    CHECK(repository->schemaVersion() == Repository::latestSchemaVersion());
    const FolderSnapshot snapshot = required(repository->snapshot(1));
    CHECK(snapshot.folder.name == "Deals");
    REQUIRE(snapshot.stages.size() == 2);
    CHECK(snapshot.stages[0].name == "New");
    CHECK(snapshot.stages[0].probability == 10);
    CHECK_FALSE(snapshot.stages[0].rottingDays.has_value());
    CHECK(snapshot.stages[1].isLost());
    CHECK(snapshot.lostReasons.empty());

    REQUIRE(snapshot.deals.size() == 2);
    const Deal &fleet = snapshot.deals[0];
    CHECK(fleet.title == "Fleet tracking");
    REQUIRE(fleet.value.has_value());
    CHECK(fleet.value->minor == 1850000);
    CHECK(fleet.expectedClose->toIso() == "2026-03-01");
    CHECK_FALSE(fleet.probability.has_value());
    CHECK(fleet.lostReason.empty());
    CHECK(snapshot.deals[1].version == 2);
    CHECK(required(repository->stageHistory(2)).size() == 2);

    const auto view = required(repository->viewByName(1, "open pipeline"));
    REQUIRE(view.has_value());
    CHECK(view->hiddenColumns == std::vector<std::string>{"stage:2"});
}

TEST_CASE("A migrated version 1 file takes the new values")
{
    TempDirectory directory;
    const auto file = directory / "version1.db";
    writeVersion1File(file);
    auto repository = required(Repository::open(file));

    Stage stage = required(repository->stage(1));
    stage.rottingDays = 14;
    requireOk(repository->updateStage(stage));
    const LostReason price = required(repository->addLostReason(1, "Price"));
    Deal deal = required(repository->deal(1));
    deal.probability = 35;
    required(repository->updateDeal(deal));
    required(repository->moveDeal(1, 2, std::nullopt, std::nullopt, StageEntry{"Price", {}}));
    repository.reset();

    auto reopened = required(Repository::open(file));
    CHECK(required(reopened->stage(1)).rottingDays == 14);
    const Deal lost = required(reopened->deal(1));
    CHECK(lost.probability == 35);
    CHECK(lost.lostReason == "Price");
    CHECK(required(reopened->lostReasons(1)).at(0).id == price.id);
}

TEST_CASE("The schema refuses values the rules forbid even when written around the repository")
{
    auto database = required(Database::openInMemory());
    for (const Migration &migration : schemaMigrations())
        database->execute(migration.sql);
    database->execute("INSERT INTO folders (id, name, name_key, position) VALUES (1, 'D', 'd', 0)");

    CHECK_THROWS(database->execute(
        "INSERT INTO stages (folder_id, name, name_key, position, color, kind, probability,"
        " rotting_days) VALUES (1, 'New', 'new', 0, '#000000', 'open', 0, 0)"));
    database->execute("INSERT INTO lost_reasons (folder_id, name, name_key, position)"
                      " VALUES (1, 'Price', 'price', 0)");
    CHECK_THROWS(database->execute("INSERT INTO lost_reasons (folder_id, name, name_key, position)"
                                   " VALUES (1, 'PRICE', 'price', 1)"));
}

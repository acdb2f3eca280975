// Opening, creating, migrating and refusing database files.
#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "core/storage/repository.h"
#include "support/domainbuilders.h"
#include "support/files.h"
#include "support/repositoryfixtures.h"
#include "support/required.h"
#include "support/tempdirectory.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

using namespace dealboard;
using namespace dealboard::test;
using Catch::Matchers::ContainsSubstring;

namespace {

// Sets PRAGMAs with a bare connection, as another program (or a newer Dealboard) would.
void writeRawPragma(const std::filesystem::path &file, const std::string &pragma)
{
    auto database = required(Database::open(file));
    database->execute("PRAGMA " + pragma);
}

} // namespace

TEST_CASE("A new database file is created, migrated to the latest schema and in WAL mode")
{
    TempDirectory directory;
    const auto file = directory / "nested/folder/dealboard.db";

    auto repository = required(Repository::open(file));

    CHECK(repository->isNew());
    CHECK(repository->schemaVersion() == Repository::latestSchemaVersion());
    CHECK(Repository::latestSchemaVersion() == latestMigrationVersion());
    CHECK(std::filesystem::exists(file));
    repository.reset();

    auto database = required(Database::open(file));
    CHECK(database->journalMode() == "wal");
    CHECK(database->pragmaInteger("application_id") == dealboardApplicationId);
}

TEST_CASE("Migrations are numbered from 1 without gaps")
{
    int expected = 1;
    for (const Migration &migration : schemaMigrations()) {
        CHECK(migration.version == expected);
        CHECK_FALSE(migration.sql.empty());
        ++expected;
    }
}

TEST_CASE("A database in memory is new and fully migrated")
{
    auto repository = memoryRepository();
    CHECK(repository->isNew());
    CHECK(repository->schemaVersion() == Repository::latestSchemaVersion());
}

TEST_CASE("Reopening a database keeps its data and the order of its columns")
{
    TempDirectory directory;
    const auto file = directory / "dealboard.db";
    std::vector<DealId> order;
    {
        auto repository = required(Repository::open(file));
        const Pipeline pipeline = makePipeline(*repository);
        for (const char *title : {"First", "Second", "Third"})
            order.push_back(required(repository->createDeal(
                                         newDeal(pipeline.folder.id, pipeline.won.id, title)))
                                .id);
        // Put the third card on top, so the order is not simply the order of creation.
        required(repository->moveDeal(order[2], pipeline.won.id, order[0]));
        order = {order[2], order[0], order[1]};
    }

    auto reopened = required(Repository::open(file));
    CHECK_FALSE(reopened->isNew());
    const auto folder = required(reopened->folderByName("deals"));
    REQUIRE(folder.has_value());
    const auto snapshot = required(reopened->snapshot(folder->id));
    REQUIRE(snapshot.stages.size() == 3);
    CHECK(snapshot.stages[0].name == "New");
    CHECK(snapshot.stages[1].name == "Won");
    CHECK(snapshot.stages[2].name == "Lost");
    REQUIRE(snapshot.deals.size() == 3);
    for (std::size_t i = 0; i < order.size(); ++i)
        CHECK(snapshot.deals[i].id == order[i]);
}

TEST_CASE("A database written by a newer Dealboard is refused and left byte for byte as it was")
{
    TempDirectory directory;
    const auto file = directory / "newer.db";
    {
        auto repository = required(Repository::open(file));
        makePipeline(*repository);
    }
    const int newer = Repository::latestSchemaVersion() + 1;

    SECTION("in WAL mode, as Dealboard leaves it")
    {
        writeRawPragma(file, "user_version = " + std::to_string(newer));
    }
    SECTION("in rollback journal mode, which must not be switched to WAL")
    {
        writeRawPragma(file, "journal_mode = DELETE");
        writeRawPragma(file, "user_version = " + std::to_string(newer));
    }

    const std::string before = readFile(file);
    REQUIRE_FALSE(std::filesystem::exists(directory / "newer.db-wal"));

    const auto refused = Repository::open(file);

    REQUIRE_FALSE(refused.has_value());
    CHECK_THAT(refused.error(), ContainsSubstring("newer version of Dealboard"));
    CHECK_THAT(refused.error(), ContainsSubstring("schema " + std::to_string(newer)));
    CHECK_THAT(
        refused.error(),
        ContainsSubstring("knows up to " + std::to_string(Repository::latestSchemaVersion())));
    CHECK_THAT(refused.error(), ContainsSubstring("left untouched"));
    CHECK(readFile(file) == before);
    CHECK_FALSE(std::filesystem::exists(directory / "newer.db-wal"));
    CHECK_FALSE(std::filesystem::exists(directory / "newer.db-shm"));
}

TEST_CASE("A file that is not an SQLite database is refused and left as it was")
{
    TempDirectory directory;
    const auto file = directory / "notes.db";
    const std::string text = "title,company\nBig deal,ACME\n" + std::string(200, 'x');
    writeFile(file, text);

    const auto refused = Repository::open(file);

    REQUIRE_FALSE(refused.has_value());
    CHECK_THAT(refused.error(), ContainsSubstring("not an SQLite database"));
    CHECK(readFile(file) == text);
}

TEST_CASE("A very short file is not taken for a database")
{
    TempDirectory directory;
    const auto file = directory / "short.db";
    writeFile(file, "SQLite");

    const auto refused = Repository::open(file);

    REQUIRE_FALSE(refused.has_value());
    CHECK_THAT(refused.error(), ContainsSubstring("not an SQLite database"));
}

TEST_CASE("An empty file becomes a new database")
{
    TempDirectory directory;
    const auto file = directory / "empty.db";
    std::ofstream(file).close();

    auto repository = required(Repository::open(file));
    CHECK(repository->isNew());
    CHECK(repository->schemaVersion() == Repository::latestSchemaVersion());
}

TEST_CASE("Another program's SQLite database is refused and left as it was")
{
    TempDirectory directory;
    const auto file = directory / "other.db";

    SECTION("with tables and no application id")
    {
        auto database = required(Database::open(file));
        database->execute("CREATE TABLE songs (title TEXT)");
    }
    SECTION("with another application id")
    {
        writeRawPragma(file, "application_id = 1234");
    }
    const std::string before = readFile(file);

    const auto refused = Repository::open(file);

    REQUIRE_FALSE(refused.has_value());
    CHECK_THAT(refused.error(), ContainsSubstring("another program"));
    CHECK(readFile(file) == before);
}

TEST_CASE("A folder is refused as a database file")
{
    TempDirectory directory;

    const auto refused = Repository::open(directory.path());

    REQUIRE_FALSE(refused.has_value());
    CHECK_THAT(refused.error(), ContainsSubstring("is a folder"));
}

TEST_CASE("Foreign keys are enforced on an opened database")
{
    TempDirectory directory;
    const auto file = directory / "keys.db";
    auto repository = required(Repository::open(file));
    const Pipeline pipeline = makePipeline(*repository);
    const Deal deal = required(
        repository->createDeal(newDeal(pipeline.folder.id, pipeline.newStage.id, "Keyed")));
    repository.reset();

    // A second connection configured the same way cannot break the link to the stage.
    auto database = required(Database::open(file));
    database->configure();
    CHECK(database->pragmaInteger("foreign_keys") == 1);
    CHECK_THROWS(database->query("DELETE FROM stages WHERE id = ?1").bind(deal.stageId).run());
}

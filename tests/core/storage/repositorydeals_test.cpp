// Creating, reading, updating and deleting deals.
#include "core/storage/repository.h"
#include "support/domainbuilders.h"
#include "support/repositoryfixtures.h"
#include "support/required.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

using namespace dealboard;
using namespace dealboard::test;
using Catch::Matchers::ContainsSubstring;
using namespace std::chrono_literals;

TEST_CASE("A created deal reads back with every field, at the end of its column")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);
    const Deal first =
        required(repository->createDeal(newDeal(pipeline.folder.id, pipeline.newStage.id, "A")));

    Deal deal = newDeal(pipeline.folder.id, pipeline.newStage.id, "Fleet renewal");
    deal.externalId = "CRM-17";
    deal.company = "Nordlicht Logistik GmbH";
    deal.contact = "Jana Höfer";
    deal.owner = "Dana Whitfield";
    deal.value = Money{1'250'000, "EUR"};
    deal.expectedClose = Date::fromParts(2024, 2, 29);
    const Timestamp before = currentTimestamp();
    const Deal created = required(repository->createDeal(deal));

    CHECK(created.id > 0);
    CHECK(created.version == 1);
    CHECK(created.position > first.position);
    CHECK(created.createdAt >= before);
    CHECK(created.updatedAt == created.createdAt);
    CHECK(created.stageEnteredAt == created.createdAt);

    const Deal stored = required(repository->deal(created.id));
    CHECK(stored.folderId == pipeline.folder.id);
    CHECK(stored.externalId == "CRM-17");
    CHECK(stored.title == "Fleet renewal");
    CHECK(stored.company == "Nordlicht Logistik GmbH");
    CHECK(stored.contact == "Jana Höfer");
    CHECK(stored.owner == "Dana Whitfield");
    CHECK(stored.value == Money{1'250'000, "EUR"});
    CHECK(stored.expectedClose == Date::fromParts(2024, 2, 29));
    CHECK(stored.stageId == pipeline.newStage.id);
    CHECK(stored.position == created.position);
    CHECK(stored.createdAt == created.createdAt);
    CHECK(stored.version == 1);
    CHECK(required(repository->dealCount(pipeline.folder.id)) == 2);
}

TEST_CASE("A deal without value or close date keeps them empty")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);

    const Deal created =
        required(repository->createDeal(newDeal(pipeline.folder.id, pipeline.newStage.id, "Bare")));

    const Deal stored = required(repository->deal(created.id));
    CHECK_FALSE(stored.value.has_value());
    CHECK_FALSE(stored.expectedClose.has_value());
    CHECK(stored.fields.empty());
}

TEST_CASE("Times given to createDeal are kept and the first history entry agrees")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);
    Deal deal = newDeal(pipeline.folder.id, pipeline.won.id, "Old deal");
    deal.createdAt = timestampFromMillis(1'700'000'000'000);
    deal.stageEnteredAt = timestampFromMillis(1'700'500'000'000);

    const Deal created = required(repository->createDeal(deal));

    const Deal stored = required(repository->deal(created.id));
    CHECK(stored.createdAt == deal.createdAt);
    CHECK(stored.stageEnteredAt == deal.stageEnteredAt);
    const auto history = required(repository->stageHistory(created.id));
    REQUIRE(history.size() == 1);
    CHECK_FALSE(history[0].fromStageId.has_value());
    CHECK(history[0].toStageId == pipeline.won.id);
    CHECK(history[0].at == deal.stageEnteredAt);
}

TEST_CASE("Deals with bad values are refused and nothing is written")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);
    const Pipeline other = makePipeline(*repository, "Other");

    Deal deal = newDeal(pipeline.folder.id, pipeline.newStage.id, "Valid");
    std::string expected;
    SECTION("empty title")
    {
        deal.title = "  ";
        expected = "needs a title";
    }
    SECTION("lower-case currency")
    {
        deal.value = Money{100, "eur"};
        expected = "not a currency code";
    }
    SECTION("currency of four letters")
    {
        deal.value = Money{100, "EURO"};
        expected = "not a currency code";
    }
    SECTION("stage of another folder")
    {
        deal.stageId = other.newStage.id;
        expected = "belongs to another folder";
    }
    SECTION("stage that does not exist")
    {
        deal.stageId = 9999;
        expected = "no stage";
    }

    const auto refused = repository->createDeal(deal);

    REQUIRE_FALSE(refused.has_value());
    CHECK_THAT(refused.error(), ContainsSubstring(expected));
    CHECK(required(repository->dealCount(pipeline.folder.id)) == 0);
    CHECK(required(repository->dealCount(other.folder.id)) == 0);
}

TEST_CASE("External ids are unique within a folder, not across folders")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);
    const Pipeline other = makePipeline(*repository, "Other");
    Deal deal = newDeal(pipeline.folder.id, pipeline.newStage.id, "Imported");
    deal.externalId = "OPP-1";
    const Deal created = required(repository->createDeal(deal));

    Deal twin = newDeal(pipeline.folder.id, pipeline.won.id, "Twin");
    twin.externalId = "OPP-1";
    const auto refused = repository->createDeal(twin);
    REQUIRE_FALSE(refused.has_value());
    CHECK_THAT(refused.error(), ContainsSubstring("already has the external id \"OPP-1\""));

    Deal elsewhere = newDeal(other.folder.id, other.newStage.id, "Elsewhere");
    elsewhere.externalId = "OPP-1";
    required(repository->createDeal(elsewhere));

    // Deals without an external id never clash.
    required(repository->createDeal(newDeal(pipeline.folder.id, pipeline.newStage.id, "No id")));
    required(repository->createDeal(newDeal(pipeline.folder.id, pipeline.newStage.id, "No id")));

    const auto found = required(repository->dealByExternalId(pipeline.folder.id, "OPP-1"));
    REQUIRE(found.has_value());
    CHECK(found->id == created.id);
    CHECK_FALSE(required(repository->dealByExternalId(pipeline.folder.id, "OPP-2")).has_value());
    CHECK_FALSE(required(repository->dealByExternalId(pipeline.folder.id, "")).has_value());

    Deal second = required(repository->deal(
        required(repository->createDeal(newDeal(pipeline.folder.id, pipeline.won.id, "Second")))
            .id));
    second.externalId = "OPP-1";
    CHECK_FALSE(repository->updateDeal(second).has_value());
}

TEST_CASE("Custom field values of every type round-trip")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);
    const FolderId folderId = pipeline.folder.id;
    const auto text = required(repository->addField(folderId, newField("Next step")));
    const auto number =
        required(repository->addField(folderId, newField("Seats", FieldType::Number)));
    const auto money =
        required(repository->addField(folderId, newField("Setup fee", FieldType::Money)));
    const auto date =
        required(repository->addField(folderId, newField("Kick-off", FieldType::Date)));
    const auto choice = required(repository->addField(
        folderId, newField("Source", FieldType::Choice, {"Inbound", "Outbound"})));
    const auto person =
        required(repository->addField(folderId, newField("Champion", FieldType::Person)));

    Deal deal = newDeal(folderId, pipeline.newStage.id, "Custom");
    deal.fields[text.id] = "Send the proposal";
    deal.fields[number.id] = 250;
    deal.fields[money.id] = {{"minor", 99'900}, {"currency", "GBP"}};
    deal.fields[date.id] = "2025-03-01";
    deal.fields[choice.id] = "Inbound";
    deal.fields[person.id] = "Łucja Nowak";
    const Deal created = required(repository->createDeal(deal));

    const Deal stored = required(repository->deal(created.id));
    CHECK(stored.fields == deal.fields);
    const auto snapshot = required(repository->snapshot(folderId));
    REQUIRE(snapshot.deals.size() == 1);
    CHECK(snapshot.deals[0].fields == deal.fields);
    CHECK(snapshot.fields.size() == 6);
}

TEST_CASE("Custom field values of the wrong shape are refused")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);
    const FolderId folderId = pipeline.folder.id;
    const auto number =
        required(repository->addField(folderId, newField("Seats", FieldType::Number)));
    const auto money = required(repository->addField(folderId, newField("Fee", FieldType::Money)));
    const auto date =
        required(repository->addField(folderId, newField("Kick-off", FieldType::Date)));
    const auto choice = required(
        repository->addField(folderId, newField("Source", FieldType::Choice, {"Inbound"})));

    Deal deal = newDeal(folderId, pipeline.newStage.id, "Bad values");
    std::string expected;
    SECTION("text for a number")
    {
        deal.fields[number.id] = "many";
        expected = "must be a number";
    }
    SECTION("money without currency")
    {
        deal.fields[money.id] = {{"minor", 5}};
        expected = "three-letter currency";
    }
    SECTION("impossible date")
    {
        deal.fields[date.id] = "2023-02-29";
        expected = "YYYY-MM-DD";
    }
    SECTION("choice that is not an option")
    {
        deal.fields[choice.id] = "Outbound";
        expected = "not one of the options";
    }
    SECTION("field of no folder")
    {
        deal.fields[12345] = "x";
        expected = "does not have";
    }

    const auto refused = repository->createDeal(deal);

    REQUIRE_FALSE(refused.has_value());
    CHECK_THAT(refused.error(), ContainsSubstring(expected));
    CHECK(required(repository->dealCount(folderId)) == 0);
}

TEST_CASE("updateDeal writes every field and changes the version")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);
    const auto source = required(repository->addField(
        pipeline.folder.id, newField("Source", FieldType::Choice, {"Inbound"})));
    Deal deal = required(
        repository->createDeal(newDeal(pipeline.folder.id, pipeline.newStage.id, "Draft")));
    const std::int64_t position = deal.position;

    deal.title = "Final";
    deal.company = "Harbor & Finch";
    deal.value = Money{42'00, "USD"};
    deal.expectedClose = Date::fromParts(2025, 12, 31);
    deal.fields[source.id] = "Inbound";
    const Deal updated = required(repository->updateDeal(deal));

    CHECK(updated.version == deal.version + 1);
    CHECK(updated.position == position);
    CHECK(updated.updatedAt >= deal.updatedAt);
    const Deal stored = required(repository->deal(deal.id));
    CHECK(stored.title == "Final");
    CHECK(stored.company == "Harbor & Finch");
    CHECK(stored.value == Money{42'00, "USD"});
    CHECK(stored.expectedClose == Date::fromParts(2025, 12, 31));
    CHECK(stored.fields.at(source.id) == "Inbound");
    CHECK(stored.version == updated.version);
    CHECK(stored.createdAt == deal.createdAt);

    // Clearing values stores them as missing; a null custom value means "no value".
    Deal cleared = stored;
    cleared.value.reset();
    cleared.expectedClose.reset();
    cleared.fields[source.id] = nullptr;
    required(repository->updateDeal(cleared));
    const Deal emptied = required(repository->deal(deal.id));
    CHECK_FALSE(emptied.value.has_value());
    CHECK_FALSE(emptied.expectedClose.has_value());
    CHECK(emptied.fields.empty());
    CHECK(required(repository->stageHistory(deal.id)).size() == 1);
}

TEST_CASE("updateDeal refuses a stale version and leaves the newer one")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);
    const Deal original = required(
        repository->createDeal(newDeal(pipeline.folder.id, pipeline.newStage.id, "Shared")));

    Deal mine = original;
    mine.title = "Mine";
    Deal theirs = original;
    theirs.title = "Theirs";
    required(repository->updateDeal(theirs));

    const auto refused = repository->updateDeal(mine);

    REQUIRE_FALSE(refused.has_value());
    CHECK_THAT(refused.error(), ContainsSubstring("changed elsewhere"));
    CHECK(required(repository->deal(original.id)).title == "Theirs");
}

TEST_CASE("A move makes an older copy of the deal stale")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);
    const Deal original = required(
        repository->createDeal(newDeal(pipeline.folder.id, pipeline.newStage.id, "Moving")));

    required(repository->moveDeal(original.id, pipeline.won.id));

    Deal stale = original;
    stale.title = "Renamed";
    CHECK_FALSE(repository->updateDeal(stale).has_value());
    CHECK(required(repository->deal(original.id)).stageId == pipeline.won.id);
}

TEST_CASE("updateDeal records a stage change and puts the deal at the end of its new column")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);
    const Deal waiting =
        required(repository->createDeal(newDeal(pipeline.folder.id, pipeline.won.id, "Waiting")));
    Deal deal = required(
        repository->createDeal(newDeal(pipeline.folder.id, pipeline.newStage.id, "Closing")));

    deal.stageId = pipeline.won.id;
    const Deal updated = required(repository->updateDeal(deal));

    CHECK(updated.position > waiting.position);
    CHECK(updated.stageEnteredAt >= deal.stageEnteredAt);
    const auto history = required(repository->stageHistory(deal.id));
    REQUIRE(history.size() == 2);
    CHECK(history[1].fromStageId == pipeline.newStage.id);
    CHECK(history[1].toStageId == pipeline.won.id);
}

TEST_CASE("updateDeal cannot move a deal to another folder or revive a deleted one")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);
    const Pipeline other = makePipeline(*repository, "Other");
    Deal deal =
        required(repository->createDeal(newDeal(pipeline.folder.id, pipeline.newStage.id, "Stay")));

    Deal moved = deal;
    moved.folderId = other.folder.id;
    moved.stageId = other.newStage.id;
    CHECK_FALSE(repository->updateDeal(moved).has_value());

    requireOk(repository->deleteDeal(deal.id));
    const auto gone = repository->updateDeal(deal);
    REQUIRE_FALSE(gone.has_value());
    CHECK_THAT(gone.error(), ContainsSubstring("no longer exists"));
}

TEST_CASE("deleteDeal removes the deal and its stage history")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);
    const Deal deal = required(
        repository->createDeal(newDeal(pipeline.folder.id, pipeline.newStage.id, "Doomed")));
    required(repository->moveDeal(deal.id, pipeline.won.id));
    REQUIRE(required(repository->stageHistory(deal.id)).size() == 2);

    requireOk(repository->deleteDeal(deal.id));

    CHECK_FALSE(repository->deal(deal.id).has_value());
    CHECK(required(repository->stageHistory(deal.id)).empty());
    CHECK(required(repository->dealCount(pipeline.folder.id)) == 0);
    const auto again = repository->deleteDeal(deal.id);
    REQUIRE_FALSE(again.has_value());
    CHECK_THAT(again.error(), ContainsSubstring("no deal"));
}

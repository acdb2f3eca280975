// Folders, stages, custom fields and saved views.
#include "core/domain/text.h"
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

TEST_CASE("Folders are created in order and found by name ignoring case and spaces")
{
    auto repository = memoryRepository();

    const Folder deals = required(repository->createFolder("  Deals "));
    const Folder consulting = required(repository->createFolder("Consulting deals"));

    CHECK(deals.name == "Deals");
    const auto folders = required(repository->folders());
    REQUIRE(folders.size() == 2);
    CHECK(folders[0].id == deals.id);
    CHECK(folders[1].id == consulting.id);
    CHECK(folders[0].position < folders[1].position);

    const auto found = required(repository->folderByName("DEALS"));
    REQUIRE(found.has_value());
    CHECK(found->id == deals.id);
    CHECK_FALSE(required(repository->folderByName("Nothing")).has_value());
    CHECK(required(repository->folder(consulting.id)).name == "Consulting deals");
}

TEST_CASE("Folder names must be present and unique")
{
    auto repository = memoryRepository();
    required(repository->createFolder("Deals"));

    const auto duplicate = repository->createFolder(" deals ");
    REQUIRE_FALSE(duplicate.has_value());
    CHECK_THAT(duplicate.error(), ContainsSubstring("already exists"));

    const auto empty = repository->createFolder("   ");
    REQUIRE_FALSE(empty.has_value());
    CHECK_THAT(empty.error(), ContainsSubstring("needs a name"));

    CHECK(required(repository->folders()).size() == 1);
    CHECK_FALSE(repository->folder(999).has_value());
}

TEST_CASE("Stages are appended in order with their colour, kind and probability")
{
    auto repository = memoryRepository();
    const Folder folder = required(repository->createFolder("Deals"));

    const Stage first = required(repository->addStage(
        folder.id, Stage{.name = "New", .color = "#1e88e5", .probability = 10}));
    const Stage won = required(repository->addStage(
        folder.id,
        Stage{.name = "Won", .color = "#43a047", .kind = StageKind::Won, .probability = 100}));

    const auto stages = required(repository->stages(folder.id));
    REQUIRE(stages.size() == 2);
    CHECK(stages[0].id == first.id);
    CHECK(stages[0].folderId == folder.id);
    CHECK(stages[0].color == "#1e88e5");
    CHECK(stages[0].probability == 10);
    CHECK(stages[0].isOpen());
    CHECK(stages[1].id == won.id);
    CHECK(stages[1].isWon());
    CHECK(stages[1].probability == 100);
    CHECK(stages[0].position < stages[1].position);
}

TEST_CASE("A stage moves to another place in the stage set and keeps its deals")
{
    auto repository = memoryRepository();
    const Folder folder = required(repository->createFolder("Deals"));
    const Stage first = required(repository->addStage(folder.id, Stage{.name = "New"}));
    const Stage won =
        required(repository->addStage(folder.id, Stage{.name = "Won", .kind = StageKind::Won}));
    const Stage demo = required(repository->addStage(folder.id, Stage{.name = "Demo"}));
    const Deal deal = required(repository->createDeal(newDeal(folder.id, demo.id, "A")));

    REQUIRE(repository->moveStage(demo.id, 1));

    const auto names = [&] {
        std::vector<std::string> result;
        for (const Stage &stage : required(repository->stages(folder.id)))
            result.push_back(stage.name);
        return result;
    };
    CHECK(names() == std::vector<std::string>{"New", "Demo", "Won"});
    CHECK(required(repository->deal(deal.id)).stageId == demo.id);

    REQUIRE(repository->moveStage(first.id, 99));
    CHECK(names() == std::vector<std::string>{"Demo", "Won", "New"});
    REQUIRE(repository->moveStage(won.id, -3));
    CHECK(names() == std::vector<std::string>{"Won", "Demo", "New"});

    const Status missing = repository->moveStage(9999, 0);
    REQUIRE_FALSE(missing);
    CHECK_THAT(missing.error(), ContainsSubstring("no stage"));
}

TEST_CASE("Duplicate stage names are refused ignoring case and surrounding spaces")
{
    auto repository = memoryRepository();
    const Folder folder = required(repository->createFolder("Deals"));
    required(repository->addStage(folder.id, Stage{.name = " won "}));

    const auto duplicate = repository->addStage(folder.id, Stage{.name = "WON"});

    REQUIRE_FALSE(duplicate.has_value());
    CHECK_THAT(duplicate.error(), ContainsSubstring("already exists in folder \"Deals\""));
    const auto stages = required(repository->stages(folder.id));
    REQUIRE(stages.size() == 1);
    CHECK(stages[0].name == "won");
}

TEST_CASE("The same stage name may be used in two folders")
{
    auto repository = memoryRepository();
    const Folder deals = required(repository->createFolder("Deals"));
    const Folder consulting = required(repository->createFolder("Consulting"));

    required(repository->addStage(deals.id, Stage{.name = "Won"}));
    required(repository->addStage(consulting.id, Stage{.name = "Won"}));

    CHECK(required(repository->stages(consulting.id)).size() == 1);
}

TEST_CASE("Stages with bad values are refused")
{
    auto repository = memoryRepository();
    const Folder folder = required(repository->createFolder("Deals"));

    const auto [stage, expected] = GENERATE(table<Stage, std::string>({
        {Stage{.name = ""}, "needs a name"},
        {Stage{.name = "Blue", .color = "blue"}, "not a colour"},
        {Stage{.name = "Sure", .probability = 101}, "between 0 and 100"},
        {Stage{.name = "Never", .probability = -1}, "between 0 and 100"},
    }));

    const auto refused = repository->addStage(folder.id, stage);
    REQUIRE_FALSE(refused.has_value());
    CHECK_THAT(refused.error(), ContainsSubstring(expected));
    CHECK(required(repository->stages(folder.id)).empty());
}

TEST_CASE("A stage needs an existing folder")
{
    auto repository = memoryRepository();
    const auto refused = repository->addStage(42, Stage{.name = "New"});
    REQUIRE_FALSE(refused.has_value());
    CHECK_THAT(refused.error(), ContainsSubstring("no folder"));
}

TEST_CASE("Custom fields keep their type and options, and can be renamed")
{
    auto repository = memoryRepository();
    const Folder folder = required(repository->createFolder("Deals"));

    FieldDefinition source = newField("Source", FieldType::Choice, {"Inbound", "Outbound"});
    source = required(repository->addField(folder.id, source));
    const FieldDefinition next = required(repository->addField(folder.id, newField("Next step")));

    auto fields = required(repository->fields(folder.id));
    REQUIRE(fields.size() == 2);
    CHECK(fields[0].id == source.id);
    CHECK(fields[0].type == FieldType::Choice);
    CHECK(fields[0].options == std::vector<std::string>{"Inbound", "Outbound"});
    CHECK(fields[1].id == next.id);
    CHECK(fields[1].type == FieldType::Text);

    source.name = "Lead source";
    source.options.push_back("Partner");
    requireOk(repository->updateField(source));
    fields = required(repository->fields(folder.id));
    CHECK(fields[0].name == "Lead source");
    CHECK(fields[0].options.size() == 3);
}

TEST_CASE("Field names must be unique, present and not those of built-in fields")
{
    auto repository = memoryRepository();
    const Folder folder = required(repository->createFolder("Deals"));
    const FieldDefinition product = required(repository->addField(folder.id, newField("Product")));

    const auto [name, expected] = GENERATE(table<std::string, std::string>({
        {" PRODUCT", "already exists"},
        {"", "needs a name"},
        {"Title", "built-in"},
        {"close date", "built-in"},
        {"Owner ", "built-in"},
    }));

    const auto refused = repository->addField(folder.id, newField(name));
    REQUIRE_FALSE(refused.has_value());
    CHECK_THAT(refused.error(), ContainsSubstring(expected));
    CHECK(required(repository->fields(folder.id)).size() == 1);

    FieldDefinition renamed = product;
    renamed.name = name;
    if (nameKey(name) != "product")
        CHECK_FALSE(repository->updateField(renamed).has_value());
}

TEST_CASE("A field's type cannot change and its choices cannot repeat")
{
    auto repository = memoryRepository();
    const Folder folder = required(repository->createFolder("Deals"));
    FieldDefinition field =
        required(repository->addField(folder.id, newField("Size", FieldType::Choice, {"S"})));

    field.type = FieldType::Number;
    const auto typeChange = repository->updateField(field);
    REQUIRE_FALSE(typeChange.has_value());
    CHECK_THAT(typeChange.error(), ContainsSubstring("cannot be changed"));

    field.type = FieldType::Choice;
    field.options = {"S", "S"};
    const auto repeated = repository->updateField(field);
    REQUIRE_FALSE(repeated.has_value());
    CHECK_THAT(repeated.error(), ContainsSubstring("twice"));
    CHECK(required(repository->fields(folder.id))[0].options == std::vector<std::string>{"S"});
}

TEST_CASE("Saved views round-trip their definition and are found by name")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);

    SavedView open;
    open.folderId = pipeline.folder.id;
    open.name = "Open pipeline";
    open.hiddenColumns = {stageColumnKey(pipeline.won.id), stageColumnKey(pipeline.lost.id)};
    open.filters = {ViewFilter{"owner", FilterOperator::Is, "Dana", ""}};
    open.sort = ViewSort{"value", true};
    open.cardFields = {"company", "value"};
    open = required(repository->createView(open));
    const SavedView all = required(repository->createView(newView(pipeline.folder.id, "All")));

    const auto views = required(repository->views(pipeline.folder.id));
    REQUIRE(views.size() == 2);
    CHECK(views[0] == open);
    CHECK(views[1] == all);

    const auto found = required(repository->viewByName(pipeline.folder.id, " open PIPELINE"));
    REQUIRE(found.has_value());
    CHECK(*found == open);
    CHECK_FALSE(required(repository->viewByName(pipeline.folder.id, "Closed")).has_value());
}

TEST_CASE("Saved views can be changed, and their names are unique per folder")
{
    auto repository = memoryRepository();
    const Pipeline pipeline = makePipeline(*repository);
    SavedView first = required(repository->createView(newView(pipeline.folder.id, "A")));
    required(repository->createView(newView(pipeline.folder.id, "B")));

    const auto duplicate = repository->createView(newView(pipeline.folder.id, "a"));
    REQUIRE_FALSE(duplicate.has_value());
    CHECK_THAT(duplicate.error(), ContainsSubstring("already exists"));

    first.name = "b";
    CHECK_FALSE(repository->updateView(first).has_value());

    first.name = "Mine";
    first.hiddenColumns = {stageColumnKey(pipeline.lost.id)};
    requireOk(repository->updateView(first));
    const auto stored = required(repository->viewByName(pipeline.folder.id, "mine"));
    REQUIRE(stored.has_value());
    CHECK(*stored == first);
}

// Reading, reordering and removing custom fields, and renaming a choice option everywhere.
#include "core/board/board.h"
#include "core/storage/repository.h"
#include "support/domainbuilders.h"
#include "support/repositoryfixtures.h"
#include "support/required.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <algorithm>

using namespace dealboard;
using namespace dealboard::test;
using Catch::Matchers::ContainsSubstring;

namespace {

std::vector<std::string> fieldNames(Repository &repository, FolderId folderId)
{
    std::vector<std::string> names;
    for (const auto &field : required(repository.fields(folderId)))
        names.push_back(field.name);
    return names;
}

std::vector<int> fieldPositions(Repository &repository, FolderId folderId)
{
    std::vector<int> positions;
    for (const auto &field : required(repository.fields(folderId)))
        positions.push_back(field.position);
    return positions;
}

Deal createDealWith(Repository &repository, const Pipeline &pipeline, const std::string &title,
                    std::map<FieldId, nlohmann::json> values)
{
    Deal deal = newDeal(pipeline.folder.id, pipeline.newStage.id, title);
    deal.fields = std::move(values);
    return required(repository.createDeal(deal));
}

// A folder with a choice field "Plan" (Basic, Gold), a text field "Notes" and a money field.
struct FieldSetup
{
    Pipeline pipeline;
    FieldDefinition plan;
    FieldDefinition notes;
    FieldDefinition budget;
};

FieldSetup makeFieldSetup(Repository &repository)
{
    FieldSetup setup;
    setup.pipeline = makePipeline(repository);
    const FolderId folderId = setup.pipeline.folder.id;
    setup.plan = required(
        repository.addField(folderId, newField("Plan", FieldType::Choice, {"Basic", "Gold"})));
    setup.notes = required(repository.addField(folderId, newField("Notes")));
    setup.budget = required(repository.addField(folderId, newField("Budget", FieldType::Money)));
    return setup;
}

} // namespace

TEST_CASE("A field is read by its id")
{
    auto repository = memoryRepository();
    const auto setup = makeFieldSetup(*repository);

    const FieldDefinition plan = required(repository->field(setup.plan.id));
    CHECK(plan.name == "Plan");
    CHECK(plan.type == FieldType::Choice);
    CHECK(plan.options == std::vector<std::string>{"Basic", "Gold"});
    CHECK(plan.folderId == setup.pipeline.folder.id);

    const auto missing = repository->field(999);
    REQUIRE_FALSE(missing.has_value());
    CHECK_THAT(missing.error(), ContainsSubstring("no field with id 999"));
}

TEST_CASE("A field moves to another place among its folder's fields")
{
    auto repository = memoryRepository();
    const auto setup = makeFieldSetup(*repository);
    const FolderId folderId = setup.pipeline.folder.id;

    requireOk(repository->moveField(setup.budget.id, 0));
    CHECK(fieldNames(*repository, folderId) == std::vector<std::string>{"Budget", "Plan", "Notes"});
    CHECK(fieldPositions(*repository, folderId) == std::vector<int>{0, 1, 2});

    requireOk(repository->moveField(setup.budget.id, 99));
    CHECK(fieldNames(*repository, folderId) == std::vector<std::string>{"Plan", "Notes", "Budget"});

    requireOk(repository->moveField(setup.plan.id, 1));
    CHECK(fieldNames(*repository, folderId) == std::vector<std::string>{"Notes", "Plan", "Budget"});

    const auto missing = repository->moveField(999, 0);
    REQUIRE_FALSE(missing.has_value());
    CHECK_THAT(missing.error(), ContainsSubstring("no field with id 999"));
}

TEST_CASE("fieldValueCount counts the deals of the folder that hold a value")
{
    auto repository = memoryRepository();
    const auto setup = makeFieldSetup(*repository);
    createDealWith(*repository, setup.pipeline, "One", {{setup.plan.id, "Gold"}});
    createDealWith(*repository, setup.pipeline, "Two",
                   {{setup.plan.id, "Basic"}, {setup.notes.id, "call back"}});
    createDealWith(*repository, setup.pipeline, "Three", {{setup.notes.id, ""}});
    createDealWith(*repository, setup.pipeline, "Four", {});

    CHECK(required(repository->fieldValueCount(setup.plan.id)) == 2);
    CHECK(required(repository->fieldValueCount(setup.notes.id)) == 1); // "" holds nothing
    CHECK(required(repository->fieldValueCount(setup.budget.id)) == 0);
    CHECK_FALSE(repository->fieldValueCount(999).has_value());
}

TEST_CASE("Deleting a field removes its value from every deal and nothing else")
{
    auto repository = memoryRepository();
    const auto setup = makeFieldSetup(*repository);
    const Deal both = createDealWith(
        *repository, setup.pipeline, "Both",
        {{setup.plan.id, "Gold"}, {setup.budget.id, {{"minor", 500}, {"currency", "EUR"}}}});
    const Deal planOnly =
        createDealWith(*repository, setup.pipeline, "Plan", {{setup.plan.id, "Basic"}});
    const Deal untouched =
        createDealWith(*repository, setup.pipeline, "Notes", {{setup.notes.id, "x"}});

    requireOk(repository->deleteField(setup.plan.id));

    CHECK(fieldNames(*repository, setup.pipeline.folder.id) ==
          std::vector<std::string>{"Notes", "Budget"});
    CHECK(fieldPositions(*repository, setup.pipeline.folder.id) == std::vector<int>{0, 1});
    CHECK_FALSE(repository->field(setup.plan.id).has_value());

    const Deal bothAfter = required(repository->deal(both.id));
    CHECK(bothAfter.fields.size() == 1);
    CHECK(bothAfter.fields.at(setup.budget.id) ==
          nlohmann::json{{"minor", 500}, {"currency", "EUR"}});
    CHECK(bothAfter.version > both.version); // an editor holding the old value is stale
    CHECK(required(repository->deal(planOnly.id)).fields.empty());
    const Deal untouchedAfter = required(repository->deal(untouched.id));
    CHECK(untouchedAfter.fields == untouched.fields);
    CHECK(untouchedAfter.version == untouched.version);

    // The snapshot reads cleanly and a deal can be written again without the field.
    const auto snapshot = required(repository->snapshot(setup.pipeline.folder.id));
    CHECK(snapshot.fields.size() == 2);
    Deal edited = bothAfter;
    edited.title = "Both, edited";
    CHECK(repository->updateDeal(edited).has_value());
    CHECK_FALSE(repository->deleteField(setup.plan.id).has_value());
}

TEST_CASE("Deleting a field inside a transaction that fails leaves every value in place")
{
    auto repository = memoryRepository();
    const auto setup = makeFieldSetup(*repository);
    const Deal deal = createDealWith(*repository, setup.pipeline, "One", {{setup.plan.id, "Gold"}});

    const Status status = repository->inTransaction([&]() -> Status {
        requireOk(repository->deleteField(setup.plan.id));
        return failure("the user cancelled");
    });
    CHECK_FALSE(status.has_value());

    CHECK(required(repository->field(setup.plan.id)).name == "Plan");
    const Deal after = required(repository->deal(deal.id));
    CHECK(after.fields.at(setup.plan.id) == "Gold");
    CHECK(after.version == deal.version);
}

TEST_CASE("A view naming a deleted field still builds and says what it left out")
{
    auto repository = memoryRepository();
    const auto setup = makeFieldSetup(*repository);
    createDealWith(*repository, setup.pipeline, "One", {{setup.plan.id, "Gold"}});
    SavedView view = newView(setup.pipeline.folder.id, "Gold plans");
    view.filters = {{customFieldRef(setup.plan.id), FilterOperator::Is, "Gold", ""}};
    view = required(repository->createView(view));

    requireOk(repository->deleteField(setup.plan.id));

    const Board board = buildBoard(required(repository->snapshot(setup.pipeline.folder.id)),
                                   required(repository->view(view.id)));
    CHECK(dealCount(board) == 1);
    REQUIRE(board.warnings.size() == 1);
    CHECK_THAT(board.warnings.front(), ContainsSubstring("deleted field"));
}

TEST_CASE("Renaming a choice option renames it in the field, on deals and in views")
{
    auto repository = memoryRepository();
    const auto setup = makeFieldSetup(*repository);
    const FolderId folderId = setup.pipeline.folder.id;
    const std::string planRef = customFieldRef(setup.plan.id);
    const Deal gold = createDealWith(*repository, setup.pipeline, "Gold deal",
                                     {{setup.plan.id, "Gold"}, {setup.notes.id, "Gold"}});
    const Deal basic =
        createDealWith(*repository, setup.pipeline, "Basic deal", {{setup.plan.id, "Basic"}});

    SavedView byPlan = newView(folderId, "By plan");
    byPlan.groupBy = planRef;
    byPlan.hiddenColumns = {"Gold", ""};
    byPlan.filters = {{planRef, FilterOperator::Is, "gold", ""},
                      {planRef, FilterOperator::Between, "Basic", "Gold"},
                      {customFieldRef(setup.notes.id), FilterOperator::Is, "Gold", ""}};
    byPlan = required(repository->createView(byPlan));
    SavedView byNotes = newView(folderId, "By notes");
    byNotes.groupBy = customFieldRef(setup.notes.id);
    byNotes.hiddenColumns = {"Gold"};
    byNotes = required(repository->createView(byNotes));

    requireOk(repository->renameChoiceOption(setup.plan.id, "Gold", "  Platinum "));

    CHECK(required(repository->field(setup.plan.id)).options ==
          std::vector<std::string>{"Basic", "Platinum"});

    const Deal goldAfter = required(repository->deal(gold.id));
    CHECK(goldAfter.fields.at(setup.plan.id) == "Platinum");
    CHECK(goldAfter.fields.at(setup.notes.id) == "Gold"); // another field keeps its text
    CHECK(goldAfter.version > gold.version);
    const Deal basicAfter = required(repository->deal(basic.id));
    CHECK(basicAfter.fields.at(setup.plan.id) == "Basic");
    CHECK(basicAfter.version == basic.version);

    const SavedView planView = required(repository->view(byPlan.id));
    CHECK(planView.hiddenColumns == std::vector<std::string>{"Platinum", ""});
    REQUIRE(planView.filters.size() == 3);
    CHECK(planView.filters[0].value == "Platinum");
    CHECK(planView.filters[1].value == "Basic");
    CHECK(planView.filters[1].value2 == "Platinum");
    CHECK(planView.filters[2].value == "Gold"); // a filter on another field is left alone
    CHECK(required(repository->view(byNotes.id)).hiddenColumns == std::vector<std::string>{"Gold"});

    // The renamed deal can be saved again: its value is one of the options.
    Deal edited = goldAfter;
    edited.title = "Platinum deal";
    CHECK(repository->updateDeal(edited).has_value());
}

TEST_CASE("Renaming an option to its own name in another case is allowed")
{
    auto repository = memoryRepository();
    const auto setup = makeFieldSetup(*repository);
    requireOk(repository->renameChoiceOption(setup.plan.id, "Gold", "GOLD"));
    CHECK(required(repository->field(setup.plan.id)).options ==
          std::vector<std::string>{"Basic", "GOLD"});
}

TEST_CASE("Renaming a choice option is refused when it makes no sense, and changes nothing")
{
    auto repository = memoryRepository();
    const auto setup = makeFieldSetup(*repository);
    const Deal deal = createDealWith(*repository, setup.pipeline, "One",
                                     {{setup.plan.id, "Gold"}, {setup.notes.id, "Gold"}});

    struct Refusal
    {
        FieldId field;
        std::string oldName;
        std::string newName;
        std::string message;
    };
    const std::vector<Refusal> refusals{
        {setup.plan.id, "Gold", "basic", "already has the option \"Basic\""},
        {setup.plan.id, "Gold", "Basic", "already has the option \"Basic\""},
        {setup.plan.id, "Gold", "   ", "needs a name"},
        {setup.plan.id, "Silver", "Bronze", "\"Silver\" is not an option of field \"Plan\""},
        {setup.plan.id, "gold", "Bronze", "is not an option"},
        {setup.notes.id, "Gold", "Platinum", "\"Notes\" is not a choice field"},
        {setup.budget.id, "Gold", "Platinum", "not a choice field"},
        {999, "Gold", "Platinum", "no field with id 999"},
    };
    for (const auto &refusal : refusals) {
        INFO(refusal.oldName << " -> " << refusal.newName);
        const Status status =
            repository->renameChoiceOption(refusal.field, refusal.oldName, refusal.newName);
        REQUIRE_FALSE(status.has_value());
        CHECK_THAT(status.error(), ContainsSubstring(refusal.message));
    }

    CHECK(required(repository->field(setup.plan.id)).options ==
          std::vector<std::string>{"Basic", "Gold"});
    const Deal after = required(repository->deal(deal.id));
    CHECK(after.fields == deal.fields);
    CHECK(after.version == deal.version);
}

TEST_CASE("Removing a field and renaming an option are undone exactly")
{
    auto repository = memoryRepository();
    const auto setup = makeFieldSetup(*repository);
    const FolderId folderId = setup.pipeline.folder.id;
    const Deal gold = createDealWith(*repository, setup.pipeline, "Gold deal",
                                     {{setup.plan.id, "Gold"}, {setup.notes.id, "call"}});
    SavedView view = newView(folderId, "Gold");
    view.groupBy = customFieldRef(setup.plan.id);
    view.hiddenColumns = {"Gold"};
    view = required(repository->createView(view));
    const auto fieldsBefore = required(repository->fields(folderId));
    requireOk(repository->enableUndo());

    requireOk(repository->recordStep("Rename option", [&] {
        return repository->renameChoiceOption(setup.plan.id, "Gold", "Platinum");
    }));
    requireOk(repository->recordStep("Remove field",
                                     [&] { return repository->deleteField(setup.plan.id); }));
    CHECK(required(repository->deal(gold.id)).fields.size() == 1);

    CHECK(required(repository->undo()).label == "Remove field");
    CHECK(required(repository->deal(gold.id)).fields.at(setup.plan.id) == "Platinum");
    CHECK(required(repository->undo()).label == "Rename option");

    const Deal after = required(repository->deal(gold.id));
    CHECK(after.fields == gold.fields);
    CHECK(after.version == gold.version);
    const auto fieldsAfter = required(repository->fields(folderId));
    REQUIRE(fieldsAfter.size() == fieldsBefore.size());
    for (std::size_t i = 0; i < fieldsAfter.size(); ++i) {
        CHECK(fieldsAfter[i].id == fieldsBefore[i].id);
        CHECK(fieldsAfter[i].options == fieldsBefore[i].options);
        CHECK(fieldsAfter[i].position == fieldsBefore[i].position);
    }
    CHECK(required(repository->view(view.id)) == view);
}

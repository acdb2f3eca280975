// Reading, copying, reordering, renaming and deleting saved views.
#include "core/storage/repository.h"
#include "support/domainbuilders.h"
#include "support/repositoryfixtures.h"
#include "support/required.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

using namespace dealboard;
using namespace dealboard::test;
using Catch::Matchers::ContainsSubstring;

namespace {

std::vector<std::string> viewNames(Repository &repository, FolderId folderId)
{
    std::vector<std::string> names;
    for (const auto &view : required(repository.views(folderId)))
        names.push_back(view.name);
    return names;
}

std::vector<int> viewPositions(Repository &repository, FolderId folderId)
{
    std::vector<int> positions;
    for (const auto &view : required(repository.views(folderId)))
        positions.push_back(view.position);
    return positions;
}

// A folder with the views "Pipeline" (open stages only, filtered and sorted), "Owners" and
// "Products".
struct ViewSetup
{
    Pipeline pipeline;
    SavedView pipelineView;
    SavedView owners;
    SavedView products;
};

ViewSetup makeViewSetup(Repository &repository)
{
    ViewSetup setup;
    setup.pipeline = makePipeline(repository);
    const FolderId folderId = setup.pipeline.folder.id;

    SavedView pipelineView = newView(folderId, "Pipeline");
    pipelineView.hiddenColumns = {stageColumnKey(setup.pipeline.won.id),
                                  stageColumnKey(setup.pipeline.lost.id)};
    pipelineView.filters = {{"value", FilterOperator::Greater, "1000", ""}};
    pipelineView.sort = {"value", true};
    pipelineView.cardFields = {"owner", "value"};
    setup.pipelineView = required(repository.createView(pipelineView));

    SavedView owners = newView(folderId, "Owners");
    owners.groupBy = "owner";
    setup.owners = required(repository.createView(owners));
    setup.products = required(repository.createView(newView(folderId, "Products")));
    return setup;
}

} // namespace

TEST_CASE("A view is read by its id with its whole definition")
{
    auto repository = memoryRepository();
    const auto setup = makeViewSetup(*repository);

    CHECK(required(repository->view(setup.pipelineView.id)) == setup.pipelineView);
    CHECK(required(repository->view(setup.owners.id)).groupBy == "owner");

    const auto missing = repository->view(999);
    REQUIRE_FALSE(missing.has_value());
    CHECK_THAT(missing.error(), ContainsSubstring("no view with id 999"));
}

TEST_CASE("A duplicated view is a copy placed right after the original")
{
    auto repository = memoryRepository();
    const auto setup = makeViewSetup(*repository);
    const FolderId folderId = setup.pipeline.folder.id;

    const SavedView copy =
        required(repository->duplicateView(setup.pipelineView.id, " Big deals "));

    CHECK(copy.id != setup.pipelineView.id);
    CHECK(copy.name == "Big deals");
    CHECK(copy.folderId == folderId);
    CHECK(copy.position == 1);
    CHECK(copy.definitionToJson() == setup.pipelineView.definitionToJson());
    CHECK(required(repository->view(copy.id)) == copy);
    CHECK(viewNames(*repository, folderId) ==
          std::vector<std::string>{"Pipeline", "Big deals", "Owners", "Products"});
    CHECK(viewPositions(*repository, folderId) == std::vector<int>{0, 1, 2, 3});

    // The copy is its own view: changing it leaves the original alone.
    SavedView changed = copy;
    changed.filters.clear();
    requireOk(repository->updateView(changed));
    CHECK(required(repository->view(setup.pipelineView.id)).filters.size() == 1);

    const SavedView last = required(repository->duplicateView(setup.products.id, "Products 2"));
    CHECK(last.position == 4);
    CHECK(viewNames(*repository, folderId).back() == "Products 2");
}

TEST_CASE("Duplicating a view is refused without a new unique name")
{
    auto repository = memoryRepository();
    const auto setup = makeViewSetup(*repository);
    const FolderId folderId = setup.pipeline.folder.id;

    for (const std::string name : {"Pipeline", " owners ", "PRODUCTS"}) {
        const auto copy = repository->duplicateView(setup.pipelineView.id, name);
        REQUIRE_FALSE(copy.has_value());
        CHECK_THAT(copy.error(), ContainsSubstring("already exists in folder \"Deals\""));
    }
    const auto unnamed = repository->duplicateView(setup.pipelineView.id, "  ");
    REQUIRE_FALSE(unnamed.has_value());
    CHECK_THAT(unnamed.error(), ContainsSubstring("needs a name"));
    const auto missing = repository->duplicateView(999, "Copy");
    REQUIRE_FALSE(missing.has_value());
    CHECK_THAT(missing.error(), ContainsSubstring("no view with id 999"));

    CHECK(viewNames(*repository, folderId) ==
          std::vector<std::string>{"Pipeline", "Owners", "Products"});

    // The same name is fine in another folder.
    const Folder other = required(repository->createFolder("Other"));
    required(repository->createView(newView(other.id, "Elsewhere")));
    CHECK(repository->duplicateView(setup.pipelineView.id, "Elsewhere").has_value());
}

TEST_CASE("A view moves to another place among its folder's views")
{
    auto repository = memoryRepository();
    const auto setup = makeViewSetup(*repository);
    const FolderId folderId = setup.pipeline.folder.id;

    requireOk(repository->moveView(setup.products.id, 0));
    CHECK(viewNames(*repository, folderId) ==
          std::vector<std::string>{"Products", "Pipeline", "Owners"});
    CHECK(viewPositions(*repository, folderId) == std::vector<int>{0, 1, 2});

    requireOk(repository->moveView(setup.products.id, 10));
    CHECK(viewNames(*repository, folderId) ==
          std::vector<std::string>{"Pipeline", "Owners", "Products"});

    requireOk(repository->moveView(setup.pipelineView.id, -3));
    CHECK(viewNames(*repository, folderId).front() == "Pipeline");

    CHECK_FALSE(repository->moveView(999, 0).has_value());
}

TEST_CASE("A deleted view is gone and the others close the gap")
{
    auto repository = memoryRepository();
    const auto setup = makeViewSetup(*repository);
    const FolderId folderId = setup.pipeline.folder.id;

    requireOk(repository->deleteView(setup.owners.id));
    CHECK(viewNames(*repository, folderId) == std::vector<std::string>{"Pipeline", "Products"});
    CHECK(viewPositions(*repository, folderId) == std::vector<int>{0, 1});
    CHECK_FALSE(repository->view(setup.owners.id).has_value());
    CHECK_FALSE(required(repository->viewByName(folderId, "Owners")).has_value());

    // Its name is free again.
    CHECK(repository->createView(newView(folderId, "Owners")).has_value());
    const auto missing = repository->deleteView(setup.owners.id);
    REQUIRE_FALSE(missing.has_value());
    CHECK_THAT(missing.error(), ContainsSubstring("no view with id"));
}

TEST_CASE("Renaming a view refuses an empty name or another view's name")
{
    auto repository = memoryRepository();
    const auto setup = makeViewSetup(*repository);

    SavedView renamed = required(repository->view(setup.owners.id));
    renamed.name = "pipeline";
    const Status duplicate = repository->updateView(renamed);
    REQUIRE_FALSE(duplicate.has_value());
    CHECK_THAT(duplicate.error(), ContainsSubstring("\"Pipeline\" already exists"));

    renamed.name = " ";
    const Status empty = repository->updateView(renamed);
    REQUIRE_FALSE(empty.has_value());
    CHECK_THAT(empty.error(), ContainsSubstring("needs a name"));
    CHECK(required(repository->view(setup.owners.id)).name == "Owners");

    renamed.name = "OWNERS"; // its own name in another case
    requireOk(repository->updateView(renamed));
    renamed.name = "By owner";
    requireOk(repository->updateView(renamed));
    CHECK(required(repository->view(setup.owners.id)).name == "By owner");
}

TEST_CASE("Duplicating, moving and deleting views are undone exactly")
{
    auto repository = memoryRepository();
    const auto setup = makeViewSetup(*repository);
    const FolderId folderId = setup.pipeline.folder.id;
    const auto before = required(repository->views(folderId));
    requireOk(repository->enableUndo());

    requireOk(repository->recordStep("Duplicate", [&] {
        const auto copy = repository->duplicateView(setup.owners.id, "Owners 2");
        return copy ? Status{} : Status(failure(copy.error()));
    }));
    requireOk(
        repository->recordStep("Move", [&] { return repository->moveView(setup.products.id, 0); }));
    requireOk(repository->recordStep(
        "Delete", [&] { return repository->deleteView(setup.pipelineView.id); }));
    CHECK(viewNames(*repository, folderId) ==
          std::vector<std::string>{"Products", "Owners", "Owners 2"});

    for (int step = 0; step < 3; ++step)
        required(repository->undo());
    CHECK(required(repository->views(folderId)) == before);

    for (int step = 0; step < 3; ++step)
        required(repository->redo());
    CHECK(viewNames(*repository, folderId) ==
          std::vector<std::string>{"Products", "Owners", "Owners 2"});
}

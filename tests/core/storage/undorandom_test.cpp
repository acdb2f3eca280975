// The proof that undo and redo are exact: on the real Maven CRM data, a long random run of
// every kind of change the Repository offers, each one step, is undone back to the start
// and redone to the end, and every row of every table is compared with what it was.
//
// The seed is fixed so that a failure can be replayed; DEALBOARD_UNDO_SEED picks another.
#include "core/io/importer.h"
#include "core/storage/repository.h"
#include "support/databasedump.h"
#include "support/domainbuilders.h"
#include "support/required.h"
#include "support/tempdirectory.h"

#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <iostream>
#include <map>
#include <random>
#include <string>
#include <vector>

using namespace dealboard;
using namespace dealboard::test;

namespace {

const std::filesystem::path mavenPipeline =
    std::filesystem::path(DEALBOARD_MAVEN_DIR) / "sales_pipeline.csv";

constexpr std::uint32_t defaultSeed = 20261204;
constexpr int changeCount = 400;

std::uint32_t seedToUse()
{
    if (const char *text = std::getenv("DEALBOARD_UNDO_SEED"))
        return std::uint32_t(std::strtoul(text, nullptr, 10));
    return defaultSeed;
}

template <typename T> Status asStatus(const Result<T> &result)
{
    return result ? Status{} : failure(result.error());
}

// Makes random changes of every kind to a repository, each as one recorded step. A change
// may be refused (a duplicate name, the last stage of a folder): then no step is recorded,
// which is part of what the test checks.
class RandomChanges final
{
public:
    RandomChanges(Repository &repository, std::uint32_t seed)
        : m_repository(repository)
        , m_random(seed)
    {
        m_kinds = {
            {"create deal",
             [this] {
                 return createDeal();
             }},
            {"update deal",
             [this] {
                 return updateDeal();
             }},
            {"move deal",
             [this] {
                 return moveDeal();
             }},
            {"move deal",
             [this] {
                 return moveDeal();
             }},
            {"delete deal",
             [this] {
                 return deleteDeal();
             }},
            {"create folder",
             [this] {
                 return createFolder();
             }},
            {"rename folder",
             [this] {
                 return renameFolder();
             }},
            {"move folder",
             [this] {
                 return moveFolder();
             }},
            {"delete folder",
             [this] {
                 return deleteFolder();
             }},
            {"add stage",
             [this] {
                 return addStage();
             }},
            {"update stage",
             [this] {
                 return updateStage();
             }},
            {"move stage",
             [this] {
                 return moveStage();
             }},
            {"delete stage",
             [this] {
                 return deleteStage();
             }},
            {"add field",
             [this] {
                 return addField();
             }},
            {"update field",
             [this] {
                 return updateField();
             }},
            {"move field",
             [this] {
                 return moveField();
             }},
            {"delete field",
             [this] {
                 return deleteField();
             }},
            {"rename choice option",
             [this] {
                 return renameChoiceOption();
             }},
            {"add lost reason",
             [this] {
                 return addLostReason();
             }},
            {"rename lost reason",
             [this] {
                 return renameLostReason();
             }},
            {"move lost reason",
             [this] {
                 return moveLostReason();
             }},
            {"delete lost reason",
             [this] {
                 return deleteLostReason();
             }},
            {"create view",
             [this] {
                 return createView();
             }},
            {"update view",
             [this] {
                 return updateView();
             }},
            {"duplicate view",
             [this] {
                 return duplicateView();
             }},
            {"move view",
             [this] {
                 return moveView();
             }},
            {"delete view",
             [this] {
                 return deleteView();
             }},
        };
        m_largestDealId = largestDealId();
        const auto maven = required(m_repository.folderByName("Maven"));
        REQUIRE(maven.has_value());
        m_mavenId = maven->id;
    }

    // Applies one random change as one step named after its kind. A refused change, and
    // one that changed nothing (a move to where it already was), records no step.
    void applyOne()
    {
        const auto &[kind, change] = m_kinds[index(m_kinds.size())];
        ++m_tried[kind];
        const std::size_t stepsBefore = required(m_repository.undoSteps()).size();
        const Status status = m_repository.recordStep(kind, change);
        const std::size_t stepsAfter = required(m_repository.undoSteps()).size();
        INFO(kind << ": " << (status ? std::string("written") : status.error()));
        if (!status) {
            CHECK(stepsAfter == stepsBefore);
            return;
        }
        CHECK(stepsAfter <= stepsBefore + 1);
        if (stepsAfter == stepsBefore + 1)
            ++m_recorded[kind];
    }

    // Deletes the folder with all the Maven deals: the largest cascade there is.
    Status deleteMavenFolder()
    {
        return m_repository.recordStep("delete folder",
                                       [&] { return m_repository.deleteFolder(m_mavenId); });
    }

    const std::map<std::string, int> &tried() const { return m_tried; }
    // Changes that were written as a step, by kind.
    const std::map<std::string, int> &recorded() const { return m_recorded; }

private:
    std::size_t index(std::size_t size)
    {
        return std::uniform_int_distribution<std::size_t>(0, size - 1)(m_random);
    }
    int number(int low, int high)
    {
        return std::uniform_int_distribution<int>(low, high)(m_random);
    }
    bool chance(int percent) { return number(1, 100) <= percent; }
    std::string name(const std::string &prefix)
    {
        return prefix + " " + std::to_string(++m_counter);
    }

    template <typename T> std::optional<T> pick(const std::vector<T> &items)
    {
        if (items.empty())
            return std::nullopt;
        return items[index(items.size())];
    }

    std::int64_t largestDealId()
    {
        std::int64_t largest = 0;
        for (const Folder &folder : required(m_repository.folders())) {
            for (const Deal &deal : required(m_repository.snapshot(folder.id)).deals)
                largest = std::max(largest, deal.id);
        }
        return largest;
    }

    // Half of the time the Maven folder while it exists: it has the deals.
    std::optional<Folder> randomFolder()
    {
        const std::vector<Folder> folders = required(m_repository.folders());
        const auto maven = std::ranges::find(folders, m_mavenId, &Folder::id);
        if (maven != folders.end() && chance(50))
            return *maven;
        return pick(folders);
    }

    std::optional<Stage> randomStage(FolderId folderId)
    {
        return pick(required(m_repository.stages(folderId)));
    }

    // A deal picked by id; ids of deleted deals are tried again a few times.
    std::optional<Deal> randomDeal()
    {
        for (int attempt = 0; attempt < 20 && m_largestDealId > 0; ++attempt) {
            if (auto deal = m_repository.deal(number(1, int(m_largestDealId))))
                return *deal;
        }
        return std::nullopt;
    }

    std::optional<FieldDefinition> randomField(FolderId folderId, bool choiceOnly = false)
    {
        std::vector<FieldDefinition> fields = required(m_repository.fields(folderId));
        if (choiceOnly)
            std::erase_if(fields,
                          [](const auto &field) { return field.type != FieldType::Choice; });
        return pick(fields);
    }

    Money randomMoney()
    {
        return Money{std::int64_t(number(0, 5'000'000)), chance(80) ? "USD" : "EUR"};
    }

    std::string randomColor()
    {
        static constexpr const char *colors[] = {"#e53935", "#43a047", "#1e88e5",
                                                 "#fdd835", "#8e24aa", "#607d8b"};
        return colors[index(std::size(colors))];
    }

    // A value a deal may hold in field, or nothing when the field takes none of these.
    std::optional<nlohmann::json> randomValue(const FieldDefinition &field)
    {
        switch (field.type) {
        case FieldType::Text:
        case FieldType::Person:
            return nlohmann::json(name("Value"));
        case FieldType::Number:
            return nlohmann::json(number(-1000, 1000));
        case FieldType::Money:
            return nlohmann::json{{"minor", number(0, 100000)}, {"currency", "USD"}};
        case FieldType::Date:
            return nlohmann::json("2026-0" + std::to_string(number(1, 9)) + "-1" +
                                  std::to_string(number(0, 9)));
        case FieldType::Choice:
            if (field.options.empty())
                return std::nullopt;
            return nlohmann::json(field.options[index(field.options.size())]);
        }
        return std::nullopt;
    }

    StageEntry entryFor(const Stage &stage)
    {
        StageEntry entry;
        if (stage.isLost() && chance(70)) {
            if (auto reason = pick(required(m_repository.lostReasons(stage.folderId))))
                entry.lostReason = reason->name;
        }
        if (stage.isWon() && chance(50))
            entry.closeDate =
                Date::fromParts(2026, unsigned(number(1, 12)), unsigned(number(1, 28)));
        return entry;
    }

    // Deals ---------------------------------------------------------------------------

    Status createDeal()
    {
        const auto folder = randomFolder();
        const auto stage = folder ? randomStage(folder->id) : std::nullopt;
        if (!stage)
            return failure("no stage to create a deal in");
        Deal deal = newDeal(folder->id, stage->id, name("Random deal"));
        deal.company = name("Company");
        deal.owner = chance(50) ? "Moses Frase" : name("Owner");
        if (chance(70))
            deal.value = randomMoney();
        if (const auto field = randomField(folder->id); field && chance(60)) {
            if (auto value = randomValue(*field))
                deal.fields[field->id] = *value;
        }
        const auto created = m_repository.createDeal(deal);
        if (created)
            m_largestDealId = std::max(m_largestDealId, created->id);
        return asStatus(created);
    }

    Status updateDeal()
    {
        auto deal = randomDeal();
        if (!deal)
            return failure("no deal");
        deal->title = name("Renamed deal");
        if (chance(50))
            deal->value = chance(80) ? std::optional(randomMoney()) : std::nullopt;
        if (chance(30))
            deal->probability = chance(70) ? std::optional(number(0, 100)) : std::nullopt;
        if (chance(30)) {
            if (auto stage = randomStage(deal->folderId))
                deal->stageId = stage->id;
        }
        if (const auto field = randomField(deal->folderId); field && chance(50)) {
            if (auto value = randomValue(*field))
                deal->fields[field->id] = *value;
            else
                deal->fields.erase(field->id);
        }
        return asStatus(m_repository.updateDeal(*deal));
    }

    Status moveDeal()
    {
        const auto deal = randomDeal();
        const auto stage = deal ? randomStage(deal->folderId) : std::nullopt;
        if (!stage)
            return failure("no deal or stage");
        std::optional<DealId> before;
        if (chance(50)) {
            if (const auto other = randomDeal(); other && other->stageId == stage->id)
                before = other->id;
        }
        return asStatus(
            m_repository.moveDeal(deal->id, stage->id, before, deal->version, entryFor(*stage)));
    }

    Status deleteDeal()
    {
        const auto deal = randomDeal();
        return deal ? m_repository.deleteDeal(deal->id) : failure("no deal");
    }

    // Folders -------------------------------------------------------------------------

    Status createFolder()
    {
        const auto folder = m_repository.createFolder(name("Folder"));
        if (!folder)
            return failure(folder.error());
        // A folder is only useful with stages, lost reasons and a view; they are part of
        // the same step.
        for (const std::string stage : {"Lead", "Won", "Lost"}) {
            Stage added{.name = stage, .kind = guessStageKind(stage)};
            if (auto status = asStatus(m_repository.addStage(folder->id, added)); !status)
                return status;
        }
        for (const std::string reason : {"Price", "Timing"}) {
            if (auto status = asStatus(m_repository.addLostReason(folder->id, reason)); !status)
                return status;
        }
        return asStatus(m_repository.createView(newView(folder->id, "Pipeline")));
    }

    Status renameFolder()
    {
        const auto folder = randomFolder();
        if (!folder)
            return failure("no folder");
        // Now and then the name of another folder, which must be refused.
        const auto other = chance(20) ? randomFolder() : std::nullopt;
        return m_repository.renameFolder(folder->id, other ? other->name : name("Folder"));
    }

    Status moveFolder()
    {
        const auto folder = randomFolder();
        return folder ? m_repository.moveFolder(folder->id, number(0, 5)) : failure("no folder");
    }

    // The Maven folder goes only once, near the end (deleteMavenFolder): deleting it early
    // would leave the rest of the run without its deals.
    Status deleteFolder()
    {
        const auto folder = randomFolder();
        if (!folder || folder->id == m_mavenId)
            return failure("not this folder");
        return m_repository.deleteFolder(folder->id);
    }

    // Stages --------------------------------------------------------------------------

    Status addStage()
    {
        const auto folder = randomFolder();
        if (!folder)
            return failure("no folder");
        Stage stage{.name = name("Stage"),
                    .color = randomColor(),
                    .kind = chance(70) ? StageKind::Open : StageKind::Lost,
                    .probability = number(0, 100)};
        if (chance(40))
            stage.rottingDays = number(1, 60);
        return asStatus(m_repository.addStage(folder->id, stage));
    }

    Status updateStage()
    {
        const auto folder = randomFolder();
        auto stage = folder ? randomStage(folder->id) : std::nullopt;
        if (!stage)
            return failure("no stage");
        if (chance(60))
            stage->name = name("Stage");
        stage->color = randomColor();
        stage->probability = number(0, 100);
        stage->rottingDays = chance(50) ? std::optional(number(1, 90)) : std::nullopt;
        return m_repository.updateStage(*stage);
    }

    Status moveStage()
    {
        const auto folder = randomFolder();
        const auto stage = folder ? randomStage(folder->id) : std::nullopt;
        return stage ? m_repository.moveStage(stage->id, number(0, 6)) : failure("no stage");
    }

    Status deleteStage()
    {
        const auto folder = randomFolder();
        const auto stage = folder ? randomStage(folder->id) : std::nullopt;
        if (!stage)
            return failure("no stage");
        std::optional<StageId> target;
        if (chance(85)) {
            if (const auto other = randomStage(folder->id); other && other->id != stage->id)
                target = other->id;
        }
        return m_repository.deleteStage(stage->id, target);
    }

    // Fields --------------------------------------------------------------------------

    Status addField()
    {
        const auto folder = randomFolder();
        if (!folder)
            return failure("no folder");
        static constexpr FieldType types[] = {FieldType::Text,   FieldType::Number,
                                              FieldType::Money,  FieldType::Date,
                                              FieldType::Choice, FieldType::Person};
        const FieldType type = types[index(std::size(types))];
        std::vector<std::string> options;
        if (type == FieldType::Choice)
            options = {name("Option"), name("Option"), name("Option")};
        return asStatus(m_repository.addField(folder->id, newField(name("Field"), type, options)));
    }

    Status updateField()
    {
        const auto folder = randomFolder();
        auto field = folder ? randomField(folder->id) : std::nullopt;
        if (!field)
            return failure("no field");
        field->name = name("Field");
        if (field->type == FieldType::Choice && chance(50))
            field->options.push_back(name("Option"));
        return m_repository.updateField(*field);
    }

    Status moveField()
    {
        const auto folder = randomFolder();
        const auto field = folder ? randomField(folder->id) : std::nullopt;
        return field ? m_repository.moveField(field->id, number(0, 4)) : failure("no field");
    }

    Status deleteField()
    {
        const auto folder = randomFolder();
        const auto field = folder ? randomField(folder->id) : std::nullopt;
        return field ? m_repository.deleteField(field->id) : failure("no field");
    }

    Status renameChoiceOption()
    {
        const auto folder = randomFolder();
        const auto field = folder ? randomField(folder->id, true) : std::nullopt;
        if (!field || field->options.empty())
            return failure("no choice field");
        return m_repository.renameChoiceOption(
            field->id, field->options[index(field->options.size())], name("Option"));
    }

    // Lost reasons --------------------------------------------------------------------

    std::optional<LostReason> randomLostReason(FolderId folderId)
    {
        return pick(required(m_repository.lostReasons(folderId)));
    }

    Status addLostReason()
    {
        const auto folder = randomFolder();
        return folder ? asStatus(m_repository.addLostReason(folder->id, name("Reason")))
                      : failure("no folder");
    }

    Status renameLostReason()
    {
        const auto folder = randomFolder();
        const auto reason = folder ? randomLostReason(folder->id) : std::nullopt;
        return reason ? m_repository.renameLostReason(reason->id, name("Reason"))
                      : failure("no lost reason");
    }

    Status moveLostReason()
    {
        const auto folder = randomFolder();
        const auto reason = folder ? randomLostReason(folder->id) : std::nullopt;
        return reason ? m_repository.moveLostReason(reason->id, number(0, 4))
                      : failure("no lost reason");
    }

    Status deleteLostReason()
    {
        const auto folder = randomFolder();
        const auto reason = folder ? randomLostReason(folder->id) : std::nullopt;
        return reason ? m_repository.deleteLostReason(reason->id) : failure("no lost reason");
    }

    // Saved views ---------------------------------------------------------------------

    std::optional<SavedView> randomView(FolderId folderId)
    {
        return pick(required(m_repository.views(folderId)));
    }

    // Group by, hidden columns, filters, sort and card fields drawn from the folder.
    void shapeView(SavedView &view)
    {
        const auto choice = randomField(view.folderId, true);
        view.groupBy = choice && chance(40) ? customFieldRef(choice->id)
                       : chance(20)         ? std::string("owner")
                                            : std::string("stage");
        view.hiddenColumns.clear();
        if (const auto stage = randomStage(view.folderId); stage && chance(50))
            view.hiddenColumns.push_back(stageColumnKey(stage->id));
        view.filters.clear();
        if (chance(50))
            view.filters.push_back(
                ViewFilter{"value", FilterOperator::Greater, std::to_string(number(0, 5000)), ""});
        if (const auto stage = randomStage(view.folderId); stage && chance(30))
            view.filters.push_back(ViewFilter{"stage", FilterOperator::IsNot, stage->name, ""});
        view.sort = chance(50) ? ViewSort{"value", chance(50)} : ViewSort{};
        view.cardFields = {"company", "value"};
        if (const auto field = randomField(view.folderId); field && chance(50))
            view.cardFields.push_back(customFieldRef(field->id));
    }

    Status createView()
    {
        const auto folder = randomFolder();
        if (!folder)
            return failure("no folder");
        SavedView view = newView(folder->id, name("View"));
        shapeView(view);
        return asStatus(m_repository.createView(view));
    }

    Status updateView()
    {
        const auto folder = randomFolder();
        auto view = folder ? randomView(folder->id) : std::nullopt;
        if (!view)
            return failure("no view");
        if (chance(50))
            view->name = name("View");
        shapeView(*view);
        return m_repository.updateView(*view);
    }

    Status duplicateView()
    {
        const auto folder = randomFolder();
        const auto view = folder ? randomView(folder->id) : std::nullopt;
        return view ? asStatus(m_repository.duplicateView(view->id, name("Copy")))
                    : failure("no view");
    }

    Status moveView()
    {
        const auto folder = randomFolder();
        const auto view = folder ? randomView(folder->id) : std::nullopt;
        return view ? m_repository.moveView(view->id, number(0, 5)) : failure("no view");
    }

    Status deleteView()
    {
        const auto folder = randomFolder();
        const auto view = folder ? randomView(folder->id) : std::nullopt;
        return view ? m_repository.deleteView(view->id) : failure("no view");
    }

    Repository &m_repository;
    std::mt19937 m_random;
    std::vector<std::pair<std::string, std::function<Status()>>> m_kinds;
    std::map<std::string, int> m_tried;
    std::map<std::string, int> m_recorded;
    std::int64_t m_largestDealId = 0;
    FolderId m_mavenId = 0;
    int m_counter = 0;
};

} // namespace

TEST_CASE("Undoing a long random run of changes to the Maven data restores every row",
          "[undo][maven]")
{
    REQUIRE(std::filesystem::exists(mavenPipeline));
    const std::uint32_t seed = seedToUse();
    std::cout << "Random undo run with seed " << seed << " (set DEALBOARD_UNDO_SEED to change)\n";
    INFO("seed " << seed);

    TempDirectory directory;
    const auto file = directory / "maven.dealboard";
    auto repository = required(Repository::open(file));
    ImportOptions options;
    options.folderName = "Maven";
    required(importCsv(*repository, mavenPipeline, options));
    requireOk(repository->enableUndo());
    const DatabaseDump start = dumpDatabase(file);

    RandomChanges changes(*repository, seed);
    for (int i = 0; i < changeCount; ++i) {
        if (i == changeCount - 10)
            requireOk(changes.deleteMavenFolder());
        changes.applyOne();
    }
    const DatabaseDump end = dumpDatabase(file);
    REQUIRE(firstDifference(start, end) != "");

    // Every kind of change was recorded at least once, and most changes were.
    int recorded = 0;
    for (const auto &[kind, tried] : changes.tried()) {
        const int count = changes.recorded().contains(kind) ? changes.recorded().at(kind) : 0;
        std::cout << "  " << kind << ": " << count << " of " << tried << " recorded\n";
        INFO(kind);
        CHECK(count > 0);
        recorded += count;
    }
    const auto steps = required(repository->undoSteps());
    CHECK(int(steps.size()) == recorded + 1);
    CHECK(recorded > changeCount / 2);

    for (std::size_t i = 0; i < steps.size(); ++i) {
        const UndoStep undone = required(repository->undo());
        CHECK(undone.id == steps[steps.size() - 1 - i].id);
    }
    CHECK(repository->undo().error() == "There is nothing to undo");
    CHECK(firstDifference(start, dumpDatabase(file)) == "");

    for (std::size_t i = 0; i < steps.size(); ++i)
        CHECK(required(repository->redo()).id == steps[i].id);
    CHECK(repository->redo().error() == "There is nothing to redo");
    CHECK(firstDifference(end, dumpDatabase(file)) == "");
}

#pragma once

// A real database for the widget tests, in memory or in a temporary file: a "Deals" folder
// with the stages New, Presentation, Negotiation, Won and Lost, one custom field of each
// type, the views "All deals" and "Open pipeline" (Won and Lost hidden), and a handful of
// deals in USD and EUR. Everything is written through the Repository, as the app does.
#include "core/storage/repository.h"
#include "support/domainbuilders.h"
#include "support/repositoryfixtures.h"
#include "support/required.h"
#include "support/snapshotlookups.h"

#include <QTemporaryDir>

#include <memory>
#include <optional>
#include <string>

namespace dealboard::test {

struct GuiTestData
{
    std::unique_ptr<Repository> repository;
    Folder folder;
    Stage newStage;
    Stage presentation;
    Stage negotiation;
    Stage won;
    Stage lost;
    FieldDefinition product; // choice
    FieldDefinition score;   // number
    FieldDefinition budget;  // money
    FieldDefinition engaged; // date
    FieldDefinition manager; // person
    FieldDefinition notes;   // text
    SavedView allDeals;
    SavedView openPipeline;

    Stage addStage(const std::string &name, StageKind kind, int probability)
    {
        Stage stage;
        stage.folderId = folder.id;
        stage.name = name;
        stage.kind = kind;
        stage.probability = probability;
        return required(repository->addStage(folder.id, stage));
    }

    FieldDefinition addField(const std::string &name, FieldType type,
                             std::vector<std::string> options = {})
    {
        return required(repository->addField(folder.id, newField(name, type, std::move(options))));
    }

    SavedView addView(const std::string &name, std::vector<std::string> hidden = {})
    {
        SavedView view = newView(folder.id, name);
        view.hiddenColumns = std::move(hidden);
        return required(repository->createView(view));
    }

    Deal addDeal(const Stage &stage, const std::string &title, const std::string &company,
                 const std::string &owner, std::optional<Money> value,
                 const std::string &contact = {})
    {
        Deal deal = newDeal(folder.id, stage.id, title);
        deal.company = company;
        deal.owner = owner;
        deal.contact = contact;
        deal.value = std::move(value);
        return required(repository->createDeal(deal));
    }

    // The deal with this title as the repository has it now.
    Deal dealTitled(const std::string &title) const
    {
        return test::dealTitled(required(repository->snapshot(folder.id)), title);
    }
};

inline GuiTestData makeGuiTestData(std::unique_ptr<Repository> repository)
{
    GuiTestData data;
    data.repository = std::move(repository);
    data.folder = required(data.repository->createFolder("Deals"));
    data.newStage = data.addStage("New", StageKind::Open, 10);
    data.presentation = data.addStage("Presentation", StageKind::Open, 30);
    data.negotiation = data.addStage("Negotiation", StageKind::Open, 60);
    data.won = data.addStage("Won", StageKind::Won, 100);
    data.lost = data.addStage("Lost", StageKind::Lost, 0);

    data.product =
        data.addField("Product", FieldType::Choice, {"GTX Basic", "GTX Pro", "MG Special"});
    data.score = data.addField("Score", FieldType::Number);
    data.budget = data.addField("Budget", FieldType::Money);
    data.engaged = data.addField("Engaged", FieldType::Date);
    data.manager = data.addField("Manager", FieldType::Person);
    data.notes = data.addField("Notes", FieldType::Text);

    data.allDeals = data.addView("All deals");
    data.openPipeline =
        data.addView("Open pipeline", {stageColumnKey(data.won.id), stageColumnKey(data.lost.id)});

    data.addDeal(data.newStage, "Website relaunch", "Acme Corp", "Anna Berg",
                 Money{1'250'000, "USD"}, "Carl Dahl");
    data.addDeal(data.newStage, "Support contract", "Globex", "Ben Ortiz", Money{500'00, "EUR"});
    data.addDeal(data.newStage, "Pilot licences", "Initech", "Anna Berg", std::nullopt);
    data.addDeal(data.presentation, "Fleet tracking", "Umbrella", "Ben Ortiz",
                 Money{9'900'00, "USD"}, "Dana Eze");
    data.addDeal(data.presentation, "Data migration", "Acme Corp", "Cleo Park",
                 Money{2'000'00, "EUR"});
    data.addDeal(data.negotiation, "Annual renewal", "Hooli", "Cleo Park", Money{48'000'00, "USD"});
    data.addDeal(data.won, "Training days", "Globex", "Anna Berg", Money{3'600'00, "USD"});
    data.addDeal(data.lost, "Hardware refresh", "Vandelay", "Ben Ortiz", Money{75'000'00, "USD"});
    return data;
}

inline GuiTestData makeGuiTestData()
{
    return makeGuiTestData(memoryRepository());
}

// A database file in a temporary directory, so a test can open it a second time and see
// what really reached the disk.
struct GuiTestFile
{
    QTemporaryDir directory;
    std::filesystem::path path() const
    {
        return std::filesystem::path(directory.filePath(QStringLiteral("board.db")).toStdString());
    }
};

} // namespace dealboard::test

#pragma once

// A small hand-built folder for the board tests: five stages, one custom field of each
// type, and deals chosen so that every grouping, filter, sort and total has something to
// decide.
#include "core/board/board.h"
#include "core/domain/savedview.h"

#include <optional>
#include <string>

namespace dealboard::test {

inline constexpr StageId newStage = 1;
inline constexpr StageId presentation = 2;
inline constexpr StageId negotiation = 3;
inline constexpr StageId won = 4;
inline constexpr StageId lost = 5;

inline constexpr FieldId productField = 10; // choice: GTX, MG, Zeta
inline constexpr FieldId scoreField = 11;   // number
inline constexpr FieldId budgetField = 12;  // money
inline constexpr FieldId engagedField = 13; // date
inline constexpr FieldId managerField = 14; // person
inline constexpr FieldId notesField = 15;   // text

inline Stage makeStage(StageId id, std::string name, int position, StageKind kind,
                       int probability = 0)
{
    Stage stage;
    stage.id = id;
    stage.folderId = 1;
    stage.name = std::move(name);
    stage.position = position;
    stage.kind = kind;
    stage.probability = probability;
    return stage;
}

inline FieldDefinition makeField(FieldId id, std::string name, FieldType type,
                                 std::vector<std::string> options = {})
{
    FieldDefinition field;
    field.id = id;
    field.folderId = 1;
    field.name = std::move(name);
    field.type = type;
    field.options = std::move(options);
    field.position = int(id);
    return field;
}

inline Timestamp at(int year, unsigned month, unsigned day)
{
    return Timestamp(std::chrono::sys_days(std::chrono::year{year} / month / day));
}

inline Deal makeDeal(DealId id, StageId stage, std::int64_t position, std::string title,
                     std::string company, std::string owner, std::optional<Money> value)
{
    Deal deal;
    deal.id = id;
    deal.folderId = 1;
    deal.externalId = "EXT-" + std::to_string(id);
    deal.title = std::move(title);
    deal.company = std::move(company);
    deal.owner = std::move(owner);
    deal.value = std::move(value);
    deal.stageId = stage;
    deal.position = position;
    deal.createdAt = at(2024, 1, 1);
    deal.updatedAt = at(2024, 2, 1);
    deal.stageEnteredAt = at(2024, 1, 15);
    deal.version = 1;
    return deal;
}

inline Money usd(std::int64_t minor)
{
    return Money{minor, "USD"};
}

inline Money eur(std::int64_t minor)
{
    return Money{minor, "EUR"};
}

inline FolderSnapshot makeSnapshot()
{
    FolderSnapshot snapshot;
    snapshot.folder = Folder{1, "Deals", 0};
    snapshot.stages = {makeStage(newStage, "New", 0, StageKind::Open, 10),
                       makeStage(presentation, "Presentation", 1, StageKind::Open, 25),
                       makeStage(negotiation, "Negotiation", 2, StageKind::Open, 60),
                       makeStage(won, "Won", 3, StageKind::Won, 100),
                       makeStage(lost, "Lost", 4, StageKind::Lost, 0)};
    snapshot.fields = {makeField(productField, "Product", FieldType::Choice, {"GTX", "MG", "Zeta"}),
                       makeField(scoreField, "Score", FieldType::Number),
                       makeField(budgetField, "Budget", FieldType::Money),
                       makeField(engagedField, "Engaged", FieldType::Date),
                       makeField(managerField, "Manager", FieldType::Person),
                       makeField(notesField, "Notes", FieldType::Text)};

    auto d1 = makeDeal(1, newStage, 1000, "Server upgrade", "Acme", "Alice", usd(90000));
    d1.fields[productField] = "GTX";
    d1.fields[scoreField] = 7;
    d1.fields[budgetField] = {{"minor", 500000}, {"currency", "USD"}};
    d1.fields[engagedField] = "2024-03-01";
    d1.contact = "Jane Roe";
    d1.expectedClose = Date::fromIso("2024-06-30");

    auto d2 = makeDeal(2, newStage, 2000, "Ärzte network", "ÄRZTE GmbH", "Bob", eur(500000));
    d2.fields[productField] = "MG";
    d2.fields[scoreField] = 12.5;
    d2.fields[managerField] = "Dana";
    d2.expectedClose = Date::fromIso("2024-05-01");

    auto d3 = makeDeal(3, newStage, 1500, "Кирилл printers", "Ромашка", "", std::nullopt);
    d3.fields[productField] = "Legacy"; // not an option any more
    d3.fields[notesField] = "Met at the fair";

    auto d4 = makeDeal(4, presentation, 1000, "Laptops", "Initech", "alice", usd(90000));
    d4.fields[scoreField] = 3;
    d4.fields[engagedField] = "2024-04-15";
    d4.expectedClose = Date::fromIso("2024-07-15");

    auto d5 = makeDeal(5, won, 1000, "Cloud move", "Globex", "Carol", usd(100000));
    d5.fields[productField] = "GTX";
    d5.fields[budgetField] = {{"minor", 100}, {"currency", "EUR"}};
    d5.contact = "Ωmega Contact";

    auto d6 = makeDeal(6, won, 2000, "Support plan", "Acme", "Bob", usd(50000));
    auto d7 = makeDeal(7, won, 3000, "Euro deal", "Umbrella", "Carol", eur(10000));
    auto d8 = makeDeal(8, lost, 1000, "Lost cause", "Hooli", "Alice", usd(1000));

    snapshot.deals = {d1, d3, d2, d4, d5, d6, d7, d8}; // by stage, then position
    return snapshot;
}

inline SavedView makeView(std::string name = "All deals")
{
    SavedView view;
    view.id = 1;
    view.folderId = 1;
    view.name = std::move(name);
    return view;
}

inline const BoardColumn *findColumn(const Board &board, std::string_view name)
{
    for (const auto &column : board.columns) {
        if (column.name == name)
            return &column;
    }
    return nullptr;
}

inline std::vector<DealId> dealIds(const BoardColumn &column)
{
    std::vector<DealId> ids;
    for (const auto &deal : column.deals)
        ids.push_back(deal.id);
    return ids;
}

inline std::vector<DealId> allDealIds(const Board &board)
{
    std::vector<DealId> ids;
    for (const auto &column : board.columns) {
        for (const auto &deal : column.deals)
            ids.push_back(deal.id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace dealboard::test

// The two renderings of a board for the world outside: JSON for scripts and tests, text
// for a terminal. Both show exactly what buildBoard decided, nothing recomputed.
#include "core/board/board.h"

#include "core/domain/text.h"
#include "core/domain/timestamp.h"

#include <map>

namespace dealboard {

namespace {

nlohmann::json moneyToJson(const std::optional<Money> &money)
{
    if (!money)
        return nullptr;
    return {{"minor", money->minor}, {"currency", money->currency}};
}

nlohmann::json totalsToJson(const MoneyTotals &totals)
{
    nlohmann::json json = nlohmann::json::object();
    for (const auto &[currency, minor] : totals.perCurrency())
        json[currency] = minor;
    return json;
}

nlohmann::json customFieldsToJson(const Deal &deal, const FolderSnapshot &snapshot)
{
    nlohmann::json fields = nlohmann::json::object();
    for (const auto &definition : snapshot.fields) {
        const auto found = deal.fields.find(definition.id);
        fields[definition.name] = found == deal.fields.end() ? nlohmann::json() : found->second;
    }
    return fields;
}

// A card of the board: the deal's built-in fields, its days in the stage and every custom
// field, null where the deal has no value.
nlohmann::json cardToJson(const Deal &deal, const FolderSnapshot &snapshot, Timestamp now)
{
    nlohmann::json card = dealToJson(deal, snapshot);
    card["days_in_stage"] = wholeDaysBetween(deal.stageEnteredAt, now);
    card["fields"] = customFieldsToJson(deal, snapshot);
    return card;
}

nlohmann::json columnToJson(const BoardColumn &column, const FolderSnapshot &snapshot,
                            Timestamp now)
{

    nlohmann::json deals = nlohmann::json::array();
    for (const auto &deal : column.deals)
        deals.push_back(cardToJson(deal, snapshot, now));

    return {{"key", column.key},
            {"name", column.name},
            {"count", column.deals.size()},
            {"totals", totalsToJson(column.totals)},
            {"weighted_totals", totalsToJson(column.weightedTotals)},
            {"deals", std::move(deals)}};
}

std::string columnHeader(const BoardColumn &column)
{
    const std::size_t count = column.deals.size();
    std::string header =
        column.name + " — " + formatCount(count) + (count == 1 ? " deal" : " deals");
    if (const std::string totals = columnTotalsText(column); !totals.empty())
        header += " — " + totals;
    return header;
}

std::string dealLine(const Deal &deal, Timestamp now)
{
    std::string details;
    auto add = [&details](const std::string &part) {
        if (part.empty())
            return;
        details += details.empty() ? "" : ", ";
        details += part;
    };
    add(deal.company);
    add(deal.owner);
    add(deal.value ? formatMoney(*deal.value) : std::string());
    const int days = wholeDaysBetween(deal.stageEnteredAt, now);
    add(std::to_string(days) + (days == 1 ? " day" : " days") + " in stage");
    return "  " + deal.title + " (" + details + ")\n";
}

} // namespace

nlohmann::json dealToJson(const Deal &deal, const FolderSnapshot &snapshot)
{
    return {
        {"id", deal.id},
        {"external_id", deal.externalId},
        {"title", deal.title},
        {"company", deal.company},
        {"contact", deal.contact},
        {"owner", deal.owner},
        {"value", moneyToJson(deal.value)},
        {"close_date",
         deal.expectedClose ? nlohmann::json(deal.expectedClose->toIso()) : nlohmann::json()},
        {"stage", stageName(snapshot, deal.stageId)},
    };
}

nlohmann::json boardToJson(const Board &board, const FolderSnapshot &snapshot)
{
    const Timestamp now = currentTimestamp();
    nlohmann::json columns = nlohmann::json::array();
    for (const auto &column : board.columns)
        columns.push_back(columnToJson(column, snapshot, now));

    return {{"folder", board.folder.name},
            {"view", board.viewName},
            {"columns", std::move(columns)},
            {"warnings", board.warnings}};
}

std::string boardToText(const Board &board)
{
    return boardToText(board, defaultTextDealsPerColumn);
}

std::string boardToText(const Board &board, std::optional<std::size_t> dealsPerColumn)
{
    const Timestamp now = currentTimestamp();
    std::string text = board.folder.name + " — " + board.viewName + "\n";
    for (const auto &column : board.columns) {
        text += "\n" + columnHeader(column) + "\n";
        const std::size_t shown =
            std::min(column.deals.size(), dealsPerColumn.value_or(column.deals.size()));
        for (std::size_t i = 0; i < shown; ++i)
            text += dealLine(column.deals[i], now);
        if (shown < column.deals.size())
            text += "  … and " + formatCount(column.deals.size() - shown) + " more\n";
    }
    for (const auto &warning : board.warnings)
        text += "\nWarning: " + warning + "\n";
    return text;
}

} // namespace dealboard

#include "core/io/exporter.h"

#include "core/domain/money.h"
#include "core/domain/timestamp.h"
#include "core/log/logging.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <optional>
#include <string_view>
#include <vector>

namespace dealboard {

namespace {

constexpr std::array<std::string_view, 11> builtInCsvColumns{
    "title",      "company", "contact",     "owner",   "value",  "currency",
    "close_date", "stage",   "external_id", "created", "updated"};

// A spreadsheet runs a cell starting with these as a formula ("=HYPERLINK(...)"); an
// apostrophe in front makes it plain text again.
bool startsFormula(std::string_view text)
{
    return !text.empty() &&
           std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
}

// Text that already starts "'=" gets a second apostrophe: the import takes one off such
// text, so that export and import give back the same text either way.
bool looksLikeFormula(std::string_view text)
{
    return startsFormula(text) || (text.starts_with('\'') && startsFormula(text.substr(1)));
}

std::string csvQuoted(std::string_view cell)
{
    if (cell.find_first_of(",\"\r\n") == std::string_view::npos && !cell.starts_with(' ') &&
        !cell.ends_with(' '))
        return std::string(cell);
    std::string out = "\"";
    for (const char c : cell) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + '"';
}

std::string textCell(std::string_view text)
{
    return csvQuoted(looksLikeFormula(text) ? "'" + std::string(text) : std::string(text));
}

std::optional<Money> moneyOf(const nlohmann::json &value)
{
    if (!value.is_object() || !value.contains("minor") || !value.contains("currency"))
        return std::nullopt;
    return Money{value["minor"].get<std::int64_t>(), value["currency"].get<std::string>()};
}

// Cells of one custom field; money fields take two, the amount and its currency.
void appendFieldCells(const FieldDefinition &field, const Deal &deal,
                      std::vector<std::string> &cells)
{
    const auto found = deal.fields.find(field.id);
    const nlohmann::json value = found == deal.fields.end() ? nlohmann::json() : found->second;
    if (field.type == FieldType::Money) {
        const auto money = moneyOf(value);
        cells.push_back(money ? formatAmount(*money) : std::string());
        cells.push_back(money ? money->currency : std::string());
    } else if (value.is_number()) {
        cells.push_back(value.dump()); // numbers stay numbers
    } else if (value.is_string()) {
        cells.push_back(field.type == FieldType::Date ? value.get<std::string>()
                                                      : textCell(value.get<std::string>()));
    } else {
        cells.emplace_back();
    }
}

std::string csvLine(const std::vector<std::string> &cells)
{
    std::string line;
    for (std::size_t i = 0; i < cells.size(); ++i)
        line += (i == 0 ? "" : ",") + cells[i];
    return line + "\r\n";
}

std::vector<std::string> csvHeader(const FolderSnapshot &snapshot)
{
    std::vector<std::string> cells(builtInCsvColumns.begin(), builtInCsvColumns.end());
    for (const auto &field : snapshot.fields) {
        cells.push_back(textCell(field.name));
        if (field.type == FieldType::Money)
            cells.push_back(textCell(field.name + " currency"));
    }
    return cells;
}

std::vector<std::string> csvRow(const Deal &deal, const FolderSnapshot &snapshot)
{
    std::vector<std::string> cells{
        textCell(deal.title),
        textCell(deal.company),
        textCell(deal.contact),
        textCell(deal.owner),
        deal.value ? formatAmount(*deal.value) : std::string(),
        deal.value ? deal.value->currency : std::string(),
        deal.expectedClose ? deal.expectedClose->toIso() : std::string(),
        textCell(stageName(snapshot, deal.stageId)),
        textCell(deal.externalId),
        toIsoUtc(deal.createdAt),
        toIsoUtc(deal.updatedAt),
    };
    for (const auto &field : snapshot.fields)
        appendFieldCells(field, deal, cells);
    return cells;
}

void writeCsv(const Board &board, const FolderSnapshot &snapshot, std::ostream &out)
{
    out << csvLine(csvHeader(snapshot));
    for (const auto &column : board.columns) {
        for (const auto &deal : column.deals)
            out << csvLine(csvRow(deal, snapshot));
    }
}

nlohmann::json fieldsJson(const Deal &deal, const FolderSnapshot &snapshot)
{
    nlohmann::json fields = nlohmann::json::object();
    for (const auto &field : snapshot.fields) {
        const auto found = deal.fields.find(field.id);
        if (found != deal.fields.end() && !found->second.is_null())
            fields[field.name] = found->second;
    }
    return fields;
}

// The deal's built-in fields, the column it shows in, its times and the custom fields it
// has a value for.
nlohmann::json dealJson(const Deal &deal, const BoardColumn &column, const FolderSnapshot &snapshot)
{
    nlohmann::json json = dealToJson(deal, snapshot);
    json["column"] = column.name;
    json["created"] = toIsoUtc(deal.createdAt);
    json["updated"] = toIsoUtc(deal.updatedAt);
    json["stage_entered"] = toIsoUtc(deal.stageEnteredAt);
    json["fields"] = fieldsJson(deal, snapshot);
    return json;
}

void writeJson(const Board &board, const FolderSnapshot &snapshot, std::ostream &out)
{
    nlohmann::json deals = nlohmann::json::array();
    for (const auto &column : board.columns) {
        for (const auto &deal : column.deals)
            deals.push_back(dealJson(deal, column, snapshot));
    }
    out << deals.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

} // namespace

Status exportBoard(const Board &board, const FolderSnapshot &snapshot, ExportFormat format,
                   std::ostream &out)
{
    if (format == ExportFormat::Csv)
        writeCsv(board, snapshot, out);
    else
        writeJson(board, snapshot, out);
    out.flush();
    if (!out) {
        log(logger::exporter)->warn("Export of \"{}\" failed while writing", board.folder.name);
        return failure("The export could not be written");
    }
    return {};
}

namespace {

// SQLite's files begin with this header; an export must never replace one, whatever its name.
bool isDatabaseFile(const std::filesystem::path &file)
{
    static constexpr std::string_view header{"SQLite format 3\0", 16};
    std::ifstream in(file, std::ios::binary);
    std::string start(header.size(), '\0');
    return in.read(start.data(), std::streamsize(start.size())) && start == header;
}

} // namespace

Status exportBoardToFile(const Board &board, const FolderSnapshot &snapshot, ExportFormat format,
                         const std::filesystem::path &file)
{
    if (isDatabaseFile(file))
        return failure("Will not write over " + file.string() +
                       ": it is a database, not an export; choose another file");

    const std::filesystem::path partial = file.string() + ".part";
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    if (!out)
        return failure("Cannot write " + file.string() + ": " + std::strerror(errno));

    Status written = exportBoard(board, snapshot, format, out);
    out.close();
    if (written && !out)
        written = failure("Cannot write " + file.string() + ": " + std::strerror(errno));

    std::error_code error;
    if (written)
        std::filesystem::rename(partial, file, error);
    if (written && error)
        written = failure("Cannot write " + file.string() + ": " + error.message());
    if (!written)
        std::filesystem::remove(partial, error);
    return written;
}

} // namespace dealboard

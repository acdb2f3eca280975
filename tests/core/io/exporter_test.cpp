#include "core/io/exporter.h"

#include "core/io/csvreader.h"
#include "core/io/importer.h"
#include "support/repositoryfixtures.h"
#include "support/required.h"
#include "support/snapshotlookups.h"
#include "support/tempdirectory.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <nlohmann/json.hpp>

#include <sstream>
#include <string>
#include <vector>

using namespace dealboard;
using namespace dealboard::test;

namespace {

// A folder in memory: two stages, a number, a money and a choice field, and deals whose
// texts a spreadsheet would run as formulas.
FolderSnapshot sampleSnapshot()
{
    FolderSnapshot snapshot;
    snapshot.folder = Folder{1, "Deals", 0};
    snapshot.stages = {Stage{.id = 10, .folderId = 1, .name = "New", .position = 0},
                       Stage{.id = 11,
                             .folderId = 1,
                             .name = "Won",
                             .position = 1,
                             .kind = StageKind::Won,
                             .probability = 100}};
    FieldDefinition seats;
    seats.id = 20;
    seats.name = "Seats";
    seats.type = FieldType::Number;
    FieldDefinition fee;
    fee.id = 21;
    fee.name = "Setup fee";
    fee.type = FieldType::Money;
    FieldDefinition region;
    region.id = 22;
    region.name = "Region";
    region.type = FieldType::Choice;
    region.options = {"North", "-South"};
    snapshot.fields = {seats, fee, region};

    Deal formula;
    formula.id = 1;
    formula.folderId = 1;
    formula.title = "=HYPERLINK(\"http://x\",\"click\")";
    formula.company = "+1 555 0100";
    formula.contact = "@admin";
    formula.owner = "\tTabbed";
    formula.value = Money{-500, "USD"};
    formula.stageId = 10;
    formula.fields = {{20, 12}, {22, "-South"}};

    Deal plain;
    plain.id = 2;
    plain.folderId = 1;
    plain.externalId = "1C1I7A6R";
    plain.title = "Cancity, GTX \"Plus\"";
    plain.company = "Soci\xC3\xA9t\xC3\xA9 G\xC3\xA9n\xC3\xA9rale";
    plain.value = Money{105400, "USD"};
    plain.expectedClose = Date::fromIso("2017-03-01");
    plain.stageId = 11;
    plain.position = 1;
    plain.fields = {{20, 2.5}, {21, {{"minor", 150000}, {"currency", "JPY"}}}, {22, "North"}};
    snapshot.deals = {formula, plain};
    return snapshot;
}

std::string stageNameOf(const FolderSnapshot &snapshot, const Deal &deal)
{
    return std::ranges::find(snapshot.stages, deal.stageId, &Stage::id)->name;
}

std::string exported(const FolderSnapshot &snapshot, ExportFormat format)
{
    const Board board = buildBoard(snapshot, SavedView{});
    std::ostringstream out;
    const auto status = exportBoard(board, snapshot, format, out);
    REQUIRE(status.has_value());
    return out.str();
}

const CsvRecord &recordWithTitle(const CsvTable &table, const std::string &title)
{
    const auto record = std::ranges::find_if(
        table.records, [&](const CsvRecord &r) { return r.fields.front() == title; });
    REQUIRE(record != table.records.end());
    return *record;
}

std::string cell(const CsvTable &table, const CsvRecord &record, const std::string &column)
{
    const auto found = std::ranges::find(table.header, column);
    REQUIRE(found != table.header.end());
    return record.fields[std::size_t(found - table.header.begin())];
}

} // namespace

TEST_CASE("CSV export has built-in then custom columns", "[export]")
{
    const auto table = required(CsvReader::read(exported(sampleSnapshot(), ExportFormat::Csv)));
    CHECK(table.header == std::vector<std::string>{"title", "company", "contact", "owner", "value",
                                                   "currency", "close_date", "stage", "external_id",
                                                   "created", "updated", "Seats", "Setup fee",
                                                   "Setup fee currency", "Region"});
    CHECK(table.records.size() == 2);
}

TEST_CASE("CSV export neutralises text a spreadsheet would run as a formula", "[export]")
{
    const auto csv = required(CsvReader::read(exported(sampleSnapshot(), ExportFormat::Csv)));
    const auto &record = recordWithTitle(csv, "'=HYPERLINK(\"http://x\",\"click\")");

    const auto [column, expected] = GENERATE(table<std::string, std::string>({
        {"company", "'+1 555 0100"},
        {"contact", "'@admin"},
        {"owner", "'\tTabbed"},
        {"Region", "'-South"},
        {"stage", "New"},
    }));
    INFO(column);
    CHECK(cell(csv, record, column) == expected);
}

TEST_CASE("CSV export keeps numbers and amounts as plain numbers", "[export]")
{
    const std::string csv = exported(sampleSnapshot(), ExportFormat::Csv);
    const auto table = required(CsvReader::read(csv));
    const auto &negative = recordWithTitle(table, "'=HYPERLINK(\"http://x\",\"click\")");
    CHECK(cell(table, negative, "value") == "-5.00"); // a number, not neutralised
    CHECK(cell(table, negative, "currency") == "USD");
    CHECK(cell(table, negative, "Seats") == "12");
    CHECK(cell(table, negative, "Setup fee").empty());

    const auto &plain = recordWithTitle(table, "Cancity, GTX \"Plus\"");
    CHECK(cell(table, plain, "company") == "Soci\xC3\xA9t\xC3\xA9 G\xC3\xA9n\xC3\xA9rale");
    CHECK(cell(table, plain, "value") == "1054.00");
    CHECK(cell(table, plain, "close_date") == "2017-03-01");
    CHECK(cell(table, plain, "external_id") == "1C1I7A6R");
    CHECK(cell(table, plain, "Seats") == "2.5");
    CHECK(cell(table, plain, "Setup fee") == "150000");
    CHECK(cell(table, plain, "Setup fee currency") == "JPY");
    CHECK(csv.find("\"Cancity, GTX \"\"Plus\"\"\"") != std::string::npos);
    CHECK(csv.find("\r\n") != std::string::npos);
}

TEST_CASE("JSON export keeps amounts as integer minor units", "[export]")
{
    const auto deals = nlohmann::json::parse(exported(sampleSnapshot(), ExportFormat::Json));
    REQUIRE(deals.is_array());
    REQUIRE(deals.size() == 2);

    const auto plain = *std::ranges::find_if(
        deals, [](const nlohmann::json &deal) { return deal["external_id"] == "1C1I7A6R"; });
    CHECK(plain["value"] == nlohmann::json{{"minor", 105400}, {"currency", "USD"}});
    CHECK(plain["value"]["minor"].is_number_integer());
    CHECK(plain["stage"] == "Won");
    CHECK(plain["close_date"] == "2017-03-01");
    CHECK(plain["fields"]["Seats"] == 2.5);
    CHECK(plain["fields"]["Setup fee"] == nlohmann::json{{"minor", 150000}, {"currency", "JPY"}});
    CHECK(plain["fields"]["Region"] == "North");

    const auto formula =
        *std::ranges::find_if(deals, [](const nlohmann::json &deal) { return deal["id"] == 1; });
    CHECK(formula["title"] == "=HYPERLINK(\"http://x\",\"click\")"); // JSON needs no escaping
    CHECK(formula["value"]["minor"] == -500);
    CHECK(formula["close_date"].is_null());
}

TEST_CASE("An exported CSV imports back to the same values", "[export][import]")
{
    TempDirectory dir;
    auto repository = memoryRepository();
    const auto source =
        dir.write("source.csv", "id,title,account,amount,currency,close date,"
                                "stage,Seats,Region\n"
                                "A1,Pilot,Acme,\"1,054\",EUR,2024-05-01,Won,3,North\n"
                                "A2,Renewal,Initech,99.5,,,New,,South\n"
                                "A3,Upsell,Acme,,,,New,7,North\n");
    ImportOptions options;
    options.folderName = "Source";
    required(importCsv(*repository, source, options));
    const auto original = snapshotOf(*repository, "Source");

    const auto copy = dir.write("copy.csv", exported(original, ExportFormat::Csv));
    options.folderName = "Copy";
    required(importCsv(*repository, copy, options));
    const auto copied = snapshotOf(*repository, "Copy");

    REQUIRE(copied.deals.size() == 3);
    for (const auto &deal : original.deals) {
        const Deal &twin = dealWithId(copied, deal.externalId);
        CHECK(twin.title == deal.title);
        CHECK(twin.company == deal.company);
        CHECK(twin.value == deal.value);
        CHECK(twin.expectedClose == deal.expectedClose);
        CHECK(stageNameOf(copied, twin) == stageNameOf(original, deal));
        CHECK(twin.fields.size() == deal.fields.size());
    }
    CHECK(fieldNamed(copied, "Seats").type == FieldType::Number);
    CHECK(fieldNamed(copied, "Region").type == fieldNamed(original, "Region").type);
}

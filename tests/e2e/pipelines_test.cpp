// The pipelines a sales team lives by, set up with the real dealboard executable on the
// real Maven CRM sample: an open pipeline, views grouped by owner, product and manager, a
// second folder with its own stage set, and inbound and outbound deals in views of their
// own. Expected counts and totals are worked out here from the CSV files themselves.
#include "dealboardprocess.h"
#include "support/commandoutput.h"
#include "support/files.h"

#include <catch2/catch_test_macros.hpp>

#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

using namespace dealboard::test;

namespace {

using CsvRow = std::map<std::string, std::string>;

std::vector<std::string> splitCommas(const std::string &line)
{
    std::vector<std::string> cells;
    std::stringstream stream(line);
    std::string cell;
    while (std::getline(stream, cell, ','))
        cells.push_back(cell);
    if (!line.empty() && line.back() == ',')
        cells.emplace_back();
    return cells;
}

// The sample's files quote nothing (checked here), so a plain split reads them.
std::vector<CsvRow> readCsv(const std::filesystem::path &file)
{
    std::ifstream in(file);
    REQUIRE(in);
    std::string line;
    REQUIRE(std::getline(in, line));
    const auto header = splitCommas(line);
    std::vector<CsvRow> rows;
    while (std::getline(in, line)) {
        REQUIRE(line.find('"') == std::string::npos);
        const auto cells = splitCommas(line);
        REQUIRE(cells.size() == header.size());
        CsvRow row;
        for (std::size_t i = 0; i < header.size(); ++i)
            row[header[i]] = cells[i];
        rows.push_back(std::move(row));
    }
    return rows;
}

void writeCsv(const std::filesystem::path &file, const std::vector<std::string> &header,
              const std::vector<CsvRow> &rows)
{
    std::string text;
    auto appendLine = [&text](const std::vector<std::string> &cells) {
        for (std::size_t i = 0; i < cells.size(); ++i)
            text += (i ? "," : "") + cells[i];
        text += '\n';
    };
    appendLine(header);
    for (const auto &row : rows) {
        std::vector<std::string> cells;
        for (const auto &name : header)
            cells.push_back(row.at(name));
        appendLine(cells);
    }
    writeFile(file, text);
}

std::int64_t closeValueCents(const CsvRow &row)
{
    const auto &value = row.at("close_value");
    return value.empty() ? 0 : std::stoll(value) * 100;
}

// The pipeline with each deal's manager and a "Source": deals of the Central office's
// agents came in (inbound), the others' went out (outbound).
std::vector<CsvRow> pipelineWithTeams()
{
    std::map<std::string, CsvRow> teams;
    for (auto &agent : readCsv(mavenDirectory / "sales_teams.csv"))
        teams[agent.at("sales_agent")] = agent;

    auto rows = readCsv(mavenPipeline);
    for (auto &row : rows) {
        const auto &team = teams.at(row.at("sales_agent"));
        row["manager"] = team.at("manager");
        row["source"] = team.at("regional_office") == "Central" ? "Inbound" : "Outbound";
    }
    return rows;
}

const std::vector<std::string> pipelineHeader{"opportunity_id", "sales_agent", "product",
                                              "account",        "deal_stage",  "engage_date",
                                              "close_date",     "close_value"};

void requireSuccess(const ProcessResult &result)
{
    INFO(result.err);
    REQUIRE(result.exitStatus == 0);
}

// A refusal: exit status 1 and one line on stderr that contains expected.
void requireRefusal(const ProcessResult &result, const std::string &expected)
{
    INFO(result.err);
    CHECK(result.exitStatus == 1);
    CHECK(result.errLines() == 1);
    CHECK(result.err.find(expected) != std::string::npos);
}

nlohmann::json boardOf(const Dealboard &dealboard, const std::string &folder,
                       const std::string &view)
{
    const auto result = dealboard.run({"board", "--database", dealboard.database().string(),
                                       "--folder", folder, "--view", view, "--json"});
    requireSuccess(result);
    return nlohmann::json::parse(result.out);
}

std::vector<std::string> columnNames(const nlohmann::json &board)
{
    std::vector<std::string> names;
    for (const auto &column : board["columns"])
        names.push_back(column["name"]);
    return names;
}

std::int64_t boardDealCount(const nlohmann::json &board)
{
    std::int64_t count = 0;
    for (const auto &column : board["columns"])
        count += column["count"].get<std::int64_t>();
    return count;
}

std::int64_t usdTotal(const nlohmann::json &column)
{
    return column["totals"].value("USD", std::int64_t{0});
}

} // namespace

TEST_CASE("An open pipeline view hides Won and Lost, which still hold their deals", "[e2e]")
{
    const Dealboard dealboard;
    requireSuccess(dealboard.importMaven());
    requireSuccess(dealboard.onDatabase(
        {"views", "add", "Maven", "Open pipeline", "--hide", "Won", "--hide", "Lost"}));

    const auto open = boardOf(dealboard, "Maven", "Open pipeline");
    CHECK(columnNames(open) == std::vector<std::string>{"Prospecting", "Engaging"});
    CHECK(columnNamed(open, "Prospecting")["count"] == 500);
    CHECK(columnNamed(open, "Engaging")["count"] == 1589);

    // The won deals the view hides still count: their stage cannot go without a new home.
    requireRefusal(dealboard.onDatabase({"stages", "delete", "Maven", "Won"}), "4,238");
    requireSuccess(dealboard.onDatabase(
        {"stages", "delete", "Maven", "Engaging", "--move-deals-to", "Prospecting"}));
    const auto merged = boardOf(dealboard, "Maven", "Open pipeline");
    CHECK(columnNames(merged) == std::vector<std::string>{"Prospecting"});
    CHECK(columnNamed(merged, "Prospecting")["count"] == 500 + 1589);
}

TEST_CASE("Views grouped by owner and by product have a column per agent and per product", "[e2e]")
{
    const auto rows = readCsv(mavenPipeline);
    std::map<std::string, std::int64_t> dealsPerAgent;
    std::map<std::string, std::int64_t> dealsPerProduct;
    std::map<std::string, std::int64_t> centsPerProduct;
    for (const auto &row : rows) {
        ++dealsPerAgent[row.at("sales_agent")];
        ++dealsPerProduct[row.at("product")];
        centsPerProduct[row.at("product")] += closeValueCents(row);
    }
    REQUIRE(dealsPerAgent.size() == 30);
    REQUIRE(dealsPerProduct.size() == 7);

    const Dealboard dealboard;
    requireSuccess(dealboard.importMaven());
    requireSuccess(dealboard.onDatabase(
        {"views", "add", "Maven", "By owner", "--group-by", "owner", "--hide", "No value"}));
    requireSuccess(dealboard.onDatabase(
        {"views", "add", "Maven", "By product", "--group-by", "Product", "--hide", "No value"}));

    const auto byOwner = boardOf(dealboard, "Maven", "By owner");
    CHECK(byOwner["columns"].size() == 30);
    for (const auto &[agent, count] : dealsPerAgent) {
        INFO(agent);
        CHECK(columnNamed(byOwner, agent)["count"] == count);
    }
    CHECK(boardDealCount(byOwner) == 8800);

    const auto byProduct = boardOf(dealboard, "Maven", "By product");
    CHECK(byProduct["columns"].size() == 7);
    std::int64_t allCents = 0;
    for (const auto &[product, count] : dealsPerProduct) {
        INFO(product);
        const auto &column = columnNamed(byProduct, product);
        CHECK(column["count"] == count);
        CHECK(usdTotal(column) == centsPerProduct.at(product));
        allCents += usdTotal(column);
    }
    // Won deals carry the value; lost ones say 0: the sum is the won total.
    CHECK(allCents == 1000553400);
}

TEST_CASE("A second folder has its own stage set, Qualification to Close", "[e2e]")
{
    const Dealboard dealboard;
    requireSuccess(dealboard.importMaven());
    requireSuccess(dealboard.onDatabase({"folders", "add", "Consulting deals"}));
    for (const std::string stage : {"Qualification", "Contact", "Demo", "Proposal"})
        requireSuccess(dealboard.onDatabase({"stages", "add", "Consulting deals", stage}));
    requireSuccess(dealboard.onDatabase(
        {"stages", "add", "Consulting deals", "Close", "--kind", "won", "--probability", "100"}));
    requireRefusal(dealboard.onDatabase({"stages", "add", "Consulting deals", "demo"}), "already");
    requireSuccess(dealboard.onDatabase({"views", "add", "Consulting deals", "All deals"}));

    // The open Maven deals move over with stages of the new set.
    const std::map<std::string, std::string> newStage{{"Prospecting", "Qualification"},
                                                      {"Engaging", "Demo"}};
    std::vector<CsvRow> consulting;
    for (auto row : readCsv(mavenPipeline)) {
        const auto stage = newStage.find(row.at("deal_stage"));
        if (stage == newStage.end())
            continue;
        row["deal_stage"] = stage->second;
        consulting.push_back(row);
    }
    const auto file = dealboard.directory() / "consulting.csv";
    writeCsv(file, pipelineHeader, consulting);
    requireSuccess(dealboard.onDatabase({"import", file.string(), "--folder", "Consulting deals"}));

    const auto board = boardOf(dealboard, "Consulting deals", "All deals");
    CHECK(columnNames(board) ==
          std::vector<std::string>{"Qualification", "Contact", "Demo", "Proposal", "Close"});
    CHECK(columnNamed(board, "Qualification")["count"] == 500);
    CHECK(columnNamed(board, "Contact")["count"] == 0);
    CHECK(columnNamed(board, "Demo")["count"] == 1589);
    CHECK(columnNamed(board, "Close")["count"] == 0);

    // The first folder keeps its own stages and deals.
    const auto maven = dealboard.board({"--json"});
    requireSuccess(maven);
    CHECK(columnNames(nlohmann::json::parse(maven.out)) ==
          std::vector<std::string>{"Prospecting", "Engaging", "Won", "Lost"});
}

TEST_CASE("Inbound and outbound deals split by a Source field, each view with its totals", "[e2e]")
{
    const auto rows = pipelineWithTeams();
    std::map<std::string, std::int64_t> dealsPerSource;
    std::map<std::string, std::int64_t> wonCentsPerSource;
    std::map<std::string, std::int64_t> dealsPerManager;
    for (const auto &row : rows) {
        ++dealsPerSource[row.at("source")];
        ++dealsPerManager[row.at("manager")];
        if (row.at("deal_stage") == "Won")
            wonCentsPerSource[row.at("source")] += closeValueCents(row);
    }
    REQUIRE(dealsPerManager.size() == 6);
    REQUIRE(wonCentsPerSource["Inbound"] + wonCentsPerSource["Outbound"] == 1000553400);

    const Dealboard dealboard;
    auto header = pipelineHeader;
    header.insert(header.end(), {"manager", "source"});
    const auto file = dealboard.directory() / "pipeline-with-teams.csv";
    writeCsv(file, header, rows);
    requireSuccess(dealboard.onDatabase({"import", file.string(), "--folder", "Maven"}));

    const auto fields = dealboard.onDatabase({"fields", "list", "Maven", "--json"});
    requireSuccess(fields);
    CHECK(fields.out.find("\"Source\"") != std::string::npos);

    for (const std::string source : {"Inbound", "Outbound"})
        requireSuccess(dealboard.onDatabase(
            {"views", "add", "Maven", source, "--filter", "Source is " + source}));
    requireSuccess(dealboard.onDatabase(
        {"views", "add", "Maven", "By manager", "--group-by", "Manager", "--hide", "No value"}));

    for (const std::string source : {"Inbound", "Outbound"}) {
        INFO(source);
        const auto board = boardOf(dealboard, "Maven", source);
        CHECK(boardDealCount(board) == dealsPerSource.at(source));
        const auto &won = columnNamed(board, "Won");
        CHECK(usdTotal(won) == wonCentsPerSource.at(source));
        // A won deal is certain: its weighted value is its value.
        CHECK(won["weighted_totals"].value("USD", std::int64_t{0}) == wonCentsPerSource.at(source));
    }

    const auto byManager = boardOf(dealboard, "Maven", "By manager");
    CHECK(byManager["columns"].size() == 6);
    for (const auto &[manager, count] : dealsPerManager) {
        INFO(manager);
        CHECK(columnNamed(byManager, manager)["count"] == count);
    }

    SECTION("removing the field asks first, then the views drop the filter and say so")
    {
        requireRefusal(dealboard.onDatabase({"fields", "delete", "Maven", "Source"}), "8,800");
        requireSuccess(dealboard.onDatabase({"fields", "delete", "Maven", "Source", "--yes"}));

        const auto result = dealboard.run({"board", "--database", dealboard.database().string(),
                                           "--folder", "Maven", "--view", "Inbound", "--json"});
        requireSuccess(result);
        CHECK(result.err.find("The filter on a deleted field was left out") != std::string::npos);
        CHECK(boardDealCount(nlohmann::json::parse(result.out)) == 8800);
    }
}

#include "cli/boardcommand.h"

#include "clitesthelpers.h"
#include "core/storage/repository.h"
#include "support/commandoutput.h"

#include <catch2/catch_test_macros.hpp>

#include <nlohmann/json.hpp>

using namespace dealboard;
using namespace dealboard::test;

namespace {

// A database with the sample imported into folder "Sales".
class ImportedDatabase final
{
public:
    ImportedDatabase()
    {
        writeFile(m_directory / "deals.csv", sampleCsv);
        const auto run = runCli({"import", (m_directory / "deals.csv").string(), "--database",
                                 path().string(), "--folder", "Sales"});
        INFO(run.err);
        REQUIRE(run.status == exitstatus::success);
    }

    std::filesystem::path path() const { return m_directory / "sales.db"; }
    const TempDirectory &directory() const { return m_directory; }

    CliRun board(std::vector<std::string> extra) const
    {
        std::vector<std::string> arguments{"board", "--database", path().string()};
        arguments.insert(arguments.end(), extra.begin(), extra.end());
        return runCli(arguments);
    }

private:
    TempDirectory m_directory;
};

} // namespace

TEST_CASE("board --json prints the folder's board as JSON", "[cli][board]")
{
    const ImportedDatabase database;
    const auto run = database.board({"--folder", "Sales", "--json"});
    INFO(run.err);
    REQUIRE(run.status == exitstatus::success);
    CHECK(run.err.empty());

    const auto board = nlohmann::json::parse(run.out);
    CHECK(board["folder"] == "Sales");
    const auto &wonColumn = columnNamed(board, "Won");
    CHECK(wonColumn["count"] == 2);
    CHECK(wonColumn["totals"] == nlohmann::json{{"USD", 95000}});
    CHECK(wonColumn["deals"][0]["title"] == "Laptops");
    const auto &newColumn = columnNamed(board, "New");
    CHECK(newColumn["totals"] == nlohmann::json{{"USD", 120050}});
    CHECK(newColumn["deals"][0]["fields"]["Region"] == "North");
}

TEST_CASE("board prints text by default", "[cli][board]")
{
    const ImportedDatabase database;
    const auto run = database.board({"--folder", "sales"}); // folder names ignore case
    REQUIRE(run.status == exitstatus::success);
    // New, the only open stage of two, wins half the time: its weighted total is half.
    CHECK(run.out.find("Won — 2 deals — 950.00 USD — weighted 950.00 USD\n") != std::string::npos);
    CHECK(run.out.find("New — 1 deal — 1,200.50 USD — weighted 600.25 USD\n") != std::string::npos);
    CHECK(run.out.find("  Printers (Ромашка, Carol, 50.00 USD,") != std::string::npos);
}

TEST_CASE("board --search narrows the board ignoring case", "[cli][board]")
{
    const ImportedDatabase database;
    const auto run = database.board({"--folder", "Sales", "--json", "--search", "РОМАШКА"});
    REQUIRE(run.status == exitstatus::success);

    const auto board = nlohmann::json::parse(run.out);
    int deals = 0;
    for (const auto &column : board["columns"])
        deals += column["count"].get<int>();
    CHECK(deals == 1);
}

TEST_CASE("board --view sees the folder through a saved view", "[cli][board]")
{
    const ImportedDatabase database;
    {
        auto repository = Repository::open(database.path());
        REQUIRE(repository);
        const auto folder = (*repository)->folderByName("Sales");
        REQUIRE((folder && folder->has_value()));
        const auto stages = (*repository)->stages((*folder)->id);
        REQUIRE(stages);

        SavedView view;
        view.folderId = (*folder)->id;
        view.name = "Open pipeline";
        for (const auto &stage : *stages) {
            if (stage.isWon())
                view.hiddenColumns.push_back(stageColumnKey(stage.id));
        }
        REQUIRE(!view.hiddenColumns.empty());
        REQUIRE((*repository)->createView(view));
    }

    const auto run = database.board({"--folder", "Sales", "--view", "open pipeline", "--json"});
    INFO(run.err);
    REQUIRE(run.status == exitstatus::success);
    const auto board = nlohmann::json::parse(run.out);
    CHECK(board["view"] == "Open pipeline");
    CHECK(findColumnNamed(board, "Won") == nullptr);
    CHECK(findColumnNamed(board, "New") != nullptr);

    const auto unknown = database.board({"--folder", "Sales", "--view", "Closed"});
    CHECK(unknown.status == exitstatus::failure);
    CHECK(unknown.errLines() == 1);
    CHECK(unknown.err.starts_with(
        "dealboard board: No view named \"Closed\" in folder \"Sales\"; views: "));
    CHECK(unknown.err.find("Open pipeline") != std::string::npos);
}

TEST_CASE("board names the folders there are when the folder is missing", "[cli][board]")
{
    const ImportedDatabase database;
    const auto run = database.board({"--folder", "Consulting"});
    CHECK(run.status == exitstatus::failure);
    CHECK(run.out.empty());
    CHECK(run.err == "dealboard board: No folder named \"Consulting\" in " +
                         database.path().string() + "; folders: Sales\n");
}

TEST_CASE("board never creates a database", "[cli][board]")
{
    TempDirectory directory;
    const auto missing = directory / "missing.db";
    const auto run = runCli({"board", "--database", missing.string(), "--folder", "Deals"});
    CHECK(run.status == exitstatus::failure);
    CHECK(run.err == "dealboard board: no such database: " + missing.string() + "\n");
    CHECK_FALSE(std::filesystem::exists(missing));

    // Nor does the default database come into being by asking for a board.
    const CommandLineEnvironment environment{directory / "default.db", {}};
    const auto byDefault = runCli({"board", "--folder", "Deals"}, environment);
    CHECK(byDefault.status == exitstatus::failure);
    CHECK(byDefault.errLines() == 1);
    CHECK_FALSE(std::filesystem::exists(directory / "default.db"));
}

TEST_CASE("board reads the default database when --database is not given", "[cli][board]")
{
    const ImportedDatabase database;
    const CommandLineEnvironment environment{database.path(), {}};
    const auto run = runCli({"board", "--folder", "Sales", "--json"}, environment);
    REQUIRE(run.status == exitstatus::success);
    CHECK(nlohmann::json::parse(run.out)["folder"] == "Sales");
}

TEST_CASE("board without a folder is a usage error", "[cli][board]")
{
    const ImportedDatabase database;
    const auto run = database.board({"--json"});
    CHECK(run.status == exitstatus::usage);
    CHECK(run.err == "dealboard board: missing --folder NAME (see dealboard board --help)\n");
}

// The real dealboard executable on the real Maven CRM sample: import, board, re-import,
// export, and the one-line failures a user sees. Fails, never skips, without the data.
#include "core/storage/repository.h"
#include "dealboardprocess.h"
#include "support/commandoutput.h"
#include "support/files.h"
#include "support/required.h"
#include "support/snapshotlookups.h"
#include "support/tempdirectory.h"

#include <catch2/catch_test_macros.hpp>

#include <nlohmann/json.hpp>

using namespace dealboard;
using namespace dealboard::test;

namespace {

std::map<std::string, std::int64_t> versionsByExternalId(const std::filesystem::path &database)
{
    const auto repository = required(Repository::open(database));
    const auto snapshot = snapshotOf(*repository, "Maven");

    std::map<std::string, std::int64_t> versions;
    for (const auto &deal : snapshot.deals)
        versions[deal.externalId] = deal.version;
    return versions;
}

} // namespace

TEST_CASE("The Maven pipeline imports into a board with the known counts and totals", "[e2e]")
{
    const Dealboard dealboard;

    const auto imported = dealboard.importMaven();
    INFO(imported.err);
    REQUIRE(imported.exitStatus == 0);
    CHECK(imported.out.starts_with(
        "Imported 8,800 rows into \"Maven\": 8,800 created, 0 updated, 0 unchanged;"));

    const auto boardRun = dealboard.board({"--json"});
    INFO(boardRun.err);
    REQUIRE(boardRun.exitStatus == 0);
    const auto board = nlohmann::json::parse(boardRun.out);
    CHECK(board["folder"] == "Maven");
    CHECK(columnNamed(board, "Prospecting")["count"] == 500);
    CHECK(columnNamed(board, "Engaging")["count"] == 1589);
    CHECK(columnNamed(board, "Won")["count"] == 4238);
    CHECK(columnNamed(board, "Won")["totals"] == nlohmann::json{{"USD", 1000553400}});
    CHECK(columnNamed(board, "Lost")["count"] == 2473);
    CHECK(columnNamed(board, "Prospecting")["totals"] == nlohmann::json::object());

    std::size_t deals = 0;
    for (const auto &column : board["columns"])
        deals += column["deals"].size();
    CHECK(deals == 8800);

    const auto text = dealboard.board();
    REQUIRE(text.exitStatus == 0);
    CHECK(text.out.find("Won — 4,238 deals — 10,005,534.00 USD — weighted 10,005,534.00 USD\n") !=
          std::string::npos);
    CHECK(text.out.find("Prospecting — 500 deals\n") != std::string::npos);

    SECTION("re-importing the file changes nothing")
    {
        const auto versionsBefore = versionsByExternalId(dealboard.database());
        REQUIRE(versionsBefore.size() == 8800);

        const auto again = dealboard.importMaven();
        INFO(again.err);
        REQUIRE(again.exitStatus == 0);
        CHECK(again.out.starts_with("Imported 8,800 rows into \"Maven\": 0 created, 0 updated, "
                                    "8,800 unchanged; new stages: none; new fields: none"));

        const auto boardAgain = dealboard.board({"--json"});
        REQUIRE(boardAgain.exitStatus == 0);
        CHECK(nlohmann::json::parse(boardAgain.out) == board);
        CHECK(versionsByExternalId(dealboard.database()) == versionsBefore);
    }

    SECTION("export writes every deal as CSV and as JSON")
    {
        const auto csv = dealboard.run({"export", "--database", dealboard.database().string(),
                                        "--folder", "Maven", "--format", "csv"});
        INFO(csv.err);
        REQUIRE(csv.exitStatus == 0);
        CHECK(lineCount(csv.out) == 8801); // the header and 8,800 deals

        const auto file = dealboard.directory() / "maven.json";
        const auto json =
            dealboard.run({"export", "--database", dealboard.database().string(), "--folder",
                           "Maven", "--format", "json", "--output", file.string()});
        INFO(json.err);
        REQUIRE(json.exitStatus == 0);
        const auto exported = nlohmann::json::parse(readFile(file));
        REQUIRE(exported.is_array());
        CHECK(exported.size() == 8800);
    }
}

TEST_CASE("Bad invocations exit non-zero with one line on stderr", "[e2e]")
{
    const Dealboard dealboard;
    const auto csv = dealboard.directory() / "small.csv";
    writeFile(csv, "id,title,stage,amount\n1,First,New,100\n");
    const std::string database = dealboard.database().string();
    REQUIRE(dealboard.run({"import", csv.string(), "--database", database, "--folder", "Deals"})
                .exitStatus == 0);

    const std::vector<std::vector<std::string>> invocations{
        {"board", "--database", database, "--folder", "Deals", "--colour"},
        {"board", "--database", database, "--folder"},
        {"board", "--database", database, "--folder", "Consulting"},
        {"board", "--database", database, "--folder", "Deals", "--view", "Nope"},
        {"board", "--database", (dealboard.directory() / "none.db").string(), "--folder", "Deals"},
        {"export", "--database", database, "--folder", "Deals", "--format", "xml"},
        {"import", (dealboard.directory() / "missing.csv").string(), "--database", database,
         "--folder", "Deals"},
        {"import", csv.string(), "--database", database},
        {"frobnicate"},
    };
    for (const auto &arguments : invocations) {
        const auto result = dealboard.run(arguments);
        INFO(arguments.front() << " " << arguments.back() << ": " << result.err);
        CHECK(result.exitStatus != 0);
        CHECK(result.errLines() == 1);
        CHECK(result.err.starts_with("dealboard"));
        CHECK(result.out.empty());
    }
    CHECK_FALSE(std::filesystem::exists(dealboard.directory() / "none.db"));

    const auto missingFolder =
        dealboard.run({"board", "--database", database, "--folder", "Consulting"});
    CHECK(missingFolder.err ==
          "dealboard board: No folder named \"Consulting\" in " + database + "; folders: Deals\n");
}

TEST_CASE("Help works without a display", "[e2e]")
{
    const Dealboard dealboard;
    const auto help = dealboard.run({"--help"});
    CHECK(help.exitStatus == 0);
    CHECK(help.out.starts_with("Usage: dealboard"));
    CHECK(help.err.empty());

    const auto boardHelp = dealboard.run({"board", "--help"});
    CHECK(boardHelp.exitStatus == 0);
    CHECK(boardHelp.out.starts_with("Usage: dealboard board"));
}

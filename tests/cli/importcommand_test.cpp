#include "cli/importcommand.h"

#include "clitesthelpers.h"
#include "core/storage/repository.h"
#include "support/required.h"
#include "support/snapshotlookups.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace dealboard;
using namespace dealboard::test;

namespace {

Deal dealWithExternalId(Repository &repository, const Folder &folder, const std::string &id)
{
    auto deal = repository.dealByExternalId(folder.id, id);
    REQUIRE(deal);
    REQUIRE(deal->has_value());
    return **deal;
}

} // namespace

TEST_CASE("Import creates the database and folder and prints one summary line", "[cli][import]")
{
    TempDirectory directory;
    const auto csv = directory / "deals.csv";
    const auto database = directory / "sales.db";
    writeFile(csv, sampleCsv);

    auto run =
        runCli({"import", csv.string(), "--database", database.string(), "--folder", "Sales"});
    INFO(run.err);
    REQUIRE(run.status == exitstatus::success);
    CHECK(run.err.empty());
    CHECK(lineCount(run.out) == 1);
    CHECK(
        run.out.starts_with("Imported 3 rows into \"Sales\": 3 created, 0 updated, 0 unchanged;"));
    CHECK(run.out.find("new stages: ") != std::string::npos);
    CHECK(run.out.find("Won") != std::string::npos);
    CHECK(run.out.find("new fields: Region") != std::string::npos);

    auto repository = required(Repository::open(database));
    const Folder folder = folderNamed(*repository, "Sales");
    CHECK(repository->dealCount(folder.id) == 3);
    const Deal upgrade = dealWithExternalId(*repository, folder, "A1");
    CHECK(upgrade.title == "Server upgrade");
    CHECK(upgrade.owner == "Alice");
    CHECK(upgrade.value == Money{120050, "USD"});
    CHECK(upgrade.expectedClose == Date::fromIso("2024-06-30"));
    CHECK(dealWithExternalId(*repository, folder, "A3").company == "Ромашка");
}

TEST_CASE("Importing the same file again changes nothing", "[cli][import]")
{
    TempDirectory directory;
    const auto csv = directory / "deals.csv";
    const auto database = directory / "sales.db";
    writeFile(csv, sampleCsv);
    const std::vector<std::string> arguments{"import",          csv.string(), "--database",
                                             database.string(), "--folder",   "Sales"};
    REQUIRE(runCli(arguments).status == exitstatus::success);

    std::int64_t versionBefore = 0;
    {
        auto repository = required(Repository::open(database));
        versionBefore =
            dealWithExternalId(*repository, folderNamed(*repository, "Sales"), "A2").version;
    }

    const auto run = runCli(arguments);
    REQUIRE(run.status == exitstatus::success);
    CHECK(run.out.starts_with("Imported 3 rows into \"Sales\": 0 created, 0 updated, 3 unchanged; "
                              "new stages: none; new fields: none"));

    auto repository = required(Repository::open(database));
    const Folder folder = folderNamed(*repository, "Sales");
    CHECK(repository->dealCount(folder.id) == 3);
    CHECK(dealWithExternalId(*repository, folder, "A2").version == versionBefore);
}

TEST_CASE("Import options reach the importer", "[cli][import]")
{
    TempDirectory directory;
    const auto csv = directory / "kunden.csv";
    const auto database = directory / "sales.db";
    writeFile(csv, "Nr;Kunde;Betrag;Abschluss;Phase\n"
                   "7;Müller AG;1.500;03/04/2024;Neu\n");

    const auto run = runCli({"import", csv.string(), "--database", database.string(), "--folder",
                             "Kunden", "--map", "external_id=Nr", "--map=company=Kunde", "--map",
                             "value=Betrag", "--map", "close_date=Abschluss", "--map",
                             "stage=Phase", "--date-format", "dmy", "--currency", "eur"});
    INFO(run.err);
    REQUIRE(run.status == exitstatus::success);

    auto repository = required(Repository::open(database));
    const Deal deal = dealWithExternalId(*repository, folderNamed(*repository, "Kunden"), "7");
    CHECK(deal.company == "Müller AG");
    CHECK(deal.value.has_value());
    CHECK(deal.value->currency == "EUR");
    CHECK(deal.expectedClose == Date::fromIso("2024-04-03"));
}

TEST_CASE("A failed import writes nothing and leaves no new database", "[cli][import]")
{
    TempDirectory directory;
    const auto csv = directory / "bad.csv";
    const auto database = directory / "sales.db";
    writeFile(csv, "id,title,stage,amount,close date\n"
                   "1,Good,New,100,2024-01-31\n"
                   "2,Bad amount,New,lots,2024-01-31\n"
                   "3,Bad date,New,100,2024-02-31\n");

    const auto run =
        runCli({"import", csv.string(), "--database", database.string(), "--folder", "Sales"});
    CHECK(run.status == exitstatus::failure);
    CHECK(run.out.empty());
    CHECK(run.err.starts_with("dealboard import: "));
    CHECK(run.errLines() >= 3); // the reason, then each bad row with its line number
    CHECK(run.err.find("3") != std::string::npos);
    CHECK(run.err.find("4") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(database));

    SECTION("an existing database keeps what it had")
    {
        const auto good = directory / "good.csv";
        writeFile(good, sampleCsv);
        REQUIRE(
            runCli({"import", good.string(), "--database", database.string(), "--folder", "Sales"})
                .status == exitstatus::success);
        CHECK(runCli({"import", csv.string(), "--database", database.string(), "--folder", "Sales"})
                  .status == exitstatus::failure);

        auto repository = required(Repository::open(database));
        CHECK(repository->dealCount(folderNamed(*repository, "Sales").id) == 3);
    }
}

TEST_CASE("A column that is not in the file is named with the option that names it",
          "[cli][import]")
{
    TempDirectory directory;
    const auto csv = directory / "deals.csv";
    const auto database = directory / "sales.db";
    writeFile(csv, sampleCsv);

    const auto skip = runCli({"import", csv.string(), "--database", database.string(), "--folder",
                              "Sales", "--skip", "nosuch"});
    CHECK(skip.status == exitstatus::failure);
    CHECK(skip.err.starts_with(
        "dealboard import: --skip nosuch: the file has no column \"nosuch\"; its columns are "
        "Deal ID, Deal Name"));

    const auto map = runCli({"import", csv.string(), "--database", database.string(), "--folder",
                             "Sales", "--map", "title=nosuch"});
    CHECK(map.status == exitstatus::failure);
    CHECK(map.err.starts_with(
        "dealboard import: --map title=nosuch: the file has no column \"nosuch\""));
    CHECK_FALSE(std::filesystem::exists(database));
}

TEST_CASE("An unreadable file is one line and creates no database", "[cli][import]")
{
    TempDirectory directory;
    const auto database = directory / "sales.db";
    const auto file = GENERATE(as<std::string>{}, "missing.csv", "");
    const auto path = file.empty() ? directory.path() : directory / file; // a directory

    const auto run =
        runCli({"import", path.string(), "--database", database.string(), "--folder", "Sales"});
    CHECK(run.status == exitstatus::failure);
    CHECK(run.errLines() == 1);
    CHECK(run.err.starts_with("dealboard import: cannot read "));
    CHECK_FALSE(std::filesystem::exists(database));
}

TEST_CASE("Wrong import arguments are one line and exit status 2", "[cli][import]")
{
    TempDirectory directory;
    const auto csv = directory / "deals.csv";
    const auto database = directory / "sales.db";
    writeFile(csv, sampleCsv);

    struct Case
    {
        std::vector<std::string> extra;
        std::string reason;
    };
    const auto testCase = GENERATE(values<Case>({
        {{}, "missing --folder NAME"},
        {{"--folder"}, "option --folder needs a value"},
        {{"--folder", "Sales", "--map", "title"}, "--map needs FIELD=COLUMN, not \"title\""},
        {{"--folder", "Sales", "--map", "=Name"}, "--map needs FIELD=COLUMN, not \"=Name\""},
        {{"--folder", "Sales", "--map", "title=Account", "--map", "title=Region"},
         "--map title=Region: title is already mapped to the column \"Account\"; map each "
         "field once"},
        {{"--folder", "Sales", "--date-format", "yyyy"},
         "unknown date format \"yyyy\"; use ymd, dmy or mdy"},
        {{"--folder", "Sales", "--currency", "dollars"},
         "\"DOLLARS\" is not a currency code such as USD or EUR"},
        {{"--folder", "Sales", "extra.csv"}, "unexpected argument \"extra.csv\""},
    }));

    std::vector<std::string> arguments{"import", csv.string(), "--database", database.string()};
    arguments.insert(arguments.end(), testCase.extra.begin(), testCase.extra.end());
    const auto run = runCli(arguments);
    CHECK(run.status == exitstatus::usage);
    CHECK(run.err == "dealboard import: " + testCase.reason + " (see dealboard import --help)\n");
    CHECK_FALSE(std::filesystem::exists(database));

    const auto noFile = runCli({"import", "--folder", "Sales"});
    CHECK(noFile.status == exitstatus::usage);
    CHECK(noFile.err.starts_with("dealboard import: missing the CSV file to import"));
}

#include "cli/exportcommand.h"

#include "clitesthelpers.h"
#include "support/commandoutput.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <nlohmann/json.hpp>

using namespace dealboard;
using namespace dealboard::test;

namespace {

class ExportFixture
{
public:
    ExportFixture()
    {
        writeFile(m_directory / "deals.csv", sampleCsv);
        const auto run = runCli({"import", (m_directory / "deals.csv").string(), "--database",
                                 database().string(), "--folder", "Sales"});
        REQUIRE(run.status == exitstatus::success);
    }

    std::filesystem::path database() const { return m_directory / "sales.db"; }
    const TempDirectory &directory() const { return m_directory; }

    CliRun exportWith(std::vector<std::string> extra) const
    {
        std::vector<std::string> arguments{"export", "--database", database().string(), "--folder",
                                           "Sales"};
        arguments.insert(arguments.end(), extra.begin(), extra.end());
        return runCli(arguments);
    }

private:
    TempDirectory m_directory;
};

} // namespace

TEST_CASE_METHOD(ExportFixture, "export writes CSV to stdout", "[cli][export]")
{
    const auto run = exportWith({"--format", "csv"});
    INFO(run.err);
    REQUIRE(run.status == exitstatus::success);
    CHECK(run.err.empty());
    CHECK(lineCount(run.out) == 4); // a header and three deals
    CHECK(run.out.find("Server upgrade") != std::string::npos);
    CHECK(run.out.find("Ромашка") != std::string::npos);
}

TEST_CASE_METHOD(ExportFixture, "export writes JSON to a file", "[cli][export]")
{
    const auto file = directory() / "deals.json";
    const auto run = exportWith({"--format", "json", "--output", file.string()});
    INFO(run.err);
    REQUIRE(run.status == exitstatus::success);
    CHECK(run.out == "Exported 3 deals to " + file.string() + "\n");

    const auto exported = nlohmann::json::parse(readFile(file));
    REQUIRE(exported.is_array());
    CHECK(exported.size() == 3);
    CHECK_FALSE(std::filesystem::exists(file.string() + ".part"));
}

TEST_CASE_METHOD(ExportFixture, "export to a place it cannot write fails in one line",
                 "[cli][export]")
{
    const auto file = directory() / "no-such-directory" / "deals.csv";
    const auto run = exportWith({"--format", "csv", "--output", file.string()});
    CHECK(run.status == exitstatus::failure);
    CHECK(run.errLines() == 1);
    CHECK(run.err.starts_with("dealboard export: Cannot write "));
    CHECK_FALSE(std::filesystem::exists(file));
}

TEST_CASE_METHOD(ExportFixture, "export never writes over the database it reads", "[cli][export]")
{
    const auto database = this->database();
    const std::string before = readFile(database);

    const auto run = exportWith({"--format", "csv", "--output", database.string()});

    CHECK(run.status == exitstatus::failure);
    CHECK(run.errLines() == 1);
    CHECK(run.err.find("it is a database, not an export") != std::string::npos);
    CHECK(readFile(database) == before);
    CHECK_FALSE(std::filesystem::exists(database.string() + ".part"));
}

TEST_CASE_METHOD(ExportFixture, "export needs a known format", "[cli][export]")
{
    auto run = exportWith({});
    CHECK(run.status == exitstatus::usage);
    CHECK(run.err == "dealboard export: missing --format csv|json (see dealboard export --help)\n");

    run = exportWith({"--format", "xml"});
    CHECK(run.status == exitstatus::usage);
    CHECK(run.err == "dealboard export: unknown format \"xml\"; use csv or json (see dealboard "
                     "export --help)\n");
}

TEST_CASE_METHOD(ExportFixture, "export fails like board on a missing folder or database",
                 "[cli][export]")
{
    auto run = exportWith({"--format", "csv", "--view", "Nope"});
    CHECK(run.status == exitstatus::failure);
    CHECK(run.errLines() == 1);
    CHECK(run.err.starts_with("dealboard export: No view named \"Nope\""));

    const auto missing = directory() / "missing.db";
    run =
        runCli({"export", "--database", missing.string(), "--folder", "Sales", "--format", "csv"});
    CHECK(run.status == exitstatus::failure);
    CHECK(run.err == "dealboard export: no such database: " + missing.string() + "\n");
    CHECK_FALSE(std::filesystem::exists(missing));
}

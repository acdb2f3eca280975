#pragma once

// Runs the command line in-process on temporary databases, capturing what it prints.
#include "cli/cli.h"
#include "core/storage/repository.h"
#include "support/commandoutput.h"
#include "support/files.h"
#include "support/required.h"
#include "support/tempdirectory.h"

#include <catch2/catch_test_macros.hpp>

#include <nlohmann/json.hpp>

#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace dealboard::test {

struct CliRun
{
    int status = -1;
    std::string out;
    std::string err;

    int errLines() const { return int(lineCount(err)); }
};

inline CliRun runCli(const std::vector<std::string> &arguments,
                     const CommandLineEnvironment &environment = {})
{
    std::ostringstream out;
    std::ostringstream err;
    CliRun run;
    run.status = runCommandLine(arguments, environment, out, err);
    run.out = out.str();
    run.err = err.str();
    return run;
}

// A small export of another CRM: ids, a quoted amount with a thousands separator, a
// Cyrillic company, a stage the folder does not have yet and a column for a custom field.
inline const char *sampleCsv = "Deal ID,Deal Name,Account,Sales Agent,Deal Stage,Amount,Close "
                               "Date,Region\n"
                               "A1,Server upgrade,Acme,Alice,New,\"1,200.50\",2024-06-30,North\n"
                               "A2,Laptops,Initech,Bob,Won,900,2024-05-01,South\n"
                               "A3,Printers,Ромашка,Carol,Won,50,2024-04-01,North\n";

// A database holding sampleCsv imported into folder "Sales", for the commands that shape
// a folder's setup. run() appends --database.
class SalesDatabase final
{
public:
    SalesDatabase()
    {
        writeFile(m_directory / "deals.csv", sampleCsv);
        const auto run = runCli({"import", (m_directory / "deals.csv").string(), "--database",
                                 path().string(), "--folder", "Sales"});
        INFO(run.err);
        REQUIRE(run.status == exitstatus::success);
    }

    std::filesystem::path path() const { return m_directory / "sales.db"; }
    const TempDirectory &directory() const { return m_directory; }

    CliRun run(std::vector<std::string> arguments) const
    {
        arguments.push_back("--database");
        arguments.push_back(path().string());
        return runCli(arguments);
    }

    // The same, requiring success, for a step a test builds on.
    CliRun runOk(const std::vector<std::string> &arguments) const
    {
        auto result = run(arguments);
        INFO(result.err);
        REQUIRE(result.status == exitstatus::success);
        return result;
    }

    // What "COMMAND list ... --json" prints, parsed.
    nlohmann::json listed(const std::vector<std::string> &arguments) const
    {
        auto withJson = arguments;
        withJson.push_back("--json");
        return nlohmann::json::parse(runOk(withJson).out);
    }

    std::unique_ptr<Repository> open() const { return required(Repository::open(path())); }

private:
    TempDirectory m_directory;
};

// The names of a JSON list of objects, in order.
inline std::vector<std::string> namesIn(const nlohmann::json &list)
{
    std::vector<std::string> names;
    for (const auto &item : list)
        names.push_back(item["name"].get<std::string>());
    return names;
}

} // namespace dealboard::test

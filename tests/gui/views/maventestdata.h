#pragma once

// The real Maven CRM pipeline (8,800 deals, see /work/shared/data/README.md) in a
// database in memory, with one column more than the sample has: "Source", Inbound for the
// deals of the Central office's sales agents and Outbound for the East and West offices
// (read from sales_teams.csv). The import makes Source a choice field, as it does Product.
#include "core/io/importer.h"
#include "core/storage/repository.h"
#include "support/repositoryfixtures.h"
#include "support/required.h"
#include "support/snapshotlookups.h"
#include "support/tempdirectory.h"

#include <catch2/catch_test_macros.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>

namespace dealboard::test {

struct MavenTestData
{
    std::unique_ptr<Repository> repository;
    Folder folder;

    FolderSnapshot snapshot() const { return required(repository->snapshot(folder.id)); }
};

inline std::map<std::string, std::string> mavenOfficesByAgent(const std::filesystem::path &teams)
{
    std::ifstream in(teams);
    std::map<std::string, std::string> offices;
    std::string line;
    std::getline(in, line); // header
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        std::string agent, manager, office;
        std::getline(fields, agent, ',');
        std::getline(fields, manager, ',');
        std::getline(fields, office, ',');
        offices[agent] = office;
    }
    return offices;
}

// sales_pipeline.csv with a source column appended; the sample has no quoted fields.
inline std::filesystem::path writeMavenWithSource(const std::filesystem::path &directory)
{
    const std::filesystem::path maven(DEALBOARD_MAVEN_DIR);
    const auto offices = mavenOfficesByAgent(maven / "sales_teams.csv");
    std::ifstream in(maven / "sales_pipeline.csv");
    REQUIRE(in.good());
    const std::filesystem::path csv = directory / "pipeline_with_source.csv";
    std::ofstream out(csv);
    std::string line;
    std::getline(in, line);
    out << line << ",source\n";
    while (std::getline(in, line)) {
        const std::string agent = line.substr(
            line.find(',') + 1, line.find(',', line.find(',') + 1) - line.find(',') - 1);
        out << line << ',' << (offices.at(agent) == "Central" ? "Inbound" : "Outbound") << '\n';
    }
    return csv;
}

inline MavenTestData makeMavenTestData()
{
    const TempDirectory directory;
    MavenTestData data;
    data.repository = memoryRepository();
    ImportOptions options;
    options.folderName = "Maven";
    const auto summary =
        required(importCsv(*data.repository, writeMavenWithSource(directory.path()), options));
    REQUIRE(summary.created == 8800);
    data.folder = folderNamed(*data.repository, "Maven");
    return data;
}

} // namespace dealboard::test

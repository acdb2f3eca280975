// The import end to end on the real Maven CRM sample data (see /work/shared/data/README.md).
#include "core/domain/money.h"
#include "core/io/importer.h"
#include "support/repositoryfixtures.h"
#include "support/required.h"
#include "support/snapshotlookups.h"

#include <catch2/catch_test_macros.hpp>

#include <filesystem>
#include <map>
#include <string>

using namespace dealboard;
using namespace dealboard::test;

namespace {

const std::filesystem::path mavenPipeline =
    std::filesystem::path(DEALBOARD_MAVEN_DIR) / "sales_pipeline.csv";

std::map<std::string, int> dealsPerStage(const FolderSnapshot &snapshot)
{
    std::map<std::string, int> counts;
    for (const auto &deal : snapshot.deals)
        ++counts[std::ranges::find(snapshot.stages, deal.stageId, &Stage::id)->name];
    return counts;
}

MoneyTotals totalOfStage(const FolderSnapshot &snapshot, StageId stageId)
{
    MoneyTotals totals;
    for (const auto &deal : snapshot.deals) {
        if (deal.stageId == stageId && deal.value)
            REQUIRE(totals.add(*deal.value));
    }
    return totals;
}

} // namespace

TEST_CASE("The Maven sales pipeline imports with its stages, values and fields", "[import][maven]")
{
    REQUIRE(std::filesystem::exists(mavenPipeline));
    auto repository = memoryRepository();
    ImportOptions options;
    options.folderName = "Maven";

    const auto summary = required(importCsv(*repository, mavenPipeline, options));
    CHECK(summary.created == 8800);
    CHECK(summary.newStages == std::vector<std::string>{"Prospecting", "Engaging", "Won", "Lost"});
    CHECK(summary.newFields == std::vector<std::string>{"Product", "Engage date"});

    const auto snapshot = snapshotOf(*repository, "Maven");
    CHECK(snapshot.deals.size() == 8800);
    CHECK(dealsPerStage(snapshot) ==
          std::map<std::string, int>{
              {"Prospecting", 500}, {"Engaging", 1589}, {"Won", 4238}, {"Lost", 2473}});
    const auto won = totalOfStage(snapshot, stageNamed(snapshot, "Won").id);
    CHECK(won.perCurrency() == std::map<std::string, std::int64_t>{{"USD", 1000553400}});

    CHECK(fieldNamed(snapshot, "Product").type == FieldType::Choice);
    CHECK(fieldNamed(snapshot, "Product").options.size() == 7);
    CHECK(fieldNamed(snapshot, "Engage date").type == FieldType::Date);

    const Deal &first = dealWithId(snapshot, "1C1I7A6R");
    CHECK(first.title == "Cancity \xC2\xB7 GTX Plus Basic");
    CHECK(first.owner == "Moses Frase");
    CHECK(first.company == "Cancity");
    CHECK(first.value == Money{105400, "USD"});
    CHECK(first.expectedClose->toIso() == "2017-03-01");
    CHECK(first.fields.at(fieldNamed(snapshot, "Engage date").id) == "2016-10-20");
}

TEST_CASE("Re-importing the Maven sales pipeline changes nothing", "[import][maven]")
{
    auto repository = memoryRepository();
    ImportOptions options;
    options.folderName = "Maven";
    required(importCsv(*repository, mavenPipeline, options));
    const auto before = snapshotOf(*repository, "Maven");

    const auto again = required(importCsv(*repository, mavenPipeline, options));
    CHECK(again.created == 0);
    CHECK(again.updated == 0);
    CHECK(again.unchanged == 8800);
    CHECK(again.newStages.empty());
    CHECK(again.newFields.empty());

    const auto after = snapshotOf(*repository, "Maven");
    REQUIRE(after.deals.size() == before.deals.size());
    std::map<DealId, std::int64_t> versions;
    for (const auto &deal : before.deals)
        versions[deal.id] = deal.version;
    int changed = 0;
    for (const auto &deal : after.deals)
        changed += versions.at(deal.id) == deal.version ? 0 : 1;
    CHECK(changed == 0);
    CHECK(after.stages.size() == 4);
    CHECK(after.fields.size() == 2);
}

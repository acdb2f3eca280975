#include "core/io/importer.h"

#include "core/board/board.h"
#include "core/domain/text.h"
#include "core/io/exporter.h"
#include "support/repositoryfixtures.h"
#include "support/required.h"
#include "support/snapshotlookups.h"
#include "support/tempdirectory.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>
#include <map>

#include <string>
#include <vector>

using namespace dealboard;
using namespace dealboard::test;
using Catch::Matchers::ContainsSubstring;
using Catch::Matchers::StartsWith;

namespace {

ImportOptions intoFolder(const std::string &name)
{
    ImportOptions options;
    options.folderName = name;
    return options;
}

std::string targetOf(const ImportPlan &plan, const std::string &header)
{
    const auto column = std::ranges::find(plan.columns, header, &ColumnMapping::header);
    REQUIRE(column != plan.columns.end());
    return column->target;
}

const std::string crmExport = "Opportunity_ID,Deal Name,Organization,Contact Name,Sales Agent,"
                              "Deal Stage,Amount,Close Date\r\n"
                              "D1,Fleet renewal,Acme,Ann Lee,Moses Frase,Won,\"$12,500.00\","
                              "2024-03-07\r\n"
                              "D2,Pilot,\"Globex, Inc.\",Bo Chan,Darcel Schlecht,Proposal,900,\r\n"
                              "D3,Upsell,Initech,,Moses Frase,Lost,,2024-01-31\r\n";

} // namespace

TEST_CASE("Common CRM headers map to the built-in fields", "[import]")
{
    TempDirectory dir;
    const auto file = dir.write("crm.csv", crmExport);
    auto repository = memoryRepository();

    const auto plan = required(planImport(*repository, file, intoFolder("Deals")));
    CHECK(targetOf(plan, "Opportunity_ID") == "external_id");
    CHECK(targetOf(plan, "Deal Name") == "title");
    CHECK(targetOf(plan, "Organization") == "company");
    CHECK(targetOf(plan, "Contact Name") == "contact");
    CHECK(targetOf(plan, "Sales Agent") == "owner");
    CHECK(targetOf(plan, "Deal Stage") == "stage");
    CHECK(targetOf(plan, "Amount") == "value");
    CHECK(targetOf(plan, "Close Date") == "close_date");
    CHECK(plan.rowCount == 3);
    CHECK(plan.sampleRows.size() == 3);
    CHECK(plan.newStages == std::vector<std::string>{"Proposal", "Won", "Lost"});
    CHECK_FALSE(required(repository->folderByName("Deals")).has_value()); // planning writes nothing

    const auto summary = required(importCsv(*repository, file, intoFolder("Deals")));
    CHECK(summary.created == 3);

    const auto snapshot = snapshotOf(*repository, "Deals");
    const Deal &d1 = dealWithId(snapshot, "D1");
    CHECK(d1.title == "Fleet renewal");
    CHECK(d1.company == "Acme");
    CHECK(d1.contact == "Ann Lee");
    CHECK(d1.owner == "Moses Frase");
    CHECK(d1.value == Money{1250000, "USD"});
    CHECK(d1.expectedClose->toIso() == "2024-03-07");
    CHECK(d1.stageId == stageNamed(snapshot, "Won").id);

    const Deal &d2 = dealWithId(snapshot, "D2");
    CHECK(d2.company == "Globex, Inc.");
    CHECK(d2.value == Money{90000, "USD"});
    CHECK_FALSE(d2.expectedClose.has_value());
    CHECK_FALSE(dealWithId(snapshot, "D3").value.has_value());
}

TEST_CASE("A header that is a field's own name wins over an alias", "[import]")
{
    TempDirectory dir;
    const auto file = dir.write("pipedrive.csv", "Title,Status,Stage,Value,Amount\n"
                                                 "A,open,Demo,10,20\n"
                                                 "B,won,Won,30,40\n");
    auto repository = memoryRepository();

    const auto plan = required(planImport(*repository, file, intoFolder("Deals")));
    CHECK(targetOf(plan, "Stage") == "stage");
    CHECK(targetOf(plan, "Status") == "field:Status");
    CHECK(targetOf(plan, "Value") == "value");
    CHECK(targetOf(plan, "Amount") == "field:Amount");
}

TEST_CASE("A new folder gets its stages in pipeline order and an All deals view", "[import]")
{
    TempDirectory dir;
    const auto file = dir.write("stages.csv", "id,stage\n1,Won\n2,Engaging\n3,Lost\n"
                                              "4,Prospecting\n5,Closed Lost\n6,Won\n");
    auto repository = memoryRepository();

    const auto summary = required(importCsv(*repository, file, intoFolder("Pipeline")));
    const auto snapshot = snapshotOf(*repository, "Pipeline");
    CHECK(stageNames(snapshot.stages) ==
          std::vector<std::string>{"Prospecting", "Engaging", "Won", "Lost", "Closed Lost"});
    CHECK(summary.newStages == stageNames(snapshot.stages));
    CHECK(stageNamed(snapshot, "Prospecting").isOpen());
    CHECK(stageNamed(snapshot, "Engaging").isOpen());
    CHECK(stageNamed(snapshot, "Prospecting").probability <
          stageNamed(snapshot, "Engaging").probability);
    CHECK(stageNamed(snapshot, "Won").isWon());
    CHECK(stageNamed(snapshot, "Won").probability == 100);
    CHECK(stageNamed(snapshot, "Closed Lost").isLost());

    const auto views = required(repository->views(snapshot.folder.id));
    REQUIRE(views.size() == 1);
    CHECK(views[0].name == "All deals");
}

TEST_CASE("Stage names match the folder's stages ignoring case and spaces", "[import]")
{
    TempDirectory dir;
    auto repository = memoryRepository();
    const auto folder = required(repository->createFolder("Deals"));
    const auto newStage = required(repository->addStage(folder.id, Stage{.name = "New"}));
    const auto won =
        required(repository->addStage(folder.id, Stage{.name = "Won", .kind = StageKind::Won}));
    const auto file = dir.write("deals.csv", "title,stage\nA,  WON \nB,new\nC,Demo\nD,\n");

    const auto plan = required(planImport(*repository, file, intoFolder("deals")));
    CHECK(plan.newStages == std::vector<std::string>{"Demo"});

    required(importCsv(*repository, file, intoFolder("deals")));
    const auto snapshot = snapshotOf(*repository, "Deals");
    // A new open stage goes left of the won stage, where the pipeline reads it.
    CHECK(stageNames(snapshot.stages) == std::vector<std::string>{"New", "Demo", "Won"});
    const auto stageOf = [&](const std::string &title) {
        return dealTitled(snapshot, title).stageId;
    };
    CHECK(stageOf("A") == won.id);
    CHECK(stageOf("B") == newStage.id);
    CHECK(stageOf("C") == stageNamed(snapshot, "Demo").id);
    CHECK(stageOf("D") == newStage.id); // no stage: the first column
}

TEST_CASE("Columns that map to no field become custom fields of a fitting type", "[import]")
{
    TempDirectory dir;
    std::string csv = "title,product,engage_date,discount,fee,notes,zip,empty\n";
    const std::vector<std::string> products{"GTX Pro",    "MG Special", "GTX Pro", "GTX Basic",
                                            "MG Special", "GTX Pro",    "GTX Pro", "GTX Basic"};
    for (std::size_t i = 0; i < products.size(); ++i)
        csv += "Deal " + std::to_string(i) + "," + products[i] + ",2024-0" + std::to_string(i + 1) +
               "-15," + std::to_string(i) + ".5,\"$1,00" + std::to_string(i) + ".00\",note " +
               std::to_string(i) + ",0123" + std::to_string(i) + ",\n";
    const auto file = dir.write("fields.csv", csv);
    auto repository = memoryRepository();

    // New fields get the names a person would write: "engage_date" becomes "Engage date".
    const std::map<std::string, std::string> fieldNames{
        {"product", "Product"},   {"engage_date", "Engage date"},
        {"discount", "Discount"}, {"fee", "Fee"},
        {"notes", "Notes"},       {"zip", "Zip"},
        {"empty", "Empty"}};
    const auto plan = required(planImport(*repository, file, intoFolder("Deals")));
    for (const auto &column : plan.columns) {
        if (column.header != "title") {
            CHECK(column.createsField);
            CHECK(column.target == "field:" + fieldNames.at(column.header));
        }
    }
    const auto summary = required(importCsv(*repository, file, intoFolder("Deals")));
    CHECK(summary.newFields.size() == 7);

    const auto snapshot = snapshotOf(*repository, "Deals");
    const auto &product = fieldNamed(snapshot, "Product");
    CHECK(product.type == FieldType::Choice);
    CHECK(product.options == std::vector<std::string>{"GTX Pro", "MG Special", "GTX Basic"});
    CHECK(fieldNamed(snapshot, "Engage date").type == FieldType::Date);
    CHECK(fieldNamed(snapshot, "Discount").type == FieldType::Number);
    CHECK(fieldNamed(snapshot, "Fee").type == FieldType::Money);
    CHECK(fieldNamed(snapshot, "Notes").type == FieldType::Text);
    CHECK(fieldNamed(snapshot, "Zip").type == FieldType::Text);
    CHECK(fieldNamed(snapshot, "Empty").type == FieldType::Text);

    const Deal &deal = dealTitled(snapshot, "Deal 2");
    CHECK(deal.fields.at(product.id) == "GTX Pro");
    CHECK(deal.fields.at(fieldNamed(snapshot, "Engage date").id) == "2024-03-15");
    CHECK(deal.fields.at(fieldNamed(snapshot, "Discount").id) == 2.5);
    CHECK(deal.fields.at(fieldNamed(snapshot, "Fee").id) ==
          nlohmann::json{{"minor", 100200}, {"currency", "USD"}});
    CHECK(deal.fields.at(fieldNamed(snapshot, "Zip").id) == "01232");
    CHECK_FALSE(deal.fields.contains(fieldNamed(snapshot, "Empty").id));
}

TEST_CASE("Existing custom fields are reused and choices extended", "[import]")
{
    TempDirectory dir;
    auto repository = memoryRepository();
    const auto folder = required(repository->createFolder("Deals"));
    required(repository->addStage(folder.id, Stage{.name = "New"}));
    FieldDefinition region;
    region.name = "Region";
    region.type = FieldType::Choice;
    region.options = {"North", "South"};
    region = required(repository->addField(folder.id, region));
    const auto file = dir.write("regions.csv", "title,REGION\nA,South\nB,East\nC,West\nD,East\n");

    const auto plan = required(planImport(*repository, file, intoFolder("Deals")));
    CHECK(targetOf(plan, "REGION") == "field:Region");
    CHECK_FALSE(plan.columns[1].createsField);

    const auto summary = required(importCsv(*repository, file, intoFolder("Deals")));
    CHECK(summary.newFields.empty());
    const auto fields = required(repository->fields(folder.id));
    REQUIRE(fields.size() == 1);
    CHECK(fields[0].options == std::vector<std::string>{"North", "South", "East", "West"});
}

TEST_CASE("A --map option overrides the header names", "[import]")
{
    TempDirectory dir;
    const auto file = dir.write("map.csv", "Product,Account,Ref,Amount\nGTX,Acme,R1,10\n");
    auto repository = memoryRepository();
    auto options = intoFolder("Deals");
    options.mapping = {{"title", "product"}, {"id", "Ref"}, {"field:Revenue", "Amount"}};

    const auto plan = required(planImport(*repository, file, options));
    CHECK(targetOf(plan, "Product") == "title");
    CHECK(targetOf(plan, "Account") == "company");
    CHECK(targetOf(plan, "Ref") == "external_id");
    CHECK(targetOf(plan, "Amount") == "field:Revenue");

    required(importCsv(*repository, file, options));
    const auto snapshot = snapshotOf(*repository, "Deals");
    const Deal &deal = dealWithId(snapshot, "R1");
    CHECK(deal.title == "GTX");
    CHECK_FALSE(deal.value.has_value());
    CHECK(deal.fields.at(fieldNamed(snapshot, "Revenue").id) == 10);
}

TEST_CASE("A mapping that names a missing column or field is refused", "[import]")
{
    TempDirectory dir;
    const auto file = dir.write("map.csv", "name,amount\nA,1\n");
    auto repository = memoryRepository();
    auto options = intoFolder("Deals");

    options.mapping = {{"title", "Deal title"}};
    auto plan = planImport(*repository, file, options);
    REQUIRE_FALSE(plan.has_value());
    CHECK_THAT(plan.error(), ContainsSubstring("no column \"Deal title\""));
    CHECK_THAT(plan.error(), ContainsSubstring("name, amount"));

    options.mapping = {{"colour", "name"}};
    plan = planImport(*repository, file, options);
    REQUIRE_FALSE(plan.has_value());
    CHECK_THAT(plan.error(), ContainsSubstring("no field \"colour\""));

    options.mapping = {{"title", "nosuch"}};
    plan = planImport(*repository, file, options);
    REQUIRE_FALSE(plan.has_value());
    CHECK_THAT(plan.error(), StartsWith("--map title=nosuch: the file has no column \"nosuch\""));

    options.mapping.clear();
    options.skippedColumns = {"nosuch"};
    plan = planImport(*repository, file, options);
    REQUIRE_FALSE(plan.has_value());
    CHECK_THAT(plan.error(), StartsWith("--skip nosuch: the file has no column \"nosuch\""));
    options.skippedColumns.clear();
    options.mapping = {{"colour", "name"}};

    auto summary = importCsv(*repository, file, options);
    REQUIRE_FALSE(summary.has_value());
    CHECK_FALSE(required(repository->folderByName("Deals")).has_value());
}

TEST_CASE("Bad rows are all reported with their lines and nothing is written", "[import]")
{
    TempDirectory dir;
    const auto file = dir.write("bad.csv", "id,title,amount,close date,stage\n"
                                           "1,Good,100,2024-01-31,New\n"
                                           "2,Bad amount,12abc,2024-01-31,New\n"
                                           "3,\"Multi\nline\",1.999.99,2024-02-30,New\n"
                                           "4,Too few,5\n"
                                           "1,Duplicate id,5,,New\n"
                                           "6,Good too,,,Won\n");
    auto repository = memoryRepository();
    const auto folder = required(repository->createFolder("Deals"));

    const auto summary = importCsv(*repository, file, intoFolder("Deals"));
    REQUIRE_FALSE(summary.has_value());
    const std::string &message = summary.error();
    CHECK_THAT(message, ContainsSubstring("4 of 6 rows"));
    CHECK_THAT(message, ContainsSubstring("line 3: amount \"12abc\" is not an amount"));
    CHECK_THAT(message, ContainsSubstring("line 4: close date \"2024-02-30\" is not a date in "
                                          "the form YYYY-MM-DD; amount \"1.999.99\" is not an "
                                          "amount"));
    CHECK_THAT(message, ContainsSubstring("line 6: has 3 cells where the header has 5"));
    CHECK_THAT(message, ContainsSubstring("line 7: id \"1\" is also on line 2"));
    CHECK_THAT(message, !ContainsSubstring("line 2:"));

    CHECK(required(repository->dealCount(folder.id)) == 0);
    CHECK(required(repository->stages(folder.id)).empty());
    CHECK(required(repository->fields(folder.id)).empty());
}

TEST_CASE("The list of bad rows stops after fifty", "[import]")
{
    TempDirectory dir;
    std::string csv = "title,amount\n";
    for (int i = 0; i < 80; ++i)
        csv += "Deal,not money\n";
    const auto file = dir.write("many.csv", csv);
    auto repository = memoryRepository();

    const auto summary = importCsv(*repository, file, intoFolder("Deals"));
    REQUIRE_FALSE(summary.has_value());
    CHECK_THAT(summary.error(), ContainsSubstring("line 51:"));
    CHECK_THAT(summary.error(), !ContainsSubstring("line 52:"));
    CHECK_THAT(summary.error(), ContainsSubstring("and 30 more"));
    CHECK_FALSE(required(repository->folderByName("Deals")).has_value());
}

TEST_CASE("Re-importing updates the same deals and leaves unchanged ones alone", "[import]")
{
    TempDirectory dir;
    const auto first = dir.write("first.csv", crmExport);
    auto repository = memoryRepository();
    required(importCsv(*repository, first, intoFolder("Deals")));
    const auto before = snapshotOf(*repository, "Deals");

    const auto again = required(importCsv(*repository, first, intoFolder("Deals")));
    CHECK(again.created == 0);
    CHECK(again.updated == 0);
    CHECK(again.unchanged == 3);
    CHECK(again.newStages.empty());
    const auto unchanged = snapshotOf(*repository, "Deals");
    REQUIRE(unchanged.deals.size() == 3);
    for (const auto &deal : unchanged.deals)
        CHECK(deal.version == dealWithId(before, deal.externalId).version);

    std::string changedCsv = crmExport;
    changedCsv.replace(changedCsv.find("Proposal"), 8, "Won");
    changedCsv += "D4,New one,Umbrella,,Moses Frase,Proposal,50,\r\n";
    const auto second = dir.write("second.csv", changedCsv);
    const auto changed = required(importCsv(*repository, second, intoFolder("Deals")));
    CHECK(changed.created == 1);
    CHECK(changed.updated == 1);
    CHECK(changed.unchanged == 2);

    const auto after = snapshotOf(*repository, "Deals");
    const Deal &d2 = dealWithId(after, "D2");
    CHECK(d2.stageId == stageNamed(after, "Won").id);
    CHECK(d2.version != dealWithId(before, "D2").version);
    const auto history = required(repository->stageHistory(d2.id));
    REQUIRE(history.size() == 2);
    CHECK(history[1].fromStageId == stageNamed(after, "Proposal").id);
    CHECK(history[1].toStageId == stageNamed(after, "Won").id);
}

TEST_CASE("Deals without a title column get one built from the row", "[import]")
{
    TempDirectory dir;
    const auto file = dir.write("titles.csv", "opportunity_id,account,product,stage\n"
                                              "X1,Cancity,GTX Plus Basic,Won\n"
                                              "X2,,GTX Pro,Won\n"
                                              "X3,Isdom,,Won\n"
                                              "X4,,,Won\n");
    const auto untitled = dir.write("untitled.csv", "stage,note\nWon,a\nWon,b\n");
    auto repository = memoryRepository();

    required(importCsv(*repository, file, intoFolder("Deals")));
    const auto snapshot = snapshotOf(*repository, "Deals");
    CHECK(dealWithId(snapshot, "X1").title == "Cancity \xC2\xB7 GTX Plus Basic");
    CHECK(dealWithId(snapshot, "X2").title == "GTX Pro \xC2\xB7 X2");
    CHECK(dealWithId(snapshot, "X3").title == "Isdom");
    CHECK(dealWithId(snapshot, "X4").title == "X4");

    required(importCsv(*repository, untitled, intoFolder("Other")));
    const auto other = snapshotOf(*repository, "Other");
    REQUIRE(other.deals.size() == 2);
    CHECK(std::ranges::count(other.deals, "Row 1", &Deal::title) == 1);
    CHECK(std::ranges::count(other.deals, "Row 2", &Deal::title) == 1);
}

TEST_CASE("Day-first and month-first dates are settled per column", "[import]")
{
    TempDirectory dir;
    const auto dayFirst = dir.write("dmy.csv", "title,close date,signed\n"
                                               "A,03/04/2024,1.2.2024\n"
                                               "B,25/12/2024,2.1.2024\n");
    auto repository = memoryRepository();

    auto plan = planImport(*repository, dayFirst, intoFolder("Deals"));
    REQUIRE_FALSE(plan.has_value()); // "signed" never settles its order
    CHECK_THAT(plan.error(), ContainsSubstring("signed"));
    CHECK_THAT(plan.error(), ContainsSubstring("choose the date order: day first (dmy) or "
                                               "month first (mdy)"));

    auto options = intoFolder("Deals");
    options.dateOrder = DateOrder::DayMonthYear;
    required(importCsv(*repository, dayFirst, options));
    const auto snapshot = snapshotOf(*repository, "Deals");
    const Deal &a = dealTitled(snapshot, "A");
    CHECK(a.expectedClose->toIso() == "2024-04-03");
    CHECK(a.fields.at(fieldNamed(snapshot, "Signed").id) == "2024-02-01");

    const auto monthFirst = dir.write("mdy.csv", "title,close date\nC,03/04/2024\nD,12/25/2024\n");
    required(importCsv(*repository, monthFirst, intoFolder("US")));
    const auto us = snapshotOf(*repository, "US");
    CHECK(dealTitled(us, "C").expectedClose->toIso() == "2024-03-04");

    const auto mixed = dir.write("mixed.csv", "title,close date\nE,13/01/2024\nF,01/13/2024\n");
    const auto refused = importCsv(*repository, mixed, intoFolder("Mixed"));
    REQUIRE_FALSE(refused.has_value());
    CHECK_THAT(refused.error(), ContainsSubstring("line 2: 13/01/2024"));
    CHECK_THAT(refused.error(), ContainsSubstring("line 3: 01/13/2024"));
}

TEST_CASE("European files: semicolons, BOM, decimal commas and currencies", "[import]")
{
    TempDirectory dir;
    const auto file = dir.write(
        "eu.csv",
        "\xEF\xBB\xBF"
        "Titel;Organisation;Betrag;Currency\r\n"
        "Lizenz;Soci\xC3\xA9t\xC3\xA9 G\xC3\xA9n\xC3\xA9rale;\"1.234,56 \xE2\x82\xAC\";\r\n"
        "Wartung;\xE6\x9D\xB1\xE4\xBA\xAC;99,90;CHF\r\n"
        "Schulung;Acme \xF0\x9F\x9A\x80;1 500;\r\n");
    auto repository = memoryRepository();
    auto options = intoFolder("Europa");
    options.defaultCurrency = "EUR";
    options.mapping = {{"title", "Titel"}, {"value", "Betrag"}};

    required(importCsv(*repository, file, options));
    const auto snapshot = snapshotOf(*repository, "Europa");
    const auto byTitle = [&](const std::string &title) {
        return dealTitled(snapshot, title);
    };
    CHECK(byTitle("Lizenz").company == "Soci\xC3\xA9t\xC3\xA9 G\xC3\xA9n\xC3\xA9rale");
    CHECK(byTitle("Lizenz").value == Money{123456, "EUR"});
    CHECK(byTitle("Wartung").company == "\xE6\x9D\xB1\xE4\xBA\xAC");
    CHECK(byTitle("Wartung").value == Money{9990, "CHF"});
    CHECK(byTitle("Schulung").value == Money{150000, "EUR"});
}

TEST_CASE("An amount disagreeing with the currency column is a bad row", "[import]")
{
    TempDirectory dir;
    const auto file = dir.write("cur.csv", "title,value,currency\nA,$5,EUR\nB,5,dollars\n");
    auto repository = memoryRepository();

    const auto summary = importCsv(*repository, file, intoFolder("Deals"));
    REQUIRE_FALSE(summary.has_value());
    CHECK_THAT(summary.error(), ContainsSubstring("line 2: value \"$5\" is in USD but the "
                                                  "currency column says EUR"));
    CHECK_THAT(summary.error(), ContainsSubstring("line 3: currency \"DOLLARS\""));
}

TEST_CASE("Progress is reported and cancelling writes nothing", "[import]")
{
    TempDirectory dir;
    std::string csv = "id,title\n";
    for (int i = 0; i < 250; ++i)
        csv += std::to_string(i) + ",Deal " + std::to_string(i) + "\n";
    const auto file = dir.write("progress.csv", csv);
    auto repository = memoryRepository();

    std::vector<int> reported;
    const auto summary =
        required(importCsv(*repository, file, intoFolder("Deals"), [&](int done, int total) {
            CHECK(total == 250);
            reported.push_back(done);
            return true;
        }));
    CHECK(summary.created == 250);
    CHECK(reported == std::vector<int>{0, 100, 200, 250});

    const auto cancelled = importCsv(*repository, file, intoFolder("Cancelled"),
                                     [](int done, int) { return done < 200; });
    REQUIRE_FALSE(cancelled.has_value());
    CHECK_THAT(cancelled.error(), ContainsSubstring("cancelled"));
    CHECK_FALSE(required(repository->folderByName("Cancelled")).has_value());
}

TEST_CASE("Imports refuse a missing folder name or an unreadable file", "[import]")
{
    TempDirectory dir;
    auto repository = memoryRepository();
    const auto file = dir.write("ok.csv", "title\nA\n");

    auto summary = importCsv(*repository, file, ImportOptions{});
    REQUIRE_FALSE(summary.has_value());
    CHECK_THAT(summary.error(), ContainsSubstring("No folder"));

    summary = importCsv(*repository, dir.write("bad.csv", "title\n\"open\n"), intoFolder("D"));
    REQUIRE_FALSE(summary.has_value());
    CHECK_THAT(summary.error(), ContainsSubstring("bad.csv: line 2:"));

    auto options = intoFolder("D");
    options.defaultCurrency = "euro";
    summary = importCsv(*repository, file, options);
    REQUIRE_FALSE(summary.has_value());
    CHECK_THAT(summary.error(), ContainsSubstring("euro"));
}

TEST_CASE("Each amount column settles its decimal separator from all its values", "[import]")
{
    TempDirectory dir;
    auto repository = memoryRepository();
    const auto valueOf = [](const FolderSnapshot &snapshot, const std::string &title) {
        return std::ranges::find(snapshot.deals, title, &Deal::title)->value;
    };

    // "1.50" proves the point is decimal, so "2,500" is 2500 and "1.234" has three decimals.
    const auto dot = dir.write("dot.csv", "title,value\nA,1.50\nB,\"2,500\"\nC,10.000\n");
    required(importCsv(*repository, dot, intoFolder("Dot")));
    const auto dots = snapshotOf(*repository, "Dot");
    CHECK(valueOf(dots, "A") == Money{150, "USD"});
    CHECK(valueOf(dots, "B") == Money{250000, "USD"});
    CHECK(valueOf(dots, "C") == Money{1000, "USD"});

    const auto dotBad = dir.write("dotbad.csv", "title,value\nA,1.50\nB,1.234\n");
    const auto tooPrecise = importCsv(*repository, dotBad, intoFolder("DotBad"));
    REQUIRE_FALSE(tooPrecise.has_value());
    CHECK_THAT(tooPrecise.error(),
               ContainsSubstring("line 3: value \"1.234\" has 3 decimals where the currency "
                                 "has 2"));

    // "2,5" proves the comma is decimal, so "1.234" and "10.000" group thousands.
    const auto comma = dir.write("comma.csv", "title,value,cost\nA,\"2,5\",\"1.000\"\n"
                                              "B,1.234,\"2,25 EUR\"\nC,10.000,\"7 EUR\"\n");
    required(importCsv(*repository, comma, intoFolder("Comma")));
    const auto commas = snapshotOf(*repository, "Comma");
    CHECK(valueOf(commas, "A") == Money{250, "USD"});
    CHECK(valueOf(commas, "B") == Money{123400, "USD"});
    CHECK(valueOf(commas, "C") == Money{1000000, "USD"});
    const auto cost = fieldNamed(commas, "Cost");
    CHECK(cost.type == FieldType::Money);
    const auto a = std::ranges::find(commas.deals, "A", &Deal::title);
    CHECK(a->fields.at(cost.id) == nlohmann::json{{"minor", 100000}, {"currency", "USD"}});

    // Nothing settles it: a lone separator before three digits groups thousands.
    const auto unsettled = dir.write("unsettled.csv", "title,value\nA,1.234\nB,\"2,500\"\n");
    required(importCsv(*repository, unsettled, intoFolder("Unsettled")));
    const auto guessed = snapshotOf(*repository, "Unsettled");
    CHECK(valueOf(guessed, "A") == Money{123400, "USD"});
    CHECK(valueOf(guessed, "B") == Money{250000, "USD"});

    // Number fields too: "0,75" settles the comma, so "1.500" is fifteen hundred.
    const auto numbers = dir.write("numbers.csv", "title,score\nA,\"0,75\"\nB,1.500\nC,3\n");
    required(importCsv(*repository, numbers, intoFolder("Numbers")));
    const auto scored = snapshotOf(*repository, "Numbers");
    const auto score = fieldNamed(scored, "Score");
    CHECK(score.type == FieldType::Number);
    CHECK(std::ranges::find(scored.deals, "B", &Deal::title)->fields.at(score.id) == 1500);
    CHECK(std::ranges::find(scored.deals, "A", &Deal::title)->fields.at(score.id) == 0.75);
}

TEST_CASE("An amount column proving both decimal separators stops the import", "[import]")
{
    TempDirectory dir;
    const auto file = dir.write("both.csv", "title,Amount\nA,1.50\nB,1.234\nC,\"2,5\"\n"
                                            "D,\"2,500\"\n");
    auto repository = memoryRepository();

    const auto plan = planImport(*repository, file, intoFolder("Deals"));
    REQUIRE_FALSE(plan.has_value());
    CHECK_THAT(plan.error(), ContainsSubstring("Column \"Amount\""));
    CHECK_THAT(plan.error(), ContainsSubstring("line 2: \"1.50\""));
    CHECK_THAT(plan.error(), ContainsSubstring("line 4: \"2,5\""));
    REQUIRE_FALSE(importCsv(*repository, file, intoFolder("Deals")).has_value());
    CHECK_FALSE(required(repository->folderByName("Deals")).has_value());
}

TEST_CASE("Exported text guarded against spreadsheet formulas imports as it was", "[import]")
{
    const std::vector<std::string> titles{"=cmd",    "+1+1",   "@SUM(A1)", "-2+3",
                                          "'quoted", "'=both", "plain"};
    TempDirectory dir;
    std::string csv = "title,company\n";
    for (const auto &title : titles) // "''=both" is how a file spells the text "'=both"
        csv += "\"" + (title == "'=both" ? "'" + title : title) + "\",\"=" + title + "\"\n";
    const auto source = dir.write("source.csv", csv);
    auto repository = memoryRepository();
    required(importCsv(*repository, source, intoFolder("Source")));

    const auto before = snapshotOf(*repository, "Source");
    CHECK(std::ranges::find(before.deals, "'=both", &Deal::title) != before.deals.end());
    CHECK(std::ranges::find(before.deals, "=plain", &Deal::company) != before.deals.end());
    const auto exported = dir.path() / "exported.csv";
    REQUIRE(
        exportBoardToFile(buildBoard(before, SavedView{}), before, ExportFormat::Csv, exported));
    required(importCsv(*repository, exported, intoFolder("Copy")));

    const auto after = snapshotOf(*repository, "Copy");
    REQUIRE(after.deals.size() == titles.size());
    for (const auto &title : titles) {
        INFO(title);
        const auto deal = std::ranges::find(after.deals, title, &Deal::title);
        REQUIRE(deal != after.deals.end());
        CHECK(deal->company == "=" + title);
    }
    // Only the apostrophe before a formula start is the export's: others are the text's.
    CHECK(std::ranges::find(after.deals, "'quoted", &Deal::title) != after.deals.end());
}

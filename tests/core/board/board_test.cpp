#include "core/board/board.h"

#include "boardfixture.h"

#include <catch2/catch_test_macros.hpp>

#include <limits>

using namespace dealboard;
using namespace dealboard::test;

namespace {

std::vector<std::string> columnNames(const Board &board)
{
    std::vector<std::string> names;
    for (const auto &column : board.columns)
        names.push_back(column.name);
    return names;
}

std::vector<DealId> idsIn(const Board &board, std::string_view column)
{
    const BoardColumn *found = findColumn(board, column);
    REQUIRE(found != nullptr);
    return dealIds(*found);
}

using Totals = std::map<std::string, std::int64_t>;

} // namespace

TEST_CASE("A board groups deals by stage in stage order by default", "[board]")
{
    const auto snapshot = makeSnapshot();
    const Board board = buildBoard(snapshot, makeView());

    CHECK(board.folder.name == "Deals");
    CHECK(board.viewName == "All deals");
    CHECK(columnNames(board) ==
          std::vector<std::string>{"New", "Presentation", "Negotiation", "Won", "Lost"});
    CHECK(board.columns[3].key == stageColumnKey(won));
    CHECK(board.columns[3].stageId == won);
    CHECK(idsIn(board, "New") == std::vector<DealId>{1, 3, 2}); // manual position order
    CHECK(idsIn(board, "Won") == std::vector<DealId>{5, 6, 7});
    CHECK(idsIn(board, "Negotiation").empty());
    CHECK(board.warnings.empty());
}

TEST_CASE("Hidden columns are dropped; a key of a deleted stage is left out with a warning",
          "[board]")
{
    auto view = makeView("Open pipeline");
    view.hiddenColumns = {stageColumnKey(won), stageColumnKey(lost), stageColumnKey(999)};
    const Board board = buildBoard(makeSnapshot(), view);

    CHECK(columnNames(board) == std::vector<std::string>{"New", "Presentation", "Negotiation"});
    CHECK(board.warnings ==
          std::vector<std::string>{"A hidden column of a deleted stage was left out."});
    std::size_t shown = 0;
    for (const BoardColumn &column : board.columns)
        shown += column.deals.size();
    CHECK(dealCount(board) == shown);
    CHECK(dealCount(board) < dealCount(buildBoard(makeSnapshot(), makeView())));
}

TEST_CASE("A board grouped by owner has a column per owner and one for no owner", "[board]")
{
    auto view = makeView();
    view.groupBy = "owner";
    const Board board = buildBoard(makeSnapshot(), view);

    // Values as written, ordered ignoring case; the column without a value comes last.
    CHECK(columnNames(board) ==
          std::vector<std::string>{"Alice", "alice", "Bob", "Carol", "No value"});
    CHECK(board.columns.back().key.empty());
    CHECK_FALSE(board.columns.back().stageId.has_value());
    CHECK(idsIn(board, "Alice") == std::vector<DealId>{1, 8}); // by stage, then position
    CHECK(idsIn(board, "No value") == std::vector<DealId>{3});
    CHECK(board.warnings.empty());
}

TEST_CASE("A board grouped by a choice field has the options in their order", "[board]")
{
    auto view = makeView();
    view.groupBy = customFieldRef(productField);

    SECTION("options first, then values no longer among them, then no value")
    {
        const Board board = buildBoard(makeSnapshot(), view);
        CHECK(columnNames(board) ==
              std::vector<std::string>{"GTX", "MG", "Zeta", "Legacy", "No value"});
        CHECK(idsIn(board, "GTX") == std::vector<DealId>{1, 5});
        CHECK(idsIn(board, "Zeta").empty());
        CHECK(idsIn(board, "Legacy") == std::vector<DealId>{3});
        CHECK(idsIn(board, "No value") == std::vector<DealId>{4, 6, 7, 8});
    }
    SECTION("hidden by value")
    {
        view.hiddenColumns = {"Zeta", ""};
        const Board board = buildBoard(makeSnapshot(), view);
        CHECK(columnNames(board) == std::vector<std::string>{"GTX", "MG", "Legacy"});
    }
}

TEST_CASE("A board grouped by a person field has a column per person and a hideable "
          "no-value column",
          "[board]")
{
    auto view = makeView();
    view.groupBy = customFieldRef(managerField);
    const Board board = buildBoard(makeSnapshot(), view);

    CHECK(columnNames(board) == std::vector<std::string>{"Dana", "No value"});
    CHECK(board.columns[0].key == "Dana");
    CHECK(idsIn(board, "Dana") == std::vector<DealId>{2});
    CHECK(idsIn(board, "No value") == std::vector<DealId>{1, 3, 4, 5, 6, 7, 8});
    CHECK(findColumn(board, "Dana")->totals.perCurrency() == Totals{{"EUR", 500000}});
    CHECK(board.warnings.empty());

    view.hiddenColumns = {""};
    const Board withoutNoValue = buildBoard(makeSnapshot(), view);
    CHECK(columnNames(withoutNoValue) == std::vector<std::string>{"Dana"});
    CHECK(dealCount(withoutNoValue) == 1);
    CHECK(withoutNoValue.warnings.empty());
}

TEST_CASE("A board grouped by owner can hide its no-value column", "[board]")
{
    auto view = makeView();
    view.groupBy = "owner";
    view.hiddenColumns = {"", "Bob"};
    const Board board = buildBoard(makeSnapshot(), view);

    CHECK(columnNames(board) == std::vector<std::string>{"Alice", "alice", "Carol"});
    CHECK(allDealIds(board) == std::vector<DealId>{1, 4, 5, 7, 8});
    CHECK(board.warnings.empty());
}

TEST_CASE("A board grouped by a deleted field falls back to stages with a warning", "[board]")
{
    auto view = makeView();
    view.groupBy = "field:999";
    const Board board = buildBoard(makeSnapshot(), view);

    CHECK(board.columns.size() == 5);
    CHECK(board.columns.front().stageId == newStage);
    REQUIRE(board.warnings.size() == 1);
    CHECK(board.warnings.front().find("no longer exists") != std::string::npos);
}

TEST_CASE("Filters narrow every column, and their warnings reach the board", "[board]")
{
    auto view = makeView();
    view.filters = {{"value", FilterOperator::Greater, "600", ""},
                    {"field:999", FilterOperator::Is, "x", ""}};
    const Board board = buildBoard(makeSnapshot(), view);

    CHECK(board.columns.size() == 5); // columns stay even when a filter empties them
    CHECK(allDealIds(board) == std::vector<DealId>{1, 2, 4, 5});
    CHECK(board.warnings.size() == 1);
}

TEST_CASE("Search looks at title, company, owner and contact, ignoring case", "[board]")
{
    const auto snapshot = makeSnapshot();
    auto found = [&](std::string_view search) {
        return allDealIds(buildBoard(snapshot, makeView(), search));
    };

    CHECK(found("") == std::vector<DealId>{1, 2, 3, 4, 5, 6, 7, 8});
    CHECK(found("  ") == std::vector<DealId>{1, 2, 3, 4, 5, 6, 7, 8});
    CHECK(found("UPGRADE") == std::vector<DealId>{1}); // title
    CHECK(found("acme") == std::vector<DealId>{1, 6}); // company
    CHECK(found("BOB") == std::vector<DealId>{2, 6});  // owner
    CHECK(found("jane") == std::vector<DealId>{1});    // contact
    CHECK(found("ärzte") == std::vector<DealId>{2});   // Latin-1 capitals in the data
    CHECK(found("КИРИЛЛ") == std::vector<DealId>{3});  // Cyrillic capitals in the search
    CHECK(found("ромашка") == std::vector<DealId>{3});
    CHECK(found("ωmega") == std::vector<DealId>{5}); // Greek
    CHECK(found("nowhere") == std::vector<DealId>{});
    CHECK(buildBoard(snapshot, makeView(), "nowhere").columns.size() == 5);

    CHECK(matchesSearch(snapshot.deals.front(), ""));
    CHECK(matchesSearch(snapshot.deals.front(), "SERVER"));
    CHECK_FALSE(matchesSearch(snapshot.deals.front(), "Laptops"));
}

TEST_CASE("Cards are sorted by the view's field, ties by their manual order", "[board]")
{
    auto snapshot = makeSnapshot();
    auto view = makeView();

    SECTION("by value, empty values last in both directions")
    {
        view.sort = {"value", true};
        CHECK(idsIn(buildBoard(snapshot, view), "New") == std::vector<DealId>{2, 1, 3});
        CHECK(idsIn(buildBoard(snapshot, view), "Won") == std::vector<DealId>{5, 6, 7});
        view.sort = {"value", false};
        CHECK(idsIn(buildBoard(snapshot, view), "New") == std::vector<DealId>{1, 2, 3});
    }
    SECTION("equal values keep their manual order")
    {
        snapshot.deals[2].value = usd(90000); // deal 2 now worth what deal 1 is
        view.sort = {"value", true};
        CHECK(idsIn(buildBoard(snapshot, view), "New") == std::vector<DealId>{1, 2, 3});
        view.sort = {"value", false};
        CHECK(idsIn(buildBoard(snapshot, view), "New") == std::vector<DealId>{1, 2, 3});
    }
    SECTION("by close date as dates")
    {
        view.sort = {"close_date", false};
        CHECK(idsIn(buildBoard(snapshot, view), "New") == std::vector<DealId>{2, 1, 3});
    }
    SECTION("by a number field numerically")
    {
        view.groupBy = "company";
        view.sort = {customFieldRef(scoreField), false};
        view.filters = {{customFieldRef(scoreField), FilterOperator::NotEmpty, "", ""}};
        const Board board = buildBoard(snapshot, view);
        CHECK(allDealIds(board) == std::vector<DealId>{1, 2, 4});
    }
    SECTION("by title ignoring case")
    {
        view.groupBy = "owner";
        view.sort = {"title", false};
        CHECK(idsIn(buildBoard(snapshot, view), "Carol") == std::vector<DealId>{5, 7});
        view.sort = {"title", true};
        CHECK(idsIn(buildBoard(snapshot, view), "Carol") == std::vector<DealId>{7, 5});
    }
    SECTION("by stage in the stage set's order")
    {
        view.groupBy = "owner";
        view.sort = {"stage", true};
        CHECK(idsIn(buildBoard(snapshot, view), "Alice") == std::vector<DealId>{8, 1});
    }
    SECTION("by a deleted field: manual order and a warning")
    {
        view.sort = {"field:999", true};
        const Board board = buildBoard(snapshot, view);
        CHECK(idsIn(board, "New") == std::vector<DealId>{1, 3, 2});
        CHECK(board.warnings.size() == 1);
    }
}

TEST_CASE("Column totals are kept per currency", "[board]")
{
    const Board board = buildBoard(makeSnapshot(), makeView());

    CHECK(findColumn(board, "New")->totals.perCurrency() ==
          Totals{{"EUR", 500000}, {"USD", 90000}});
    CHECK(findColumn(board, "Won")->totals.perCurrency() ==
          Totals{{"EUR", 10000}, {"USD", 150000}});
    CHECK(findColumn(board, "Negotiation")->totals.isEmpty());
}

TEST_CASE("A total that would overflow is left out with a warning, never wrong", "[board]")
{
    auto snapshot = makeSnapshot();
    snapshot.deals.push_back(makeDeal(9, won, 4000, "Huge", "Big", "Zed",
                                      usd(std::numeric_limits<std::int64_t>::max() - 10)));
    const Board board = buildBoard(snapshot, makeView());

    const auto *wonColumn = findColumn(board, "Won");
    CHECK(wonColumn->deals.size() == 4);
    CHECK(wonColumn->totals.perCurrency() == Totals{{"EUR", 10000}}); // USD left out
    CHECK(wonColumn->overflowedCurrencies == std::vector<std::string>{"USD"});
    REQUIRE(board.warnings.size() == 1);
    CHECK(board.warnings.front().find("\"Won\" in USD") != std::string::npos);
    CHECK(findColumn(board, "New")->totals.perCurrency() ==
          Totals{{"EUR", 500000}, {"USD", 90000}});
}

TEST_CASE("A column whose total overflows says so in its header and in the text", "[board]")
{
    // Eleven deals of 9,000,000,000,000,000.00 EUR pass the 64-bit limit; 100.00 USD does not.
    auto snapshot = makeSnapshot();
    for (DealId id = 20; id <= 30; ++id)
        snapshot.deals.push_back(makeDeal(id, negotiation, id * 100, "Giant " + std::to_string(id),
                                          "Big", "Zed", eur(900'000'000'000'000'000)));
    snapshot.deals.push_back(makeDeal(31, negotiation, 3100, "Small", "Tiny", "Zed", usd(10000)));
    const Board board = buildBoard(snapshot, makeView());

    const BoardColumn *column = findColumn(board, "Negotiation");
    REQUIRE(column != nullptr);
    CHECK(column->overflowedCurrencies == std::vector<std::string>{"EUR"});
    CHECK(column->totals.perCurrency() == Totals{{"USD", 10000}});
    CHECK(columnTotalsText(*column) ==
          "EUR total too large to show + 100.00 USD — weighted 60.00 USD");
    CHECK(columnTotalsText(*findColumn(board, "Won")) ==
          "100.00 EUR + 1,500.00 USD — weighted 100.00 EUR + 1,500.00 USD");
    CHECK(findColumn(board, "Won")->overflowedCurrencies.empty());
    REQUIRE(board.warnings.size() == 1);
    CHECK(board.warnings.front() ==
          "The total of \"Negotiation\" in EUR is too large to show and is left out.");

    const std::string text = boardToText(board);
    CHECK(text.find("Negotiation — 12 deals — EUR total too large to show + 100.00 USD — weighted "
                    "60.00 USD\n") != std::string::npos);
    CHECK(text.ends_with(
        "\nWarning: The total of \"Negotiation\" in EUR is too large to show and is left out.\n"));

    // JSON keeps its shape: the totals it can give, and the warning beside them.
    const nlohmann::json json = boardToJson(board, snapshot);
    CHECK(json["columns"][2]["totals"] == nlohmann::json{{"USD", 10000}});
    CHECK(json["columns"][2]["weighted_totals"] == nlohmann::json{{"USD", 6000}});
    CHECK(json["warnings"] == nlohmann::json{board.warnings.front()});
}

TEST_CASE("totalColumn starts over from the deals of the column", "[board]")
{
    BoardColumn column;
    column.deals = {makeDeal(1, won, 1, "A", "", "", eur(std::numeric_limits<std::int64_t>::max())),
                    makeDeal(2, won, 2, "B", "", "", eur(1)),
                    makeDeal(3, won, 3, "C", "", "", usd(5))};
    totalColumn(column);
    CHECK(column.overflowedCurrencies == std::vector<std::string>{"EUR"});
    CHECK(column.totals.perCurrency() == Totals{{"USD", 5}});

    // Once the huge deal leaves the column, EUR can be totalled again.
    column.deals.erase(column.deals.begin());
    totalColumn(column);
    CHECK(column.overflowedCurrencies.empty());
    CHECK(column.totals.perCurrency() == Totals{{"EUR", 1}, {"USD", 5}});
    CHECK(columnTotalsText(column) == "0.01 EUR + 0.05 USD");

    column.deals.clear();
    totalColumn(column);
    CHECK(columnTotalsText(column).empty());
}

TEST_CASE("Board JSON has the documented shape", "[board][json]")
{
    const auto snapshot = makeSnapshot();
    const nlohmann::json json = boardToJson(buildBoard(snapshot, makeView()), snapshot);

    CHECK(json["folder"] == "Deals");
    CHECK(json["view"] == "All deals");
    REQUIRE(json["columns"].size() == 5);

    const auto &wonColumn = json["columns"][3];
    CHECK(wonColumn["name"] == "Won");
    CHECK(wonColumn["count"] == 3);
    CHECK(wonColumn["totals"] == nlohmann::json{{"EUR", 10000}, {"USD", 150000}});
    CHECK(wonColumn["totals"]["USD"].is_number_integer());
    CHECK(wonColumn["weighted_totals"] == nlohmann::json{{"EUR", 10000}, {"USD", 150000}});
    CHECK(json["columns"][0]["weighted_totals"] == nlohmann::json{{"EUR", 50000}, {"USD", 9000}});
    REQUIRE(wonColumn["deals"].size() == 3);

    const auto &deal = wonColumn["deals"][0];
    CHECK(deal["id"] == 5);
    CHECK(deal["external_id"] == "EXT-5");
    CHECK(deal["title"] == "Cloud move");
    CHECK(deal["company"] == "Globex");
    CHECK(deal["contact"] == "Ωmega Contact");
    CHECK(deal["owner"] == "Carol");
    CHECK(deal["value"] == nlohmann::json{{"minor", 100000}, {"currency", "USD"}});
    CHECK(deal["close_date"].is_null());
    CHECK(deal["stage"] == "Won");
    CHECK(deal["days_in_stage"].is_number_integer());
    CHECK(deal["days_in_stage"].get<int>() >= 300); // entered on 2024-01-15
    CHECK(deal["fields"]["Product"] == "GTX");
    CHECK(deal["fields"]["Budget"] == nlohmann::json{{"minor", 100}, {"currency", "EUR"}});
    CHECK(deal["fields"]["Score"].is_null());

    const auto &newDeals = json["columns"][0]["deals"];
    CHECK(newDeals[0]["close_date"] == "2024-06-30");
    CHECK(newDeals[1]["value"].is_null()); // deal 3 has none
    CHECK(json["columns"][2]["totals"] == nlohmann::json::object());
    CHECK(json["columns"][2]["weighted_totals"] == nlohmann::json::object());
}

TEST_CASE("A deal's JSON holds exactly its built-in fields", "[board][json]")
{
    const auto snapshot = makeSnapshot();
    REQUIRE(snapshot.deals[0].title == "Server upgrade");

    CHECK(dealToJson(snapshot.deals[0], snapshot) ==
          nlohmann::json{{"id", 1},
                         {"external_id", "EXT-1"},
                         {"title", "Server upgrade"},
                         {"company", "Acme"},
                         {"contact", "Jane Roe"},
                         {"owner", "Alice"},
                         {"value", {{"minor", 90000}, {"currency", "USD"}}},
                         {"close_date", "2024-06-30"},
                         {"stage", "New"}});
    CHECK(stageName(snapshot, lost) == "Lost");
    CHECK(stageName(snapshot, 99).empty());
}

TEST_CASE("Board text shows each column's count and totals and its deals", "[board][text]")
{
    auto snapshot = makeSnapshot();
    for (int i = 0; i < 12; ++i)
        snapshot.deals.push_back(makeDeal(100 + i, negotiation, 1000 * (i + 1),
                                          "Bulk " + std::to_string(i), "", "", std::nullopt));
    const Board board = buildBoard(snapshot, makeView());

    const std::string text = boardToText(board);
    CHECK(text.starts_with("Deals — All deals\n"));
    CHECK(text.find("Won — 3 deals — 100.00 EUR + 1,500.00 USD — weighted 100.00 EUR + 1,500.00 "
                    "USD\n") != std::string::npos);
    CHECK(text.find("Lost — 1 deal — 10.00 USD — weighted 0.00 USD\n") != std::string::npos);
    CHECK(text.find("Presentation — 1 deal — 900.00 USD — weighted 225.00 USD\n") !=
          std::string::npos);
    CHECK(text.find("  Cloud move (Globex, Carol, 1,000.00 USD,") != std::string::npos);
    CHECK(text.find("Negotiation — 12 deals\n") != std::string::npos);
    CHECK(text.find("Bulk 9 ") != std::string::npos);
    CHECK(text.find("Bulk 10 ") == std::string::npos);
    CHECK(text.find("  … and 2 more\n") != std::string::npos);

    const std::string all = boardToText(board, std::nullopt);
    CHECK(all.find("Bulk 11 ") != std::string::npos);
    CHECK(all.find("more\n") == std::string::npos);
}

#include "gui/board/boardwidget.h"

#include "boardtesthelpers.h"
#include "gui/board/boardcolumnmodel.h"
#include "gui/board/boardcolumnwidget.h"
#include "guitestdata.h"

#include <catch2/catch_test_macros.hpp>

using namespace dealboard;
using namespace dealboard::test;

namespace {

Deal newDeal(const GuiTestData &data, const std::string &title)
{
    Deal deal;
    deal.folderId = data.folder.id;
    deal.stageId = data.newStage.id;
    deal.title = title;
    return deal;
}

} // namespace

// Switching views of one folder reuses what the board read, unless something was written
// since: then the board reads again, so a switch never shows stale deals.
TEST_CASE("Switching views shows what is stored, also after writes elsewhere", "[gui][board]")
{
    GuiTestData data = makeGuiTestData();
    ShownBoard shown(*data.repository, data.allDeals);
    REQUIRE(shown.board.visibleDealCount() == 8);

    REQUIRE(shown.board.showView(data.openPipeline));
    CHECK(shown.board.visibleDealCount() == 6);
    REQUIRE(shown.board.showView(data.allDeals));
    CHECK(shown.board.visibleDealCount() == 8);

    // Written without the board knowing, as an import or another window would.
    required(data.repository->createDeal(newDeal(data, "Written behind the board's back")));
    REQUIRE(shown.board.showView(data.openPipeline));
    CHECK(shown.board.visibleDealCount() == 7);
    REQUIRE(shown.board.showView(data.allDeals));
    CHECK(shown.board.visibleDealCount() == 9);
}

TEST_CASE("Removing a deal keeps its column's weighted total", "[gui][board]")
{
    GuiTestData data = makeGuiTestData();
    ShownBoard shown(*data.repository, data.allDeals);
    const BoardColumnWidget *column = shown.column(data.newStage);
    REQUIRE(column->model()->rowCount() == 3);
    REQUIRE_FALSE(column->weightedTotalsText().isEmpty());

    const Deal first = column->model()->dealAt(0);
    shown.board.removeDeal(first.id);

    CHECK(column->model()->rowCount() == 2);
    CHECK_FALSE(column->weightedTotalsText().isEmpty());
}

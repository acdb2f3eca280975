#include "gui/board/groupfield.h"

#include "guitestdata.h"

#include <catch2/catch_test_macros.hpp>

using namespace dealboard;
using namespace dealboard::test;

TEST_CASE("A board grouped by a text-like field can set it by a drop", "[gui][board]")
{
    const GuiTestData data = makeGuiTestData();
    const FolderSnapshot snapshot = required(data.repository->snapshot(data.folder.id));

    CHECK(isSettableGroupField(snapshot, "owner"));
    CHECK(isSettableGroupField(snapshot, "company"));
    CHECK(isSettableGroupField(snapshot, customFieldRef(data.product.id)));
    CHECK(isSettableGroupField(snapshot, customFieldRef(data.manager.id)));
    CHECK(isSettableGroupField(snapshot, customFieldRef(data.notes.id)));
    CHECK_FALSE(isSettableGroupField(snapshot, customFieldRef(data.engaged.id)));
    CHECK_FALSE(isSettableGroupField(snapshot, customFieldRef(data.score.id)));
    CHECK_FALSE(isSettableGroupField(snapshot, "close_date"));
    CHECK_FALSE(isSettableGroupField(snapshot, "field:999999"));
}

TEST_CASE("Setting a grouped field writes the column's value or clears it", "[gui][board]")
{
    const GuiTestData data = makeGuiTestData();
    Deal deal = data.dealTitled("Website relaunch");

    setGroupField(deal, "owner", "Cleo Park");
    CHECK(deal.owner == "Cleo Park");
    setGroupField(deal, "owner", "");
    CHECK(deal.owner.empty());

    setGroupField(deal, customFieldRef(data.product.id), "GTX Pro");
    CHECK(deal.fields.at(data.product.id) == "GTX Pro");
    setGroupField(deal, customFieldRef(data.product.id), "");
    CHECK_FALSE(deal.fields.contains(data.product.id));
}

#include "gui/mainwindow/foldersidebar.h"

#include "../board/guitestdata.h"

#include <catch2/catch_test_macros.hpp>

#include <QSignalSpy>

using namespace dealboard;
using namespace dealboard::test;
using namespace Qt::StringLiterals;

TEST_CASE("The sidebar lists folders with their views", "[gui][mainwindow]")
{
    GuiTestData data = makeGuiTestData();
    required(data.repository->createFolder("Empty folder"));
    FolderSidebar sidebar(*data.repository);
    QSignalSpy selected(&sidebar, &FolderSidebar::viewSelected);

    REQUIRE(sidebar.reload());
    CHECK(sidebar.entries() == QStringList{u"Deals"_s, u"Deals/All deals"_s,
                                           u"Deals/Open pipeline"_s, u"Empty folder"_s,
                                           u"Empty folder/All deals"_s});
    CHECK(selected.isEmpty());
    CHECK_FALSE(sidebar.currentView().has_value());

    REQUIRE(sidebar.selectView(data.openPipeline.id));
    REQUIRE(selected.count() == 1);
    CHECK(selected.at(0).at(0).value<SavedView>().name == "Open pipeline");
    CHECK(sidebar.currentView()->hiddenColumns.size() == 2);
}

TEST_CASE("Choosing a folder shows its first view", "[gui][mainwindow]")
{
    GuiTestData data = makeGuiTestData();
    FolderSidebar sidebar(*data.repository);
    REQUIRE(sidebar.reload());

    sidebar.setCurrentItem(sidebar.topLevelItem(0));
    REQUIRE(sidebar.currentView().has_value());
    CHECK(sidebar.currentView()->id == data.allDeals.id);
}

TEST_CASE("Reloading keeps the current view and shows new folders", "[gui][mainwindow]")
{
    GuiTestData data = makeGuiTestData();
    FolderSidebar sidebar(*data.repository);
    REQUIRE(sidebar.reload());
    REQUIRE(sidebar.selectView(data.openPipeline.id));

    const Folder imported = required(data.repository->createFolder("Imported"));
    REQUIRE(sidebar.reload());
    CHECK(sidebar.currentView()->id == data.openPipeline.id);
    CHECK(sidebar.entries().contains(u"Imported"_s));
    CHECK(sidebar.selectFolder(imported.id));
    CHECK(sidebar.currentView()->folderId == imported.id);
    CHECK(sidebar.currentView()->id == 0);
}

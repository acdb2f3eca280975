#include "gui/mainwindow/foldersidebar.h"

#include "../board/guitestdata.h"

#include <catch2/catch_test_macros.hpp>

#include <QCoreApplication>
#include <QDropEvent>
#include <QMimeData>
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

namespace {

QTreeWidgetItem *itemNamed(FolderSidebar &sidebar, const QString &name)
{
    const QList<QTreeWidgetItem *> items =
        sidebar.findItems(name, Qt::MatchExactly | Qt::MatchRecursive);
    INFO(name.toStdString());
    REQUIRE(items.size() == 1);
    return items.front();
}

QStringList viewNames(Repository &repository, FolderId folderId)
{
    QStringList names;
    for (const SavedView &view : required(repository.views(folderId)))
        names.append(QString::fromStdString(view.name));
    return names;
}

// Sends what a user's drag sends to the sidebar: enter and move over the point, then the
// drop there. QDrag::exec cannot run on the offscreen platform, so the events come directly.
bool dropView(FolderSidebar &sidebar, ViewId viewId, QPoint point)
{
    QMimeData mime;
    mime.setData(QString::fromLatin1(FolderSidebar::viewMimeType), QByteArray::number(viewId));
    QWidget *viewport = sidebar.viewport();
    QDragEnterEvent enter(point, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(point, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(QPointF(point), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &drop);
    return drop.isAccepted();
}

QPoint upperHalfOf(FolderSidebar &sidebar, QTreeWidgetItem *item)
{
    const QRect rect = sidebar.visualItemRect(item);
    return {rect.center().x(), rect.top() + 2};
}

QPoint lowerHalfOf(FolderSidebar &sidebar, QTreeWidgetItem *item)
{
    const QRect rect = sidebar.visualItemRect(item);
    return {rect.center().x(), rect.bottom() - 2};
}

} // namespace

TEST_CASE("The sidebar selects the views of the current folder by their place", "[gui][mainwindow]")
{
    GuiTestData data = makeGuiTestData();
    const SavedView won = data.addView("Won deals");
    FolderSidebar sidebar(*data.repository);
    REQUIRE(sidebar.reload());
    REQUIRE(sidebar.selectView(data.allDeals.id));

    REQUIRE(sidebar.selectViewAt(2));
    CHECK(sidebar.currentView()->id == won.id);
    REQUIRE(sidebar.selectViewAt(1));
    CHECK(sidebar.currentView()->id == data.openPipeline.id);
    CHECK_FALSE(sidebar.selectViewAt(3));
    CHECK(sidebar.currentView()->id == data.openPipeline.id);
    CHECK(sidebar.folderViews(data.folder.id).size() == 3);
}

TEST_CASE("Reloading reports a changed current view and replaces a deleted one",
          "[gui][mainwindow]")
{
    GuiTestData data = makeGuiTestData();
    FolderSidebar sidebar(*data.repository);
    REQUIRE(sidebar.reload());
    REQUIRE(sidebar.selectView(data.openPipeline.id));
    QSignalSpy selected(&sidebar, &FolderSidebar::viewSelected);

    REQUIRE(sidebar.reload());
    CHECK(selected.isEmpty()); // nothing changed, nothing to show again

    SavedView changed = data.openPipeline;
    changed.hiddenColumns = {stageColumnKey(data.lost.id)};
    requireOk(data.repository->updateView(changed));
    REQUIRE(sidebar.reload());
    REQUIRE(selected.count() == 1);
    CHECK(selected.at(0).at(0).value<SavedView>() == changed);

    requireOk(data.repository->deleteView(changed.id));
    REQUIRE(sidebar.reload());
    REQUIRE(selected.count() == 2);
    CHECK(selected.at(1).at(0).value<SavedView>().id == data.allDeals.id);
    CHECK(sidebar.currentView()->id == data.allDeals.id);
}

TEST_CASE("Dragging a view within its folder asks to move it there", "[gui][mainwindow]")
{
    GuiTestData data = makeGuiTestData();
    const SavedView won = data.addView("Won deals");
    required(data.repository->createFolder("Other"));
    FolderSidebar sidebar(*data.repository);
    sidebar.resize(240, 400);
    sidebar.show();
    REQUIRE(sidebar.reload());
    QSignalSpy requested(&sidebar, &FolderSidebar::viewMoveRequested);
    QTreeWidgetItem *deals = itemNamed(sidebar, u"Deals"_s);
    QTreeWidgetItem *allDeals = deals->child(0);

    // Onto the upper half of the first view: to the top.
    REQUIRE(dropView(sidebar, won.id, upperHalfOf(sidebar, allDeals)));
    REQUIRE(requested.count() == 1);
    CHECK(requested.at(0).at(0).value<ViewId>() == won.id);
    CHECK(requested.at(0).at(1).toInt() == 0);

    // Below the last view: to the end, which counts without the dragged view itself.
    REQUIRE(dropView(sidebar, data.allDeals.id, lowerHalfOf(sidebar, deals->child(2))));
    CHECK(requested.at(1).at(1).toInt() == 2);

    // Onto another folder: refused, nothing requested.
    CHECK_FALSE(dropView(sidebar, won.id, upperHalfOf(sidebar, itemNamed(sidebar, u"Other"_s))));
    CHECK(requested.count() == 2);
    // The sidebar itself moved nothing: the window writes the move, then reloads.
    CHECK(viewNames(*data.repository, data.folder.id) ==
          QStringList{u"All deals"_s, u"Open pipeline"_s, u"Won deals"_s});
}

TEST_CASE("Renaming a view in place asks for the new name once editing ends", "[gui][mainwindow]")
{
    GuiTestData data = makeGuiTestData();
    FolderSidebar sidebar(*data.repository);
    REQUIRE(sidebar.reload());
    QSignalSpy requested(&sidebar, &FolderSidebar::viewRenameRequested);

    REQUIRE(sidebar.selectView(data.openPipeline.id));
    CHECK(sidebar.editCurrentViewName());
    sidebar.currentItem()->setText(0, u" Open deals "_s);
    CHECK(requested.isEmpty()); // asked after the editor closed, not from inside it
    QCoreApplication::processEvents();
    REQUIRE(requested.count() == 1);
    CHECK(requested.at(0).at(0).value<ViewId>() == data.openPipeline.id);
    CHECK(requested.at(0).at(1).toString() == u"Open deals"_s);

    // A folder's stand-in view is not stored and has no name to change.
    const Folder empty = required(data.repository->createFolder("Empty"));
    REQUIRE(sidebar.reload());
    REQUIRE(sidebar.selectFolder(empty.id));
    CHECK_FALSE(sidebar.editCurrentViewName());
}

#include "gui/views/viewactions.h"

#include "../board/guitestdata.h"
#include "../scopedsettings.h"
#include "gui/board/boardwidget.h"
#include "gui/mainwindow/foldersidebar.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/undo/undohistory.h"
#include "gui/views/vieweditordialog.h"
#include "maventestdata.h"

#include <catch2/catch_test_macros.hpp>

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

using namespace dealboard;
using namespace dealboard::test;
using namespace Qt::StringLiterals;

namespace {

// A window holding a sidebar, with the view actions wired to it as MainWindow does.
struct ViewsWindow
{
    explicit ViewsWindow(Repository &repository)
        : history(repository)
        , sidebar(new FolderSidebar(repository, &window))
        , actions(history, sidebar, &window)
    {
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(sidebar);
        window.addActions(actions.switchActions());
        // As MainWindow does after an undo or redo.
        QObject::connect(&history, &UndoHistory::databaseRestored, sidebar, &FolderSidebar::reload);
        window.resize(260, 420);
        REQUIRE(sidebar->reload());
    }

    QStringList names(FolderId folderId) const
    {
        QStringList names;
        for (const SavedView &view : sidebar->folderViews(folderId))
            names.append(QString::fromStdString(view.name));
        return names;
    }

    QWidget window;
    UndoHistory history;
    FolderSidebar *sidebar;
    ViewActions actions;
};

QStringList storedNames(Repository &repository, FolderId folderId)
{
    QStringList names;
    for (const SavedView &view : required(repository.views(folderId)))
        names.append(QString::fromStdString(view.name));
    return names;
}

void dropView(FolderSidebar &sidebar, ViewId viewId, QPoint point)
{
    QMimeData mime;
    mime.setData(QString::fromLatin1(FolderSidebar::viewMimeType), QByteArray::number(viewId));
    QDragEnterEvent enter(point, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(sidebar.viewport(), &enter);
    QDragMoveEvent move(point, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(sidebar.viewport(), &move);
    REQUIRE(move.isAccepted());
    QDropEvent drop(QPointF(point), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(sidebar.viewport(), &drop);
    REQUIRE(drop.isAccepted());
}

} // namespace

TEST_CASE("New view opens the editor on the current folder and shows what it saved", "[gui][views]")
{
    GuiTestData data = makeGuiTestData();
    ViewsWindow shown(*data.repository);
    REQUIRE(shown.sidebar->selectView(data.openPipeline.id));
    QSignalSpy selected(shown.sidebar, &FolderSidebar::viewSelected);

    REQUIRE(shown.actions.newViewAction()->isEnabled());
    shown.actions.newViewAction()->trigger();
    auto *dialog = shown.window.findChild<ViewEditorDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->isNewView());
    dialog->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"Big deals"_s);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

    CHECK(storedNames(*data.repository, data.folder.id) ==
          QStringList{u"All deals"_s, u"Open pipeline"_s, u"Big deals"_s});
    CHECK(shown.names(data.folder.id).back() == u"Big deals"_s);
    REQUIRE(shown.sidebar->currentView().has_value());
    CHECK(shown.sidebar->currentView()->name == "Big deals");
    REQUIRE_FALSE(selected.isEmpty());
    CHECK(selected.back().at(0).value<SavedView>().name == "Big deals");
    CHECK(shown.history.stack()->count() == 1);
}

TEST_CASE("Duplicate view asks for a name and places the copy after the view", "[gui][views]")
{
    GuiTestData data = makeGuiTestData();
    ViewsWindow shown(*data.repository);
    REQUIRE(shown.sidebar->selectView(data.allDeals.id));

    QInputDialog *ask = shown.actions.duplicateView();
    REQUIRE(ask);
    CHECK(ask->textValue() == u"All deals (copy)"_s);
    ask->setTextValue(u"All deals by value"_s);
    ask->accept();

    CHECK(storedNames(*data.repository, data.folder.id) ==
          QStringList{u"All deals"_s, u"All deals by value"_s, u"Open pipeline"_s});
    CHECK(shown.sidebar->currentView()->name == "All deals by value");

    // The name of another view is refused with storage's reason, and nothing is written.
    QSignalSpy errors(&shown.actions, &ViewActions::errorOccurred);
    CHECK_FALSE(shown.actions.duplicateView(data.allDeals.id, u"open pipeline"_s));
    CHECK(errors.count() == 1);
    CHECK(storedNames(*data.repository, data.folder.id).size() == 3);
}

TEST_CASE("Delete view asks first and then shows the folder's first view", "[gui][views]")
{
    GuiTestData data = makeGuiTestData();
    ViewsWindow shown(*data.repository);
    REQUIRE(shown.sidebar->selectView(data.openPipeline.id));

    QMessageBox *box = shown.actions.deleteView();
    REQUIRE(box);
    CHECK(box->text().contains(u"Open pipeline"_s));
    CHECK(storedNames(*data.repository, data.folder.id).size() == 2); // asked, not deleted
    box->button(QMessageBox::Yes)->click();

    CHECK(storedNames(*data.repository, data.folder.id) == QStringList{u"All deals"_s});
    CHECK(shown.sidebar->currentView()->id == data.allDeals.id);

    // Undo brings it back, in its place.
    shown.history.stack()->undo();
    CHECK(storedNames(*data.repository, data.folder.id) ==
          QStringList{u"All deals"_s, u"Open pipeline"_s});
    CHECK(shown.names(data.folder.id) == QStringList{u"All deals"_s, u"Open pipeline"_s});
}

TEST_CASE("Renaming a view in the sidebar writes the name or puts the old one back", "[gui][views]")
{
    GuiTestData data = makeGuiTestData();
    ViewsWindow shown(*data.repository);
    REQUIRE(shown.sidebar->selectView(data.openPipeline.id));
    QSignalSpy errors(&shown.actions, &ViewActions::errorOccurred);

    shown.actions.renameViewAction()->trigger(); // starts editing in place
    shown.sidebar->currentItem()->setText(0, u"Open deals"_s);
    QCoreApplication::processEvents();
    CHECK(required(data.repository->view(data.openPipeline.id)).name == "Open deals");
    CHECK(shown.names(data.folder.id) == QStringList{u"All deals"_s, u"Open deals"_s});

    shown.sidebar->currentItem()->setText(0, u"ALL DEALS"_s);
    QCoreApplication::processEvents();
    CHECK(errors.count() == 1);
    CHECK(required(data.repository->view(data.openPipeline.id)).name == "Open deals");
    CHECK(shown.names(data.folder.id) == QStringList{u"All deals"_s, u"Open deals"_s});
}

TEST_CASE("Dragging a view in the sidebar reorders the folder's views", "[gui][views]")
{
    GuiTestData data = makeGuiTestData();
    const SavedView won = data.addView("Won deals");
    ViewsWindow shown(*data.repository);
    shown.window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&shown.window));
    REQUIRE(shown.sidebar->selectView(data.openPipeline.id));

    const QList<QTreeWidgetItem *> first =
        shown.sidebar->findItems(u"All deals"_s, Qt::MatchExactly | Qt::MatchRecursive);
    REQUIRE(first.size() == 1);
    const QRect rect = shown.sidebar->visualItemRect(first.front());
    dropView(*shown.sidebar, won.id, {rect.center().x(), rect.top() + 2});

    const QStringList moved{u"Won deals"_s, u"All deals"_s, u"Open pipeline"_s};
    CHECK(storedNames(*data.repository, data.folder.id) == moved);
    CHECK(shown.names(data.folder.id) == moved);
    CHECK(shown.sidebar->currentView()->id == data.openPipeline.id); // the choice stays

    shown.history.stack()->undo();
    CHECK(storedNames(*data.repository, data.folder.id) ==
          QStringList{u"All deals"_s, u"Open pipeline"_s, u"Won deals"_s});
}

TEST_CASE("Ctrl+1 to Ctrl+9 switch to the views of the current folder", "[gui][views]")
{
    GuiTestData data = makeGuiTestData();
    const SavedView won = data.addView("Won deals");
    ViewsWindow shown(*data.repository);
    shown.window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&shown.window));
    QApplication::setActiveWindow(&shown.window);
    REQUIRE(shown.sidebar->selectView(data.allDeals.id));

    QTest::keyClick(&shown.window, Qt::Key_3, Qt::ControlModifier);
    CHECK(shown.sidebar->currentView()->id == won.id);
    QTest::keyClick(&shown.window, Qt::Key_2, Qt::ControlModifier);
    CHECK(shown.sidebar->currentView()->id == data.openPipeline.id);
    QTest::keyClick(&shown.window, Qt::Key_9, Qt::ControlModifier); // no ninth view
    CHECK(shown.sidebar->currentView()->id == data.openPipeline.id);

    const QList<QAction *> &switches = shown.actions.switchActions();
    REQUIRE(switches.size() == 9);
    CHECK(switches[2]->text() == u"&3 Won deals"_s);
    CHECK_FALSE(switches[3]->isEnabled());
}

TEST_CASE("Ctrl+1 to Ctrl+9 switch the Maven board, and the window remembers the view",
          "[gui][views][maven]")
{
    const ScopedSettings settings;
    MavenTestData maven = makeMavenTestData();
    const FolderSnapshot snapshot = maven.snapshot();
    SavedView open = newView(maven.folder.id, "Open pipeline");
    open.hiddenColumns = {stageColumnKey(stageNamed(snapshot, "Won").id),
                          stageColumnKey(stageNamed(snapshot, "Lost").id)};
    required(maven.repository->createView(open));
    SavedView byOwner = newView(maven.folder.id, "By sales agent");
    byOwner.groupBy = "owner";
    byOwner = required(maven.repository->createView(byOwner));
    const std::vector<SavedView> views = required(maven.repository->views(maven.folder.id));
    REQUIRE(views.size() >= 3);
    const int ownerPlace =
        int(std::ranges::find(views, byOwner.id, &SavedView::id) - views.begin());
    REQUIRE(ownerPlace < 9);

    {
        MainWindow window(*maven.repository);
        window.setMessageBoxesEnabled(false);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);

        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + ownerPlace), Qt::ControlModifier);
        CHECK(window.board()->view().id == byOwner.id);
        std::set<std::string> owners;
        for (const Deal &deal : snapshot.deals)
            owners.insert(deal.owner);
        CHECK(window.board()->columnCount() == int(owners.size()) + 1); // and "No value"
        CHECK(window.board()->visibleDealCount() == 8800);
        CHECK(window.windowTitle().contains(u"By sales agent"_s));
        window.close();
    }

    MainWindow reopened(*maven.repository);
    CHECK(reopened.board()->view().id == byOwner.id);
    CHECK(reopened.sidebar()->currentView()->id == byOwner.id);
}

// Undo and redo in the main window: the Edit menu's shortcuts take back and redo what the
// user did on the board, and the History panel lists the steps.
#include "gui/mainwindow/mainwindow.h"

#include "../board/guitestdata.h"
#include "../scopedsettings.h"
#include "gui/board/boardcolumnview.h"
#include "gui/board/boardcolumnwidget.h"
#include "gui/board/boardwidget.h"
#include "gui/mainwindow/foldersidebar.h"
#include "gui/undo/undohistory.h"

#include <catch2/catch_test_macros.hpp>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>
#include <QUndoView>

using namespace dealboard;
using namespace dealboard::test;
using namespace Qt::StringLiterals;

namespace {

// A shown, active window, so that its shortcuts reach it.
void showActive(MainWindow &window)
{
    window.setMessageBoxesEnabled(false);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
}

void press(MainWindow &window, Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
    QTest::keyClick(target, key, modifiers);
}

QStringList historyEntries(const MainWindow &window)
{
    auto *view = qobject_cast<QUndoView *>(window.historyPanel()->widget());
    REQUIRE(view);
    QStringList entries;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        entries.append(view->model()->index(row, 0).data().toString());
    return entries;
}

std::vector<std::pair<std::optional<StageId>, StageId>> historyOf(Repository &repository, DealId id)
{
    std::vector<std::pair<std::optional<StageId>, StageId>> changes;
    for (const StageChange &change : required(repository.stageHistory(id)))
        changes.emplace_back(change.fromStageId, change.toStageId);
    return changes;
}

} // namespace

TEST_CASE("Ctrl+Z takes back a move on the board and Ctrl+Shift+Z does it again",
          "[gui][undo][mainwindow]")
{
    const ScopedSettings settings;
    GuiTestData data = makeGuiTestData();
    MainWindow window(*data.repository);
    showActive(window);
    REQUIRE(window.sidebar()->selectView(data.allDeals.id));
    const Deal before = data.dealTitled("Website relaunch");

    window.board()->moveDealsToStage({before.id}, data.negotiation.id);
    REQUIRE(data.dealTitled("Website relaunch").stageId == data.negotiation.id);
    REQUIRE(window.undoAction()->isEnabled());
    window.board()->columnForStage(data.negotiation.id)->view()->setFocus();

    press(window, Qt::Key_Z, Qt::ControlModifier);
    const Deal undone = data.dealTitled("Website relaunch");
    CHECK(undone.stageId == data.newStage.id);
    CHECK(undone.position == before.position);
    CHECK(undone.version == before.version);
    CHECK(historyOf(*data.repository, before.id).size() == 1);
    CHECK(window.board()->columnForStage(data.newStage.id)->countText() == u"3"_s);
    CHECK(window.board()->columnForStage(data.negotiation.id)->countText() == u"1"_s);

    press(window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(data.dealTitled("Website relaunch").stageId == data.negotiation.id);
    CHECK(window.board()->columnForStage(data.negotiation.id)->countText() == u"2"_s);

    // Ctrl+Y redoes too.
    press(window, Qt::Key_Z, Qt::ControlModifier);
    press(window, Qt::Key_Y, Qt::ControlModifier);
    CHECK(data.dealTitled("Website relaunch").stageId == data.negotiation.id);
    CHECK(window.lastError().isEmpty());
}

TEST_CASE("Undo brings a deleted deal back with its history", "[gui][undo][mainwindow]")
{
    const ScopedSettings settings;
    GuiTestData data = makeGuiTestData();
    MainWindow window(*data.repository);
    showActive(window);
    REQUIRE(window.sidebar()->selectView(data.allDeals.id));
    const DealId id = data.dealTitled("Fleet tracking").id;
    window.board()->moveDealsToStage({id}, data.negotiation.id);
    const Deal moved = data.dealTitled("Fleet tracking");
    const auto history = historyOf(*data.repository, id);
    REQUIRE(history.size() == 2);

    REQUIRE(window.board()->selectDeal(id));
    window.board()->columnForStage(data.negotiation.id)->view()->setFocus();
    press(window, Qt::Key_Delete, Qt::NoModifier);
    auto *box = window.findChild<QMessageBox *>();
    REQUIRE(box);
    box->button(QMessageBox::Yes)->click();
    REQUIRE_FALSE(data.repository->deal(id).has_value());
    CHECK(required(data.repository->stageHistory(id)).empty());

    press(window, Qt::Key_Z, Qt::ControlModifier);
    const Deal back = required(data.repository->deal(id));
    CHECK(back.title == moved.title);
    CHECK(back.stageId == moved.stageId);
    CHECK(back.position == moved.position);
    CHECK(back.version == moved.version);
    CHECK(historyOf(*data.repository, id) == history);
    CHECK(window.board()->columnForStage(data.negotiation.id)->countText() == u"2"_s);

    press(window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK_FALSE(data.repository->deal(id).has_value());
}

TEST_CASE("The History panel lists the steps and the View menu shows it", "[gui][undo][mainwindow]")
{
    const ScopedSettings settings;
    GuiTestData data = makeGuiTestData();
    MainWindow window(*data.repository);
    showActive(window);
    REQUIRE(window.sidebar()->selectView(data.allDeals.id));
    CHECK_FALSE(window.historyPanel()->isVisible());

    window.historyPanel()->toggleViewAction()->trigger();
    CHECK(window.historyPanel()->isVisible());
    window.board()->moveDealsToStage({data.dealTitled("Website relaunch").id}, data.negotiation.id);
    window.board()->moveDealsToStage({data.dealTitled("Pilot licences").id}, data.presentation.id);

    const QStringList entries = historyEntries(window);
    REQUIRE(entries.size() == 3);
    CHECK(entries.at(0) == u"Opened"_s);
    CHECK(entries.at(1).contains(u"Website relaunch"_s));
    CHECK(entries.at(2).contains(u"Pilot licences"_s));

    // Choosing the first line in the panel takes back both steps.
    auto *view = qobject_cast<QUndoView *>(window.historyPanel()->widget());
    view->setCurrentIndex(view->model()->index(0, 0));
    CHECK(data.dealTitled("Website relaunch").stageId == data.newStage.id);
    CHECK(data.dealTitled("Pilot licences").stageId == data.newStage.id);
    CHECK(window.undoHistory()->stack()->index() == 0);
}

TEST_CASE("Undoing a view's creation shows another view of its folder", "[gui][undo][mainwindow]")
{
    const ScopedSettings settings;
    GuiTestData data = makeGuiTestData();
    MainWindow window(*data.repository);
    showActive(window);
    SavedView created;
    requireOk(window.undoHistory()->run(u"New view"_s, [&]() -> Status {
        auto view = data.repository->createView(newView(data.folder.id, "Big deals"));
        if (!view)
            return failure(view.error());
        created = *view;
        return {};
    }));
    window.sidebar()->reload();
    REQUIRE(window.sidebar()->selectView(created.id));
    REQUIRE(window.board()->view().id == created.id);

    window.undoAction()->trigger();

    CHECK_FALSE(data.repository->view(created.id).has_value());
    REQUIRE(window.sidebar()->currentView().has_value());
    CHECK(window.sidebar()->currentView()->folderId == data.folder.id);
    CHECK(window.board()->view().id != created.id);
    CHECK(window.board()->hasFolder());
    CHECK(window.lastError().isEmpty());
}

TEST_CASE("Undo screenshots", "[.screenshots]")
{
    const ScopedSettings settings;
    GuiTestData data = makeGuiTestData();
    MainWindow window(*data.repository);
    showActive(window);
    REQUIRE(window.sidebar()->selectView(data.allDeals.id));
    window.historyPanel()->show();
    window.board()->moveDealsToStage({data.dealTitled("Website relaunch").id}, data.negotiation.id);
    window.board()->moveDealsToStage({data.dealTitled("Pilot licences").id}, data.presentation.id);
    window.undoAction()->trigger();

    const QString directory = qEnvironmentVariable("DEALBOARD_SCREENSHOTS", u"/tmp/undo"_s);
    QDir().mkpath(directory);
    for (const QSize size : {QSize(1280, 800), QSize(800, 600)}) {
        window.resize(size);
        QTest::qWait(50);
        CHECK(window.grab().save(
            u"%1/history-%2x%3.png"_s.arg(directory).arg(size.width()).arg(size.height())));
    }
}

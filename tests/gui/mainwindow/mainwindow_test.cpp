#include "gui/mainwindow/mainwindow.h"

#include "../board/guitestdata.h"
#include "../scopedsettings.h"
#include "gui/board/boardcolumnmodel.h"
#include "gui/board/boardcolumnview.h"
#include "gui/board/boardcolumnwidget.h"
#include "gui/board/boardwidget.h"
#include "gui/deals/dealeditordialog.h"
#include "gui/import/importdialog.h"
#include "gui/mainwindow/foldersidebar.h"
#include "gui/mainwindow/maintoolbar.h"

#include <catch2/catch_test_macros.hpp>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTest>

using namespace dealboard;
using namespace dealboard::test;
using namespace Qt::StringLiterals;

namespace {

GuiTestData makeTwoFolders()
{
    GuiTestData data = makeGuiTestData();
    const Folder consulting = required(data.repository->createFolder("Consulting deals"));
    for (const char *name : {"Qualification", "Contact", "Demo", "Proposal", "Close"}) {
        Stage stage;
        stage.folderId = consulting.id;
        stage.name = name;
        required(data.repository->addStage(consulting.id, stage));
    }
    return data;
}

} // namespace

TEST_CASE("The main window shows folders with their views and the first board", "[gui][mainwindow]")
{
    const ScopedSettings settings;
    GuiTestData data = makeTwoFolders();
    MainWindow window(*data.repository);
    window.setMessageBoxesEnabled(false);

    CHECK(window.sidebar()->entries() ==
          QStringList{u"Deals"_s, u"Deals/All deals"_s, u"Deals/Open pipeline"_s,
                      u"Consulting deals"_s, u"Consulting deals/All deals"_s});
    REQUIRE(window.board()->hasFolder());
    CHECK(window.board()->view().name == "All deals");
    CHECK(window.board()->columnCount() == 5);
    CHECK(window.windowTitle() == u"Deals – All deals – Dealboard"_s);
    CHECK(window.size() == QSize(1280, 800));

    // A folder without saved views opens all its stages.
    window.sidebar()->selectFolder(required(data.repository->folderByName("Consulting deals"))->id);
    CHECK(window.board()->snapshot().folder.name == "Consulting deals");
    CHECK(window.board()->columnCount() == 5);
    CHECK(window.board()->column(0)->model()->name() == u"Qualification"_s);
}

TEST_CASE("The main window remembers the last view and its layout", "[gui][mainwindow]")
{
    const ScopedSettings settings;
    GuiTestData data = makeTwoFolders();
    {
        MainWindow window(*data.repository);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.sidebar()->selectView(data.openPipeline.id));
        CHECK(window.board()->columnCount() == 3);
        window.resize(900, 640);
        window.close();
    }

    MainWindow again(*data.repository);
    CHECK(again.board()->view().id == data.openPipeline.id);
    CHECK(again.board()->columnCount() == 3);
    CHECK(again.sidebar()->currentView()->name == "Open pipeline");
    CHECK(again.size() == QSize(900, 640));
}

TEST_CASE("A remembered view that no longer exists falls back to the first one",
          "[gui][mainwindow]")
{
    const ScopedSettings settings;
    QSettings().setValue(u"board/lastView"_s, 987654);
    GuiTestData data = makeTwoFolders();

    MainWindow window(*data.repository);
    CHECK(window.board()->view().id == data.allDeals.id);
}

TEST_CASE("Typing in the search box narrows the board", "[gui][mainwindow]")
{
    const ScopedSettings settings;
    GuiTestData data = makeTwoFolders();
    MainWindow window(*data.repository);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    QTest::keyClicks(window.searchBox(), u"glob"_s);
    CHECK(window.board()->searchText() == u"glob"_s);
    CHECK(window.board()->visibleDealCount() == 2);
    const auto *summary = window.statusBar()->findChild<QLabel *>();
    REQUIRE(summary);
    CHECK(summary->text() == u"2 of 8 deals match “glob”"_s);

    window.searchBox()->clear();
    CHECK(window.board()->visibleDealCount() == 8);
}

TEST_CASE("Ctrl+N opens the editor for a new deal in the current column", "[gui][mainwindow]")
{
    const ScopedSettings settings;
    GuiTestData data = makeTwoFolders();
    MainWindow window(*data.repository);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);

    REQUIRE(window.board()->selectDeal(data.dealTitled("Annual renewal").id));
    window.toolBar()->newDealAction()->trigger();

    auto *dialog = window.findChild<DealEditorDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->isNewDeal());
    CHECK(dialog->findChild<QComboBox *>(u"stageCombo"_s)->currentText() ==
          QString::fromStdString(data.negotiation.name));
    dialog->reject();
    CHECK(window.toolBar()->newDealAction()->shortcut() == QKeySequence(QKeySequence::New));
}

TEST_CASE("A failed move is shown in the status bar", "[gui][mainwindow]")
{
    const ScopedSettings settings;
    GuiTestData data = makeTwoFolders();
    MainWindow window(*data.repository);
    window.setMessageBoxesEnabled(false);

    const DealId gone = data.dealTitled("Website relaunch").id;
    requireOk(data.repository->deleteDeal(gone));
    Q_EMIT window.board()->columnForStage(data.won.id)->model()->dealsDropped({gone}, 0);

    CHECK(window.lastError().startsWith(u"The deal could not be moved: "_s));
    CHECK(window.statusBar()->currentMessage() == window.lastError());
    CHECK(window.findChildren<QMessageBox *>().isEmpty());
}

TEST_CASE("Double-clicking a card opens it in the editor", "[gui][mainwindow]")
{
    const ScopedSettings settings;
    GuiTestData data = makeTwoFolders();
    MainWindow window(*data.repository);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    BoardColumnView *view = window.board()->columnForStage(data.presentation.id)->view();
    const QRect card = view->visualRect(view->model()->index(1, 0));
    // A real double-click: press and release, then the double-click event.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, card.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, card.center());

    auto *dialog = window.findChild<DealEditorDialog *>();
    REQUIRE(dialog);
    CHECK_FALSE(dialog->isNewDeal());
    CHECK(dialog->findChild<QLineEdit *>(u"titleEdit"_s)->text() == u"Data migration"_s);
    dialog->reject();
}

TEST_CASE("The Delete key asks before deleting the selected deal", "[gui][mainwindow]")
{
    const ScopedSettings settings;
    GuiTestData data = makeTwoFolders();
    MainWindow window(*data.repository);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);

    const DealId renewal = data.dealTitled("Annual renewal").id;
    REQUIRE(window.board()->selectDeal(renewal));
    BoardColumnView *view = window.board()->columnForStage(data.negotiation.id)->view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);

    auto *box = window.findChild<QMessageBox *>();
    REQUIRE(box);
    CHECK(box->text().contains(u"Annual renewal"_s));
    CHECK(data.repository->deal(renewal).has_value()); // asked, not yet deleted
    box->button(QMessageBox::Yes)->click();

    CHECK_FALSE(data.repository->deal(renewal).has_value());
    CHECK(window.board()->columnForStage(data.negotiation.id)->countText() == u"0"_s);
    CHECK(window.statusBar()->currentMessage() == u"Deal deleted."_s);

    // In the search box the key edits text and deletes no deal.
    window.searchBox()->setText(u"ab"_s);
    window.searchBox()->setFocus();
    window.searchBox()->setCursorPosition(0);
    QTest::keyClick(window.searchBox(), Qt::Key_Delete);
    CHECK(window.searchBox()->text() == u"b"_s);
    CHECK(window.findChildren<QMessageBox *>().size() <= 1);
}

TEST_CASE("Import opens the import dialog and shows the folder it filled", "[gui][mainwindow]")
{
    const ScopedSettings settings;
    GuiTestData data = makeTwoFolders();
    MainWindow window(*data.repository);
    window.setMessageBoxesEnabled(false);

    window.toolBar()->importAction()->trigger();
    auto *dialog = window.findChild<ImportDialog *>();
    REQUIRE(dialog);

    // What the dialog reports once an import has written a new folder.
    const Folder imported = required(data.repository->createFolder("Imported"));
    Stage stage;
    stage.folderId = imported.id;
    stage.name = "Prospecting";
    required(data.repository->addStage(imported.id, stage));
    Q_EMIT dialog->imported(imported.id);

    CHECK(window.sidebar()->entries().contains(u"Imported"_s));
    CHECK(window.board()->snapshot().folder.id == imported.id);
    CHECK(window.board()->column(0)->model()->name() == u"Prospecting"_s);
    dialog->reject();
}

TEST_CASE("Import proposes the folder on screen", "[gui][mainwindow]")
{
    const ScopedSettings settings;
    GuiTestData data = makeTwoFolders();
    MainWindow window(*data.repository);
    window.setMessageBoxesEnabled(false);
    window.sidebar()->selectFolder(required(data.repository->folderByName("Consulting deals"))->id);

    window.toolBar()->importAction()->trigger();

    auto *dialog = window.findChild<ImportDialog *>();
    REQUIRE(dialog);
    auto *folder = dialog->findChild<QComboBox *>(u"folderCombo"_s);
    REQUIRE(folder);
    CHECK(folder->currentText() == u"Consulting deals"_s);
    dialog->reject();
}

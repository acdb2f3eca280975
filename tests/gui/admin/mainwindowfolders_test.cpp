// The Folder menu of the main window: what an admin changes shows at once in the sidebar,
// the board and the title.
#include "gui/mainwindow/mainwindow.h"

#include "../scopedsettings.h"
#include "admintestsupport.h"
#include "gui/admin/folderactions.h"
#include "gui/admin/foldernamedialog.h"
#include "gui/admin/stageseteditor.h"
#include "gui/board/boardwidget.h"
#include "gui/mainwindow/foldersidebar.h"

#include <catch2/catch_test_macros.hpp>

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>

using namespace dealboard;
using namespace dealboard::test;
using namespace Qt::StringLiterals;

namespace {

QStringList folderMenuTexts(const MainWindow &window)
{
    for (QAction *action : window.menuBar()->actions()) {
        if (action->text() != u"F&older"_s)
            continue;
        QStringList texts;
        for (QAction *item : action->menu()->actions())
            texts.append(item->text());
        return texts;
    }
    return {};
}

QStringList stageNames(const BoardWidget &board)
{
    QStringList names;
    for (const Stage &stage : board.snapshot().stages)
        names.append(QString::fromStdString(stage.name));
    return names;
}

} // namespace

TEST_CASE("The Folder menu's changes show at once in the window", "[gui][admin]")
{
    ScopedSettings settings;
    GuiTestData data = makeGuiTestData();
    MainWindow window(*data.repository);
    window.setMessageBoxesEnabled(false);
    window.show();
    FolderActions *actions = window.folderActions();
    REQUIRE(actions);

    CHECK(folderMenuTexts(window) ==
          QStringList{u"&New Folder…"_s, u"&Rename Folder…"_s, u"&Delete Folder…"_s, QString(),
                      u"Edit &Stages…"_s, u"Customize &Fields…"_s, u"&Lost Reasons…"_s});
    CHECK(actions->currentFolder() == data.folder.id);

    // A new folder is opened.
    const Folder outbound = required(actions->createFolder(u"Outbound"_s));
    settle();
    CHECK(window.sidebar()->entries().contains(u"Outbound/All deals"_s));
    CHECK(window.board()->snapshot().folder.id == outbound.id);
    CHECK(actions->currentFolder() == outbound.id);
    CHECK(window.windowTitle().startsWith(u"Outbound"_s));

    // Renaming it shows the new name in the sidebar and the title.
    QPointer<FolderNameDialog> rename = actions->renameFolder(outbound.id);
    REQUIRE(rename);
    rename->setName(u"Outbound calls"_s);
    rename->apply();
    settle();
    CHECK(window.sidebar()->entries().contains(u"Outbound calls/All deals"_s));
    CHECK(window.windowTitle().startsWith(u"Outbound calls"_s));

    // A stage renamed in the editor is a column of the board at once, and Undo in the
    // window takes it back.
    QPointer<StageSetEditor> stages = actions->editStages(outbound.id);
    REQUIRE(stages);
    REQUIRE(stages->selectStage(stages->stages().at(1).id));
    stages->setProbability(35);
    auto *list = stages->findChild<OrderedListEditor *>(u"stageList"_s);
    list->startRenaming();
    typeInline(*list, u"Discovery"_s);
    CHECK(stageNames(*window.board()) ==
          QStringList{u"New"_s, u"Discovery"_s, u"Proposal"_s, u"Won"_s, u"Lost"_s});
    stages->close();
    window.undoAction()->trigger();
    settle();
    CHECK(stageNames(*window.board()).at(1) == u"Qualified"_s);

    // Deleting the folder leaves the first view on screen.
    QPointer<QMessageBox> box = actions->deleteFolder(outbound.id);
    REQUIRE(box);
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            button->click();
    }
    settle();
    CHECK_FALSE(window.sidebar()->entries().contains(u"Outbound calls/All deals"_s));
    CHECK(window.board()->snapshot().folder.id == data.folder.id);
    CHECK(actions->currentFolder() == data.folder.id);
}

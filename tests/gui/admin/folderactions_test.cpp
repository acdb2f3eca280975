#include "gui/admin/folderactions.h"

#include "admintestsupport.h"
#include "gui/admin/fieldeditor.h"
#include "gui/admin/foldernamedialog.h"
#include "gui/admin/lostreasonseditor.h"
#include "gui/admin/stageseteditor.h"

#include <catch2/catch_test_macros.hpp>

#include <QAction>
#include <QCheckBox>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>

using namespace dealboard;
using namespace dealboard::test;
using namespace Qt::StringLiterals;

namespace {

std::vector<std::string> stageNames(const Repository &repository, FolderId folder)
{
    std::vector<std::string> names;
    for (const Stage &stage : required(repository.stages(folder)))
        names.push_back(stage.name);
    return names;
}

std::optional<Folder> storedFolder(const Repository &repository, const std::string &name)
{
    return required(repository.folderByName(name));
}

QPushButton *destructiveButton(QMessageBox &box)
{
    for (QAbstractButton *button : box.buttons()) {
        if (box.buttonRole(button) == QMessageBox::DestructiveRole)
            return qobject_cast<QPushButton *>(button);
    }
    return nullptr;
}

struct Actions
{
    AdminTestData admin;
    QWidget window;
    FolderActions actions{*admin.undo, &window};
};

} // namespace

TEST_CASE("A new folder starts with the default stage set and an All deals view", "[gui][admin]")
{
    Actions fixture;
    QSignalSpy created(&fixture.actions, &FolderActions::folderCreated);

    QPointer<FolderNameDialog> dialog = fixture.actions.newFolder();
    REQUIRE(dialog);
    dialog->setName(u"Outbound"_s);
    dialog->apply();
    settle();

    CHECK_FALSE(dialog);
    const std::optional<Folder> outbound = storedFolder(fixture.admin.repository(), "Outbound");
    REQUIRE(outbound);
    REQUIRE(created.count() == 1);
    CHECK(created.first().first().value<FolderId>() == outbound->id);
    CHECK(stageNames(fixture.admin.repository(), outbound->id) ==
          std::vector<std::string>{"New", "Qualified", "Proposal", "Won", "Lost"});
    const std::vector<Stage> stages = required(fixture.admin.repository().stages(outbound->id));
    CHECK(stages[3].kind == StageKind::Won);
    CHECK(stages[3].probability == 100);
    CHECK(stages[4].kind == StageKind::Lost);
    const std::vector<SavedView> views = required(fixture.admin.repository().views(outbound->id));
    REQUIRE(views.size() == 1);
    CHECK(views[0].name == "All deals");
    CHECK(undoLabels(*fixture.admin.undo) == QStringList{u"Create folder Outbound"_s});

    SECTION("and one Undo takes all of it back")
    {
        fixture.admin.undo->stack()->undo();
        CHECK_FALSE(storedFolder(fixture.admin.repository(), "Outbound").has_value());
    }
}

TEST_CASE("A new folder can copy another folder's stages, fields and lost reasons", "[gui][admin]")
{
    Actions fixture;
    Repository &repository = fixture.admin.repository();
    required(repository.addLostReason(fixture.admin.data.folder.id, "Price"));

    QPointer<FolderNameDialog> dialog = fixture.actions.newFolder();
    REQUIRE(dialog);
    dialog->setName(u"After-sales"_s);
    dialog->setTemplateIndex(1); // the stages, fields and lost reasons of Deals
    dialog->apply();

    const std::optional<Folder> copy = storedFolder(repository, "After-sales");
    REQUIRE(copy);
    CHECK(stageNames(repository, copy->id) == stageNames(repository, fixture.admin.data.folder.id));
    const std::vector<FieldDefinition> fields = required(repository.fields(copy->id));
    REQUIRE(fields.size() == 6);
    CHECK(fields[0].name == "Product");
    CHECK(fields[0].options == fixture.admin.data.product.options);
    REQUIRE(required(repository.lostReasons(copy->id)).size() == 1);
    CHECK(required(repository.dealCount(copy->id)) == 0);
}

TEST_CASE("A taken folder name is refused in the dialog, which stays open", "[gui][admin]")
{
    Actions fixture;
    QPointer<FolderNameDialog> dialog = fixture.actions.newFolder();
    REQUIRE(dialog);
    dialog->setName(u"deals"_s);
    dialog->apply();
    settle();

    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK_FALSE(dialog->message().isEmpty());
    CHECK(required(fixture.admin.repository().folders()).size() == 1);
    CHECK(undoLabels(*fixture.admin.undo).isEmpty());
    dialog->reject();
}

TEST_CASE("Renaming a folder stores the name and tells the window", "[gui][admin]")
{
    Actions fixture;
    QSignalSpy renamed(&fixture.actions, &FolderActions::folderRenamed);
    const FolderId folder = fixture.admin.data.folder.id;

    QPointer<FolderNameDialog> dialog = fixture.actions.renameFolder(folder);
    REQUIRE(dialog);
    dialog->setName(u"Inbound"_s);
    dialog->apply();

    CHECK(required(fixture.admin.repository().folder(folder)).name == "Inbound");
    CHECK(renamed.count() == 1);
    CHECK(undoLabels(*fixture.admin.undo) == QStringList{u"Rename folder Deals to Inbound"_s});
}

TEST_CASE("Deleting a folder with deals needs the box ticked; Cancel is the default",
          "[gui][admin]")
{
    Actions fixture;
    QSignalSpy deleted(&fixture.actions, &FolderActions::folderDeleted);
    const FolderId folder = fixture.admin.data.folder.id;

    QPointer<QMessageBox> box = fixture.actions.deleteFolder(folder);
    REQUIRE(box);
    CHECK(box->text() == u"Delete the folder “Deals”?"_s);
    CHECK(box->informativeText().contains(u"8 deals"_s));
    CHECK(box->defaultButton() == box->button(QMessageBox::Cancel));
    REQUIRE(box->checkBox());
    CHECK(box->checkBox()->text() == u"Delete 8 deals"_s);
    QPushButton *remove = destructiveButton(*box);
    REQUIRE(remove);
    CHECK_FALSE(remove->isEnabled());

    SECTION("Cancel keeps everything")
    {
        box->button(QMessageBox::Cancel)->click();
        settle();
        CHECK(required(fixture.admin.repository().dealCount(folder)) == 8);
        CHECK(deleted.count() == 0);
    }
    SECTION("ticking the box and Delete removes the folder and its deals")
    {
        box->checkBox()->setChecked(true);
        CHECK(remove->isEnabled());
        remove->click();
        settle();
        CHECK_FALSE(fixture.admin.repository().folder(folder).has_value());
        CHECK(deleted.count() == 1);
        CHECK(undoLabels(*fixture.admin.undo) ==
              QStringList{u"Delete folder Deals and its 8 deals"_s});

        fixture.admin.undo->stack()->undo();
        CHECK(required(fixture.admin.repository().dealCount(folder)) == 8);
    }
}

TEST_CASE("An empty folder is deleted after a plain question", "[gui][admin]")
{
    Actions fixture;
    const Folder empty = required(fixture.admin.repository().createFolder("Empty"));
    QPointer<QMessageBox> box = fixture.actions.deleteFolder(empty.id);
    REQUIRE(box);
    CHECK(box->checkBox() == nullptr);
    CHECK(box->defaultButton() == box->button(QMessageBox::Cancel));
    destructiveButton(*box)->click();
    CHECK_FALSE(fixture.admin.repository().folder(empty.id).has_value());
}

TEST_CASE("The folder actions act on the current folder", "[gui][admin]")
{
    Actions fixture;
    CHECK(fixture.actions.newFolderAction()->isEnabled());
    CHECK_FALSE(fixture.actions.editStagesAction()->isEnabled());
    CHECK_FALSE(fixture.actions.deleteFolderAction()->isEnabled());

    fixture.actions.setCurrentFolder(fixture.admin.data.folder.id);
    CHECK(fixture.actions.editStagesAction()->isEnabled());
    QSignalSpy changed(&fixture.actions, &FolderActions::folderChanged);

    fixture.actions.editStagesAction()->trigger();
    auto *stages = fixture.window.findChild<StageSetEditor *>();
    REQUIRE(stages);
    CHECK(stages->stages().size() == 5);
    REQUIRE(stages->selectStage(fixture.admin.data.negotiation.id));
    stages->setProbability(70);
    CHECK(changed.count() == 1);
    stages->close();

    fixture.actions.customizeFieldsAction()->trigger();
    CHECK(fixture.window.findChild<FieldEditor *>());
    fixture.actions.lostReasonsAction()->trigger();
    CHECK(fixture.window.findChild<LostReasonsEditor *>());

    QMenu *menu = fixture.actions.menuForFolder(fixture.admin.data.folder.id, &fixture.window);
    QStringList texts;
    for (QAction *action : menu->actions())
        texts.append(action->text());
    CHECK(texts == QStringList{u"&New Folder…"_s, u"&Rename Folder…"_s, u"&Delete Folder…"_s,
                               QString(), u"Edit &Stages…"_s, u"Customize &Fields…"_s,
                               u"&Lost Reasons…"_s});
    delete menu;
}

TEST_CASE("The folder dialogs fit their default size and 800x600", "[gui][admin]")
{
    Actions fixture;
    fixture.window.resize(800, 600);
    QPointer<FolderNameDialog> dialog = fixture.actions.newFolder();
    REQUIRE(dialog);
    dialog->setName(u"Outbound"_s);
    screenshot(*dialog, u"newfolder"_s);
    dialog->reject();

    QPointer<QMessageBox> box = fixture.actions.deleteFolder(fixture.admin.data.folder.id);
    REQUIRE(box);
    screenshot(*box, u"deletefolder"_s);
    box->reject();
}

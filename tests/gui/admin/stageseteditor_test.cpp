#include "gui/admin/stageseteditor.h"

#include "admintestsupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QColorDialog>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>

using namespace dealboard;
using namespace dealboard::test;
using namespace Qt::StringLiterals;

namespace {

std::vector<std::string> storedNames(const Repository &repository, FolderId folder)
{
    std::vector<std::string> names;
    for (const Stage &stage : required(repository.stages(folder)))
        names.push_back(stage.name);
    return names;
}

OrderedListEditor *stageList(const StageSetEditor &editor)
{
    auto *list = editor.findChild<OrderedListEditor *>(u"stageList"_s);
    REQUIRE(list);
    return list;
}

template <typename Widget> Widget *child(const StageSetEditor &editor, const QString &name)
{
    auto *widget = editor.findChild<Widget *>(name);
    REQUIRE(widget);
    return widget;
}

} // namespace

TEST_CASE("Renaming a stage in place stores it as one undo step", "[gui][admin]")
{
    AdminTestData admin;
    StageSetEditor editor(*admin.undo, admin.data.folder.id);
    editor.show();
    REQUIRE(editor.selectStage(admin.data.presentation.id));

    stageList(editor)->startRenaming();
    typeInline(*stageList(editor), u"Demo"_s);

    CHECK(required(admin.repository().stage(admin.data.presentation.id)).name == "Demo");
    CHECK(stageList(editor)->names() ==
          QStringList{u"New"_s, u"Demo"_s, u"Negotiation"_s, u"Won"_s, u"Lost"_s});
    CHECK(undoLabels(*admin.undo) == QStringList{u"Rename stage Presentation to Demo"_s});
    CHECK(editor.message().isEmpty());
    CHECK(editor.windowTitle() == u"Stages of Deals"_s);
}

TEST_CASE("A duplicate stage name is refused, shown, and what was typed is kept", "[gui][admin]")
{
    AdminTestData admin;
    StageSetEditor editor(*admin.undo, admin.data.folder.id);
    editor.show();
    REQUIRE(editor.selectStage(admin.data.presentation.id));

    stageList(editor)->startRenaming();
    typeInline(*stageList(editor), u"won"_s);

    CHECK_FALSE(editor.message().isEmpty());
    CHECK(required(admin.repository().stage(admin.data.presentation.id)).name == "Presentation");
    CHECK(undoLabels(*admin.undo).isEmpty());
    // The editor is open again on the refused name, ready to be corrected.
    QLineEdit *line = inlineEditor(*stageList(editor));
    REQUIRE(line);
    CHECK(line->text() == u"won"_s);

    SECTION("and correcting it stores the corrected name")
    {
        typeInline(*stageList(editor), u"Demo"_s);
        CHECK(required(admin.repository().stage(admin.data.presentation.id)).name == "Demo");
        CHECK(editor.message().isEmpty());
    }
    SECTION("and Escape shows the stored name again")
    {
        QTest::keyClick(line, Qt::Key_Escape);
        settle();
        CHECK(stageList(editor)->names().at(1) == u"Presentation"_s);
    }
}

TEST_CASE("A stage added in place lands after the current one", "[gui][admin]")
{
    AdminTestData admin;
    StageSetEditor editor(*admin.undo, admin.data.folder.id);
    editor.show();
    REQUIRE(editor.selectStage(admin.data.newStage.id));

    stageList(editor)->startAdding();
    typeInline(*stageList(editor), u"Contacted"_s);

    CHECK(
        storedNames(admin.repository(), admin.data.folder.id) ==
        std::vector<std::string>{"New", "Contacted", "Presentation", "Negotiation", "Won", "Lost"});
    const Stage added = required(admin.repository().stages(admin.data.folder.id))[1];
    CHECK(added.kind == StageKind::Open);
    CHECK(added.probability == 20); // between New (10) and Presentation (30)
    CHECK(isValidColor(added.color));
    CHECK(stageList(editor)->currentKey() == added.id);
    CHECK(undoLabels(*admin.undo) == QStringList{u"Add stage Contacted"_s});

    SECTION("and Undo in the dialog takes it back")
    {
        admin.undo->stack()->undo();
        settle();
        CHECK(storedNames(admin.repository(), admin.data.folder.id).size() == 5);
        CHECK(stageList(editor)->names().size() == 5);
    }
    SECTION("an add left empty stores nothing")
    {
        stageList(editor)->startAdding();
        QLineEdit *line = inlineEditor(*stageList(editor));
        REQUIRE(line);
        QTest::keyClick(line, Qt::Key_Escape);
        settle();
        CHECK(stageList(editor)->names().size() == 6);
        CHECK(storedNames(admin.repository(), admin.data.folder.id).size() == 6);
    }
}

TEST_CASE("Stages are reordered with the buttons, the keyboard and by drag", "[gui][admin]")
{
    AdminTestData admin;
    StageSetEditor editor(*admin.undo, admin.data.folder.id);
    editor.show();
    REQUIRE(editor.selectStage(admin.data.negotiation.id));

    auto *moveUp = stageList(editor)->findChild<QPushButton *>(u"moveUpButton"_s);
    REQUIRE(moveUp);
    moveUp->click();
    settle();
    CHECK(storedNames(admin.repository(), admin.data.folder.id) ==
          std::vector<std::string>{"New", "Negotiation", "Presentation", "Won", "Lost"});
    CHECK(stageList(editor)->currentKey() == admin.data.negotiation.id);

    QTest::keyClick(stageList(editor)->list(), Qt::Key_Down, Qt::ControlModifier);
    settle();
    CHECK(storedNames(admin.repository(), admin.data.folder.id) ==
          std::vector<std::string>{"New", "Presentation", "Negotiation", "Won", "Lost"});

    // Lost dragged above Won.
    dropRow(*stageList(editor)->list(), 4, 3);
    CHECK(storedNames(admin.repository(), admin.data.folder.id) ==
          std::vector<std::string>{"New", "Presentation", "Negotiation", "Lost", "Won"});
    CHECK(stageList(editor)->names() ==
          QStringList{u"New"_s, u"Presentation"_s, u"Negotiation"_s, u"Lost"_s, u"Won"_s});
    CHECK(undoLabels(*admin.undo) == QStringList{u"Move stage Negotiation"_s,
                                                 u"Move stage Negotiation"_s,
                                                 u"Move stage Lost"_s});
}

TEST_CASE("Colour, kind, probability and rotting limit are stored as the admin sets them",
          "[gui][admin]")
{
    AdminTestData admin;
    StageSetEditor editor(*admin.undo, admin.data.folder.id);
    editor.show();
    REQUIRE(editor.selectStage(admin.data.presentation.id));
    const auto stored = [&] {
        return required(admin.repository().stage(admin.data.presentation.id));
    };

    QColorDialog *colors = editor.chooseColor();
    REQUIRE(colors);
    colors->setCurrentColor(QColor(u"#123456"_s));
    colors->accept();
    CHECK(stored().color == "#123456");

    auto *probability = child<QSpinBox>(editor, u"probabilitySpin"_s);
    probability->setFocus();
    probability->setValue(45);
    QTest::keyClick(probability, Qt::Key_Return);
    CHECK(stored().probability == 45);

    auto *rotting = child<QSpinBox>(editor, u"rottingSpin"_s);
    CHECK(rotting->text() == u"Never"_s);
    rotting->setValue(14);
    QTest::keyClick(rotting, Qt::Key_Return);
    CHECK(stored().rottingDays == 14);
    rotting->setValue(0);
    QTest::keyClick(rotting, Qt::Key_Return);
    CHECK_FALSE(stored().rottingDays.has_value());

    auto *kind = child<QComboBox>(editor, u"kindCombo"_s);
    kind->setCurrentIndex(kind->findText(u"Won"_s));
    Q_EMIT kind->activated(kind->currentIndex());
    CHECK(stored().kind == StageKind::Won);
    CHECK(stored().probability == 100);

    CHECK(undoLabels(*admin.undo) == QStringList{u"Change colour of stage Presentation"_s,
                                                 u"Set win probability of Presentation to 45 %"_s,
                                                 u"Set rotting limit of Presentation to 14 days"_s,
                                                 u"Let deals in Presentation never rot"_s,
                                                 u"Make Presentation a won stage"_s});
}

TEST_CASE("A colour storage refuses is shown and the stored one stays", "[gui][admin]")
{
    AdminTestData admin;
    StageSetEditor editor(*admin.undo, admin.data.folder.id);
    editor.show();
    REQUIRE(editor.selectStage(admin.data.presentation.id));

    editor.setColor(u"not a colour"_s);

    CHECK_FALSE(editor.message().isEmpty());
    CHECK(required(admin.repository().stage(admin.data.presentation.id)).color ==
          admin.data.presentation.color);
    CHECK(undoLabels(*admin.undo).isEmpty());
}

TEST_CASE("Deleting a stage that holds deals asks where they go, hidden deals counted",
          "[gui][admin]")
{
    AdminTestData admin;
    StageSetEditor editor(*admin.undo, admin.data.folder.id);
    editor.show();
    // Won is hidden in the "Open pipeline" view, its deal still counts.
    REQUIRE(editor.selectStage(admin.data.won.id));
    const DealId training = admin.data.dealTitled("Training days").id;

    QPointer<QInputDialog> question = editor.deleteCurrentStage();
    REQUIRE(question);
    CHECK(question->labelText().contains(u"holds 1 deal"_s));
    CHECK(question->comboBoxItems() ==
          QStringList{u"New"_s, u"Presentation"_s, u"Negotiation"_s, u"Lost"_s});
    CHECK(question->textValue() == u"Negotiation"_s);

    SECTION("cancelling keeps the stage and its deal")
    {
        question->reject();
        settle();
        CHECK(storedNames(admin.repository(), admin.data.folder.id).size() == 5);
        CHECK(required(admin.repository().deal(training)).stageId == admin.data.won.id);
    }
    SECTION("choosing a stage moves the deal there and deletes the stage")
    {
        question->setTextValue(u"Lost"_s);
        question->accept();
        settle();
        CHECK(storedNames(admin.repository(), admin.data.folder.id) ==
              std::vector<std::string>{"New", "Presentation", "Negotiation", "Lost"});
        CHECK(required(admin.repository().deal(training)).stageId == admin.data.lost.id);
        CHECK(stageList(editor)->names().size() == 4);
        CHECK(undoLabels(*admin.undo) ==
              QStringList{u"Delete stage Won and move its deal to Lost"_s});
    }
}

TEST_CASE("An empty stage is deleted at once, and the last one is refused", "[gui][admin]")
{
    AdminTestData admin;
    const Stage empty = admin.data.addStage("Demo", StageKind::Open, 40);
    StageSetEditor editor(*admin.undo, admin.data.folder.id);
    editor.show();
    REQUIRE(editor.selectStage(empty.id));

    CHECK(editor.deleteCurrentStage() == nullptr);
    CHECK(storedNames(admin.repository(), admin.data.folder.id).size() == 5);
    CHECK(lastUndoLabels(*admin.undo, 1) == QStringList{u"Delete stage Demo"_s});

    Folder lone = required(admin.repository().createFolder("Lone"));
    Stage only;
    only.name = "Only";
    only = required(admin.repository().addStage(lone.id, only));
    StageSetEditor loneEditor(*admin.undo, lone.id);
    loneEditor.show();
    REQUIRE(loneEditor.selectStage(only.id));
    CHECK(loneEditor.deleteCurrentStage() == nullptr);
    CHECK_FALSE(loneEditor.message().isEmpty());
    CHECK(required(admin.repository().stages(lone.id)).size() == 1);
}

TEST_CASE("The stage set editor fits its default size and 800x600", "[gui][admin]")
{
    AdminTestData admin;
    StageSetEditor editor(*admin.undo, admin.data.folder.id);
    REQUIRE(editor.selectStage(admin.data.presentation.id));
    screenshot(editor, u"stageseteditor"_s);
    CHECK(stageList(editor)->names().size() == 5);
}

#include "gui/admin/fieldeditor.h"

#include "admintestsupport.h"
#include "gui/admin/newfielddialog.h"

#include <catch2/catch_test_macros.hpp>

#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

using namespace dealboard;
using namespace dealboard::test;
using namespace Qt::StringLiterals;

namespace {

OrderedListEditor *listNamed(const FieldEditor &editor, const QString &name)
{
    auto *list = editor.findChild<OrderedListEditor *>(name);
    REQUIRE(list);
    return list;
}

std::vector<std::string> storedNames(const Repository &repository, FolderId folder)
{
    std::vector<std::string> names;
    for (const FieldDefinition &field : required(repository.fields(folder)))
        names.push_back(field.name);
    return names;
}

// Gives deals a value in a field, as the deal editor would.
void setValue(AdminTestData &admin, const std::string &title, const FieldDefinition &field,
              nlohmann::json value)
{
    Deal deal = admin.data.dealTitled(title);
    deal.fields[field.id] = std::move(value);
    required(admin.repository().updateDeal(deal));
}

QPushButton *buttonWithRole(QMessageBox &box, QMessageBox::ButtonRole role)
{
    for (QAbstractButton *button : box.buttons()) {
        if (box.buttonRole(button) == role)
            return qobject_cast<QPushButton *>(button);
    }
    return nullptr;
}

} // namespace

TEST_CASE("A new choice field is stored with its options", "[gui][admin]")
{
    AdminTestData admin;
    FieldEditor editor(*admin.undo, admin.data.folder.id);
    editor.show();

    QPointer<NewFieldDialog> dialog = editor.addField();
    REQUIRE(dialog);
    dialog->setName(u"Plan"_s);
    dialog->setType(FieldType::Choice);
    dialog->setOptions({u"Basic"_s, u" Pro "_s, u""_s, u"Enterprise"_s, u"Pro"_s});
    dialog->apply();
    settle();

    CHECK_FALSE(dialog);
    const FieldDefinition plan = required(admin.repository().fields(admin.data.folder.id)).back();
    CHECK(plan.name == "Plan");
    CHECK(plan.type == FieldType::Choice);
    CHECK(plan.options == std::vector<std::string>{"Basic", "Pro", "Enterprise"});
    CHECK(listNamed(editor, u"fieldList"_s)->currentKey() == plan.id);
    CHECK(listNamed(editor, u"optionList"_s)->names() ==
          QStringList{u"Basic"_s, u"Pro"_s, u"Enterprise"_s});
    CHECK(undoLabels(*admin.undo) == QStringList{u"Add field Plan"_s});
}

TEST_CASE("A duplicate field name is refused in the dialog, which keeps what was typed",
          "[gui][admin]")
{
    AdminTestData admin;
    FieldEditor editor(*admin.undo, admin.data.folder.id);
    editor.show();

    QPointer<NewFieldDialog> dialog = editor.addField();
    REQUIRE(dialog);
    dialog->setName(u"product"_s);
    dialog->setType(FieldType::Number);
    dialog->apply();
    settle();

    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK_FALSE(dialog->message().isEmpty());
    CHECK(dialog->field().name == "product");
    CHECK(dialog->field().type == FieldType::Number);
    CHECK(storedNames(admin.repository(), admin.data.folder.id).size() == 6);
    CHECK(undoLabels(*admin.undo).isEmpty());
    dialog->reject();
}

TEST_CASE("Fields are renamed in place and reordered", "[gui][admin]")
{
    AdminTestData admin;
    FieldEditor editor(*admin.undo, admin.data.folder.id);
    editor.show();
    OrderedListEditor *fields = listNamed(editor, u"fieldList"_s);
    REQUIRE(editor.selectField(admin.data.score.id));

    fields->startRenaming();
    typeInline(*fields, u"Lead score"_s);
    CHECK(required(admin.repository().field(admin.data.score.id)).name == "Lead score");

    fields->moveCurrent(-1);
    settle();
    dropRow(*fields->list(), 5, 0); // Notes to the top
    CHECK(
        storedNames(admin.repository(), admin.data.folder.id) ==
        std::vector<std::string>{"Notes", "Lead score", "Product", "Budget", "Engaged", "Manager"});
    CHECK(undoLabels(*admin.undo) == QStringList{u"Rename field Score to Lead score"_s,
                                                 u"Move field Lead score"_s,
                                                 u"Move field Notes"_s});

    fields->startRenaming();
    typeInline(*fields, u"Title"_s); // a built-in name
    CHECK_FALSE(editor.message().isEmpty());
    CHECK(required(admin.repository().field(admin.data.notes.id)).name == "Notes");
}

TEST_CASE("Removing a field that holds values says how many and asks", "[gui][admin]")
{
    AdminTestData admin;
    setValue(admin, "Website relaunch", admin.data.score, 7);
    setValue(admin, "Fleet tracking", admin.data.score, 9);
    FieldEditor editor(*admin.undo, admin.data.folder.id);
    editor.show();
    REQUIRE(editor.selectField(admin.data.score.id));

    QPointer<QMessageBox> box = editor.removeCurrentField();
    REQUIRE(box);
    CHECK(box->text() == u"2 deals have a value in Score. Remove the field and those values?"_s);
    CHECK(box->defaultButton() == box->button(QMessageBox::Cancel));

    SECTION("Cancel keeps it")
    {
        box->button(QMessageBox::Cancel)->click();
        settle();
        CHECK(required(admin.repository().fieldValueCount(admin.data.score.id)) == 2);
    }
    SECTION("Remove takes the field and its values")
    {
        QPushButton *remove = buttonWithRole(*box, QMessageBox::DestructiveRole);
        REQUIRE(remove);
        remove->click();
        settle();
        CHECK_FALSE(admin.repository().field(admin.data.score.id).has_value());
        CHECK(admin.data.dealTitled("Website relaunch").fields.count(admin.data.score.id) == 0);
        CHECK(lastUndoLabels(*admin.undo, 1) ==
              QStringList{u"Remove field Score and its values on 2 deals"_s});
    }

    REQUIRE(editor.selectField(admin.data.notes.id));
    CHECK(editor.removeCurrentField() == nullptr); // empty: removed at once
    CHECK_FALSE(admin.repository().field(admin.data.notes.id).has_value());
}

TEST_CASE("A choice field's options are added, renamed on every deal, moved and removed",
          "[gui][admin]")
{
    AdminTestData admin;
    setValue(admin, "Website relaunch", admin.data.product, "GTX Pro");
    setValue(admin, "Fleet tracking", admin.data.product, "GTX Pro");
    setValue(admin, "Annual renewal", admin.data.product, "GTX Basic");
    FieldEditor editor(*admin.undo, admin.data.folder.id);
    editor.show();
    REQUIRE(editor.selectField(admin.data.product.id));
    OrderedListEditor *options = listNamed(editor, u"optionList"_s);
    CHECK(options->isVisible());
    const auto stored = [&] {
        return required(admin.repository().field(admin.data.product.id));
    };

    REQUIRE(editor.selectOption(u"GTX Pro"_s));
    options->startRenaming();
    typeInline(*options, u"GTX Professional"_s);
    CHECK(stored().options ==
          std::vector<std::string>{"GTX Basic", "GTX Professional", "MG Special"});
    CHECK(admin.data.dealTitled("Fleet tracking").fields.at(admin.data.product.id) ==
          "GTX Professional");

    REQUIRE(editor.selectOption(u"MG Special"_s));
    options->startAdding();
    typeInline(*options, u"GTX Plus"_s);
    CHECK(stored().options ==
          std::vector<std::string>{"GTX Basic", "GTX Professional", "MG Special", "GTX Plus"});

    options->moveCurrent(-1);
    settle();
    CHECK(stored().options ==
          std::vector<std::string>{"GTX Basic", "GTX Professional", "GTX Plus", "MG Special"});

    options->startAdding();
    typeInline(*options, u"gtx basic"_s); // already an option
    CHECK(stored().options.size() == 4);

    REQUIRE(editor.selectOption(u"GTX Professional"_s));
    QPointer<QMessageBox> box = editor.removeCurrentOption();
    REQUIRE(box);
    CHECK(box->text().startsWith(u"2 deals have “GTX Professional” as Product."_s));
    buttonWithRole(*box, QMessageBox::DestructiveRole)->click();
    settle();
    CHECK(stored().options == std::vector<std::string>{"GTX Basic", "GTX Plus", "MG Special"});
    CHECK(admin.data.dealTitled("Fleet tracking").fields.count(admin.data.product.id) == 0);
    CHECK(admin.data.dealTitled("Annual renewal").fields.at(admin.data.product.id) == "GTX Basic");

    CHECK(lastUndoLabels(*admin.undo, 4) ==
          QStringList{u"Rename option GTX Pro of Product to GTX Professional"_s,
                      u"Add option GTX Plus to Product"_s, u"Move option GTX Plus of Product"_s,
                      u"Remove option GTX Professional from Product"_s});
}

TEST_CASE("The field editor fits its default size and 800x600", "[gui][admin]")
{
    AdminTestData admin;
    FieldEditor editor(*admin.undo, admin.data.folder.id);
    REQUIRE(editor.selectField(admin.data.product.id));
    screenshot(editor, u"fieldeditor"_s);

    QPointer<NewFieldDialog> dialog = editor.addField();
    REQUIRE(dialog);
    dialog->setName(u"Plan"_s);
    dialog->setType(FieldType::Choice);
    dialog->setOptions({u"Basic"_s, u"Pro"_s});
    screenshot(*dialog, u"newfielddialog"_s);
    dialog->reject();
}

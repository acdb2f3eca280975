#include "gui/deals/customfieldseditor.h"

#include "../board/guitestdata.h"
#include "gui/deals/optionaldateedit.h"

#include <catch2/catch_test_macros.hpp>

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>

using namespace dealboard;
using namespace dealboard::test;
using namespace Qt::StringLiterals;

namespace {

QLineEdit *lineOf(const CustomFieldsEditor &editor, const FieldDefinition &field)
{
    QWidget *input = editor.inputFor(field.id);
    REQUIRE(input);
    auto *line = qobject_cast<QLineEdit *>(input);
    if (!line)
        line = input->findChildren<QLineEdit *>().value(0);
    REQUIRE(line);
    return line;
}

} // namespace

TEST_CASE("Each custom field gets an input that fits its type", "[gui][deals]")
{
    const GuiTestData data = makeGuiTestData();
    CustomFieldsEditor editor;
    const auto fields = required(data.repository->fields(data.folder.id));
    editor.setFields(fields, {}, {u"Anna Berg"_s});

    CHECK(editor.fieldCount() == 6);
    CHECK(qobject_cast<QComboBox *>(editor.inputFor(data.product.id)));
    CHECK(qobject_cast<QLineEdit *>(editor.inputFor(data.score.id)));
    CHECK(editor.inputFor(data.budget.id)->findChildren<QLineEdit *>().size() == 2);
    CHECK(qobject_cast<OptionalDateEdit *>(editor.inputFor(data.engaged.id)));
    CHECK(qobject_cast<QLineEdit *>(editor.inputFor(data.manager.id))->completer());
    CHECK(qobject_cast<QLineEdit *>(editor.inputFor(data.notes.id)));

    auto *product = qobject_cast<QComboBox *>(editor.inputFor(data.product.id));
    CHECK(product->count() == 4); // none and the three options
    CHECK(product->itemText(2) == u"GTX Pro"_s);
}

TEST_CASE("Custom values are shown and read back as the deal stores them", "[gui][deals]")
{
    const GuiTestData data = makeGuiTestData();
    const std::map<FieldId, nlohmann::json> values{
        {data.product.id, "GTX Pro"},
        {data.score.id, 42},
        {data.budget.id, {{"minor", 150000}, {"currency", "EUR"}}},
        {data.engaged.id, "2026-03-31"},
        {data.manager.id, "Cleo Park"},
        {data.notes.id, "Call back in spring"},
        {999, "kept although the folder has no field 999"},
    };
    CustomFieldsEditor editor;
    editor.setFields(required(data.repository->fields(data.folder.id)), values);

    CHECK(qobject_cast<QComboBox *>(editor.inputFor(data.product.id))->currentText() ==
          u"GTX Pro"_s);
    CHECK(lineOf(editor, data.budget)->text() == u"1500.00"_s);
    const auto *engaged = qobject_cast<OptionalDateEdit *>(editor.inputFor(data.engaged.id));
    CHECK(engaged->value() == Date::fromIso("2026-03-31"));

    const auto read = editor.values();
    REQUIRE(read.has_value());
    CHECK(*read == values);
}

TEST_CASE("Clearing a custom input removes the value", "[gui][deals]")
{
    const GuiTestData data = makeGuiTestData();
    CustomFieldsEditor editor;
    editor.setFields(required(data.repository->fields(data.folder.id)),
                     {{data.notes.id, "old"}, {data.score.id, 3}, {data.engaged.id, "2026-01-02"}});

    lineOf(editor, data.notes)->clear();
    lineOf(editor, data.score)->setText(u"  "_s);
    qobject_cast<OptionalDateEdit *>(editor.inputFor(data.engaged.id))->setValue(std::nullopt);

    const auto read = editor.values();
    REQUIRE(read.has_value());
    CHECK(read->empty());
}

TEST_CASE("Numbers keep their kind: whole numbers stay integers", "[gui][deals]")
{
    const GuiTestData data = makeGuiTestData();
    CustomFieldsEditor editor;
    editor.setFields(required(data.repository->fields(data.folder.id)), {});

    lineOf(editor, data.score)->setText(u"17"_s);
    auto read = editor.values();
    REQUIRE(read.has_value());
    CHECK(read->at(data.score.id).is_number_integer());
    CHECK(read->at(data.score.id).get<int>() == 17);

    lineOf(editor, data.score)->setText(u"2.75"_s);
    read = editor.values();
    REQUIRE(read.has_value());
    CHECK(read->at(data.score.id).get<double>() == 2.75);
}

TEST_CASE("A choice value that is no longer an option is kept", "[gui][deals]")
{
    const GuiTestData data = makeGuiTestData();
    CustomFieldsEditor editor;
    editor.setFields(required(data.repository->fields(data.folder.id)),
                     {{data.product.id, "Retired product"}});

    CHECK(qobject_cast<QComboBox *>(editor.inputFor(data.product.id))->currentText() ==
          u"Retired product"_s);
    const auto read = editor.values();
    REQUIRE(read.has_value());
    CHECK(read->at(data.product.id) == "Retired product");
}

TEST_CASE("Bad custom values are named with their field", "[gui][deals]")
{
    const GuiTestData data = makeGuiTestData();
    CustomFieldsEditor editor;
    editor.setFields(required(data.repository->fields(data.folder.id)), {});

    lineOf(editor, data.score)->setText(u"lots"_s);
    lineOf(editor, data.budget)->setText(u"12.345"_s);
    editor.inputFor(data.budget.id)->findChildren<QLineEdit *>().at(1)->setText(u"USD"_s);

    const auto read = editor.values();
    REQUIRE_FALSE(read.has_value());
    REQUIRE(read.error().size() == 2);
    CHECK(read.error()[0].message == u"Score: “lots” is not a number."_s);
    CHECK(read.error()[0].input == editor.inputFor(data.score.id));
    CHECK(read.error()[1].message ==
          u"Budget: USD amounts have at most 2 decimals: “12.345” has 3."_s);

    // Nothing typed was lost.
    CHECK(lineOf(editor, data.score)->text() == u"lots"_s);
}

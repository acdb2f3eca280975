#include "gui/admin/newfielddialog.h"

#include "admintestsupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QPlainTextEdit>

using namespace dealboard;
using namespace dealboard::test;
using namespace Qt::StringLiterals;

TEST_CASE("The new field dialog asks for options only for a choice field", "[gui][admin]")
{
    NewFieldDialog dialog([](const FieldDefinition &) -> Status { return {}; });
    dialog.show();
    auto *options = dialog.findChild<QPlainTextEdit *>(u"optionsEdit"_s);
    REQUIRE(options);
    CHECK_FALSE(options->isVisible());

    dialog.setType(FieldType::Choice);
    CHECK(options->isVisible());
    dialog.setName(u"  Source "_s);
    dialog.setOptions({u"Inbound"_s, u"Outbound"_s, u"inbound"_s, u"Inbound"_s});
    const FieldDefinition field = dialog.field();
    CHECK(field.name == "Source");
    CHECK(field.type == FieldType::Choice);
    // Options are compared as typed; storage decides on case.
    CHECK(field.options == std::vector<std::string>{"Inbound", "Outbound", "inbound"});

    dialog.setType(FieldType::Money);
    CHECK(dialog.field().options.empty());
}

#include "gui/views/viewfieldcatalog.h"

#include "../board/guitestdata.h"

#include <catch2/catch_test_macros.hpp>

#include <algorithm>

using namespace dealboard;
using namespace dealboard::test;
using namespace Qt::StringLiterals;

namespace {

QStringList namesOf(const std::vector<ViewFieldCatalog::Field> &fields)
{
    QStringList names;
    for (const auto &field : fields)
        names.append(field.name);
    return names;
}

QStringList namesOf(const std::vector<ViewFieldCatalog::Column> &columns)
{
    QStringList names;
    for (const auto &column : columns)
        names.append(column.name);
    return names;
}

} // namespace

TEST_CASE("The catalog offers the built-in fields, then the folder's own", "[gui][views]")
{
    GuiTestData data = makeGuiTestData();
    const FolderSnapshot snapshot = required(data.repository->snapshot(data.folder.id));
    const ViewFieldCatalog catalog(snapshot);

    CHECK(namesOf(catalog.fields()) ==
          QStringList{u"Title"_s, u"Company"_s, u"Contact"_s, u"Owner"_s, u"Value"_s,
                      u"Expected close"_s, u"Stage"_s, u"Created"_s, u"Updated"_s, u"Product"_s,
                      u"Score"_s, u"Budget"_s, u"Engaged"_s, u"Manager"_s, u"Notes"_s});
    CHECK(namesOf(catalog.groupings()) ==
          QStringList{u"Stage"_s, u"Owner"_s, u"Product"_s, u"Manager"_s});

    // The values to pick: stages for the stage, options for a choice field, none to type.
    REQUIRE(catalog.field("stage"));
    CHECK(catalog.field("stage")->choices ==
          QStringList{u"New"_s, u"Presentation"_s, u"Negotiation"_s, u"Won"_s, u"Lost"_s});
    const auto *product = catalog.field(customFieldRef(data.product.id));
    REQUIRE(product);
    CHECK(product->choices == QStringList{u"GTX Basic"_s, u"GTX Pro"_s, u"MG Special"_s});
    CHECK(catalog.field(customFieldRef(data.score.id))->kind == ValueKind::Number);
    CHECK(catalog.field(customFieldRef(data.score.id))->choices.isEmpty());
    CHECK(catalog.field("field:999") == nullptr);
}

TEST_CASE("The catalog lists the columns of each grouping with No value", "[gui][views]")
{
    GuiTestData data = makeGuiTestData();
    const FolderSnapshot snapshot = required(data.repository->snapshot(data.folder.id));
    const ViewFieldCatalog catalog(snapshot);

    const auto stages = catalog.columns("stage");
    CHECK(namesOf(stages) ==
          QStringList{u"New"_s, u"Presentation"_s, u"Negotiation"_s, u"Won"_s, u"Lost"_s});
    CHECK(stages.front().key == stageColumnKey(data.newStage.id));

    const auto owners = catalog.columns("owner");
    CHECK(namesOf(owners) ==
          QStringList{u"Anna Berg"_s, u"Ben Ortiz"_s, u"Cleo Park"_s, u"No value"_s});
    CHECK(owners.back().key.empty());

    // A choice field's options are columns even when no deal holds them.
    CHECK(namesOf(catalog.columns(customFieldRef(data.product.id))) ==
          QStringList{u"GTX Basic"_s, u"GTX Pro"_s, u"MG Special"_s, u"No value"_s});
}

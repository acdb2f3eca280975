#include "gui/admin/lostreasonseditor.h"

#include "admintestsupport.h"

#include <catch2/catch_test_macros.hpp>

using namespace dealboard;
using namespace dealboard::test;
using namespace Qt::StringLiterals;

namespace {

std::vector<std::string> storedNames(const Repository &repository, FolderId folder)
{
    std::vector<std::string> names;
    for (const LostReason &reason : required(repository.lostReasons(folder)))
        names.push_back(reason.name);
    return names;
}

OrderedListEditor *reasonList(const LostReasonsEditor &editor)
{
    auto *list = editor.findChild<OrderedListEditor *>(u"reasonList"_s);
    REQUIRE(list);
    return list;
}

} // namespace

TEST_CASE("Lost reasons are added, renamed, reordered and removed", "[gui][admin]")
{
    AdminTestData admin;
    const FolderId folder = admin.data.folder.id;
    LostReasonsEditor editor(*admin.undo, folder);
    editor.show();
    OrderedListEditor *list = reasonList(editor);
    CHECK(list->names().isEmpty());

    list->startAdding();
    typeInline(*list, u"Price"_s);
    list->startAdding();
    typeInline(*list, u"Competitor"_s);
    list->startAdding();
    typeInline(*list, u"No budget"_s);
    CHECK(storedNames(admin.repository(), folder) ==
          std::vector<std::string>{"Price", "Competitor", "No budget"});

    REQUIRE(editor.selectReason(required(admin.repository().lostReasons(folder))[1].id));
    list->startRenaming();
    typeInline(*list, u"Went with a competitor"_s);
    list->moveCurrent(-1);
    settle();
    CHECK(storedNames(admin.repository(), folder) ==
          std::vector<std::string>{"Went with a competitor", "Price", "No budget"});

    editor.removeCurrentReason();
    CHECK(storedNames(admin.repository(), folder) ==
          std::vector<std::string>{"Price", "No budget"});
    CHECK(list->names() == QStringList{u"Price"_s, u"No budget"_s});
    CHECK(undoLabels(*admin.undo) ==
          QStringList{u"Add lost reason Price"_s, u"Add lost reason Competitor"_s,
                      u"Add lost reason No budget"_s,
                      u"Rename lost reason Competitor to Went with a competitor"_s,
                      u"Move lost reason Went with a competitor"_s,
                      u"Remove lost reason Went with a competitor"_s});
}

TEST_CASE("A duplicate lost reason is refused and the typed name kept", "[gui][admin]")
{
    AdminTestData admin;
    const FolderId folder = admin.data.folder.id;
    required(admin.repository().addLostReason(folder, "Price"));
    LostReasonsEditor editor(*admin.undo, folder);
    editor.show();
    OrderedListEditor *list = reasonList(editor);

    list->startAdding();
    typeInline(*list, u" price "_s);

    CHECK_FALSE(editor.message().isEmpty());
    CHECK(storedNames(admin.repository(), folder) == std::vector<std::string>{"Price"});
    QLineEdit *line = inlineEditor(*list);
    REQUIRE(line);
    CHECK(line->text() == u"price"_s);
    typeInline(*list, u"Timing"_s);
    CHECK(storedNames(admin.repository(), folder) == std::vector<std::string>{"Price", "Timing"});
    CHECK(editor.message().isEmpty());
}

TEST_CASE("The lost reasons editor fits its default size and 800x600", "[gui][admin]")
{
    AdminTestData admin;
    required(admin.repository().addLostReason(admin.data.folder.id, "Price"));
    required(admin.repository().addLostReason(admin.data.folder.id, "Went with a competitor"));
    LostReasonsEditor editor(*admin.undo, admin.data.folder.id);
    screenshot(editor, u"lostreasonseditor"_s);
    CHECK(reasonList(editor)->names().size() == 2);
}

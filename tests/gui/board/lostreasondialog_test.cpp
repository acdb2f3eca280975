#include "gui/board/lostreasondialog.h"

#include <catch2/catch_test_macros.hpp>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

using namespace dealboard;
using namespace Qt::StringLiterals;

TEST_CASE("The lost reason dialog offers the folder's reasons", "[gui][board]")
{
    LostReasonDialog dialog({u"Price"_s, u"Timing"_s}, 3, u"Closed lost"_s);

    CHECK(dialog.offersList());
    const auto *list = dialog.findChild<QComboBox *>(u"lostReasonList"_s);
    REQUIRE(list);
    CHECK(list->count() == 2);
    CHECK_FALSE(list->isEditable());
    CHECK(dialog.reason() == u"Price"_s);
    dialog.setReason(u"Timing"_s);
    CHECK(dialog.reason() == u"Timing"_s);

    bool asked = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        asked = asked || label->text().contains(u"these 3 deals"_s);
    CHECK(asked);
}

TEST_CASE("Without reasons the lost reason dialog takes free text", "[gui][board]")
{
    LostReasonDialog dialog({}, 1, u"Lost"_s);

    CHECK_FALSE(dialog.offersList());
    REQUIRE(dialog.findChild<QLineEdit *>(u"lostReasonText"_s));
    CHECK(dialog.reason().isEmpty());
    dialog.setReason(u"  Budget frozen "_s);
    CHECK(dialog.reason() == u"Budget frozen"_s);
}

#include "gui/admin/reorderablelist.h"

#include "admintestsupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QSignalSpy>

using namespace dealboard;
using namespace dealboard::test;
using namespace Qt::StringLiterals;

TEST_CASE("A dropped row is reported, not moved", "[gui][admin]")
{
    ReorderableList list;
    list.addItems({u"A"_s, u"B"_s, u"C"_s, u"D"_s});
    list.resize(200, 200);
    list.show();
    QSignalSpy dropped(&list, &ReorderableList::rowDropped);

    dropRow(list, 3, 0); // D above A
    REQUIRE(dropped.count() == 1);
    CHECK(dropped.last() == QList<QVariant>{3, 0});

    dropRow(list, 0, 4); // A below D
    REQUIRE(dropped.count() == 2);
    CHECK(dropped.last() == QList<QVariant>{0, 3});

    dropRow(list, 1, 2); // B just above C: where it is already
    CHECK(dropped.count() == 2);
    CHECK(list.item(0)->text() == u"A"_s);
    CHECK(list.count() == 4);
}

TEST_CASE("A row dragged from another list is refused", "[gui][admin]")
{
    ReorderableList list;
    ReorderableList other;
    list.addItems({u"A"_s, u"B"_s});
    other.addItems({u"X"_s, u"Y"_s});
    list.show();
    QSignalSpy dropped(&list, &ReorderableList::rowDropped);

    std::unique_ptr<QMimeData> mime(other.model()->mimeData({other.model()->index(1, 0)}));
    REQUIRE(mime);
    const QPoint pos = list.visualRect(list.model()->index(0, 0)).topLeft() + QPoint(2, 2);
    QDragEnterEvent enter(pos, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(list.viewport(), &enter);
    CHECK_FALSE(enter.isAccepted());
    QDropEvent drop(QPointF(pos), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(list.viewport(), &drop);

    CHECK(dropped.count() == 0);
    CHECK(list.count() == 2);
}

#include "gui/board/dealmimedata.h"

#include <catch2/catch_test_macros.hpp>

#include <QMimeData>

#include <memory>

using namespace dealboard;

TEST_CASE("Deal ids survive a trip through MIME data", "[gui][board]")
{
    const QList<DealId> ids{42, 7, 9'000'000'000};
    std::unique_ptr<QMimeData> data(createDealMimeData(ids));

    CHECK(data->hasFormat(QString::fromLatin1(dealIdsMimeType)));
    CHECK(dealIdsFromMimeData(data.get()) == ids);
}

TEST_CASE("MIME data that is not ours carries no deals", "[gui][board]")
{
    QMimeData text;
    text.setText(QStringLiteral("42"));
    CHECK(dealIdsFromMimeData(&text).isEmpty());
    CHECK(dealIdsFromMimeData(nullptr).isEmpty());

    QMimeData broken;
    broken.setData(QString::fromLatin1(dealIdsMimeType), QByteArrayLiteral("x,-3,,12"));
    CHECK(dealIdsFromMimeData(&broken) == QList<DealId>{12});
}

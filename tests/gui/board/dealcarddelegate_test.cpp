#include "gui/board/dealcarddelegate.h"

#include "gui/board/boardcolumnmodel.h"
#include "guitestdata.h"

#include <catch2/catch_test_macros.hpp>

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStyleOptionViewItem>

using namespace dealboard;
using namespace dealboard::test;

namespace {

QStyleOptionViewItem cardOption(int width, int height)
{
    QStyleOptionViewItem option;
    option.font = QApplication::font();
    option.palette = QApplication::palette();
    option.rect = QRect(0, 0, width, height);
    option.state = QStyle::State_Enabled;
    return option;
}

BoardColumnModel *columnOf(const GuiTestData &data, QObject *parent, QColor color)
{
    auto *model = new BoardColumnModel(parent);
    const Board board =
        buildBoard(required(data.repository->snapshot(data.folder.id)), data.allDeals);
    model->setColumn(board.columns.front(), color);
    return model;
}

} // namespace

TEST_CASE("Every card has the same height, room for three lines", "[gui][board]")
{
    const GuiTestData data = makeGuiTestData();
    QObject owner;
    BoardColumnModel *model = columnOf(data, &owner, Qt::red);
    DealCardDelegate delegate;

    const QStyleOptionViewItem option = cardOption(260, 0);
    const QSize first = delegate.sizeHint(option, model->index(0));

    // A long title makes no taller card: the view may use uniform item sizes.
    Deal longTitle = model->dealAt(2);
    longTitle.title = std::string(400, 'x');
    model->replaceDeal(2, longTitle);
    CHECK(delegate.sizeHint(option, model->index(2)) == first);
    CHECK(delegate.sizeHint(option, model->index(1)) == first);

    const QFontMetrics metrics(option.font);
    CHECK(first.height() >= 3 * metrics.height() + 2 * DealCardDelegate::padding);
    CHECK(first.height() < 8 * metrics.height());
    CHECK(first.width() > 0);

    // A larger font makes larger cards.
    QStyleOptionViewItem large = option;
    large.font.setPointSizeF(option.font.pointSizeF() * 2);
    CHECK(delegate.sizeHint(large, model->index(0)).height() > first.height());
}

TEST_CASE("A card is painted with its stage colour and its text", "[gui][board]")
{
    const GuiTestData data = makeGuiTestData();
    QObject owner;
    const QColor accent(0x20, 0xa0, 0x40);
    BoardColumnModel *model = columnOf(data, &owner, accent);
    DealCardDelegate delegate;

    const QSize size = delegate.sizeHint(cardOption(260, 0), model->index(0));
    const QStyleOptionViewItem option = cardOption(260, size.height());
    QImage image(260, size.height(), QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        delegate.paint(&painter, option, model->index(0));
    }

    // The accent strip runs down the left edge of the card, inside its margin.
    const int x = DealCardDelegate::margin + 2;
    CHECK(image.pixelColor(x, size.height() / 2) == accent);

    // The card's inside is the base colour, and text left some other pixels on it.
    const QColor base = option.palette.color(QPalette::Base);
    CHECK(image.pixelColor(image.width() / 2, size.height() - DealCardDelegate::margin - 3) ==
          base);
    int inked = 0;
    for (int y = DealCardDelegate::margin + DealCardDelegate::padding; y < size.height() / 2; ++y) {
        for (int px = 20; px < 120; ++px)
            inked += image.pixelColor(px, y) != base ? 1 : 0;
    }
    CHECK(inked > 50);

    // Outside the card's margin nothing is painted.
    CHECK(image.pixelColor(0, 0).alpha() == 0);
}

#pragma once

#include <QStyledItemDelegate>

namespace dealboard {

// Paints a deal as a card: the title on top, the company and the days in the current stage
// below, the value and the owner at the bottom, with the stage colour as an accent on the left
// edge.
//
// Every card has the same height (three lines of the view's font plus padding) whatever its
// text, so views can use uniform item sizes and a column of thousands of deals lays out at
// once.
class DealCardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit DealCardDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Space around each card, between it and its neighbours, in pixels.
    static constexpr int margin = 4;
    // Space inside a card, between its border and its text.
    static constexpr int padding = 8;

private:
    void paintFrame(QPainter *painter, const QStyleOptionViewItem &option, const QRectF &card,
                    const QColor &accent) const;
    void paintText(QPainter *painter, const QStyleOptionViewItem &option, const QRect &content,
                   const QModelIndex &index) const;
    void paintPair(QPainter *painter, const QStyleOptionViewItem &option, const QRect &line,
                   const QString &left, const QString &right, Qt::AlignmentFlag keep,
                   const QColor &leftColor) const;
};

} // namespace dealboard

#pragma once

#include <QStyledItemDelegate>

namespace dealboard {

// Paints a deal as a card: the title on top, the company and the days in the current stage
// below, the value and the owner at the bottom, with the stage colour as an accent on the left
// edge. A view with card fields shows the title, one line per card field, and the days in the
// stage last. A rotting deal (idle longer than its stage allows) gets a red outline and says
// how many days it has been idle where the days in the stage are.
//
// Every card of a column has the same height (the lines above in the view's font plus
// padding) whatever its text, so views can use uniform item sizes and a column of thousands
// of deals lays out at once.
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
                    const QColor &accent, bool rotting) const;
    void paintText(QPainter *painter, const QStyleOptionViewItem &option, const QRect &content,
                   const QModelIndex &index) const;
    void paintFieldLines(QPainter *painter, const QStyleOptionViewItem &option, QRect line,
                         const QModelIndex &index) const;
    void paintPair(QPainter *painter, const QStyleOptionViewItem &option, const QRect &line,
                   const QString &left, const QString &right, Qt::AlignmentFlag keep,
                   const QColor &leftColor, const QColor &rightColor) const;
    // "3 days" in the stage, or "Rotting: 45 days idle" in red.
    static QString daysText(const QModelIndex &index);
    static QColor daysColor(const QStyleOptionViewItem &option, const QModelIndex &index);
};

} // namespace dealboard

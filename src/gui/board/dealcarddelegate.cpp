#include "gui/board/dealcarddelegate.h"

#include "gui/board/boardcolumnmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace dealboard {

namespace {

constexpr int lineGap = 3;
constexpr qreal cornerRadius = 6.0;
constexpr int accentWidth = 4;
const QColor rottingColor(0xc6, 0x28, 0x28);

QFont titleFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}

QFont smallFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 0.9 : 8.0);
    return font;
}

// Text a shade away from the base text colour, for the less important lines.
QColor mutedColor(const QPalette &palette)
{
    QColor text = palette.color(QPalette::Text);
    QColor base = palette.color(QPalette::Base);
    return QColor::fromRgbF((text.redF() * 3 + base.redF() * 2) / 5,
                            (text.greenF() * 3 + base.greenF() * 2) / 5,
                            (text.blueF() * 3 + base.blueF() * 2) / 5);
}

} // namespace

DealCardDelegate::DealCardDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QSize DealCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics title(titleFont(option.font));
    const QFontMetrics body(option.font);
    // Below the title: company and value lines, or one per card field and the days line.
    const int fields = int(index.data(BoardColumnModel::CardFieldsRole).toStringList().size());
    const int bodyLines = fields == 0 ? 2 : fields + 1;
    const int height =
        title.height() + bodyLines * (body.height() + lineGap) + 2 * padding + 2 * margin;
    return {12 * body.averageCharWidth() + 2 * padding + 2 * margin, height};
}

void DealCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    const QRectF card =
        QRectF(opt.rect).adjusted(margin + 0.5, margin + 0.5, -margin - 0.5, -margin - 0.5);
    paintFrame(painter, opt, card, index.data(BoardColumnModel::StageColorRole).value<QColor>(),
               index.data(BoardColumnModel::RottingRole).toBool());

    const QRect content = opt.rect.adjusted(margin + padding + accentWidth, margin + padding,
                                            -margin - padding, -margin - padding);
    paintText(painter, opt, content, index);

    painter->restore();
}

void DealCardDelegate::paintFrame(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QRectF &card, const QColor &accent, bool rotting) const
{
    const QPalette &palette = option.palette;
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool hovered = option.state.testFlag(QStyle::State_MouseOver);

    QPainterPath path;
    path.addRoundedRect(card, cornerRadius, cornerRadius);
    painter->fillPath(path, palette.color(QPalette::Base));

    // The accent strip on the left, clipped to the card's rounded outline.
    painter->save();
    painter->setClipPath(path);
    painter->fillRect(QRectF(card.left(), card.top(), accentWidth, card.height()),
                      accent.isValid() ? accent : palette.color(QPalette::Mid));
    painter->restore();

    QColor border = rotting ? rottingColor : palette.color(QPalette::Mid);
    if (selected)
        border = palette.color(QPalette::Highlight);
    else if (hovered)
        border = palette.color(QPalette::Dark);
    painter->setPen(QPen(border, selected ? 2.0 : 1.0));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);
}

void DealCardDelegate::paintText(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QRect &content, const QModelIndex &index) const
{
    const QPalette &palette = option.palette;
    const QFont title = titleFont(option.font);
    const QFontMetrics titleMetrics(title);
    const QFontMetrics bodyMetrics(option.font);

    // Line 1: the title, across the whole card.
    QRect line(content.left(), content.top(), content.width(), titleMetrics.height());
    painter->setFont(title);
    painter->setPen(palette.color(QPalette::Text));
    const QString titleText = index.data(BoardColumnModel::TitleRole).toString();
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(titleText, Qt::ElideRight, line.width()));

    line =
        QRect(content.left(), line.bottom() + 1 + lineGap, content.width(), bodyMetrics.height());
    if (!index.data(BoardColumnModel::CardFieldsRole).toStringList().isEmpty()) {
        paintFieldLines(painter, option, line, index);
        return;
    }

    // Line 2: company, and the days in the current stage on the right.
    paintPair(painter, option, line, index.data(BoardColumnModel::CompanyRole).toString(),
              daysText(index), Qt::AlignRight, mutedColor(palette), daysColor(option, index));

    // Line 3: the value, and the owner on the right.
    line.translate(0, bodyMetrics.height() + lineGap);
    paintPair(painter, option, line, index.data(BoardColumnModel::ValueRole).toString(),
              index.data(BoardColumnModel::OwnerRole).toString(), Qt::AlignLeft,
              palette.color(QPalette::Text), mutedColor(palette));
}

// The view's card fields, one a line, then the days in the stage on the right.
void DealCardDelegate::paintFieldLines(QPainter *painter, const QStyleOptionViewItem &option,
                                       QRect line, const QModelIndex &index) const
{
    const QFontMetrics bodyMetrics(option.font);
    painter->setFont(option.font);
    painter->setPen(option.palette.color(QPalette::Text));
    for (const QString &field : index.data(BoardColumnModel::CardFieldsRole).toStringList()) {
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                          bodyMetrics.elidedText(field, Qt::ElideRight, line.width()));
        line.translate(0, bodyMetrics.height() + lineGap);
    }
    paintPair(painter, option, line, QString(), daysText(index), Qt::AlignRight,
              mutedColor(option.palette), daysColor(option, index));
}

QString DealCardDelegate::daysText(const QModelIndex &index)
{
    if (index.data(BoardColumnModel::RottingRole).toBool())
        return tr("Rotting: %1 days idle").arg(index.data(BoardColumnModel::IdleDaysRole).toInt());
    const int days = index.data(BoardColumnModel::DaysInStageRole).toInt();
    return days == 1 ? tr("1 day") : tr("%1 days").arg(days);
}

QColor DealCardDelegate::daysColor(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    return index.data(BoardColumnModel::RottingRole).toBool() ? rottingColor
                                                              : mutedColor(option.palette);
}

// Draws left on the left in the body font and right on the right in a smaller font.
// The text named by keep is drawn whole when it fits the line; the other one gets the room
// left, elided, and is left out when almost no room is left for it.
void DealCardDelegate::paintPair(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QRect &line, const QString &left, const QString &right,
                                 Qt::AlignmentFlag keep, const QColor &leftColor,
                                 const QColor &rightColor) const
{
    const QFont small = smallFont(option.font);
    const QFontMetrics bodyMetrics(option.font);
    const QFontMetrics smallMetrics(small);
    const int minimumRoom = smallMetrics.averageCharWidth() * 4;

    QString leftText;
    QString rightText;
    if (keep == Qt::AlignLeft) {
        leftText = bodyMetrics.elidedText(left, Qt::ElideRight, line.width());
        const int room = line.width() - bodyMetrics.horizontalAdvance(leftText) - padding;
        rightText =
            room < minimumRoom ? QString() : smallMetrics.elidedText(right, Qt::ElideRight, room);
    } else {
        rightText = smallMetrics.elidedText(right, Qt::ElideRight, line.width());
        const int room = line.width() - smallMetrics.horizontalAdvance(rightText) - padding;
        leftText =
            room < minimumRoom ? QString() : bodyMetrics.elidedText(left, Qt::ElideRight, room);
    }

    painter->setFont(option.font);
    painter->setPen(leftColor);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, leftText);
    painter->setFont(small);
    painter->setPen(rightColor);
    painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, rightText);
}

} // namespace dealboard

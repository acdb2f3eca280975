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

QSize DealCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics title(titleFont(option.font));
    const QFontMetrics body(option.font);
    const int height = title.height() + 2 * body.height() + 2 * lineGap + 2 * padding + 2 * margin;
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
    paintFrame(painter, opt, card, index.data(BoardColumnModel::StageColorRole).value<QColor>());

    const QRect content = opt.rect.adjusted(margin + padding + accentWidth, margin + padding,
                                            -margin - padding, -margin - padding);
    paintText(painter, opt, content, index);

    painter->restore();
}

void DealCardDelegate::paintFrame(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QRectF &card, const QColor &accent) const
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

    QColor border = palette.color(QPalette::Mid);
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
    const QFont small = smallFont(option.font);
    const QFontMetrics titleMetrics(title);
    const QFontMetrics bodyMetrics(option.font);
    const QFontMetrics smallMetrics(small);

    // Line 1: title, with the days in stage on the right.
    const int days = index.data(BoardColumnModel::DaysInStageRole).toInt();
    const QString daysText = tr("%n day(s)", "days in the current stage", days);
    const int daysWidth = smallMetrics.horizontalAdvance(daysText);
    QRect line(content.left(), content.top(), content.width(), titleMetrics.height());
    painter->setFont(small);
    painter->setPen(mutedColor(palette));
    painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, daysText);

    const QString titleText = index.data(BoardColumnModel::TitleRole).toString();
    painter->setFont(title);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(
        line.adjusted(0, 0, -daysWidth - padding, 0), Qt::AlignLeft | Qt::AlignVCenter,
        titleMetrics.elidedText(titleText, Qt::ElideRight, line.width() - daysWidth - padding));

    // Line 2: company.
    line =
        QRect(content.left(), line.bottom() + 1 + lineGap, content.width(), bodyMetrics.height());
    painter->setFont(option.font);
    painter->setPen(mutedColor(palette));
    const QString company = index.data(BoardColumnModel::CompanyRole).toString();
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                      bodyMetrics.elidedText(company, Qt::ElideRight, line.width()));

    // Line 3: value on the left, owner on the right; the owner gives way when space is short.
    line.translate(0, bodyMetrics.height() + lineGap);
    const QString value = index.data(BoardColumnModel::ValueRole).toString();
    const int valueWidth = std::min(bodyMetrics.horizontalAdvance(value), line.width());
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                      bodyMetrics.elidedText(value, Qt::ElideRight, line.width()));

    const int ownerWidth = line.width() - valueWidth - padding;
    if (ownerWidth > smallMetrics.averageCharWidth() * 3) {
        const QString owner = index.data(BoardColumnModel::OwnerRole).toString();
        painter->setFont(small);
        painter->setPen(mutedColor(palette));
        painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                          smallMetrics.elidedText(owner, Qt::ElideRight, ownerWidth));
    }
}

} // namespace dealboard

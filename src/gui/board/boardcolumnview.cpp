#include "gui/board/boardcolumnview.h"

#include "gui/board/boardcolumnmodel.h"
#include "gui/board/dealcarddelegate.h"
#include "gui/board/dealmimedata.h"

#include <QDrag>
#include <QDragEnterEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <memory>

namespace dealboard {

BoardColumnView::BoardColumnView(QWidget *parent)
    : QListView(parent)
{
    setItemDelegate(new DealCardDelegate(this));
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    // The view paints its own insertion line between cards.
    setDropIndicatorShown(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_Hover);
    viewport()->setAutoFillBackground(false);
}

BoardColumnModel *BoardColumnView::columnModel() const
{
    return qobject_cast<BoardColumnModel *>(model());
}

QList<DealId> BoardColumnView::selectedDealIds() const
{
    QModelIndexList indexes =
        selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    std::ranges::sort(indexes, {}, &QModelIndex::row);

    QList<DealId> ids;
    for (const QModelIndex &index : indexes)
        ids.append(index.data(BoardColumnModel::DealIdRole).value<qint64>());
    return ids;
}

bool BoardColumnView::selectDeal(DealId id)
{
    const BoardColumnModel *model = columnModel();
    const int row = model ? model->rowOf(id) : -1;
    if (row < 0)
        return false;

    const QModelIndex index = model->index(row);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    scrollTo(index);
    return true;
}

void BoardColumnView::selectDeals(const QList<DealId> &ids)
{
    const BoardColumnModel *model = columnModel();
    if (!model)
        return;

    clearSelection();
    for (DealId id : ids) {
        const int row = model->rowOf(id);
        if (row < 0)
            continue;
        const auto flags = id == ids.first()
                               ? QItemSelectionModel::Select | QItemSelectionModel::Current
                               : QItemSelectionModel::Select;
        selectionModel()->setCurrentIndex(model->index(row), flags);
    }
}

int BoardColumnView::dropRowAt(const QPoint &pos) const
{
    const QModelIndex index = indexAt(pos);
    if (!index.isValid())
        return model() ? model()->rowCount() : 0;

    // The lower half of a card means "after it".
    const QRect rect = visualRect(index);
    return pos.y() < rect.center().y() ? index.row() : index.row() + 1;
}

void BoardColumnView::setDragSelection(std::function<QList<DealId>()> selection)
{
    m_dragSelection = std::move(selection);
}

void BoardColumnView::startDrag(Qt::DropActions supportedActions)
{
    const QModelIndexList indexes = selectionModel()->selectedRows();
    if (indexes.isEmpty() || !model())
        return;

    std::unique_ptr<QMimeData> payload(m_dragSelection ? createDealMimeData(m_dragSelection())
                                                       : model()->mimeData(indexes));
    if (!payload)
        return;

    auto *drag = new QDrag(this);
    drag->setMimeData(payload.release());
    drag->setPixmap(dragPixmap(indexes));
    drag->setHotSpot(QPoint(drag->pixmap().width() / 2, drag->pixmap().height() / 2));
    drag->exec(supportedActions & Qt::MoveAction, Qt::MoveAction);
}

void BoardColumnView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!acceptsDrop(event)) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    setDropRow(dropRowAt(event->position().toPoint()));
}

void BoardColumnView::dragMoveEvent(QDragMoveEvent *event)
{
    if (!acceptsDrop(event)) {
        event->ignore();
        setDropRow(-1);
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    setDropRow(dropRowAt(event->position().toPoint()));
}

void BoardColumnView::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDropRow(-1);
    event->accept();
}

void BoardColumnView::dropEvent(QDropEvent *event)
{
    setDropRow(-1);
    if (!acceptsDrop(event)) {
        event->ignore();
        return;
    }

    const int row = dropRowAt(event->position().toPoint());
    if (!model()->dropMimeData(event->mimeData(), Qt::MoveAction, row, 0, {})) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void BoardColumnView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    if (m_dropRow < 0 || !model())
        return;

    // A line in the gap between the two cards the drop lands between.
    const int rows = model()->rowCount();
    int y = 0;
    if (rows == 0)
        y = DealCardDelegate::margin;
    else if (m_dropRow < rows)
        y = visualRect(model()->index(m_dropRow, 0)).top();
    else
        y = visualRect(model()->index(rows - 1, 0)).bottom() + 1;

    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 3, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPoint(DealCardDelegate::margin * 2, y),
                     QPoint(viewport()->width() - DealCardDelegate::margin * 2, y));
}

void BoardColumnView::focusInEvent(QFocusEvent *event)
{
    QListView::focusInEvent(event);
    Q_EMIT focused();
}

void BoardColumnView::keyPressEvent(QKeyEvent *event)
{
    const int direction = event->key() == Qt::Key_Left ? -1 : event->key() == Qt::Key_Right ? 1 : 0;
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (direction != 0 && modifiers == (Qt::ControlModifier | Qt::ShiftModifier)) {
        Q_EMIT moveToNeighbourRequested(direction);
        event->accept();
        return;
    }
    if (direction != 0 && modifiers == Qt::NoModifier) {
        Q_EMIT neighbourColumnRequested(direction);
        event->accept();
        return;
    }

    QListView::keyPressEvent(event);
    if (event->matches(QKeySequence::SelectAll))
        Q_EMIT allSelected();
}

void BoardColumnView::mousePressEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    const bool extending = event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier);
    m_pressedSelected = index.isValid() && selectionModel()->isSelected(index);
    if (!extending && !m_pressedSelected)
        Q_EMIT exclusiveSelectionStarted();
    QListView::mousePressEvent(event);
}

void BoardColumnView::mouseReleaseEvent(QMouseEvent *event)
{
    const bool extending = event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier);
    // A click (not a drag, which ends elsewhere) on a card that was already selected.
    if (!extending && m_pressedSelected && state() != DraggingState)
        Q_EMIT exclusiveSelectionStarted();
    m_pressedSelected = false;
    QListView::mouseReleaseEvent(event);
}

bool BoardColumnView::acceptsDrop(const QDropEvent *event) const
{
    return model() && model()->canDropMimeData(event->mimeData(), Qt::MoveAction, -1, 0, {});
}

QPixmap BoardColumnView::dragPixmap(const QModelIndexList &indexes) const
{
    // The first card as it looks on the board; several cards show the first one only.
    const QModelIndex first = *std::ranges::min_element(indexes, {}, &QModelIndex::row);
    const QRect rect = visualRect(first);
    const qreal ratio = devicePixelRatioF();

    QPixmap pixmap(rect.size() * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);

    QPainter painter(&pixmap);
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = QRect(QPoint(0, 0), rect.size());
    option.state |= QStyle::State_Selected;
    itemDelegate()->paint(&painter, option, first);
    return pixmap;
}

void BoardColumnView::setDropRow(int row)
{
    if (row == m_dropRow)
        return;
    m_dropRow = row;
    viewport()->update();
}

} // namespace dealboard

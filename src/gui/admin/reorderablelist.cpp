#include "gui/admin/reorderablelist.h"

#include <QDrag>
#include <QDropEvent>
#include <QMimeData>

namespace dealboard {

namespace {

const QString rowMimeType = QStringLiteral("application/x-dealboard-list-row");

// Which list a drag comes from: its address, only ever compared, never followed.
QByteArray listIdentity(const ReorderableList *list)
{
    return QByteArray::number(quintptr(list));
}

} // namespace

ReorderableList::ReorderableList(QWidget *parent)
    : QListWidget(parent)
{
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
}

int ReorderableList::dropRow(QPoint pos) const
{
    const QModelIndex index = indexAt(pos);
    if (!index.isValid())
        return count();
    const QRect rect = visualRect(index);
    return pos.y() < rect.center().y() ? index.row() : index.row() + 1;
}

QStringList ReorderableList::mimeTypes() const
{
    return {rowMimeType};
}

QMimeData *ReorderableList::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.size() != 1)
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(rowMimeType, listIdentity(this) + ' ' + QByteArray::number(row(items.first())));
    return mime;
}

// Our own drag, so that no row is taken out when it ends: the owner shows the stored order.
void ReorderableList::startDrag(Qt::DropActions)
{
    QListWidgetItem *item = currentItem();
    if (!item)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(mimeData({item}));
    drag->exec(Qt::MoveAction, Qt::MoveAction);
}

void ReorderableList::dragEnterEvent(QDragEnterEvent *event)
{
    if (!draggedRow(event->mimeData())) {
        event->ignore();
        return;
    }
    QListWidget::dragEnterEvent(event);
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void ReorderableList::dragMoveEvent(QDragMoveEvent *event)
{
    if (!draggedRow(event->mimeData())) {
        event->ignore();
        return;
    }
    QListWidget::dragMoveEvent(event);
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void ReorderableList::dropEvent(QDropEvent *event)
{
    const std::optional<int> from = draggedRow(event->mimeData());
    stopAutoScroll();
    setState(NoState);
    viewport()->update();
    if (!from) {
        event->ignore();
        return;
    }

    event->setDropAction(Qt::MoveAction);
    event->accept();
    const int row = dropRow(event->position().toPoint());
    const int to = row > *from ? row - 1 : row;
    if (to != *from)
        Q_EMIT rowDropped(*from, to);
}

std::optional<int> ReorderableList::draggedRow(const QMimeData *mime) const
{
    if (!mime || !mime->hasFormat(rowMimeType))
        return std::nullopt;
    const QList<QByteArray> parts = mime->data(rowMimeType).split(' ');
    if (parts.size() != 2 || parts.first() != listIdentity(this))
        return std::nullopt;
    bool ok = false;
    const int row = parts.last().toInt(&ok);
    if (!ok || row < 0 || row >= count())
        return std::nullopt;
    return row;
}

} // namespace dealboard

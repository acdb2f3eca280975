#include "gui/mainwindow/foldersidebar.h"

#include "core/log/logging.h"
#include "core/storage/repository.h"

#include <QContextMenuEvent>
#include <QDrag>
#include <QDropEvent>
#include <QHeaderView>
#include <QIcon>
#include <QMenu>
#include <QMimeData>
#include <QTimer>

namespace dealboard {

namespace {

QString viewMime()
{
    return QString::fromLatin1(FolderSidebar::viewMimeType);
}

std::optional<ViewId> draggedViewId(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(viewMime()))
        return std::nullopt;
    bool ok = false;
    const qint64 id = mime->data(viewMime()).toLongLong(&ok);
    return ok && id > 0 ? std::optional<ViewId>(id) : std::nullopt;
}

} // namespace

FolderSidebar::FolderSidebar(Repository &repository, QWidget *parent)
    : QTreeWidget(parent)
    , m_repository(repository)
{
    setHeaderHidden(true);
    setColumnCount(1);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setFrameShape(QFrame::NoFrame);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAccessibleName(tr("Folders and views"));
    // F2 renames; a double click only opens the view, as a single click does.
    setEditTriggers(QAbstractItemView::EditKeyPressed);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::InternalMove);

    connect(this, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { onCurrentItemChanged(current); });
    connect(this, &QTreeWidget::itemChanged, this,
            [this](QTreeWidgetItem *item) { onItemChanged(item); });
}

bool FolderSidebar::reload()
{
    const std::optional<SavedView> current = currentView();
    Result<std::vector<Folder>> folders = m_repository.folders();
    if (!folders) {
        log(logger::gui)->warn("Cannot read folders: {}", folders.error());
        Q_EMIT errorOccurred(
            tr("The folders cannot be read: %1").arg(QString::fromStdString(folders.error())));
        return false;
    }

    {
        const QSignalBlocker blocker(this);
        clear();
        m_views.clear();
        for (const Folder &folder : *folders) {
            Result<std::vector<SavedView>> views = m_repository.views(folder.id);
            if (!views)
                log(logger::gui)->warn("Cannot read views of {}: {}", folder.name, views.error());
            addFolder(folder, views ? *views : std::vector<SavedView>());
        }
        expandAll();
    }

    if (current)
        restoreCurrent(*current);
    Q_EMIT reloaded();
    return true;
}

bool FolderSidebar::selectView(ViewId viewId)
{
    QTreeWidgetItem *item = viewId > 0 ? itemOfKey(viewId) : nullptr;
    if (!item)
        return false;
    setCurrentItem(item);
    return true;
}

bool FolderSidebar::selectFolder(FolderId folderId)
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *folder = topLevelItem(i);
        if (folder->data(0, FolderIdRole).toLongLong() == folderId && folder->childCount() > 0) {
            setCurrentItem(folder->child(0));
            return true;
        }
    }
    return false;
}

bool FolderSidebar::selectFirstView()
{
    if (topLevelItemCount() == 0 || topLevelItem(0)->childCount() == 0)
        return false;
    setCurrentItem(topLevelItem(0)->child(0));
    return true;
}

bool FolderSidebar::selectViewAt(int index)
{
    QTreeWidgetItem *folder = currentItem();
    if (folder && folder->parent())
        folder = folder->parent();
    if (!folder || index < 0 || index >= folder->childCount())
        return false;
    setCurrentItem(folder->child(index));
    return true;
}

std::optional<SavedView> FolderSidebar::currentView() const
{
    const SavedView *view = viewOf(currentItem());
    return view ? std::optional<SavedView>(*view) : std::nullopt;
}

std::optional<FolderId> FolderSidebar::currentFolderId() const
{
    const QTreeWidgetItem *item = currentItem();
    if (!item)
        return std::nullopt;
    return item->data(0, FolderIdRole).toLongLong();
}

std::optional<SavedView> FolderSidebar::view(ViewId viewId) const
{
    const auto found = viewId > 0 ? m_views.find(viewId) : m_views.end();
    return found == m_views.end() ? std::nullopt : std::optional<SavedView>(found->second);
}

std::vector<SavedView> FolderSidebar::folderViews(FolderId folderId) const
{
    std::vector<SavedView> views;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        const QTreeWidgetItem *folder = topLevelItem(i);
        if (folder->data(0, FolderIdRole).toLongLong() != folderId)
            continue;
        for (int row = 0; row < folder->childCount(); ++row) {
            if (const SavedView *view = viewOf(folder->child(row)))
                views.push_back(*view);
        }
    }
    return views;
}

bool FolderSidebar::editCurrentViewName()
{
    QTreeWidgetItem *item = currentItem();
    if (!item || !item->parent() || item->data(0, ViewKeyRole).toLongLong() <= 0)
        return false;
    scrollToItem(item);
    editItem(item);
    return true;
}

QStringList FolderSidebar::entries() const
{
    QStringList entries;
    for (QTreeWidgetItemIterator it(const_cast<FolderSidebar *>(this)); *it; ++it) {
        const QTreeWidgetItem *item = *it;
        entries.append(item->parent() ? item->parent()->text(0) + u'/' + item->text(0)
                                      : item->text(0));
    }
    return entries;
}

void FolderSidebar::contextMenuEvent(QContextMenuEvent *event)
{
    QTreeWidgetItem *item = itemAt(event->pos());
    if (!item || m_contextActions.isEmpty())
        return;
    setCurrentItem(item);
    QMenu menu(this);
    menu.addActions(m_contextActions);
    menu.exec(event->globalPos());
}

QStringList FolderSidebar::mimeTypes() const
{
    return {viewMime()};
}

QMimeData *FolderSidebar::mimeData(const QList<QTreeWidgetItem *> &items) const
{
    if (items.size() != 1 || !items.front()->parent())
        return nullptr;
    const qint64 key = items.front()->data(0, ViewKeyRole).toLongLong();
    if (key <= 0)
        return nullptr; // a folder's stand-in view has no place to move to
    auto *mime = new QMimeData;
    mime->setData(viewMime(), QByteArray::number(key));
    return mime;
}

// A drag of our own, so that nothing removes the dragged row when it ends: the move is
// carried out in storage, and the sidebar then reloads.
void FolderSidebar::startDrag(Qt::DropActions)
{
    QTreeWidgetItem *item = currentItem();
    QMimeData *mime = item ? mimeData({item}) : nullptr;
    if (!mime)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    drag->exec(Qt::MoveAction);
}

void FolderSidebar::dragEnterEvent(QDragEnterEvent *event)
{
    if (!draggedViewId(event->mimeData())) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void FolderSidebar::dragMoveEvent(QDragMoveEvent *event)
{
    QTreeWidget::dragMoveEvent(event); // the drop indicator and scrolling near the edges
    if (!dropIndex(event->mimeData(), event->position().toPoint())) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void FolderSidebar::dropEvent(QDropEvent *event)
{
    const std::optional<ViewId> viewId = draggedViewId(event->mimeData());
    const std::optional<int> index = dropIndex(event->mimeData(), event->position().toPoint());
    setState(QAbstractItemView::NoState);
    viewport()->update();
    if (!viewId || !index) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    Q_EMIT viewMoveRequested(*viewId, *index);
}

void FolderSidebar::addFolder(const Folder &folder, const std::vector<SavedView> &views)
{
    auto *folderItem = new QTreeWidgetItem(this, {QString::fromStdString(folder.name)});
    folderItem->setData(0, FolderIdRole, QVariant::fromValue<qint64>(folder.id));
    folderItem->setIcon(0, QIcon(QStringLiteral(":/icons/folder.svg")));
    folderItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled);
    QFont font = folderItem->font(0);
    font.setBold(true);
    folderItem->setFont(0, font);

    std::vector<SavedView> shown = views;
    if (shown.empty()) {
        SavedView all;
        all.folderId = folder.id;
        all.name = tr("All deals").toStdString();
        shown.push_back(all);
    }

    for (const SavedView &view : shown) {
        const qint64 key = view.id != 0 ? view.id : -folder.id;
        auto *viewItem = new QTreeWidgetItem(folderItem, {QString::fromStdString(view.name)});
        viewItem->setData(0, FolderIdRole, QVariant::fromValue<qint64>(folder.id));
        viewItem->setData(0, ViewKeyRole, key);
        viewItem->setIcon(0, QIcon(QStringLiteral(":/icons/view.svg")));
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (view.id != 0)
            flags |= Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
        viewItem->setFlags(flags);
        m_views.emplace(key, view);
    }
}

// A folder stands for its first view, so choosing a folder shows a board too.
const SavedView *FolderSidebar::viewOf(const QTreeWidgetItem *item) const
{
    if (item && !item->parent())
        item = item->childCount() > 0 ? item->child(0) : nullptr;
    if (!item)
        return nullptr;
    const auto found = m_views.find(item->data(0, ViewKeyRole).toLongLong());
    return found == m_views.end() ? nullptr : &found->second;
}

QTreeWidgetItem *FolderSidebar::itemOfKey(qint64 key) const
{
    for (QTreeWidgetItemIterator it(const_cast<FolderSidebar *>(this)); *it; ++it) {
        if ((*it)->parent() && (*it)->data(0, ViewKeyRole).toLongLong() == key)
            return *it;
    }
    return nullptr;
}

// After a reload: the same view quietly when it is unchanged, the same view reported again
// when it changed, else the first view of its folder (or of the first folder).
void FolderSidebar::restoreCurrent(const SavedView &before)
{
    const qint64 key = before.id != 0 ? before.id : -before.folderId;
    if (QTreeWidgetItem *item = itemOfKey(key)) {
        {
            const QSignalBlocker blocker(this);
            setCurrentItem(item);
        }
        if (const SavedView *now = viewOf(item); now && !(*now == before))
            Q_EMIT viewSelected(*now);
        return;
    }
    if (!selectFolder(before.folderId))
        selectFirstView();
}

void FolderSidebar::onCurrentItemChanged(QTreeWidgetItem *current)
{
    if (const SavedView *view = viewOf(current))
        Q_EMIT viewSelected(*view);
}

// Reported once the editor has closed: the window's answer reloads the sidebar, which must
// not delete the item while the editor still writes to it.
void FolderSidebar::onItemChanged(QTreeWidgetItem *item)
{
    const SavedView *view = item && item->parent() ? viewOf(item) : nullptr;
    if (!view || view->id == 0)
        return;
    const QString name = item->text(0).trimmed();
    if (name == QString::fromStdString(view->name))
        return;
    const ViewId viewId = view->id;
    QTimer::singleShot(0, this, [this, viewId, name] { Q_EMIT viewRenameRequested(viewId, name); });
}

std::optional<int> FolderSidebar::dropIndex(const QMimeData *mime, const QPoint &pos) const
{
    const std::optional<ViewId> viewId = draggedViewId(mime);
    QTreeWidgetItem *dragged = viewId ? itemOfKey(*viewId) : nullptr;
    QTreeWidgetItem *target = itemAt(pos);
    if (!dragged || !target)
        return std::nullopt;

    const QTreeWidgetItem *folder = dragged->parent();
    int insertAt = 0; // dropped on the folder itself: to the top
    if (target->parent() == folder) {
        const QRect rect = visualItemRect(target);
        insertAt = folder->indexOfChild(target) + (pos.y() > rect.center().y() ? 1 : 0);
    } else if (target != folder) {
        return std::nullopt; // views stay in their folder
    }
    const int from = folder->indexOfChild(dragged);
    return insertAt > from ? insertAt - 1 : insertAt;
}

} // namespace dealboard

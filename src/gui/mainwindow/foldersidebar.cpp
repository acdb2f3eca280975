#include "gui/mainwindow/foldersidebar.h"

#include "core/log/logging.h"
#include "core/storage/repository.h"

#include <QHeaderView>
#include <QIcon>

namespace dealboard {

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

    connect(this, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { onCurrentItemChanged(current); });
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

    if (current && current->id != 0)
        selectView(current->id);
    return true;
}

bool FolderSidebar::selectView(ViewId viewId)
{
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        if ((*it)->data(0, ViewKeyRole).toLongLong() == viewId && (*it)->parent()) {
            setCurrentItem(*it);
            return true;
        }
    }
    return false;
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

std::optional<SavedView> FolderSidebar::currentView() const
{
    const SavedView *view = viewOf(currentItem());
    return view ? std::optional<SavedView>(*view) : std::nullopt;
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

void FolderSidebar::addFolder(const Folder &folder, const std::vector<SavedView> &views)
{
    auto *folderItem = new QTreeWidgetItem(this, {QString::fromStdString(folder.name)});
    folderItem->setData(0, FolderIdRole, QVariant::fromValue<qint64>(folder.id));
    folderItem->setIcon(0, QIcon(QStringLiteral(":/icons/folder.svg")));
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

void FolderSidebar::onCurrentItemChanged(QTreeWidgetItem *current)
{
    if (const SavedView *view = viewOf(current))
        Q_EMIT viewSelected(*view);
}

} // namespace dealboard

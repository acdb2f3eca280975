#pragma once

#include "core/domain/folder.h"
#include "core/domain/savedview.h"

#include <QTreeWidget>

#include <map>
#include <optional>

namespace dealboard {

class Repository;

// The sidebar: every folder with its saved views beneath it. Choosing a view shows it on
// the board; choosing a folder shows its first view. A folder without saved views still
// opens, through a view of all its stages that exists only here.
//
// The sidebar writes nothing itself: renaming a view in place and dragging a view to
// another place in its folder are reported as requests (viewRenameRequested,
// viewMoveRequested) for the window to carry out as undoable steps, after which it reloads.
class FolderSidebar final : public QTreeWidget
{
    Q_OBJECT

public:
    // What a drag of a view carries: its id, as decimal text.
    static constexpr const char *viewMimeType = "application/x-dealboard-view-id";

    explicit FolderSidebar(Repository &repository, QWidget *parent = nullptr);

    // Reads folders and views again, keeping the current choice when it still exists.
    // When the current view changed (edited, renamed, restored by an undo), it is reported
    // again by viewSelected; when it is gone, the first view of its folder is chosen.
    // False (and errorOccurred) when storage cannot be read.
    bool reload();

    bool selectView(ViewId viewId);
    // Selects the first view of a folder.
    bool selectFolder(FolderId folderId);
    // The first view of the first folder; false when there is no folder.
    bool selectFirstView();
    // The view at index (0 = first) of the current folder; false when it has fewer.
    bool selectViewAt(int index);
    std::optional<SavedView> currentView() const;
    std::optional<FolderId> currentFolderId() const;
    // A stored view as the sidebar read it last.
    std::optional<SavedView> view(ViewId viewId) const;
    // The views of a folder in sidebar order (its stand-in when it has none).
    std::vector<SavedView> folderViews(FolderId folderId) const;

    // Starts renaming the current view in place; false for a folder's stand-in view,
    // which is not stored and so has no name to change.
    bool editCurrentViewName();
    // The actions of the context menu of a folder or view (New view, Edit view...).
    void setContextActions(const QList<QAction *> &actions) { m_contextActions = actions; }

    // The folders and views as shown, for tests: "Deals/All deals" for a view.
    QStringList entries() const;

Q_SIGNALS:
    void viewSelected(const SavedView &view);
    // The user typed a new name for a view in place.
    void viewRenameRequested(ViewId viewId, const QString &name);
    // The user dropped a view at index (0 = first) of its folder's views.
    void viewMoveRequested(ViewId viewId, int index);
    // Folders and views were read again.
    void reloaded();
    void errorOccurred(const QString &message);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override;
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    enum Role
    {
        FolderIdRole = Qt::UserRole + 1,
        ViewKeyRole
    };

    void addFolder(const Folder &folder, const std::vector<SavedView> &views);
    const SavedView *viewOf(const QTreeWidgetItem *item) const;
    QTreeWidgetItem *itemOfKey(qint64 key) const;
    void restoreCurrent(const SavedView &before);
    void onCurrentItemChanged(QTreeWidgetItem *current);
    void onItemChanged(QTreeWidgetItem *item);
    // Where a drop at pos would put the dragged view: the index in its folder, or empty
    // when pos is not among the views of that folder.
    std::optional<int> dropIndex(const QMimeData *mime, const QPoint &pos) const;

    Repository &m_repository;
    // Views by a key of our own: the view id, or minus the folder id for the stand-in view
    // of a folder that has none.
    std::map<qint64, SavedView> m_views;
    QList<QAction *> m_contextActions;
};

} // namespace dealboard

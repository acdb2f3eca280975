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
class FolderSidebar final : public QTreeWidget
{
    Q_OBJECT

public:
    explicit FolderSidebar(Repository &repository, QWidget *parent = nullptr);

    // Reads folders and views again, keeping the current choice when it still exists.
    // False (and errorOccurred) when storage cannot be read.
    bool reload();

    bool selectView(ViewId viewId);
    // Selects the first view of a folder.
    bool selectFolder(FolderId folderId);
    // The first view of the first folder; false when there is no folder.
    bool selectFirstView();
    std::optional<SavedView> currentView() const;

    // The folders and views as shown, for tests: "Deals/All deals" for a view.
    QStringList entries() const;

Q_SIGNALS:
    void viewSelected(const SavedView &view);
    void errorOccurred(const QString &message);

private:
    enum Role
    {
        FolderIdRole = Qt::UserRole + 1,
        ViewKeyRole
    };

    void addFolder(const Folder &folder, const std::vector<SavedView> &views);
    const SavedView *viewOf(const QTreeWidgetItem *item) const;
    void onCurrentItemChanged(QTreeWidgetItem *current);

    Repository &m_repository;
    // Views by a key of our own: the view id, or minus the folder id for the stand-in view
    // of a folder that has none.
    std::map<qint64, SavedView> m_views;
};

} // namespace dealboard

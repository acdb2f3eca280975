#pragma once

#include "core/domain/folder.h"
#include "core/result.h"

#include <QObject>

#include <optional>

class QAction;
class QMenu;
class QMessageBox;
class QWidget;

namespace dealboard {

class FieldEditor;
class FolderNameDialog;
class LostReasonsEditor;
class StageSetEditor;
class UndoHistory;

// What an admin does to folders: create, rename and delete them, and open the editors of a
// folder's stages, fields and lost reasons. The actions act on the current folder (the one
// on screen); the functions take any folder, for a context menu. Dialogs open window-modal
// and return at once (the pointer is for tests). Every write is one step of the undo
// history; after each the window is told what changed, so it can show it.
class FolderActions final : public QObject
{
    Q_OBJECT

public:
    FolderActions(UndoHistory &undo, QWidget *window, QObject *parent = nullptr);

    QAction *newFolderAction() const { return m_newFolder; }
    QAction *renameFolderAction() const { return m_renameFolder; }
    QAction *deleteFolderAction() const { return m_deleteFolder; }
    QAction *editStagesAction() const { return m_editStages; }
    QAction *customizeFieldsAction() const { return m_customizeFields; }
    QAction *lostReasonsAction() const { return m_lostReasons; }
    // Adds the actions to menu, in the order of the Folder menu.
    void addToMenu(QMenu *menu) const;
    // A menu of the same actions acting on folder id, for a context menu on that folder.
    QMenu *menuForFolder(FolderId id, QWidget *parent);

    // The folder the actions act on; without one only New Folder is enabled.
    void setCurrentFolder(std::optional<FolderId> id);
    std::optional<FolderId> currentFolder() const { return m_current; }

    FolderNameDialog *newFolder();
    FolderNameDialog *renameFolder(FolderId id);
    // Asks first, saying how many deals go with the folder; deleting a folder that holds
    // deals needs the "Delete N deals" box ticked. Cancel is the default.
    QMessageBox *deleteFolder(FolderId id);
    StageSetEditor *editStages(FolderId id);
    FieldEditor *customizeFields(FolderId id);
    LostReasonsEditor *editLostReasons(FolderId id);

    // Creates a folder at once: with the default stage set, or a copy of the stages, fields
    // and lost reasons of another folder; either way with an "All deals" view.
    [[nodiscard]] Result<Folder> createFolder(const QString &name,
                                              std::optional<FolderId> copyFrom = std::nullopt);

Q_SIGNALS:
    void folderCreated(FolderId id);
    void folderRenamed(FolderId id);
    void folderDeleted(FolderId id);
    // Stages, fields or lost reasons of the folder changed.
    void folderChanged(FolderId id);
    void errorOccurred(const QString &message);

private:
    void createActions();
    void updateActions();
    Status copySetup(FolderId from, FolderId to);
    Status addDefaultSetup(FolderId folderId);
    void removeFolder(const Folder &folder, int dealCount);
    template <typename Dialog> Dialog *openEditor(Dialog *dialog);

    UndoHistory &m_undo;
    QWidget *m_window = nullptr;
    std::optional<FolderId> m_current;
    QAction *m_newFolder = nullptr;
    QAction *m_renameFolder = nullptr;
    QAction *m_deleteFolder = nullptr;
    QAction *m_editStages = nullptr;
    QAction *m_customizeFields = nullptr;
    QAction *m_lostReasons = nullptr;
};

} // namespace dealboard

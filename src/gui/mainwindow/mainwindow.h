#pragma once

#include "core/domain/savedview.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QSplitter;

namespace dealboard {

class BoardWidget;
class DealActions;
class FolderActions;
class FolderSidebar;
class MainToolBar;
class ViewExporter;
class Repository;
class UndoHistory;
class ViewActions;
class ViewWarningBar;
class WindowSettings;

// Dealboard's main window: the folders and their saved views in a sidebar, the board of
// the chosen view beside it, a toolbar with New deal, Import and search, and a status bar.
// It remembers its layout and the last open view between runs.
//
// The window only wires the parts together; each part lives in its own class.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Repository &repository, QWidget *parent = nullptr);
    ~MainWindow() override;

    BoardWidget *board() const { return m_board; }
    FolderSidebar *sidebar() const { return m_sidebar; }
    DealActions *dealActions() const { return m_dealActions; }
    // New, rename and delete folders; edit their stages, fields and lost reasons (Folder menu).
    FolderActions *folderActions() const { return m_folderActions; }
    ViewExporter *viewExporter() const { return m_viewExporter; }
    MainToolBar *toolBar() const { return m_toolBar; }
    QLineEdit *searchBox() const;
    QAction *deleteAction() const { return m_deleteAction; }
    // New, edit, duplicate, rename, delete and switch saved views (the View menu).
    ViewActions *viewActions() const { return m_viewActions; }
    // Every change made in the window goes through it (see UndoHistory::run).
    UndoHistory *undoHistory() const { return m_undoHistory; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    // The dockable list of undo steps; the View menu shows and hides it.
    QDockWidget *historyPanel() const { return m_historyPanel; }

    // Problems are always shown in the status bar; message boxes can be turned off, for
    // tests and scripted runs.
    void setMessageBoxesEnabled(bool enabled) { m_messageBoxesEnabled = enabled; }
    // The last problem reported to the user.
    QString lastError() const { return m_lastError; }

    // Opens the import dialog; an import shows the folder it wrote to.
    void openImportDialog();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createLayout();
    void createMenus();
    void createHistoryPanel();
    void reloadAfterUndo();
    void connectFolderActions();
    void connectParts();
    void restoreSession();
    void showView(const SavedView &view);
    void showImportedFolder(FolderId folderId);
    void updateWindowTitle();
    void updateStatus();
    void reportError(const QString &message);
    void reportExport(const QString &path, int dealCount);

    Repository &m_repository;
    UndoHistory *m_undoHistory = nullptr;
    std::unique_ptr<WindowSettings> m_settings;
    MainToolBar *m_toolBar = nullptr;
    QSplitter *m_splitter = nullptr;
    FolderSidebar *m_sidebar = nullptr;
    BoardWidget *m_board = nullptr;
    DealActions *m_dealActions = nullptr;
    FolderActions *m_folderActions = nullptr;
    ViewActions *m_viewActions = nullptr;
    ViewWarningBar *m_viewWarningBar = nullptr;
    ViewExporter *m_viewExporter = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QDockWidget *m_historyPanel = nullptr;
    QLabel *m_boardSummary = nullptr;
    bool m_messageBoxesEnabled = true;
    QString m_lastError;
};

} // namespace dealboard

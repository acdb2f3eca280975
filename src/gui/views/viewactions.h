#pragma once

#include "core/board/board.h"
#include "core/domain/savedview.h"
#include "core/result.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QInputDialog;
class QMenu;
class QMessageBox;
class QWidget;

namespace dealboard {

class FolderSidebar;
class UndoHistory;
class ViewEditorDialog;

// What a manager does to the saved views of a folder: create, edit, duplicate, rename,
// delete and reorder them, and switch between them with Ctrl+1..9. The actions act on the
// sidebar's current view and serve both the window's View menu and the sidebar's context
// menu. Every change is one undoable step (UndoHistory::run); the sidebar is then read
// again and shows the view the change was about. (After an undo or redo the window reads
// the sidebar again, as it reads everything else.)
//
// Dialogs open window-modal and return at once; the returned pointers are for tests.
class ViewActions final : public QObject
{
    Q_OBJECT

public:
    ViewActions(UndoHistory &history, FolderSidebar *sidebar, QWidget *window);

    QAction *newViewAction() const { return m_newView; }
    QAction *editViewAction() const { return m_editView; }
    QAction *duplicateViewAction() const { return m_duplicateView; }
    QAction *renameViewAction() const { return m_renameView; }
    QAction *deleteViewAction() const { return m_deleteView; }
    // "Go to view 1..9" (Ctrl+1..9): the views of the current folder in sidebar order.
    const QList<QAction *> &switchActions() const { return m_switchActions; }
    // Fills the window's View menu.
    void fillMenu(QMenu *menu) const;

    // Opens the editor on a new view of the current folder; null when there is none.
    ViewEditorDialog *newView();
    // Opens the editor on the current view; null when there is none.
    ViewEditorDialog *editView();
    // Asks for the name of a copy of the current view; null for a view not stored.
    QInputDialog *duplicateView();
    // Asks whether to delete the current view; null for a view not stored.
    QMessageBox *deleteView();

    // These act at once, without asking. False (and errorOccurred) when storage refused.
    bool duplicateView(ViewId viewId, const QString &name);
    bool renameView(ViewId viewId, const QString &name);
    bool deleteView(ViewId viewId);
    bool moveView(ViewId viewId, int index);

Q_SIGNALS:
    // A change was written; message says what, for the status bar.
    void viewsChanged(const QString &message);
    void errorOccurred(const QString &message);

private:
    void createActions();
    void updateActions();
    ViewEditorDialog *openEditor(const SavedView &view);
    // doneText is reported by viewsChanged, failureText ("...: %1") by errorOccurred.
    [[nodiscard]] bool runStep(const QString &label, const QString &doneText,
                               const QString &failureText, const std::function<Status()> &work);
    std::optional<SavedView> storedCurrentView() const;

    UndoHistory &m_history;
    FolderSidebar *m_sidebar = nullptr;
    QWidget *m_window = nullptr;
    QAction *m_newView = nullptr;
    QAction *m_editView = nullptr;
    QAction *m_duplicateView = nullptr;
    QAction *m_renameView = nullptr;
    QAction *m_deleteView = nullptr;
    QList<QAction *> m_switchActions;
};

} // namespace dealboard

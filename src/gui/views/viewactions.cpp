#include "gui/views/viewactions.h"

#include "core/log/logging.h"
#include "core/storage/repository.h"
#include "gui/mainwindow/foldersidebar.h"
#include "gui/undo/undohistory.h"
#include "gui/views/vieweditordialog.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>

#include <algorithm>

namespace dealboard {

namespace {

constexpr int switchShortcutCount = 9;

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace

ViewActions::ViewActions(UndoHistory &history, FolderSidebar *sidebar, QWidget *window)
    : QObject(window)
    , m_history(history)
    , m_sidebar(sidebar)
    , m_window(window)
{
    createActions();
    m_sidebar->setContextActions(
        {m_newView, m_editView, m_duplicateView, m_renameView, m_deleteView});

    connect(m_sidebar, &FolderSidebar::currentItemChanged, this, [this] { updateActions(); });
    connect(m_sidebar, &FolderSidebar::reloaded, this, [this] { updateActions(); });
    connect(m_sidebar, &FolderSidebar::viewRenameRequested, this,
            [this](ViewId id, const QString &name) { renameView(id, name); });
    connect(m_sidebar, &FolderSidebar::viewMoveRequested, this,
            [this](ViewId id, int index) { moveView(id, index); });
    updateActions();
}

void ViewActions::fillMenu(QMenu *menu) const
{
    menu->addActions({m_newView, m_editView, m_duplicateView, m_renameView, m_deleteView});
    menu->addSeparator();
    QMenu *goTo = menu->addMenu(tr("&Go to View"));
    goTo->addActions(m_switchActions);
}

ViewEditorDialog *ViewActions::newView()
{
    const std::optional<FolderId> folderId = m_sidebar->currentFolderId();
    if (!folderId)
        return nullptr;
    SavedView view;
    view.folderId = *folderId;
    return openEditor(view);
}

ViewEditorDialog *ViewActions::editView()
{
    const std::optional<SavedView> view = m_sidebar->currentView();
    return view ? openEditor(*view) : nullptr;
}

QInputDialog *ViewActions::duplicateView()
{
    const std::optional<SavedView> view = storedCurrentView();
    if (!view)
        return nullptr;

    auto *dialog = new QInputDialog(m_window);
    dialog->setWindowTitle(tr("Duplicate view"));
    dialog->setLabelText(tr("Name of the copy of “%1”:").arg(fromStd(view->name)));
    dialog->setTextValue(tr("%1 (copy)").arg(fromStd(view->name)));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const ViewId viewId = view->id;
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, viewId](const QString &name) { duplicateView(viewId, name); });
    dialog->open();
    return dialog;
}

QMessageBox *ViewActions::deleteView()
{
    const std::optional<SavedView> view = storedCurrentView();
    if (!view)
        return nullptr;

    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Delete view"),
        tr("Delete the view “%1”? The deals it shows stay in the folder.").arg(fromStd(view->name)),
        QMessageBox::Yes | QMessageBox::Cancel, m_window);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const ViewId viewId = view->id;
    connect(box, &QMessageBox::finished, this, [this, viewId](int result) {
        if (result == QMessageBox::Yes)
            deleteView(viewId);
    });
    box->open();
    return box;
}

bool ViewActions::duplicateView(ViewId viewId, const QString &name)
{
    const std::optional<SavedView> view = m_sidebar->view(viewId);
    if (!view)
        return false;
    Repository &repository = m_history.repository();
    ViewId copyId = 0;
    const bool done = runStep(tr("Duplicate view “%1”").arg(fromStd(view->name)),
                              tr("View “%1” duplicated.").arg(fromStd(view->name)),
                              tr("The view was not duplicated: %1"), [&]() -> Status {
                                  Result<SavedView> copy = repository.duplicateView(
                                      viewId, name.trimmed().toStdString());
                                  if (!copy)
                                      return failure(copy.error());
                                  copyId = copy->id;
                                  return {};
                              });
    if (done)
        m_sidebar->selectView(copyId);
    return done;
}

bool ViewActions::renameView(ViewId viewId, const QString &name)
{
    std::optional<SavedView> view = m_sidebar->view(viewId);
    if (!view)
        return false;
    const QString oldName = fromStd(view->name);
    view->name = name.trimmed().toStdString();
    Repository &repository = m_history.repository();
    return runStep(tr("Rename view “%1” to “%2”").arg(oldName, name.trimmed()),
                   tr("View “%1” renamed to “%2”.").arg(oldName, name.trimmed()),
                   tr("The view was not renamed: %1"),
                   [&] { return repository.updateView(*view); });
}

bool ViewActions::deleteView(ViewId viewId)
{
    const std::optional<SavedView> view = m_sidebar->view(viewId);
    if (!view)
        return false;
    Repository &repository = m_history.repository();
    return runStep(tr("Delete view “%1”").arg(fromStd(view->name)),
                   tr("View “%1” deleted.").arg(fromStd(view->name)),
                   tr("The view was not deleted: %1"),
                   [&] { return repository.deleteView(viewId); });
}

bool ViewActions::moveView(ViewId viewId, int index)
{
    const std::optional<SavedView> view = m_sidebar->view(viewId);
    if (!view)
        return false;
    const std::vector<SavedView> views = m_sidebar->folderViews(view->folderId);
    const auto place = std::ranges::find(views, viewId, &SavedView::id);
    if (place != views.end() && place - views.begin() == index)
        return true; // dropped where it was

    Repository &repository = m_history.repository();
    return runStep(tr("Move view “%1”").arg(fromStd(view->name)),
                   tr("View “%1” moved.").arg(fromStd(view->name)),
                   tr("The view was not moved: %1"),
                   [&] { return repository.moveView(viewId, index); });
}

void ViewActions::createActions()
{
    m_newView = new QAction(tr("&New View…"), this);
    m_editView = new QAction(tr("&Edit View…"), this);
    m_duplicateView = new QAction(tr("D&uplicate View…"), this);
    m_renameView = new QAction(tr("&Rename View"), this);
    m_renameView->setShortcut(Qt::Key_F2);
    m_deleteView = new QAction(tr("De&lete View…"), this);

    connect(m_newView, &QAction::triggered, this, [this] { newView(); });
    connect(m_editView, &QAction::triggered, this, [this] { editView(); });
    connect(m_duplicateView, &QAction::triggered, this, [this] { duplicateView(); });
    connect(m_renameView, &QAction::triggered, m_sidebar,
            [this] { m_sidebar->editCurrentViewName(); });
    connect(m_deleteView, &QAction::triggered, this, [this] { deleteView(); });

    for (int i = 0; i < switchShortcutCount; ++i) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, m_sidebar, [this, i] { m_sidebar->selectViewAt(i); });
        m_switchActions.append(action);
    }
}

// Names the Go to View entries after the current folder's views, and leaves only what
// applies to the current choice enabled: a folder's stand-in view can be saved (Edit) but
// not duplicated, renamed or deleted.
void ViewActions::updateActions()
{
    const std::optional<FolderId> folderId = m_sidebar->currentFolderId();
    const bool stored = storedCurrentView().has_value();
    m_newView->setEnabled(folderId.has_value());
    m_editView->setEnabled(m_sidebar->currentView().has_value());
    for (QAction *action : {m_duplicateView, m_renameView, m_deleteView})
        action->setEnabled(stored);

    const std::vector<SavedView> views =
        folderId ? m_sidebar->folderViews(*folderId) : std::vector<SavedView>();
    for (int i = 0; i < m_switchActions.size(); ++i) {
        QAction *action = m_switchActions.at(i);
        const bool exists = std::size_t(i) < views.size();
        action->setText(exists ? tr("&%1 %2").arg(i + 1).arg(fromStd(views[std::size_t(i)].name))
                               : tr("View %1").arg(i + 1));
        action->setEnabled(exists);
    }
}

ViewEditorDialog *ViewActions::openEditor(const SavedView &view)
{
    Result<FolderSnapshot> snapshot = m_history.repository().snapshot(view.folderId);
    if (!snapshot) {
        log(logger::gui)->warn("Cannot read folder {}: {}", view.folderId, snapshot.error());
        Q_EMIT errorOccurred(tr("The folder cannot be read: %1").arg(fromStd(snapshot.error())));
        return nullptr;
    }

    auto *dialog = new ViewEditorDialog(m_history, std::move(*snapshot), view, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ViewEditorDialog::viewSaved, this, [this](const SavedView &saved) {
        m_sidebar->reload();
        m_sidebar->selectView(saved.id);
        Q_EMIT viewsChanged(tr("View “%1” saved.").arg(fromStd(saved.name)));
    });
    dialog->open();
    return dialog;
}

// One undoable step; the sidebar is read again either way, so that it shows what is
// stored (a refused inline rename gets its old name back).
bool ViewActions::runStep(const QString &label, const QString &doneText, const QString &failureText,
                          const std::function<Status()> &work)
{
    const Status status = m_history.run(label, work);
    m_sidebar->reload();
    if (!status) {
        log(logger::gui)->warn("{} failed: {}", label.toStdString(), status.error());
        Q_EMIT errorOccurred(failureText.arg(fromStd(status.error())));
        return false;
    }
    Q_EMIT viewsChanged(doneText);
    return true;
}

std::optional<SavedView> ViewActions::storedCurrentView() const
{
    std::optional<SavedView> view = m_sidebar->currentView();
    // A folder item stands for its first view; acting on it needs the view chosen.
    if (!view || view->id == 0 || !m_sidebar->currentItem() || !m_sidebar->currentItem()->parent())
        return std::nullopt;
    return view;
}

} // namespace dealboard

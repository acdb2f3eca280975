#include "gui/mainwindow/mainwindow.h"

#include "core/log/logging.h"
#include "core/storage/repository.h"
#include "gui/admin/folderactions.h"
#include "gui/board/boardwidget.h"
#include "gui/deals/dealactions.h"
#include "gui/import/importdialog.h"
#include "gui/mainwindow/foldersidebar.h"
#include "gui/mainwindow/maintoolbar.h"
#include "gui/mainwindow/viewexporter.h"
#include "gui/mainwindow/windowsettings.h"
#include "gui/undo/undohistory.h"
#include "gui/views/viewactions.h"
#include "gui/views/viewwarningbar.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

// Resources of a static library are only linked in when something asks for them by name;
// Q_INIT_RESOURCE must be called outside any namespace.
static void initDealboardResources()
{
    Q_INIT_RESOURCE(dealboard);
}

namespace dealboard {

namespace {

constexpr int statusMessageTimeout = 10'000;

} // namespace

MainWindow::MainWindow(Repository &repository, QWidget *parent)
    : QMainWindow(parent)
    , m_repository(repository)
    , m_settings(std::make_unique<WindowSettings>())
{
    initDealboardResources();
    setWindowIcon(QIcon(QStringLiteral(":/icons/dealboard.svg")));

    createLayout();
    createMenus();
    connectParts();
    restoreSession();
}

MainWindow::~MainWindow() = default;

QLineEdit *MainWindow::searchBox() const
{
    return m_toolBar->searchBox();
}

void MainWindow::openImportDialog()
{
    auto *dialog = new ImportDialog(*m_undoHistory, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Into the folder on screen, not whichever comes first: importing into the wrong folder
    // is a mistake the user would have to clean up deal by deal.
    if (m_board->hasFolder())
        dialog->setFolderName(QString::fromStdString(m_board->snapshot().folder.name));
    connect(dialog, &ImportDialog::imported, this,
            [this](FolderId folderId, const QString &summary) {
                showImportedFolder(folderId);
                statusBar()->showMessage(summary, statusMessageTimeout);
            });
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->saveLayout(*this, *m_splitter);
    QMainWindow::closeEvent(event);
}

void MainWindow::createLayout()
{
    // Connected before any part exists, so that after an undo the sidebar has chosen what
    // to show before the parts read storage again.
    m_undoHistory = new UndoHistory(m_repository, this);
    connect(m_undoHistory, &UndoHistory::databaseRestored, this, &MainWindow::reloadAfterUndo);
    connect(m_undoHistory, &UndoHistory::errorOccurred, this, &MainWindow::reportError);

    m_toolBar = new MainToolBar(this);
    addToolBar(Qt::TopToolBarArea, m_toolBar);
    addAction(m_toolBar->findAction());

    m_sidebar = new FolderSidebar(m_repository);
    m_board = new BoardWidget(*m_undoHistory);
    m_dealActions = new DealActions(*m_undoHistory, m_board, this);
    m_folderActions = new FolderActions(*m_undoHistory, this, this);
    m_viewExporter = new ViewExporter(*m_board, this);
    m_viewActions = new ViewActions(*m_undoHistory, m_sidebar, this);
    addActions(m_viewActions->switchActions());

    // Above the board, what of the shown view could not be applied.
    auto *boardArea = new QWidget(this);
    m_viewWarningBar = new ViewWarningBar(boardArea);
    auto *boardLayout = new QVBoxLayout(boardArea);
    boardLayout->setContentsMargins(0, 0, 0, 0);
    boardLayout->setSpacing(0);
    boardLayout->addWidget(m_viewWarningBar);
    boardLayout->addWidget(m_board, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(boardArea);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(1, false);
    m_splitter->setSizes({190, 1090});
    m_sidebar->setMinimumWidth(140);
    setCentralWidget(m_splitter);

    // Delete only while the board has focus, so the key still deletes text in the search box.
    m_deleteAction = new QAction(tr("&Delete Deal…"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_board->addAction(m_deleteAction);

    m_boardSummary = new QLabel(this);
    statusBar()->addPermanentWidget(m_boardSummary);
    createHistoryPanel();
}

// Hidden until the user asks for it; the window's saved layout remembers the choice.
void MainWindow::createHistoryPanel()
{
    auto *steps = new QUndoView(m_undoHistory->stack());
    steps->setEmptyLabel(tr("Opened"));
    // Long step names are cut short rather than widening the panel over the board.
    steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    steps->setTextElideMode(Qt::ElideRight);
    m_historyPanel = new QDockWidget(tr("History"), this);
    m_historyPanel->setObjectName(QStringLiteral("historyPanel"));
    m_historyPanel->setWidget(steps);
    addDockWidget(Qt::RightDockWidgetArea, m_historyPanel);
    m_historyPanel->hide();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_toolBar->newDealAction());
    file->addAction(m_toolBar->importAction());
    m_exportAction =
        file->addAction(tr("&Export View…"), m_viewExporter, &ViewExporter::exportView);
    m_exportAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = m_undoHistory->stack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    edit->addAction(m_undoAction);
    m_redoAction = m_undoHistory->stack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_toolBar->findAction());
    edit->addAction(m_deleteAction);

    QMenu *folder = menuBar()->addMenu(tr("F&older"));
    m_folderActions->addToMenu(folder);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_viewActions->fillMenu(view);
    view->addSeparator();
    view->addAction(m_historyPanel->toggleViewAction());
}

void MainWindow::connectParts()
{
    connectFolderActions();
    connect(m_sidebar, &FolderSidebar::viewSelected, this, &MainWindow::showView);
    connect(m_sidebar, &FolderSidebar::errorOccurred, this, &MainWindow::reportError);
    connect(m_viewActions, &ViewActions::errorOccurred, this, &MainWindow::reportError);
    connect(m_viewActions, &ViewActions::viewsChanged, this, [this](const QString &message) {
        statusBar()->showMessage(message, statusMessageTimeout);
    });
    connect(m_board, &BoardWidget::boardChanged, m_viewWarningBar,
            [this] { m_viewWarningBar->showWarnings(m_board->view(), m_board->warnings()); });
    connect(m_toolBar, &MainToolBar::searchChanged, m_board, &BoardWidget::setSearchText);
    connect(m_toolBar->newDealAction(), &QAction::triggered, m_dealActions,
            [this] { m_dealActions->newDeal(); });
    connect(m_toolBar->importAction(), &QAction::triggered, this, &MainWindow::openImportDialog);
    connect(m_deleteAction, &QAction::triggered, m_dealActions,
            [this] { m_dealActions->deleteSelectedDeals(); });

    connect(m_viewExporter, &ViewExporter::exported, this, &MainWindow::reportExport);
    connect(m_viewExporter, &ViewExporter::errorOccurred, this, &MainWindow::reportError);

    connect(m_board, &BoardWidget::dealActivated, m_dealActions,
            [this](DealId id) { m_dealActions->editDeal(id); });
    connect(m_board, &BoardWidget::boardChanged, this, &MainWindow::updateStatus);
    connect(m_board, &BoardWidget::errorOccurred, this, &MainWindow::reportError);
    connect(m_board, &BoardWidget::dealMoved, this, [this](DealId, StageId) {
        statusBar()->showMessage(tr("Deal moved and saved."), statusMessageTimeout);
    });
    connect(m_dealActions, &DealActions::errorOccurred, this, &MainWindow::reportError);
    connect(m_dealActions, &DealActions::dealSaved, this,
            [this](DealId) { statusBar()->showMessage(tr("Deal saved."), statusMessageTimeout); });
    connect(m_dealActions, &DealActions::dealsDeleted, this, [this](int count) {
        statusBar()->showMessage(count == 1 ? tr("Deal deleted.")
                                            : tr("%1 deals deleted.").arg(count),
                                 statusMessageTimeout);
    });
}

// After an admin change the window shows it: a new folder is opened, a deleted one leaves
// the first view on screen, and other changes read sidebar and board again.
void MainWindow::connectFolderActions()
{
    connect(m_folderActions, &FolderActions::errorOccurred, this, &MainWindow::reportError);
    connect(m_folderActions, &FolderActions::folderCreated, this, [this](FolderId id) {
        m_sidebar->reload();
        m_sidebar->selectFolder(id);
        updateWindowTitle();
    });
    connect(m_folderActions, &FolderActions::folderDeleted, this, [this] {
        m_folderActions->setCurrentFolder(std::nullopt);
        reloadAfterUndo();
        if (!m_sidebar->currentView() && m_sidebar->selectFirstView())
            updateWindowTitle();
    });
    connect(m_folderActions, &FolderActions::folderRenamed, this, &MainWindow::reloadAfterUndo);
    connect(m_folderActions, &FolderActions::folderChanged, this, &MainWindow::reloadAfterUndo);
}

void MainWindow::restoreSession()
{
    if (!m_settings->restoreLayout(*this, *m_splitter))
        resize(1280, 800);

    m_sidebar->reload();
    const std::optional<ViewId> viewId = m_settings->lastViewId();
    const std::optional<FolderId> folderId = m_settings->lastFolderId();
    const bool restored = (viewId && m_sidebar->selectView(*viewId)) ||
                          (folderId && m_sidebar->selectFolder(*folderId));
    if (!restored)
        m_sidebar->selectFirstView();
    updateWindowTitle();
    updateStatus();
    m_board->focusCurrentColumn();
}

void MainWindow::showView(const SavedView &view)
{
    log(logger::gui)->debug("Showing view \"{}\" of folder {}", view.name, view.folderId);
    m_board->showView(view);
    m_settings->saveLastView(view.folderId, view.id);
    m_folderActions->setCurrentFolder(view.folderId);
    updateWindowTitle();
}

void MainWindow::showImportedFolder(FolderId folderId)
{
    const std::optional<SavedView> shownBefore = m_sidebar->currentView();
    m_sidebar->reload();
    if (!m_sidebar->selectFolder(folderId))
        return;
    // The sidebar only reports a view it was not showing yet; the shown one has new deals too.
    const std::optional<SavedView> shownNow = m_sidebar->currentView();
    if (shownBefore && shownNow && shownBefore->id == shownNow->id &&
        shownBefore->folderId == shownNow->folderId)
        m_board->reload();
}

// An undo or redo may have removed or changed anything on screen. The sidebar keeps the
// current view when it still exists and shows it again when it changed; when it is gone,
// another view of the same folder, or of the first folder, is shown. When the sidebar
// showed no view anew, the board is read again here.
void MainWindow::reloadAfterUndo()
{
    const std::optional<FolderId> shownFolder =
        m_board->hasFolder() ? std::optional(m_board->view().folderId) : std::nullopt;
    bool viewShown = false;
    const auto shown =
        connect(m_sidebar, &FolderSidebar::viewSelected, this, [&viewShown] { viewShown = true; });
    m_sidebar->reload();
    if (!m_sidebar->currentView() && !(shownFolder && m_sidebar->selectFolder(*shownFolder)))
        m_sidebar->selectFirstView();
    disconnect(shown);

    if (!m_sidebar->currentView())
        m_board->clear();
    else if (!viewShown)
        m_board->reload();
    updateWindowTitle();
    updateStatus();
}

void MainWindow::updateWindowTitle()
{
    if (!m_board->hasFolder()) {
        setWindowTitle(tr("Dealboard"));
        return;
    }
    setWindowTitle(tr("%1 – %2 – Dealboard")
                       .arg(QString::fromStdString(m_board->snapshot().folder.name),
                            QString::fromStdString(m_board->view().name)));
}

void MainWindow::updateStatus()
{
    if (!m_board->hasFolder()) {
        m_boardSummary->clear();
        return;
    }

    const QLocale locale;
    const int shown = m_board->visibleDealCount();
    const int total = int(m_board->snapshot().deals.size());
    if (m_board->searchText().isEmpty() && shown == total)
        m_boardSummary->setText(shown == 1 ? tr("1 deal")
                                           : tr("%1 deals").arg(locale.toString(shown)));
    else if (m_board->searchText().isEmpty())
        m_boardSummary->setText(
            tr("%1 of %2 deals shown").arg(locale.toString(shown), locale.toString(total)));
    else
        m_boardSummary->setText(
            tr("%1 of %2 deals match “%3”")
                .arg(locale.toString(shown), locale.toString(total), m_board->searchText()));
}

void MainWindow::reportExport(const QString &path, int dealCount)
{
    statusBar()->showMessage(
        tr("Exported %1 deals to %2")
            .arg(QLocale().toString(dealCount), QDir::toNativeSeparators(path)),
        statusMessageTimeout);
}

void MainWindow::reportError(const QString &message)
{
    m_lastError = message;
    statusBar()->showMessage(message, statusMessageTimeout * 3);
    if (!m_messageBoxesEnabled)
        return;

    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Dealboard"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace dealboard

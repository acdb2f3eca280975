#include "gui/board/boardwidget.h"

#include "core/log/logging.h"
#include "core/storage/repository.h"
#include "gui/board/boardcolumnmodel.h"
#include "gui/board/boardcolumnview.h"
#include "gui/board/boardcolumnwidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>
#include <unordered_map>

namespace dealboard {

BoardWidget::BoardWidget(Repository &repository, QWidget *parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_scrollArea(new QScrollArea(this))
    , m_columnsHost(new QWidget)
    , m_columnsLayout(new QHBoxLayout(m_columnsHost))
    , m_placeholder(new QLabel(this))
{
    m_columnsLayout->setContentsMargins(10, 10, 10, 10);
    m_columnsLayout->setSpacing(10);
    m_columnsLayout->addStretch();

    m_scrollArea->setWidget(m_columnsHost);
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scrollArea);
    layout->addWidget(m_placeholder);
    clear();
}

bool BoardWidget::showView(const SavedView &view)
{
    m_view = view;
    m_currentColumnKey.clear();
    return reload();
}

bool BoardWidget::reload()
{
    Result<FolderSnapshot> snapshot = m_repository.snapshot(m_view.folderId);
    if (!snapshot) {
        log(logger::gui)->warn("Cannot read folder {}: {}", m_view.folderId, snapshot.error());
        clear();
        Q_EMIT errorOccurred(
            tr("The folder cannot be read: %1").arg(QString::fromStdString(snapshot.error())));
        return false;
    }

    m_snapshot = std::move(*snapshot);
    log(logger::gui)
        ->debug("Folder {} read: {} deals", m_snapshot->folder.name, m_snapshot->deals.size());
    rebuild();
    return true;
}

void BoardWidget::clear()
{
    m_snapshot.reset();
    m_warnings.clear();
    rebuildColumns({});
    m_placeholder->setText(tr("Choose a folder or a view in the sidebar to see its board."));
}

void BoardWidget::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    if (m_snapshot)
        rebuild();
}

const FolderSnapshot &BoardWidget::snapshot() const
{
    Q_ASSERT(m_snapshot);
    static const FolderSnapshot empty;
    return m_snapshot ? *m_snapshot : empty;
}

BoardColumnWidget *BoardWidget::column(int index) const
{
    if (index < 0 || index >= columnCount())
        return nullptr;
    return m_columns.at(std::size_t(index));
}

BoardColumnWidget *BoardWidget::columnForStage(StageId stageId) const
{
    const auto found = std::ranges::find_if(m_columns, [stageId](BoardColumnWidget *column) {
        return column->model()->stageId() == stageId;
    });
    return found == m_columns.end() ? nullptr : *found;
}

int BoardWidget::visibleDealCount() const
{
    int count = 0;
    for (const BoardColumnWidget *column : m_columns)
        count += column->model()->count();
    return count;
}

std::optional<StageId> BoardWidget::currentStageId() const
{
    for (const BoardColumnWidget *column : m_columns) {
        if (column->model()->column().key == m_currentColumnKey && column->model()->stageId())
            return column->model()->stageId();
    }
    for (const BoardColumnWidget *column : m_columns) {
        if (column->model()->stageId())
            return column->model()->stageId();
    }
    return std::nullopt;
}

QList<DealId> BoardWidget::selectedDealIds() const
{
    for (const BoardColumnWidget *column : m_columns) {
        if (column->model()->column().key == m_currentColumnKey)
            return column->view()->selectedDealIds();
    }
    return {};
}

bool BoardWidget::selectDeal(DealId id)
{
    BoardColumnWidget *column = columnOfDeal(id, nullptr);
    if (!column)
        return false;

    setCurrentColumn(column);
    column->view()->selectDeal(id);
    m_scrollArea->ensureWidgetVisible(column);
    return true;
}

void BoardWidget::focusCurrentColumn()
{
    const std::optional<StageId> stageId = currentStageId();
    BoardColumnWidget *current = stageId ? columnForStage(*stageId) : column(0);
    if (current)
        current->view()->setFocus(Qt::OtherFocusReason);
}

void BoardWidget::applyDeal(const Deal &deal)
{
    if (!m_snapshot || deal.folderId != m_snapshot->folder.id)
        return;
    storeInSnapshot(deal);
    sortSnapshot();
    rebuild();
    selectDeal(deal.id);
}

void BoardWidget::removeDeal(DealId id)
{
    if (!m_snapshot)
        return;
    std::erase_if(m_snapshot->deals, [id](const Deal &deal) { return deal.id == id; });

    int row = -1;
    if (BoardColumnWidget *column = columnOfDeal(id, &row)) {
        column->model()->takeDeal(row);
        Q_EMIT boardChanged();
    }
}

void BoardWidget::rebuild()
{
    Q_ASSERT(m_snapshot);
    Board board = buildBoard(*m_snapshot, m_view, m_search.toStdString());
    m_warnings = board.warnings;
    for (const std::string &warning : m_warnings)
        log(logger::gui)->info("View {}: {}", m_view.name, warning);

    if (board.columns.empty())
        m_placeholder->setText(tr("This view hides every column of the folder."));
    rebuildColumns(std::move(board));
}

// Keeps the column widgets (and with them scroll positions and focus) when the new board
// has the same columns, which is the case for every search and reload.
void BoardWidget::rebuildColumns(Board board)
{
    const QList<DealId> selected = selectedDealIds();
    const bool sameColumns = std::ranges::equal(
        board.columns, m_columns, {}, &BoardColumn::key,
        [](const BoardColumnWidget *column) { return column->model()->column().key; });

    if (!sameColumns) {
        // Later, not now: the rebuild may run inside a signal of one of these columns.
        for (BoardColumnWidget *column : m_columns) {
            column->hide();
            column->deleteLater();
        }
        m_columns.clear();
        for (std::size_t i = 0; i < board.columns.size(); ++i)
            addColumn();
    }

    for (std::size_t i = 0; i < board.columns.size(); ++i) {
        const QColor color = stageColor(board.columns[i].stageId);
        m_columns[i]->model()->setColumn(std::move(board.columns[i]), color);
    }

    m_scrollArea->setVisible(!m_columns.empty());
    m_placeholder->setVisible(m_columns.empty());
    for (DealId id : selected)
        selectDeal(id);
    Q_EMIT boardChanged();
}

BoardColumnWidget *BoardWidget::addColumn()
{
    auto *model = new BoardColumnModel(this);
    auto *column = new BoardColumnWidget(model, m_columnsHost);
    model->setParent(column);
    m_columnsLayout->insertWidget(m_columnsLayout->count() - 1, column, 1);
    m_columns.push_back(column);

    BoardColumnView *view = column->view();
    connect(model, &BoardColumnModel::dealsDropped, this,
            [this, model](const QList<DealId> &ids, int row) { moveDeals(model, ids, row); });
    connect(view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT dealActivated(index.data(BoardColumnModel::DealIdRole).value<qint64>());
    });
    connect(view, &BoardColumnView::focused, this, [this, column] { setCurrentColumn(column); });
    connect(view, &QAbstractItemView::pressed, this, [this, column] { setCurrentColumn(column); });
    return column;
}

QColor BoardWidget::stageColor(const std::optional<StageId> &stageId) const
{
    if (!stageId || !m_snapshot)
        return {};
    const auto found = std::ranges::find(m_snapshot->stages, *stageId, &Stage::id);
    if (found == m_snapshot->stages.end())
        return {};
    return QColor(QString::fromStdString(found->color));
}

// One column at a time holds the selection, so "Delete" and "New deal" are never ambiguous.
void BoardWidget::setCurrentColumn(BoardColumnWidget *current)
{
    m_currentColumnKey = current->model()->column().key;
    for (BoardColumnWidget *column : m_columns) {
        if (column != current)
            column->view()->clearSelection();
    }
}

BoardColumnWidget *BoardWidget::columnOfDeal(DealId id, int *row) const
{
    for (BoardColumnWidget *column : m_columns) {
        const int found = column->model()->rowOf(id);
        if (found >= 0) {
            if (row)
                *row = found;
            return column;
        }
    }
    return nullptr;
}

// All cards of one drop are moved in one transaction: either all land or none does.
void BoardWidget::moveDeals(BoardColumnModel *target, const QList<DealId> &ids, int row)
{
    const std::optional<StageId> stageId = target->stageId();
    if (!stageId || ids.isEmpty() || isNoOpMove(target, ids, row))
        return;

    const std::optional<DealId> before = dealAtOrAfter(target, row, ids);
    std::vector<Deal> moved;
    const Status status = m_repository.inTransaction([&]() -> Status {
        for (DealId id : ids) {
            // The version this board shows: a deal changed or moved elsewhere since then
            // is refused rather than silently put where this older picture had it.
            Result<Deal> deal = m_repository.moveDeal(id, *stageId, before, shownVersion(id));
            if (!deal)
                return failure(deal.error());
            moved.push_back(std::move(*deal));
        }
        return {};
    });

    if (!status) {
        fail(tr("The deal could not be moved: %1").arg(QString::fromStdString(status.error())));
        return;
    }

    for (const Deal &deal : moved)
        placeMovedDeal(deal, target, before);
    if (!m_view.sort.field.empty())
        rebuild(); // sorted by a field: the manual order does not show
    selectMovedDeals(target, ids);
    for (const Deal &deal : moved)
        Q_EMIT dealMoved(deal.id, deal.stageId);
    Q_EMIT boardChanged();
}

// The cards stay selected where they landed, and that column becomes the current one.
void BoardWidget::selectMovedDeals(BoardColumnModel *target, const QList<DealId> &ids)
{
    const auto found = std::ranges::find(m_columns, target, &BoardColumnWidget::model);
    if (found == m_columns.end())
        return;
    setCurrentColumn(*found);
    (*found)->view()->selectDeals(ids);
}

bool BoardWidget::isNoOpMove(BoardColumnModel *target, const QList<DealId> &ids, int row) const
{
    if (ids.size() != 1)
        return false;
    const int current = target->rowOf(ids.first());
    return current >= 0 && (row == current || row == current + 1);
}

std::optional<DealId> BoardWidget::dealAtOrAfter(const BoardColumnModel *target, int row,
                                                 const QList<DealId> &skipping) const
{
    for (int i = std::max(row, 0); i < target->count(); ++i) {
        const DealId id = target->dealAt(i).id;
        if (!skipping.contains(id))
            return id;
    }
    return std::nullopt;
}

void BoardWidget::placeMovedDeal(const Deal &deal, BoardColumnModel *target,
                                 std::optional<DealId> beforeDealId)
{
    storeInSnapshot(deal);
    sortSnapshot();

    int sourceRow = -1;
    BoardColumnWidget *source = columnOfDeal(deal.id, &sourceRow);
    if (source && source->model() == target) {
        const int beforeRow = beforeDealId ? target->rowOf(*beforeDealId) : -1;
        target->moveDeal(sourceRow, beforeRow < 0 ? target->count() : beforeRow);
        target->replaceDeal(target->rowOf(deal.id), deal);
        return;
    }

    if (source)
        source->model()->takeDeal(sourceRow);
    const int beforeRow = beforeDealId ? target->rowOf(*beforeDealId) : -1;
    target->insertDeal(beforeRow < 0 ? target->count() : beforeRow, deal);
}

std::optional<std::int64_t> BoardWidget::shownVersion(DealId id) const
{
    const auto found = std::ranges::find(m_snapshot->deals, id, &Deal::id);
    if (found == m_snapshot->deals.end())
        return std::nullopt;
    return found->version;
}

// Also keeps the version this board knows of the deal current, so that the next drag of
// the same card is not taken for a stale one.
void BoardWidget::storeInSnapshot(const Deal &deal)
{
    auto &deals = m_snapshot->deals;
    const auto found = std::ranges::find(deals, deal.id, &Deal::id);
    if (found == deals.end())
        deals.push_back(deal);
    else
        *found = deal;
}

// The snapshot stays in storage order (stage, then position), which is the manual order
// buildBoard shows when the view does not sort.
void BoardWidget::sortSnapshot()
{
    std::unordered_map<StageId, int> stagePosition;
    for (const Stage &stage : m_snapshot->stages)
        stagePosition.emplace(stage.id, stage.position);

    std::ranges::stable_sort(m_snapshot->deals, [&](const Deal &a, const Deal &b) {
        return std::pair(stagePosition[a.stageId], a.position) <
               std::pair(stagePosition[b.stageId], b.position);
    });
}

void BoardWidget::fail(const QString &message)
{
    log(logger::gui)->warn("{}", message.toStdString());
    reload();
    Q_EMIT errorOccurred(message);
}

} // namespace dealboard

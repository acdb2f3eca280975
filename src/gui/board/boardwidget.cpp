#include "gui/board/boardwidget.h"

#include "core/board/dealfieldreader.h"
#include "core/domain/dealrules.h"
#include "core/log/logging.h"
#include "core/storage/repository.h"
#include "gui/board/boardcolumnmodel.h"
#include "gui/board/boardcolumnview.h"
#include "gui/board/boardcolumnwidget.h"
#include "gui/board/groupfield.h"
#include "gui/board/lostreasondialog.h"
#include "gui/undo/undohistory.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace dealboard {

BoardWidget::BoardWidget(UndoHistory &undoHistory, QWidget *parent)
    : QWidget(parent)
    , m_undoHistory(undoHistory)
    , m_repository(undoHistory.repository())
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

BoardWidget::~BoardWidget() = default;

bool BoardWidget::showView(const SavedView &view)
{
    const bool sameFolderUnchanged = m_snapshot && m_snapshot->folder.id == view.folderId &&
                                     m_snapshotStamp == m_repository.changeStamp();
    m_view = view;
    m_currentColumnKey.clear();
    if (!sameFolderUnchanged)
        return reload();
    // Another view of a folder nothing was written to since it was read: reading the 8,800
    // deals of the Maven sample again would be most of the wait of a switch.
    rebuild();
    return true;
}

bool BoardWidget::reload()
{
    m_snapshotStamp = m_repository.changeStamp();
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
    QList<DealId> ids;
    for (const BoardColumnWidget *column : m_columns)
        ids.append(column->view()->selectedDealIds());
    return ids;
}

bool BoardWidget::selectDeal(DealId id)
{
    BoardColumnWidget *column = columnOfDeal(id, nullptr);
    if (!column)
        return false;

    setCurrentColumn(column);
    clearSelectionOutside(column);
    column->view()->selectDeal(id);
    m_scrollArea->ensureWidgetVisible(column);
    return true;
}

// The first card's column becomes the current one.
void BoardWidget::selectDeals(const QList<DealId> &ids)
{
    BoardColumnWidget *first = nullptr;
    for (BoardColumnWidget *column : m_columns) {
        QList<DealId> here;
        for (DealId id : ids) {
            if (column->model()->rowOf(id) >= 0)
                here.append(id);
        }
        column->view()->selectDeals(here);
        if (!here.isEmpty() && (!first || here.contains(ids.first())))
            first = column;
    }
    if (first) {
        setCurrentColumn(first);
        m_scrollArea->ensureWidgetVisible(first);
    }
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
        refreshSummaries(); // the model alone cannot weigh by the stages' probabilities
        Q_EMIT boardChanged();
    }
}

void BoardWidget::setReferenceTime(Timestamp now)
{
    m_referenceTime = now;
    for (BoardColumnWidget *column : m_columns)
        column->model()->setReferenceTime(now);
}

void BoardWidget::rebuild()
{
    Q_ASSERT(m_snapshot);
    prepareCardDetails();
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

    const bool settable = m_snapshot && isSettableGroupField(*m_snapshot, m_view.groupBy);
    for (std::size_t i = 0; i < board.columns.size(); ++i) {
        const QColor color = stageColor(board.columns[i].stageId);
        const bool byStage = board.columns[i].stageId.has_value();
        BoardColumnModel *model = m_columns[i]->model();
        model->setColumn(std::move(board.columns[i]), color);
        model->setAcceptsDrops(byStage || settable);
        if (m_referenceTime)
            model->setReferenceTime(*m_referenceTime);
        model->setCardDetailsProvider([this](const Deal &deal) { return cardDetails(deal); });
    }

    m_scrollArea->setVisible(!m_columns.empty());
    m_placeholder->setVisible(m_columns.empty());
    selectDeals(selected);
    Q_EMIT boardChanged();
}

// Totals after row operations come from buildBoard too, so weighted totals, filters and
// overflow warnings are worked out in one place only.
void BoardWidget::refreshSummaries()
{
    const Board board = buildBoard(*m_snapshot, m_view, m_search.toStdString());
    for (std::size_t i = 0; i < board.columns.size() && i < m_columns.size(); ++i)
        m_columns[i]->model()->setSummary(board.columns[i]);
}

void BoardWidget::prepareCardDetails()
{
    m_fieldReader = std::make_unique<DealFieldReader>(*m_snapshot);
    m_cardFields.clear();
    for (const std::string &ref : m_view.cardFields) {
        if (m_fieldReader->resolve(ref))
            m_cardFields.push_back(ref);
        else
            log(logger::gui)->info("View {}: the card field {} no longer exists", m_view.name, ref);
    }
}

CardDetails BoardWidget::cardDetails(const Deal &deal) const
{
    CardDetails details;
    if (!m_fieldReader)
        return details;

    for (const std::string &ref : m_cardFields) {
        const FieldValue value = m_fieldReader->value(deal, *m_fieldReader->resolve(ref));
        const Money *money = std::get_if<Money>(&value);
        const QString text = QString::fromStdString(money ? formatMoney(*money) : valueText(value));
        details.fields.append(tr("%1: %2").arg(fieldLabel(ref), text.isEmpty() ? tr("—") : text));
    }

    const Timestamp now = m_referenceTime.value_or(currentTimestamp());
    details.idleDays = idleDays(deal, now);
    if (const Stage *stage = m_fieldReader->stage(deal.stageId))
        details.rotting = isRotting(deal, *stage, now);
    return details;
}

QString BoardWidget::fieldLabel(const std::string &ref) const
{
    static const std::map<std::string, const char *> builtIn{
        {"title", QT_TR_NOOP("Title")},     {"company", QT_TR_NOOP("Company")},
        {"contact", QT_TR_NOOP("Contact")}, {"owner", QT_TR_NOOP("Owner")},
        {"value", QT_TR_NOOP("Value")},     {"close_date", QT_TR_NOOP("Close date")},
        {"stage", QT_TR_NOOP("Stage")},     {"created", QT_TR_NOOP("Created")},
        {"updated", QT_TR_NOOP("Updated")},
    };
    if (const auto found = builtIn.find(ref); found != builtIn.end())
        return tr(found->second);
    const std::optional<ResolvedField> field =
        m_fieldReader ? m_fieldReader->resolve(ref) : std::nullopt;
    return QString::fromStdString(field ? field->displayName : ref);
}

BoardColumnWidget *BoardWidget::addColumn()
{
    auto *model = new BoardColumnModel(this);
    auto *column = new BoardColumnWidget(model, m_columnsHost);
    model->setParent(column);
    m_columnsLayout->insertWidget(m_columnsLayout->count() - 1, column, 1);
    m_columns.push_back(column);

    BoardColumnView *view = column->view();
    view->setDragSelection([this] { return selectedDealIds(); });
    connect(model, &BoardColumnModel::dealsDropped, this,
            [this, model](const QList<DealId> &ids, int row) { dropDeals(model, ids, row); });
    connect(view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT dealActivated(index.data(BoardColumnModel::DealIdRole).value<qint64>());
    });
    connect(view, &BoardColumnView::focused, this, [this, column] { setCurrentColumn(column); });
    connect(view, &QAbstractItemView::pressed, this, [this, column] { setCurrentColumn(column); });
    connect(view, &BoardColumnView::exclusiveSelectionStarted, this,
            [this, column] { clearSelectionOutside(column); });
    connect(view, &BoardColumnView::allSelected, this, [this, column] {
        setCurrentColumn(column);
        clearSelectionOutside(column);
    });
    connect(view, &BoardColumnView::neighbourColumnRequested, this,
            [this, column](int direction) { focusNeighbour(column, direction); });
    connect(view, &BoardColumnView::moveToNeighbourRequested, this, [this, column](int direction) {
        setCurrentColumn(column);
        moveSelectionToNeighbour(direction);
    });
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

// The column "New deal" goes to and keyboard moves start from.
void BoardWidget::setCurrentColumn(BoardColumnWidget *current)
{
    m_currentColumnKey = current->model()->column().key;
}

void BoardWidget::clearSelectionOutside(BoardColumnWidget *kept)
{
    for (BoardColumnWidget *column : m_columns) {
        if (column != kept)
            column->view()->clearSelection();
    }
}

// Left and Right go to the card at the same height in the nearest column that has cards.
void BoardWidget::focusNeighbour(BoardColumnWidget *from, int direction)
{
    const int row = std::max(from->view()->currentIndex().row(), 0);
    for (int i = indexOfColumn(from) + direction; i >= 0 && i < columnCount(); i += direction) {
        BoardColumnWidget *target = m_columns[std::size_t(i)];
        if (target->model()->count() == 0)
            continue;
        const DealId id = target->model()->dealAt(std::min(row, target->model()->count() - 1)).id;
        selectDeal(id);
        target->view()->setFocus(Qt::TabFocusReason);
        return;
    }
}

int BoardWidget::indexOfColumn(const BoardColumnWidget *column) const
{
    const auto found = std::ranges::find(m_columns, column);
    return found == m_columns.end() ? -1 : int(found - m_columns.begin());
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

const Deal *BoardWidget::shownDeal(DealId id) const
{
    if (!m_snapshot)
        return nullptr;
    const auto found = std::ranges::find(m_snapshot->deals, id, &Deal::id);
    return found == m_snapshot->deals.end() ? nullptr : &*found;
}

// "deal Acme" for one deal, "3 deals" for more, for undo labels.
QString BoardWidget::dealsText(const QList<DealId> &ids) const
{
    if (ids.size() != 1)
        return tr("%1 deals").arg(ids.size());
    const Deal *deal = shownDeal(ids.first());
    return tr("deal %1").arg(deal ? QString::fromStdString(deal->title) : QString());
}

void BoardWidget::fail(const QString &message)
{
    log(logger::gui)->warn("{}", message.toStdString());
    reload();
    Q_EMIT errorOccurred(message);
}

} // namespace dealboard

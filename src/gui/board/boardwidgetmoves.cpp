// How BoardWidget moves cards: drops, keyboard moves and moves asked for by others, each
// one undoable step, with the lost reason asked first when cards enter a lost stage.
#include "gui/board/boardwidget.h"

#include "core/board/dealfieldreader.h"
#include "core/log/logging.h"
#include "core/storage/repository.h"
#include "gui/board/boardcolumnmodel.h"
#include "gui/board/boardcolumnview.h"
#include "gui/board/boardcolumnwidget.h"
#include "gui/board/groupfield.h"
#include "gui/board/lostreasondialog.h"
#include "gui/undo/undohistory.h"

#include <QApplication>

#include <algorithm>
#include <unordered_map>

namespace dealboard {

void BoardWidget::dropDeals(BoardColumnModel *target, const QList<DealId> &ids, int row)
{
    if (ids.isEmpty() || isNoOpMove(target, ids, row))
        return;

    const bool allHere =
        std::ranges::all_of(ids, [target](DealId id) { return target->rowOf(id) >= 0; });
    if (const std::optional<StageId> stageId = target->stageId()) {
        // Sorted by a field, the order within a column is not the user's to set.
        if (showsManualOrder())
            moveDealsToStage(ids, *stageId, dealAtOrAfter(target, row, ids));
        else if (!allHere)
            moveDealsToStage(ids, *stageId);
        return;
    }

    QList<DealId> changing;
    for (DealId id : ids) {
        if (target->rowOf(id) < 0)
            changing.append(id);
    }
    if (!changing.isEmpty())
        setGroupValue(changing, target->column().key);
}

void BoardWidget::moveDealsToStage(const QList<DealId> &ids, StageId stageId,
                                   std::optional<DealId> beforeDealId)
{
    if (!m_snapshot || ids.isEmpty())
        return;
    const auto stage = std::ranges::find(m_snapshot->stages, stageId, &Stage::id);
    if (stage == m_snapshot->stages.end())
        return;

    const bool entering = std::ranges::any_of(ids, [this, stageId](DealId id) {
        const Deal *deal = shownDeal(id);
        return deal && deal->stageId != stageId;
    });
    if (stage->isLost() && entering) {
        askLostReason(ids, *stage, beforeDealId);
        return;
    }
    writeStageMove(ids, *stage, beforeDealId, {});
}

void BoardWidget::moveSelectionToNeighbour(int direction)
{
    const QList<DealId> ids = selectedDealIds();
    const auto current = std::ranges::find_if(m_columns, [this](BoardColumnWidget *column) {
        return column->model()->column().key == m_currentColumnKey;
    });
    if (ids.isEmpty() || current == m_columns.end())
        return;

    const int index = int(current - m_columns.begin()) + direction;
    BoardColumnWidget *target = column(index);
    if (!target || !target->model()->acceptsDrops())
        return;
    if (const std::optional<StageId> stageId = target->model()->stageId())
        moveDealsToStage(ids, *stageId);
    else
        dropDeals(target->model(), ids, target->model()->count());
}

// The question is window-modal and returns at once; the move is written when it is
// answered. Until then nothing has changed, so Cancel leaves every card where it is.
void BoardWidget::askLostReason(const QList<DealId> &ids, const Stage &stage,
                                std::optional<DealId> beforeDealId)
{
    if (m_lostReasonDialog)
        m_lostReasonDialog->reject();

    QStringList reasons;
    for (const LostReason &reason : m_snapshot->lostReasons)
        reasons.append(QString::fromStdString(reason.name));
    auto *dialog = new LostReasonDialog(reasons, int(ids.size()),
                                        QString::fromStdString(stage.name), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids, stage, beforeDealId] {
        StageEntry entry;
        entry.lostReason = dialog->reason().toStdString();
        writeStageMove(ids, stage, beforeDealId, entry);
    });
    m_lostReasonDialog = dialog;
    dialog->open();
}

// All cards of one gesture are moved in one step: either all land or none does.
void BoardWidget::writeStageMove(const QList<DealId> &ids, const Stage &stage,
                                 std::optional<DealId> beforeDealId, const StageEntry &entry)
{
    std::vector<Deal> moved;
    const QString label =
        tr("Move %1 to %2").arg(dealsText(ids), QString::fromStdString(stage.name));
    const Status status = write(label, [&]() -> Status {
        moved.clear();
        for (DealId id : ids) {
            // The version this board shows: a deal changed or moved elsewhere since then
            // is refused rather than silently put where this older picture had it.
            Result<Deal> deal =
                m_repository.moveDeal(id, stage.id, beforeDealId, shownVersion(id), entry);
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

    BoardColumnWidget *target = columnForStage(stage.id);
    showMovedDeals(moved, target ? target->model() : nullptr, beforeDealId);
    for (const Deal &deal : moved)
        Q_EMIT dealMoved(deal.id, deal.stageId);
}

void BoardWidget::setGroupValue(const QList<DealId> &ids, const std::string &value)
{
    const QString field = fieldLabel(m_view.groupBy);
    const QString label =
        value.empty()
            ? tr("Clear %1 of %2").arg(field, dealsText(ids))
            : tr("Set %1 of %2 to %3").arg(field, dealsText(ids), QString::fromStdString(value));
    std::vector<Deal> saved;
    const Status status = write(label, [&]() -> Status {
        saved.clear();
        for (DealId id : ids) {
            const Deal *shown = shownDeal(id);
            if (!shown)
                return failure("A deal being moved is no longer on this board.");
            Deal deal = *shown;
            setGroupField(deal, m_view.groupBy, value);
            Result<Deal> written = m_repository.updateDeal(deal);
            if (!written)
                return failure(written.error());
            saved.push_back(std::move(*written));
        }
        return {};
    });

    if (!status) {
        fail(tr("The deal could not be moved: %1").arg(QString::fromStdString(status.error())));
        return;
    }
    showMovedDeals(saved, nullptr, std::nullopt);
}

bool BoardWidget::showsManualOrder() const
{
    return m_view.sort.field.empty() ||
           (m_fieldReader && !m_fieldReader->resolve(m_view.sort.field));
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

// Row by row when the cards land in a visible column in manual order and no filter can
// drop them (a won move sets the close date a filter may look at); otherwise the board is
// built again from the updated snapshot. The moved cards stay selected where they landed.
void BoardWidget::showMovedDeals(const std::vector<Deal> &moved, BoardColumnModel *target,
                                 std::optional<DealId> beforeDealId)
{
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    const bool rowByRow = target && showsManualOrder() && m_view.filters.empty();
    if (rowByRow) {
        for (const Deal &deal : moved)
            placeMovedDeal(deal, target, beforeDealId);
        refreshSummaries();
    } else {
        for (const Deal &deal : moved)
            storeInSnapshot(deal);
        sortSnapshot();
        rebuild();
    }

    QList<DealId> ids;
    for (const Deal &deal : moved)
        ids.append(deal.id);
    selectDeals(ids);
    BoardColumnWidget *landed = ids.isEmpty() ? nullptr : columnOfDeal(ids.first(), nullptr);
    if (hadFocus && landed)
        landed->view()->setFocus(Qt::OtherFocusReason);
    Q_EMIT boardChanged();
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
    const Deal *deal = shownDeal(id);
    return deal ? std::optional(deal->version) : std::nullopt;
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

Status BoardWidget::write(const QString &label, const std::function<Status()> &work)
{
    return m_undoHistory.run(label, work);
}

} // namespace dealboard

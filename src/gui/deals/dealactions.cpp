#include "gui/deals/dealactions.h"

#include "core/log/logging.h"
#include "core/storage/repository.h"
#include "gui/board/boardwidget.h"
#include "gui/deals/dealeditordialog.h"
#include "gui/undo/undohistory.h"

#include <QMessageBox>

namespace dealboard {

DealActions::DealActions(UndoHistory &undoHistory, BoardWidget *board, QObject *parent)
    : QObject(parent)
    , m_undoHistory(undoHistory)
    , m_repository(undoHistory.repository())
    , m_board(board)
{
    Q_ASSERT(board);
}

DealEditorDialog *DealActions::editDeal(DealId id)
{
    if (!m_board->hasFolder())
        return nullptr;
    const auto &deals = m_board->snapshot().deals;
    const auto found = std::ranges::find(deals, id, &Deal::id);
    if (found == deals.end())
        return nullptr;
    return openEditor(*found);
}

DealEditorDialog *DealActions::newDeal(std::optional<StageId> stageId)
{
    if (!m_board->hasFolder())
        return nullptr;

    Deal deal;
    deal.folderId = m_board->snapshot().folder.id;
    deal.stageId = stageId.value_or(m_board->currentStageId().value_or(0));
    return openEditor(std::move(deal));
}

QMessageBox *DealActions::deleteSelectedDeals()
{
    const QList<DealId> ids = m_board->selectedDealIds();
    if (ids.isEmpty())
        return nullptr;

    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete deals"),
                                tr("Delete %1 deals?").arg(ids.size()),
                                QMessageBox::Yes | QMessageBox::Cancel, m_board->window());
    if (ids.size() == 1) {
        const auto &deals = m_board->snapshot().deals;
        const auto found = std::ranges::find(deals, ids.first(), &Deal::id);
        if (found != deals.end())
            box->setText(tr("Delete the deal “%1”?").arg(QString::fromStdString(found->title)));
    }
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, ids](int result) {
        if (result == QMessageBox::Yes)
            deleteDeals(ids);
    });
    box->open();
    return box;
}

bool DealActions::deleteDeals(const QList<DealId> &ids)
{
    const Status status = m_undoHistory.run(deleteLabel(ids), [&]() -> Status {
        for (DealId id : ids) {
            if (Status deleted = m_repository.deleteDeal(id); !deleted)
                return deleted;
        }
        return {};
    });

    if (!status) {
        log(logger::gui)->warn("Deleting {} deals failed: {}", ids.size(), status.error());
        m_board->reload();
        Q_EMIT errorOccurred(
            tr("The deals were not deleted: %1").arg(QString::fromStdString(status.error())));
        return false;
    }

    for (DealId id : ids)
        m_board->removeDeal(id);
    Q_EMIT dealsDeleted(int(ids.size()));
    return true;
}

// "Delete deal Acme", "Delete 3 deals".
QString DealActions::deleteLabel(const QList<DealId> &ids) const
{
    if (ids.size() == 1 && m_board->hasFolder()) {
        const auto &deals = m_board->snapshot().deals;
        const auto found = std::ranges::find(deals, ids.first(), &Deal::id);
        if (found != deals.end())
            return tr("Delete deal %1").arg(QString::fromStdString(found->title));
    }
    return tr("Delete %1 deals").arg(ids.size());
}

DealEditorDialog *DealActions::openEditor(Deal deal)
{
    auto *dialog = new DealEditorDialog(m_undoHistory, m_board->snapshot(), std::move(deal),
                                        m_board->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DealEditorDialog::dealSaved, this, [this](const Deal &saved) {
        m_board->applyDeal(saved);
        Q_EMIT dealSaved(saved.id);
    });
    dialog->open();
    return dialog;
}

} // namespace dealboard

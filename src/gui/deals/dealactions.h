#pragma once

#include "core/domain/deal.h"

#include <QObject>

#include <optional>

class QMessageBox;

namespace dealboard {

class BoardWidget;
class DealEditorDialog;
class Repository;
class UndoHistory;

// What a user does to deals on a board beyond dragging them: open one in the editor,
// create one in a column, delete some after asking. Every change is one undoable step of
// undoHistory. Dialogs are opened window-modal and return at once (the returned pointer is
// for tests); the board is updated when storage has accepted the change.
class DealActions final : public QObject
{
    Q_OBJECT

public:
    DealActions(UndoHistory &undoHistory, BoardWidget *board, QObject *parent = nullptr);

    // Opens the editor on a deal of the board; null when the board lacks it.
    DealEditorDialog *editDeal(DealId id);
    // Opens the editor on a new deal for a stage: the given one, else the board's current
    // column. Null when the board shows no folder.
    DealEditorDialog *newDeal(std::optional<StageId> stageId = std::nullopt);
    // Asks whether to delete the board's selected deals; null when none is selected.
    QMessageBox *deleteSelectedDeals();
    // Deletes at once, without asking. False (and errorOccurred) when storage refused.
    bool deleteDeals(const QList<DealId> &ids);

Q_SIGNALS:
    void dealSaved(DealId id);
    void dealsDeleted(int count);
    void errorOccurred(const QString &message);

private:
    DealEditorDialog *openEditor(Deal deal);
    QString deleteLabel(const QList<DealId> &ids) const;

    UndoHistory &m_undoHistory;
    Repository &m_repository;
    BoardWidget *m_board = nullptr;
};

} // namespace dealboard

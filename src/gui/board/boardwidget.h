#pragma once

#include "core/board/board.h"
#include "core/domain/savedview.h"
#include "core/domain/timestamp.h"
#include "core/result.h"
#include "core/storage/repository.h"
#include "gui/board/lostreasondialog.h"

#include <QPointer>
#include <QWidget>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QHBoxLayout;
class QLabel;
class QScrollArea;

namespace dealboard {

class BoardColumnModel;
class BoardColumnWidget;
class DealFieldReader;
class Repository;
class UndoHistory;
struct CardDetails;
struct StageEntry;

// A folder seen through a saved view, as a Kanban board: one column per visible stage (or
// per value of the field the view groups by), side by side, each a list of cards.
//
// The board reads the folder once (Repository::snapshot) and builds its columns with
// buildBoard, the same function the command line uses, so both always agree. Searching
// rebuilds from that snapshot without touching storage.
//
// Cards are selected across columns (Ctrl-click, Shift-click, Ctrl+A) and moved together by
// drag or by keyboard (Ctrl+Shift+Left/Right); every move of one gesture is one undoable
// step written through UndoHistory. A move into a lost stage first asks for the lost reason
// (LostReasonDialog); cancelling writes nothing, so every card stays where it was. A
// written move updates the models row by row when it can; when the write fails the board
// reads storage again, so every card is back where it is stored, and reports.
class BoardWidget final : public QWidget
{
    Q_OBJECT

public:
    // Every write goes through undoHistory as one step. The owner reloads the board after an
    // undo or redo (UndoHistory::databaseRestored), because it may show another view then.
    explicit BoardWidget(UndoHistory &undoHistory, QWidget *parent = nullptr);
    ~BoardWidget() override;

    // Shows the view's folder through the view. False (and errorOccurred) when the folder
    // cannot be read; the board is then empty.
    bool showView(const SavedView &view);
    // Reads the folder again, keeping view, search and selection.
    bool reload();
    void clear();

    // Narrows the board to deals whose title, company, owner or contact contains text.
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

    bool hasFolder() const { return m_snapshot.has_value(); }
    const FolderSnapshot &snapshot() const;
    const SavedView &view() const { return m_view; }
    const std::vector<std::string> &warnings() const { return m_warnings; }

    int columnCount() const { return int(m_columns.size()); }
    BoardColumnWidget *column(int index) const;
    BoardColumnWidget *columnForStage(StageId stageId) const;
    // Cards on the board now, after filters and search.
    int visibleDealCount() const;

    // The stage of the column the user worked in last (focus or selection), else the
    // first stage column; "New deal" puts the deal there.
    std::optional<StageId> currentStageId() const;
    // The selected cards of every column, column by column from the left, each top down.
    QList<DealId> selectedDealIds() const;
    // Selects this card only, in the column it is in, and makes that column current.
    bool selectDeal(DealId id);
    // Selects these cards, whichever columns they are in, and nothing else.
    void selectDeals(const QList<DealId> &ids);
    // Gives the keyboard to the current column, so Enter, Delete and arrows work at once.
    void focusCurrentColumn();

    // Folds a deal written elsewhere (the editor) into the board without reading storage.
    void applyDeal(const Deal &deal);
    void removeDeal(DealId id);

    // Moves deals to a stage as one undoable step, asking for the lost reason first when
    // the stage is a lost one (the move then happens when the dialog is accepted). Cards
    // land before beforeDealId, or at the end of the column.
    void moveDealsToStage(const QList<DealId> &ids, StageId stageId,
                          std::optional<DealId> beforeDealId = std::nullopt);
    // Moves the selected cards to the column left (-1) or right (+1) of the current one.
    void moveSelectionToNeighbour(int direction);
    // The lost reason question waiting for an answer, if any.
    LostReasonDialog *pendingLostReasonDialog() const { return m_lostReasonDialog; }

    // The moment idle days and rotting are counted to; now by default, fixed by tests.
    void setReferenceTime(Timestamp now);

Q_SIGNALS:
    // Double-click or Enter on a card.
    void dealActivated(DealId id);
    void dealMoved(DealId id, StageId stageId);
    // The columns or the cards in them changed: counts, totals, a new view or search.
    void boardChanged();
    // Something the user must know went wrong; the board already shows what is stored.
    void errorOccurred(const QString &message);

private:
    void rebuild();
    void rebuildColumns(Board board);
    void refreshSummaries();
    void prepareCardDetails();
    CardDetails cardDetails(const Deal &deal) const;
    QString fieldLabel(const std::string &ref) const;
    BoardColumnWidget *addColumn();
    QColor stageColor(const std::optional<StageId> &stageId) const;
    void setCurrentColumn(BoardColumnWidget *column);
    void clearSelectionOutside(BoardColumnWidget *column);
    void focusNeighbour(BoardColumnWidget *from, int direction);
    int indexOfColumn(const BoardColumnWidget *column) const;
    BoardColumnWidget *columnOfDeal(DealId id, int *row) const;
    const Deal *shownDeal(DealId id) const;
    QString dealsText(const QList<DealId> &ids) const;

    // Moves, in boardwidgetmoves.cpp.
    void dropDeals(BoardColumnModel *target, const QList<DealId> &ids, int row);
    void askLostReason(const QList<DealId> &ids, const Stage &stage,
                       std::optional<DealId> beforeDealId);
    void writeStageMove(const QList<DealId> &ids, const Stage &stage,
                        std::optional<DealId> beforeDealId, const StageEntry &entry);
    void setGroupValue(const QList<DealId> &ids, const std::string &value);
    bool showsManualOrder() const;
    bool isNoOpMove(BoardColumnModel *target, const QList<DealId> &ids, int row) const;
    std::optional<DealId> dealAtOrAfter(const BoardColumnModel *target, int row,
                                        const QList<DealId> &skipping) const;
    void placeMovedDeal(const Deal &deal, BoardColumnModel *target,
                        std::optional<DealId> beforeDealId);
    void showMovedDeals(const std::vector<Deal> &moved, BoardColumnModel *target,
                        std::optional<DealId> beforeDealId);
    std::optional<std::int64_t> shownVersion(DealId id) const;
    void storeInSnapshot(const Deal &deal);
    void sortSnapshot();
    [[nodiscard]] Status write(const QString &label, const std::function<Status()> &work);
    void fail(const QString &message);

    UndoHistory &m_undoHistory;
    Repository &m_repository;
    SavedView m_view;
    std::optional<FolderSnapshot> m_snapshot;
    ChangeStamp m_snapshotStamp; // taken just before m_snapshot was read
    std::vector<std::string> m_warnings;
    QString m_search;

    QScrollArea *m_scrollArea = nullptr;
    QWidget *m_columnsHost = nullptr;
    QHBoxLayout *m_columnsLayout = nullptr;
    QLabel *m_placeholder = nullptr;
    std::vector<BoardColumnWidget *> m_columns;
    std::string m_currentColumnKey;

    std::unique_ptr<DealFieldReader> m_fieldReader; // over m_snapshot, for the cards
    std::vector<std::string> m_cardFields;          // those of the view that resolve
    std::optional<Timestamp> m_referenceTime;
    QPointer<LostReasonDialog> m_lostReasonDialog;
};

} // namespace dealboard

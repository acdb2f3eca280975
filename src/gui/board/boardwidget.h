#pragma once

#include "core/board/board.h"
#include "core/domain/savedview.h"

#include <QWidget>

#include <cstdint>
#include <optional>
#include <vector>

class QHBoxLayout;
class QLabel;
class QScrollArea;

namespace dealboard {

class BoardColumnModel;
class BoardColumnWidget;
class Repository;

// A folder seen through a saved view, as a Kanban board: one column per visible stage,
// side by side, each a list of cards.
//
// The board reads the folder once (Repository::snapshot) and builds its columns with
// buildBoard, the same function the command line uses, so both always agree. Searching
// rebuilds from that snapshot without touching storage. A dropped card is written at once
// with Repository::moveDeal and then moved in the models row by row; when the write fails
// the board reads storage again, so every card is back where it is stored, and reports.
class BoardWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit BoardWidget(Repository &repository, QWidget *parent = nullptr);

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
    // The selected cards of the current column.
    QList<DealId> selectedDealIds() const;
    bool selectDeal(DealId id);
    // Gives the keyboard to the current column, so Enter, Delete and arrows work at once.
    void focusCurrentColumn();

    // Folds a deal written elsewhere (the editor) into the board without reading storage.
    void applyDeal(const Deal &deal);
    void removeDeal(DealId id);

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
    BoardColumnWidget *addColumn();
    QColor stageColor(const std::optional<StageId> &stageId) const;
    void setCurrentColumn(BoardColumnWidget *column);
    BoardColumnWidget *columnOfDeal(DealId id, int *row) const;

    void moveDeals(BoardColumnModel *target, const QList<DealId> &ids, int row);
    void selectMovedDeals(BoardColumnModel *target, const QList<DealId> &ids);
    bool isNoOpMove(BoardColumnModel *target, const QList<DealId> &ids, int row) const;
    std::optional<DealId> dealAtOrAfter(const BoardColumnModel *target, int row,
                                        const QList<DealId> &skipping) const;
    void placeMovedDeal(const Deal &deal, BoardColumnModel *target,
                        std::optional<DealId> beforeDealId);
    std::optional<std::int64_t> shownVersion(DealId id) const;
    void storeInSnapshot(const Deal &deal);
    void sortSnapshot();
    void fail(const QString &message);

    Repository &m_repository;
    SavedView m_view;
    std::optional<FolderSnapshot> m_snapshot;
    std::vector<std::string> m_warnings;
    QString m_search;

    QScrollArea *m_scrollArea = nullptr;
    QWidget *m_columnsHost = nullptr;
    QHBoxLayout *m_columnsLayout = nullptr;
    QLabel *m_placeholder = nullptr;
    std::vector<BoardColumnWidget *> m_columns;
    std::string m_currentColumnKey;
};

} // namespace dealboard

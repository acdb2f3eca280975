#pragma once

#include "core/domain/ids.h"

#include <QListView>

#include <functional>

namespace dealboard {

class BoardColumnModel;

// The list of cards in one board column. Cards are dragged out as deal ids and dropped
// between two cards, where a line shows the place; the drop itself is handed to the model,
// which reports it to the board.
//
// A drag never removes rows from the source itself (as QAbstractItemView would after a move
// action): the board moves the card once storage has accepted the move. A drag carries every
// card selected on the board (see setDragSelection), not only this column's.
//
// Keys the board handles are reported as requests: Left/Right (focus the neighbouring
// column), Ctrl+Shift+Left/Right (move the selected cards there).
class BoardColumnView final : public QListView
{
    Q_OBJECT

public:
    explicit BoardColumnView(QWidget *parent = nullptr);

    BoardColumnModel *columnModel() const;
    // The ids of the selected cards, top to bottom.
    QList<DealId> selectedDealIds() const;
    // Selects the card of a deal and makes it current; false when the column lacks it.
    bool selectDeal(DealId id);
    // Selects the cards of these deals, and only them; the first becomes current.
    void selectDeals(const QList<DealId> &ids);

    // Where a drop at pos (viewport coordinates) would land: the row it goes before.
    int dropRowAt(const QPoint &pos) const;

    // The deals a drag started here carries; this column's selected cards when unset.
    void setDragSelection(std::function<QList<DealId>()> selection);

protected:
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

Q_SIGNALS:
    // The view took focus: the board uses it to know which column "New deal" goes to.
    void focused();
    // A press or click that selects only within this column (no Ctrl or Shift): the board
    // clears the other columns' selection. A press on a card already selected waits for the
    // release, so that a drag of cards selected in several columns keeps them all.
    void exclusiveSelectionStarted();
    // Ctrl+A selected every card of this column.
    void allSelected();
    // Left (-1) or Right (+1) without Ctrl+Shift: focus the neighbouring column.
    void neighbourColumnRequested(int direction);
    // Ctrl+Shift+Left (-1) or Right (+1): move the selected cards to that column.
    void moveToNeighbourRequested(int direction);

private:
    bool acceptsDrop(const QDropEvent *event) const;
    QPixmap dragPixmap(const QModelIndexList &indexes) const;
    void setDropRow(int row);

    int m_dropRow = -1;
    bool m_pressedSelected = false;
    std::function<QList<DealId>()> m_dragSelection;
};

} // namespace dealboard

#pragma once

#include "core/domain/ids.h"

#include <QListView>

namespace dealboard {

class BoardColumnModel;

// The list of cards in one board column. Cards are dragged out as deal ids and dropped
// between two cards, where a line shows the place; the drop itself is handed to the model,
// which reports it to the board.
//
// A drag never removes rows from the source itself (as QAbstractItemView would after a move
// action): the board moves the card once storage has accepted the move.
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

protected:
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

Q_SIGNALS:
    // The view took focus: the board uses it to know which column "New deal" goes to.
    void focused();

private:
    bool acceptsDrop(const QDropEvent *event) const;
    QPixmap dragPixmap(const QModelIndexList &indexes) const;
    void setDropRow(int row);

    int m_dropRow = -1;
};

} // namespace dealboard

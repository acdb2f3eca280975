#pragma once

#include <QListWidget>

#include <optional>

namespace dealboard {

// A list whose rows the user reorders by dragging one onto its new place. Unlike a plain
// QListWidget in InternalMove mode it moves nothing itself: it reports the move, and its
// owner writes it to storage and shows the stored order again. So the list never shows an
// order that storage refused. Drags from other lists (even of the same dialog) are refused.
class ReorderableList final : public QListWidget
{
    Q_OBJECT

public:
    explicit ReorderableList(QWidget *parent = nullptr);

    // The row a drop at pos (in viewport coordinates) puts a dragged row at, counted before
    // the dragged row is taken out: 0 is above the first row, count() below the last.
    int dropRow(QPoint pos) const;
    // True while an entry is being edited in place.
    bool isEditing() const { return state() == EditingState; }

Q_SIGNALS:
    // The user dropped row from so that it lands at index to of the list without it.
    void rowDropped(int from, int to);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // The dragged row when the drag comes from this very list.
    std::optional<int> draggedRow(const QMimeData *mime) const;
};

} // namespace dealboard

#pragma once

// A board on the offscreen screen and the gestures widget tests make on it: clicks, keys and
// the drag events QDrag::exec would deliver if it could drop offscreen.
#include "gui/board/boardcolumnmodel.h"
#include "gui/board/boardcolumnview.h"
#include "gui/board/boardcolumnwidget.h"
#include "gui/board/boardwidget.h"
#include "gui/board/dealmimedata.h"
#include "gui/undo/undohistory.h"
#include "guitestdata.h"

#include <catch2/catch_test_macros.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDropEvent>
#include <QMimeData>
#include <QTest>

#include <memory>
#include <vector>

namespace dealboard::test {

// A board on screen (the offscreen one), laid out so that cards have places to drop on.
struct ShownBoard
{
    explicit ShownBoard(Repository &repository, const SavedView &view)
        : undo(repository)
        , board(undo)
    {
        board.resize(1400, 700);
        REQUIRE(board.showView(view));
        board.show();
        REQUIRE(QTest::qWaitForWindowExposed(&board));
        QApplication::processEvents();
        for (int i = 0; i < board.columnCount(); ++i) {
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                board.column(i)->model(), QAbstractItemModelTester::FailureReportingMode::Fatal));
            board.column(i)->view()->doItemsLayout();
        }
    }

    BoardColumnWidget *column(const Stage &stage) const
    {
        BoardColumnWidget *column = board.columnForStage(stage.id);
        REQUIRE(column);
        return column;
    }

    // Watches the columns of a new view or grouping too (widgets are made anew then).
    void watchModels()
    {
        QApplication::processEvents();
        testers.clear();
        for (int i = 0; i < board.columnCount(); ++i) {
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                board.column(i)->model(), QAbstractItemModelTester::FailureReportingMode::Fatal));
            board.column(i)->view()->doItemsLayout();
        }
    }

    UndoHistory undo;
    BoardWidget board;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
};

inline QStringList titles(const BoardColumnWidget *column)
{
    QStringList titles;
    const BoardColumnModel *model = column->model();
    for (int row = 0; row < model->rowCount(); ++row)
        titles.append(model->index(row).data(BoardColumnModel::TitleRole).toString());
    return titles;
}

inline DealId dealIdOf(const BoardColumnWidget *column, const QString &title)
{
    const BoardColumnModel *model = column->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row).data(BoardColumnModel::TitleRole).toString() == title)
            return model->dealAt(row).id;
    }
    FAIL("No card titled " << title.toStdString());
    return 0;
}

// The upper part of a card: a drop there lands before it.
inline QPoint abovePointOf(const BoardColumnView *view, int row)
{
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    return QPoint(rect.center().x(), rect.top() + rect.height() / 4);
}

// Below the last card, in the column's empty space: a drop there lands at the end.
inline QPoint endPointOf(const BoardColumnView *view)
{
    return QPoint(view->viewport()->width() / 2, view->viewport()->height() - 5);
}

// What QDrag::exec would deliver to the target, which it cannot do on the offscreen
// platform: enter, move and drop on the viewport of the target column's view.
inline bool dropCards(BoardColumnView *target, const QList<DealId> &ids, const QPoint &pos)
{
    const std::unique_ptr<QMimeData> mime(createDealMimeData(ids));
    QWidget *viewport = target->viewport();

    QDragEnterEvent enter(pos, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    if (!enter.isAccepted())
        return false;

    QDragMoveEvent move(pos, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    if (!move.isAccepted())
        return false;

    QDropEvent drop(QPointF(pos), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    return drop.isAccepted();
}

inline std::vector<Deal> storedColumn(Repository &repository, FolderId folderId, StageId stageId)
{
    std::vector<Deal> deals;
    for (const Deal &deal : required(repository.snapshot(folderId)).deals) {
        if (deal.stageId == stageId)
            deals.push_back(deal);
    }
    return deals;
}

} // namespace dealboard::test

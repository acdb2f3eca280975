#include "gui/deals/dealactions.h"

#include "../board/guitestdata.h"
#include "gui/board/boardcolumnmodel.h"
#include "gui/board/boardcolumnwidget.h"
#include "gui/board/boardwidget.h"
#include "gui/deals/dealeditordialog.h"
#include "gui/undo/undohistory.h"

#include <catch2/catch_test_macros.hpp>

#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QUndoStack>

using namespace dealboard;
using namespace dealboard::test;
using namespace Qt::StringLiterals;

namespace {

QStringList titles(const BoardWidget &board, const Stage &stage)
{
    QStringList titles;
    const BoardColumnModel *model = board.columnForStage(stage.id)->model();
    for (int row = 0; row < model->count(); ++row)
        titles.append(QString::fromStdString(model->dealAt(row).title));
    return titles;
}

DealId idOf(const BoardWidget &board, const std::string &title)
{
    return dealTitled(board.snapshot(), title).id;
}

} // namespace

TEST_CASE("Editing a deal updates its card", "[gui][deals]")
{
    GuiTestData data = makeGuiTestData();
    UndoHistory undo(*data.repository);
    BoardWidget board(undo);
    REQUIRE(board.showView(data.allDeals));
    DealActions actions(undo, &board);
    QSignalSpy saved(&actions, &DealActions::dealSaved);

    QPointer<DealEditorDialog> dialog = actions.editDeal(idOf(board, "Data migration"));
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    dialog->findChild<QLineEdit *>(u"titleEdit"_s)->setText(u"Data migration, phase 2"_s);
    dialog->save();

    CHECK(saved.count() == 1);
    CHECK(titles(board, data.presentation) ==
          QStringList{u"Fleet tracking"_s, u"Data migration, phase 2"_s});
    CHECK(actions.editDeal(424242) == nullptr);
}

TEST_CASE("A new deal lands in the current column", "[gui][deals]")
{
    GuiTestData data = makeGuiTestData();
    UndoHistory undo(*data.repository);
    BoardWidget board(undo);
    REQUIRE(board.showView(data.allDeals));
    DealActions actions(undo, &board);
    REQUIRE(board.selectDeal(idOf(board, "Annual renewal")));

    QPointer<DealEditorDialog> dialog = actions.newDeal();
    REQUIRE(dialog);
    dialog->findChild<QLineEdit *>(u"titleEdit"_s)->setText(u"Extra seats"_s);
    dialog->save();

    CHECK(titles(board, data.negotiation) == QStringList{u"Annual renewal"_s, u"Extra seats"_s});
    CHECK(required(data.repository->dealCount(data.folder.id)) == 9);
    CHECK(board.selectedDealIds() == QList<DealId>{dialog->savedDeal()->id});
}

TEST_CASE("Delete asks first", "[gui][deals]")
{
    GuiTestData data = makeGuiTestData();
    UndoHistory undo(*data.repository);
    BoardWidget board(undo);
    REQUIRE(board.showView(data.allDeals));
    DealActions actions(undo, &board);
    const DealId pilot = idOf(board, "Pilot licences");

    CHECK(actions.deleteSelectedDeals() == nullptr); // nothing selected, nothing asked
    REQUIRE(board.selectDeal(pilot));

    SECTION("and cancelling keeps the deal")
    {
        QMessageBox *box = actions.deleteSelectedDeals();
        REQUIRE(box);
        CHECK(box->text().contains(u"Pilot licences"_s));
        box->button(QMessageBox::Cancel)->click();

        CHECK(required(data.repository->dealCount(data.folder.id)) == 8);
        CHECK(titles(board, data.newStage).contains(u"Pilot licences"_s));
    }
    SECTION("and confirming deletes it from storage and the board")
    {
        QSignalSpy deleted(&actions, &DealActions::dealsDeleted);
        QMessageBox *box = actions.deleteSelectedDeals();
        REQUIRE(box);
        box->button(QMessageBox::Yes)->click();

        CHECK(deleted.count() == 1);
        CHECK_FALSE(data.repository->deal(pilot).has_value());
        CHECK(titles(board, data.newStage) ==
              QStringList{u"Website relaunch"_s, u"Support contract"_s});
        CHECK(board.columnForStage(data.newStage.id)->countText() == u"2"_s);
    }
}

TEST_CASE("A delete storage refuses is reported and changes nothing", "[gui][deals]")
{
    GuiTestData data = makeGuiTestData();
    UndoHistory undo(*data.repository);
    BoardWidget board(undo);
    REQUIRE(board.showView(data.allDeals));
    DealActions actions(undo, &board);
    QSignalSpy errors(&actions, &DealActions::errorOccurred);
    const DealId pilot = idOf(board, "Pilot licences");
    const DealId website = idOf(board, "Website relaunch");
    requireOk(data.repository->deleteDeal(pilot)); // gone underneath

    // All or nothing: the deal that still exists is kept.
    CHECK_FALSE(actions.deleteDeals({website, pilot}));

    REQUIRE(errors.count() == 1);
    CHECK(errors.at(0).at(0).toString().startsWith(u"The deals were not deleted: "_s));
    CHECK(data.repository->deal(website).has_value());
    // The board was read again: what storage holds, nothing more.
    CHECK(titles(board, data.newStage) ==
          QStringList{u"Website relaunch"_s, u"Support contract"_s});
}

TEST_CASE("A delete is one undoable step that brings the deals back", "[gui][deals]")
{
    GuiTestData data = makeGuiTestData();
    UndoHistory undo(*data.repository);
    BoardWidget board(undo);
    REQUIRE(board.showView(data.allDeals));
    DealActions actions(undo, &board);
    const DealId pilot = idOf(board, "Pilot licences");
    const DealId website = idOf(board, "Website relaunch");
    const std::vector<StageChange> history = required(data.repository->stageHistory(pilot));

    REQUIRE(actions.deleteDeals({pilot}));
    REQUIRE(actions.deleteDeals({website, idOf(board, "Support contract")}));
    const auto steps = required(data.repository->undoSteps());
    REQUIRE(steps.size() == 2);
    CHECK(steps[0].label == "Delete deal Pilot licences");
    CHECK(steps[1].label == "Delete 2 deals");

    undo.stack()->undo();
    undo.stack()->undo();
    REQUIRE(board.reload()); // the window does this on UndoHistory::databaseRestored
    CHECK(required(data.repository->dealCount(data.folder.id)) == 8);
    CHECK(required(data.repository->stageHistory(pilot)).size() == history.size());
    CHECK(titles(board, data.newStage) ==
          QStringList{u"Website relaunch"_s, u"Support contract"_s, u"Pilot licences"_s});
}

// Moving cards on the board: multi-select, keyboard, stage rules, grouping and undo.
#include "gui/board/boardwidget.h"

#include "boardtesthelpers.h"
#include "gui/board/lostreasondialog.h"

#include <catch2/catch_test_macros.hpp>

#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace dealboard;
using namespace dealboard::test;
using namespace Qt::StringLiterals;

namespace {

QPoint centreOf(const BoardColumnView *view, int row)
{
    return view->visualRect(view->model()->index(row, 0)).center();
}

void click(BoardColumnView *view, int row, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, centreOf(view, row));
}

QStringList undoLabels(const Repository &repository)
{
    QStringList labels;
    for (const UndoStep &step : required(repository.undoSteps()))
        labels.append(QString::fromStdString(step.label));
    return labels;
}

} // namespace

TEST_CASE("Ctrl-click selects cards in several columns and one drop moves them in order",
          "[gui][board][moves]")
{
    GuiTestData data = makeGuiTestData();
    ShownBoard shown(*data.repository, data.allDeals);
    BoardColumnWidget *newColumn = shown.column(data.newStage);
    BoardColumnWidget *presentation = shown.column(data.presentation);
    BoardColumnWidget *negotiation = shown.column(data.negotiation);
    const FolderSnapshot before = required(data.repository->snapshot(data.folder.id));

    click(newColumn->view(), 2);                         // Pilot licences
    click(newColumn->view(), 0, Qt::ControlModifier);    // Website relaunch
    click(presentation->view(), 1, Qt::ControlModifier); // Data migration
    const QList<DealId> selected = shown.board.selectedDealIds();
    // Column by column from the left, each top down: the order they land in.
    REQUIRE(selected == QList<DealId>{dealIdOf(newColumn, u"Website relaunch"_s),
                                      dealIdOf(newColumn, u"Pilot licences"_s),
                                      dealIdOf(presentation, u"Data migration"_s)});

    REQUIRE(dropCards(negotiation->view(), selected, abovePointOf(negotiation->view(), 0)));

    CHECK(titles(negotiation) == QStringList{u"Website relaunch"_s, u"Pilot licences"_s,
                                             u"Data migration"_s, u"Annual renewal"_s});
    const std::vector<Deal> stored =
        storedColumn(*data.repository, data.folder.id, data.negotiation.id);
    REQUIRE(stored.size() == 4);
    CHECK(stored[0].id == selected[0]);
    CHECK(stored[1].id == selected[1]);
    CHECK(stored[2].id == selected[2]);
    CHECK(shown.board.selectedDealIds() == selected);

    // One gesture, one step, undone as a whole.
    CHECK(undoLabels(*data.repository) == QStringList{u"Move 3 deals to Negotiation"_s});
    shown.undo.stack()->undo();
    const FolderSnapshot after = required(data.repository->snapshot(data.folder.id));
    for (const Deal &deal : before.deals) {
        const Deal &now = dealTitled(after, deal.title);
        CHECK(now.stageId == deal.stageId);
        CHECK(now.position == deal.position);
    }
}

TEST_CASE("A plain click selects one card only, Shift-click a range, Ctrl+A a column",
          "[gui][board][moves]")
{
    GuiTestData data = makeGuiTestData();
    ShownBoard shown(*data.repository, data.allDeals);
    BoardColumnWidget *newColumn = shown.column(data.newStage);
    BoardColumnWidget *presentation = shown.column(data.presentation);

    click(presentation->view(), 0);
    click(newColumn->view(), 0, Qt::ControlModifier);
    CHECK(shown.board.selectedDealIds().size() == 2);

    click(newColumn->view(), 1);
    CHECK(shown.board.selectedDealIds() ==
          QList<DealId>{dealIdOf(newColumn, u"Support contract"_s)});

    click(newColumn->view(), 0);
    click(newColumn->view(), 2, Qt::ShiftModifier);
    CHECK(shown.board.selectedDealIds().size() == 3);

    click(presentation->view(), 0);
    presentation->view()->setFocus();
    QTest::keyClick(presentation->view(), Qt::Key_A, Qt::ControlModifier);
    CHECK(shown.board.selectedDealIds() ==
          QList<DealId>{dealIdOf(presentation, u"Fleet tracking"_s),
                        dealIdOf(presentation, u"Data migration"_s)});
}

TEST_CASE("Arrows move the focus between cards and Ctrl+Shift+arrows move the cards",
          "[gui][board][moves]")
{
    GuiTestData data = makeGuiTestData();
    ShownBoard shown(*data.repository, data.openPipeline);
    shown.board.window()->activateWindow();
    BoardColumnWidget *newColumn = shown.column(data.newStage);
    BoardColumnWidget *presentation = shown.column(data.presentation);
    BoardColumnWidget *negotiation = shown.column(data.negotiation);
    QSignalSpy activated(&shown.board, &BoardWidget::dealActivated);

    REQUIRE(shown.board.selectDeal(dealIdOf(newColumn, u"Pilot licences"_s)));
    newColumn->view()->setFocus();

    // Right: the card at the same height of the next column, or its last one.
    QTest::keyClick(newColumn->view(), Qt::Key_Right);
    CHECK(shown.board.selectedDealIds() ==
          QList<DealId>{dealIdOf(presentation, u"Data migration"_s)});
    QTest::keyClick(presentation->view(), Qt::Key_Up);
    CHECK(shown.board.selectedDealIds() ==
          QList<DealId>{dealIdOf(presentation, u"Fleet tracking"_s)});
    QTest::keyClick(presentation->view(), Qt::Key_Right);
    CHECK(shown.board.selectedDealIds() ==
          QList<DealId>{dealIdOf(negotiation, u"Annual renewal"_s)});
    // Negotiation is the last visible column: Right goes nowhere.
    QTest::keyClick(negotiation->view(), Qt::Key_Right);
    CHECK(shown.board.currentStageId() == data.negotiation.id);
    QTest::keyClick(negotiation->view(), Qt::Key_Return);
    REQUIRE(activated.count() == 1);
    CHECK(activated.at(0).at(0).value<DealId>() == dealIdOf(negotiation, u"Annual renewal"_s));

    // Two cards of New, moved right twice with the keyboard.
    QTest::keyClick(negotiation->view(), Qt::Key_Left);
    QTest::keyClick(presentation->view(), Qt::Key_Left);
    click(newColumn->view(), 0);
    click(newColumn->view(), 1, Qt::ShiftModifier);
    const QList<DealId> moved = shown.board.selectedDealIds();
    REQUIRE(moved.size() == 2);
    QTest::keyClick(newColumn->view(), Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(titles(presentation) == QStringList{u"Fleet tracking"_s, u"Data migration"_s,
                                              u"Website relaunch"_s, u"Support contract"_s});
    CHECK(shown.board.selectedDealIds() == moved);
    CHECK(shown.board.currentStageId() == data.presentation.id);

    QTest::keyClick(presentation->view(), Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(required(data.repository->deal(moved[0])).stageId == data.negotiation.id);
    CHECK(required(data.repository->deal(moved[1])).stageId == data.negotiation.id);
    // The last visible column: Won is hidden, so nothing moves further.
    QTest::keyClick(negotiation->view(), Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(required(data.repository->deal(moved[0])).stageId == data.negotiation.id);

    CHECK(undoLabels(*data.repository) ==
          QStringList{u"Move 2 deals to Presentation"_s, u"Move 2 deals to Negotiation"_s});
}

TEST_CASE("Moving cards to a lost stage asks for one reason; Cancel moves nothing",
          "[gui][board][moves]")
{
    GuiTestData data = makeGuiTestData();
    required(data.repository->addLostReason(data.folder.id, "Price"));
    required(data.repository->addLostReason(data.folder.id, "Went with a competitor"));
    ShownBoard shown(*data.repository, data.allDeals);
    BoardColumnWidget *newColumn = shown.column(data.newStage);
    BoardColumnWidget *lost = shown.column(data.lost);
    const QList<DealId> ids{dealIdOf(newColumn, u"Website relaunch"_s),
                            dealIdOf(newColumn, u"Support contract"_s)};
    const FolderSnapshot before = required(data.repository->snapshot(data.folder.id));

    REQUIRE(dropCards(lost->view(), ids, endPointOf(lost->view())));
    QPointer<LostReasonDialog> dialog = shown.board.pendingLostReasonDialog();
    REQUIRE(dialog);
    CHECK(dialog->offersList());
    // Nothing moved while the question is open.
    CHECK(titles(newColumn).size() == 3);

    SECTION("Cancel")
    {
        dialog->reject();
        QApplication::processEvents();
        CHECK(titles(newColumn) ==
              QStringList{u"Website relaunch"_s, u"Support contract"_s, u"Pilot licences"_s});
        CHECK(titles(lost) == QStringList{u"Hardware refresh"_s});
        const FolderSnapshot after = required(data.repository->snapshot(data.folder.id));
        for (const Deal &deal : before.deals)
            CHECK(dealTitled(after, deal.title).version == deal.version);
        CHECK(undoLabels(*data.repository).isEmpty());
    }
    SECTION("a reason")
    {
        dialog->setReason(u"Went with a competitor"_s);
        dialog->accept();
        QApplication::processEvents();
        CHECK(titles(lost) ==
              QStringList{u"Hardware refresh"_s, u"Website relaunch"_s, u"Support contract"_s});
        for (DealId id : ids) {
            const Deal stored = required(data.repository->deal(id));
            CHECK(stored.stageId == data.lost.id);
            CHECK(stored.lostReason == "Went with a competitor");
        }
        CHECK(undoLabels(*data.repository) == QStringList{u"Move 2 deals to Lost"_s});
    }
}

TEST_CASE("A folder without lost reasons takes the reason as free text", "[gui][board][moves]")
{
    GuiTestData data = makeGuiTestData();
    ShownBoard shown(*data.repository, data.openPipeline);
    BoardColumnWidget *newColumn = shown.column(data.newStage);
    const DealId pilot = dealIdOf(newColumn, u"Pilot licences"_s);

    // The keyboard move asks the same question; Lost is hidden in this view.
    shown.board.moveDealsToStage({pilot}, data.lost.id);
    QPointer<LostReasonDialog> dialog = shown.board.pendingLostReasonDialog();
    REQUIRE(dialog);
    CHECK_FALSE(dialog->offersList());
    dialog->setReason(u"  Budget cut  "_s);
    dialog->accept();
    QApplication::processEvents();

    const Deal stored = required(data.repository->deal(pilot));
    CHECK(stored.stageId == data.lost.id);
    CHECK(stored.lostReason == "Budget cut");
    CHECK_FALSE(titles(newColumn).contains(u"Pilot licences"_s)); // gone from this view
    CHECK(shown.board.visibleDealCount() == 5);
}

TEST_CASE("A card dropped on a won stage gets today as its close date", "[gui][board][moves]")
{
    GuiTestData data = makeGuiTestData();
    ShownBoard shown(*data.repository, data.allDeals);
    BoardColumnWidget *won = shown.column(data.won);
    const DealId renewal = dealIdOf(shown.column(data.negotiation), u"Annual renewal"_s);

    REQUIRE(dropCards(won->view(), {renewal}, endPointOf(won->view())));

    CHECK(shown.board.pendingLostReasonDialog() == nullptr);
    const Deal stored = required(data.repository->deal(renewal));
    CHECK(stored.stageId == data.won.id);
    CHECK(stored.expectedClose == Date::today());
    CHECK(undoLabels(*data.repository) == QStringList{u"Move deal Annual renewal to Won"_s});
}

TEST_CASE("On a board grouped by a field, a drop sets the field", "[gui][board][moves]")
{
    GuiTestData data = makeGuiTestData();

    SECTION("owner; the No value column clears it; no order within a column")
    {
        SavedView byOwner = data.allDeals;
        byOwner.groupBy = "owner";
        ShownBoard shown(*data.repository, byOwner);
        REQUIRE(shown.board.columnCount() == 4); // Anna Berg, Ben Ortiz, Cleo Park, No value
        BoardColumnWidget *cleo = shown.board.column(2);
        REQUIRE(cleo->model()->name() == u"Cleo Park"_s);
        const DealId training = dealIdOf(shown.board.column(0), u"Training days"_s);
        const std::int64_t stage = required(data.repository->deal(training)).stageId;

        REQUIRE(dropCards(cleo->view(), {training}, endPointOf(cleo->view())));
        CHECK(required(data.repository->deal(training)).owner == "Cleo Park");
        CHECK(required(data.repository->deal(training)).stageId == stage);
        CHECK(titles(shown.board.column(2)).contains(u"Training days"_s));
        CHECK(shown.board.column(2)->countText() == u"3"_s);

        shown.watchModels();
        BoardColumnWidget *none = shown.board.column(shown.board.columnCount() - 1);
        REQUIRE(dropCards(none->view(), {training}, endPointOf(none->view())));
        CHECK(required(data.repository->deal(training)).owner.empty());
        CHECK(undoLabels(*data.repository) ==
              QStringList{u"Set Owner of deal Training days to Cleo Park"_s,
                          u"Clear Owner of deal Training days"_s});

        // Within a column nothing is reordered.
        shown.watchModels();
        BoardColumnWidget *anna = shown.board.column(0);
        const QStringList order = titles(anna);
        const DealId last = anna->model()->dealAt(anna->model()->count() - 1).id;
        REQUIRE(dropCards(anna->view(), {last}, abovePointOf(anna->view(), 0)));
        CHECK(titles(shown.board.column(0)) == order);
        CHECK(undoLabels(*data.repository).size() == 2);
    }
    SECTION("a choice field")
    {
        Deal fleet = data.dealTitled("Fleet tracking");
        fleet.fields[data.product.id] = "GTX Basic";
        required(data.repository->updateDeal(fleet));
        SavedView byProduct = data.allDeals;
        byProduct.groupBy = customFieldRef(data.product.id);
        ShownBoard shown(*data.repository, byProduct);
        REQUIRE(shown.board.columnCount() == 4); // three options and No value
        BoardColumnWidget *pro = shown.board.column(1);
        REQUIRE(pro->model()->name() == u"GTX Pro"_s);

        const DealId id = dealIdOf(shown.board.column(0), u"Fleet tracking"_s);
        REQUIRE(dropCards(pro->view(), {id}, endPointOf(pro->view())));
        CHECK(required(data.repository->deal(id)).fields.at(data.product.id) == "GTX Pro");
        CHECK(titles(shown.board.column(1)) == QStringList{u"Fleet tracking"_s});
        CHECK(shown.board.column(1)->totalsText() == u"9,900.00 USD"_s);
    }
    SECTION("a date field has no drop targets")
    {
        SavedView byDate = data.allDeals;
        byDate.groupBy = customFieldRef(data.engaged.id);
        ShownBoard shown(*data.repository, byDate);
        BoardColumnWidget *column = shown.board.column(0);
        CHECK_FALSE(column->model()->acceptsDrops());
    }
}

TEST_CASE("A column sorted by a field keeps its order when a card is dropped in it",
          "[gui][board][moves]")
{
    GuiTestData data = makeGuiTestData();
    SavedView byValue = data.allDeals;
    byValue.sort.field = "value";
    byValue.sort.descending = true;
    ShownBoard shown(*data.repository, byValue);
    BoardColumnWidget *newColumn = shown.column(data.newStage);
    const QStringList order = titles(newColumn);
    const DealId last = newColumn->model()->dealAt(2).id;

    REQUIRE(dropCards(newColumn->view(), {last}, abovePointOf(newColumn->view(), 0)));
    CHECK(titles(newColumn) == order);
    CHECK(undoLabels(*data.repository).isEmpty());

    // Across columns it moves, and lands where the sort puts it.
    BoardColumnWidget *presentation = shown.column(data.presentation);
    const DealId website = dealIdOf(newColumn, u"Website relaunch"_s);
    REQUIRE(dropCards(presentation->view(), {website}, abovePointOf(presentation->view(), 0)));
    CHECK(titles(presentation) ==
          QStringList{u"Website relaunch"_s, u"Fleet tracking"_s, u"Data migration"_s});
}

TEST_CASE("Column headers show totals weighted by win probability", "[gui][board]")
{
    GuiTestData data = makeGuiTestData();
    // Presentation: 9,900 USD at the stage's 30 % and 2,000 EUR set by hand to 50 %.
    Deal migration = data.dealTitled("Data migration");
    migration.probability = 50;
    required(data.repository->updateDeal(migration));
    ShownBoard shown(*data.repository, data.allDeals);

    CHECK(shown.column(data.presentation)->weightedTotalsText() ==
          u"Weighted 1,000.00 EUR + 2,970.00 USD"_s);
    CHECK(shown.column(data.won)->weightedTotalsText() == u"Weighted 3,600.00 USD"_s);

    // A move changes them at once: 48,000 USD from 60 % to 30 %.
    BoardColumnWidget *presentation = shown.column(data.presentation);
    const DealId renewal = dealIdOf(shown.column(data.negotiation), u"Annual renewal"_s);
    REQUIRE(dropCards(presentation->view(), {renewal}, endPointOf(presentation->view())));
    CHECK(presentation->weightedTotalsText() == u"Weighted 1,000.00 EUR + 17,370.00 USD"_s);
    CHECK(shown.column(data.negotiation)->weightedTotalsText().isEmpty());

    // The hand-set probability survived a move.
    const DealId migrationId = dealIdOf(presentation, u"Data migration"_s);
    BoardColumnWidget *negotiation = shown.column(data.negotiation);
    REQUIRE(dropCards(negotiation->view(), {migrationId}, endPointOf(negotiation->view())));
    CHECK(required(data.repository->deal(migrationId)).probability == 50);
    CHECK(negotiation->weightedTotalsText() == u"Weighted 1,000.00 EUR"_s);
}

TEST_CASE("Cards show the view's card fields and a rotting flag", "[gui][board]")
{
    GuiTestData data = makeGuiTestData();
    Stage negotiation = data.negotiation;
    negotiation.rottingDays = 14;
    requireOk(data.repository->updateStage(negotiation));
    Deal renewal = data.dealTitled("Annual renewal");
    renewal.fields[data.product.id] = "GTX Pro";
    required(data.repository->updateDeal(renewal));

    SavedView view = data.allDeals;
    view.cardFields = {"owner", customFieldRef(data.product.id), "value"};
    ShownBoard shown(*data.repository, view);
    BoardColumnWidget *column = shown.column(data.negotiation);
    const QModelIndex card = column->model()->index(0);

    CHECK(card.data(BoardColumnModel::CardFieldsRole).toStringList() ==
          QStringList{u"Owner: Cleo Park"_s, u"Product: GTX Pro"_s, u"Value: 48,000.00 USD"_s});
    CHECK_FALSE(card.data(BoardColumnModel::RottingRole).toBool());

    // Twenty days later the renewal, idle since, rots; New has no limit.
    shown.board.setReferenceTime(currentTimestamp() + std::chrono::days(20));
    CHECK(card.data(BoardColumnModel::RottingRole).toBool());
    CHECK(card.data(BoardColumnModel::IdleDaysRole).toInt() == 20);
    CHECK(card.data(Qt::ToolTipRole).toString().contains(u"Rotting: no change for 20 days"_s));
    CHECK_FALSE(shown.column(data.newStage)
                    ->model()
                    ->index(0)
                    .data(BoardColumnModel::RottingRole)
                    .toBool());
}

TEST_CASE("After an undo the board shows what storage holds again", "[gui][board][moves]")
{
    GuiTestData data = makeGuiTestData();
    ShownBoard shown(*data.repository, data.allDeals);
    BoardColumnWidget *won = shown.column(data.won);
    const DealId pilot = dealIdOf(shown.column(data.newStage), u"Pilot licences"_s);
    REQUIRE(dropCards(won->view(), {pilot}, endPointOf(won->view())));

    shown.undo.stack()->undo();
    REQUIRE(shown.board.reload());
    CHECK(titles(shown.column(data.newStage)).contains(u"Pilot licences"_s));
    CHECK(required(data.repository->deal(pilot)).stageId == data.newStage.id);

    shown.undo.stack()->redo();
    REQUIRE(shown.board.reload());
    CHECK(titles(shown.column(data.won)).contains(u"Pilot licences"_s));
}

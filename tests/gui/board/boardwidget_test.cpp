#include "gui/board/boardwidget.h"

#include "boardtesthelpers.h"
#include "core/io/importer.h"
#include "gui/board/boardcolumnmodel.h"
#include "gui/board/boardcolumnview.h"
#include "gui/board/boardcolumnwidget.h"
#include "gui/board/dealmimedata.h"
#include "gui/board/lostreasondialog.h"
#include "gui/deals/dealeditordialog.h"
#include "guitestdata.h"

#include <catch2/catch_test_macros.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDropEvent>
#include <QLabel>
#include <QMimeData>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace dealboard;
using namespace dealboard::test;
using namespace Qt::StringLiterals;

TEST_CASE("The board shows one column per visible stage with counts and totals", "[gui][board]")
{
    GuiTestData data = makeGuiTestData();

    SECTION("all deals")
    {
        ShownBoard shown(*data.repository, data.allDeals);
        REQUIRE(shown.board.columnCount() == 5);
        CHECK(shown.board.column(0)->model()->name() == u"New"_s);
        CHECK(shown.board.column(4)->model()->name() == u"Lost"_s);
        CHECK(shown.board.visibleDealCount() == 8);

        const BoardColumnWidget *newColumn = shown.column(data.newStage);
        CHECK(newColumn->countText() == u"3"_s);
        // Never one sum of two currencies.
        CHECK(newColumn->totalsText() == u"500.00 EUR + 12,500.00 USD"_s);
        CHECK(shown.column(data.negotiation)->totalsText() == u"48,000.00 USD"_s);
    }
    SECTION("a view that hides won and lost")
    {
        ShownBoard shown(*data.repository, data.openPipeline);
        REQUIRE(shown.board.columnCount() == 3);
        CHECK(shown.board.columnForStage(data.won.id) == nullptr);
        CHECK(shown.board.columnForStage(data.lost.id) == nullptr);
        CHECK(shown.board.visibleDealCount() == 6);
    }
}

TEST_CASE("A column header says when a total is too large to show", "[gui][board]")
{
    GuiTestData data = makeGuiTestData();
    // 11 x 9,000,000,000,000,000.00 EUR overflow 64 bits; "Annual renewal" adds 48,000 USD.
    for (int i = 0; i < 11; ++i)
        data.addDeal(data.negotiation, "Giant " + std::to_string(i), "Big", "Zed",
                     Money{900'000'000'000'000'000, "EUR"});
    ShownBoard shown(*data.repository, data.allDeals);

    const BoardColumnWidget *negotiation = shown.column(data.negotiation);
    CHECK(negotiation->totalsText() == u"EUR total too large to show + 48,000.00 USD"_s);
    const auto *totals = negotiation->findChild<QLabel *>(u"columnTotals"_s);
    REQUIRE(totals);
    CHECK(totals->toolTip().contains(u"The total in EUR is too large to show"_s));
    REQUIRE(shown.board.warnings().size() == 1);
    CHECK(shown.board.warnings().front().find("\"Negotiation\" in EUR") != std::string::npos);

    // Other columns are not touched.
    CHECK(shown.column(data.newStage)->totalsText() == u"500.00 EUR + 12,500.00 USD"_s);
}

TEST_CASE("Dragging a card to another column saves its stage, place and history", "[gui][board]")
{
    GuiTestFile file;
    REQUIRE(file.directory.isValid());
    GuiTestData data = makeGuiTestData(required(Repository::open(file.path())));
    ShownBoard shown(*data.repository, data.allDeals);

    BoardColumnWidget *source = shown.column(data.newStage);
    BoardColumnWidget *target = shown.column(data.presentation);
    const DealId moved = dealIdOf(source, u"Support contract"_s);
    const Deal before = required(data.repository->deal(moved));
    QSignalSpy movedSpy(&shown.board, &BoardWidget::dealMoved);
    QSignalSpy inserted(target->model(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(source->model(), &QAbstractItemModel::rowsRemoved);

    // Between "Fleet tracking" and "Data migration".
    REQUIRE(dropCards(target->view(), {moved}, abovePointOf(target->view(), 1)));

    // The board moved exactly one row out of one column and into the other.
    CHECK(removed.count() == 1);
    CHECK(inserted.count() == 1);
    CHECK(movedSpy.count() == 1);
    CHECK(titles(source) == QStringList{u"Website relaunch"_s, u"Pilot licences"_s});
    CHECK(titles(target) ==
          QStringList{u"Fleet tracking"_s, u"Support contract"_s, u"Data migration"_s});
    CHECK(target->countText() == u"3"_s);
    CHECK(target->totalsText() == u"2,500.00 EUR + 9,900.00 USD"_s);
    CHECK(source->totalsText() == u"12,500.00 USD"_s);
    CHECK(shown.board.selectedDealIds() == QList<DealId>{moved});
    CHECK(shown.board.currentStageId() == data.presentation.id);

    // A second connection to the file sees the move: stage, place, history.
    auto reopened = required(Repository::open(file.path()));
    const Deal after = required(reopened->deal(moved));
    CHECK(after.stageId == data.presentation.id);
    const std::vector<Deal> column = storedColumn(*reopened, data.folder.id, data.presentation.id);
    REQUIRE(column.size() == 3);
    CHECK(column[1].id == moved);

    const std::vector<StageChange> history = required(reopened->stageHistory(moved));
    REQUIRE(history.size() == 2);
    CHECK(history.back().fromStageId == data.newStage.id);
    CHECK(history.back().toStageId == data.presentation.id);

    // Only the stage and the position changed.
    CHECK(after.title == before.title);
    CHECK(after.company == before.company);
    CHECK(after.owner == before.owner);
    CHECK(after.value == before.value);
    CHECK(after.fields == before.fields);
    CHECK(after.version != before.version);
}

TEST_CASE("Dragging a card within its column reorders it without a stage change", "[gui][board]")
{
    GuiTestData data = makeGuiTestData();
    ShownBoard shown(*data.repository, data.allDeals);
    BoardColumnWidget *column = shown.column(data.newStage);
    const DealId moved = dealIdOf(column, u"Pilot licences"_s);
    QSignalSpy rowsMoved(column->model(), &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(column->model(), &QAbstractItemModel::modelReset);

    REQUIRE(dropCards(column->view(), {moved}, abovePointOf(column->view(), 0)));

    CHECK(rowsMoved.count() == 1);
    CHECK(reset.count() == 0);
    CHECK(titles(column) ==
          QStringList{u"Pilot licences"_s, u"Website relaunch"_s, u"Support contract"_s});

    const std::vector<Deal> stored =
        storedColumn(*data.repository, data.folder.id, data.newStage.id);
    REQUIRE(stored.size() == 3);
    CHECK(stored.front().id == moved);
    CHECK(required(data.repository->stageHistory(moved)).size() == 1);

    // The order survives a fresh read.
    REQUIRE(shown.board.reload());
    CHECK(titles(shown.column(data.newStage)).front() == u"Pilot licences"_s);
}

TEST_CASE("Several cards dropped at the end of a column keep their order", "[gui][board]")
{
    GuiTestData data = makeGuiTestData();
    ShownBoard shown(*data.repository, data.allDeals);
    BoardColumnWidget *source = shown.column(data.newStage);
    BoardColumnWidget *target = shown.column(data.negotiation);
    const QList<DealId> ids{dealIdOf(source, u"Website relaunch"_s),
                            dealIdOf(source, u"Pilot licences"_s)};

    REQUIRE(dropCards(target->view(), ids, endPointOf(target->view())));

    CHECK(titles(source) == QStringList{u"Support contract"_s});
    CHECK(titles(target) ==
          QStringList{u"Annual renewal"_s, u"Website relaunch"_s, u"Pilot licences"_s});
    const std::vector<Deal> stored =
        storedColumn(*data.repository, data.folder.id, data.negotiation.id);
    REQUIRE(stored.size() == 3);
    CHECK(stored[1].id == ids[0]);
    CHECK(stored[2].id == ids[1]);
}

TEST_CASE("A move storage refuses puts the board back and tells the user", "[gui][board]")
{
    GuiTestData data = makeGuiTestData();
    ShownBoard shown(*data.repository, data.allDeals);
    BoardColumnWidget *source = shown.column(data.newStage);
    BoardColumnWidget *target = shown.column(data.won);
    const DealId gone = dealIdOf(source, u"Support contract"_s);
    const DealId kept = dealIdOf(source, u"Website relaunch"_s);
    QSignalSpy errors(&shown.board, &BoardWidget::errorOccurred);
    QSignalSpy moved(&shown.board, &BoardWidget::dealMoved);

    // Someone else deletes the deal while it is still on this board.
    requireOk(data.repository->deleteDeal(gone));
    // Dragged together with a deal that exists: all or nothing.
    REQUIRE(dropCards(target->view(), {kept, gone}, endPointOf(target->view())));

    REQUIRE(errors.count() == 1);
    CHECK_FALSE(errors.at(0).at(0).toString().isEmpty());
    CHECK(moved.count() == 0);

    // The board shows what is stored: the kept card back in its place, the deleted one gone.
    CHECK(titles(shown.column(data.newStage)) ==
          QStringList{u"Website relaunch"_s, u"Pilot licences"_s});
    CHECK(titles(shown.column(data.won)) == QStringList{u"Training days"_s});
    CHECK(required(data.repository->deal(kept)).stageId == data.newStage.id);
    CHECK(required(data.repository->stageHistory(kept)).size() == 1);
}

TEST_CASE("A drag of a card another window moved is refused and shows where it is", "[gui][board]")
{
    // Window A shows the board; window B is a second connection to the same file.
    GuiTestFile file;
    REQUIRE(file.directory.isValid());
    GuiTestData data = makeGuiTestData(required(Repository::open(file.path())));
    auto windowB = required(Repository::open(file.path()));
    ShownBoard shown(*data.repository, data.allDeals);
    const DealId deal = dealIdOf(shown.column(data.newStage), u"Support contract"_s);
    QSignalSpy errors(&shown.board, &BoardWidget::errorOccurred);
    QSignalSpy moved(&shown.board, &BoardWidget::dealMoved);

    required(windowB->moveDeal(deal, data.won.id));
    // A still shows the card in New and drags it to Lost.
    REQUIRE(titles(shown.column(data.newStage)).contains(u"Support contract"_s));
    BoardColumnWidget *lost = shown.column(data.lost);
    REQUIRE(dropCards(lost->view(), {deal}, endPointOf(lost->view())));
    // The lost reason is asked first; the write after the answer is refused.
    REQUIRE(shown.board.pendingLostReasonDialog());
    shown.board.pendingLostReasonDialog()->accept();

    REQUIRE(errors.count() == 1);
    const QString message = errors.at(0).at(0).toString();
    CHECK(message.contains(u"\"Support contract\" was changed elsewhere"_s));
    CHECK_FALSE(message.contains(u"UPDATE"_s));
    CHECK(moved.count() == 0);

    // Storage kept B's move, and A now shows the card where it really is.
    CHECK(required(windowB->deal(deal)).stageId == data.won.id);
    CHECK(required(windowB->stageHistory(deal)).size() == 2);
    CHECK(titles(shown.column(data.won)) == QStringList{u"Training days"_s, u"Support contract"_s});
    CHECK(titles(shown.column(data.lost)) == QStringList{u"Hardware refresh"_s});
    CHECK_FALSE(titles(shown.column(data.newStage)).contains(u"Support contract"_s));

    // After the reload the board has the current version: the same drag now works.
    REQUIRE(dropCards(shown.column(data.lost)->view(), {deal},
                      endPointOf(shown.column(data.lost)->view())));
    REQUIRE(shown.board.pendingLostReasonDialog());
    shown.board.pendingLostReasonDialog()->accept();
    CHECK(errors.count() == 1);
    CHECK(required(windowB->deal(deal)).stageId == data.lost.id);
}

TEST_CASE("A card can be dragged again right after its own move", "[gui][board]")
{
    GuiTestData data = makeGuiTestData();
    ShownBoard shown(*data.repository, data.allDeals);
    const DealId deal = dealIdOf(shown.column(data.newStage), u"Pilot licences"_s);
    const std::int64_t firstVersion = required(data.repository->deal(deal)).version;
    QSignalSpy errors(&shown.board, &BoardWidget::errorOccurred);

    BoardColumnWidget *presentation = shown.column(data.presentation);
    REQUIRE(dropCards(presentation->view(), {deal}, endPointOf(presentation->view())));
    // The board's own copy follows the version its move wrote.
    const auto inSnapshot = std::ranges::find(shown.board.snapshot().deals, deal, &Deal::id);
    REQUIRE(inSnapshot != shown.board.snapshot().deals.end());
    CHECK(inSnapshot->version == firstVersion + 1);
    CHECK(presentation->model()->dealAt(presentation->model()->rowOf(deal)).version ==
          firstVersion + 1);

    BoardColumnWidget *negotiation = shown.column(data.negotiation);
    REQUIRE(dropCards(negotiation->view(), {deal}, abovePointOf(negotiation->view(), 0)));
    // And once more within the column.
    REQUIRE(dropCards(negotiation->view(), {deal}, endPointOf(negotiation->view())));

    CHECK(errors.count() == 0);
    CHECK(titles(negotiation) == QStringList{u"Annual renewal"_s, u"Pilot licences"_s});
    const Deal stored = required(data.repository->deal(deal));
    CHECK(stored.stageId == data.negotiation.id);
    CHECK(stored.version == firstVersion + 3);
    CHECK(required(data.repository->stageHistory(deal)).size() == 3);
}

TEST_CASE("One card changed elsewhere refuses the whole drop", "[gui][board]")
{
    GuiTestFile file;
    REQUIRE(file.directory.isValid());
    GuiTestData data = makeGuiTestData(required(Repository::open(file.path())));
    auto windowB = required(Repository::open(file.path()));
    ShownBoard shown(*data.repository, data.allDeals);
    BoardColumnWidget *source = shown.column(data.newStage);
    const DealId fresh = dealIdOf(source, u"Website relaunch"_s);
    const DealId stale = dealIdOf(source, u"Pilot licences"_s);
    QSignalSpy errors(&shown.board, &BoardWidget::errorOccurred);

    // B only renames the deal: its stage is the same, its version is not.
    Deal renamed = required(windowB->deal(stale));
    renamed.title = "Pilot licences (50 seats)";
    required(windowB->updateDeal(renamed));
    BoardColumnWidget *won = shown.column(data.won);
    REQUIRE(dropCards(won->view(), {fresh, stale}, endPointOf(won->view())));

    REQUIRE(errors.count() == 1);
    CHECK(errors.at(0).at(0).toString().contains(u"changed elsewhere"_s));
    CHECK(titles(shown.column(data.won)) == QStringList{u"Training days"_s});
    CHECK(titles(shown.column(data.newStage)) == QStringList{u"Website relaunch"_s,
                                                             u"Support contract"_s,
                                                             u"Pilot licences (50 seats)"_s});
    CHECK(required(windowB->deal(fresh)).stageId == data.newStage.id);
    CHECK(required(windowB->stageHistory(fresh)).size() == 1);
}

TEST_CASE("Drops of anything but cards are refused", "[gui][board]")
{
    GuiTestData data = makeGuiTestData();
    ShownBoard shown(*data.repository, data.allDeals);
    QWidget *viewport = shown.column(data.won)->view()->viewport();

    QMimeData text;
    text.setText(u"Website relaunch"_s);
    QDragEnterEvent enter(QPoint(10, 10), Qt::MoveAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    CHECK_FALSE(enter.isAccepted());
}

TEST_CASE("The search narrows the board as the user types", "[gui][board]")
{
    GuiTestData data = makeGuiTestData();
    ShownBoard shown(*data.repository, data.allDeals);
    QSignalSpy changed(&shown.board, &BoardWidget::boardChanged);

    shown.board.setSearchText(u"acme"_s); // company, either case
    CHECK(shown.board.visibleDealCount() == 2);
    CHECK(titles(shown.column(data.newStage)) == QStringList{u"Website relaunch"_s});
    CHECK(titles(shown.column(data.presentation)) == QStringList{u"Data migration"_s});
    CHECK(shown.column(data.newStage)->totalsText() == u"12,500.00 USD"_s);
    CHECK(changed.count() >= 1);

    shown.board.setSearchText(u"Ben Ortiz"_s); // owner
    CHECK(shown.board.visibleDealCount() == 3);

    shown.board.setSearchText(u"dana"_s); // contact
    CHECK(shown.board.visibleDealCount() == 1);

    shown.board.setSearchText(u"renewal"_s); // title
    CHECK(shown.board.visibleDealCount() == 1);

    shown.board.setSearchText(u"no such deal"_s);
    CHECK(shown.board.visibleDealCount() == 0);
    CHECK(shown.board.columnCount() == 5); // columns stay, empty

    shown.board.setSearchText(QString());
    CHECK(shown.board.visibleDealCount() == 8);
}

TEST_CASE("New deals go to the column the user worked in last", "[gui][board]")
{
    GuiTestData data = makeGuiTestData();
    ShownBoard shown(*data.repository, data.allDeals);
    CHECK(shown.board.currentStageId() == data.newStage.id);

    BoardColumnView *negotiation = shown.column(data.negotiation)->view();
    negotiation->setFocus();
    QApplication::processEvents();
    CHECK(shown.board.currentStageId() == data.negotiation.id);

    const DealId renewal = dealIdOf(shown.column(data.negotiation), u"Annual renewal"_s);
    CHECK(shown.board.selectDeal(renewal));
    CHECK(shown.board.selectedDealIds() == QList<DealId>{renewal});
}

TEST_CASE("Enter on a card asks to open it", "[gui][board]")
{
    GuiTestData data = makeGuiTestData();
    ShownBoard shown(*data.repository, data.allDeals);
    QSignalSpy activated(&shown.board, &BoardWidget::dealActivated);
    BoardColumnWidget *column = shown.column(data.presentation);
    const DealId fleet = dealIdOf(column, u"Fleet tracking"_s);

    REQUIRE(shown.board.selectDeal(fleet));
    column->view()->setFocus();
    QTest::keyClick(column->view(), Qt::Key_Return);

    REQUIRE(activated.count() == 1);
    CHECK(activated.at(0).at(0).value<DealId>() == fleet);
}

TEST_CASE("The Maven CRM folder of 8,800 deals opens as a board that agrees with the core",
          "[gui][board][maven]")
{
    const std::filesystem::path csv =
        std::filesystem::path(DEALBOARD_MAVEN_DIR) / "sales_pipeline.csv";
    REQUIRE(std::filesystem::exists(csv));
    auto repository = required(Repository::openInMemory());
    ImportOptions options;
    options.folderName = "Maven";
    required(importCsv(*repository, csv, options));
    const Folder folder = *required(repository->folderByName("Maven"));

    SavedView view;
    view.folderId = folder.id;
    view.name = "All deals";
    ShownBoard shown(*repository, view);

    REQUIRE(shown.board.columnCount() == 4);
    QStringList names;
    QStringList counts;
    for (int i = 0; i < shown.board.columnCount(); ++i) {
        names.append(shown.board.column(i)->model()->name());
        counts.append(shown.board.column(i)->countText());
    }
    CHECK(names == QStringList{u"Prospecting"_s, u"Engaging"_s, u"Won"_s, u"Lost"_s});
    CHECK(counts == QStringList{u"500"_s, u"1,589"_s, u"4,238"_s, u"2,473"_s});
    CHECK(shown.board.column(2)->totalsText() == u"10,005,534.00 USD"_s);
    CHECK(shown.board.visibleDealCount() == 8800);

    // Every card has the same size, so the last of 4,238 is placed without measuring them all.
    BoardColumnView *won = shown.board.column(2)->view();
    CHECK(won->uniformItemSizes());
    won->scrollToBottom();
    const QRect last = won->visualRect(won->model()->index(won->model()->rowCount() - 1, 0));
    CHECK(won->viewport()->rect().intersects(last));

    // A card dragged on the big board lands in storage like on a small one.
    BoardColumnWidget *prospecting = shown.board.column(0);
    BoardColumnWidget *engaging = shown.board.column(1);
    const DealId moved = prospecting->model()->dealAt(0).id;
    REQUIRE(dropCards(engaging->view(), {moved}, abovePointOf(engaging->view(), 0)));
    CHECK(engaging->countText() == u"1,590"_s);
    CHECK(engaging->model()->dealAt(0).id == moved);
    CHECK(required(repository->deal(moved)).stageId == *engaging->model()->stageId());
}

// Not run by default: `dealboard_gui_tests "[.screenshots]"` with DEALBOARD_SCREENSHOTS set
// to a directory saves the board at its default size and at 800x600, for the user guide.
TEST_CASE("Board screenshots", "[.screenshots]")
{
    const QString directory = qEnvironmentVariable("DEALBOARD_SCREENSHOTS");
    REQUIRE_FALSE(directory.isEmpty());
    GuiTestData data = makeGuiTestData();
    required(data.repository->addLostReason(data.folder.id, "Price"));
    Stage negotiation = data.negotiation;
    negotiation.rottingDays = 14;
    requireOk(data.repository->updateStage(negotiation));
    SavedView view = data.allDeals;
    view.cardFields = {"company", "owner", "value"};
    ShownBoard shown(*data.repository, view);
    shown.board.setReferenceTime(currentTimestamp() + std::chrono::days(20));
    BoardColumnWidget *newColumn = shown.column(data.newStage);
    newColumn->view()->setFocus();
    newColumn->view()->selectDeals(
        {dealIdOf(newColumn, u"Website relaunch"_s), dealIdOf(newColumn, u"Pilot licences"_s)});

    for (const QSize size : {QSize(1280, 800), QSize(800, 600)}) {
        shown.board.resize(size);
        QApplication::processEvents();
        const QString name =
            u"%1/board-%2x%3.png"_s.arg(directory).arg(size.width()).arg(size.height());
        CHECK(shown.board.grab().save(name));
    }

    shown.board.moveDealsToStage({dealIdOf(newColumn, u"Website relaunch"_s)}, data.lost.id);
    QPointer<LostReasonDialog> dialog = shown.board.pendingLostReasonDialog();
    REQUIRE(dialog);
    QApplication::processEvents();
    CHECK(dialog->grab().save(directory + u"/lost-reason.png"_s));
    dialog->reject();

    // The editor of a lost deal, with its reason and a probability set by hand.
    Deal hardware = data.dealTitled("Hardware refresh");
    hardware.probability = 5;
    hardware.lostReason = "Price";
    hardware = required(data.repository->updateDeal(hardware));
    DealEditorDialog editor(shown.undo, required(data.repository->snapshot(data.folder.id)),
                            hardware);
    editor.show();
    for (const QSize size : {editor.size(), QSize(800, 600)}) {
        editor.resize(size);
        QApplication::processEvents();
        CHECK(editor.grab().save(
            u"%1/editor-%2x%3.png"_s.arg(directory).arg(size.width()).arg(size.height())));
    }
    editor.reject();

    SavedView byOwner = data.allDeals;
    byOwner.groupBy = "owner";
    REQUIRE(shown.board.showView(byOwner));
    shown.board.resize(800, 600);
    QApplication::processEvents();
    CHECK(shown.board.grab().save(directory + u"/board-by-owner-800x600.png"_s));
}

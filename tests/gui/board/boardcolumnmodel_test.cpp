#include "gui/board/boardcolumnmodel.h"

#include "gui/board/dealmimedata.h"
#include "guitestdata.h"

#include <catch2/catch_test_macros.hpp>

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>

#include <memory>

using namespace dealboard;
using namespace dealboard::test;
using namespace Qt::StringLiterals;

namespace {

// The "New" column of the test folder as buildBoard makes it.
BoardColumn newColumn(const GuiTestData &data)
{
    const FolderSnapshot snapshot = required(data.repository->snapshot(data.folder.id));
    Board board = buildBoard(snapshot, data.allDeals);
    REQUIRE(board.columns.size() == 5);
    return board.columns.front();
}

QStringList titles(const BoardColumnModel &model)
{
    QStringList titles;
    for (int row = 0; row < model.rowCount(); ++row)
        titles.append(model.index(row).data(BoardColumnModel::TitleRole).toString());
    return titles;
}

struct TestedModel
{
    BoardColumnModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

} // namespace

TEST_CASE("A column model shows the deals of its column in order", "[gui][board]")
{
    const GuiTestData data = makeGuiTestData();
    TestedModel tested;
    BoardColumnModel &model = tested.model;

    model.setColumn(newColumn(data), QColor(0x33, 0x66, 0xcc));

    CHECK(model.rowCount() == 3);
    CHECK(model.name() == QStringLiteral("New"));
    CHECK(model.stageId() == data.newStage.id);
    CHECK(titles(model) ==
          QStringList{u"Website relaunch"_s, u"Support contract"_s, u"Pilot licences"_s});

    const QModelIndex first = model.index(0);
    CHECK(first.data(BoardColumnModel::CompanyRole).toString() == u"Acme Corp"_s);
    CHECK(first.data(BoardColumnModel::OwnerRole).toString() == u"Anna Berg"_s);
    CHECK(first.data(BoardColumnModel::ValueRole).toString() == u"12,500.00 USD"_s);
    CHECK(first.data(BoardColumnModel::StageColorRole).value<QColor>() == QColor(0x33, 0x66, 0xcc));
    CHECK(model.index(2).data(BoardColumnModel::ValueRole).toString().isEmpty());
    CHECK(first.data(Qt::ToolTipRole).toString().contains(u"Contact: Carl Dahl"_s));
}

TEST_CASE("A column model keeps totals per currency", "[gui][board]")
{
    const GuiTestData data = makeGuiTestData();
    TestedModel tested;
    BoardColumnModel &model = tested.model;
    model.setColumn(newColumn(data));

    CHECK(model.totalsText() == u"500.00 EUR + 12,500.00 USD"_s);

    QSignalSpy summary(&model, &BoardColumnModel::summaryChanged);
    Deal yen = model.dealAt(2);
    yen.value = Money{1000, "JPY"};
    model.replaceDeal(2, yen);

    CHECK(summary.count() >= 1);
    CHECK(model.totalsText() == u"500.00 EUR + 1,000 JPY + 12,500.00 USD"_s);

    model.takeDeal(0);
    CHECK(model.totalsText() == u"500.00 EUR + 1,000 JPY"_s);
}

TEST_CASE("A column model names a currency whose total is too large to show", "[gui][board]")
{
    const GuiTestData data = makeGuiTestData();
    TestedModel tested;
    BoardColumnModel &model = tested.model;
    model.setColumn(newColumn(data)); // 500.00 EUR + 12,500.00 USD
    CHECK(model.totalsWarning().isEmpty());

    // Eleven deals of 9,000,000,000,000,000.00 EUR do not fit in 64 bits together.
    Deal giant = model.dealAt(1);
    giant.value = Money{900'000'000'000'000'000, "EUR"};
    for (int i = 0; i < 11; ++i) {
        giant.id = 1000 + i;
        model.insertDeal(model.count(), giant);
    }

    CHECK(model.totalsText() == u"EUR total too large to show + 12,500.00 USD"_s);
    CHECK(model.totalsWarning().contains(u"EUR is too large to show"_s));

    // Moving the giants out again brings the EUR total back.
    while (model.count() > 3)
        model.takeDeal(model.count() - 1);
    CHECK(model.totalsText() == u"500.00 EUR + 12,500.00 USD"_s);
    CHECK(model.totalsWarning().isEmpty());
}

TEST_CASE("Days in stage count whole days since the deal entered its stage", "[gui][board]")
{
    const GuiTestData data = makeGuiTestData();
    TestedModel tested;
    BoardColumnModel &model = tested.model;
    model.setColumn(newColumn(data));

    const Timestamp entered = model.dealAt(0).stageEnteredAt;
    model.setReferenceTime(entered + std::chrono::hours(24 * 12 + 5));
    CHECK(model.index(0).data(BoardColumnModel::DaysInStageRole).toInt() == 12);

    model.setReferenceTime(entered + std::chrono::hours(3));
    CHECK(model.index(0).data(BoardColumnModel::DaysInStageRole).toInt() == 0);
}

TEST_CASE("Row operations send exact notifications", "[gui][board]")
{
    const GuiTestData data = makeGuiTestData();
    TestedModel tested;
    BoardColumnModel &model = tested.model;
    model.setColumn(newColumn(data));

    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    SECTION("moving down")
    {
        model.moveDeal(0, 3);
        REQUIRE(moved.count() == 1);
        CHECK(moved.at(0).at(1).toInt() == 0);
        CHECK(moved.at(0).at(4).toInt() == 3);
        CHECK(titles(model) ==
              QStringList{u"Support contract"_s, u"Pilot licences"_s, u"Website relaunch"_s});
    }
    SECTION("moving up")
    {
        model.moveDeal(2, 0);
        REQUIRE(moved.count() == 1);
        CHECK(titles(model) ==
              QStringList{u"Pilot licences"_s, u"Website relaunch"_s, u"Support contract"_s});
    }
    SECTION("moving onto its own place changes nothing")
    {
        model.moveDeal(1, 1);
        model.moveDeal(1, 2);
        CHECK(moved.count() == 0);
    }
    SECTION("taking and inserting")
    {
        const Deal deal = model.takeDeal(1);
        REQUIRE(removed.count() == 1);
        CHECK(removed.at(0).at(1).toInt() == 1);
        CHECK(model.rowOf(deal.id) == -1);

        model.insertDeal(0, deal);
        REQUIRE(inserted.count() == 1);
        CHECK(inserted.at(0).at(1).toInt() == 0);
        CHECK(model.rowOf(deal.id) == 0);
    }
    CHECK(reset.count() == 0);
}

TEST_CASE("Cards are dragged as deal ids in our own MIME type", "[gui][board]")
{
    const GuiTestData data = makeGuiTestData();
    TestedModel tested;
    BoardColumnModel &model = tested.model;
    model.setColumn(newColumn(data));

    CHECK(model.mimeTypes() == QStringList{u"application/x-dealboard-deal-ids"_s});
    CHECK(model.supportedDragActions() == Qt::MoveAction);
    CHECK(model.flags(model.index(0)).testFlag(Qt::ItemIsDragEnabled));
    CHECK(model.flags(QModelIndex()).testFlag(Qt::ItemIsDropEnabled));

    // Selected out of order, dragged in column order.
    std::unique_ptr<QMimeData> mime(model.mimeData({model.index(2), model.index(0)}));
    REQUIRE(mime);
    CHECK(dealIdsFromMimeData(mime.get()) == QList<DealId>{model.dealAt(0).id, model.dealAt(2).id});

    QSignalSpy dropped(&model, &BoardColumnModel::dealsDropped);
    CHECK(model.dropMimeData(mime.get(), Qt::MoveAction, 1, 0, {}));
    REQUIRE(dropped.count() == 1);
    CHECK(dropped.at(0).at(1).toInt() == 1);

    // Nothing was moved by the model itself: the board decides.
    CHECK(model.rowCount() == 3);
}

TEST_CASE("A column model refuses foreign drops, and drops the board cannot place", "[gui][board]")
{
    const GuiTestData data = makeGuiTestData();
    TestedModel tested;
    BoardColumnModel &model = tested.model;
    model.setColumn(newColumn(data));

    QMimeData text;
    text.setText(u"12"_s);
    CHECK_FALSE(model.canDropMimeData(&text, Qt::MoveAction, 0, 0, {}));
    CHECK_FALSE(model.dropMimeData(&text, Qt::MoveAction, 0, 0, {}));

    std::unique_ptr<QMimeData> ours(createDealMimeData({model.dealAt(0).id}));
    CHECK(model.canDropMimeData(ours.get(), Qt::MoveAction, 0, 0, {}));
    CHECK_FALSE(model.canDropMimeData(ours.get(), Qt::CopyAction, 0, 0, {}));

    // A column without a stage takes drops only when the board can set its field.
    BoardColumn byOwner = newColumn(data);
    byOwner.key = "Anna Berg";
    byOwner.stageId.reset();
    model.setColumn(byOwner);
    CHECK_FALSE(model.canDropMimeData(ours.get(), Qt::MoveAction, 0, 0, {}));
    CHECK_FALSE(model.flags(QModelIndex()).testFlag(Qt::ItemIsDropEnabled));
    model.setAcceptsDrops(true);
    CHECK(model.canDropMimeData(ours.get(), Qt::MoveAction, 0, 0, {}));
    CHECK(model.flags(QModelIndex()).testFlag(Qt::ItemIsDropEnabled));

    // A new column starts from its own kind again.
    model.setColumn(byOwner);
    CHECK_FALSE(model.acceptsDrops());
}

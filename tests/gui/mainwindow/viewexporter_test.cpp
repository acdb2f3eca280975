#include "gui/mainwindow/viewexporter.h"

#include "../board/guitestdata.h"
#include "gui/board/boardwidget.h"
#include "gui/undo/undohistory.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWidget>

#include <nlohmann/json.hpp>

using namespace dealboard;
using namespace dealboard::test;
using namespace Qt::StringLiterals;
using Catch::Matchers::ContainsSubstring;

namespace {

QStringList linesOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("Exporting writes the whole open view, not what the search narrowed", "[gui][export]")
{
    GuiTestData data = makeGuiTestData();
    QWidget parent;
    UndoHistory undo(*data.repository);
    BoardWidget board(undo, &parent);
    REQUIRE(board.showView(data.openPipeline));
    board.setSearchText(u"Acme"_s);
    REQUIRE(board.visibleDealCount() == 2);
    ViewExporter exporter(board, &parent);
    QSignalSpy exported(&exporter, &ViewExporter::exported);
    QTemporaryDir directory;

    const QString csvPath = directory.filePath(u"open.csv"_s);
    REQUIRE(exporter.exportViewTo(csvPath));

    const QStringList lines = linesOf(csvPath);
    REQUIRE(lines.size() == 1 + 6); // header and the six open deals; Won and Lost hidden
    CHECK(lines.join(u'\n').contains(u"Annual renewal"_s));
    CHECK_FALSE(lines.join(u'\n').contains(u"Training days"_s));
    REQUIRE(exported.size() == 1);
    CHECK(exported.at(0).at(1).toInt() == 6);
    CHECK_FALSE(QFile::exists(csvPath + u".part"_s));
}

TEST_CASE("A .json file gets JSON with exact amounts", "[gui][export]")
{
    GuiTestData data = makeGuiTestData();
    QWidget parent;
    UndoHistory undo(*data.repository);
    BoardWidget board(undo, &parent);
    REQUIRE(board.showView(data.allDeals));
    ViewExporter exporter(board, &parent);
    QTemporaryDir directory;

    const QString jsonPath = directory.filePath(u"all.JSON"_s);
    REQUIRE(exporter.exportViewTo(jsonPath));

    QFile file(jsonPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const auto json = nlohmann::json::parse(file.readAll().toStdString());
    const auto deals = json.is_array() ? json : json.at("deals");
    REQUIRE(deals.size() == 8);
    const auto renewal = std::find_if(deals.begin(), deals.end(), [](const auto &deal) {
        return deal.at("title") == "Annual renewal";
    });
    REQUIRE(renewal != deals.end());
    CHECK(renewal->at("value") == nlohmann::json{{"minor", 4'800'000}, {"currency", "USD"}});
}

TEST_CASE("An export that cannot be written says why and leaves nothing behind", "[gui][export]")
{
    GuiTestData data = makeGuiTestData();
    QWidget parent;
    UndoHistory undo(*data.repository);
    BoardWidget board(undo, &parent);
    REQUIRE(board.showView(data.allDeals));
    ViewExporter exporter(board, &parent);
    QSignalSpy exported(&exporter, &ViewExporter::exported);
    QTemporaryDir directory;
    const QString path = directory.filePath(u"no-such-folder/deals.csv"_s);

    const Status written = exporter.exportViewTo(path);

    REQUIRE_FALSE(written);
    CHECK_THAT(written.error(), ContainsSubstring("Cannot write"));
    CHECK(exported.isEmpty());
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("Exporting before a view is open is refused with a message", "[gui][export]")
{
    GuiTestData data = makeGuiTestData();
    QWidget parent;
    UndoHistory undo(*data.repository);
    BoardWidget board(undo, &parent);
    ViewExporter exporter(board, &parent);
    QSignalSpy errors(&exporter, &ViewExporter::errorOccurred);

    exporter.exportView();

    REQUIRE(errors.size() == 1);
    CHECK(errors.at(0).at(0).toString().contains(u"Open a view"_s));
}

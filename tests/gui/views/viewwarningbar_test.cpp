#include "gui/views/viewwarningbar.h"

#include "../scopedsettings.h"
#include "gui/board/boardwidget.h"
#include "gui/mainwindow/foldersidebar.h"
#include "gui/mainwindow/mainwindow.h"
#include "maventestdata.h"
#include "support/domainbuilders.h"

#include <catch2/catch_test_macros.hpp>

#include <QCoreApplication>
#include <QToolButton>

using namespace dealboard;
using namespace dealboard::test;
using namespace Qt::StringLiterals;

namespace {

SavedView viewNamed(ViewId id, const std::string &name)
{
    SavedView view;
    view.id = id;
    view.name = name;
    return view;
}

} // namespace

TEST_CASE("The warning bar shows a view's problems until it is dismissed", "[gui][views]")
{
    QWidget host;
    auto *bar = new ViewWarningBar(&host);
    const std::vector<std::string> problems{"A filter on a deleted field was left out."};

    bar->showWarnings(viewNamed(1, "Inbound"), {});
    CHECK(bar->isHidden());
    bar->showWarnings(viewNamed(1, "Inbound"), problems);
    CHECK_FALSE(bar->isHidden());
    CHECK(
        bar->text() ==
        u"Parts of the view “Inbound” were left out:\n• A filter on a deleted field was left out."_s);

    bar->closeButton()->click();
    CHECK(bar->isHidden());
    bar->showWarnings(viewNamed(1, "Inbound"), problems); // the same again: stays away
    CHECK(bar->isHidden());
    bar->showWarnings(viewNamed(2, "Outbound"), problems); // another view: back
    CHECK_FALSE(bar->isHidden());
    bar->showWarnings(viewNamed(2, "Outbound"), {}); // fixed: gone
    CHECK(bar->isHidden());
}

TEST_CASE("A Maven view naming a deleted field says above the board what was left out",
          "[gui][views][maven]")
{
    const ScopedSettings settings;
    MavenTestData maven = makeMavenTestData();
    FolderSnapshot snapshot = maven.snapshot();
    const FieldDefinition source = fieldNamed(snapshot, "Source");
    SavedView inbound = newView(maven.folder.id, "Inbound");
    inbound.filters = {{customFieldRef(source.id), FilterOperator::Is, "Inbound", ""}};
    inbound.cardFields = {"company", customFieldRef(source.id)};
    inbound = required(maven.repository->createView(inbound));
    const SavedView all = required(maven.repository->createView(newView(maven.folder.id, "All")));
    requireOk(maven.repository->deleteField(source.id));

    MainWindow window(*maven.repository);
    window.setMessageBoxesEnabled(false);
    auto *bar = window.findChild<ViewWarningBar *>();
    REQUIRE(bar);
    REQUIRE(window.sidebar()->selectView(all.id));
    CHECK(bar->isHidden());

    REQUIRE(window.sidebar()->selectView(inbound.id));
    // The filter is gone, so every deal is on the board, and the bar says why.
    CHECK(window.board()->visibleDealCount() == 8800);
    REQUIRE_FALSE(window.board()->warnings().empty());
    CHECK_FALSE(bar->isHidden());
    CHECK(bar->text().startsWith(u"Parts of the view “Inbound” were left out:"_s));
    for (const std::string &warning : window.board()->warnings())
        CHECK(bar->text().contains(QString::fromStdString(warning)));

    // Dismissed, it stays away while the user searches the same view.
    bar->closeButton()->click();
    window.board()->setSearchText(u"Cancity"_s);
    CHECK(bar->isHidden());
}

// Times switching saved views in the real window over the 8,800 Maven deals: the sidebar
// choice, the board rebuilt (buildBoard and the column models) and a full paint. Runs on the
// offscreen platform, so it needs no display.
#include "core/domain/stage.h"
#include "core/io/importer.h"
#include "core/storage/repository.h"
#include "gui/board/boardwidget.h"
#include "gui/mainwindow/foldersidebar.h"
#include "gui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <vector>

using namespace dealboard;

namespace {

template <typename T> T orExit(Result<T> result)
{
    if (!result) {
        std::fprintf(stderr, "%s\n", result.error().c_str());
        std::exit(1);
    }
    return std::move(*result);
}

// The pipelines a manager flips between: all deals, the open pipeline, by owner (30
// columns), by product, and the big deals sorted by value with card fields.
std::vector<SavedView> createViews(Repository &repository, const FolderSnapshot &snapshot)
{
    SavedView all;
    all.folderId = snapshot.folder.id;
    all.name = "Every deal";
    SavedView open = all;
    open.name = "Open pipeline";
    for (const Stage &stage : snapshot.stages) {
        if (!stage.isOpen())
            open.hiddenColumns.push_back(stageColumnKey(stage.id));
    }
    SavedView owner = all;
    owner.name = "By owner";
    owner.groupBy = "owner";
    SavedView product = all;
    product.name = "By product";
    product.groupBy = customFieldRef(snapshot.fields.front().id);
    SavedView big = all;
    big.name = "Big deals by value";
    big.filters = {{"value", FilterOperator::Greater, "1000", ""}};
    big.sort = {"value", true};
    big.cardFields = {"company", "value", "owner"};

    std::vector<SavedView> views;
    for (const SavedView &view : {all, open, owner, product, big})
        views.push_back(orExit(repository.createView(view)));
    return views;
}

double median(std::vector<double> values)
{
    std::ranges::sort(values);
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);

    QTemporaryDir directory;
    auto repository =
        orExit(Repository::open(directory.filePath(QStringLiteral("bench.db")).toStdString()));
    ImportOptions options;
    options.folderName = "Maven";
    orExit(importCsv(*repository, std::filesystem::path(DEALBOARD_MAVEN_DIR) / "sales_pipeline.csv",
                     options));
    const Folder folder = *orExit(repository->folderByName("Maven"));
    const std::vector<SavedView> views =
        createViews(*repository, orExit(repository->snapshot(folder.id)));

    MainWindow window(*repository);
    window.setMessageBoxesEnabled(false);
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents();

    std::vector<double> switches;
    std::vector<double> paints;
    for (int round = 0; round < 5; ++round) {
        for (const SavedView &view : views) {
            QElapsedTimer timer;
            timer.start();
            window.sidebar()->selectView(view.id);
            switches.push_back(double(timer.nsecsElapsed()) / 1e6);
            timer.restart();
            (void)window.grab();
            paints.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (round == 0)
                std::printf("%-20s %2d columns %5d deals  switch %7.1f ms  paint %6.1f ms\n",
                            view.name.c_str(), window.board()->columnCount(),
                            window.board()->visibleDealCount(), switches.back(), paints.back());
        }
    }
    std::printf("%zu switches: median %.1f ms, worst %.1f ms; paint median %.1f ms\n",
                switches.size(), median(switches), *std::ranges::max_element(switches),
                median(paints));
    return 0;
}

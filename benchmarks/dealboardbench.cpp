// Times what a user waits for: importing a file, reading a folder (snapshot) and building
// its board, narrowing it by a search, and a filtered, sorted view. Runs on the real Maven
// data (8,800 deals) and on a synthetic folder of 100,000 deals.
//
//   dealboard_bench [--deals N] [--runs N] [--maven-dir DIR]
#include "syntheticpipeline.h"

#include "core/board/board.h"
#include "core/io/importer.h"
#include "core/log/logging.h"
#include "core/storage/repository.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <random>
#include <string>
#include <vector>

using namespace dealboard;

namespace {

struct Settings
{
    int syntheticDeals = 100000;
    int runs = 5;
    std::filesystem::path mavenDirectory = DEALBOARD_MAVEN_DIR;
};

double millisecondsOf(const std::function<void()> &work)
{
    const auto start = std::chrono::steady_clock::now();
    work();
    const auto elapsed = std::chrono::steady_clock::now() - start;
    return std::chrono::duration<double, std::milli>(elapsed).count();
}

// Median and best of several runs: the median is what a user feels, the best what the
// code can do when the caches are warm.
void report(const std::string &data, const std::string &what, int runs,
            const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i)
        times.push_back(millisecondsOf(work));
    std::sort(times.begin(), times.end());
    std::printf("%-10s %-34s median %9.2f ms   best %9.2f ms   (%d runs)\n", data.c_str(),
                what.c_str(), times[times.size() / 2], times.front(), runs);
}

void reportOnce(const std::string &data, const std::string &what, double milliseconds)
{
    std::printf("%-10s %-34s        %9.2f ms\n", data.c_str(), what.c_str(), milliseconds);
}

[[noreturn]] void fail(const std::string &message)
{
    std::fprintf(stderr, "dealboard_bench: %s\n", message.c_str());
    std::exit(1);
}

template <typename T> T valueOrFail(Result<T> result)
{
    if (!result)
        fail(result.error());
    return std::move(*result);
}

std::size_t dealsOn(const Board &board)
{
    std::size_t count = 0;
    for (const auto &column : board.columns)
        count += column.deals.size();
    return count;
}

void benchmarkFolder(const std::string &data, const std::filesystem::path &csv,
                     const std::filesystem::path &database, const std::string &search, int runs)
{
    auto repository = valueOrFail(Repository::open(database));
    ImportOptions options;
    options.folderName = data;

    Result<ImportSummary> summary = failure("not run");
    reportOnce(data, "import (new folder)",
               millisecondsOf([&] { summary = importCsv(*repository, csv, options); }));
    const ImportSummary imported = valueOrFail(std::move(summary));
    reportOnce(data, "re-import (nothing changes)",
               millisecondsOf([&] { summary = importCsv(*repository, csv, options); }));
    valueOrFail(std::move(summary));

    const auto folder = valueOrFail(repository->folderByName(data));
    const FolderId folderId = folder->id;
    SavedView view;
    view.folderId = folderId;
    view.name = "All deals";
    const FolderSnapshot snapshot = valueOrFail(repository->snapshot(folderId));

    report(data, "snapshot()", runs, [&] { (void)repository->snapshot(folderId); });
    report(data, "buildBoard()", runs, [&] { (void)buildBoard(snapshot, view); });
    report(data, "snapshot() + buildBoard()", runs,
           [&] { (void)buildBoard(valueOrFail(repository->snapshot(folderId)), view); });

    std::size_t found = 0;
    report(data, "buildBoard() searching \"" + search + "\"", runs,
           [&] { found = dealsOn(buildBoard(snapshot, view, search)); });
    report(data, "buildBoard() searching, no match", runs,
           [&] { (void)buildBoard(snapshot, view, "no such deal anywhere"); });

    SavedView filtered = view;
    filtered.filters = {{"value", FilterOperator::Greater, "1000", ""}};
    filtered.sort = {"value", true};
    report(data, "buildBoard() filtered, by value", runs,
           [&] { (void)buildBoard(snapshot, filtered); });

    const Board board = buildBoard(snapshot, view);
    report(data, "boardToJson()", runs, [&] { (void)boardToJson(board, snapshot); });

    std::printf("%-10s %d deals imported, %zu on the board, %zu found by the search\n\n",
                data.c_str(), imported.created, dealsOn(board), found);
}

Settings parseSettings(int argc, char **argv)
{
    Settings settings;
    for (int i = 1; i < argc; ++i) {
        const std::string argument = argv[i];
        if (i + 1 >= argc)
            fail("usage: dealboard_bench [--deals N] [--runs N] [--maven-dir DIR]");
        if (argument == "--deals")
            settings.syntheticDeals = std::atoi(argv[++i]);
        else if (argument == "--runs")
            settings.runs = std::max(1, std::atoi(argv[++i]));
        else if (argument == "--maven-dir")
            settings.mavenDirectory = argv[++i];
        else
            fail("unknown option " + argument);
    }
    return settings;
}

} // namespace

int main(int argc, char **argv)
{
    const Settings settings = parseSettings(argc, argv);
    initLogging({});

    const auto directory = std::filesystem::temp_directory_path() /
                           ("dealboard-bench-" + std::to_string(std::random_device()()));
    std::filesystem::create_directories(directory);

    const auto maven = settings.mavenDirectory / "sales_pipeline.csv";
    if (!std::filesystem::is_regular_file(maven))
        fail("no Maven data at " + maven.string() + " (--maven-dir DIR)");
    benchmarkFolder("maven", maven, directory / "maven.db", "darcel", settings.runs);

    if (settings.syntheticDeals > 0) {
        const auto synthetic = directory / "synthetic.csv";
        reportOnce("synthetic", "write " + std::to_string(settings.syntheticDeals) + " deals",
                   millisecondsOf(
                       [&] { bench::writeSyntheticPipeline(synthetic, settings.syntheticDeals); }));
        benchmarkFolder("synthetic", synthetic, directory / "synthetic.db", "ромашка",
                        settings.runs);
    }

    std::error_code ignored;
    std::filesystem::remove_all(directory, ignored);
    return 0;
}

#include "cli/boardcommand.h"

#include "cli/argumentparser.h"
#include "cli/boardsource.h"

namespace dealboard {

namespace {

const ArgumentParser &parser()
{
    static const ArgumentParser instance({{"--database", true, false},
                                          {"--folder", true, false},
                                          {"--view", true, false},
                                          {"--search", true, false},
                                          {"--json", false, false},
                                          {"--all", false, false},
                                          {"--verbose", false, false},
                                          {"--help", false, false}},
                                         0);
    return instance;
}

} // namespace

std::string boardHelp()
{
    return R"(Usage: dealboard board [--database DB] --folder NAME [--view NAME] [--json]
                       [--search TEXT] [--all]

Shows the board of a folder through one of its saved views: each column with
its number of deals, its total value per currency and its deals.

Options:
  --database FILE   The database to read; it must exist (default: the app's own
                    database)
  --folder NAME     The folder to show (required)
  --view NAME       The saved view to see it through (default: the folder's
                    first view)
  --search TEXT     Only deals whose title, company, owner or contact contains
                    TEXT, ignoring case
  --json            Print JSON: {"folder", "view", "columns": [{"name", "count",
                    "totals": {CURRENCY: integer minor units}, "deals": [...]}]}
  --all             List every deal of each column; the text lists the first )" +
           std::to_string(defaultTextDealsPerColumn) + R"(
                    of a column and "… and N more" (JSON always has them all)
  --verbose         Log debug messages to stderr
  -h, --help        Show this help
)";
}

int runBoardCommand(std::span<const std::string> arguments, const CommandContext &context)
{
    auto parsed = parser().parse(arguments);
    if (!parsed)
        return context.misuse(parsed.error());
    if (parsed->has("--help")) {
        context.out() << boardHelp();
        return exitstatus::success;
    }
    context.setUpLogging(parsed->has("--verbose"));

    const auto folder = parsed->value("--folder");
    if (!folder || folder->empty())
        return context.misuse("missing --folder NAME");
    const std::filesystem::path database =
        parsed->value("--database").value_or(context.environment().defaultDatabase.string());

    auto repository = openExistingDatabase(database);
    if (!repository)
        return context.fail(repository.error());
    auto source = loadBoardSource(**repository, database, *folder, parsed->value("--view"));
    if (!source)
        return context.fail(source.error());

    const Board board =
        buildBoard(source->snapshot, source->view, parsed->value("--search").value_or(""));
    if (parsed->has("--json")) {
        context.out() << boardToJson(board, source->snapshot).dump(2) << '\n';
        return exitstatus::success;
    }
    const auto limit =
        parsed->has("--all") ? std::nullopt : std::optional(defaultTextDealsPerColumn);
    context.out() << boardToText(board, limit);
    return exitstatus::success;
}

} // namespace dealboard

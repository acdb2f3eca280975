#include "cli/boardcommand.h"

#include "cli/argumentparser.h"
#include "cli/boardsource.h"

namespace dealboard {

namespace {

const ArgumentParser &parser()
{
    static const ArgumentParser instance(
        joinedOptions({CommandContext::commonOptions(),
                       boardSourceOptions(),
                       {{"--json", false, false}, {"--all", false, false}}}),
        0);
    return instance;
}

} // namespace

std::string boardHelp()
{
    return R"(Usage: dealboard board [--database DB] --folder NAME [--view NAME] [--json]
                       [--search TEXT] [--all]

Shows the board of a folder through one of its saved views: each column with
its number of deals, its total value per currency and its deals. A view that
names a field, stage or option that no longer exists still shows, without the
broken part, and a warning says which part was left out.

Options:
  --database FILE   The database to read; it must exist (default: the app's own
                    database)
  --folder NAME     The folder to show (required)
  --view NAME       The saved view to see it through (default: the folder's
                    first view)
  --search TEXT     Only deals whose title, company, owner or contact contains
                    TEXT, ignoring case
  --json            Print JSON: {"folder", "view", "columns": [{"name", "count",
                    "totals": {CURRENCY: integer minor units}, "deals": [...]}],
                    "warnings"}
  --all             List every deal of each column; the text lists the first )" +
           std::to_string(defaultTextDealsPerColumn) + R"(
                    of a column and "… and N more" (JSON always has them all)
  --verbose         Log debug messages to stderr
  -h, --help        Show this help
)";
}

int runBoardCommand(std::span<const std::string> arguments, const CommandContext &context)
{
    const auto parsed = context.parse(parser(), arguments, &boardHelp);
    if (!parsed)
        return parsed.error();
    if (parsed->value("--folder").value_or("").empty())
        return context.misuse("missing --folder NAME");

    const auto source = loadBoardSource(*parsed, context.database(*parsed));
    if (!source)
        return context.fail(source.error());

    if (parsed->has("--json")) {
        // The JSON holds the warnings too; stderr tells whoever runs the script.
        for (const auto &warning : source->board.warnings)
            context.warn(warning);
        context.out() << boardToJson(source->board, source->snapshot).dump(2) << '\n';
        return exitstatus::success;
    }
    const auto limit =
        parsed->has("--all") ? std::nullopt : std::optional(defaultTextDealsPerColumn);
    context.out() << boardToText(source->board, limit);
    return exitstatus::success;
}

} // namespace dealboard

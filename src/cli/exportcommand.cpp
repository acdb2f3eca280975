#include "cli/exportcommand.h"

#include "cli/argumentparser.h"
#include "cli/boardsource.h"
#include "core/domain/text.h"
#include "core/io/exporter.h"

namespace dealboard {

namespace {

const ArgumentParser &parser()
{
    static const ArgumentParser instance(
        joinedOptions({CommandContext::commonOptions(),
                       boardSourceOptions(),
                       {{"--format", true, false}, {"--output", true, false}}}),
        0);
    return instance;
}

std::optional<ExportFormat> exportFormat(const std::string &name)
{
    if (name == "csv")
        return ExportFormat::Csv;
    if (name == "json")
        return ExportFormat::Json;
    return std::nullopt;
}

} // namespace

std::string exportHelp()
{
    return R"(Usage: dealboard export [--database DB] --folder NAME [--view NAME]
                        --format csv|json [--output FILE] [--search TEXT]

Exports the deals of a folder, seen through a saved view, with every built-in
and custom field. CSV cells that a spreadsheet would run as a formula are
neutralised; numbers and amounts stay numbers. JSON keeps amounts as integer
minor units with their currency.

Options:
  --database FILE   The database to read; it must exist (default: the app's own
                    database)
  --folder NAME     The folder to export (required)
  --view NAME       Export only what this saved view shows (default: the
                    folder's first view)
  --search TEXT     Only deals whose title, company, owner or contact contains
                    TEXT, ignoring case
  --format FORMAT   csv or json (required)
  --output FILE     Write to FILE instead of stdout
  --verbose         Log debug messages to stderr
  -h, --help        Show this help
)";
}

int runExportCommand(std::span<const std::string> arguments, const CommandContext &context)
{
    const auto parsed = context.parse(parser(), arguments, &exportHelp);
    if (!parsed)
        return parsed.error();
    if (parsed->value("--folder").value_or("").empty())
        return context.misuse("missing --folder NAME");
    const auto formatName = parsed->value("--format");
    if (!formatName)
        return context.misuse("missing --format csv|json");
    const auto format = exportFormat(*formatName);
    if (!format)
        return context.misuse("unknown format \"" + *formatName + "\"; use csv or json");

    const auto source = loadBoardSource(*parsed, context.database(*parsed));
    if (!source)
        return context.fail(source.error());
    const Board &board = source->board;
    for (const auto &warning : board.warnings)
        context.warn(warning);

    const auto output = parsed->value("--output");
    if (!output) {
        if (auto written = exportBoard(board, source->snapshot, *format, context.out()); !written)
            return context.fail(written.error());
        return exitstatus::success;
    }
    if (auto written = exportBoardToFile(board, source->snapshot, *format, *output); !written)
        return context.fail(written.error());
    context.out() << "Exported " << formatCount(dealCount(board)) << " deals to " << *output
                  << '\n';
    return exitstatus::success;
}

} // namespace dealboard

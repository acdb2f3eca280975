#include "cli/importcommand.h"

#include "cli/argumentparser.h"
#include "core/domain/money.h"
#include "core/domain/text.h"
#include "core/io/importer.h"
#include "core/storage/repository.h"

#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>

namespace dealboard {

namespace {

const ArgumentParser &parser()
{
    static const ArgumentParser instance(joinedOptions({CommandContext::commonOptions(),
                                                        {{"--folder", true, false},
                                                         {"--map", true, true},
                                                         {"--skip", true, true},
                                                         {"--date-format", true, false},
                                                         {"--currency", true, false}}}),
                                         1);
    return instance;
}

Result<ImportOptions> importOptions(const ParsedArguments &arguments)
{
    ImportOptions options;
    options.folderName = arguments.value("--folder").value_or(std::string());
    if (options.folderName.empty())
        return failure("missing --folder NAME");

    for (const auto &map : arguments.values("--map")) {
        const auto equals = map.find('=');
        if (equals == std::string::npos || equals == 0 || equals + 1 == map.size())
            return failure("--map needs FIELD=COLUMN, not \"" + map + "\"");
        // One field, one column: a second --map for it is a mistake, not an override.
        const auto [mapped, isNew] =
            options.mapping.emplace(map.substr(0, equals), map.substr(equals + 1));
        if (!isNew)
            return failure("--map " + map + ": " + mapped->first +
                           " is already mapped to the column \"" + mapped->second +
                           "\"; map each field once");
    }
    options.skippedColumns = arguments.values("--skip");

    if (auto format = arguments.value("--date-format")) {
        options.dateOrder = dateOrderFromString(*format);
        if (!options.dateOrder)
            return failure("unknown date format \"" + *format + "\"; use ymd, dmy or mdy");
    }
    if (auto currency = arguments.value("--currency")) {
        for (char &c : *currency)
            c = char(std::toupper(static_cast<unsigned char>(c)));
        if (!isCurrencyCode(*currency))
            return failure("\"" + *currency + "\" is not a currency code such as USD or EUR");
        options.defaultCurrency = *currency;
    }
    return options;
}

std::string joined(const std::vector<std::string> &names)
{
    if (names.empty())
        return "none";
    std::string text;
    for (const auto &name : names)
        text += (text.empty() ? "" : ", ") + name;
    return text;
}

std::string summaryLine(const ImportSummary &summary, const std::string &folder)
{
    const std::size_t rows = std::size_t(summary.created + summary.updated + summary.unchanged);
    return "Imported " + formatCount(rows) + (rows == 1 ? " row" : " rows") + " into \"" + folder +
           "\": " + formatCount(std::size_t(summary.created)) + " created, " +
           formatCount(std::size_t(summary.updated)) + " updated, " +
           formatCount(std::size_t(summary.unchanged)) +
           " unchanged; new stages: " + joined(summary.newStages) +
           "; new fields: " + joined(summary.newFields);
}

// A database this command created is removed when the import fails: all or nothing.
void removeDatabase(const std::filesystem::path &database)
{
    std::error_code ignored;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        std::filesystem::remove(database.string() + suffix, ignored);
}

} // namespace

std::string importHelp()
{
    return R"(Usage: dealboard import FILE [--database DB] --folder NAME [--map FIELD=COLUMN]...
                        [--skip COLUMN]... [--date-format F] [--currency C]

Imports the deals of a CSV file (RFC 4180, UTF-8 with or without BOM, comma or
semicolon separated) into a folder, all rows or none. The folder is created when
missing; stages and custom fields the file needs are added. A column holding an
id makes a second import update the same deals instead of adding them again.

Options:
  --database FILE      The database to import into; created when it does not
                       exist (default: the app's own database)
  --folder NAME        The folder to import into (required)
  --map FIELD=COLUMN   Read FIELD from the column named COLUMN; may be repeated.
                       FIELD is title, company, contact, owner, value,
                       currency, close_date, stage, external_id, or
                       field:NAME for a custom field
  --skip COLUMN        Do not import the column named COLUMN; may be repeated
  --date-format F      Order of numeric dates: ymd, dmy or mdy (needed only when
                       the data does not settle it)
  --currency CODE      Currency of amounts that name none (default: USD)
  --verbose            Log debug messages to stderr
  -h, --help           Show this help

Prints one line: rows created, updated and unchanged, new stages, new fields.
When rows are bad, nothing is imported and each bad row is listed with its line.
)";
}

int runImportCommand(std::span<const std::string> arguments, const CommandContext &context)
{
    const auto parsed = context.parse(parser(), arguments, &importHelp);
    if (!parsed)
        return parsed.error();

    if (parsed->positionals().empty())
        return context.misuse("missing the CSV file to import");
    auto options = importOptions(*parsed);
    if (!options)
        return context.misuse(options.error());

    const std::filesystem::path file = parsed->positionals().front();
    if (std::error_code ignored; std::filesystem::is_directory(file, ignored))
        return context.fail("cannot read " + file.string() + ": it is a directory");
    if (std::ifstream probe(file); !probe)
        return context.fail("cannot read " + file.string() + ": " + std::strerror(errno));

    const std::filesystem::path database = context.database(*parsed);
    if (database.empty())
        return context.misuse("missing --database FILE");
    std::error_code error;
    const bool existed = std::filesystem::exists(database, error);

    auto repository = Repository::open(database);
    if (!repository)
        return context.fail("cannot open " + database.string() + ": " + repository.error());

    auto summary = importCsv(**repository, file, *options);
    if (!summary) {
        repository->reset();
        if (!existed)
            removeDatabase(database);
        return context.fail(summary.error());
    }
    context.out() << summaryLine(*summary, options->folderName) << '\n';
    return exitstatus::success;
}

} // namespace dealboard

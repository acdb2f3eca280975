#include "core/io/importer.h"

#include "core/domain/money.h"
#include "core/io/csvreader.h"
#include "core/io/importplanner.h"
#include "core/io/importrowreader.h"
#include "core/io/importwriter.h"
#include "core/log/logging.h"

#include <fmt/format.h>

namespace dealboard {

namespace {

Result<PreparedImport> prepareImport(Repository &repository, const std::filesystem::path &file,
                                     const ImportOptions &options)
{
    if (!isCurrencyCode(options.defaultCurrency))
        return failure(fmt::format("The default currency \"{}\" is not a three-letter code such "
                                   "as USD",
                                   options.defaultCurrency));
    auto table = CsvReader::readFile(file);
    if (!table)
        return failure(fmt::format("{}: {}", file.filename().string(), table.error()));
    log(logger::import)
        ->debug("Read {} rows of {} columns from {}", table->records.size(), table->header.size(),
                file.string());
    return ImportPlanner(repository, options).prepare(std::move(*table));
}

} // namespace

Result<ImportPlan> planImport(Repository &repository, const std::filesystem::path &file,
                              const ImportOptions &options)
{
    auto prepared = prepareImport(repository, file, options);
    if (!prepared)
        return std::unexpected(prepared.error());
    return std::move(prepared->plan);
}

Result<ImportSummary> importCsv(Repository &repository, const std::filesystem::path &file,
                                const ImportOptions &options, const ImportProgress &progress)
{
    auto prepared = prepareImport(repository, file, options);
    if (!prepared) {
        log(logger::import)->warn("Import of {} refused: {}", file.string(), prepared.error());
        return std::unexpected(prepared.error());
    }
    const auto rows = ImportRowReader(*prepared).readAll();
    if (!rows) {
        log(logger::import)->warn("Import of {} refused: {}", file.string(), rows.error());
        return std::unexpected(rows.error());
    }
    return ImportWriter(repository, *prepared, progress).write(*rows);
}

} // namespace dealboard

#pragma once

#include "core/domain/fielddefinition.h"
#include "core/domain/ids.h"
#include "core/result.h"

#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace dealboard {

class Repository;

// Order of the parts of numeric dates such as 03/04/2024.
enum class DateOrder
{
    YearMonthDay,
    DayMonthYear,
    MonthDayYear
};

// Accepts "ymd"/"YYYY-MM-DD", "dmy"/"DD/MM/YYYY", "mdy"/"MM/DD/YYYY" (any separator).
std::optional<DateOrder> dateOrderFromString(std::string_view text);

struct ImportOptions
{
    std::string folderName; // created when missing
    // field -> column header (--map F=C). FIELD is a built-in field ("title", "company",
    // "contact", "owner", "value", "currency", "close_date", "stage", "external_id", or a
    // header name for one such as "close date") or "field:NAME" for a custom field.
    std::map<std::string, std::string> mapping;
    std::vector<std::string> skippedColumns; // column headers not to import
    std::optional<DateOrder> dateOrder;      // --date-format; worked out when empty
    std::string defaultCurrency = "USD";     // --currency; for amounts without one
};

// Where one CSV column goes.
struct ColumnMapping
{
    std::string header;
    // "title", "company", "contact", "owner", "value", "currency", "close_date", "stage",
    // "external_id", "field:<name>" for an existing or new custom field, or "" to skip.
    // A "currency" column gives the currency of the value where the amount names none.
    std::string target;
    bool createsField = false; // a new custom field will be made
    FieldType newFieldType = FieldType::Text;
};

// What an import will do, worked out before anything is written; the GUI previews it.
struct ImportPlan
{
    std::vector<ColumnMapping> columns;
    std::vector<std::vector<std::string>> sampleRows; // first rows, for a preview
    int rowCount = 0;
    std::vector<std::string> newStages;
    std::optional<DateOrder> dateOrder;
    // Rows whose id (the external_id column) is already on a deal of the folder: a
    // re-import updates those instead of adding them.
    int matchedRowCount = 0;
};

struct ImportSummary
{
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    std::vector<std::string> newStages;
    std::vector<std::string> newFields;
};

// Called during the import with rows done and rows in all; return false to cancel (then
// nothing is written).
using ImportProgress = std::function<bool(int done, int total)>;

// Reads a CSV file (RFC 4180, UTF-8 with or without BOM, comma or semicolon) and works
// out the plan, without writing. Fails with a readable message on an unreadable file, a
// mapping naming a missing column, or dates whose order the data does not settle.
[[nodiscard]] Result<ImportPlan>
planImport(Repository &repository, const std::filesystem::path &file, const ImportOptions &options);

// Imports all rows or none. When rows are bad, the message lists each with its line
// number and reason. A column mapped to external_id makes re-imports update the same
// deals; a deal whose values did not change is left untouched (same version).
[[nodiscard]] Result<ImportSummary> importCsv(Repository &repository,
                                              const std::filesystem::path &file,
                                              const ImportOptions &options,
                                              const ImportProgress &progress = {});

} // namespace dealboard

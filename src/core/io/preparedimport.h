#pragma once

#include "core/domain/fielddefinition.h"
#include "core/domain/folder.h"
#include "core/domain/stage.h"
#include "core/io/csvreader.h"
#include "core/io/importer.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dealboard {

// How one column is read, worked out once before any row is.
struct ColumnRule
{
    std::string target;                 // as ColumnMapping::target; "" skips the column
    std::optional<std::size_t> field;   // custom fields: index into PreparedImport::fields
    std::optional<DateOrder> dateOrder; // columns of dates
    char decimalMark = 0; // columns of amounts and numbers: '.' or ',', 0 when not settled
};

// Everything an import needs to check and write the rows, found before anything is
// written: the file, the plan the user sees, and the folder as it is now.
struct PreparedImport
{
    CsvTable table;
    ImportOptions options;
    ImportPlan plan;
    std::optional<Folder> folder;        // empty when the import creates it
    std::vector<Stage> stages;           // the folder's stages now
    std::vector<FieldDefinition> fields; // custom fields the columns fill; id 0 when new
    std::vector<ColumnRule> rules;       // one per column
    std::optional<std::size_t> productColumn;

    // The column of a built-in target ("stage", "value"...), if the file has one.
    std::optional<std::size_t> column(std::string_view target) const
    {
        for (std::size_t i = 0; i < rules.size(); ++i) {
            if (rules[i].target == target)
                return i;
        }
        return std::nullopt;
    }
};

} // namespace dealboard

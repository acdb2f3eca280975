#pragma once

#include "core/domain/fielddefinition.h"
#include "core/io/csvreader.h"

#include <cstddef>
#include <string>
#include <vector>

namespace dealboard {

// What the values of a column say about the custom field it should become.
struct ColumnProfile
{
    FieldType type = FieldType::Text;
    std::vector<std::string> distinctValues; // trimmed, non-empty, in first-seen order
    int valueCount = 0;                      // non-empty cells
};

// Choice fields are for columns like "product" or "region": a few values, each repeated.
inline constexpr std::size_t maxChoiceOptions = 30;

// Looks at every non-empty cell of the column: all dates make a date field, all amounts
// with at least one naming a currency a money field (the others are in the default one), all plain
// numbers a number field, a few distinct values repeated (at most maxChoiceOptions, fewer than half
// the cells) a choice field with those options, anything else a text field. Rows with the wrong
// number of cells are left out: they are reported as bad rows anyway.
ColumnProfile profileColumn(const CsvTable &table, std::size_t column);

} // namespace dealboard

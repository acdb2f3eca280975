#pragma once

#include "core/domain/ids.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dealboard {

enum class FieldType
{
    Text,
    Number,
    Money,
    Date,
    Choice,
    Person
};

std::string_view toString(FieldType type); // "text", "number", "money", "date", "choice", "person"
std::optional<FieldType> fieldTypeFromString(std::string_view text);

// A custom field of a folder, defined by an admin or created by an import. Values live on
// each deal keyed by the field id, so renaming a field loses nothing.
//
// How a value is held (as JSON on the deal):
//   text, person, choice: a string (a choice value is one of options)
//   number: a JSON number
//   money: {"minor": integer, "currency": "USD"}
//   date: "YYYY-MM-DD"
struct FieldDefinition
{
    FieldId id = 0;
    FolderId folderId = 0;
    std::string name;
    FieldType type = FieldType::Text;
    std::vector<std::string> options; // choice fields only, in display order
    int position = 0;
};

} // namespace dealboard

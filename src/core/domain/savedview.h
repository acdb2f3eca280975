#pragma once

#include "core/domain/ids.h"
#include "core/result.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dealboard {

// Fields are named in views by a reference string:
//   built-in: "title", "company", "contact", "owner", "value", "close_date", "stage",
//             "created", "updated"
//   custom:   "field:<id>" (the id, not the name, so a rename keeps the view working)
// Columns are named by a key: "stage:<id>" when grouped by stage, otherwise the value
// itself, with "" for the column of deals that have no value.
std::string customFieldRef(FieldId id);
std::optional<FieldId> customFieldId(std::string_view ref);
std::string stageColumnKey(StageId id);
std::optional<StageId> stageIdFromColumnKey(std::string_view key);
bool isBuiltInFieldRef(std::string_view ref);

enum class FilterOperator
{
    Is,
    IsNot,
    Contains,
    Greater,
    Less,
    Between,
    Empty,
    NotEmpty
};

std::string_view toString(FilterOperator op); // "is", "is_not", "contains", "greater", ...
std::optional<FilterOperator> filterOperatorFromString(std::string_view text);

// One condition of a view; a deal is on the board when all of them hold. value2 is the
// upper bound of Between. Values are text as a user typed them: "5000", "2026-01-31".
struct ViewFilter
{
    std::string field;
    FilterOperator op = FilterOperator::Is;
    std::string value;
    std::string value2;

    friend bool operator==(const ViewFilter &, const ViewFilter &) = default;
};

// Order of the cards within a column: the manual order when field is empty.
struct ViewSort
{
    std::string field;
    bool descending = false;

    friend bool operator==(const ViewSort &, const ViewSort &) = default;
};

// A saved view of a folder: a pipeline. Stored as JSON with a format version so that
// later versions of Dealboard can still read what earlier ones wrote.
struct SavedView
{
    static constexpr int formatVersion = 1;

    ViewId id = 0;
    FolderId folderId = 0;
    std::string name;
    int position = 0;
    std::string groupBy = "stage";
    std::vector<std::string> hiddenColumns;
    std::vector<ViewFilter> filters;
    ViewSort sort;
    std::vector<std::string> cardFields;

    // The definition only (group by, hidden columns, filters, sort, card fields) with
    // "format": formatVersion; id, folder, name and position are stored beside it.
    nlohmann::json definitionToJson() const;
    // Reads a definition into this view. Refuses a newer format or a malformed document
    // with a readable message, leaving the view unchanged.
    [[nodiscard]] Status setDefinitionFromJson(const nlohmann::json &definition);

    friend bool operator==(const SavedView &, const SavedView &) = default;
};

} // namespace dealboard

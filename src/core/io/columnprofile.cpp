#include "core/io/columnprofile.h"

#include "core/domain/text.h"
#include "core/io/amountparser.h"
#include "core/io/dateparser.h"

#include <algorithm>
#include <unordered_set>

namespace dealboard {

namespace {

bool allOf(const std::vector<std::string_view> &values, bool (*test)(std::string_view))
{
    return std::ranges::all_of(values, test);
}

// An amount in any currency, or none: "7" in a column of "$5" is seven dollars.
bool isAmount(std::string_view text)
{
    return parseAmount(text, "XXX").has_value();
}

bool isPlainNumber(std::string_view text)
{
    return parsePlainNumber(text).has_value();
}

FieldType typeOf(const std::vector<std::string_view> &values, std::size_t distinctCount)
{
    if (values.empty())
        return FieldType::Text;
    if (allOf(values, looksLikeDate))
        return FieldType::Date;
    if (allOf(values, isAmount) && std::ranges::any_of(values, looksLikeMoney))
        return FieldType::Money;
    if (allOf(values, isPlainNumber))
        return FieldType::Number;
    if (distinctCount <= maxChoiceOptions && distinctCount * 2 < values.size())
        return FieldType::Choice;
    return FieldType::Text;
}

} // namespace

ColumnProfile profileColumn(const CsvTable &table, std::size_t column)
{
    ColumnProfile profile;
    std::vector<std::string_view> values;
    std::unordered_set<std::string_view> seen;
    for (const auto &record : table.records) {
        if (record.fields.size() != table.header.size())
            continue;
        const auto value = trimmed(record.fields[column]);
        if (value.empty())
            continue;
        values.push_back(value);
        if (seen.insert(value).second && seen.size() <= maxChoiceOptions + 1)
            profile.distinctValues.emplace_back(value);
    }
    profile.valueCount = int(values.size());
    profile.type = typeOf(values, seen.size());
    if (profile.type != FieldType::Choice)
        profile.distinctValues.clear();
    return profile;
}

} // namespace dealboard

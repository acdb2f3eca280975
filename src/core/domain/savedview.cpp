#include "core/domain/savedview.h"

#include <algorithm>
#include <array>
#include <charconv>

namespace dealboard {

namespace {

constexpr std::string_view customPrefix = "field:";
constexpr std::string_view stagePrefix = "stage:";

constexpr std::array<std::string_view, 9> builtInFields{
    "title", "company", "contact", "owner", "value", "close_date", "stage", "created", "updated"};

constexpr std::array<std::pair<FilterOperator, std::string_view>, 8> operatorNames{{
    {FilterOperator::Is, "is"},
    {FilterOperator::IsNot, "is_not"},
    {FilterOperator::Contains, "contains"},
    {FilterOperator::Greater, "greater"},
    {FilterOperator::Less, "less"},
    {FilterOperator::Between, "between"},
    {FilterOperator::Empty, "empty"},
    {FilterOperator::NotEmpty, "not_empty"},
}};

std::optional<std::int64_t> idAfterPrefix(std::string_view text, std::string_view prefix)
{
    if (!text.starts_with(prefix))
        return std::nullopt;
    text.remove_prefix(prefix.size());

    std::int64_t id = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), id);
    if (result.ec != std::errc{} || result.ptr != text.data() + text.size() || id <= 0)
        return std::nullopt;
    return id;
}

template <typename T> Result<T> member(const nlohmann::json &object, const char *key, T fallback)
{
    const auto found = object.find(key);
    if (found == object.end() || found->is_null())
        return fallback;
    try {
        return found->get<T>();
    } catch (const nlohmann::json::exception &) {
        return failure(std::string("The view's \"") + key + "\" has the wrong type");
    }
}

Result<ViewFilter> filterFromJson(const nlohmann::json &json)
{
    if (!json.is_object())
        return failure("A filter of the view is not an object");

    ViewFilter filter;
    const auto field = member<std::string>(json, "field", {});
    const auto op = member<std::string>(json, "op", "is");
    const auto value = member<std::string>(json, "value", {});
    const auto value2 = member<std::string>(json, "value2", {});
    if (!field || !op || !value || !value2)
        return failure("A filter of the view is malformed");

    const auto parsedOp = filterOperatorFromString(*op);
    if (!parsedOp)
        return failure("Unknown filter operator \"" + *op + "\"");
    return ViewFilter{*field, *parsedOp, *value, *value2};
}

} // namespace

std::string customFieldRef(FieldId id)
{
    return std::string(customPrefix) + std::to_string(id);
}

std::optional<FieldId> customFieldId(std::string_view ref)
{
    return idAfterPrefix(ref, customPrefix);
}

std::string stageColumnKey(StageId id)
{
    return std::string(stagePrefix) + std::to_string(id);
}

std::optional<StageId> stageIdFromColumnKey(std::string_view key)
{
    return idAfterPrefix(key, stagePrefix);
}

bool isBuiltInFieldRef(std::string_view ref)
{
    return std::find(builtInFields.begin(), builtInFields.end(), ref) != builtInFields.end();
}

std::string_view toString(FilterOperator op)
{
    for (const auto &[candidate, name] : operatorNames) {
        if (candidate == op)
            return name;
    }
    return "is";
}

std::optional<FilterOperator> filterOperatorFromString(std::string_view text)
{
    for (const auto &[op, name] : operatorNames) {
        if (name == text)
            return op;
    }
    return std::nullopt;
}

nlohmann::json SavedView::definitionToJson() const
{
    nlohmann::json filterArray = nlohmann::json::array();
    for (const ViewFilter &filter : filters) {
        filterArray.push_back({{"field", filter.field},
                               {"op", toString(filter.op)},
                               {"value", filter.value},
                               {"value2", filter.value2}});
    }

    return {{"format", formatVersion},
            {"group_by", groupBy},
            {"hidden_columns", hiddenColumns},
            {"filters", filterArray},
            {"sort", {{"field", sort.field}, {"descending", sort.descending}}},
            {"card_fields", cardFields}};
}

Status SavedView::setDefinitionFromJson(const nlohmann::json &definition)
{
    if (!definition.is_object())
        return failure("The view definition is not a JSON object");

    const auto format = member<int>(definition, "format", 0);
    if (!format || *format < 1)
        return failure("The view definition has no valid format version");
    if (*format > formatVersion)
        return failure("The view was saved by a newer version of Dealboard (format " +
                       std::to_string(*format) + ", this version reads up to " +
                       std::to_string(formatVersion) + ")");

    const auto group = member<std::string>(definition, "group_by", "stage");
    const auto hidden = member<std::vector<std::string>>(definition, "hidden_columns", {});
    const auto cards = member<std::vector<std::string>>(definition, "card_fields", {});
    if (!group)
        return failure(group.error());
    if (!hidden)
        return failure(hidden.error());
    if (!cards)
        return failure(cards.error());

    std::vector<ViewFilter> parsedFilters;
    const auto filterArray = definition.find("filters");
    if (filterArray != definition.end() && !filterArray->is_null()) {
        if (!filterArray->is_array())
            return failure("The view's \"filters\" is not a list");
        for (const auto &entry : *filterArray) {
            auto filter = filterFromJson(entry);
            if (!filter)
                return failure(filter.error());
            parsedFilters.push_back(std::move(*filter));
        }
    }

    ViewSort parsedSort;
    const auto sortObject = definition.find("sort");
    if (sortObject != definition.end() && sortObject->is_object()) {
        const auto field = member<std::string>(*sortObject, "field", {});
        const auto descending = member<bool>(*sortObject, "descending", false);
        if (!field || !descending)
            return failure("The view's \"sort\" is malformed");
        parsedSort = ViewSort{*field, *descending};
    }

    groupBy = group->empty() ? "stage" : *group;
    hiddenColumns = *hidden;
    filters = std::move(parsedFilters);
    sort = parsedSort;
    cardFields = *cards;
    return {};
}

} // namespace dealboard

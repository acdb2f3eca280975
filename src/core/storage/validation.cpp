#include "core/storage/validation.h"

#include "core/domain/money.h"
#include "core/domain/text.h"
#include "core/storage/storageguard.h"

#include <algorithm>
#include <array>
#include <set>

namespace dealboard {

namespace {

// Compared by nameKey(); both spellings of the fields' references are here because an
// import maps headers such as "close date" and "close_date" alike.
constexpr std::array<std::string_view, 14> builtInFieldNames{
    "title",      "company", "contact", "owner",       "value",       "stage",    "close date",
    "close_date", "created", "updated", "external id", "external_id", "position", "version"};

Status validateMoneyValue(const nlohmann::json &value, const FieldDefinition &field)
{
    const bool ok = value.is_object() && value.contains("minor") &&
                    value["minor"].is_number_integer() && value.contains("currency") &&
                    value["currency"].is_string() &&
                    isCurrencyCode(value["currency"].get<std::string>());
    if (!ok)
        return failure("The value of field " + inQuotes(field.name) +
                       " must be an amount with a three-letter currency code");
    return {};
}

Status validateChoiceValue(const nlohmann::json &value, const FieldDefinition &field)
{
    if (!value.is_string())
        return failure("The value of field " + inQuotes(field.name) + " must be text");
    const auto text = value.get<std::string>();
    if (std::find(field.options.begin(), field.options.end(), text) == field.options.end())
        return failure(inQuotes(text) + " is not one of the options of field " +
                       inQuotes(field.name));
    return {};
}

Status validateCustomValue(const nlohmann::json &value, const FieldDefinition &field)
{
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Person:
        if (!value.is_string())
            return failure("The value of field " + inQuotes(field.name) + " must be text");
        return {};
    case FieldType::Number:
        if (!value.is_number())
            return failure("The value of field " + inQuotes(field.name) + " must be a number");
        return {};
    case FieldType::Money:
        return validateMoneyValue(value, field);
    case FieldType::Date:
        if (!value.is_string() || !Date::fromIso(value.get<std::string>()))
            return failure("The value of field " + inQuotes(field.name) +
                           " must be a date written as YYYY-MM-DD");
        return {};
    case FieldType::Choice:
        return validateChoiceValue(value, field);
    }
    return {};
}

} // namespace

Status validateDealValues(const Deal &deal)
{
    if (trimmed(deal.title).empty())
        return failure("A deal needs a title");
    if (deal.value && !isCurrencyCode(deal.value->currency))
        return failure(inQuotes(deal.value->currency) + " is not a currency code: use three "
                                                        "capital letters such as EUR or USD");
    if (deal.probability && (*deal.probability < 0 || *deal.probability > 100))
        return failure("The win probability of deal " + inQuotes(deal.title) +
                       " must be between 0 and 100 percent");
    return {};
}

Status validateCustomValues(const std::map<FieldId, nlohmann::json> &values,
                            const std::vector<FieldDefinition> &fields)
{
    for (const auto &[id, value] : values) {
        if (value.is_null())
            continue;
        const auto field = std::find_if(fields.begin(), fields.end(),
                                        [id](const FieldDefinition &f) { return f.id == id; });
        if (field == fields.end())
            return failure("The deal has a value for a custom field (id " + std::to_string(id) +
                           ") that its folder does not have");
        if (auto valid = validateCustomValue(value, *field); !valid)
            return valid;
    }
    return {};
}

std::map<FieldId, nlohmann::json> withoutNulls(std::map<FieldId, nlohmann::json> values)
{
    std::erase_if(values, [](const auto &entry) { return entry.second.is_null(); });
    return values;
}

Status validateStageValues(const Stage &stage)
{
    if (trimmed(stage.name).empty())
        return failure("A stage needs a name");
    if (!isValidColor(stage.color))
        return failure(inQuotes(stage.color) + " is not a colour: use the form #rrggbb");
    if (stage.probability < 0 || stage.probability > 100)
        return failure("The probability of stage " + inQuotes(stage.name) +
                       " must be between 0 and 100 percent");
    if (stage.rottingDays && *stage.rottingDays < 1)
        return failure("The rotting limit of stage " + inQuotes(stage.name) +
                       " must be at least one day; leave it empty for deals that never rot");
    return {};
}

Status validateFieldValues(const FieldDefinition &field)
{
    if (trimmed(field.name).empty())
        return failure("A field needs a name");
    if (isBuiltInFieldName(field.name))
        return failure(inQuotes(trimmed(field.name)) +
                       " is already a built-in field of every deal");

    std::set<std::string> seen;
    for (const std::string &option : field.options) {
        if (trimmed(option).empty())
            return failure("An option of field " + inQuotes(field.name) + " is empty");
        if (!seen.insert(option).second)
            return failure("Field " + inQuotes(field.name) + " lists option " + inQuotes(option) +
                           " twice");
    }
    return {};
}

bool isBuiltInFieldName(std::string_view name)
{
    const std::string key = nameKey(name);
    return std::find(builtInFieldNames.begin(), builtInFieldNames.end(), key) !=
           builtInFieldNames.end();
}

} // namespace dealboard

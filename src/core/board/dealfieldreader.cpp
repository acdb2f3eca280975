#include "core/board/dealfieldreader.h"

#include "core/domain/savedview.h"
#include "core/domain/text.h"

#include <array>
#include <charconv>
#include <limits>

namespace dealboard {

namespace {

struct BuiltInField
{
    std::string_view ref;
    ValueKind kind;
};

constexpr std::array builtInFields{
    BuiltInField{"title", ValueKind::Text},   BuiltInField{"company", ValueKind::Text},
    BuiltInField{"contact", ValueKind::Text}, BuiltInField{"owner", ValueKind::Text},
    BuiltInField{"value", ValueKind::Money},  BuiltInField{"close_date", ValueKind::Date},
    BuiltInField{"stage", ValueKind::Text},   BuiltInField{"created", ValueKind::Date},
    BuiltInField{"updated", ValueKind::Date},
};

ValueKind kindOf(FieldType type)
{
    switch (type) {
    case FieldType::Number:
        return ValueKind::Number;
    case FieldType::Money:
        return ValueKind::Money;
    case FieldType::Date:
        return ValueKind::Date;
    case FieldType::Text:
    case FieldType::Choice:
    case FieldType::Person:
        break;
    }
    return ValueKind::Text;
}

FieldValue textValue(const std::string &text)
{
    if (text.empty())
        return std::monostate{};
    return text;
}

Date dateOf(Timestamp at)
{
    return Date(std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(at)});
}

std::string numberText(double number)
{
    std::array<char, 64> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), number);
    return std::string(buffer.data(), result.ptr);
}

// Values come from the database as JSON; one of the wrong type (a number in a text field,
// say, written by a later version) is read as well as it can be rather than dropped.
FieldValue jsonText(const nlohmann::json &json)
{
    if (json.is_string())
        return textValue(json.get<std::string>());
    return json.dump();
}

FieldValue jsonNumber(const nlohmann::json &json)
{
    if (json.is_number())
        return json.get<double>();
    if (!json.is_string())
        return std::monostate{};
    const auto text = json.get<std::string>();
    double number = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), number);
    if (result.ec != std::errc{} || result.ptr != text.data() + text.size())
        return textValue(text);
    return number;
}

FieldValue jsonMoney(const nlohmann::json &json)
{
    if (!json.is_object() || !json.contains("minor") || !json["minor"].is_number_integer())
        return std::monostate{};
    Money money;
    money.minor = json["minor"].get<std::int64_t>();
    money.currency = json.value("currency", std::string("USD"));
    return money;
}

FieldValue jsonDate(const nlohmann::json &json)
{
    if (!json.is_string())
        return std::monostate{};
    if (auto date = Date::fromIso(json.get<std::string>()))
        return *date;
    return textValue(json.get<std::string>());
}

} // namespace

bool isEmptyValue(const FieldValue &value)
{
    if (std::holds_alternative<std::monostate>(value))
        return true;
    if (const auto *text = std::get_if<std::string>(&value))
        return text->empty();
    return false;
}

std::string valueText(const FieldValue &value)
{
    if (const auto *text = std::get_if<std::string>(&value))
        return *text;
    if (const auto *number = std::get_if<double>(&value))
        return numberText(*number);
    if (const auto *money = std::get_if<Money>(&value))
        return formatAmount(*money);
    if (const auto *date = std::get_if<Date>(&value))
        return date->toIso();
    return {};
}

DealFieldReader::DealFieldReader(const FolderSnapshot &snapshot)
    : m_snapshot(snapshot)
{
    for (std::size_t i = 0; i < snapshot.stages.size(); ++i)
        m_stageIndex.emplace(snapshot.stages[i].id, int(i));
    for (const auto &field : snapshot.fields)
        m_fields.emplace(field.id, &field);
}

std::optional<ResolvedField> DealFieldReader::resolve(std::string_view ref) const
{
    for (const auto &builtIn : builtInFields) {
        if (builtIn.ref == ref)
            return ResolvedField{std::string(ref), std::string(ref), builtIn.kind, {}, nullptr};
    }

    const auto id = customFieldId(ref);
    if (!id)
        return std::nullopt;
    const auto found = m_fields.find(*id);
    if (found == m_fields.end())
        return std::nullopt;
    const FieldDefinition *definition = found->second;
    return ResolvedField{std::string(ref), definition->name, kindOf(definition->type), id,
                         definition};
}

FieldValue DealFieldReader::value(const Deal &deal, const ResolvedField &field) const
{
    if (field.customId)
        return customValue(deal, field);

    const std::string &ref = field.ref;
    if (ref == "title")
        return textValue(deal.title);
    if (ref == "company")
        return textValue(deal.company);
    if (ref == "contact")
        return textValue(deal.contact);
    if (ref == "owner")
        return textValue(deal.owner);
    if (ref == "value")
        return deal.value ? FieldValue(*deal.value) : FieldValue();
    if (ref == "close_date")
        return deal.expectedClose ? FieldValue(*deal.expectedClose) : FieldValue();
    if (ref == "stage") {
        const Stage *dealStage = stage(deal.stageId);
        return dealStage ? textValue(dealStage->name) : FieldValue();
    }
    if (ref == "created")
        return dateOf(deal.createdAt);
    if (ref == "updated")
        return dateOf(deal.updatedAt);
    return std::monostate{};
}

FieldValue DealFieldReader::customValue(const Deal &deal, const ResolvedField &field) const
{
    const auto found = deal.fields.find(*field.customId);
    if (found == deal.fields.end() || found->second.is_null())
        return std::monostate{};

    switch (field.kind) {
    case ValueKind::Text:
        return jsonText(found->second);
    case ValueKind::Number:
        return jsonNumber(found->second);
    case ValueKind::Money:
        return jsonMoney(found->second);
    case ValueKind::Date:
        return jsonDate(found->second);
    }
    return std::monostate{};
}

const Stage *DealFieldReader::stage(StageId id) const
{
    const auto found = m_stageIndex.find(id);
    return found == m_stageIndex.end() ? nullptr : &m_snapshot.stages[found->second];
}

int DealFieldReader::stageIndex(const Deal &deal) const
{
    const auto found = m_stageIndex.find(deal.stageId);
    return found == m_stageIndex.end() ? std::numeric_limits<int>::max() : found->second;
}

std::optional<int> DealFieldReader::stageIndexByName(std::string_view name) const
{
    const std::string key = nameKey(name);
    for (std::size_t i = 0; i < m_snapshot.stages.size(); ++i) {
        if (nameKey(m_snapshot.stages[i].name) == key)
            return int(i);
    }
    return std::nullopt;
}

} // namespace dealboard

#include "core/storage/storedrows.h"

#include "core/storage/statement.h"
#include "core/storage/storageerror.h"

#include <charconv>

namespace dealboard {

namespace {

nlohmann::json parseJson(std::string_view text, std::string_view what)
{
    auto json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded())
        throw StorageError("the stored " + std::string(what) + " is not valid JSON");
    return json;
}

std::optional<Money> readMoney(const Query &query, int minorColumn, int currencyColumn)
{
    if (query.isNull(minorColumn))
        return std::nullopt;
    return Money{query.integer(minorColumn), query.text(currencyColumn)};
}

std::optional<Date> readDate(const Query &query, int column)
{
    const auto text = query.optionalText(column);
    if (!text)
        return std::nullopt;
    const auto date = Date::fromIso(*text);
    if (!date)
        throw StorageError("the stored date \"" + *text + "\" is not a valid date");
    return date;
}

} // namespace

Folder readFolder(const Query &query)
{
    return Folder{query.integer(0), query.text(1), int(query.integer(2))};
}

Stage readStage(const Query &query)
{
    Stage stage;
    stage.id = query.integer(0);
    stage.folderId = query.integer(1);
    stage.name = query.text(2);
    stage.position = int(query.integer(3));
    stage.color = query.text(4);
    stage.kind = stageKindFromString(query.text(5)).value_or(StageKind::Open);
    stage.probability = int(query.integer(6));
    if (const auto days = query.optionalInteger(7))
        stage.rottingDays = int(*days);
    return stage;
}

FieldDefinition readField(const Query &query)
{
    FieldDefinition field;
    field.id = query.integer(0);
    field.folderId = query.integer(1);
    field.name = query.text(2);
    const std::string type = query.text(3);
    field.type = fieldTypeFromString(type).value_or(FieldType::Text);

    const auto options = parseJson(query.text(4), "list of options");
    if (!options.is_array())
        throw StorageError("the stored options of field \"" + field.name + "\" are not a list");
    for (const auto &option : options)
        field.options.push_back(option.is_string() ? option.get<std::string>() : option.dump());
    field.position = int(query.integer(5));
    return field;
}

SavedView readView(const Query &query)
{
    SavedView view;
    view.id = query.integer(0);
    view.folderId = query.integer(1);
    view.name = query.text(2);
    view.position = int(query.integer(3));
    const auto definition = view.setDefinitionFromJson(parseJson(query.text(4), "view"));
    if (!definition)
        throw StorageError("view \"" + view.name + "\": " + definition.error());
    return view;
}

Deal readDeal(const Query &query)
{
    Deal deal;
    deal.id = query.integer(0);
    deal.folderId = query.integer(1);
    deal.externalId = query.text(2);
    deal.title = query.text(3);
    deal.company = query.text(4);
    deal.contact = query.text(5);
    deal.owner = query.text(6);
    deal.value = readMoney(query, 7, 8);
    deal.expectedClose = readDate(query, 9);
    deal.stageId = query.integer(10);
    deal.position = query.integer(11);
    deal.fields = customValuesFromJson(query.text(12));
    deal.createdAt = timestampFromMillis(query.integer(13));
    deal.updatedAt = timestampFromMillis(query.integer(14));
    deal.stageEnteredAt = timestampFromMillis(query.integer(15));
    deal.version = query.integer(16);
    if (const auto probability = query.optionalInteger(17))
        deal.probability = int(*probability);
    deal.lostReason = query.text(18);
    return deal;
}

LostReason readLostReason(const Query &query)
{
    return LostReason{query.integer(0), query.integer(1), query.text(2), int(query.integer(3))};
}

std::string customValuesToJson(const std::map<FieldId, nlohmann::json> &values)
{
    if (values.empty())
        return "{}";
    nlohmann::json object = nlohmann::json::object();
    for (const auto &[id, value] : values)
        object[std::to_string(id)] = value;
    return object.dump();
}

std::map<FieldId, nlohmann::json> customValuesFromJson(std::string_view text)
{
    std::map<FieldId, nlohmann::json> values;
    if (text == "{}")
        return values; // most deals: skip the parser

    const auto object = parseJson(text, "custom field values");
    if (!object.is_object())
        throw StorageError("the stored custom field values are not a JSON object");
    for (const auto &[key, value] : object.items()) {
        FieldId id = 0;
        const auto result = std::from_chars(key.data(), key.data() + key.size(), id);
        if (result.ec != std::errc{} || result.ptr != key.data() + key.size())
            throw StorageError("the stored custom field id \"" + key + "\" is not a number");
        values.emplace(id, value);
    }
    return values;
}

std::string optionsToJson(const std::vector<std::string> &options)
{
    return nlohmann::json(options).dump();
}

} // namespace dealboard

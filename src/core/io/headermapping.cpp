#include "core/io/headermapping.h"

#include "core/domain/text.h"

#include <algorithm>
#include <array>

namespace dealboard {

namespace {

struct HeaderAlias
{
    std::string_view key; // as headerKey() makes it
    std::string_view target;
};

constexpr std::array<std::string_view, 9> targets{"title",      "company", "contact",
                                                  "owner",      "value",   "currency",
                                                  "close_date", "stage",   "external_id"};

constexpr std::array<HeaderAlias, 46> aliases{{
    {"title", "title"},
    {"name", "title"},
    {"dealname", "title"},
    {"dealtitle", "title"},
    {"opportunityname", "title"},
    {"opportunity", "title"},
    {"subject", "title"},
    {"company", "company"},
    {"companyname", "company"},
    {"account", "company"},
    {"accountname", "company"},
    {"organization", "company"},
    {"organisation", "company"},
    {"organizationname", "company"},
    {"organisationname", "company"},
    {"contact", "contact"},
    {"contactname", "contact"},
    {"contactperson", "contact"},
    {"person", "contact"},
    {"owner", "owner"},
    {"dealowner", "owner"},
    {"opportunityowner", "owner"},
    {"salesagent", "owner"},
    {"salesrep", "owner"},
    {"assignedto", "owner"},
    {"value", "value"},
    {"amount", "value"},
    {"dealvalue", "value"},
    {"dealamount", "value"},
    {"closevalue", "value"},
    {"revenue", "value"},
    {"currency", "currency"},
    {"currencycode", "currency"},
    {"closedate", "close_date"},
    {"expectedclosedate", "close_date"},
    {"expectedclose", "close_date"},
    {"stage", "stage"},
    {"dealstage", "stage"},
    {"salesstage", "stage"},
    {"pipelinestage", "stage"},
    {"status", "stage"},
    {"id", "external_id"},
    {"externalid", "external_id"},
    {"opportunityid", "external_id"},
    {"dealid", "external_id"},
    {"recordid", "external_id"},
}};

constexpr std::array<std::string_view, 6> productKeys{"product", "productname", "item",
                                                      "plan",    "service",     "package"};

} // namespace

std::span<const std::string_view> builtInImportTargets()
{
    return targets;
}

std::string headerKey(std::string_view header)
{
    std::string key = toLowerUtf8(trimmed(header));
    std::erase_if(key, [](char c) { return c == ' ' || c == '_' || c == '-' || c == '.'; });
    return key;
}

std::optional<std::string_view> builtInTargetForHeader(std::string_view header)
{
    const std::string key = headerKey(header);
    for (const auto &alias : aliases) {
        if (alias.key == key)
            return alias.target;
    }
    return std::nullopt;
}

std::optional<std::string_view> builtInTargetForField(std::string_view field)
{
    const std::string key = headerKey(field);
    for (const auto target : targets) {
        if (headerKey(target) == key)
            return target;
    }
    return builtInTargetForHeader(field);
}

bool isBookkeepingHeader(std::string_view header)
{
    const std::string key = headerKey(header);
    return key == "created" || key == "updated";
}

bool isProductLikeHeader(std::string_view header)
{
    return std::ranges::find(productKeys, headerKey(header)) != productKeys.end();
}

} // namespace dealboard

#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace dealboard {

// How CSV headers find the built-in fields of a deal. Headers are compared by headerKey(),
// so "Deal Stage", "deal_stage" and "DEALSTAGE" are the same header, and the names that
// common CRM exports use (Salesforce, HubSpot, Pipedrive, Maven's sample data) are known.

// The built-in import targets: "title", "company", "contact", "owner", "value",
// "currency", "close_date", "stage", "external_id".
std::span<const std::string_view> builtInImportTargets();

// Lower case without spaces, underscores, hyphens and dots: "Deal_Stage" -> "dealstage".
std::string headerKey(std::string_view header);

// The built-in target a header names, if any.
std::optional<std::string_view> builtInTargetForHeader(std::string_view header);

// The built-in target a --map FIELD names: a target itself or one of its header names
// ("close date", "amount").
std::optional<std::string_view> builtInTargetForField(std::string_view field);

// Columns Dealboard's own export writes that an import sets itself (created, updated).
bool isBookkeepingHeader(std::string_view header);

// Headers of columns that name what was sold; a deal without a title column is named
// after its company and this ("Cancity · GTX Plus Basic").
bool isProductLikeHeader(std::string_view header);

} // namespace dealboard

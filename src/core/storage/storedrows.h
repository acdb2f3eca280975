#pragma once

#include "core/domain/deal.h"
#include "core/domain/fielddefinition.h"
#include "core/domain/folder.h"
#include "core/domain/lostreason.h"
#include "core/domain/savedview.h"
#include "core/domain/stage.h"

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace dealboard {

class Query;

// How domain objects map to rows. Each *Columns list names the columns the matching
// read* function expects, in order; the tables are aliased by their first letter.
// The read functions throw StorageError on a stored value they cannot understand.

inline constexpr std::string_view folderColumns = "f.id, f.name, f.position";
inline constexpr std::string_view stageColumns =
    "s.id, s.folder_id, s.name, s.position, s.color, s.kind, s.probability, s.rotting_days";
inline constexpr std::string_view fieldColumns =
    "f.id, f.folder_id, f.name, f.type, f.options, f.position";
inline constexpr std::string_view viewColumns =
    "v.id, v.folder_id, v.name, v.position, v.definition";
inline constexpr std::string_view dealColumns =
    "d.id, d.folder_id, d.external_id, d.title, d.company, d.contact, d.owner, d.value_minor, "
    "d.currency, d.close_date, d.stage_id, d.position, d.custom_fields, d.created_at, "
    "d.updated_at, d.stage_entered_at, d.version, d.probability, d.lost_reason";
inline constexpr std::string_view lostReasonColumns = "r.id, r.folder_id, r.name, r.position";

Folder readFolder(const Query &query);
Stage readStage(const Query &query);
FieldDefinition readField(const Query &query);
SavedView readView(const Query &query);
Deal readDeal(const Query &query);
LostReason readLostReason(const Query &query);

// Custom field values as stored: a JSON object keyed by the field id in decimal.
std::string customValuesToJson(const std::map<FieldId, nlohmann::json> &values);
std::map<FieldId, nlohmann::json> customValuesFromJson(std::string_view text);

std::string optionsToJson(const std::vector<std::string> &options);

} // namespace dealboard

#pragma once

#include "core/domain/deal.h"
#include "core/domain/fielddefinition.h"
#include "core/domain/stage.h"
#include "core/result.h"

#include <map>
#include <string_view>
#include <vector>

namespace dealboard {

// Rules the repository checks before it writes, with messages that say what is wrong.
// They look only at the values given; uniqueness and ownership need the database and are
// checked by the repository itself.

// Title, value and win probability (0..100) of a deal.
[[nodiscard]] Status validateDealValues(const Deal &deal);

// Each custom value must belong to a field of the folder and have the shape its type
// asks for (see FieldDefinition). Null values are allowed: they mean "no value".
[[nodiscard]] Status validateCustomValues(const std::map<FieldId, nlohmann::json> &values,
                                          const std::vector<FieldDefinition> &fields);

// The values without their nulls, as they are stored.
std::map<FieldId, nlohmann::json> withoutNulls(std::map<FieldId, nlohmann::json> values);

// Name not empty, colour "#rrggbb", probability 0..100, rotting limit empty or at least
// one day.
[[nodiscard]] Status validateStageValues(const Stage &stage);

// Name not empty and not that of a built-in field; options of a choice field not empty and
// not repeated.
[[nodiscard]] Status validateFieldValues(const FieldDefinition &field);

// True for names such as "Title" or "close date" that already mean a built-in field.
bool isBuiltInFieldName(std::string_view name);

} // namespace dealboard

#pragma once

#include "core/board/board.h"
#include "core/domain/date.h"
#include "core/domain/money.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace dealboard {

// How the values of a field compare: text ignoring case, numbers and money by amount,
// dates as calendar dates.
enum class ValueKind
{
    Text,
    Number,
    Money,
    Date
};

// One value of a deal's field. monostate means the deal has no value there.
using FieldValue = std::variant<std::monostate, std::string, double, Money, Date>;

bool isEmptyValue(const FieldValue &value);
// The value as a user would type it: "Acme", "1054.00", "2026-01-31"; "" when empty.
std::string valueText(const FieldValue &value);

// A field reference of a view ("owner", "field:12") resolved against one folder.
struct ResolvedField
{
    std::string ref;
    std::string displayName; // "owner", or the custom field's name
    ValueKind kind = ValueKind::Text;
    std::optional<FieldId> customId;
    const FieldDefinition *definition = nullptr; // custom fields only
};

// Reads the fields of deals by the reference strings views use, so that filters, sort and
// grouping agree on what "the owner" or "field:12" of a deal is.
class DealFieldReader final
{
public:
    explicit DealFieldReader(const FolderSnapshot &snapshot);

    // Empty for a reference to no field of this folder (a deleted custom field, a typo).
    std::optional<ResolvedField> resolve(std::string_view ref) const;
    FieldValue value(const Deal &deal, const ResolvedField &field) const;

    const Stage *stage(StageId id) const;
    // Place of the deal's stage in the stage set; stages of another folder sort last.
    int stageIndex(const Deal &deal) const;
    // Place in the stage set of the stage named name (ignoring case and spaces), if any.
    std::optional<int> stageIndexByName(std::string_view name) const;

private:
    FieldValue customValue(const Deal &deal, const ResolvedField &field) const;

    const FolderSnapshot &m_snapshot;
    std::map<StageId, int> m_stageIndex;
    std::map<FieldId, const FieldDefinition *> m_fields;
};

} // namespace dealboard

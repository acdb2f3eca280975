#include "gui/board/groupfield.h"

#include <algorithm>

namespace dealboard {

namespace {

const FieldDefinition *customField(const FolderSnapshot &snapshot, std::string_view ref)
{
    const std::optional<FieldId> id = customFieldId(ref);
    if (!id)
        return nullptr;
    const auto found = std::ranges::find(snapshot.fields, *id, &FieldDefinition::id);
    return found == snapshot.fields.end() ? nullptr : &*found;
}

std::string *builtInText(Deal &deal, std::string_view ref)
{
    if (ref == "owner")
        return &deal.owner;
    if (ref == "company")
        return &deal.company;
    if (ref == "contact")
        return &deal.contact;
    return nullptr;
}

} // namespace

bool isSettableGroupField(const FolderSnapshot &snapshot, std::string_view groupBy)
{
    if (groupBy == "owner" || groupBy == "company" || groupBy == "contact")
        return true;
    const FieldDefinition *field = customField(snapshot, groupBy);
    return field && (field->type == FieldType::Text || field->type == FieldType::Person ||
                     field->type == FieldType::Choice);
}

void setGroupField(Deal &deal, std::string_view groupBy, const std::string &value)
{
    if (std::string *text = builtInText(deal, groupBy)) {
        *text = value;
        return;
    }
    const std::optional<FieldId> id = customFieldId(groupBy);
    if (!id)
        return;
    if (value.empty())
        deal.fields.erase(*id);
    else
        deal.fields[*id] = value;
}

} // namespace dealboard

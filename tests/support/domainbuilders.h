#pragma once

// Domain values as a test hands them to the Repository: only what a test names is set,
// the rest keeps its default. Built by hand: designated initializers that leave out a
// vector member trip -Wmissing-field-initializers.
#include "core/domain/deal.h"
#include "core/domain/fielddefinition.h"
#include "core/domain/savedview.h"

#include <string>
#include <utility>
#include <vector>

namespace dealboard::test {

inline FieldDefinition newField(const std::string &name, FieldType type = FieldType::Text,
                                std::vector<std::string> options = {})
{
    FieldDefinition field;
    field.name = name;
    field.type = type;
    field.options = std::move(options);
    return field;
}

inline SavedView newView(FolderId folderId, const std::string &name)
{
    SavedView view;
    view.folderId = folderId;
    view.name = name;
    return view;
}

inline Deal newDeal(FolderId folderId, StageId stageId, const std::string &title)
{
    Deal deal;
    deal.folderId = folderId;
    deal.stageId = stageId;
    deal.title = title;
    return deal;
}

} // namespace dealboard::test

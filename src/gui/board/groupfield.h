#pragma once

#include "core/board/board.h"

#include <string>
#include <string_view>

namespace dealboard {

// Dragging a card to another column of a board grouped by a field sets that field to the
// column's value ("" for the "No value" column clears it). Only fields whose value is the
// column's text can be set that way: owner, company, contact, and custom text, person and
// choice fields. A board grouped by a date or a number has no drop targets.

// True when cards of a board grouped by groupBy can be dropped on another column.
bool isSettableGroupField(const FolderSnapshot &snapshot, std::string_view groupBy);

// Sets deal's groupBy field to value; an empty value clears it.
void setGroupField(Deal &deal, std::string_view groupBy, const std::string &value);

} // namespace dealboard

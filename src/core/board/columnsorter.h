#pragma once

#include "core/board/board.h"
#include "core/board/dealfieldreader.h"

#include <optional>

namespace dealboard {

// Puts the cards of a column in a view's order: their manual order (stage, then position)
// when the view sorts by nothing, else by the field, with ties in manual order. Proper
// values come first, then values of the wrong type (a text in a number field), then
// empty ones, whatever the direction.
class ColumnSorter final
{
public:
    // field is the view's resolved sort field, empty for the manual order.
    ColumnSorter(const DealFieldReader &reader, std::optional<ResolvedField> field,
                 bool descending);

    void sort(BoardColumn &column) const;

private:
    struct Key;
    Key keyOf(const Deal &deal) const;
    bool before(const Key &a, const Key &b) const;

    const DealFieldReader &m_reader;
    std::optional<ResolvedField> m_field;
    bool m_descending = false;
};

} // namespace dealboard

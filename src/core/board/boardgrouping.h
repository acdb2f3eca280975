#pragma once

#include "core/board/board.h"
#include "core/board/dealfieldreader.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dealboard {

// The columns of a board and which one each deal goes to.
//
// By stage (the default), one column per stage of the folder in stage order. By another
// field ("owner", a choice or person field "field:<id>"), one column per value: a choice
// field's options in their order, then any other values the deals hold, and last the
// column "" ("No value"). Columns come from every deal of the folder, not only those a
// filter or search lets through, so they stay put while the user types.
class BoardGrouping final
{
public:
    BoardGrouping(const DealFieldReader &reader, const FolderSnapshot &snapshot,
                  std::string_view groupBy);

    // The columns, empty of deals.
    const std::vector<BoardColumn> &columns() const { return m_columns; }
    // Index into columns(), or empty for a deal of a stage the folder does not have.
    std::optional<std::size_t> columnOf(const Deal &deal) const;
    // Set when the view groups by a field that cannot be used and the stages are used instead.
    const std::string &warning() const { return m_warning; }

    // True for a field whose values can be columns: text-like and date fields (owner, a
    // choice or person field...), not numbers or money. The stage is grouped as stages.
    static bool canGroupBy(const ResolvedField &field);

private:
    void groupByStage(const FolderSnapshot &snapshot);
    void groupByValue(const FolderSnapshot &snapshot, const ResolvedField &field);
    void addValueColumn(const std::string &value);

    const DealFieldReader &m_reader;
    std::optional<ResolvedField> m_field; // empty when grouped by stage
    std::vector<BoardColumn> m_columns;
    std::map<StageId, std::size_t> m_stageColumns;
    std::map<std::string, std::size_t> m_valueColumns;
    std::string m_warning;
};

} // namespace dealboard

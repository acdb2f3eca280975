#include "core/board/boardgrouping.h"

#include "core/domain/savedview.h"
#include "core/domain/text.h"

#include <algorithm>
#include <set>

namespace dealboard {

BoardGrouping::BoardGrouping(const DealFieldReader &reader, const FolderSnapshot &snapshot,
                             std::string_view groupBy)
    : m_reader(reader)
{
    if (groupBy.empty() || groupBy == "stage") {
        groupByStage(snapshot);
        return;
    }

    auto field = reader.resolve(groupBy);
    if (!field || !canGroupBy(*field)) {
        m_warning = field ? "Cards cannot be grouped by \"" + field->displayName +
                                "\"; they are grouped by stage."
                          : std::string("The view groups by a field that no longer exists; "
                                        "cards are grouped by stage.");
        groupByStage(snapshot);
        return;
    }
    groupByValue(snapshot, *field);
}

void BoardGrouping::groupByStage(const FolderSnapshot &snapshot)
{
    for (const auto &stage : snapshot.stages) {
        m_stageColumns.emplace(stage.id, m_columns.size());
        BoardColumn column;
        column.key = stageColumnKey(stage.id);
        column.name = stage.name;
        column.stageId = stage.id;
        m_columns.push_back(std::move(column));
    }
}

void BoardGrouping::groupByValue(const FolderSnapshot &snapshot, const ResolvedField &field)
{
    m_field = field;
    if (field.definition && field.definition->type == FieldType::Choice) {
        for (const auto &option : field.definition->options)
            addValueColumn(option);
    }

    // Other values in a stable order: alphabetical ignoring case (ISO dates thus by date).
    std::set<std::pair<std::string, std::string>> others;
    for (const auto &deal : snapshot.deals) {
        std::string text = valueText(m_reader.value(deal, field));
        if (!text.empty() && !m_valueColumns.contains(text))
            others.emplace(toLowerUtf8(text), std::move(text));
    }
    for (const auto &[key, value] : others)
        addValueColumn(value);
    addValueColumn({});
}

void BoardGrouping::addValueColumn(const std::string &value)
{
    if (!m_valueColumns.emplace(value, m_columns.size()).second)
        return;
    BoardColumn column;
    column.key = value;
    column.name = value.empty() ? std::string("No value") : value;
    m_columns.push_back(std::move(column));
}

bool BoardGrouping::canGroupBy(const ResolvedField &field)
{
    if (field.ref == "stage")
        return false; // handled as the stage set, not as names
    return field.kind == ValueKind::Text || field.kind == ValueKind::Date;
}

std::optional<std::size_t> BoardGrouping::columnOf(const Deal &deal) const
{
    if (!m_field) {
        const auto found = m_stageColumns.find(deal.stageId);
        return found == m_stageColumns.end() ? std::nullopt : std::optional(found->second);
    }
    const auto found = m_valueColumns.find(valueText(m_reader.value(deal, *m_field)));
    return found == m_valueColumns.end() ? std::nullopt : std::optional(found->second);
}

} // namespace dealboard

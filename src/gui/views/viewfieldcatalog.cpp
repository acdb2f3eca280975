#include "gui/views/viewfieldcatalog.h"

#include "core/board/boardgrouping.h"
#include "core/domain/savedview.h"

#include <algorithm>

namespace dealboard {

namespace {

ValueKind kindOf(FieldType type)
{
    switch (type) {
    case FieldType::Number:
        return ValueKind::Number;
    case FieldType::Money:
        return ValueKind::Money;
    case FieldType::Date:
        return ValueKind::Date;
    case FieldType::Text:
    case FieldType::Choice:
    case FieldType::Person:
        break;
    }
    return ValueKind::Text;
}

QStringList toQStringList(const std::vector<std::string> &values)
{
    QStringList list;
    for (const std::string &value : values)
        list.append(QString::fromStdString(value));
    return list;
}

} // namespace

ViewFieldCatalog::ViewFieldCatalog(const FolderSnapshot &snapshot)
    : m_snapshot(snapshot)
{
    addBuiltInFields();
    addCustomFields();
}

const ViewFieldCatalog::Field *ViewFieldCatalog::field(std::string_view ref) const
{
    const auto found = std::ranges::find(m_fields, ref, &Field::ref);
    return found == m_fields.end() ? nullptr : &*found;
}

std::vector<ViewFieldCatalog::Column> ViewFieldCatalog::columns(std::string_view groupBy) const
{
    const DealFieldReader reader(m_snapshot);
    const BoardGrouping grouping(reader, m_snapshot, groupBy);
    std::vector<Column> columns;
    for (const BoardColumn &column : grouping.columns()) {
        const QString name =
            column.key.empty() ? tr("No value") : QString::fromStdString(column.name);
        columns.push_back({column.key, name});
    }
    return columns;
}

void ViewFieldCatalog::addBuiltInFields()
{
    QStringList stages;
    for (const Stage &stage : m_snapshot.stages)
        stages.append(QString::fromStdString(stage.name));

    m_fields = {
        {"title", tr("Title"), ValueKind::Text, {}},
        {"company", tr("Company"), ValueKind::Text, {}},
        {"contact", tr("Contact"), ValueKind::Text, {}},
        {"owner", tr("Owner"), ValueKind::Text, {}},
        {"value", tr("Value"), ValueKind::Money, {}},
        {"close_date", tr("Expected close"), ValueKind::Date, {}},
        {"stage", tr("Stage"), ValueKind::Text, stages},
        {"created", tr("Created"), ValueKind::Date, {}},
        {"updated", tr("Updated"), ValueKind::Date, {}},
    };
    m_groupings = {m_fields[6], m_fields[3]};
}

void ViewFieldCatalog::addCustomFields()
{
    for (const FieldDefinition &definition : m_snapshot.fields) {
        Field field{customFieldRef(definition.id), QString::fromStdString(definition.name),
                    kindOf(definition.type), toQStringList(definition.options)};
        if (definition.type == FieldType::Choice || definition.type == FieldType::Person)
            m_groupings.push_back(field);
        m_fields.push_back(std::move(field));
    }
}

} // namespace dealboard

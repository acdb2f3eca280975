// What a saved view keeps when the folder changed under it: a field, stage or choice option
// it names may have been deleted or renamed since it was saved. The view still opens; the
// broken part is left out and the user is told which, in words.
#include "core/board/board.h"

#include "core/board/boardgrouping.h"
#include "core/board/dealfieldreader.h"
#include "core/domain/text.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace dealboard {

namespace {

class ViewCleaner final
{
public:
    ViewCleaner(const FolderSnapshot &snapshot, const SavedView &view)
        : m_snapshot(snapshot)
        , m_reader(snapshot)
    {
        m_result.view = view;
    }

    CleanedView clean()
    {
        cleanGrouping();
        cleanHiddenColumns();
        cleanFilters();
        cleanSort();
        cleanCardFields();
        return std::move(m_result);
    }

private:
    SavedView &view() { return m_result.view; }
    void warn(std::string text) { m_result.warnings.push_back(std::move(text)); }

    // "a deleted field" for a custom field that is gone, else the reference itself quoted.
    static std::string missingFieldWords(const std::string &ref)
    {
        if (customFieldId(ref))
            return "a deleted field";
        return "the unknown field \"" + ref + "\"";
    }

    void cleanGrouping()
    {
        const std::string groupBy = view().groupBy;
        if (groupBy.empty() || groupBy == "stage")
            return;

        const auto field = m_reader.resolve(groupBy);
        if (field && BoardGrouping::canGroupBy(*field)) {
            m_groupField = field;
            return;
        }
        warn(field ? "Cards cannot be grouped by \"" + field->displayName +
                         "\"; they are grouped by stage."
                   : "The view was grouped by a field that no longer exists; cards are grouped "
                     "by stage.");
        view().groupBy = "stage";
        // Its hidden columns named values of the lost grouping, not stages.
        std::erase_if(view().hiddenColumns,
                      [](const std::string &key) { return !stageIdFromColumnKey(key); });
    }

    bool isChoice(const ResolvedField &field) const
    {
        return field.definition && field.definition->type == FieldType::Choice;
    }

    // Options of the choice field and the values deals still hold, by nameKey().
    const std::set<std::string> &choiceValues(const ResolvedField &field)
    {
        auto [entry, inserted] = m_choiceValues.try_emplace(*field.customId);
        if (!inserted)
            return entry->second;
        for (const std::string &option : field.definition->options)
            entry->second.insert(nameKey(option));
        for (const Deal &deal : m_snapshot.deals)
            entry->second.insert(nameKey(valueText(m_reader.value(deal, field))));
        entry->second.erase(std::string());
        return entry->second;
    }

    bool isStageName(const std::string &name) const
    {
        const std::string key = nameKey(name);
        return std::ranges::any_of(m_snapshot.stages,
                                   [&](const Stage &stage) { return nameKey(stage.name) == key; });
    }

    bool isStaleHiddenColumn(const std::string &key)
    {
        if (!m_groupField) {
            const auto stageId = stageIdFromColumnKey(key);
            if (stageId && m_reader.stage(*stageId))
                return false;
            warn(stageId ? "A hidden column of a deleted stage was left out."
                         : "The hidden column \"" + key + "\" is not a stage and was left out.");
            return true;
        }
        if (key.empty() || !isChoice(*m_groupField) ||
            choiceValues(*m_groupField).contains(nameKey(key)))
            return false;
        warn("The hidden column \"" + key + "\" names an option of \"" + m_groupField->displayName +
             "\" that no longer exists; it was left out.");
        return true;
    }

    void cleanHiddenColumns()
    {
        std::erase_if(view().hiddenColumns,
                      [this](const std::string &key) { return isStaleHiddenColumn(key); });
    }

    // The filter's value that names no stage or no option, if any.
    std::optional<std::string> missingValue(const ViewFilter &filter, const ResolvedField &field)
    {
        const bool byStage = field.ref == "stage";
        const bool byOption = isChoice(field) && (filter.op == FilterOperator::Is ||
                                                  filter.op == FilterOperator::IsNot);
        const bool comparesValues = filter.op != FilterOperator::Contains &&
                                    filter.op != FilterOperator::Empty &&
                                    filter.op != FilterOperator::NotEmpty;
        if (!comparesValues || (!byStage && !byOption))
            return std::nullopt;

        std::vector<std::string> values{filter.value};
        if (filter.op == FilterOperator::Between)
            values.push_back(filter.value2);
        for (const std::string &value : values) {
            if (trimmed(value).empty())
                continue; // "is nothing" means "is empty"
            const bool exists =
                byStage ? isStageName(value) : choiceValues(field).contains(nameKey(value));
            if (!exists)
                return value;
        }
        return std::nullopt;
    }

    bool isBrokenFilter(const ViewFilter &filter)
    {
        const auto field = m_reader.resolve(filter.field);
        if (!field) {
            warn("The filter on " + missingFieldWords(filter.field) + " was left out.");
            return true;
        }
        const auto missing = missingValue(filter, *field);
        if (!missing)
            return false;
        warn(field->ref == "stage"
                 ? "The filter on the stage \"" + *missing +
                       "\", which no longer exists, was left out."
                 : "The filter on \"" + field->displayName + "\" names the option \"" + *missing +
                       "\", which no longer exists; it was left out.");
        return true;
    }

    void cleanFilters()
    {
        std::erase_if(view().filters,
                      [this](const ViewFilter &filter) { return isBrokenFilter(filter); });
    }

    void cleanSort()
    {
        const std::string ref = view().sort.field;
        if (ref.empty() || m_reader.resolve(ref))
            return;
        warn("The sort on " + missingFieldWords(ref) +
             " was left out; cards are in their manual order.");
        view().sort = {};
    }

    void cleanCardFields()
    {
        std::erase_if(view().cardFields, [this](const std::string &ref) {
            if (m_reader.resolve(ref))
                return false;
            const std::string words = missingFieldWords(ref);
            warn(char(std::toupper(static_cast<unsigned char>(words.front()))) + words.substr(1) +
                 " was left out of the cards.");
            return true;
        });
    }

    const FolderSnapshot &m_snapshot;
    DealFieldReader m_reader;
    CleanedView m_result;
    std::optional<ResolvedField> m_groupField; // empty when grouped by stage
    std::map<FieldId, std::set<std::string>> m_choiceValues;
};

} // namespace

CleanedView withoutBrokenParts(const FolderSnapshot &snapshot, const SavedView &view)
{
    return ViewCleaner(snapshot, view).clean();
}

} // namespace dealboard

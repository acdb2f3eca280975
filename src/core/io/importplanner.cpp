#include "core/io/importplanner.h"

#include "core/domain/savedview.h"
#include "core/domain/text.h"
#include "core/io/columnprofile.h"
#include "core/io/dateparser.h"
#include "core/io/decimalmarkevidence.h"
#include "core/io/headermapping.h"
#include "core/io/importstages.h"
#include "core/log/logging.h"
#include "core/storage/repository.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <set>
#include <unordered_set>

namespace dealboard {

namespace {

// "engage_date" reads "Engage date": the name a person would give the field. Headers that
// already mix cases ("ARR", "Lead Source") are kept as written.
std::string readableFieldName(std::string_view header)
{
    std::string name;
    for (char c : trimmed(header)) {
        const char spaced = c == '_' ? ' ' : c;
        if (spaced == ' ' && (name.empty() || name.back() == ' '))
            continue;
        name += spaced;
    }
    while (!name.empty() && name.back() == ' ')
        name.pop_back();

    const bool lowerOnly = std::ranges::none_of(name, [](char c) { return c >= 'A' && c <= 'Z'; });
    if (lowerOnly && !name.empty() && name.front() >= 'a' && name.front() <= 'z')
        name.front() = char(name.front() - 'a' + 'A');
    return name.empty() ? std::string(header) : name;
}

bool startsFormula(std::string_view text)
{
    return !text.empty() &&
           std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
}

// Our CSV export, like spreadsheets, puts an apostrophe before text a spreadsheet would
// run as a formula ("'=cmd", "'-2+3"), and a second one before text that starts "'=" itself.
// That apostrophe is not part of the text, so it comes off again and an exported folder
// imports with the titles it had.
void removeFormulaGuard(std::string &cell)
{
    const std::string_view rest =
        std::string_view(cell).substr(std::min<std::size_t>(1, cell.size()));
    if (cell.starts_with('\'') &&
        (startsFormula(rest) || (rest.starts_with('\'') && startsFormula(rest.substr(1)))))
        cell.erase(0, 1);
}

constexpr std::size_t sampleRowCount = 10;
constexpr std::string_view customPrefix = "field:";

std::string customTarget(const std::string &name)
{
    return std::string(customPrefix) + name;
}

// Names a custom field may not have because a built-in field has them.
bool isReservedFieldName(const std::string &name)
{
    const std::string key = nameKey(name);
    if (isBuiltInFieldRef(key) || key == "position" || key == "version")
        return true;
    const auto targets = builtInImportTargets();
    return std::ranges::find(targets, headerKey(name), headerKey) != targets.end();
}

} // namespace

ImportPlanner::ImportPlanner(Repository &repository, const ImportOptions &options)
    : m_repository(repository)
    , m_options(options)
{
}

Result<PreparedImport> ImportPlanner::prepare(CsvTable table)
{
    m_prepared.table = std::move(table);
    m_prepared.options = m_options;
    normaliseHeader();
    for (auto &record : m_prepared.table.records)
        std::ranges::for_each(record.fields, removeFormulaGuard);
    m_prepared.rules.resize(m_prepared.table.header.size());
    m_assigned.assign(m_prepared.table.header.size(), false);

    Status status = loadFolder();
    if (status)
        status = assignMappedColumns();
    if (status)
        status = assignSkippedColumns();
    if (status)
        status = assignOtherColumns();
    if (status)
        status = resolveDateOrders();
    if (status)
        status = resolveDecimalMarks();
    if (!status)
        return std::unexpected(status.error());

    planStages();
    fillPlan();
    if (auto counted = countMatchedRows(); !counted)
        return std::unexpected(counted.error());
    return std::move(m_prepared);
}

// Headers are trimmed; a blank one is named after its place and a repeated one numbered,
// so every column has a name the user can see and --map can use.
void ImportPlanner::normaliseHeader()
{
    std::set<std::string> seen;
    auto &header = m_prepared.table.header;
    for (std::size_t i = 0; i < header.size(); ++i) {
        std::string name(trimmed(header[i]));
        if (name.empty())
            name = fmt::format("Column {}", i + 1);
        const std::string base = name;
        for (int n = 2; !seen.insert(nameKey(name)).second; ++n)
            name = fmt::format("{} ({})", base, n);
        header[i] = name;
    }
}

Status ImportPlanner::loadFolder()
{
    if (trimmed(m_options.folderName).empty())
        return failure("No folder given: say which folder the deals go into");

    auto folder = m_repository.folderByName(m_options.folderName);
    if (!folder)
        return std::unexpected(folder.error());
    m_prepared.folder = *folder;
    if (!m_prepared.folder)
        return {};

    auto stages = m_repository.stages(m_prepared.folder->id);
    if (!stages)
        return std::unexpected(stages.error());
    m_prepared.stages = std::move(*stages);

    auto fields = m_repository.fields(m_prepared.folder->id);
    if (!fields)
        return std::unexpected(fields.error());
    m_prepared.fields = std::move(*fields);
    return {};
}

Status ImportPlanner::assignMappedColumns()
{
    for (const auto &[field, columnName] : m_options.mapping) {
        const std::string option = fmt::format("{}={}", field, columnName);
        auto column = findColumn(columnName, "--map " + option);
        if (!column)
            return std::unexpected(column.error());

        if (field.starts_with(customPrefix)) {
            const std::string name(trimmed(std::string_view(field).substr(customPrefix.size())));
            if (name.empty())
                return failure(fmt::format("--map {} names no custom field", option));
            if (auto status = assignField(*column, name); !status)
                return status;
            continue;
        }
        const auto target = builtInTargetForField(field);
        if (!target)
            return failure(fmt::format("--map {}: there is no field \"{}\"; use one of {} or "
                                       "field:NAME for a custom field",
                                       option, field, fmt::join(builtInImportTargets(), ", ")));
        if (auto status = assign(*column, std::string(*target)); !status)
            return status;
    }
    return {};
}

Status ImportPlanner::assignSkippedColumns()
{
    for (const auto &columnName : m_options.skippedColumns) {
        auto column = findColumn(columnName, "--skip " + columnName);
        if (!column)
            return std::unexpected(column.error());
        if (auto status = assign(*column, ""); !status)
            return status;
    }
    return {};
}

Status ImportPlanner::assignOtherColumns()
{
    assignBuiltInColumns(true);
    assignBuiltInColumns(false);

    const auto &header = m_prepared.table.header;
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (m_assigned[i])
            continue;
        if (isBookkeepingHeader(header[i])) {
            m_assigned[i] = true; // Dealboard sets created and updated itself
            continue;
        }
        std::string name = hasFieldNamed(header[i]) ? header[i] : readableFieldName(header[i]);
        if (isReservedFieldName(name))
            name += " (imported)";
        if (auto status = assignField(i, name); !status)
            return status;
    }
    return {};
}

// Headers that are a field's own name go first, so a file with both "Status" and "Stage"
// fills the stage from "Stage" whichever comes first.
void ImportPlanner::assignBuiltInColumns(bool ownNamesOnly)
{
    const auto &header = m_prepared.table.header;
    for (std::size_t i = 0; i < header.size(); ++i) {
        const auto target = builtInTargetForHeader(header[i]);
        if (m_assigned[i] || !target || m_prepared.column(*target))
            continue;
        if (ownNamesOnly && headerKey(header[i]) != headerKey(*target))
            continue;
        m_prepared.rules[i].target = std::string(*target);
        m_assigned[i] = true;
    }
}

Status ImportPlanner::assign(std::size_t column, const std::string &target)
{
    const auto &header = m_prepared.table.header;
    if (m_assigned[column])
        return failure(fmt::format("Column \"{}\" is mapped twice", header[column]));
    if (!target.empty() && m_prepared.column(target))
        return failure(fmt::format("Both \"{}\" and \"{}\" are mapped to {}",
                                   header[*m_prepared.column(target)], header[column], target));
    m_prepared.rules[column].target = target;
    m_assigned[column] = true;
    return {};
}

bool ImportPlanner::hasFieldNamed(std::string_view name) const
{
    const std::string key = nameKey(name);
    return std::ranges::any_of(m_prepared.fields, [&key](const FieldDefinition &field) {
        return nameKey(field.name) == key;
    });
}

// A custom field with this name is reused when the folder has one; otherwise the column
// makes a new one of the type its values suggest.
Status ImportPlanner::assignField(std::size_t column, std::string name)
{
    if (isReservedFieldName(name))
        return failure(fmt::format("\"{}\" is the name of a built-in field; give the custom "
                                   "field another name",
                                   name));
    auto &fields = m_prepared.fields;
    auto existing = std::ranges::find(fields, nameKey(name),
                                      [](const FieldDefinition &f) { return nameKey(f.name); });
    if (existing == fields.end()) {
        FieldDefinition field;
        field.name = name;
        field.type = profileColumn(m_prepared.table, column).type;
        fields.push_back(field);
        existing = fields.end() - 1;
    }
    const std::size_t index = std::size_t(existing - fields.begin());
    for (const auto &rule : m_prepared.rules) {
        if (rule.field == index)
            return failure(fmt::format("Two columns go to the custom field \"{}\"", name));
    }
    if (auto status = assign(column, customTarget(existing->name)); !status)
        return status;
    m_prepared.rules[column].field = index;
    return {};
}

Result<std::size_t> ImportPlanner::findColumn(const std::string &name,
                                              const std::string &option) const
{
    const auto &header = m_prepared.table.header;
    const auto exact = std::ranges::find(header, trimmed(name));
    if (exact != header.end())
        return std::size_t(exact - header.begin());
    const auto similar = std::ranges::find(header, headerKey(name), headerKey);
    if (similar != header.end())
        return std::size_t(similar - header.begin());
    return failure(fmt::format("{}: the file has no column \"{}\"; its columns are {}", option,
                               name, fmt::join(header, ", ")));
}

bool ImportPlanner::isDateColumn(std::size_t column) const
{
    const auto &rule = m_prepared.rules[column];
    if (rule.target == "close_date")
        return true;
    return rule.field && m_prepared.fields[*rule.field].type == FieldType::Date;
}

// Each column of dates settles its own order; see DateOrderEvidence.
Status ImportPlanner::resolveDateOrders()
{
    const auto &table = m_prepared.table;
    for (std::size_t column = 0; column < m_prepared.rules.size(); ++column) {
        if (!isDateColumn(column))
            continue;
        DateOrderEvidence evidence;
        for (const auto &record : table.records) {
            if (record.fields.size() == table.header.size())
                evidence.add(record.fields[column], record.line);
        }
        auto order = evidence.resolve(table.header[column], m_options.dateOrder);
        if (!order)
            return std::unexpected(order.error());
        m_prepared.rules[column].dateOrder = *order;
        if (!m_prepared.plan.dateOrder && evidence.settledOrder())
            m_prepared.plan.dateOrder = *order;
    }
    if (m_options.dateOrder)
        m_prepared.plan.dateOrder = m_options.dateOrder;
    return {};
}

bool ImportPlanner::isAmountColumn(std::size_t column) const
{
    const auto &rule = m_prepared.rules[column];
    if (rule.target == "value")
        return true;
    if (!rule.field)
        return false;
    const auto type = m_prepared.fields[*rule.field].type;
    return type == FieldType::Money || type == FieldType::Number;
}

// Each column of amounts settles its own decimal separator from all its values, as a
// column of dates settles its order: "1.234" means one thing in a column with "1.50" and
// another in one with "2,5".
Status ImportPlanner::resolveDecimalMarks()
{
    const auto &table = m_prepared.table;
    for (std::size_t column = 0; column < m_prepared.rules.size(); ++column) {
        if (!isAmountColumn(column))
            continue;
        DecimalMarkEvidence evidence;
        for (const auto &record : table.records) {
            if (record.fields.size() == table.header.size())
                evidence.add(record.fields[column], record.line);
        }
        auto mark = evidence.resolve(table.header[column]);
        if (!mark)
            return std::unexpected(mark.error());
        m_prepared.rules[column].decimalMark = *mark;
    }
    return {};
}

// Stage names the folder lacks become stages; a folder that would have none at all gets
// a "New" stage so that every deal has a column.
void ImportPlanner::planStages()
{
    std::set<std::string> known;
    for (const auto &stage : m_prepared.stages)
        known.insert(nameKey(stage.name));

    std::vector<std::string> names;
    const auto column = m_prepared.column("stage");
    for (const auto &record : m_prepared.table.records) {
        if (!column || record.fields.size() != m_prepared.table.header.size())
            continue;
        const std::string name(trimmed(record.fields[*column]));
        if (!name.empty() && known.insert(nameKey(name)).second)
            names.push_back(name);
    }
    if (names.empty() && m_prepared.stages.empty())
        names.emplace_back("New");
    m_prepared.plan.newStages = orderNewStages(std::move(names));
}

void ImportPlanner::fillPlan()
{
    auto &plan = m_prepared.plan;
    const auto &table = m_prepared.table;
    for (std::size_t i = 0; i < table.header.size(); ++i) {
        ColumnMapping mapping;
        mapping.header = table.header[i];
        mapping.target = m_prepared.rules[i].target;
        if (const auto field = m_prepared.rules[i].field) {
            mapping.createsField = m_prepared.fields[*field].id == 0;
            mapping.newFieldType = m_prepared.fields[*field].type;
        }
        plan.columns.push_back(mapping);
        if (!m_prepared.productColumn && isProductLikeHeader(table.header[i]))
            m_prepared.productColumn = i;
    }
    plan.rowCount = int(table.records.size());
    for (std::size_t i = 0; i < table.records.size() && i < sampleRowCount; ++i)
        plan.sampleRows.push_back(table.records[i].fields);
}

// One read of the folder's ids, so the preview can say how many rows are already there.
Status ImportPlanner::countMatchedRows()
{
    const auto column = m_prepared.column("external_id");
    if (!m_prepared.folder || !column)
        return {};
    auto snapshot = m_repository.snapshot(m_prepared.folder->id);
    if (!snapshot)
        return std::unexpected(snapshot.error());
    std::unordered_set<std::string> ids;
    for (const auto &deal : snapshot->deals) {
        if (!deal.externalId.empty())
            ids.insert(deal.externalId);
    }
    const auto &table = m_prepared.table;
    for (const auto &record : table.records) {
        if (record.fields.size() == table.header.size() &&
            ids.contains(std::string(trimmed(record.fields[*column]))))
            ++m_prepared.plan.matchedRowCount;
    }
    return {};
}

} // namespace dealboard

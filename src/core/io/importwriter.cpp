#include "core/io/importwriter.h"

#include "core/domain/savedview.h"
#include "core/domain/text.h"
#include "core/io/importstages.h"
#include "core/log/logging.h"
#include "core/storage/repository.h"

#include <fmt/format.h>

#include <algorithm>

namespace dealboard {

namespace {

constexpr int progressStep = 100; // rows between progress reports

// The values an import sets; ids, positions, timestamps and version are the storage's.
bool sameValues(const Deal &a, const Deal &b)
{
    return a.externalId == b.externalId && a.title == b.title && a.company == b.company &&
           a.contact == b.contact && a.owner == b.owner && a.value == b.value &&
           a.expectedClose == b.expectedClose && a.stageId == b.stageId && a.fields == b.fields;
}

} // namespace

ImportWriter::ImportWriter(Repository &repository, const PreparedImport &prepared,
                           const ImportProgress &progress)
    : m_repository(repository)
    , m_prepared(prepared)
    , m_progress(progress)
{
}

Result<ImportSummary> ImportWriter::write(const std::vector<ImportedRow> &rows)
{
    const auto status = m_repository.inTransaction([&] { return writeAll(rows); });
    if (!status) {
        log(logger::import)
            ->warn("Import into \"{}\" failed, nothing written: {}", m_prepared.options.folderName,
                   status.error());
        return std::unexpected(status.error());
    }
    log(logger::import)
        ->info("Imported {} rows into \"{}\": {} created, {} updated, {} unchanged", rows.size(),
               m_prepared.options.folderName, m_summary.created, m_summary.updated,
               m_summary.unchanged);
    return m_summary;
}

Status ImportWriter::writeAll(const std::vector<ImportedRow> &rows)
{
    m_summary = {};
    Status status = ensureFolder();
    if (status)
        status = ensureStages();
    if (status)
        status = ensureFields(rows);
    if (status)
        status = loadDealsByExternalId();
    if (status)
        status = writeRows(rows);
    return status;
}

// A new folder gets the one view every folder needs to be seen at all.
Status ImportWriter::ensureFolder()
{
    if (m_prepared.folder) {
        m_folderId = m_prepared.folder->id;
        return {};
    }
    auto folder = m_repository.createFolder(m_prepared.options.folderName);
    if (!folder)
        return std::unexpected(folder.error());
    m_folderId = folder->id;

    SavedView view;
    view.folderId = m_folderId;
    view.name = "All deals";
    if (auto created = m_repository.createView(view); !created)
        return std::unexpected(created.error());
    log(logger::import)->debug("Created folder \"{}\"", folder->name);
    return {};
}

Status ImportWriter::ensureStages()
{
    for (const auto &stage : m_prepared.stages)
        m_stageIds.emplace(nameKey(stage.name), stage.id);
    if (!m_prepared.stages.empty())
        m_firstStageId = m_prepared.stages.front().id;

    const auto &names = m_prepared.plan.newStages;
    const int openCount = int(std::ranges::count(names, StageKind::Open, guessStageKind));
    int openIndex = 0;
    for (const auto &name : names) {
        Stage stage = makeImportedStage(name, openIndex, openCount);
        stage.folderId = m_folderId;
        openIndex += stage.isOpen() ? 1 : 0;
        auto added = m_repository.addStage(m_folderId, stage);
        if (!added)
            return std::unexpected(added.error());
        m_stageIds.emplace(nameKey(added->name), added->id);
        if (m_firstStageId == 0)
            m_firstStageId = added->id;
        m_summary.newStages.push_back(added->name);
        if (added->isOpen()) {
            if (auto placed = placeBeforeClosedStages(*added); !placed)
                return placed;
        }
    }
    return {};
}

// A new open stage goes left of the folder's won and lost stages, where a pipeline reads
// it, instead of after them.
Status ImportWriter::placeBeforeClosedStages(const Stage &stage)
{
    const auto stages = m_repository.stages(m_folderId);
    if (!stages)
        return std::unexpected(stages.error());

    const auto firstClosed =
        std::ranges::find_if(*stages, [](const Stage &other) { return !other.isOpen(); });
    if (firstClosed == stages->end() || firstClosed->position > stage.position)
        return {};
    return m_repository.moveStage(stage.id, int(firstClosed - stages->begin()));
}

// New fields are created; choice fields learn the values they did not offer yet, in the
// order the file first uses them.
Status ImportWriter::ensureFields(const std::vector<ImportedRow> &rows)
{
    const auto &fields = m_prepared.fields;
    m_fieldIds.assign(fields.size(), 0);
    for (std::size_t i = 0; i < fields.size(); ++i) {
        FieldDefinition field = fields[i];
        const std::size_t before = field.options.size();
        if (field.type == FieldType::Choice) {
            for (const auto &row : rows) {
                const auto &value = row.fieldValues[i];
                if (value && std::ranges::find(field.options, value->get<std::string>()) ==
                                 field.options.end())
                    field.options.push_back(value->get<std::string>());
            }
        }
        if (field.id == 0) {
            field.folderId = m_folderId;
            auto added = m_repository.addField(m_folderId, field);
            if (!added)
                return std::unexpected(added.error());
            field = *added;
            m_summary.newFields.push_back(field.name);
        } else if (field.options.size() != before) {
            if (auto updated = m_repository.updateField(field); !updated)
                return updated;
        }
        m_fieldIds[i] = field.id;
    }
    return {};
}

// One read of the folder instead of one query per row.
Status ImportWriter::loadDealsByExternalId()
{
    if (!m_prepared.folder || !m_prepared.column("external_id"))
        return {};
    auto snapshot = m_repository.snapshot(m_folderId);
    if (!snapshot)
        return std::unexpected(snapshot.error());
    for (auto &deal : snapshot->deals) {
        if (!deal.externalId.empty())
            m_dealsByExternalId.emplace(deal.externalId, std::move(deal));
    }
    return {};
}

Status ImportWriter::writeRows(const std::vector<ImportedRow> &rows)
{
    const int total = int(rows.size());
    if (!reportProgress(0, total))
        return failure("The import was cancelled; nothing was written");
    for (int i = 0; i < total; ++i) {
        if (auto status = writeRow(rows[std::size_t(i)]); !status)
            return failure(fmt::format("line {}: {}", rows[std::size_t(i)].line, status.error()));
        const int done = i + 1;
        if ((done % progressStep == 0 || done == total) && !reportProgress(done, total))
            return failure("The import was cancelled; nothing was written");
    }
    return {};
}

Status ImportWriter::writeRow(const ImportedRow &row)
{
    const auto existing = row.externalId.empty() ? m_dealsByExternalId.end()
                                                 : m_dealsByExternalId.find(row.externalId);
    if (existing != m_dealsByExternalId.end()) {
        const Deal changed = withRow(existing->second, row);
        if (sameValues(changed, existing->second)) {
            ++m_summary.unchanged;
            return {};
        }
        auto updated = m_repository.updateDeal(changed);
        if (!updated)
            return std::unexpected(updated.error());
        ++m_summary.updated;
        return {};
    }

    Deal deal;
    deal.folderId = m_folderId;
    deal.externalId = row.externalId;
    auto created = m_repository.createDeal(withRow(std::move(deal), row));
    if (!created)
        return std::unexpected(created.error());
    ++m_summary.created;
    return {};
}

// The deal with the row's values. Built-in values the file has no column for stay as they
// are, and so does the title of a stored deal when the file has no title for it: a name
// given in Dealboard is not overwritten by one built from the row.
Deal ImportWriter::withRow(Deal deal, const ImportedRow &row) const
{
    const bool isNew = deal.id == 0;
    if (isNew || row.titleFromColumn)
        deal.title = row.title;
    if (m_prepared.column("company"))
        deal.company = row.company;
    if (m_prepared.column("contact"))
        deal.contact = row.contact;
    if (m_prepared.column("owner"))
        deal.owner = row.owner;
    if (m_prepared.column("value"))
        deal.value = row.value;
    if (m_prepared.column("close_date"))
        deal.expectedClose = row.closeDate;
    if (!row.stageName.empty())
        deal.stageId = m_stageIds.at(nameKey(row.stageName));
    else if (isNew)
        deal.stageId = m_firstStageId;

    for (const auto &rule : m_prepared.rules) {
        if (!rule.field)
            continue;
        const FieldId id = m_fieldIds[*rule.field];
        if (const auto &value = row.fieldValues[*rule.field])
            deal.fields[id] = *value;
        else
            deal.fields.erase(id);
    }
    return deal;
}

bool ImportWriter::reportProgress(int done, int total) const
{
    return !m_progress || m_progress(done, total);
}

} // namespace dealboard

#pragma once

#include "core/domain/deal.h"
#include "core/io/importrowreader.h"
#include "core/io/preparedimport.h"
#include "core/result.h"

#include <map>
#include <string>
#include <vector>

namespace dealboard {

class Repository;

// Writes checked rows into the folder in one transaction: the folder, its new stages and
// custom fields, then each deal. A row whose external id the folder already has updates
// that deal, and only when a value differs, so re-importing a file changes nothing.
class ImportWriter final
{
public:
    ImportWriter(Repository &repository, const PreparedImport &prepared,
                 const ImportProgress &progress);

    // All rows or, when a write fails or progress says stop, nothing.
    [[nodiscard]] Result<ImportSummary> write(const std::vector<ImportedRow> &rows);

private:
    [[nodiscard]] Status writeAll(const std::vector<ImportedRow> &rows);
    [[nodiscard]] Status ensureFolder();
    [[nodiscard]] Status ensureStages();
    [[nodiscard]] Status placeBeforeClosedStages(const Stage &stage);
    [[nodiscard]] Status ensureFields(const std::vector<ImportedRow> &rows);
    [[nodiscard]] Status loadDealsByExternalId();
    [[nodiscard]] Status writeRow(const ImportedRow &row);
    [[nodiscard]] Status writeRows(const std::vector<ImportedRow> &rows);
    Deal withRow(Deal deal, const ImportedRow &row) const;
    bool reportProgress(int done, int total) const;

    Repository &m_repository;
    const PreparedImport &m_prepared;
    const ImportProgress &m_progress;
    FolderId m_folderId = 0;
    std::map<std::string, StageId> m_stageIds; // by nameKey()
    StageId m_firstStageId = 0;
    std::vector<FieldId> m_fieldIds; // by PreparedImport::fields
    std::map<std::string, Deal> m_dealsByExternalId;
    ImportSummary m_summary;
};

} // namespace dealboard

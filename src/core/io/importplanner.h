#pragma once

#include "core/io/preparedimport.h"
#include "core/result.h"

#include <cstddef>
#include <string>
#include <vector>

namespace dealboard {

class Repository;

// Works out what an import of a CSV table will do, reading the folder but writing
// nothing: where each column goes, which custom fields and stages will be created, and
// in which order the dates of each column are written and which decimal separator the
// amounts of each column use.
//
// Columns named by the options (--map, skipped columns) go where they say; the others go
// to the built-in field their header names, or else to a custom field named after the
// header: an existing one with that name, or a new one of the type profileColumn() finds.
class ImportPlanner final
{
public:
    ImportPlanner(Repository &repository, const ImportOptions &options);

    [[nodiscard]] Result<PreparedImport> prepare(CsvTable table);

private:
    void normaliseHeader();
    [[nodiscard]] Status loadFolder();
    [[nodiscard]] Status assignMappedColumns();
    [[nodiscard]] Status assignSkippedColumns();
    [[nodiscard]] Status assignOtherColumns();
    void assignBuiltInColumns(bool ownNamesOnly);
    [[nodiscard]] Status assign(std::size_t column, const std::string &target);
    [[nodiscard]] Status assignField(std::size_t column, std::string name);
    bool hasFieldNamed(std::string_view name) const;
    // option is the option naming the column as the user wrote it ("--skip Notes").
    [[nodiscard]] Result<std::size_t> findColumn(const std::string &name,
                                                 const std::string &option) const;
    [[nodiscard]] Status resolveDateOrders();
    [[nodiscard]] Status resolveDecimalMarks();
    void planStages();
    void fillPlan();
    [[nodiscard]] Status countMatchedRows();
    bool isDateColumn(std::size_t column) const;
    bool isAmountColumn(std::size_t column) const;

    Repository &m_repository;
    const ImportOptions &m_options;
    PreparedImport m_prepared;
    std::vector<bool> m_assigned; // per column: the options or a header decided its target
};

} // namespace dealboard

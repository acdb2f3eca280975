#pragma once

#include "core/domain/date.h"
#include "core/domain/money.h"
#include "core/io/preparedimport.h"
#include "core/result.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace dealboard {

// One CSV row turned into the values of a deal. Built-in values whose column the file
// lacks stay empty here; the writer then leaves them as they are on an existing deal.
struct ImportedRow
{
    int line = 0;
    std::string externalId;
    std::string title; // from the title column, or built from the row
    bool titleFromColumn = false;
    std::string company;
    std::string contact;
    std::string owner;
    std::string stageName;
    std::optional<Money> value;
    std::optional<Date> closeDate;
    std::vector<std::optional<nlohmann::json>> fieldValues; // by PreparedImport::fields
};

// Reads and checks every row of a prepared import. An import is all or nothing, so this
// finds every bad row before anything is written and reports each with its line number.
class ImportRowReader final
{
public:
    explicit ImportRowReader(const PreparedImport &prepared);

    // All rows, or one message listing the bad ones ("line 7: value \"12,3,4\" is not an
    // amount"), at most maxReportedRows of them.
    [[nodiscard]] Result<std::vector<ImportedRow>> readAll() const;

    static constexpr int maxReportedRows = 50;

private:
    // The row, or the reasons it is bad joined by "; ".
    [[nodiscard]] Result<ImportedRow> read(const CsvRecord &record, int rowNumber) const;
    void readBuiltIn(const std::string &target, std::string_view text, ImportedRow &row,
                     std::vector<std::string> &problems, std::size_t column) const;
    void readValue(const CsvRecord &record, ImportedRow &row,
                   std::vector<std::string> &problems) const;
    [[nodiscard]] Result<nlohmann::json> readFieldValue(std::size_t column,
                                                        std::string_view text) const;
    std::string builtTitle(const CsvRecord &record, const ImportedRow &row, int rowNumber) const;
    std::string cell(const CsvRecord &record, std::string_view target) const;

    const PreparedImport &m_prepared;
};

} // namespace dealboard

#pragma once

#include "core/board/board.h"
#include "core/board/dealfieldreader.h"
#include "core/domain/savedview.h"
#include "core/result.h"

#include <optional>
#include <string>
#include <string_view>

namespace dealboard {

// Translates between the words a user types about a view of one folder and what the view
// stores. Fields are typed by name ("Region", "owner", "close date") and stored as
// references ("field:12", "owner", "close_date"); columns are typed as the board names
// them ("Won", "North", "No value") and stored as keys ("stage:3", "North", "").
// Filters are typed as one phrase: "Region is North", "value greater 5000",
// "close date between 2026-01-01 and 2026-03-31", "owner not empty".
//
// A name of nothing in the folder fails with a message listing what there is.
class ViewVocabulary final
{
public:
    explicit ViewVocabulary(const FolderSnapshot &snapshot);

    [[nodiscard]] Result<std::string> fieldRef(std::string_view name) const;
    // A field the board can make columns of: the stage, or a text, choice, person or date
    // field.
    [[nodiscard]] Result<std::string> groupRef(std::string_view name) const;
    [[nodiscard]] Result<std::string> columnKey(std::string_view groupBy,
                                                std::string_view name) const;
    [[nodiscard]] Result<ViewFilter> filter(std::string_view phrase) const;
    // "manual" (or nothing) for the manual order; "FIELD" or "FIELD:desc".
    [[nodiscard]] Result<ViewSort> sort(std::string_view text) const;

    // What is wrong with the wording of a filter before any name is looked up; empty when
    // nothing is. Such a mistake is a usage error, not a missing name.
    static std::optional<std::string> filterSyntaxError(std::string_view phrase);

    // The other way, for showing a view: a field's name, "a deleted field" for a
    // reference to none; a column's name; a filter as a phrase.
    std::string fieldName(std::string_view ref) const;
    std::string columnName(std::string_view groupBy, std::string_view key) const;
    std::string filterPhrase(const ViewFilter &filter) const;

private:
    std::string knownFields() const;
    std::string dealValueNamed(const ResolvedField &field, std::string_view name) const;

    const FolderSnapshot &m_snapshot;
    DealFieldReader m_reader;
};

} // namespace dealboard

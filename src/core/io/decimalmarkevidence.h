#pragma once

#include "core/result.h"

#include <optional>
#include <string>
#include <string_view>

namespace dealboard {

// What a column of amounts or numbers says about its decimal separator, the way
// DateOrderEvidence settles the order of dates: "1.50" proves '.', "2,5" proves ',' (see
// provenDecimalMark), "1,234" proves nothing. With the separator settled, "1.234" in a
// column that has "1.50" is one and a bit, not a thousand.
class DecimalMarkEvidence final
{
public:
    void add(std::string_view text, int line);

    // '.' or ',' when the column proves exactly one of them.
    std::optional<char> settledMark() const;
    // Both '.' and ',' were proven to be the decimal separator.
    bool isContradictory() const { return m_dotLine != 0 && m_commaLine != 0; }

    // The separator to read the column with: the settled one, or 0 when nothing settles it
    // (each value is then read as written, see parseDecimal). Fails when the column proves
    // both, naming the column and a line of each.
    [[nodiscard]] Result<char> resolve(std::string_view column) const;

private:
    int m_dotLine = 0;
    int m_commaLine = 0;
    std::string m_dotText;
    std::string m_commaText;
};

} // namespace dealboard

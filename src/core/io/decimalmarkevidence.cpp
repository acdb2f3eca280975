#include "core/io/decimalmarkevidence.h"

#include "core/domain/text.h"
#include "core/io/amountparser.h"

#include <fmt/format.h>

namespace dealboard {

void DecimalMarkEvidence::add(std::string_view text, int line)
{
    const char mark = provenDecimalMark(text);
    if (mark == '.' && m_dotLine == 0) {
        m_dotLine = line;
        m_dotText = trimmed(text);
    } else if (mark == ',' && m_commaLine == 0) {
        m_commaLine = line;
        m_commaText = trimmed(text);
    }
}

std::optional<char> DecimalMarkEvidence::settledMark() const
{
    if (isContradictory())
        return std::nullopt;
    if (m_dotLine != 0)
        return '.';
    if (m_commaLine != 0)
        return ',';
    return std::nullopt;
}

Result<char> DecimalMarkEvidence::resolve(std::string_view column) const
{
    if (isContradictory())
        return failure(fmt::format(
            "Column \"{}\" has amounts with a decimal point (line {}: \"{}\") and amounts with "
            "a decimal comma (line {}: \"{}\"); correct the file so that one column uses one",
            column, m_dotLine, m_dotText, m_commaLine, m_commaText));
    return settledMark().value_or(0);
}

} // namespace dealboard

#include "core/io/csvreader.h"

#include "core/domain/text.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace dealboard {

namespace {

constexpr std::string_view byteOrderMark = "\xEF\xBB\xBF";

std::string_view withoutByteOrderMark(std::string_view text)
{
    if (text.starts_with(byteOrderMark))
        text.remove_prefix(byteOrderMark.size());
    return text;
}

} // namespace

CsvReader::CsvReader(std::string_view text)
    : m_text(withoutByteOrderMark(text))
{
}

Result<CsvTable> CsvReader::read(std::string_view text)
{
    CsvReader reader(text);
    return reader.readTable();
}

Result<CsvTable> CsvReader::readFile(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return failure(fmt::format("Cannot open \"{}\"", file.string()));

    std::ostringstream contents;
    contents << in.rdbuf();
    if (in.bad())
        return failure(fmt::format("Cannot read \"{}\"", file.string()));
    return read(contents.str());
}

Result<CsvTable> CsvReader::readTable()
{
    if (auto valid = checkUtf8(); !valid)
        return std::unexpected(valid.error());
    detectSeparator();

    CsvTable table;
    table.separator = m_separator;
    bool haveHeader = false;
    while (!atEnd()) {
        if (atLineEnd()) {
            skipLineEnd(); // a blank line is no record
            continue;
        }
        auto record = readRecord();
        if (!record)
            return std::unexpected(record.error());
        if (!haveHeader) {
            table.header = std::move(record->fields);
            table.headerLine = record->line;
            haveHeader = true;
        } else {
            table.records.push_back(std::move(*record));
        }
    }
    if (!haveHeader)
        return failure("The file is empty: there is no header line");
    return table;
}

Result<CsvRecord> CsvReader::readRecord()
{
    CsvRecord record;
    record.line = m_line;
    while (true) {
        auto field = readField();
        if (!field)
            return std::unexpected(field.error());
        record.fields.push_back(std::move(*field));

        if (atEnd())
            return record;
        if (atLineEnd()) {
            skipLineEnd();
            return record;
        }
        ++m_pos; // the separator
    }
}

Result<std::string> CsvReader::readField()
{
    if (!atEnd() && m_text[m_pos] == '"')
        return readQuotedField();
    return readPlainField();
}

Result<std::string> CsvReader::readQuotedField()
{
    const int startLine = m_line;
    std::string value;
    ++m_pos; // the opening quote
    while (true) {
        if (atEnd())
            return errorAt(startLine, "a quoted field is never closed (unterminated quote)");

        const char c = m_text[m_pos];
        if (c == '"') {
            if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '"') {
                value += '"';
                m_pos += 2;
                continue;
            }
            ++m_pos; // the closing quote
            if (!atEnd() && !atLineEnd() && m_text[m_pos] != m_separator)
                return errorAt(m_line, "text after a closing quote (a quote inside a "
                                       "quoted field must be doubled)");
            return value;
        }
        if (atLineEnd()) {
            skipLineEnd();
            value += '\n';
            continue;
        }
        value += c;
        ++m_pos;
    }
}

Result<std::string> CsvReader::readPlainField()
{
    const std::size_t start = m_pos;
    while (!atEnd() && !atLineEnd() && m_text[m_pos] != m_separator) {
        if (m_text[m_pos] == '"')
            return errorAt(m_line, "a quote inside an unquoted field (quote the whole "
                                   "field and double the quote)");
        ++m_pos;
    }
    return std::string(m_text.substr(start, m_pos - start));
}

// UTF-8 never uses the byte of '\n' inside a multi-byte sequence, so checking line by line
// finds the first bad line exactly.
Status CsvReader::checkUtf8() const
{
    if (isValidUtf8(m_text))
        return {};

    int line = 1;
    std::size_t start = 0;
    while (start <= m_text.size()) {
        const std::size_t end = std::min(m_text.find('\n', start), m_text.size());
        if (!isValidUtf8(m_text.substr(start, end - start)))
            return errorAt(line, "the text is not valid UTF-8 (save the file as UTF-8)");
        start = end + 1;
        ++line;
    }
    return errorAt(line, "the text is not valid UTF-8 (save the file as UTF-8)");
}

// The separator is the one the header line uses most outside quotes; a header line has
// no numbers with decimal commas to confuse the count.
void CsvReader::detectSeparator()
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (std::size_t i = 0; i < m_text.size(); ++i) {
        const char c = m_text[i];
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
        else if (!quoted && c == '\t')
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        m_separator = ';';
    else if (tabs > commas && tabs > semicolons)
        m_separator = '\t';
}

bool CsvReader::atLineEnd() const
{
    return !atEnd() && (m_text[m_pos] == '\n' || m_text[m_pos] == '\r');
}

// CRLF, LF and a lone CR (old Mac files) each end one line.
void CsvReader::skipLineEnd()
{
    if (m_text[m_pos] == '\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\n')
        ++m_pos;
    ++m_pos;
    ++m_line;
}

std::unexpected<std::string> CsvReader::errorAt(int line, std::string_view what) const
{
    return failure(fmt::format("line {}: {}", line, what));
}

} // namespace dealboard

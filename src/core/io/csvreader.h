#pragma once

#include "core/result.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace dealboard {

// One record of a CSV file with the physical line it starts on, so that a message about
// it can point the user at the right line even when earlier cells hold line breaks.
struct CsvRecord
{
    int line = 0;
    std::vector<std::string> fields;
};

// A whole CSV file: the header record and the records below it.
struct CsvTable
{
    char separator = ',';
    std::vector<std::string> header;
    int headerLine = 1;
    std::vector<CsvRecord> records;
};

// Reads CSV as RFC 4180 describes it, and what spreadsheets write in practice: quoted
// fields with separators, doubled quotes and line breaks inside, CRLF or LF line ends,
// UTF-8 with or without a byte order mark, and comma, semicolon or tab as separator,
// whichever the header line uses most outside quotes.
//
// Strict where guessing would corrupt data: an unterminated quote, text after a closing
// quote, a quote inside an unquoted field and invalid UTF-8 are errors naming the line.
// Blank lines are skipped; line breaks inside quoted fields come back as "\n".
class CsvReader final
{
public:
    [[nodiscard]] static Result<CsvTable> read(std::string_view text);
    [[nodiscard]] static Result<CsvTable> readFile(const std::filesystem::path &file);

private:
    explicit CsvReader(std::string_view text);

    [[nodiscard]] Result<CsvTable> readTable();
    [[nodiscard]] Result<CsvRecord> readRecord();
    [[nodiscard]] Result<std::string> readField();
    [[nodiscard]] Result<std::string> readQuotedField();
    [[nodiscard]] Result<std::string> readPlainField();
    [[nodiscard]] Status checkUtf8() const;
    void detectSeparator();
    bool atEnd() const { return m_pos >= m_text.size(); }
    bool atLineEnd() const;
    void skipLineEnd();
    std::unexpected<std::string> errorAt(int line, std::string_view what) const;

    std::string_view m_text;
    std::size_t m_pos = 0;
    int m_line = 1;
    char m_separator = ',';
};

} // namespace dealboard

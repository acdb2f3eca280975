#include "core/io/csvreader.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <string>
#include <vector>

using namespace dealboard;
using Catch::Matchers::ContainsSubstring;
using Catch::Matchers::StartsWith;

namespace {

using Rows = std::vector<std::vector<std::string>>;

// The header and records of a table as plain rows, for comparing with what a case expects.
Rows rowsOf(const CsvTable &table)
{
    Rows rows{table.header};
    for (const auto &record : table.records)
        rows.push_back(record.fields);
    return rows;
}

} // namespace

TEST_CASE("CSV reader reads RFC 4180, BOM, separators and Unicode", "[csv]")
{
    const auto [name, text, expected] = GENERATE(table<std::string, std::string, Rows>({
        {"plain LF", "a,b\n1,2\n", {{"a", "b"}, {"1", "2"}}},
        {"no final line break", "a,b\n1,2", {{"a", "b"}, {"1", "2"}}},
        {"CRLF", "a,b\r\n1,2\r\n3,4\r\n", {{"a", "b"}, {"1", "2"}, {"3", "4"}}},
        {"lone CR", "a,b\r1,2\r", {{"a", "b"}, {"1", "2"}}},
        {"quoted comma", "a,b\n\"Smith, John\",2\n", {{"a", "b"}, {"Smith, John", "2"}}},
        {"doubled quotes", "a\n\"say \"\"hi\"\"\"\n", {{"a"}, {"say \"hi\""}}},
        {"only a doubled quote", "a\n\"\"\"\"\n", {{"a"}, {"\""}}},
        {"newline in quotes", "a,b\n\"line 1\nline 2\",x\n", {{"a", "b"}, {"line 1\nline 2", "x"}}},
        {"CRLF in quotes becomes LF", "a\r\n\"x\r\ny\"\r\n", {{"a"}, {"x\ny"}}},
        {"empty quoted field", "a,b\n\"\",2\n", {{"a", "b"}, {"", "2"}}},
        {"empty fields", "a,b,c\n,,\n", {{"a", "b", "c"}, {"", "", ""}}},
        {"blank lines skipped", "a\n\n1\n\r\n2\n\n", {{"a"}, {"1"}, {"2"}}},
        {"BOM", "\xEF\xBB\xBFname,value\nx,1\n", {{"name", "value"}, {"x", "1"}}},
        {"semicolons", "name;amount\nAcme;1.234,56\n", {{"name", "amount"}, {"Acme", "1.234,56"}}},
        {"semicolons with commas in quoted header",
         "\"a,b\";c;d\n1;2;3\n",
         {{"a,b", "c", "d"}, {"1", "2", "3"}}},
        {"BOM and semicolons and CRLF",
         "\xEF\xBB\xBF"
         "a;b\r\n\"x;y\";z\r\n",
         {{"a", "b"}, {"x;y", "z"}}},
        {"tabs", "a\tb\n1\t2\n", {{"a", "b"}, {"1", "2"}}},
        {"Latin accents",
         "company\nSoci\xC3\xA9t\xC3\xA9 G\xC3\xA9n\xC3\xA9rale\n",
         {{"company"}, {"Soci\xC3\xA9t\xC3\xA9 G\xC3\xA9n\xC3\xA9rale"}}},
        {"CJK",
         "city,deal\n\xE6\x9D\xB1\xE4\xBA\xAC,\"\xE5\xA4\xA7,\xE5\x8F\x96\xE5\xBC\x95\"\n",
         {{"city", "deal"}, {"\xE6\x9D\xB1\xE4\xBA\xAC", "\xE5\xA4\xA7,\xE5\x8F\x96\xE5\xBC\x95"}}},
        {"emoji", "note\n\"\xF0\x9F\x9A\x80 launch\"\n", {{"note"}, {"\xF0\x9F\x9A\x80 launch"}}},
        {"spaces kept", "a\n  x  \n", {{"a"}, {"  x  "}}},
    }));

    INFO(name);
    const auto table = CsvReader::read(text);
    REQUIRE(table.has_value());
    CHECK(rowsOf(*table) == expected);
}

TEST_CASE("CSV reader refuses malformed input and names the line", "[csv]")
{
    const auto [name, text, expectedLine,
                reason] = GENERATE(table<std::string, std::string, std::string, std::string>({
        {"unterminated quote", "a,b\n1,2\n\"open,3\n4,5\n", "line 3:", "unterminated"},
        {"text after closing quote", "a,b\n\"x\"y,2\n", "line 2:", "after a closing quote"},
        {"stray quote in plain field", "a,b\n1,2\n3,4\"5\n", "line 3:", "quote inside an unquoted"},
        {"invalid UTF-8", "a\nok\n\xC3\x28\n", "line 3:", "UTF-8"},
        {"Latin-1 byte", "a\nSoci\xE9t\xE9\n", "line 2:", "UTF-8"},
        {"truncated sequence", "a,b\n1,\xE6\x9D\n", "line 2:", "UTF-8"},
        {"empty file", "", "The file is empty", "header"},
        {"only a BOM", "\xEF\xBB\xBF", "The file is empty", "header"},
    }));

    INFO(name);
    const auto table = CsvReader::read(text);
    REQUIRE_FALSE(table.has_value());
    CHECK_THAT(table.error(), StartsWith(expectedLine));
    CHECK_THAT(table.error(), ContainsSubstring(reason));
}

TEST_CASE("CSV records know the physical line they start on", "[csv]")
{
    const std::string text = "title,notes\r\n"
                             "A,\"first\r\nsecond\r\nthird\"\r\n"
                             "\r\n"
                             "B,plain\r\n"
                             "C,\"x\ny\"\n"
                             "D,end";
    const auto table = CsvReader::read(text);
    REQUIRE(table.has_value());
    REQUIRE(table->records.size() == 4);
    CHECK(table->headerLine == 1);
    CHECK(table->records[0].line == 2);
    CHECK(table->records[1].line == 6);
    CHECK(table->records[2].line == 7);
    CHECK(table->records[3].line == 9);
}

TEST_CASE("An unterminated quote is reported where the field starts", "[csv]")
{
    const auto table = CsvReader::read("a\n\"starts here\nand\ngoes on");
    REQUIRE_FALSE(table.has_value());
    CHECK_THAT(table.error(), StartsWith("line 2:"));
}

TEST_CASE("The separator is detected from the header line only", "[csv]")
{
    CHECK(CsvReader::read("a,b\n1;2,3\n")->separator == ',');
    CHECK(CsvReader::read("a;b\n1,5;2,5\n")->separator == ';');
    CHECK(CsvReader::read("a;b,c;d\n1;2,3;4\n")->separator == ';');
    CHECK(CsvReader::read("single\nx\n")->separator == ',');
}

TEST_CASE("A missing file is a readable error", "[csv]")
{
    const auto table = CsvReader::readFile("/nonexistent/dealboard/deals.csv");
    REQUIRE_FALSE(table.has_value());
    CHECK_THAT(table.error(), ContainsSubstring("Cannot open"));
}

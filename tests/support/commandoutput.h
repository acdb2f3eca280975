#pragma once

// What the tests read in the output of a command: lines of text, and the columns of the
// JSON that "board --json" prints.
#include <catch2/catch_test_macros.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstddef>
#include <string>

namespace dealboard::test {

inline std::size_t lineCount(const std::string &text)
{
    return std::size_t(std::count(text.begin(), text.end(), '\n'));
}

// The column of the board with this name; null when the board shows none.
inline const nlohmann::json *findColumnNamed(const nlohmann::json &board, const std::string &name)
{
    for (const auto &column : board["columns"]) {
        if (column["name"] == name)
            return &column;
    }
    return nullptr;
}

// The same, stopping the test when the board shows no such column.
inline const nlohmann::json &columnNamed(const nlohmann::json &board, const std::string &name)
{
    const nlohmann::json *column = findColumnNamed(board, name);
    INFO("no column named " << name);
    REQUIRE(column != nullptr);
    return *column;
}

} // namespace dealboard::test

#pragma once

// Every row of every table of a database file, for tests that must find a database exactly
// as it was (undo, redo). Read through a second connection, so that nothing the Repository
// under test caches or keeps in its TEMP schema can hide a difference.
#include "core/storage/database.h"
#include "required.h"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace dealboard::test {

// Table name to its rows sorted by rowid, each row as "rowid|quote(column)|...": quote()
// writes every value as an exact SQL literal, so equal text means equal values and types.
using DatabaseDump = std::map<std::string, std::vector<std::string>>;

inline std::vector<std::string> dumpTableColumns(Database &database, const std::string &table)
{
    std::vector<std::string> columns;
    Query query = database.query("SELECT name FROM pragma_table_info(?1) ORDER BY cid");
    query.bind(table);
    while (query.next())
        columns.push_back(query.text(0));
    return columns;
}

inline std::vector<std::string> dumpTable(Database &database, const std::string &table)
{
    std::string sql = "SELECT quote(rowid)";
    for (const std::string &column : dumpTableColumns(database, table))
        sql += " || '|' || quote(\"" + column + "\")";
    sql += " FROM \"" + table + "\" ORDER BY rowid";

    std::vector<std::string> rows;
    Query query = database.query(sql);
    while (query.next())
        rows.push_back(query.text(0));
    return rows;
}

inline DatabaseDump dumpDatabase(const std::filesystem::path &file)
{
    auto database = required(Database::open(file));
    std::vector<std::string> tables;
    {
        Query query = database->query("SELECT name FROM sqlite_schema WHERE type = 'table'"
                                      " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'");
        while (query.next())
            tables.push_back(query.text(0));
    }

    DatabaseDump dump;
    for (const std::string &table : tables)
        dump[table] = dumpTable(*database, table);
    return dump;
}

// The first difference between two dumps in words, or empty when they are equal.
inline std::string firstDifference(const DatabaseDump &expected, const DatabaseDump &actual)
{
    for (const auto &[table, rows] : expected) {
        const auto found = actual.find(table);
        if (found == actual.end())
            return "table " + table + " is missing";
        const std::vector<std::string> &other = found->second;
        for (std::size_t i = 0; i < std::min(rows.size(), other.size()); ++i) {
            if (rows[i] != other[i])
                return table + " row " + std::to_string(i) + ": expected " + rows[i] + ", got " +
                       other[i];
        }
        if (rows.size() != other.size())
            return table + ": expected " + std::to_string(rows.size()) + " rows, got " +
                   std::to_string(other.size());
    }
    if (actual.size() != expected.size())
        return "the databases have different tables";
    return {};
}

} // namespace dealboard::test

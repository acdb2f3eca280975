#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

struct sqlite3;
struct sqlite3_stmt;

namespace dealboard {

// One prepared SQL statement, compiled once and kept by Database for reuse: the importer
// runs the same few statements thousands of times inside one transaction.
class Statement final
{
public:
    // Throws StorageError when the SQL does not compile.
    Statement(sqlite3 *connection, std::string_view sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    sqlite3_stmt *handle() const { return m_statement; }
    sqlite3 *connection() const { return m_connection; }
    const std::string &sql() const { return m_sql; }

private:
    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::string m_sql;
};

// One use of a prepared statement: binds values in order, steps through the rows, and
// resets the statement when it goes out of scope so that no read stays open by accident.
//
// Every value is bound with sqlite3_bind_*; nothing is ever spliced into SQL text.
class Query final
{
public:
    explicit Query(Statement &statement);
    ~Query();
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;

    // Binds the next parameters in order (?1, ?2, ...). Empty optionals bind NULL.
    template <typename... Values> Query &bind(const Values &...values)
    {
        (bindNext(values), ...);
        return *this;
    }

    // Steps to the next row; false when there are no more. Throws StorageError on failure.
    bool next();
    // Runs a statement that returns no rows.
    void run();

    bool isNull(int column) const;
    std::int64_t integer(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    std::optional<std::int64_t> optionalInteger(int column) const;
    std::optional<std::string> optionalText(int column) const;

private:
    template <typename T> void bindNext(const T &value)
    {
        if constexpr (std::is_same_v<T, std::nullopt_t>)
            bindNull();
        else if constexpr (std::is_same_v<T, bool>)
            bindInteger(value ? 1 : 0);
        else if constexpr (std::is_integral_v<T>)
            bindInteger(std::int64_t(value));
        else if constexpr (std::is_floating_point_v<T>)
            bindReal(double(value));
        else if constexpr (requires {
                               value.has_value();
                               *value;
                           }) {
            if (value.has_value())
                bindNext(*value);
            else
                bindNull();
        } else
            bindText(std::string_view(value));
    }

    void bindNull();
    void bindInteger(std::int64_t value);
    void bindReal(double value);
    void bindText(std::string_view value);
    void check(int code) const;

    Statement &m_statement;
    int m_nextIndex = 1;
};

} // namespace dealboard

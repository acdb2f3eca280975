#include "core/storage/statement.h"

#include "core/storage/storageerror.h"

#include <sqlite3.h>

namespace dealboard {

namespace {

StorageError sqliteError(sqlite3 *connection, const std::string &sql)
{
    return StorageError(sqlite3_errmsg(connection), sqlite3_extended_errcode(connection), sql);
}

} // namespace

Statement::Statement(sqlite3 *connection, std::string_view sql)
    : m_connection(connection)
    , m_sql(sql)
{
    const int code = sqlite3_prepare_v3(connection, m_sql.c_str(), int(m_sql.size()),
                                        SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (code != SQLITE_OK) {
        sqlite3_finalize(m_statement);
        throw sqliteError(connection, m_sql);
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

Query::Query(Statement &statement)
    : m_statement(statement)
{
    sqlite3_reset(m_statement.handle());
    sqlite3_clear_bindings(m_statement.handle());
}

Query::~Query()
{
    sqlite3_reset(m_statement.handle());
}

bool Query::next()
{
    const int code = sqlite3_step(m_statement.handle());
    if (code == SQLITE_ROW)
        return true;
    if (code == SQLITE_DONE)
        return false;
    // The error is also reported by reset; reading it now keeps SQLite's own message.
    const StorageError error = sqliteError(m_statement.connection(), m_statement.sql());
    sqlite3_reset(m_statement.handle());
    throw error;
}

void Query::run()
{
    while (next()) {
    }
}

bool Query::isNull(int column) const
{
    return sqlite3_column_type(m_statement.handle(), column) == SQLITE_NULL;
}

std::int64_t Query::integer(int column) const
{
    return sqlite3_column_int64(m_statement.handle(), column);
}

double Query::real(int column) const
{
    return sqlite3_column_double(m_statement.handle(), column);
}

std::string Query::text(int column) const
{
    const auto *data =
        reinterpret_cast<const char *>(sqlite3_column_text(m_statement.handle(), column));
    const int size = sqlite3_column_bytes(m_statement.handle(), column);
    return data ? std::string(data, std::size_t(size)) : std::string();
}

std::optional<std::int64_t> Query::optionalInteger(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return integer(column);
}

std::optional<std::string> Query::optionalText(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return text(column);
}

void Query::bindNull()
{
    check(sqlite3_bind_null(m_statement.handle(), m_nextIndex++));
}

void Query::bindInteger(std::int64_t value)
{
    check(sqlite3_bind_int64(m_statement.handle(), m_nextIndex++, value));
}

void Query::bindReal(double value)
{
    check(sqlite3_bind_double(m_statement.handle(), m_nextIndex++, value));
}

void Query::bindText(std::string_view value)
{
    // A null data pointer would bind NULL, but an empty string is not a missing value.
    const char *data = value.data() ? value.data() : "";
    check(sqlite3_bind_text64(m_statement.handle(), m_nextIndex++, data, value.size(),
                              SQLITE_TRANSIENT, SQLITE_UTF8));
}

void Query::check(int code) const
{
    if (code != SQLITE_OK)
        throw sqliteError(m_statement.connection(), m_statement.sql());
}

} // namespace dealboard

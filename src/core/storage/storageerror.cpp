#include "core/storage/storageerror.h"

#include <sqlite3.h>

namespace dealboard {

StorageError::StorageError(const std::string &message)
    : std::runtime_error(message)
{
}

StorageError::StorageError(const std::string &reason, int code, std::string sql)
    : std::runtime_error(reason)
    , m_code(code)
    , m_sql(std::move(sql))
{
}

std::string StorageError::userMessage() const
{
    // Extended result codes carry the primary code in their low byte.
    switch (m_code & 0xff) {
    case SQLITE_READONLY:
        return "the database file is read-only";
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return "the database is busy in another program; try again";
    default:
        return what();
    }
}

std::string StorageError::logMessage() const
{
    if (m_sql.empty())
        return what();
    return std::string(what()) + " (in \"" + m_sql + "\")";
}

} // namespace dealboard

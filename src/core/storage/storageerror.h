#pragma once

#include <stdexcept>
#include <string>

namespace dealboard {

// A failed SQLite call, or a stored value the storage layer cannot read. Thrown by
// Database, Statement and Transaction and caught at the Repository's public methods, which
// turn it into a readable Result: it never leaves the storage layer.
//
// The SQL of a failed statement goes to the log only: userMessage() stops at SQLite's
// reason, and says the common ones (read-only file, busy database) in plain words.
class StorageError final : public std::runtime_error
{
public:
    // A problem the storage layer found itself; message is already readable.
    explicit StorageError(const std::string &message);
    // A failed SQLite call: reason is SQLite's message, code its extended result code, sql
    // the statement that failed (empty for none).
    StorageError(const std::string &reason, int code, std::string sql = {});

    int sqliteCode() const { return m_code; }
    const std::string &sql() const { return m_sql; }

    // What a user reads after "Could not ...: ".
    std::string userMessage() const;
    // What the storage log gets: the reason and the SQL it came from.
    std::string logMessage() const;

private:
    int m_code = 0;
    std::string m_sql;
};

} // namespace dealboard

#pragma once

#include "core/result.h"
#include "core/storage/statement.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>

struct sqlite3;

namespace dealboard {

// A thin owner of one SQLite connection and its prepared statements. Only the storage
// layer sees it. Its methods throw StorageError; Repository turns that into a Result.
class Database final
{
public:
    // Opens (creating when missing) a database file. Sets nothing that would write to the
    // file: the caller checks the schema version first, then calls configure().
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const std::filesystem::path &file);
    [[nodiscard]] static Result<std::unique_ptr<Database>> openInMemory();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // WAL (for files), foreign keys and NORMAL synchronous. Throws StorageError.
    void configure();

    bool isInMemory() const { return m_inMemory; }
    sqlite3 *handle() const { return m_connection; }

    // Runs SQL text of our own with no values in it (schema, pragmas, transactions).
    void execute(std::string_view sql);
    // A use of the statement for sql, prepared on first use and cached after that.
    Query query(std::string_view sql);

    std::int64_t lastInsertId() const;
    int changes() const;
    // True when a transaction is open (SQLite may end one by itself after some errors).
    bool isInTransaction() const;

    std::int64_t pragmaInteger(std::string_view pragma);
    int userVersion() { return int(pragmaInteger("user_version")); }
    std::string journalMode();

    // Nesting depth of Transaction objects; only Transaction changes it.
    int transactionDepth() const { return m_transactionDepth; }
    void setTransactionDepth(int depth) { m_transactionDepth = depth; }

    // How long a write waits for another connection's write to finish.
    static constexpr int busyTimeoutMs = 5000;

private:
    Database(sqlite3 *connection, bool inMemory);
    static Result<std::unique_ptr<Database>> openConnection(const std::string &name, int flags,
                                                            bool inMemory);

    sqlite3 *m_connection = nullptr;
    bool m_inMemory = false;
    int m_transactionDepth = 0;
    // Finalized before the connection is closed.
    std::map<std::string, std::unique_ptr<Statement>, std::less<>> m_statements;
};

} // namespace dealboard

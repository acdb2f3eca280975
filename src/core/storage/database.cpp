#include "core/storage/database.h"

#include "core/storage/storageerror.h"

#include <sqlite3.h>

namespace dealboard {

Result<std::unique_ptr<Database>> Database::open(const std::filesystem::path &file)
{
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    return openConnection(file.string(), flags, false);
}

Result<std::unique_ptr<Database>> Database::openInMemory()
{
    const int flags =
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_MEMORY;
    return openConnection(":memory:", flags, true);
}

Result<std::unique_ptr<Database>> Database::openConnection(const std::string &name, int flags,
                                                           bool inMemory)
{
    sqlite3 *connection = nullptr;
    const int code = sqlite3_open_v2(name.c_str(), &connection, flags, nullptr);
    if (code != SQLITE_OK) {
        std::string message = connection ? sqlite3_errmsg(connection) : sqlite3_errstr(code);
        sqlite3_close(connection);
        return failure(std::move(message));
    }

    sqlite3_extended_result_codes(connection, 1);
    sqlite3_busy_timeout(connection, busyTimeoutMs);
    return std::unique_ptr<Database>(new Database(connection, inMemory));
}

Database::Database(sqlite3 *connection, bool inMemory)
    : m_connection(connection)
    , m_inMemory(inMemory)
{
}

Database::~Database()
{
    m_statements.clear();
    sqlite3_close(m_connection);
}

void Database::configure()
{
    if (!m_inMemory && journalMode() != "wal") {
        execute("PRAGMA journal_mode = WAL");
        if (journalMode() != "wal")
            throw StorageError("the database cannot be switched to write-ahead logging");
    }
    execute("PRAGMA foreign_keys = ON");
    // With WAL, NORMAL loses no committed data on a crash, only maybe the last commits on
    // a power cut, and it makes each commit much cheaper.
    execute("PRAGMA synchronous = NORMAL");
    // Every write is a savepoint inside the importer's one big transaction; SQLite keeps
    // what each savepoint may have to undo in a temporary file unless told to use memory.
    execute("PRAGMA temp_store = MEMORY");
}

void Database::execute(std::string_view sql)
{
    const std::string text(sql);
    char *error = nullptr;
    if (const int code = sqlite3_exec(m_connection, text.c_str(), nullptr, nullptr, &error);
        code != SQLITE_OK) {
        std::string message = error ? error : sqlite3_errmsg(m_connection);
        sqlite3_free(error);
        throw StorageError(message, code, text);
    }
}

Query Database::query(std::string_view sql)
{
    auto found = m_statements.find(sql);
    if (found == m_statements.end())
        found =
            m_statements.emplace(std::string(sql), std::make_unique<Statement>(m_connection, sql))
                .first;
    return Query(*found->second);
}

std::int64_t Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_connection);
}

int Database::changes() const
{
    return sqlite3_changes(m_connection);
}

bool Database::isInTransaction() const
{
    return sqlite3_get_autocommit(m_connection) == 0;
}

std::int64_t Database::pragmaInteger(std::string_view pragma)
{
    Query pragmaQuery = query("PRAGMA " + std::string(pragma));
    return pragmaQuery.next() ? pragmaQuery.integer(0) : 0;
}

std::string Database::journalMode()
{
    Query pragmaQuery = query("PRAGMA journal_mode");
    return pragmaQuery.next() ? pragmaQuery.text(0) : std::string();
}

} // namespace dealboard

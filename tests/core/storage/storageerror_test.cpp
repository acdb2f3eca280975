// What users read when SQLite fails: SQLite's reason in plain words, never the SQL, which
// goes to the storage log instead.
#include "core/storage/storageerror.h"

#include "core/log/logging.h"
#include "core/storage/database.h"
#include "core/storage/repository.h"
#include "core/storage/storageguard.h"
#include "support/domainbuilders.h"
#include "support/repositoryfixtures.h"
#include "support/required.h"
#include "support/tempdirectory.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <spdlog/sinks/ostream_sink.h>
#include <sqlite3.h>

#include <sstream>

using namespace dealboard;
using namespace dealboard::test;
using Catch::Matchers::ContainsSubstring;

namespace {

// Copies what the storage logger writes while it lives.
class CapturedStorageLog final
{
public:
    CapturedStorageLog()
        : m_sink(std::make_shared<spdlog::sinks::ostream_sink_mt>(m_stream))
    {
        log(logger::storage)->sinks().push_back(m_sink);
    }
    ~CapturedStorageLog() { std::erase(log(logger::storage)->sinks(), m_sink); }
    CapturedStorageLog(const CapturedStorageLog &) = delete;
    CapturedStorageLog &operator=(const CapturedStorageLog &) = delete;

    std::string text() const { return m_stream.str(); }

private:
    std::ostringstream m_stream;
    std::shared_ptr<spdlog::sinks::ostream_sink_mt> m_sink;
};

} // namespace

TEST_CASE("A storage error tells the user the reason and the log the statement")
{
    const std::string sql = "UPDATE deals SET stage_id = ?1 WHERE id = ?2";

    const StorageError readOnly("attempt to write a readonly database", SQLITE_READONLY_DBMOVED,
                                sql);
    CHECK(readOnly.userMessage() == "the database file is read-only");
    CHECK(readOnly.logMessage() == "attempt to write a readonly database (in \"" + sql + "\")");

    const StorageError busy("database is locked", SQLITE_BUSY, sql);
    CHECK(busy.userMessage() == "the database is busy in another program; try again");
    const StorageError locked("database table is locked", SQLITE_LOCKED_SHAREDCACHE, sql);
    CHECK(locked.userMessage() == busy.userMessage());

    const StorageError other("NOT NULL constraint failed: deals.title", SQLITE_CONSTRAINT_NOTNULL,
                             sql);
    CHECK(other.userMessage() == "NOT NULL constraint failed: deals.title");

    const StorageError own("the stored date \"x\" is not a valid date");
    CHECK(own.userMessage() == own.logMessage());
    CHECK(own.sqliteCode() == 0);
}

TEST_CASE("A write SQLite refuses as read-only reads plainly, with the SQL only in the log")
{
    // Tests run as root, where file permissions are not enforced, so the connection itself
    // is made read-only: SQLite then refuses writes with the same SQLITE_READONLY code as for
    // a read-only file.
    const TempDirectory directory;
    auto database = required(Database::open(directory / "notes.db"));
    database->configure();
    database->execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)");
    database->execute("INSERT INTO notes (body) VALUES ('kept')");
    database->execute("PRAGMA query_only = ON");
    const CapturedStorageLog storageLog;

    const Status written = atomically(*database, "Could not move the deal", [&]() -> Status {
        database->query("UPDATE notes SET body = ?1 WHERE id = ?2").bind("changed", 1).run();
        return {};
    });

    REQUIRE_FALSE(written.has_value());
    CHECK(written.error() == "Could not move the deal: the database file is read-only");
    // SQLite refuses already the start of the write transaction; the log names that SQL.
    CHECK_THAT(storageLog.text(), ContainsSubstring("attempt to write a readonly database (in \""));
    Query read = database->query("SELECT body FROM notes WHERE id = 1");
    REQUIRE(read.next());
    CHECK(read.text(0) == "kept");
}

TEST_CASE("Another SQLite error ends at SQLite's reason, without the SQL")
{
    auto database = required(Database::openInMemory());
    database->configure();
    database->execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)");
    const CapturedStorageLog storageLog;

    const Status written = atomically(*database, "Could not save the note", [&]() -> Status {
        database->query("INSERT INTO notes (body) VALUES (?1)").bind(std::nullopt).run();
        return {};
    });

    REQUIRE_FALSE(written.has_value());
    CHECK(written.error() == "Could not save the note: NOT NULL constraint failed: notes.body");
    CHECK_THAT(storageLog.text(), ContainsSubstring("notes.body (in \"INSERT INTO notes (body)"));
}

TEST_CASE("A move while another program writes says the database is busy")
{
    const TempDirectory directory;
    auto windowA = required(Repository::open(directory / "deals.db"));
    const Pipeline pipeline = makePipeline(*windowA);
    const Deal deal =
        required(windowA->createDeal(newDeal(pipeline.folder.id, pipeline.newStage.id, "Mover")));
    auto windowB = required(Repository::open(directory / "deals.db"));

    // B holds the write lock for the whole of its transaction; A waits its busy timeout.
    std::optional<Result<Deal>> moved;
    requireOk(windowB->inTransaction([&]() -> Status {
        moved = windowA->moveDeal(deal.id, pipeline.won.id);
        return {};
    }));

    REQUIRE(moved.has_value());
    REQUIRE_FALSE(moved->has_value());
    CHECK(moved->error() ==
          "Could not move the deal: the database is busy in another program; try again");
    CHECK(required(windowA->deal(deal.id)).stageId == pipeline.newStage.id);
}

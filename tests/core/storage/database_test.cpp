// The thin SQLite wrapper: binding, prepared statement reuse, errors and savepoints.
#include "core/storage/database.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"
#include "support/required.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

using namespace dealboard;
using namespace dealboard::test;
using Catch::Matchers::ContainsSubstring;

namespace {

std::unique_ptr<Database> scratchDatabase()
{
    auto database = required(Database::openInMemory());
    database->configure();
    database->execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT, amount INTEGER, "
                      "share REAL)");
    return database;
}

std::int64_t countNotes(Database &database)
{
    Query query = database.query("SELECT count(*) FROM notes");
    REQUIRE(query.next());
    return query.integer(0);
}

} // namespace

TEST_CASE("Values are bound, never spliced, so quotes and SQL in them are just text")
{
    auto database = scratchDatabase();
    const std::string tricky = "O'Brien\"; DROP TABLE notes; --";

    database->query("INSERT INTO notes (body, amount, share) VALUES (?1, ?2, ?3)")
        .bind(tricky, std::int64_t(9'007'199'254'740'993), 0.25)
        .run();

    Query query = database->query("SELECT body, amount, share FROM notes WHERE body = ?1");
    query.bind(tricky);
    REQUIRE(query.next());
    CHECK(query.text(0) == tricky);
    CHECK(query.integer(1) == 9'007'199'254'740'993);
    CHECK(query.real(2) == 0.25);
    CHECK_FALSE(query.next());
}

TEST_CASE("Empty optionals bind NULL and empty strings stay empty strings")
{
    auto database = scratchDatabase();
    const std::optional<std::int64_t> none;
    const std::string_view empty;

    database->query("INSERT INTO notes (body, amount) VALUES (?1, ?2)").bind(empty, none).run();

    Query query = database->query("SELECT body, amount FROM notes");
    REQUIRE(query.next());
    CHECK_FALSE(query.isNull(0));
    CHECK(query.text(0).empty());
    CHECK(query.isNull(1));
    CHECK_FALSE(query.optionalInteger(1).has_value());
    CHECK(query.optionalText(0) == std::optional<std::string>(""));
}

TEST_CASE("A statement is prepared once and can be reused after an early stop")
{
    auto database = scratchDatabase();
    for (int i = 0; i < 3; ++i)
        database->query("INSERT INTO notes (amount) VALUES (?1)").bind(i).run();

    for (int round = 0; round < 2; ++round) {
        // Reads only the first row; leaving the scope resets the statement.
        Query query = database->query("SELECT amount FROM notes ORDER BY amount");
        REQUIRE(query.next());
        CHECK(query.integer(0) == 0);
    }
}

TEST_CASE("SQLite errors become StorageError with SQLite's message")
{
    auto database = scratchDatabase();

    CHECK_THROWS_AS(database->execute("SELEC nonsense"), StorageError);
    CHECK_THROWS_WITH(database->query("SELECT missing FROM notes"),
                      ContainsSubstring("no such column"));
    database->execute("CREATE TABLE strict_notes (body TEXT NOT NULL)");
    CHECK_THROWS_WITH(
        database->query("INSERT INTO strict_notes (body) VALUES (?1)").bind(std::nullopt).run(),
        ContainsSubstring("NOT NULL"));
}

TEST_CASE("Transactions commit, roll back, and nest as savepoints")
{
    auto database = scratchDatabase();
    const auto insert = [&](int amount) {
        database->query("INSERT INTO notes (amount) VALUES (?1)").bind(amount).run();
    };

    {
        Transaction outer(*database);
        insert(1);
        {
            Transaction inner(*database);
            insert(2);
            CHECK(database->transactionDepth() == 2);
        } // not committed: only the inner insert is undone
        CHECK(countNotes(*database) == 1);
        {
            Transaction inner(*database);
            insert(3);
            inner.commit();
        }
        outer.commit();
    }
    CHECK(database->transactionDepth() == 0);
    CHECK_FALSE(database->isInTransaction());
    CHECK(countNotes(*database) == 2);

    {
        Transaction dropped(*database);
        insert(4);
    }
    CHECK(countNotes(*database) == 2);
}

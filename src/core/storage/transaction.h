#pragma once

namespace dealboard {

class Database;

// One atomic unit of work. The outermost one is a BEGIN IMMEDIATE transaction (taking the
// write lock at once, so a concurrent writer waits for the busy timeout instead of failing
// half-way); nested ones are savepoints, so an inner failure undoes only the inner work.
// Rolls back on destruction unless committed.
class Transaction final
{
public:
    // Throws StorageError when the transaction cannot begin.
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Throws StorageError; the transaction is then rolled back by the destructor.
    void commit();
    // Never throws: rolling back is what error paths do.
    void rollback() noexcept;

private:
    Database &m_database;
    int m_depth = 0;
    bool m_finished = false;
};

} // namespace dealboard

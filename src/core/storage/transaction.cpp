#include "core/storage/transaction.h"

#include "core/log/logging.h"
#include "core/storage/database.h"
#include "core/storage/storageerror.h"

#include <string>

namespace dealboard {

namespace {

std::string savepointName(int depth)
{
    return "dealboard_" + std::to_string(depth);
}

} // namespace

Transaction::Transaction(Database &database)
    : m_database(database)
    , m_depth(database.transactionDepth())
{
    if (m_depth == 0) {
        m_database.execute("BEGIN IMMEDIATE");
    } else {
        // Without this check a savepoint would quietly start a new transaction of its own
        // after SQLite rolled back the outer one, and commit half of the outer work.
        if (!m_database.isInTransaction())
            throw StorageError("the surrounding transaction was already rolled back");
        m_database.execute("SAVEPOINT " + savepointName(m_depth));
    }
    m_database.setTransactionDepth(m_depth + 1);
}

Transaction::~Transaction()
{
    rollback();
}

void Transaction::commit()
{
    if (m_finished)
        return;
    if (m_depth == 0)
        m_database.execute("COMMIT");
    else
        m_database.execute("RELEASE " + savepointName(m_depth));
    m_finished = true;
    m_database.setTransactionDepth(m_depth);
}

void Transaction::rollback() noexcept
{
    if (m_finished)
        return;
    m_finished = true;
    m_database.setTransactionDepth(m_depth);

    // Some errors (a full disk, an I/O error) make SQLite roll back the whole transaction
    // by itself; there is nothing left to undo then, and the outer commit will fail.
    if (!m_database.isInTransaction())
        return;
    try {
        if (m_depth == 0) {
            m_database.execute("ROLLBACK");
        } else {
            m_database.execute("ROLLBACK TO " + savepointName(m_depth));
            m_database.execute("RELEASE " + savepointName(m_depth));
        }
    } catch (const StorageError &error) {
        log(logger::storage)->error("Rolling back failed: {}", error.logMessage());
    }
}

} // namespace dealboard

#pragma once

#include "core/log/logging.h"
#include "core/result.h"
#include "core/storage/database.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"

#include <exception>
#include <string>
#include <string_view>
#include <type_traits>

namespace dealboard {

// "Deals" with its quotes, for messages.
inline std::string inQuotes(std::string_view text)
{
    return "\"" + std::string(text) + "\"";
}

// Runs one public operation of the Repository. Exceptions from SQLite or JSON become a
// failure that starts with action ("Could not save the deal"), so nothing thrown leaves the
// storage layer; every failure is logged to the storage logger.
template <typename Work>
auto guarded(std::string_view action, Work &&work) -> std::invoke_result_t<Work>
{
    try {
        auto result = work();
        if (!result)
            log(logger::storage)->warn("{}: {}", action, result.error());
        return result;
    } catch (const StorageError &error) {
        // The SQL helps whoever reads the log, never the user.
        log(logger::storage)->error("{}: {}", action, error.logMessage());
        return failure(std::string(action) + ": " + error.userMessage());
    } catch (const std::exception &error) {
        log(logger::storage)->error("{}: {}", action, error.what());
        return failure(std::string(action) + ": " + error.what());
    }
}

// Like guarded(), inside one transaction (a savepoint when nested) that is committed only
// when work succeeds.
template <typename Work>
auto atomically(Database &database, std::string_view action, Work &&work)
    -> std::invoke_result_t<Work>
{
    return guarded(action, [&]() -> std::invoke_result_t<Work> {
        Transaction transaction(database);
        auto result = work();
        if (result)
            transaction.commit();
        return result;
    });
}

} // namespace dealboard

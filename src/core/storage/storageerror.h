#pragma once

#include <stdexcept>

namespace dealboard {

// A failed SQLite call, with SQLite's own explanation as the message. Thrown by Database,
// Statement and Transaction and caught at the Repository's public methods, which turn it
// into a readable Result: it never leaves the storage layer.
class StorageError final : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

} // namespace dealboard

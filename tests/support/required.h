#pragma once

#include "core/result.h"

#include <catch2/catch_test_macros.hpp>

#include <string>
#include <utility>

namespace dealboard::test {

// The value of a result that must have succeeded; on failure the test stops and shows why.
template <typename T> T required(Result<T> result)
{
    INFO((result ? std::string() : result.error()));
    REQUIRE(result.has_value());
    return std::move(*result);
}

// Stops the test, showing why, when an operation that must succeed failed.
inline void requireOk(const Status &status)
{
    INFO((status ? std::string() : status.error()));
    REQUIRE(status.has_value());
}

} // namespace dealboard::test

#pragma once

#include <cstdint>

namespace dealboard {

// Row ids as SQLite hands them out. Zero means "not stored yet".
using FolderId = std::int64_t;
using StageId = std::int64_t;
using FieldId = std::int64_t;
using DealId = std::int64_t;
using ViewId = std::int64_t;
using LostReasonId = std::int64_t;

} // namespace dealboard

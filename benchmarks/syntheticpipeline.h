#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace dealboard::bench {

// Writes a CSV export of a made-up pipeline with dealCount deals: ids, titles, companies
// (some in Cyrillic and with accents), 40 owners, six stages weighted like a real funnel,
// amounts in USD and EUR with cents, ISO close dates, and two columns that become custom
// fields. The same seed gives the same file, so timings compare across runs.
void writeSyntheticPipeline(const std::filesystem::path &file, int dealCount,
                            std::uint32_t seed = 20240501);

} // namespace dealboard::bench

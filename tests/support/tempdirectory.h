#pragma once

#include "files.h"

#include <atomic>
#include <filesystem>
#include <random>
#include <string>

namespace dealboard::test {

// A fresh directory under the system's temporary directory, removed again with everything
// in it when the test ends. The counter keeps two directories of one process apart even
// when the random device repeats itself.
class TempDirectory final
{
public:
    TempDirectory()
    {
        static std::atomic<int> counter{0};
        std::random_device random;
        m_path = std::filesystem::temp_directory_path() /
                 ("dealboard-test-" + std::to_string(random()) + "-" + std::to_string(counter++));
        std::filesystem::create_directories(m_path);
    }
    ~TempDirectory()
    {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    TempDirectory(const TempDirectory &) = delete;
    TempDirectory &operator=(const TempDirectory &) = delete;

    const std::filesystem::path &path() const { return m_path; }
    std::filesystem::path operator/(const std::string &name) const { return m_path / name; }

    // Writes text as the bytes of a new file and returns its path.
    std::filesystem::path write(const std::string &name, const std::string &text) const
    {
        const auto file = m_path / name;
        writeFile(file, text);
        return file;
    }

private:
    std::filesystem::path m_path;
};

} // namespace dealboard::test

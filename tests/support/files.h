#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace dealboard::test {

// Writes content as the bytes of the file, replacing what was there.
inline void writeFile(const std::filesystem::path &file, const std::string &content)
{
    std::ofstream out(file, std::ios::binary);
    out << content;
}

// The bytes of the file; empty when it cannot be read.
inline std::string readFile(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

} // namespace dealboard::test

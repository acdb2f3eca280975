#include "core/domain/text.h"

#include <cstdint>

namespace dealboard {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Decodes the code point at text[i], advancing i. Returns nullopt-like -1 on bad input.
std::int32_t decode(std::string_view text, std::size_t &i)
{
    const auto lead = static_cast<unsigned char>(text[i]);
    int length = 0;
    std::int32_t codePoint = 0;
    if (lead < 0x80) {
        ++i;
        return lead;
    }
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
        codePoint = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        codePoint = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        codePoint = lead & 0x07;
    } else {
        return -1;
    }
    if (i + length > text.size())
        return -1;

    for (int k = 1; k < length; ++k) {
        const auto next = static_cast<unsigned char>(text[i + k]);
        if ((next & 0xC0) != 0x80)
            return -1;
        codePoint = (codePoint << 6) | (next & 0x3F);
    }

    // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
    static constexpr std::int32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (codePoint < smallest[length] || codePoint > 0x10FFFF ||
        (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        return -1;
    i += length;
    return codePoint;
}

void encode(std::int32_t codePoint, std::string &out)
{
    if (codePoint < 0x80) {
        out += static_cast<char>(codePoint);
    } else if (codePoint < 0x800) {
        out += static_cast<char>(0xC0 | (codePoint >> 6));
        out += static_cast<char>(0x80 | (codePoint & 0x3F));
    } else if (codePoint < 0x10000) {
        out += static_cast<char>(0xE0 | (codePoint >> 12));
        out += static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (codePoint & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (codePoint >> 18));
        out += static_cast<char>(0x80 | ((codePoint >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (codePoint & 0x3F));
    }
}

// Capitals of the scripts our users write names in most; enough to match "Négociation"
// with "NÉGOCIATION" without pulling a Unicode library into the core.
std::int32_t lowerCodePoint(std::int32_t c)
{
    if (c >= 'A' && c <= 'Z')
        return c + 32;
    if ((c >= 0xC0 && c <= 0xDE) && c != 0xD7)
        return c + 32;
    if (c >= 0x100 && c <= 0x17F && c != 0x130 && c != 0x138 && c != 0x149 && c != 0x17F) {
        const bool evenIsCapital = (c < 0x139) || (c > 0x148 && c < 0x178);
        if (c == 0x178)
            return 0xFF;
        if (c >= 0x179 && c <= 0x17E)
            return (c % 2 == 1) ? c + 1 : c;
        return (evenIsCapital == (c % 2 == 0)) ? c + 1 : c;
    }
    if (c >= 0x391 && c <= 0x3AB && c != 0x3A2)
        return c + 32;
    if (c == 0x386)
        return 0x3AC;
    if (c >= 0x388 && c <= 0x38A)
        return c + 37;
    if (c == 0x38C)
        return 0x3CC;
    if (c == 0x38E || c == 0x38F)
        return c + 63;
    if (c >= 0x410 && c <= 0x42F)
        return c + 32;
    if (c >= 0x400 && c <= 0x40F)
        return c + 80;
    return c;
}

} // namespace

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

std::string toLowerUtf8(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t start = i;
        const std::int32_t codePoint = decode(text, i);
        if (codePoint < 0) {
            // Not UTF-8: keep the byte as it is rather than lose it.
            out += text[start];
            i = start + 1;
            continue;
        }
        encode(lowerCodePoint(codePoint), out);
    }
    return out;
}

std::string nameKey(std::string_view name)
{
    return toLowerUtf8(trimmed(name));
}

bool isValidUtf8(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        if (decode(text, i) < 0)
            return false;
    }
    return true;
}

std::string groupThousands(std::string_view digits)
{
    std::string out;
    const int length = int(digits.size());
    for (int i = 0; i < length; ++i) {
        if (i > 0 && (length - i) % 3 == 0)
            out += ',';
        out += digits[std::size_t(i)];
    }
    return out;
}

std::string formatCount(std::size_t count)
{
    return groupThousands(std::to_string(count));
}

} // namespace dealboard

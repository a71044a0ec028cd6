// Internal: small UTF-8 helpers shared by the stages. Not installed.
#ifndef GONGWEN_LIB_CORE_UTF8_H_
#define GONGWEN_LIB_CORE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace gongwen::internal {

// Decodes the code point at s[i] and advances i; malformed bytes yield U+FFFD
// and advance by one byte.
char32_t NextCodePoint(std::string_view s, size_t& i);
// The code point that ends just before s[i]; moves i back to its start.
char32_t PreviousCodePoint(std::string_view s, size_t& i);
void AppendUtf8(std::string& out, char32_t cp);
size_t CountCodePoints(std::string_view s);
// The first `n` code points of s.
std::string_view PrefixCodePoints(std::string_view s, size_t n);

bool IsHan(char32_t cp);               // CJK unified ideographs (and 〇)
bool IsCjkPunct(char32_t cp);          // full-width Chinese punctuation: 。，、；：？！“”‘’（）《》〔〕【】…—
bool IsSentenceEnd(char32_t cp);       // 。！？；… and their half-width forms
bool IsSpace(char32_t cp);             // ASCII space/tab, U+3000, NBSP and other Unicode spaces (not line ends)

// Removes leading and trailing spaces (IsSpace) and returns the view.
std::string_view TrimSpaces(std::string_view s);

}  // namespace gongwen::internal

#endif  // GONGWEN_LIB_CORE_UTF8_H_

// Internal: small UTF-8 helpers shared by the stages. Not installed.
#ifndef GONGWEN_LIB_CORE_UTF8_H_
#define GONGWEN_LIB_CORE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace gongwen::internal {

// Decodes the code point at s[i] and advances i; malformed bytes yield U+FFFD
// and advance by one byte. Inline: every stage walks text with it.
char32_t NextCodePointSlow(std::string_view s, size_t& i);
inline char32_t NextCodePoint(std::string_view s, size_t& i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  if (c >= 0xE0 && c < 0xF0 && i + 2 < s.size()) {  // the three-byte form every Chinese character takes
    const auto c1 = static_cast<unsigned char>(s[i + 1]), c2 = static_cast<unsigned char>(s[i + 2]);
    if ((c1 & 0xC0) == 0x80 && (c2 & 0xC0) == 0x80) {
      const char32_t cp = (char32_t{c & 0x0Fu} << 12) | (char32_t{c1 & 0x3Fu} << 6) | (c2 & 0x3Fu);
      if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
        i += 3;
        return cp;
      }
    }
  }
  return NextCodePointSlow(s, i);
}
// The code point that ends just before s[i]; moves i back to its start. Malformed bytes as
// ICU's U8_PREV reads them (U+FFFD). Inline for ASCII and the three-byte form, as NextCodePoint.
char32_t PreviousCodePointSlow(std::string_view s, size_t& i);
inline char32_t PreviousCodePoint(std::string_view s, size_t& i) {
  const auto c2 = static_cast<unsigned char>(s[i - 1]);
  if (c2 < 0x80) {
    --i;
    return c2;
  }
  if (i >= 3) {
    const auto c = static_cast<unsigned char>(s[i - 3]), c1 = static_cast<unsigned char>(s[i - 2]);
    if (c >= 0xE0 && c < 0xF0 && (c1 & 0xC0) == 0x80 && (c2 & 0xC0) == 0x80) {
      const char32_t cp = (char32_t{c & 0x0Fu} << 12) | (char32_t{c1 & 0x3Fu} << 6) | (c2 & 0x3Fu);
      if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
        i -= 3;
        return cp;
      }
    }
  }
  return PreviousCodePointSlow(s, i);
}
void AppendUtf8(std::string& out, char32_t cp);
size_t CountCodePoints(std::string_view s);
// The first `n` code points of s.
std::string_view PrefixCodePoints(std::string_view s, size_t n);

bool IsHan(char32_t cp);  // CJK unified ideographs (and 〇)
// Takes the first of `words` that `text` starts (ends) with off it; whether one was.
bool TakePrefix(std::string_view& text, std::initializer_list<std::string_view> words);
bool TakeSuffix(std::string_view& text, std::initializer_list<std::string_view> words);
// Whether a line's first sixteen letters are of a minority language's script a bilingual notice prints beside
// the Chinese (Hangul, Mongolian, Tibetan, Arabic for Uyghur and Kazakh, Yi): four at least, and four times
// its Han and Latin letters.
bool MostlyMinorityScript(std::string_view text);
// Whether a line stops mid-sentence: on a Chinese character, a letter, a digit or %, or a mark that goes on
// (，、“《（〔—), not a stop or a closing mark.
bool EndsMidSentence(std::string_view text);
// The bytes of the emoji (✅, 🔄, ⚠️, ❌, ⏳ and the like, with their variation selectors and joiners)
// and spaces that `text` opens with; 0 when it opens with none. Not ★ ☆ or the geometric shapes (● ○ ■ ▲),
// which notices print as marks of their own.
size_t StatusMarkLength(std::string_view text);

// The length of the sign of a key task a line opens with (★3．推进…, under 任务前标“★”的为重点任务): ★, ☆,
// ▲ or △ and the spaces after it; 0 when it opens with none.
size_t KeyMarkLength(std::string_view text);
// Full-width Chinese punctuation: 。，、；：？！“”‘’（）《》〈〉〔〕【】「」『』［］…—
bool IsCjkPunct(char32_t cp);
// Punctuation that ends a clause: ，、；。：！？ , ; : brackets ( ) （ ） and a line end. The list is
// the definition: the target reader makes its table of characters to stop at from it.
inline constexpr char32_t kClauseBreaks[] = {U'，', U'、', U'；', U'。', U'：', U'！', U'？', U',',
                                             U';',  U':',  U'\n', U'（', U'）', U'(',  U')'};
constexpr bool IsClauseBreak(char32_t cp) {
  for (char32_t c : kClauseBreaks)
    if (cp == c) return true;
  return false;
}
// ASCII space/tab, U+3000, NBSP and other Unicode spaces (not line ends).
inline bool IsSpace(char32_t cp) {
  return cp == U' ' || cp == U'\t' || cp == 0x3000 || cp == 0x00A0 || (cp >= 0x2000 && cp <= 0x200B) ||
         cp == 0x202F || cp == 0x205F || cp == 0xFEFF;
}

// Columns a terminal or spreadsheet gives the code point: 2 for East Asian wide
// and full-width characters, 1 otherwise.
int DisplayWidth(char32_t cp);

// Printed width of a line: columns as a terminal gives them (DisplayWidth: 2 for a CJK character).
size_t PrintedWidth(std::string_view text);

// The printed width of the spaces before `begin` on its line in `text` (a space 1, a tab 4, 　 2); 0
// when something else stands before it on that line.
size_t IndentationBefore(std::string_view text, size_t begin);

// The Chinese numerals 一 to 十 that `text` opens with (一、, 十二、): their number, and in `bytes` their
// length.
size_t LeadingChineseNumerals(std::string_view text, size_t& bytes);

// The quote marks a mail client puts before a line it quotes (“> ”, “>> ”, “>”): their length in bytes, 0 for
// none.
size_t QuoteMarksLength(std::string_view line);

// Where a count of items closing `text` starts (一、县发展和改革局（8项）, …交办单（共9项）, （各4项）,
// (5件), （3份）, （牵头5项）): its opening bracket; text.size() when `text` ends with none.
size_t TrailingCountStart(std::string_view text);

// Where `literal` first occurs in `text` (npos: nowhere): as text.find(literal), but sought by the
// literal's last byte, which in Chinese text is far rarer than its first (0xE4–0xE9 opens most
// characters): a search for 牵头 stops at every other character, one for its last byte seldom.
size_t FindText(std::string_view text, std::string_view literal);
// FindText from byte `from` of `text` on, the index `text`'s: where `literal` next stands; npos when nowhere.
size_t FindTextFrom(std::string_view text, std::string_view literal, size_t from);

inline bool ContainsText(std::string_view text, std::string_view literal) {
  return FindText(text, literal) != std::string_view::npos;
}

// Removes leading and trailing spaces (IsSpace) and returns the view.
std::string_view TrimSpaces(std::string_view s);

// The number `s` opens with in ASCII digits (12 of 12．, 2024 of 2024年); 0 when it opens otherwise. Digits
// after the value passes 100 000 000 are not read.
inline int LeadingNumber(std::string_view s) {
  int value = 0;
  for (char c : s) {
    if (c < '0' || c > '9' || value > 100000000) break;
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace gongwen::internal

#endif  // GONGWEN_LIB_CORE_UTF8_H_

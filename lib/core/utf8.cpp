#include "core/utf8.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <algorithm>
#include <cstring>

namespace gongwen::internal {

char32_t NextCodePointSlow(std::string_view s, size_t& i) {
  UChar32 c;
  int32_t pos = static_cast<int32_t>(i);
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), pos, static_cast<int32_t>(s.size()), c);
  i = static_cast<size_t>(pos);
  return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

char32_t PreviousCodePointSlow(std::string_view s, size_t& i) {
  UChar32 c;
  int32_t pos = static_cast<int32_t>(i);
  U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, pos, c);
  i = static_cast<size_t>(pos);
  return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

void AppendUtf8(std::string& out, char32_t cp) {
  char buf[4];
  int32_t len = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), len, 4, static_cast<UChar32>(cp), error);
  if (error) {
    out += "\xEF\xBF\xBD";
    return;
  }
  out.append(buf, static_cast<size_t>(len));
}

size_t LeadingChineseNumerals(std::string_view text, size_t& bytes) {
  size_t numerals = 0;
  bytes = 0;
  for (size_t i = 0; i < text.size();) {
    const char32_t cp = NextCodePoint(text, i);
    if (std::u32string_view(U"一二三四五六七八九十").find(cp) == std::u32string_view::npos) break;
    ++numerals;
    bytes = i;
  }
  return numerals;
}

size_t QuoteMarksLength(std::string_view line) {
  size_t end = 0;
  while (end < line.size() && line[end] == '>') {
    ++end;
    if (end < line.size() && line[end] == ' ') ++end;
  }
  return end;
}

size_t TrailingCountStart(std::string_view text) {
  const std::string_view t = TrimSpaces(text);
  if (!t.ends_with("）") && !t.ends_with(")")) return text.size();
  const size_t wide = t.rfind("（"), ascii = t.rfind('(');
  if (wide == std::string_view::npos && ascii == std::string_view::npos) return text.size();
  const size_t open = wide == std::string_view::npos    ? ascii
                      : ascii == std::string_view::npos ? wide
                                                        : std::max(wide, ascii);
  std::string_view inside = t.substr(open);
  inside.remove_prefix(inside.starts_with("（") ? 3 : 1);
  inside.remove_suffix(inside.ends_with("）") ? 3 : 1);
  for (std::string_view w : {"牵头", "负责"})  // 县发展和改革局（牵头5项）
    if (inside.starts_with(w)) {
      inside.remove_prefix(w.size());
      break;
    }
  for (std::string_view w : {"共", "各"})
    if (inside.starts_with(w)) inside.remove_prefix(w.size());
  size_t digits = 0;
  while (digits < inside.size() && inside[digits] >= '0' && inside[digits] <= '9') ++digits;
  const std::string_view unit = inside.substr(digits);
  if (digits == 0 || (unit != "项" && unit != "件" && unit != "份" && unit != "页")) return text.size();
  return static_cast<size_t>(t.data() - text.data()) + open;
}

// The printed width of the spaces before `begin` on its line in the source text (　 is 2); 0 when
// something else stands before it on that line.
size_t IndentationBefore(std::string_view text, size_t begin) {
  size_t width = 0;
  for (size_t i = std::min(begin, text.size()); i > 0;) {
    const char c = text[i - 1];
    if (c == '\n' || c == '\r' || c == '\f') break;
    const char32_t cp = PreviousCodePoint(text, i);
    if (cp == U' ' || cp == U'\u00A0')
      width += 1;
    else if (cp == U'\t')
      width += 4;
    else if (cp == U'\u3000')
      width += 2;
    else
      return 0;
  }
  return width;
}

size_t FindText(std::string_view text, std::string_view literal) {
  if (literal.empty()) return 0;
  if (text.size() < literal.size()) return std::string_view::npos;
  const size_t last = literal.size() - 1;
  const char* p = text.data() + last;
  const char* const end = text.data() + text.size();
  while (p < end) {
    const void* hit = std::memchr(p, literal[last], static_cast<size_t>(end - p));
    if (hit == nullptr) return std::string_view::npos;
    p = static_cast<const char*>(hit);
    if (std::memcmp(p - last, literal.data(), last) == 0) return static_cast<size_t>(p - last - text.data());
    ++p;
  }
  return std::string_view::npos;
}

size_t FindTextFrom(std::string_view text, std::string_view literal, size_t from) {
  if (from > text.size()) return std::string_view::npos;
  const size_t at = FindText(text.substr(from), literal);
  return at == std::string_view::npos ? at : from + at;
}

size_t PrintedWidth(std::string_view text) {
  size_t width = 0;
  for (size_t i = 0; i < text.size();) width += static_cast<size_t>(DisplayWidth(NextCodePoint(text, i)));
  return width;
}

size_t CountCodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string_view PrefixCodePoints(std::string_view s, size_t n) {
  size_t i = 0;
  while (n > 0 && i < s.size()) {
    NextCodePoint(s, i);
    --n;
  }
  return s.substr(0, i);
}

bool IsHan(char32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0x20000 && cp <= 0x3FFFF) || cp == U'〇';
}

bool TakePrefix(std::string_view& text, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words)
    if (text.starts_with(w)) {
      text.remove_prefix(w.size());
      return true;
    }
  return false;
}

bool TakeSuffix(std::string_view& text, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words)
    if (text.ends_with(w)) {
      text.remove_suffix(w.size());
      return true;
    }
  return false;
}

bool MostlyMinorityScript(std::string_view text) {
  // (Its first sixteen letters tell: every paragraph is asked, and decoding each whole cost a sixth of
  // recognition. Most have none of these scripts' lead bytes in their first 48 bytes: Arabic D8–DB, Tibetan
  // E0, Jamo and Mongolian E1, Yi and Hangul EA–ED; Han's are E3–E9.)
  const size_t head = std::min<size_t>(text.size(), 48);
  if (std::none_of(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(head), [](char c) {
        const auto b = static_cast<unsigned char>(c);
        return (b >= 0xD8 && b <= 0xDB) || b == 0xE0 || b == 0xE1 || (b >= 0xEA && b <= 0xED);
      }))
    return false;
  size_t minority = 0, other = 0;
  for (size_t i = 0; i < text.size() && minority + other < 16;) {
    const char32_t cp = NextCodePoint(text, i);
    if ((cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3130 && cp <= 0x318F) ||
        (cp >= 0x1800 && cp <= 0x18AF) || (cp >= 0x0F00 && cp <= 0x0FFF) || (cp >= 0x0600 && cp <= 0x06FF) ||
        (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF) || (cp >= 0xA000 && cp <= 0xA4CF))
      ++minority;
    else if (IsHan(cp) || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z'))
      ++other;
  }
  return minority >= 4 &&
         other * 4 <= minority;  // (a Korean phrase quoted in a Chinese line is no line of its own)
}

bool EndsMidSentence(std::string_view text) {
  if (text.empty()) return false;
  size_t i = text.size();
  const char32_t last = PreviousCodePoint(text, i);
  const bool alnum =
      (last >= '0' && last <= '9') || (last >= 'A' && last <= 'Z') || (last >= 'a' && last <= 'z');
  return IsHan(last) || alnum || last == U'%' || last == U'，' || last == U'、' || last == U'“' ||
         last == U'《' || last == U'（' || last == U'〔' || last == U'—';
}

size_t StatusMarkLength(std::string_view text) {
  const auto emoji = [](char32_t cp) {
    // (Not 🔟 ❶ ➀ ➊, numbers, nor ➔ ➢, arrows a list is bulleted with.)
    return (cp >= 0x1F000 && cp <= 0x1FAFF && cp != 0x1F51F) ||
           (cp >= 0x2600 && cp <= 0x2775 && cp != U'★' && cp != U'☆') || (cp >= 0x23E9 && cp <= 0x23FA) ||
           cp == 0x2B50 || cp == 0x2B55 || cp == 0x203C || cp == 0x2049;
  };
  size_t i = 0, end = 0;
  bool any = false;
  while (i < text.size()) {
    const size_t at = i;
    const char32_t cp = NextCodePoint(text, i);
    if (emoji(cp)) {
      any = true;
    } else if (!(any && (cp == 0xFE0F || cp == 0x200D || (cp >= 0x1F3FB && cp <= 0x1F3FF) || IsSpace(cp)))) {
      i = at;
      break;
    }
    end = i;
  }
  return any ? end : 0;
}

size_t KeyMarkLength(std::string_view text) {
  for (std::string_view sign : {"★", "☆", "▲", "△"})
    if (text.starts_with(sign)) {
      size_t i = sign.size();
      while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
      return i;
    }
  return 0;
}

bool IsCjkPunct(char32_t cp) {
  switch (cp) {
    case U'。': case U'，': case U'、': case U'；': case U'：': case U'？': case U'！':
    case U'“': case U'”': case U'‘': case U'’': case U'（': case U'）': case U'《': case U'》':
    case U'〔': case U'〕': case U'【': case U'】': case U'…': case U'—': case U'〈': case U'〉':
    case U'「': case U'」': case U'『': case U'』': case U'［': case U'］':
      return true;
    default:
      return false;
  }
}

std::string_view TrimSpaces(std::string_view s) {
  size_t b = 0;
  while (b < s.size()) {
    size_t j = b;
    if (!IsSpace(NextCodePoint(s, j))) break;
    b = j;
  }
  size_t e = s.size();
  while (e > b) {
    size_t j = e;
    if (!IsSpace(PreviousCodePoint(s, j))) break;
    e = j;
  }
  return s.substr(b, e - b);
}

int DisplayWidth(char32_t cp) {
  const int w = u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_EAST_ASIAN_WIDTH);
  return w == U_EA_WIDE || w == U_EA_FULLWIDTH ? 2 : 1;
}

}  // namespace gongwen::internal

// Reading the numbering at the start of a paragraph (一、 （一） 1. （1） ① 一是
// 第1项 任务一：), shared by the recognizer and the normalizer.
#include "patterns/marker.h"

#include <optional>
#include <string>

#include "core/chinese_number.h"
#include "core/utf8.h"
#include "patterns/catalogue.h"

namespace gongwen::internal {

namespace {

// A character of CNUM in patterns/catalogue.cpp, with which every Chinese numeral marker starts
// (一、 （一） 一是).
bool IsMarkerNumeral(char32_t cp) {
  return cp != 0 &&
         std::u32string_view(U"一二三四五六七八九十百零〇两").find(cp) != std::u32string_view::npos;
}

// Can `text` open with a marker? Its first character must be a digit, a
// bracket, a Chinese numeral or a circled number.
bool MayOpenWithMarker(std::string_view text) {
  if (text.empty()) return false;
  const char c = text[0];
  if ((c >= '0' && c <= '9') || c == '(') return true;
  size_t i = 0;
  char32_t cp = NextCodePoint(text, i);
  // 第1项; 一是; 任务一：
  return cp == U'（' || cp == U'第' || cp == U'任' || IsMarkerNumeral(cp) || (cp >= U'①' && cp <= U'⑳');
}

// "2023年": four digits and 年, the start of a task's text that follows its marker.
bool StartsWithYear(std::string_view s) {
  if (s.size() < 7) return false;
  for (size_t i = 0; i < 4; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return s.substr(4, 3) == "年";
}

}  // namespace

Marker ReadMarker(std::string_view text) {
  if (!MayOpenWithMarker(text)) return {};
  struct Kind {
    Pat pat;
    MarkerKind kind;
  };
  static constexpr Kind kKinds[] = {
      {Pat::kMarkerChineseNumeral, MarkerKind::kChineseNumeral},
      {Pat::kMarkerParenChinese, MarkerKind::kParenChineseNumeral},
      {Pat::kMarkerArabic, MarkerKind::kArabic},
      {Pat::kMarkerParenArabic, MarkerKind::kParenArabic},
      {Pat::kMarkerOrdinal, MarkerKind::kArabic},  // 第1项, 第三条: numbered items like 1.
      {Pat::kMarkerShi, MarkerKind::kArabic},      // 一是, 二是: items of a section like 1.
      {Pat::kMarkerTaskOrdinal, MarkerKind::kArabic},  // 任务一：
      {Pat::kMarkerCircled, MarkerKind::kCircled},
  };
  // The first character tells which kinds can match: a digit only the arabic
  // marker, a numeral the Chinese ones (一、 一是), a circled number the circled one,
  // a bracket the bracketed ones, and the character after it (and any spaces) which
  // of those: a digit （1）, a numeral （一）. A clause line （牵头单位：…） tries none.
  const char first = text[0];
  const bool digit = first >= '0' && first <= '9';
  const bool bracket = first == '(' || text.substr(0, 3) == "（";
  const bool ordinal = text.substr(0, 3) == "第";
  const bool task_word = text.substr(0, 6) == "任务";
  size_t i = 0;
  const char32_t first_cp = NextCodePoint(text, i);
  const bool numeral = IsMarkerNumeral(first_cp);
  const bool circled = first_cp >= U'①' && first_cp <= U'⑳';
  char32_t in_bracket = 0;  // the first character in the bracket, past spaces
  while (bracket && i < text.size()) {
    in_bracket = NextCodePoint(text, i);
    if (in_bracket != U' ' && in_bracket != U'\t' && in_bracket != U'\u3000') break;
    in_bracket = 0;
  }
  for (const Kind& k : kKinds) {
    if ((k.pat == Pat::kMarkerOrdinal) != ordinal) continue;
    if ((k.pat == Pat::kMarkerTaskOrdinal) != task_word) continue;
    bool possible = true;
    switch (k.kind) {
      case MarkerKind::kChineseNumeral:
        possible = numeral;
        break;
      case MarkerKind::kParenChineseNumeral:
        possible = bracket && IsMarkerNumeral(in_bracket);
        break;
      case MarkerKind::kParenArabic:
        possible = bracket && in_bracket >= U'0' && in_bracket <= U'9';
        break;
      case MarkerKind::kCircled:
        possible = circled;
        break;
      case MarkerKind::kArabic:  // 1. and the kinds read like it: 第1项, 任务一：, 一是
        possible = ordinal || task_word ? true : k.pat == Pat::kMarkerShi ? numeral : digit;
        break;
      case MarkerKind::kNone:
        break;
    }
    if (!possible) continue;
    re2::StringPiece input(text.data(), text.size());
    re2::StringPiece number, punct;
    if (!RE2::Consume(&input, Pattern(k.pat), &number, &punct) &&
        !(k.kind == MarkerKind::kCircled && RE2::Consume(&input, Pattern(k.pat), &number)))
      continue;
    Marker m;
    m.kind = k.kind;
    m.length = text.size() - input.size();
    std::optional<int> value;
    switch (k.kind) {
      case MarkerKind::kChineseNumeral:
      case MarkerKind::kParenChineseNumeral:
        value = ParseChineseNumber(number);
        break;
      case MarkerKind::kArabic:
        // "2.5亿元" is a number, not a marker; but "3、2024年…" and "1.2023年底前…" are markers
        // (nothing is a decimal after 、 or ）, and a decimal part is no year).
        if (!input.empty() && input[0] >= '0' && input[0] <= '9' && (punct == "." || punct == "．") &&
            !StartsWithYear(std::string_view(input.data(), input.size())))
          continue;
        value = number[0] >= '0' && number[0] <= '9' ? std::optional<int>(std::stoi(std::string(number)))
                                                     : ParseChineseNumber(number);
        break;
      case MarkerKind::kParenArabic:
        value = std::stoi(std::string(number));
        break;
      case MarkerKind::kCircled: {
        size_t i = 0;
        value = static_cast<int>(NextCodePoint(number, i) - U'①') + 1;
        break;
      }
      case MarkerKind::kNone:
        break;
    }
    if (!value) continue;
    m.number = *value;
    m.text = std::string(TrimSpaces(text.substr(0, m.length)));
    return m;
  }
  return {};
}


}  // namespace gongwen::internal

#include "core/chinese_number.h"

#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/utf8.h"

namespace gongwen::internal {

namespace {

constexpr int kMaxNumeral = 999;  // thousands are read by splitting at 千

// The numerals 0..kMaxNumeral as ICU spells them (ICU writes 十X for 10–19, as headings do), both ways.
struct Numerals {
  std::unordered_map<std::string, int> values;
  std::vector<std::string> spelled;  // by value; empty when ICU has no zh spell-out
};

const Numerals& NumeralTable() {
  static const auto* table = [] {
    auto* numerals = new Numerals();
    UErrorCode err = U_ZERO_ERROR;
    icu::RuleBasedNumberFormat rbnf(icu::URBNF_SPELLOUT, icu::Locale("zh"), err);
    if (U_FAILURE(err)) return numerals;
    numerals->spelled.reserve(kMaxNumeral + 1);
    for (int n = 0; n <= kMaxNumeral; ++n) {
      icu::UnicodeString spelled;
      rbnf.format(n, spelled);
      std::string utf8;
      spelled.toUTF8String(utf8);
      numerals->values.emplace(utf8, n);
      numerals->spelled.push_back(std::move(utf8));
    }
    return numerals;
  }();
  return *table;
}

}  // namespace

std::string FormatChineseNumber(int n) {
  const std::vector<std::string>& spelled = NumeralTable().spelled;
  return n >= 0 && static_cast<size_t>(n) < spelled.size() ? spelled[static_cast<size_t>(n)] : std::string();
}

std::optional<int> ParseChineseNumber(std::string_view numeral) {
  std::string key(numeral);
  // 两 is 二 and 零 is 〇 in numerals; ICU writes 二 and 〇.
  for (size_t pos = key.find("两"); pos != std::string::npos; pos = key.find("两", pos))
    key.replace(pos, 3, "二");
  for (size_t pos = key.find("零"); pos != std::string::npos; pos = key.find("零", pos))
    key.replace(pos, 3, "〇");
  const auto& table = NumeralTable().values;
  auto below_thousand = [&](std::string_view k) -> std::optional<int> {
    auto it = table.find(std::string(k));
    if (it != table.end()) return it->second;
    if (k.substr(0, 6) == "一十") {  // 一十五 = 十五
      it = table.find(std::string(k.substr(3)));
      if (it != table.end()) return it->second;
    }
    return std::nullopt;
  };
  // Thousands: 三千, 两千五百, 一千〇五 (the table stops at 999). ICU writes 一千〇五 for 1005.
  const size_t qian = key.find("千");
  if (qian == std::string::npos) return below_thousand(key);
  auto thousands = below_thousand(std::string_view(key).substr(0, qian));
  if (!thousands || *thousands < 1 || *thousands > 9) return std::nullopt;
  std::string_view rest = std::string_view(key).substr(qian + 3);
  if (rest.empty()) return *thousands * 1000;
  // The rest is hundreds (五百, 二百三十), or 〇 and a number below 100 (〇五, 〇一十五).
  const bool zero = rest.substr(0, 3) == "〇";
  if (zero) rest.remove_prefix(3);
  auto below = below_thousand(rest);
  if (!below || *below < 1 || (zero ? *below >= 100 : *below < 100)) return std::nullopt;
  return *thousands * 1000 + *below;
}

namespace {

// `s` as a number below 10^4 (level 0: ParseChineseNumber), 10^8 (level 1: with 万) or 10^16 (level 2:
// with 亿). After 万 or 亿 the rest either fills the next place (五万三千, 一亿两千万) or, after 零, is
// smaller (五万零三百, 一亿零五万); 一万五 (15 000 in speech) and 一万五百 are not whole numerals.
std::optional<double> QuantityBelow(std::string_view s, int level) {
  if (level == 0) {
    auto v = ParseChineseNumber(s);
    return v ? std::optional<double>(*v) : std::nullopt;
  }
  const std::string_view mark = level == 2 ? "亿" : "万";
  const double scale = level == 2 ? 1e8 : 1e4;
  const size_t at = s.find(mark);
  if (at == std::string_view::npos) return QuantityBelow(s, level - 1);
  auto head = QuantityBelow(s.substr(0, at), level - 1);
  if (!head || *head < 1) return std::nullopt;
  std::string_view rest = s.substr(at + mark.size());
  if (rest.empty()) return *head * scale;
  const bool zero = rest.substr(0, 3) == "零" || rest.substr(0, 3) == "〇";
  if (zero) rest.remove_prefix(3);
  auto tail = QuantityBelow(rest, level - 1);
  if (!tail || *tail < 1 || (zero ? *tail >= scale / 10 : *tail < scale / 10)) return std::nullopt;
  return *head * scale + *tail;
}

}  // namespace

std::optional<double> ParseChineseQuantity(std::string_view numeral) { return QuantityBelow(numeral, 2); }

std::optional<int> ParseChineseDigits(std::string_view digits) {
  static constexpr std::u32string_view kDigits = U"〇一二三四五六七八九";
  int value = 0;
  size_t count = 0;
  for (size_t i = 0; i < digits.size();) {
    char32_t cp = NextCodePoint(digits, i);
    if (cp == U'零' || cp == U'○' || cp == U'Ｏ') cp = U'〇';
    size_t d = kDigits.find(cp);
    if (d == std::u32string_view::npos) return std::nullopt;
    value = value * 10 + static_cast<int>(d);
    if (++count > 9) return std::nullopt;
  }
  if (count == 0) return std::nullopt;
  return value;
}

}  // namespace gongwen::internal

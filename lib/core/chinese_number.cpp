#include "core/chinese_number.h"

#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <memory>
#include <string>
#include <unordered_map>

#include "core/utf8.h"

namespace gongwen::internal {

namespace {

constexpr int kMaxNumeral = 999;  // headings never count further

const std::unordered_map<std::string, int>& NumeralTable() {
  static const auto* table = [] {
    auto* map = new std::unordered_map<std::string, int>();
    UErrorCode err = U_ZERO_ERROR;
    icu::RuleBasedNumberFormat rbnf(icu::URBNF_SPELLOUT, icu::Locale("zh"), err);
    if (U_FAILURE(err)) return map;
    for (int n = 0; n <= kMaxNumeral; ++n) {
      icu::UnicodeString spelled;
      rbnf.format(n, spelled);
      std::string utf8;
      spelled.toUTF8String(utf8);
      map->emplace(utf8, n);
      // ICU writes 十X for 10–19, as headings do.
    }
    return map;
  }();
  return *table;
}

}  // namespace

std::optional<int> ParseChineseNumber(std::string_view numeral) {
  std::string key(numeral);
  // 两 is 二 and 零 is 〇 in numerals; ICU writes 二 and 〇.
  for (size_t pos = key.find("两"); pos != std::string::npos; pos = key.find("两", pos)) key.replace(pos, 3, "二");
  for (size_t pos = key.find("零"); pos != std::string::npos; pos = key.find("零", pos)) key.replace(pos, 3, "〇");
  const auto& table = NumeralTable();
  auto it = table.find(key);
  if (it != table.end()) return it->second;
  if (key.rfind("一十", 0) == 0) {  // 一十五 = 十五
    it = table.find(key.substr(3));
    if (it != table.end()) return it->second;
  }
  return std::nullopt;
}

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

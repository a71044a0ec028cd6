// Internal: values of Chinese numerals, as headings and dates print them.
#ifndef GONGWEN_LIB_CORE_CHINESE_NUMBER_H_
#define GONGWEN_LIB_CORE_CHINESE_NUMBER_H_

#include <optional>
#include <string>
#include <string_view>

namespace gongwen::internal {

// 五十六 → 56, 十 → 10, 一百零一 → 101, 三千 → 3000, 两千零五 → 2005 (0..9999). The
// table below 1000 is made once with ICU's RuleBasedNumberFormat (spellout, zh), so
// only whole numerals that ICU itself writes are accepted; 两 is read as 二, 零 as 〇.
// nullopt for anything else.
std::optional<int> ParseChineseNumber(std::string_view numeral);

// The numeral ParseChineseNumber reads back, as ICU spells it: 2 → 二, 12 → 十二, 101 → 一百〇一 (0..999);
// empty for anything else.
std::string FormatChineseNumber(int n);

// A quantity with 万 and 亿: 三十万 → 300000, 一亿两千万 → 120000000, 五万零三百 → 50300,
// 一亿零五万 → 100050000; also anything ParseChineseNumber reads. nullopt for anything
// else, and for the spoken short forms 一万五 and 一亿五 (15 000 and 150 000 000, not 10 005).
std::optional<double> ParseChineseQuantity(std::string_view numeral);

// Digit-by-digit numerals as in dates: 二〇二三 → 2023 (〇, 零, ○ and Ｏ are 0).
std::optional<int> ParseChineseDigits(std::string_view digits);

}  // namespace gongwen::internal

#endif  // GONGWEN_LIB_CORE_CHINESE_NUMBER_H_

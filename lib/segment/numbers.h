// Internal: numbers in running text, as the segmenter and the target reader
// see them. Lengths are bytes from the start of the view; 0 = no number there.
#ifndef GONGWEN_LIB_SEGMENT_NUMBERS_H_
#define GONGWEN_LIB_SEGMENT_NUMBERS_H_

#include <cstddef>
#include <optional>
#include <string_view>

namespace gongwen::internal {

// Digits ASCII or full-width (each run of ten starts at one of kDigitZeros); Latin letters ASCII or
// full-width. Inline, as IsHanNumberChar: the target reader asks these of every quantity's characters.
inline constexpr char32_t kDigitZeros[] = {U'0', U'０'};
constexpr bool IsDigitChar(char32_t cp) {
  for (char32_t zero : kDigitZeros)
    if (cp >= zero && cp < zero + 10) return true;
  return false;
}
bool IsLatinLetter(char32_t cp);

// The digits at the start of `s` with a decimal part (. ． ·) and thousands
// groups (,ddd): their length, or 0.
size_t DigitRun(std::string_view s);

// Characters of numbers written in Chinese: 〇○零一二三四五六七八九十百千万亿两 (and Ｏ).
inline constexpr char32_t kHanNumberChars[] = {U'〇', U'○',  U'Ｏ', U'零', U'一', U'二', U'三',
                                               U'四', U'五', U'六', U'七', U'八', U'九', U'十',
                                               U'百', U'千', U'万', U'亿', U'两'};
constexpr bool IsHanNumberChar(char32_t cp) {
  for (char32_t c : kHanNumberChars)
    if (cp == c) return true;
  return false;
}

// A number in digits at the start of `s`, with what belongs to it: 2023年, 6月,
// 20日, 19%, 7.5%, 3.2万, and with `keep_units` a measure unit: 7000万公斤,
// 60万元/亩, 50公里. Not when a Latin letter or '#' follows the digits (5G, 2#炉):
// those are names.
size_t MatchDigitNumber(std::string_view s, bool keep_units);

// A number in Chinese numerals at the start of `s`: 二○○一年, 十二月, 三十一日, 第五, 二十五.
size_t MatchHanNumber(std::string_view s);

// A numeral followed by a classifier, as one string (一个, 三次, 第一次, 几位): where the
// classifier starts; 0 if `w` is not exactly that.
size_t NumeralClassifierSplit(std::string_view w);

// Productive word-forming suffixes: 化 性 者 家 员 式 型 率 界 感 观 制 业 法 学 库 表 游 病.
bool IsWordSuffix(std::string_view w);

// Suffixes of places, bodies and ranks: 市 省 县 区 村 镇 乡 州 委 部 院 局 厅 办 级 署.
bool IsPlaceSuffix(std::string_view w);

// The measure unit at the start of `s` (公斤, 万元, 平方米, 元/亩, %): its length, or 0.
size_t MatchMeasureUnit(std::string_view s);

// The value of digits with an optional decimal part and 万/亿 (7000万 → 7e7, 7.5 → 7.5);
// nullopt if `s` is not exactly that.
std::optional<double> DigitValue(std::string_view s);

}  // namespace gongwen::internal

#endif  // GONGWEN_LIB_SEGMENT_NUMBERS_H_

// Internal: numbers in running text, as the segmenter and the target reader
// see them. Lengths are bytes from the start of the view; 0 = no number there.
#ifndef GONGWEN_LIB_SEGMENT_NUMBERS_H_
#define GONGWEN_LIB_SEGMENT_NUMBERS_H_

#include <cstddef>
#include <optional>
#include <string_view>

namespace gongwen::internal {

// Digits ASCII or full-width; Latin letters ASCII or full-width. Inline, as IsHanNumberChar: the
// target reader asks these of every character of every task.
constexpr bool IsDigitChar(char32_t cp) { return (cp >= U'0' && cp <= U'9') || (cp >= U'０' && cp <= U'９'); }
bool IsLatinLetter(char32_t cp);

// The digits at the start of `s` with a decimal part (. ． ·) and thousands
// groups (,ddd): their length, or 0.
size_t DigitRun(std::string_view s);

// Characters of numbers written in Chinese: 〇○零一二三四五六七八九十百千万亿两 (and Ｏ).
constexpr bool IsHanNumberChar(char32_t cp) {
  switch (cp) {
    case U'〇':
    case U'○':
    case U'Ｏ':
    case U'零':
    case U'一':
    case U'二':
    case U'三':
    case U'四':
    case U'五':
    case U'六':
    case U'七':
    case U'八':
    case U'九':
    case U'十':
    case U'百':
    case U'千':
    case U'万':
    case U'亿':
    case U'两':
      return true;
    default:
      return false;
  }
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

// Internal: the marker (numbering) a paragraph opens with. Not installed.
#ifndef GONGWEN_LIB_PATTERNS_MARKER_H_
#define GONGWEN_LIB_PATTERNS_MARKER_H_

#include <optional>
#include <string_view>

#include "gongwen/recognize.h"
#include "patterns/catalogue.h"

namespace gongwen::internal {

// What one marker pattern (a Pat::kMarker*) reads at the start of a text: its first capture (the
// number), its second (the punctuation or word after the number; empty when the pattern has none
// or it is optional and absent) and the bytes it takes, spaces after the marker included.
struct MarkerMatch {
  std::string_view number;
  std::string_view punct;
  size_t length = 0;
};

// The match RE2::Consume(&text, Pattern(pat), &number, &punct) finds, read by hand: asking RE2 for
// captures runs its backtracker, with three allocations, on every paragraph. nullopt when the
// pattern does not match, or `pat` is not a marker pattern. tests/unit/patterns_test.cpp checks
// every reader against its pattern.
std::optional<MarkerMatch> MatchMarker(Pat pat, std::string_view text);

// Whether `text` opens with a word that numbers a task (任务, 重点任务, 督办事项, 督查事项, 交办事项,
// 交办任务, 事项), after a 【 or not: a marker 任务一：, 任务1　or 【任务1】 may follow.
bool StartsWithTaskWord(std::string_view text);

// Whether `input`, what follows the marker `number`、 (一、 → 1), goes on listing the next numeral of one
// measure: 二、三级, 三、四季度, 一、二类, 一、二、三产业 (the numeral after it, then 级 类 等 季度 产 档 星
// 线 or another 、); not 三、三级医院建设 nor 二、三农工作. Such a line may still be the heading 二、
// (二、三季度 重点工作): the recognizer asks only of a numeral out of its headings' turn.
bool EnumeratesNumerals(int number, std::string_view input);

// The marker `text` opens with, with its number (一、 → 1, （十二） → 12, ③ → 3);
// kind kNone when there is none ("2.5亿元" is a number, not a marker).
Marker ReadMarker(std::string_view text);

}  // namespace gongwen::internal

#endif  // GONGWEN_LIB_PATTERNS_MARKER_H_

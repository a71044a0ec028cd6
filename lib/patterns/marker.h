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

// The marker `text` opens with, with its number (一、 → 1, （十二） → 12, ③ → 3);
// kind kNone when there is none ("2.5亿元" is a number, not a marker).
Marker ReadMarker(std::string_view text);

}  // namespace gongwen::internal

#endif  // GONGWEN_LIB_PATTERNS_MARKER_H_

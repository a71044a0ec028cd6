// Internal: how the lines of a table cell printed over several lines (grid and layout tables, a
// Markdown table whose wrapped lines became rows of their own) join
// into its text. Not installed.
#ifndef GONGWEN_LIB_CORE_CELL_LINES_H_
#define GONGWEN_LIB_CORE_CELL_LINES_H_

#include <string_view>

#include "core/lists.h"
#include "core/utf8.h"

namespace gongwen::internal {

// Two to four Chinese characters (the space of 韩　冰 or 韩 冰 among them): a person's name.
inline bool ShortName(std::string_view s) {
  const size_t n = CountCodePoints(s);
  if (n < 2 || n > 4) return false;
  for (size_t i = 0; i < s.size();) {
    const char32_t cp = NextCodePoint(s, i);
    if (!IsHan(cp) && cp != U'\u3000' && cp != U' ') return false;
  }
  return true;
}

// Whether `next` opens with a place's name of two or three characters and its kind (蕤川县城市建设投资集团,
// 青石镇 卫生院): a unit named by its place.
inline bool OpensWithPlace(std::string_view next) {
  size_t i = 0;
  for (int k = 0; k < 4 && i < next.size(); ++k) {
    const char32_t cp = NextCodePoint(next, i);
    if (!IsHan(cp)) return false;
    if (k >= 2 && std::u32string_view(U"县市区州旗镇乡").find(cp) != std::u32string_view::npos) return true;
  }
  return false;
}

// Whether `name` (a 、 after it aside) is a branch's, its body's name on the line above it (国家税务总局 ⏎
// 蕤川县税务局 · 县公安局 ⏎ 高新区分局 · 中国人民银行 ⏎ 蕤川县支行).
inline bool BranchName(std::string_view name) {
  for (std::string_view mark : {"、", "，"})
    if (name.ends_with(mark)) name.remove_suffix(mark.size());
  for (std::string_view end : {"分局", "支局", "支行", "分行", "分公司", "分中心", "税务局", "营业部",
                               "管理部", "分院", "分所", "分队", "大队", "中队", "派出所", "分会"})
    if (name.ends_with(end)) return true;
  return false;
}

// Whether a unit's name ends `above` (its last character `last`) and another's begins `next` (its first
// `first`): 县供电公司 ⏎ 城关镇人民政府 · 县财政局 ⏎ 蕤川县城市建设投资集团有限公司, not 委员会 ⏎ 各成员单位
// (one name), nor a branch's name under its body's.
inline bool NamesMeet(char32_t last, char32_t first, std::string_view next) {
  return EndsOrganisation(last) &&
         (StartsOrganisation(first) || next.find("人民政府") != std::string_view::npos ||
          (OpensWithPlace(next) && !BranchName(next))) &&
         !next.starts_with("各成员");
}

// Two letters or digits, which a line end between parts by a space.
inline bool LatinPair(char32_t a, char32_t b) {
  const auto latin = [](char32_t c) {
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9');
  };
  return latin(a) && latin(b);
}

// What joins a cell's line `above` to its next line: nothing before a line that opens with a bracket; a line
// end where the writer ended the line (it
// stops short of the column, `above_full` false; two short names one a line; one unit a line, a
// unit's last character over another's first or over a 人民政府 (县供电公司 / 城关镇人民政府), but for
// 委员会 / 各成员单位, one name), a space
// between two Latin letters or digits, else nothing (a line wrapped inside a word or a name).
inline std::string_view CellLineJoin(std::string_view above, bool above_full, std::string_view next) {
  if (above.empty() || next.empty()) return {};
  size_t end = above.size(), begin = 0;
  const char32_t last = PreviousCodePoint(above, end), first = NextCodePoint(next, begin);
  // A line that opens with a bracket goes on with the name above it: 水资源管理科 ⏎ （市节约用水办公室）,
  // 各县 ⏎ （市、区）水利局 (the bracket pushed down, as no line may end with one).
  if (first == U'（' || first == U'(') return {};
  if (!above_full || (ShortName(above) && ShortName(next)) || NamesMeet(last, first, next)) return "\n";
  return LatinPair(last, first) ? " " : "";
}

}  // namespace gongwen::internal

#endif  // GONGWEN_LIB_CORE_CELL_LINES_H_

// Two-column pages in text: found by the gutter their lines share, read a column after the other.
#include "reader/column_text.h"

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <vector>

#include "core/utf8.h"
#include "patterns/marker.h"
#include "reader/layout_table.h"

namespace gongwen::internal {
namespace {

// A line's runs of text are layout_table's Segments, a character one column (one space stays inside a run:
// poppler spreads a justified line's characters, 用 好 超 长 期, and spaces a half-width number, 2025 年).
using Run = Segment;

size_t End(const Run& r) { return r.column + r.width; }

struct Line {
  size_t begin = 0;  // in the text
  size_t end = 0;    // its line end, '\r' left out
  std::vector<Run> runs;
};

// Columns past this are not counted for a gutter (a line of a thousand spaces is no page's).
constexpr size_t kMostColumns = 400;
// A gutter's column and the first-line indents after it (two characters, poppler's jitter a third).
constexpr size_t kGutterSlack = 3;
// Lines with text either side of the gutter a zone needs at least.
constexpr size_t kMinTwoSided = 4;

// The lines of text[from, to), a page.
std::vector<Line> Lines(std::string_view text, size_t from, size_t to) {
  std::vector<Line> lines;
  for (size_t pos = from; pos < to;) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos || eol > to) eol = to;
    const size_t end = eol > pos && text[eol - 1] == '\r' ? eol - 1 : eol;
    lines.push_back({pos, end, Segments(text, pos, end, /*chars=*/true)});
    pos = eol + 1;
  }
  return lines;
}

// The line's runs left of the gutter and right of it: [0, split) and [split, size); false when text
// stands in the two columns just before the gutter (a line across both columns).
bool SplitAt(const Line& line, size_t gutter, size_t& split) {
  split = 0;
  while (split < line.runs.size() && line.runs[split].column + 1 < gutter) {
    if (End(line.runs[split]) + 2 > gutter) return false;
    ++split;
  }
  return true;
}

// The page's gutter: the start of the window of kGutterSlack + 1 columns where the most runs after a
// gap begin, its first column any begins at; 0 when fewer than kMinTwoSided lines have such a run.
size_t Gutter(const std::vector<Line>& lines) {
  if (std::count_if(lines.begin(), lines.end(), [](const Line& l) { return l.runs.size() >= 2; }) <
      static_cast<std::ptrdiff_t>(kMinTwoSided))
    return 0;  // (a page of few lines, as many form feeds make, costs no count of every column)
  std::vector<size_t> starts(kMostColumns + 1, 0);
  for (const Line& line : lines)
    for (size_t k = 1; k < line.runs.size(); ++k)
      if (line.runs[k].column <= kMostColumns) ++starts[line.runs[k].column];
  size_t best = 0, best_count = 0;
  for (size_t c = 1; c + kGutterSlack <= kMostColumns; ++c) {
    size_t count = 0;
    for (size_t d = 0; d <= kGutterSlack; ++d) count += starts[c + d];
    if (count > best_count) best = c, best_count = count;
  }
  if (best_count < kMinTwoSided) return 0;
  while (starts[best] == 0) ++best;
  return best;
}

// The value a `fraction` of `values` stand at or below.
size_t Quantile(std::vector<size_t> values, double fraction) {
  const auto at =
      values.begin() + static_cast<std::ptrdiff_t>(fraction * static_cast<double>(values.size() - 1));
  std::nth_element(values.begin(), at, values.end());
  return *at;
}

// Whether one side's parts read as a column of prose: eight characters or more in the middle, and half
// of them at least full to four in five of the column's width (where a quarter of them end: a line a
// justified page spread wider, 达 到 4.5 个 。, is none).
bool Prose(const std::vector<size_t>& lengths, const std::vector<size_t>& ends) {
  if (lengths.size() < kMinTwoSided || Quantile(lengths, 0.5) < 8) return false;
  const size_t width = Quantile(ends, 0.75);
  const size_t full = static_cast<size_t>(
      std::count_if(ends.begin(), ends.end(), [&](size_t e) { return 5 * e >= 4 * width; }));
  return 2 * full >= ends.size();
}

// A column's right edge: where most of its lines end, the next column counted with it (a line of Chinese
// characters alone fills it; one with half-width digits, each poppler's character, goes past it).
size_t Edge(std::vector<size_t> ends) {
  std::sort(ends.begin(), ends.end());
  size_t edge = 0, most = 0;
  for (size_t i = 0, j = 0; i < ends.size(); ++i) {
    while (ends[j] + 1 < ends[i]) ++j;
    if (i - j + 1 >= most) most = i - j + 1, edge = ends[i];
  }
  return edge;
}

// Whether a part opens a bracket (（牵头单位：…）), or an item (1. 2、): a task a line with its clause beside
// it is a table's row, not two columns of a page.
bool OpensBracket(std::string_view text, const Run& run) {
  const std::string_view t = text.substr(run.begin, run.end - run.begin);
  return t.starts_with("（") || t.starts_with("(") || t.starts_with("【") || t.starts_with("[");
}
bool OpensItem(std::string_view text, const Run& run) {
  return ReadMarker(text.substr(run.begin, run.end - run.begin)).kind == MarkerKind::kArabic;
}

// Whether lines[first, last) of a page with `gutter` are set in two columns.
bool TwoColumns(std::string_view text, const std::vector<Line>& lines, size_t first, size_t last,
                size_t gutter) {
  size_t two_sided = 0, third_runs = 0, parts = 0, beside = 0;
  std::vector<size_t> left_lengths, left_ends, right_lengths, right_ends;
  for (size_t k = first; k < last; ++k) {
    const Line& line = lines[k];
    if (line.runs.empty()) continue;
    // A Markdown table's row, a sheet's pasted row: cells, whatever their widths.
    const std::string_view whole = text.substr(line.begin, line.end - line.begin);
    if (whole.find('|') != std::string_view::npos || whole.find('\t') != std::string_view::npos) return false;
    size_t split = 0;
    SplitAt(line, gutter, split);
    const bool left = split > 0, right = split < line.runs.size();
    two_sided += left && right;
    third_runs += split > 1 || line.runs.size() - split > 1;
    parts += 1;
    if (left) {
      const Run& a = line.runs.front();
      const Run& b = line.runs[split - 1];
      left_lengths.push_back(End(b) - a.column);
      left_ends.push_back(End(b));
    }
    if (right) {
      const Run& a = line.runs[split];
      const Run& b = line.runs.back();
      right_lengths.push_back(End(b) - a.column);
      right_ends.push_back(End(b) - gutter);
    }
    beside += left && right && OpensItem(text, line.runs.front()) && OpensBracket(text, line.runs[split]);
  }
  // (Half the two-sided lines an item beside a bracket: tasks a line each beside their clauses, a table's
  // rows. A column of items, a gazette's list of tasks, is a column.)
  return two_sided >= kMinTwoSided && 5 * third_runs <= parts && 2 * beside < two_sided &&
         Prose(left_lengths, left_ends) && Prose(right_lengths, right_ends);
}

}  // namespace

std::vector<ColumnZone> FindColumnZones(std::string_view text) {
  // A gap of three spaces or more after text on its line, kMinTwoSided of them: else no line has two
  // columns (most texts have none, and are not read line by line here).
  size_t gaps = 0;
  for (size_t at = text.find("   "); at != std::string_view::npos && gaps < kMinTwoSided;
       at = text.find("   ", at)) {
    gaps += at > 0 && text[at - 1] != '\n' && text[at - 1] != '\r' && text[at - 1] != '\f';
    while (at < text.size() && text[at] == ' ') ++at;
  }
  if (gaps < kMinTwoSided) return {};
  std::vector<ColumnZone> zones;
  for (size_t page = 0; page < text.size();) {
    size_t page_end = text.find('\f', page);
    if (page_end == std::string_view::npos) page_end = text.size();
    const std::vector<Line> lines = Lines(text, page, page_end);
    if (const size_t gutter = Gutter(lines); gutter != 0) {
      // Zones: runs of lines none across the gutter, two blank lines or one across ending them.
      size_t first = 0, blanks = 0;
      const auto two_sided = [&](size_t k) {
        size_t split = 0;
        return SplitAt(lines[k], gutter, split) && split > 0 && split < lines[k].runs.size();
      };
      const auto close = [&](size_t last) {  // lines[first, last)
        // Lines of one side only, apart from the two-sided ones by a blank line (a title above, the
        // 附件 line below), are no column's: the zone is the blank-free run of lines around its first and
        // last two-sided lines, and what lies between.
        size_t from = first, to = last;
        while (from < to && !two_sided(from)) ++from;
        while (to > from && !two_sided(to - 1)) --to;
        if (from == to) return;
        while (from > first && !lines[from - 1].runs.empty()) --from;
        while (to < last && !lines[to].runs.empty()) ++to;
        if (TwoColumns(text, lines, from, to, gutter))
          zones.push_back({lines[from].begin, lines[to - 1].end, gutter});
      };
      for (size_t k = 0; k < lines.size(); ++k) {
        size_t split = 0;
        if (lines[k].runs.empty()) {
          if (++blanks == 2) {
            close(k);
            first = k + 1;
          } else if (first == k) {
            first = k + 1;  // no zone opens with a blank line
          }
          continue;
        }
        blanks = 0;
        if (!SplitAt(lines[k], gutter, split)) {
          close(k);
          first = k + 1;
        }
      }
      close(lines.size());
    }
    page = page_end + 1;
  }
  return zones;
}

void ReadColumnZone(std::string_view text, ColumnZone zone, Blocks& out) {
  const std::vector<Line> lines = Lines(text, zone.begin, zone.end);
  std::vector<size_t> splits(lines.size());
  std::vector<size_t> left_ends, right_ends;
  for (size_t k = 0; k < lines.size(); ++k) {
    const Line& line = lines[k];
    SplitAt(line, zone.gutter, splits[k]);
    if (splits[k] > 0) left_ends.push_back(End(line.runs[splits[k] - 1]));
    if (splits[k] < line.runs.size()) right_ends.push_back(End(line.runs.back()));
  }
  const size_t left_edge = Edge(left_ends), right_edge = Edge(right_ends);
  const auto add = [&](const Run& a, const Run& b, int column, size_t indent, size_t edge) {
    Block& block = out.emplace_back();
    block.begin = a.begin;
    block.end = b.end;
    block.original.assign(text.substr(a.begin, b.end - a.begin));
    block.text = block.original;
    block.style.column = column;
    block.style.indent = static_cast<int>(indent);
    block.style.to_edge = End(b) + 1 >= edge;
  };
  // The left column starts where its leftmost line does (a page's margin is no line's indent).
  size_t left_start = kMostColumns;
  for (size_t k = 0; k < lines.size(); ++k)
    if (splits[k] > 0) left_start = std::min(left_start, lines[k].runs.front().column);
  for (size_t k = 0; k < lines.size(); ++k)
    if (splits[k] > 0)
      add(lines[k].runs.front(), lines[k].runs[splits[k] - 1], 1, lines[k].runs.front().column - left_start,
          left_edge);
  for (size_t k = 0; k < lines.size(); ++k)
    if (const Line& line = lines[k]; splits[k] < line.runs.size()) {
      const Run& first = line.runs[splits[k]];
      add(first, line.runs.back(), 2, first.column > zone.gutter ? first.column - zone.gutter : 0,
          right_edge);
    }
}

}  // namespace gongwen::internal

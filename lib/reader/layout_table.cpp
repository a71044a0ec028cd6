// Layout tables in text: found by their header line, read by the columns their rows' lines give.
#include "reader/layout_table.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>

#include "core/cell_lines.h"
#include "core/lists.h"
#include "core/utf8.h"

namespace gongwen::internal {
namespace {

// A run of a line's text between gaps of two spaces or more.
struct Segment {
  size_t begin = 0;  // bytes, in the text
  size_t end = 0;
  size_t column = 0;  // where it starts on the printed line (a wide character is 2)
  size_t width = 0;
};

struct Line {
  size_t begin = 0;  // in the text
  size_t end = 0;    // its '\n' or the range's end
  std::vector<Segment> segments;
};

std::vector<Segment> Segments(std::string_view text, size_t begin, size_t end) {
  std::vector<Segment> out;
  size_t column = 0, spaces = 2;
  for (size_t i = begin; i < end;) {
    const size_t at = i;
    const char32_t cp = NextCodePoint(text, i);
    if (cp == U'\r') break;
    if (cp == U'\f') continue;  // pdftotext opens a page's first line with its form feed
    const size_t w = cp == U'\t' ? 4 : static_cast<size_t>(DisplayWidth(cp));
    if (cp == U' ' || cp == U'\t') {
      spaces += w;
    } else {
      if (spaces >= 2 || out.empty()) out.push_back({at, i, column, 0});
      Segment& s = out.back();
      s.end = i;
      s.width = column + w - s.column;
      spaces = 0;
    }
    column += w;
  }
  return out;
}

std::vector<Line> Lines(std::string_view text, size_t from, size_t to) {
  std::vector<Line> lines;
  for (size_t pos = from; pos < to;) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos || eol > to) eol = to;
    lines.push_back({pos, eol, Segments(text, pos, eol)});
    pos = eol + 1;
  }
  return lines;
}

std::string_view TextOf(std::string_view text, const Segment& s) {
  return text.substr(s.begin, s.end - s.begin);
}

bool IsHeader(std::string_view text, const Line& line) {
  if (line.segments.size() < 4) return false;
  const std::string_view first = TextOf(text, line.segments[0]);
  if (first != "序号" && first != "编号") return false;
  int named = 0;
  for (size_t k = 1; k < line.segments.size(); ++k) {
    const std::string_view cell = TextOf(text, line.segments[k]);
    for (std::string_view word :
         {"单位", "领导", "部门", "时限", "时间", "任务", "内容", "措施", "举措", "事项", "责任"})
      if (cell.find(word) != std::string_view::npos) {
        ++named;
        break;
      }
  }
  return named >= 2;
}

bool IsNumber(std::string_view s) {
  return !s.empty() && s.size() <= 4 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A page's number alone on its line: — 3 —, - 3 -, 第3页.
bool IsPageNumber(std::string_view text, const Line& line) {
  if (line.segments.empty()) return false;
  const std::string_view t = TrimSpaces(
      text.substr(line.segments.front().begin, line.segments.back().end - line.segments.front().begin));
  size_t digits = 0, dashes = 0;
  for (size_t i = 0; i < t.size();) {
    const char32_t cp = NextCodePoint(t, i);
    if (cp >= U'0' && cp <= U'9')
      ++digits;
    else if (cp == U'—' || cp == U'-' || cp == U'－' || cp == U'–')
      ++dashes;
    else if (!IsSpace(cp) && cp != U'第' && cp != U'页')
      return false;
  }
  return digits >= 1 && digits <= 4 && (dashes > 0 || t.starts_with("第"));
}

// 一、经济发展（共7项） alone on its line, left of the task column.
bool IsSectionRow(std::string_view text, const Line& line, size_t task_column) {
  if (line.segments.size() != 1 || line.segments[0].column >= task_column) return false;
  const std::string_view t = TextOf(text, line.segments[0]);
  size_t bytes = 0;
  return LeadingChineseNumerals(t, bytes) > 0 && t.substr(bytes).starts_with("、");
}

// What a table's lines are, once its header is known.
struct Shape {
  size_t number_column = 0;  // where the header's 序号 starts
  size_t task_column = 0;    // where its second cell starts
  std::string_view header;   // the header line's text, to know it again after a page break
};

std::string_view LineText(std::string_view text, const Line& line) {
  if (line.segments.empty()) return {};
  return text.substr(line.segments.front().begin, line.segments.back().end - line.segments.front().begin);
}

enum class Kind { kBlank, kRow, kSection, kContinuation, kPageNumber, kHeader, kOther };

Kind KindOf(std::string_view text, const Line& line, const Shape& shape) {
  if (line.segments.empty()) return Kind::kBlank;
  if (LineText(text, line) == shape.header) return Kind::kHeader;
  const Segment& first = line.segments[0];
  if (IsNumber(TextOf(text, first)) && first.column + 4 >= shape.number_column &&
      first.column <= shape.number_column + 4 && line.segments.size() >= 2)
    return Kind::kRow;
  if (IsPageNumber(text, line)) return Kind::kPageNumber;
  if (IsSectionRow(text, line, shape.task_column)) return Kind::kSection;
  if (first.column + 2 >= shape.task_column) return Kind::kContinuation;
  return Kind::kOther;
}

// The cells of a row's lines by column: pieces joined as a grid table's.
struct Piece {
  std::string_view text;
  size_t begin = 0;  // in the text
  size_t column = 0;
  size_t width = 0;
};

// The shape of the table whose header is lines[h]: the task column where the first row's second
// cell starts, when that is left of the header's (a centred 工作任务 over text that starts at the rule).
Shape ShapeOf(std::string_view text, const std::vector<Line>& lines, size_t h) {
  Shape shape{lines[h].segments[0].column, lines[h].segments[1].column, LineText(text, lines[h])};
  for (size_t j = h + 1; j < lines.size() && j < h + 8; ++j)
    if (KindOf(text, lines[j], shape) == Kind::kRow) {
      shape.task_column = std::min(shape.task_column, lines[j].segments[1].column);
      break;
    }
  return shape;
}

}  // namespace

std::vector<LayoutTableRange> FindLayoutTables(std::string_view text) {
  std::vector<LayoutTableRange> tables;
  // The header's 序号 or 编号 with two spaces after it: without them, no layout table.
  if (text.find("序号  ") == std::string_view::npos && text.find("编号  ") == std::string_view::npos)
    return tables;
  const std::vector<Line> lines = Lines(text, 0, text.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!IsHeader(text, lines[i])) continue;
    const Shape shape = ShapeOf(text, lines, i);
    size_t last = i;
    size_t rows = 0;
    for (size_t j = i + 1; j < lines.size(); ++j) {
      const Kind kind = KindOf(text, lines[j], shape);
      // A header again before any row: this one heads nothing (and a run of them is read once).
      if (kind == Kind::kOther || (kind == Kind::kHeader && rows == 0)) break;
      if (kind == Kind::kRow) ++rows;
      if (kind == Kind::kRow || kind == Kind::kSection || (kind == Kind::kContinuation && rows > 0)) last = j;
    }
    if (rows == 0) continue;
    tables.push_back({lines[i].begin, lines[last].end});
    i = last;
  }
  return tables;
}

void ReadLayoutTable(std::string_view text, LayoutTableRange range, Blocks& out) {
  const std::vector<Line> lines = Lines(text, range.begin, range.end);
  if (lines.empty() || lines[0].segments.size() < 2) return;
  const Shape shape = ShapeOf(text, lines, 0);
  // The columns: where the cells of the fullest row's first line start.
  std::vector<size_t> starts;
  for (const Line& line : lines)
    if (KindOf(text, line, shape) == Kind::kRow && line.segments.size() > starts.size()) {
      starts.clear();
      for (const Segment& s : line.segments) starts.push_back(s.column);
    }
  if (starts.empty()) return;
  // The column a piece starts in (at most two columns left of its start): a search, `starts` rising.
  const auto column_at = [&](size_t column) {
    const auto k =
        static_cast<size_t>(std::upper_bound(starts.begin(), starts.end(), column) - starts.begin());
    return k == 0 ? 0 : k - 1;
  };
  const auto column_of = [&](const Segment& s) { return column_at(s.column + 2); };
  // How wide each column's text runs: where a line that fills it stops.
  std::vector<size_t> widths(starts.size(), 0);
  for (size_t l = 1; l < lines.size(); ++l) {
    const Kind kind = KindOf(text, lines[l], shape);
    if (kind != Kind::kRow && kind != Kind::kContinuation) continue;
    for (const Segment& s : lines[l].segments) {
      const size_t k = column_of(s);
      widths[k] = std::max(widths[k], s.column + s.width - std::min(s.column, starts[k]));
    }
  }
  // The header: each of its cells to the column its middle stands in (header cells are centred).
  Block& header = out.emplace_back();
  std::vector<std::vector<Piece>> cells(starts.size());
  for (const Segment& s : lines[0].segments) {
    const size_t best = column_at(s.column + s.width / 2);
    cells[best].push_back({TextOf(text, s), s.begin, s.column, s.width});
  }
  auto finish = [&](Block& block, size_t end) {
    block.kind = BlockKind::kTableRow;
    block.end = end;
    block.original.assign(text.substr(block.begin, block.end - block.begin));
    for (size_t k = 0; k < cells.size(); ++k) {
      std::string cell;
      size_t cell_begin = block.begin;
      for (size_t p = 0; p < cells[k].size(); ++p) {
        const Piece& piece = cells[k][p];
        if (p == 0) {
          cell_begin = piece.begin;
        } else {
          // The line above fills the column when at most two wide characters' room is left after it.
          const Piece& above = cells[k][p - 1];
          cell +=
              CellLineJoin(above.text, above.column + above.width + 4 >= starts[k] + widths[k], piece.text);
        }
        cell += piece.text;
      }
      block.cell_begins.push_back(static_cast<uint32_t>(cell_begin - block.begin));
      block.cells.push_back(std::move(cell));
      cells[k].clear();
    }
    block.text = PipeRowText(block.cells);
  };
  header.begin = lines[0].begin;
  size_t open = out.size() - 1;  // the block the lines go to
  for (size_t l = 1; l < lines.size(); ++l) {
    const Kind kind = KindOf(text, lines[l], shape);
    if (kind == Kind::kRow || kind == Kind::kSection) {
      finish(out[open], lines[l].begin);
      Block& row = out.emplace_back();
      row.begin = lines[l].begin;
      open = out.size() - 1;
    }
    if (kind != Kind::kRow && kind != Kind::kSection && kind != Kind::kContinuation) continue;
    if (kind == Kind::kSection) {
      const Segment& s = lines[l].segments[0];
      cells[0].push_back({TextOf(text, s), s.begin, s.column, s.width});
      continue;
    }
    for (const Segment& s : lines[l].segments)
      cells[column_of(s)].push_back({TextOf(text, s), s.begin, s.column, s.width});
  }
  finish(out[open], range.end);
}

}  // namespace gongwen::internal

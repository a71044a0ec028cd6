// Layout tables in text: found by their header line, read by the columns their rows' lines give.
#include "reader/layout_table.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <utility>

#include "core/cell_lines.h"
#include "core/lists.h"
#include "core/utf8.h"

namespace gongwen::internal {

std::vector<Segment> Segments(std::string_view text, size_t begin, size_t end, bool chars, bool ideographic) {
  std::vector<Segment> out;
  size_t column = 0, spaces = 2;
  for (size_t i = begin; i < end;) {
    const size_t at = i;
    const char32_t cp = NextCodePoint(text, i);
    if (cp == U'\r') break;
    if (cp == U'\f') continue;  // pdftotext opens a page's first line with its form feed
    const size_t w = cp == U'\t' ? 4 : chars ? 1 : static_cast<size_t>(DisplayWidth(cp));
    // An ideographic space is a space too, one of the two that part cells: a table typed in a Chinese
    // editor is aligned with them, and one stands inside a name (王　磊).
    if (cp == U' ' || cp == U'\t' || (ideographic && cp == U'\u3000')) {
      spaces += cp == U'\u3000' ? 1 : w;
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

namespace {

struct Line {
  size_t begin = 0;  // in the text
  size_t end = 0;    // its '\n' or the range's end
  std::vector<Segment> segments;
};

// Whether the table's header (序号 or 编号 and the rest) is aligned with ideographic spaces: then two of them
// part cells; elsewhere they indent paragraphs (　　各单位要…), which must not look like a table's columns.
bool IdeographicTable(std::string_view text) {
  return text.find("序号　　") != std::string_view::npos || text.find("编号　　") != std::string_view::npos;
}

std::vector<Line> Lines(std::string_view text, size_t from, size_t to, bool chars = false) {
  const bool ideographic = IdeographicTable(text.substr(from, to - from));
  std::vector<Line> lines;
  for (size_t pos = from; pos < to;) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos || eol > to) eol = to;
    lines.push_back({pos, eol, Segments(text, pos, eol, chars, ideographic)});
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

// Whether `line` prints the cells of the header line `header`, spaced otherwise (each page's header is
// laid out anew).
bool SameCells(std::string_view text, const Line& line, std::string_view header) {
  if (line.segments.size() < 2) return false;
  size_t printed = 0;  // the cells' bytes, which the header holds all of: a longer line is none
  for (const Segment& s : line.segments) printed += s.end - s.begin;
  if (printed > header.size()) return false;
  size_t at = 0;
  for (const Segment& s : line.segments) {
    const std::string_view cell = TextOf(text, s);
    at = header.find(cell, at);
    if (at == std::string_view::npos) return false;
    at += cell.size();
  }
  return TrimSpaces(header.substr(at)).empty() && header.starts_with(TextOf(text, line.segments[0]));
}

enum class Kind { kBlank, kRow, kSection, kContinuation, kPageNumber, kHeader, kOther };

Kind KindOf(std::string_view text, const Line& line, const Shape& shape) {
  if (line.segments.empty()) return Kind::kBlank;
  if (LineText(text, line) == shape.header || SameCells(text, line, shape.header)) return Kind::kHeader;
  const Segment& first = line.segments[0];
  // A number alone is a row too: in a table whose cells are centred vertically, a row's middle line
  // may hold its number and nothing else (a task of two lines has them above and below it).
  if (IsNumber(TextOf(text, first)) && first.column + 4 >= shape.number_column &&
      first.column <= shape.number_column + 4)
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

// The columns a cell's line takes in poppler's layout beyond the width it prints at: a space each side of a
// half-width run inside it (80, 5G, 4A, “一带一路”'s quotes), and, where a column is a character (`chars`),
// half a column for each half-width character.
size_t Slack(std::string_view text, bool chars) {
  // (Curly quotes too: poppler sets “一带一路” apart as it does 80, their glyphs a Latin font's.)
  const auto half_width = [](char32_t c) {
    return (c > U' ' && c < 0x7F) || c == U'\u2018' || c == U'\u2019' || c == U'\u201C' || c == U'\u201D';
  };
  size_t halves = 0;  // in half-columns
  char32_t before = 0;
  for (size_t i = 0; i < text.size();) {
    const char32_t c = NextCodePoint(text, i);
    if (half_width(c)) {
      halves += chars ? 1 : 0;
    } else if (c == U' ' && before != 0 && before != U' ') {
      size_t j = i;
      const char32_t after = j < text.size() ? NextCodePoint(text, j) : 0;
      if (after != 0 && after != U' ' && (half_width(before) || half_width(after))) halves += 2;
    }
    before = c;
  }
  return halves / 2;
}

// A short piece of a header's label alone on its line, right of 序号 (完成时 over the header, 限 under it).
bool WrappedLabel(std::string_view text, const Line& line, const Shape& shape) {
  return line.segments.size() == 1 && line.segments[0].column > shape.number_column + 4 &&
         CountCodePoints(TextOf(text, line.segments[0])) <= 4;
}

// Whether lines[j] is a page's furniture inside the table: a page number before it (blank lines and other
// furniture between), the header again within a few lines after it.
bool PageFurniture(std::string_view text, const std::vector<Line>& lines, size_t j, const Shape& shape) {
  bool page_number = false;
  for (size_t k = j; k-- > 0 && !page_number;) {
    const Kind kind = KindOf(text, lines[k], shape);
    if (kind == Kind::kPageNumber)
      page_number = true;
    else if (kind != Kind::kBlank && kind != Kind::kOther && !WrappedLabel(text, lines[k], shape))
      return false;
  }
  if (!page_number) return false;
  for (size_t k = j + 1; k < lines.size() && k <= j + 8; ++k)
    if (KindOf(text, lines[k], shape) == Kind::kHeader) return true;
  return false;
}

// The shape of the table whose header is lines[h]: the task column where the first row's second
// cell starts, when that is left of the header's (a centred 工作任务 over text that starts at the rule).
// (In a table whose cells are centred vertically, the first row's task lines stand above its number's line,
// which holds its short cells: where the lines before it start is the task's column, when they start
// between the number's and the header's.)
Shape ShapeOf(std::string_view text, const std::vector<Line>& lines, size_t h) {
  Shape shape{lines[h].segments[0].column, lines[h].segments[1].column, LineText(text, lines[h])};
  size_t above = shape.task_column;  // where lines above the first row's number start, at the least
  for (size_t j = h + 1; j < lines.size() && j < h + 8; ++j) {
    const Kind kind = KindOf(text, lines[j], shape);
    if (kind == Kind::kRow) {
      if (lines[j].segments.size() >= 2)  // a number alone on its line says nothing of the task's column
        shape.task_column = std::min(shape.task_column, lines[j].segments[1].column);
      shape.task_column = std::min(shape.task_column, above);
      break;
    }
    if (kind == Kind::kOther && lines[j].segments[0].column > shape.number_column + 2 &&
        !IsSectionRow(text, lines[j], shape.task_column))
      above = std::min(above, lines[j].segments[0].column);
  }
  return shape;
}

}  // namespace

std::vector<LayoutTableRange> FindLayoutTables(std::string_view text) {
  std::vector<LayoutTableRange> tables;
  // The header's 序号 or 编号 with two spaces (or an ideographic one) after it: without them, no layout
  // table.
  if (text.find("序号  ") == std::string_view::npos && text.find("编号  ") == std::string_view::npos &&
      text.find("序号　") == std::string_view::npos && text.find("编号　") == std::string_view::npos)
    return tables;
  const std::vector<Line> lines = Lines(text, 0, text.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!IsHeader(text, lines[i])) continue;
    const Shape shape = ShapeOf(text, lines, i);
    size_t last = i;
    size_t rows = 0;
    for (size_t j = i + 1; j < lines.size(); ++j) {
      const Kind kind = KindOf(text, lines[j], shape);
      // After a page's number, the next page's running head (issuer, 发文字号) up to the header again.
      if (kind == Kind::kOther && PageFurniture(text, lines, j, shape)) continue;
      // A header again before any row: this one heads nothing (and a run of them is read once).
      if (kind == Kind::kOther || (kind == Kind::kHeader && rows == 0)) break;
      if (kind == Kind::kRow) ++rows;
      if (kind == Kind::kRow || kind == Kind::kSection || (kind == Kind::kContinuation && rows > 0)) last = j;
    }
    if (rows == 0) continue;
    // A header cell's label wrapped over the header line (完成时 ⏎ 序号 … ⏎ 限): the line above is the
    // header's.
    // (Only with its other part under the header: a short title over a table is no label; and not when the
    // line above is the last of the table before, whose range it is: tables must not overlap.)
    const bool label_above = i > 0 && i + 1 < lines.size() && WrappedLabel(text, lines[i - 1], shape) &&
                             WrappedLabel(text, lines[i + 1], shape) &&
                             (tables.empty() || lines[i - 1].begin >= tables.back().end);
    const size_t first = label_above ? i - 1 : i;
    tables.push_back({lines[first].begin, lines[last].end});
    i = last;
  }
  return tables;
}

namespace {

// How many segments of `lines` start where one of the line before starts: columns that line up.
size_t Aligned(const std::vector<Line>& lines) {
  size_t n = 0;
  const Line* above = nullptr;
  for (const Line& line : lines) {
    if (line.segments.empty()) continue;
    if (above != nullptr)  // both lines' segments rise by column: one merge-like walk
      for (size_t a = 0, b = 0; a < line.segments.size() && b < above->segments.size();) {
        const size_t x = line.segments[a].column, y = above->segments[b].column;
        n += x == y && x > 0;
        if (x <= y) ++a;
        if (y <= x) ++b;
      }
    above = &line;
  }
  return n;
}

// A table whose cells are centred vertically (Word's usual table in a 公文, printed by `pdftotext -layout`):
// a row's short cells and its number stand on its middle line, its wrapped cells above and below it, so
// that lines of a row come before the line with its number. Its rows are read by that: each row's lines
// lie as far above its number's line as below it. Its cells are parted by the columns no line of the
// row prints in. False, and nothing appended, when the table is not so (its first row after the header or
// after a section row opens with its number).
bool ReadCentredTable(std::string_view text, LayoutTableRange range, Blocks& out) {
  // poppler places one character a column: its layout is read so when that lines more columns up.
  const std::vector<Line> as_chars = Lines(text, range.begin, range.end, true);
  const std::vector<Line> as_display = Lines(text, range.begin, range.end);
  // (As many either way, a text with poppler's page breaks, form feeds, is poppler's: one a column.)
  const size_t aligned_chars = Aligned(as_chars), aligned_display = Aligned(as_display);
  const bool chars = aligned_chars > aligned_display ||
                     (aligned_chars == aligned_display && text.find('\f') != std::string_view::npos);
  const std::vector<Line> lines = Lines(text, range.begin, range.end, chars);
  size_t h = 0;
  while (h < lines.size() && !IsHeader(text, lines[h])) ++h;
  if (h == lines.size()) return false;
  const Shape shape = ShapeOf(text, lines, h);
  // What each line is: a page's furniture and a header's wrapped label are nothing of a row.
  enum class Use { kSkip, kHeader, kLabel, kSection, kNumber, kContent };
  std::vector<Use> use(lines.size(), Use::kSkip);
  bool centred = false;
  bool opening = true;  // after a header or a section row, before any row's line
  bool after_header = false;
  bool page_open = false;  // a page's number above, nothing of a row since
  const auto header_ahead = [&](size_t l) {
    for (size_t k = l + 1; k < lines.size() && k <= l + 8; ++k)
      if (KindOf(text, lines[k], shape) == Kind::kHeader) return true;
    return false;
  };
  for (size_t l = 0; l < lines.size(); ++l) {
    const Kind kind = l == h ? Kind::kHeader : KindOf(text, lines[l], shape);
    if (kind == Kind::kPageNumber) page_open = true;
    if (l < h) {
      use[l] = Use::kLabel;
    } else if (kind == Kind::kHeader) {
      // After the header again on a later page, a row cut by the page may go on: no evidence either way.
      use[l] = Use::kHeader;
      opening = l == h;
      after_header = true;
      page_open = false;
      continue;
    } else if (after_header && WrappedLabel(text, lines[l], shape)) {
      use[l] = l == h + 1 ? Use::kLabel : Use::kSkip;  // the header's once: again on later pages
      continue;
    } else if (kind == Kind::kSection) {
      use[l] = Use::kSection;
      opening = true;
      page_open = false;
    } else if (kind == Kind::kRow || kind == Kind::kContinuation) {
      // After a page's number, its running head and the header's label over the header again (which must
      // follow: without it, the line is the row's, going on over the page).
      if (kind == Kind::kContinuation && page_open && header_ahead(l)) continue;
      page_open = false;
      use[l] = kind == Kind::kRow ? Use::kNumber : Use::kContent;
      if (opening && kind == Kind::kContinuation && lines[l].segments[0].column + 2 >= shape.task_column)
        centred = true;
      opening = false;
    }
    after_header = false;
  }
  if (!centred) return false;

  // The header: its line's cells, and the wrapped labels' pieces, each to the cell it stands under (a piece
  // right of every cell a cell of its own: 完成时 ⏎ 限 over and under the header's last column).
  struct Cell {
    std::string text;
    size_t center2 = 0;  // twice its middle column
    size_t column = 0, end = 0;
  };
  std::vector<Cell> header;
  for (const Segment& s : lines[h].segments)
    header.push_back({std::string(TextOf(text, s)), 2 * s.column + s.width, s.column, s.column + s.width});
  for (size_t l = 0; l < lines.size(); ++l) {
    if (use[l] != Use::kLabel) continue;
    for (const Segment& s : lines[l].segments) {
      const size_t c2 = 2 * s.column + s.width;
      // A piece in the gap between two of the header line's cells, clear of both, is a column whose label
      // is all above and below the line (牵头市领 ⏎ 序号 … 重点任务 … 牵头单位 ⏎ 导).
      // (Confirmed by a piece in the same gap on the header line's other side, 牵头市领 over it and 导 under
      // it: a title over the table, 附件1, has none.)
      const auto in_gap = [&](const Segment& piece, const Cell& c) {
        const Cell& next = *(&c + 1);
        return c.end + 2 <= piece.column && piece.column + piece.width + 2 <= next.column;
      };
      const auto other_side = [&](const Cell& c) {
        for (size_t m = 0; m < lines.size(); ++m)
          if (use[m] == Use::kLabel && (m < h) != (l < h))
            for (const Segment& t : lines[m].segments)
              if (in_gap(t, c)) return true;
        return false;
      };
      if (const auto gap = std::find_if(header.begin(), header.end() - 1,
                                        [&](const Cell& c) { return in_gap(s, c) && other_side(c); });
          gap != header.end() - 1) {
        header.insert(gap + 1, {std::string(TextOf(text, s)), c2, s.column, s.column + s.width});
        continue;
      }
      size_t best = header.size() - 1;
      for (size_t k = 0; k < header.size(); ++k)
        if ((header[k].center2 > c2 ? header[k].center2 - c2 : c2 - header[k].center2) <
            (header[best].center2 > c2 ? header[best].center2 - c2 : c2 - header[best].center2))
          best = k;
      // A piece far right of the nearest cell is a column of its own.
      if (best == header.size() - 1 && c2 > header[best].center2 + 12) {
        header.push_back({std::string(TextOf(text, s)), c2});
        continue;
      }
      std::string& cell = header[best].text;
      cell = l < h ? std::string(TextOf(text, s)) + cell : cell + std::string(TextOf(text, s));
    }
  }
  if (header.size() < 3) return false;
  const size_t first_block = out.size();
  {
    Block& block = out.emplace_back();
    block.kind = BlockKind::kTableRow;
    block.begin = lines[0].begin;
    block.end = lines[h].end;
    block.original.assign(text.substr(block.begin, block.end - block.begin));
    for (const Cell& c : header) {
      block.cells.push_back(c.text);
      block.cell_begins.push_back(0);
    }
    block.text = PipeRowText(block.cells);
  }
  const size_t columns = header.size() - 1;  // the row's cells but its number

  // The rows: runs of row lines between headers, section rows and pages; in each, a row's lines as far
  // above its number's line as below, the last row taking what is left.
  struct Band {
    size_t first = 0, number = 0, last = 0;  // line indexes
  };
  std::vector<std::pair<size_t, Band>> items;  // (section line or npos, band)
  constexpr size_t kNone = std::numeric_limits<size_t>::max();
  std::vector<size_t> run;
  bool after_page_header = false;  // the run follows the header printed again on a later page
  const auto close_run = [&] {
    std::vector<size_t> numbers;
    for (size_t k = 0; k < run.size(); ++k)
      if (use[run[k]] == Use::kNumber) numbers.push_back(k);
    size_t top = 0;
    // Under the header again, the lines above the first row's own (as many above its number as its last
    // row's below theirs, counted from the run's end) finish the row the page cut, when that one's last
    // line stops mid-sentence (…对标先进水平实施 ⏎ —6— ⏎ header ⏎ 更新改造。 ⏎ 强化…).
    if (after_page_header && !numbers.empty() && !items.empty() && items.back().first == kNone) {
      size_t bottom = run.size() - 1, first_top = 0;
      for (size_t n = numbers.size(); n-- > 0;) {
        const size_t m = numbers[n];
        first_top = bottom - m > m ? 0 : m - (bottom - m);
        if (n > 0) first_top = std::max(first_top, numbers[n - 1] + 1);
        bottom = first_top > 0 ? first_top - 1 : 0;
      }
      // (The task column's line: a unit's wrapped tail, 局, or a deadline's, 月底前, says nothing of it.)
      const Line& last = lines[items.back().second.last];
      const bool task_line = !last.segments.empty() &&
                             last.segments.front().column + 4 >= shape.task_column &&
                             last.segments.front().column <= shape.task_column + 4;
      if (first_top > 0 && task_line && EndsMidSentence(TrimSpaces(TextOf(text, last.segments.front())))) {
        items.back().second.last = run[first_top - 1];
        top = first_top;
      }
    }
    after_page_header = false;
    for (size_t n = 0; n < numbers.size(); ++n) {
      const size_t m = numbers[n];
      size_t bottom = m + (m - top);
      if (n + 1 < numbers.size())
        bottom = std::min(bottom, numbers[n + 1] - 1);
      else
        bottom = run.size() - 1;
      items.push_back({kNone, {run[top], run[m], run[bottom]}});
      top = bottom + 1;
    }
    // Lines of no row (a run without a number): the last row's, or after a section row (or none), a row of
    // their own with no number, not lost.
    if (numbers.empty() && !run.empty()) {
      if (!items.empty() && items.back().first == kNone)
        items.back().second.last = run.back();
      else
        items.push_back({kNone, {run.front(), kNone, run.back()}});
    }
    run.clear();
  };
  // Rows parted by blank lines (a ruled table's borders, as poppler spaces them): where no run of lines
  // between blank lines holds two numbers, and two hold one at least, each such run is a row (one without a
  // number, after a page's header, the tail of the row the page cut).
  bool parted = false;
  {
    size_t numbered = 0, numbers = 0;
    bool crowded = false;
    for (size_t l = h + 1; l <= lines.size(); ++l) {
      if (l == lines.size() || lines[l].segments.empty() || use[l] == Use::kHeader ||
          use[l] == Use::kSection) {
        numbered += numbers == 1;
        crowded = crowded || numbers > 1;
        numbers = 0;
        continue;
      }
      numbers += use[l] == Use::kNumber;
    }
    parted = !crowded && numbered >= 2;
  }
  for (size_t l = h + 1; l < lines.size(); ++l) {
    if (parted && lines[l].segments.empty()) {
      close_run();
    } else if (use[l] == Use::kNumber || use[l] == Use::kContent) {
      run.push_back(l);
    } else if (use[l] == Use::kSection) {
      close_run();
      items.push_back({l, {}});
    } else if (use[l] == Use::kHeader) {
      close_run();
      after_page_header = l != h;
    }
  }
  close_run();

  // The pieces of a line: runs of its characters parted by one space or more, with their columns.
  struct Piece {
    std::string_view text;
    size_t begin = 0;  // in the text
    size_t column = 0, end_column = 0;
  };
  // Read once per line (the blocks, the splits and the cells all ask).
  std::vector<std::vector<Piece>> line_pieces(lines.size());
  for (size_t l = 0; l < lines.size(); ++l) {
    if (use[l] != Use::kNumber && use[l] != Use::kContent) continue;
    const bool skip_number = use[l] == Use::kNumber;
    std::vector<Piece>& out_pieces = line_pieces[l];
    for (size_t k = 0; k < lines[l].segments.size(); ++k) {
      const Segment& s = lines[l].segments[k];
      if (skip_number && k == 0 && IsNumber(TextOf(text, s))) continue;
      size_t column = s.column;
      Piece* open = nullptr;
      for (size_t i = s.begin; i < s.end;) {
        const size_t at = i;
        const char32_t cp = NextCodePoint(text, i);
        const size_t w = chars ? 1 : static_cast<size_t>(DisplayWidth(cp));
        if (cp == U' ') {
          open = nullptr;
        } else if (open == nullptr) {
          out_pieces.push_back({text.substr(at, i - at), at, column, column + w});
          open = &out_pieces.back();
        } else {
          open->text = text.substr(open->begin, i - open->begin);
          open->end_column = column + w;
        }
        column += w;
      }
    }
  }
  // Each band's column blocks: maximal runs of columns some line prints in. Where a band has as many as
  // the table has columns, they are its columns; their extents across such bands place the others'.
  std::vector<std::vector<std::pair<size_t, size_t>>> blocks(items.size());
  std::vector<size_t> lo(columns, kNone), hi(columns, 0);
  for (size_t b = 0; b < items.size(); ++b) {
    if (items[b].first != kNone) continue;
    std::vector<bool> used;
    for (size_t l = items[b].second.first; l <= items[b].second.last; ++l) {
      if (use[l] != Use::kNumber && use[l] != Use::kContent) continue;
      for (const Piece& p : line_pieces[l]) {
        if (used.size() < p.end_column) used.resize(p.end_column, false);
        for (size_t c = p.column; c < p.end_column; ++c) used[c] = true;
      }
    }
    for (size_t c = 0; c < used.size(); ++c) {
      if (!used[c]) continue;
      if (c > 0 && used[c - 1])
        blocks[b].back().second = c + 1;
      else
        blocks[b].push_back({c, c + 1});
    }
    if (blocks[b].size() == columns)
      for (size_t k = 0; k < columns; ++k) {
        lo[k] = std::min(lo[k], blocks[b][k].first);
        hi[k] = std::max(hi[k], blocks[b][k].second);
      }
  }
  // The column whose extent (over the bands that print every column) a piece from `column` to `end`
  // overlaps most, or starts nearest.
  const auto nearest_column = [&](size_t column, size_t end) -> size_t {
    size_t best = 0, best_overlap = 0, best_distance = kNone;
    for (size_t k = 0; k < columns; ++k) {
      if (lo[k] == kNone) continue;
      const size_t overlap =
          std::min(end, hi[k]) > std::max(column, lo[k]) ? std::min(end, hi[k]) - std::max(column, lo[k]) : 0;
      const size_t distance = column > lo[k] ? column - lo[k] : lo[k] - column;
      if (overlap > best_overlap ||
          (overlap == best_overlap && best_overlap == 0 && distance < best_distance)) {
        best = k;
        best_overlap = overlap;
        best_distance = distance;
      }
    }
    return best;
  };
  // Two cells that touch (县发展和改革局、2025年, no space between): a band with fewer blocks than columns
  // has a block split where pieces start far right of the block's start, when the two parts lie in two
  // columns.
  for (size_t b = 0; b < items.size(); ++b) {
    if (items[b].first != kNone || blocks[b].size() >= columns) continue;
    std::vector<size_t> starts;
    for (size_t l = items[b].second.first; l <= items[b].second.last; ++l)
      if (use[l] == Use::kNumber || use[l] == Use::kContent)
        for (const Piece& p : line_pieces[l]) starts.push_back(p.column);
    std::sort(starts.begin(), starts.end());
    for (size_t j = 0; j < blocks[b].size() && blocks[b].size() < columns; ++j) {
      const auto [first, second] = blocks[b][j];
      for (size_t start : starts) {
        if (start < first + 4 || start >= second) continue;
        if (nearest_column(first, start) == nearest_column(start, second)) continue;
        blocks[b][j].second = start;
        blocks[b].insert(blocks[b].begin() + static_cast<std::ptrdiff_t>(j) + 1, {start, second});
        break;
      }
    }
  }
  // The column a piece from `column` to `end` is in: by the band's blocks when they are all there, else
  // by the extents.
  const auto column_of = [&](size_t b, size_t column, size_t end) -> size_t {
    if (blocks[b].size() == columns)
      for (size_t k = 0; k < columns; ++k)
        if (column >= blocks[b][k].first && column < blocks[b][k].second) return k;
    return nearest_column(column, end);
  };
  for (size_t b = 0; b < items.size(); ++b) {
    Block& row = out.emplace_back();
    row.kind = BlockKind::kTableRow;
    if (items[b].first != kNone) {  // a section row: its text in the first cell
      const Line& line = lines[items[b].first];
      row.begin = line.begin;
      row.end = line.end;
      row.cells.assign(columns + 1, "");
      row.cells[0] = std::string(LineText(text, line));
      row.cell_begins.assign(columns + 1, 0);
      row.cell_begins[0] = static_cast<uint32_t>(line.segments[0].begin - row.begin);
      row.original.assign(text.substr(row.begin, row.end - row.begin));
      row.text = PipeRowText(row.cells);
      continue;
    }
    const Band& band = items[b].second;
    row.begin = lines[band.first].begin;
    row.end = lines[band.last].end;
    row.original.assign(text.substr(row.begin, row.end - row.begin));
    std::vector<std::vector<Piece>> cells(columns);
    for (size_t l = band.first; l <= band.last; ++l) {
      if (use[l] != Use::kNumber && use[l] != Use::kContent) continue;
      // A line's pieces in one column are one piece of the cell (a name with a space inside: 韩　冰 stays).
      std::vector<Piece> pieces;
      for (const Piece& p : line_pieces[l]) {
        // A piece across a block's end (cells that touch) is cut there, a character a column.
        Piece rest = p;
        // From the block the piece starts in (blocks rise by column): a search, not a walk over them all.
        const auto from =
            std::upper_bound(blocks[b].begin(), blocks[b].end(), rest.column,
                             [](size_t c, const std::pair<size_t, size_t>& k) { return c < k.first; });
        for (auto it = from == blocks[b].begin() ? from : from - 1; chars && it != blocks[b].end(); ++it) {
          const auto [first, second] = *it;
          if (rest.column >= second) continue;
          if (rest.end_column <= second || rest.column < first) break;
          size_t cut = 0;
          for (size_t n = 0; n < second - rest.column; ++n) NextCodePoint(rest.text, cut);
          pieces.push_back({rest.text.substr(0, cut), rest.begin, rest.column, second});
          rest = {rest.text.substr(cut), rest.begin + cut, second, rest.end_column};
        }
        pieces.push_back(rest);
      }
      size_t previous = kNone;  // the column of the line's piece before
      for (size_t i = 0; i < pieces.size(); ++i) {
        const Piece& p = pieces[i];
        size_t k = column_of(b, p.column, p.end_column);
        // A piece one space after the piece before, in no column's extent (全年实施设备更新项目 120 个:
        // poppler spaces a half-width run), is that piece's cell's: cells are parted by two spaces at least.
        if (i > 0 && previous != kNone && k != previous && p.column == pieces[i - 1].end_column + 1 &&
            blocks[b].size() != columns && lo[k] != kNone && (p.end_column <= lo[k] || p.column >= hi[k]))
          k = previous;
        previous = k;
        std::vector<Piece>& cell = cells[k];
        if (!cell.empty() && cell.back().begin + cell.back().text.size() <= p.begin &&
            text.substr(cell.back().begin, p.begin - cell.back().begin).find('\n') ==
                std::string_view::npos) {
          cell.back().text = text.substr(cell.back().begin, p.begin + p.text.size() - cell.back().begin);
          cell.back().end_column = p.end_column;
        } else {
          cell.push_back(p);
        }
      }
    }
    if (band.number == kNone) {
      row.cells.emplace_back();
      row.cell_begins.push_back(0);
    } else {
      const Segment& number = lines[band.number].segments[0];
      row.cells.push_back(std::string(TextOf(text, number)));
      row.cell_begins.push_back(static_cast<uint32_t>(number.begin - row.begin));
    }
    for (size_t k = 0; k < columns; ++k) {
      // A line fills the cell when it reaches as far right as the cell's widest line, or is as wide (within a
      // character): columns move by a few characters from row to row, and from page to page (a row the page
      // cut goes on there), so the row's own lines say how wide it is; a centred cell's shorter line ends
      // near its right too.
      // (A line's closing 、，。；： hangs past the cell's edge, as Word lets it: it is not counted.)
      // (Nor the columns poppler adds around a half-width run, 全年新增 ⏎ 规模以上工业企业 80 家以上: a space
      // each side, and in a count of characters each half-width one is a column where it prints half of one.
      // The line seemed wider than the ones above it, which then seemed to end short of the cell's edge.)
      const auto end_of = [&](const Piece& p) {
        size_t end = p.end_column - std::min(Slack(p.text, chars), p.end_column - p.column);
        for (std::string_view mark : {"、", "，", "。", "；", "："})
          if (p.text.ends_with(mark)) return end - std::min<size_t>(chars ? 1 : 2, end - p.column);
        return end;
      };
      size_t right = 0, widest = 0;
      for (const Piece& p : cells[k]) {
        right = std::max(right, end_of(p));
        widest = std::max(widest, end_of(p) - p.column);
      }
      std::string cell;
      for (size_t p = 0; p < cells[k].size(); ++p) {
        if (p > 0) {
          const Piece& above = cells[k][p - 1];
          // A long line of prose that stops mid-sentence is let a few columns more: what poppler adds around
          // half-width runs is known only roughly (a line of 36 个 and 42 公里 looks shorter than it
          // printed).
          const size_t width = end_of(above) - above.column;
          const bool full = end_of(above) + 1 >= right || width + 1 >= widest ||
                            (width + 3 >= widest && CountCodePoints(above.text) >= 12 &&
                             EndsMidSentence(TrimSpaces(above.text)));
          cell += CellLineJoin(above.text, full, cells[k][p].text);
        }
        cell += TrimSpaces(cells[k][p].text);
      }
      row.cell_begins.push_back(
          static_cast<uint32_t>((cells[k].empty() ? row.begin : cells[k][0].begin) - row.begin));
      row.cells.push_back(std::move(cell));
    }
    row.text = PipeRowText(row.cells);
  }
  // The blocks cover the table: each goes on to the next one's start (a page's number, running head and
  // header again inside the row before them), the last to the table's end.
  for (size_t k = first_block; k < out.size(); ++k) {
    out[k].end = k + 1 < out.size() ? out[k + 1].begin : range.end;
    out[k].original.assign(text.substr(out[k].begin, out[k].end - out[k].begin));
  }
  return true;
}

}  // namespace

void ReadLayoutTable(std::string_view text, LayoutTableRange range, Blocks& out) {
  if (ReadCentredTable(text, range, out)) return;
  std::vector<Line> lines = Lines(text, range.begin, range.end);
  // A header's label wrapped over its line (完成时 ⏎ 序号 …): the line above the header is the header's.
  if (lines.size() > 1 && !IsHeader(text, lines[0]) && IsHeader(text, lines[1])) {
    lines.erase(lines.begin());
  }
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
  header.begin = range.begin;    // with a label wrapped over the header line, which its original keeps
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

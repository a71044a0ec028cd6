// Grid tables in text: found line by line, each row's lines read into one table-row block.
#include "reader/grid_table.h"

#include <algorithm>
#include <string>
#include <utility>

#include "core/cell_lines.h"
#include "core/lists.h"
#include "core/utf8.h"

namespace gongwen::internal {
namespace {

// What a border line may hold: corners, junctions, rules, and the column rules of a cell merged
// down through it (│      ├──────┤).
constexpr std::u32string_view kBorderChars =
    U"+-=:─━═┌┐└┘├┤┬┴┼╞╡╪╔╗╚╝╠╣╦╩╬╒╕╘╛╤╧╟╢╫╓╖╙╜┠┨┯┷┿┝┥┰┸╂╋│|║┃ \t\u3000";
constexpr std::u32string_view kHorizontal = U"-=─━═";
constexpr std::u32string_view kColumnRules = U"│|║┃";

struct Line {
  size_t begin = 0;  // in the text
  size_t end = 0;    // its line end ('\n') or the text's end
  std::string_view trimmed;
};

bool IsColumnRule(char32_t cp) { return kColumnRules.find(cp) != std::u32string_view::npos; }

// A border line: border characters only, a rule among them; `opening` also asks that it start as a
// table's top does (not with a column rule: a Markdown pipe table's |---| is none).
bool IsBorder(std::string_view trimmed, bool opening) {
  if (trimmed.size() < 3) return false;
  bool rule = false;
  size_t count = 0;
  for (size_t i = 0; i < trimmed.size();) {
    const char32_t cp = NextCodePoint(trimmed, i);
    if (kBorderChars.find(cp) == std::u32string_view::npos) return false;
    if (count++ == 0 && opening && IsColumnRule(cp)) return false;
    rule = rule || kHorizontal.find(cp) != std::u32string_view::npos;
  }
  return rule && count >= 3;
}

// A border with a name in the gap a merged cell leaves in it (├──┼──┤ 孙建华 ├──┤, the name of a cell merged
// down over the rows it parts, printed on their rule): each text run stands right after a ┤ (or ╡, ┨) and
// right before a ├; without them the line is a border. The text runs, each with the number of junctions
// before it (the column it lies in, counting from 1), through `runs`.
bool IsBorderWithText(std::string_view trimmed, std::vector<std::pair<size_t, std::string_view>>* runs) {
  if (trimmed.size() < 3) return false;
  bool rule = false, text = false;
  size_t junctions = 0;
  char32_t before = 0;  // the last border character other than a space
  for (size_t i = 0; i < trimmed.size();) {
    const size_t at = i;
    const char32_t cp = NextCodePoint(trimmed, i);
    if (kBorderChars.find(cp) != std::u32string_view::npos) {
      if (cp == U' ' || cp == U'\t' || cp == U'\u3000') continue;
      rule = rule || kHorizontal.find(cp) != std::u32string_view::npos;
      if (kHorizontal.find(cp) == std::u32string_view::npos) ++junctions;
      before = cp;
      continue;
    }
    // A text run: after a right junction, up to a left one.
    if (before != U'┤' && before != U'╡' && before != U'┨') return false;
    size_t end = i;
    while (end < trimmed.size()) {
      size_t k = end;
      const char32_t c = NextCodePoint(trimmed, k);
      if (kBorderChars.find(c) != std::u32string_view::npos && c != U' ' && c != U'\u3000') break;
      end = k;
    }
    size_t k = end;
    if (end >= trimmed.size()) return false;
    const char32_t after = NextCodePoint(trimmed, k);
    if (after != U'├' && after != U'╞' && after != U'┠') return false;
    if (runs != nullptr) runs->push_back({junctions, TrimSpaces(trimmed.substr(at, end - at))});
    text = true;
    i = end;
  }
  return rule && text;
}

// A line of a row: it opens and closes with a column rule, and is no border.
bool IsRowLine(std::string_view trimmed) {
  if (trimmed.size() < 2) return false;
  size_t i = 0, j = trimmed.size();
  return IsColumnRule(NextCodePoint(trimmed, i)) && IsColumnRule(PreviousCodePoint(trimmed, j)) && i <= j &&
         !IsBorder(trimmed, /*opening=*/false);
}

std::vector<Line> Lines(std::string_view text, size_t from, size_t to) {
  std::vector<Line> lines;
  for (size_t pos = from; pos < to;) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos || eol > to) eol = to;
    std::string_view line = text.substr(pos, eol - pos);
    if (line.ends_with('\r')) line.remove_suffix(1);  // CRLF
    lines.push_back({pos, eol, TrimSpaces(line)});
    pos = eol + 1;
  }
  return lines;
}

// One cell's pieces, line by line: its text so far, where it starts, and whether the piece last
// added filled its column.
struct Cell {
  std::string text;
  std::string_view last;  // its last piece
  size_t begin = std::string_view::npos;
  bool full = false;
  bool blank = false;   // an empty line since the last piece
  bool parted = false;  // an empty line between two of its pieces: paragraphs parted so (pandoc's)
};

// `wraps`: the table is pandoc's grid table (its header ruled with =, a cell's paragraphs parted by an empty
// line), whose other lines are where pandoc wrapped the text (区卫 ⏎ 生健康局, 各 ⏎ 街道办事处): joined as a
// wrapped line is, however short.
void AddPiece(std::string_view raw, size_t raw_begin, Cell& cell, bool wraps) {
  const std::string_view piece = TrimSpaces(raw);
  if (piece.empty()) {
    cell.full = false;
    cell.blank = true;
    return;
  }
  if (cell.begin == std::string_view::npos)
    cell.begin = raw_begin + static_cast<size_t>(piece.data() - raw.data());
  cell.parted = cell.parted || (cell.blank && !cell.last.empty());
  if (cell.last.ends_with('\\') && !cell.text.empty() && cell.text.back() == '\\') {
    cell.text.pop_back();  // pandoc's hard line break (a <br>, Word's Shift+Enter): the cell's own line end
    cell.text += "\n";
  } else if (wraps && !cell.blank && !cell.last.empty()) {
    size_t end = cell.last.size(), begin = 0;
    const char32_t last = PreviousCodePoint(cell.last, end), first = NextCodePoint(piece, begin);
    // (A space between two words of letters; digits wrap inside a number as Chinese does, 20 ⏎ 25年. Where
    // a unit's name ends and another's begins, pandoc wrapped at the space between them; a list's item, -
    // or 1., begins a line of its own.)
    const auto letter = [](char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); };
    const bool item = piece.starts_with("- ") || piece.starts_with("* ") || piece.starts_with("+ ") ||
                      (first >= U'0' && first <= U'9' && piece.find(".  ") != std::string_view::npos &&
                       piece.find(".  ") <= 3);
    if (item || NamesMeet(last, first, piece))
      cell.text += "\n";
    else if (letter(last) && letter(first))
      cell.text += " ";
  } else {
    cell.text += CellLineJoin(cell.last, cell.full, piece);
  }
  cell.blank = false;
  cell.text += piece;
  cell.last = piece;
  // Filled: at most two wide characters' room left (a writer keeps 7%。 or a number whole, and
  // starts no line with a stop), the padding aside.
  cell.full = PrintedWidth(piece) + 6 >= PrintedWidth(raw);
}

// The display columns where a line has its column rules (a row's line) or junctions (a border's: + ├ ┼, not
// the : of an alignment mark), counted from its first character.
std::vector<size_t> RulePositions(std::string_view trimmed, bool border) {
  std::vector<size_t> out;
  size_t column = 0;
  for (size_t i = 0; i < trimmed.size();) {
    const size_t at = i;
    const char32_t cp = NextCodePoint(trimmed, i);
    const bool rule = border ? kBorderChars.find(cp) != std::u32string_view::npos && cp != U' ' &&
                                   cp != U'\t' && cp != U'\u3000' && cp != U':' &&
                                   kHorizontal.find(cp) == std::u32string_view::npos
                             : IsColumnRule(cp);
    if (rule) out.push_back(column);
    column += PrintedWidth(trimmed.substr(at, i - at));
  }
  return out;
}

// The table's grid: every column rule of its rows and junction of its borders, by display column, when each
// rule of a row stands on a junction of some border (pandoc's grid tables, a converter's box tables); empty
// when the lines do not line up so (a table typed by hand), which is then read rule by rule.
std::vector<size_t> Grid(const std::vector<Line>& lines) {
  std::vector<size_t> grid;
  for (const Line& l : lines)
    if (!IsRowLine(l.trimmed) && IsBorder(l.trimmed, /*opening=*/false))
      for (size_t c : RulePositions(l.trimmed, /*border=*/true)) grid.push_back(c);
  std::sort(grid.begin(), grid.end());
  grid.erase(std::unique(grid.begin(), grid.end()), grid.end());
  for (const Line& l : lines)
    if (IsRowLine(l.trimmed))
      for (size_t c : RulePositions(l.trimmed, /*border=*/false))
        if (!std::binary_search(grid.begin(), grid.end(), c)) return {};
  return grid.size() >= 2 ? grid : std::vector<size_t>{};
}

// Which of the grid's columns a border line leaves open, spaces from one junction to the next: the cell above
// goes on below it (a merged cell, pandoc's row span, │      ├──────┤). One walk along the line.
std::vector<bool> OpenColumns(std::string_view border, const std::vector<size_t>& grid) {
  const size_t columns = grid.size() - 1;
  std::vector<bool> open(columns, false), closed(columns, false);
  size_t column = 0, k = 0;
  for (size_t i = 0; i < border.size() && k < columns;) {
    const size_t at = i;
    const char32_t cp = NextCodePoint(border, i);
    while (k < columns && column >= grid[k + 1]) ++k;
    if (k < columns && column > grid[k]) {
      if (cp != U' ' && cp != U'\u3000' && cp != U'\t')
        closed[k] = true;
      else
        open[k] = true;
    }
    column += PrintedWidth(border.substr(at, i - at));
  }
  for (size_t c = 0; c < columns; ++c) open[c] = open[c] && !closed[c];
  return open;
}

}  // namespace

std::vector<GridTableRange> FindGridTables(std::string_view text) {
  std::vector<GridTableRange> tables;
  const std::vector<Line> lines = Lines(text, 0, text.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!IsBorder(lines[i].trimmed, /*opening=*/true)) continue;
    // Rows, each closed by a border line; the table ends at the last border line that closed one.
    size_t last_border = i;
    for (size_t j = i + 1; j < lines.size();) {
      size_t k = j;
      while (k < lines.size() && IsRowLine(lines[k].trimmed)) ++k;
      if (k == j || k >= lines.size() ||
          !(IsBorder(lines[k].trimmed, /*opening=*/false) || IsBorderWithText(lines[k].trimmed, nullptr)))
        break;
      last_border = k;
      j = k + 1;
    }
    if (last_border == i) continue;
    tables.push_back({lines[i].begin, lines[last_border].end});
    i = last_border;
  }
  return tables;
}

namespace {

// The table's rows (ReadGridTable), each cell's lines joined as wraps when `wraps`; `parted` set when a cell
// parts its paragraphs by an empty line.
void ReadGridRows(std::string_view text, GridTableRange range, Blocks& out, bool wraps, bool& parted) {
  const std::vector<Line> lines = Lines(text, range.begin, range.end);
  const size_t first = out.size();
  size_t columns = 0;  // the first row's cells
  // A grid lined up: each cell at the column its left rule stands on (the columns it spans left empty, as a
  // DOCX's gridSpan leaves them), and a cell merged down empty (the border above a row open over its column:
  // pandoc's row span, its text in the first row) the row's merged_above. (A merged cell's text printed
  // lower stays in the row it is printed in: each row's cells come from its own lines.)
  const std::vector<size_t> grid = Grid(lines);
  const size_t grid_columns = grid.empty() ? 0 : grid.size() - 1;
  for (size_t i = 0; i < lines.size();) {
    if (!IsRowLine(lines[i].trimmed)) {
      // A name printed on the rule under a row: its merged cell's, the row's above.
      std::vector<std::pair<size_t, std::string_view>> runs;
      if (out.size() > first && IsBorderWithText(lines[i].trimmed, &runs)) {
        Block& above = out.back();
        for (const auto& [column, name] : runs)
          if (column >= 1 && column - 1 < above.cells.size() && !name.empty()) {
            std::string& cell = above.cells[column - 1];
            cell += cell.empty() ? "" : "\n";
            cell += name;
          }
        above.text = PipeRowText(above.cells);
        above.end = lines[i].end;  // the rule it is printed on is the row's too (its original holds the name)
      }
      ++i;
      continue;
    }
    const std::string_view border_above = i > 0 ? lines[i - 1].trimmed : std::string_view();
    Block& row = out.emplace_back();
    row.kind = BlockKind::kTableRow;
    // From the border above the row (the first: the table's top) to the border above the next.
    row.begin = out.size() - 1 == first ? range.begin : out[out.size() - 2].end;
    std::vector<Cell> cells(grid_columns);
    for (; i < lines.size() && IsRowLine(lines[i].trimmed); ++i) {
      const std::string_view line = lines[i].trimmed;
      const size_t line_begin = static_cast<size_t>(line.data() - text.data());
      // The pieces between the column rules, the first rule and the last left out.
      size_t cell = 0, piece_begin = 0, width = 0, piece_column = 0;
      for (size_t p = 0; p < line.size();) {
        const size_t at = p;
        const char32_t cp = NextCodePoint(line, p);
        const size_t column = width;
        width += PrintedWidth(line.substr(at, p - at));
        if (!IsColumnRule(cp)) continue;
        if (at > 0) {
          if (!grid.empty())  // the grid's column of its left rule
            cell =
                static_cast<size_t>(std::lower_bound(grid.begin(), grid.end(), piece_column) - grid.begin());
          if (cells.size() <= cell) cells.resize(cell + 1);
          AddPiece(line.substr(piece_begin, at - piece_begin), line_begin + piece_begin, cells[cell++],
                   wraps);
        }
        piece_begin = p;
        piece_column = column;
      }
    }
    row.end = i < lines.size() ? lines[i].begin : range.end;
    if (out.size() - 1 == first) columns = cells.size();
    if (cells.size() < columns) cells.resize(columns);  // a section row spanning the table
    const size_t this_row = out.size() - 1;
    const std::vector<bool> open =
        grid_columns > 0 && this_row > first ? OpenColumns(border_above, grid) : std::vector<bool>();
    for (size_t k = 0; k < cells.size(); ++k) {
      Cell& c = cells[k];
      if (k < open.size() && open[k] && c.text.empty()) {
        row.merged_above.resize(cells.size(), false);
        row.merged_above[k] = true;
      }
      row.cell_begins.push_back(
          static_cast<uint32_t>((c.begin == std::string_view::npos ? row.begin : c.begin) - row.begin));
      row.cells.push_back(std::move(c.text));
      parted = parted || c.parted;
    }
    row.text = PipeRowText(row.cells);
  }
  for (size_t k = first; k < out.size(); ++k) {
    if (k + 1 == out.size()) out[k].end = range.end;  // the bottom border
    out[k].original.assign(text.substr(out[k].begin, out[k].end - out[k].begin));
  }
}

}  // namespace

// pandoc's grid table (its header ruled with +=, and a cell whose paragraphs an empty line parts) is read
// again with its cells' other lines as wraps; a table another tool draws so (tabulate's grid, whose lines in
// a cell are the cell's own) parts no paragraph so, and keeps its lines.
void ReadGridTable(std::string_view text, GridTableRange range, Blocks& out) {
  const std::string_view table = text.substr(range.begin, range.end - range.begin);
  const bool ruled_header =
      table.find("\n+=") != std::string_view::npos || table.find("\n+:=") != std::string_view::npos;
  bool parted = false;
  const size_t first = out.size();
  ReadGridRows(text, range, out, /*wraps=*/false, parted);
  if (!ruled_header || !parted) return;
  out.resize(first);
  ReadGridRows(text, range, out, /*wraps=*/true, parted);
}

}  // namespace gongwen::internal

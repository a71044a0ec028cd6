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
// down over the rows it parts, printed on their rule): each text run stands between two border characters
// that are no rule's (┤ and ├, or a column rule where the cells beside it are merged too); without them the
// line is a border. The text runs, each with the number of junctions
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
    // A text run: after a right junction, up to a left one; or, where the cells beside a merged one are
    // merged too, after or before a column rule (├──┤  陈志远  │县工业和信息化局 ├──┤    底     │: w3m
    // centres a merged cell's lines, and prints on the rules between the rows it spans).
    if (before == 0 || kHorizontal.find(before) != std::u32string_view::npos) return false;
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
    if (kHorizontal.find(after) != std::u32string_view::npos) return false;
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
  bool glued = false;   // the next piece goes on with no break (after a wide space alone on its line)
};

// `wraps`: the table is pandoc's grid table (its header ruled with =, a cell's paragraphs parted by an empty
// line), whose other lines are where pandoc wrapped the text (区卫 ⏎ 生健康局, 各 ⏎ 街道办事处): joined as a
// wrapped line is, however short.
void AddPiece(std::string_view raw, size_t raw_begin, Cell& cell, bool wraps) {
  const std::string_view piece = TrimSpaces(raw);
  // 王 ⏎ 　 ⏎ 勇: a wide space alone on its line inside a cell's text, where pandoc wrapped a padded name
  // (王　勇) at each character: the name's own space, the lines either side of it one with it.
  if (piece.empty() && !cell.last.empty() && CountCodePoints(cell.last) <= 2 && !cell.blank &&
      FindText(raw, "\u3000") != std::string_view::npos) {
    cell.text += "\u3000";
    cell.glued = true;
    return;
  }
  if (piece.empty()) {
    cell.glued = false;
    cell.full = false;
    cell.blank = true;
    return;
  }
  if (cell.begin == std::string_view::npos)
    cell.begin = raw_begin + static_cast<size_t>(piece.data() - raw.data());
  cell.parted = cell.parted || (cell.blank && !cell.last.empty());
  if (cell.glued) {
    cell.glued = false;
  } else if (cell.last.ends_with('\\') && !cell.text.empty() && cell.text.back() == '\\') {
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

// The most columns a lined-up grid is read column by column in.
constexpr size_t kMaxGridColumns = 64;

// A line of a lined-up grid cut at the grid's columns: each column's piece between the rules at its edges
// (a piece runs on over the next columns where the line has no rule at the grid's place: a row spanning them,
// whose other columns are left `spanned` and empty), whether it is a rule (horizontals only, a border's or a
// merged cell's edge), and where it starts in the line.
struct GridPiece {
  std::string_view text;
  size_t begin = 0;  // in the line
  bool rule = false;
  bool spanned = false;
};

bool IsRulePiece(std::string_view piece) {
  bool horizontal = false;
  for (size_t i = 0; i < piece.size();) {
    const char32_t cp = NextCodePoint(piece, i);
    if (kHorizontal.find(cp) != std::u32string_view::npos)
      horizontal = true;
    else if (cp != U':')  // (pandoc's alignment mark)
      return false;
  }
  return horizontal;
}

std::vector<GridPiece> CutAtGrid(std::string_view line, const std::vector<size_t>& grid) {
  const size_t columns = grid.size() - 1;
  // The byte where a character starts at each of the grid's places, and whether it is a rule there.
  std::vector<size_t> at(grid.size(), std::string_view::npos), after(grid.size(), std::string_view::npos);
  std::vector<bool> edge(grid.size(), false);
  size_t column = 0, j = 0;
  for (size_t i = 0; i < line.size() && j < grid.size();) {
    const size_t b = i;
    const char32_t cp = NextCodePoint(line, i);
    while (j < grid.size() && grid[j] < column) ++j;
    if (j < grid.size() && grid[j] == column) {
      at[j] = b;
      after[j] = i;
      // (A + is a junction between rules or at the line's ends, no word's; a : is pandoc's alignment mark,
      // and either may stand in a cell's text, 目:扩大…, where a row spans the grid.)
      const auto ruled = [&](size_t k) {
        return k >= line.size() || kHorizontal.find(NextCodePoint(line, k)) != std::u32string_view::npos;
      };
      size_t before = b;
      const bool plus =
          cp == U'+' && (b == 0 || ruled(i) || (PreviousCodePoint(line, before), ruled(before)));
      edge[j] = kBorderChars.find(cp) != std::u32string_view::npos && cp != U' ' && cp != U'\t' &&
                cp != U'\u3000' && cp != U':' && (cp != U'+' || plus) &&
                kHorizontal.find(cp) == std::u32string_view::npos;
    }
    column += PrintedWidth(line.substr(b, i - b));
  }
  edge.front() = true;
  edge.back() = true;
  std::vector<GridPiece> pieces(columns);
  for (size_t k = 0; k < columns;) {
    size_t next = k + 1;
    while (next < columns && !edge[next]) ++next;
    const size_t from = after[k] == std::string_view::npos ? line.size() : after[k];
    const size_t to = at[next] == std::string_view::npos ? line.size() : at[next];
    GridPiece& p = pieces[k];
    p.begin = std::min(from, to);
    p.text = line.substr(p.begin, to - p.begin);
    p.rule = IsRulePiece(p.text);
    for (size_t c = k + 1; c < next; ++c) pieces[c] = {std::string_view(), p.begin, p.rule, true};
    k = next;
  }
  return pieces;
}

// A lined-up grid (Grid) read column by column: a cell runs down its column from one rule to the next, over
// the rows a rule elsewhere parts (a merged cell: its lines, and any text printed on the rules it crosses, as
// w3m prints a merged cell centred), and is the first of those rows' cell, the others merged_above. A row is
// each run of lines no column's rule crosses.
void ReadAlignedRows(std::string_view text, GridTableRange range, const std::vector<Line>& lines,
                     const std::vector<size_t>& grid, Blocks& out, bool wraps, bool& parted) {
  const size_t columns = grid.size() - 1;
  std::vector<std::vector<GridPiece>> cut(lines.size());
  std::vector<bool> boundary(lines.size(), true);
  for (size_t i = 1; i + 1 < lines.size(); ++i) {
    cut[i] = CutAtGrid(lines[i].trimmed, grid);
    boundary[i] = std::any_of(cut[i].begin(), cut[i].end(), [](const GridPiece& p) { return p.rule; });
  }
  // The rows: [first line, end line) each, and the row each line belongs to or comes before.
  std::vector<std::pair<size_t, size_t>> rows;
  std::vector<size_t> row_of(lines.size(), 0);
  for (size_t i = 1; i + 1 < lines.size();) {
    if (boundary[i]) {
      row_of[i] = rows.size();
      ++i;
      continue;
    }
    size_t e = i;
    while (e + 1 < lines.size() && !boundary[e]) row_of[e++] = rows.size();
    rows.emplace_back(i, e);
    i = e;
  }
  if (rows.empty()) return;
  const size_t first = out.size();
  for (size_t r = 0; r < rows.size(); ++r) {
    Block& row = out.emplace_back();
    row.kind = BlockKind::kTableRow;
    row.begin = r == 0 ? range.begin : lines[rows[r].first - 1].begin;
    row.end = r + 1 < rows.size() ? lines[rows[r + 1].first - 1].begin : range.end;
    row.cells.assign(columns, std::string());
    row.cell_begins.assign(columns, 0);
  }
  for (size_t k = 0; k < columns; ++k) {
    for (size_t i = 1; i + 1 < lines.size();) {
      if (cut[i][k].rule) {
        ++i;
        continue;
      }
      // A cell: lines i to the next rule in this column.
      size_t e = i;
      while (e + 1 < lines.size() && !cut[e][k].rule) ++e;
      // The rows it covers: those whose lines lie inside it.
      size_t top = rows.size();
      for (size_t l = i; l < e; ++l)
        if (!boundary[l]) {
          top = row_of[l];
          break;
        }
      if (top < rows.size()) {
        Cell cell;
        for (size_t l = i; l < e; ++l) {
          const GridPiece& p = cut[l][k];
          const size_t line_begin = static_cast<size_t>(lines[l].trimmed.data() - text.data());
          if (!p.spanned) AddPiece(p.text, line_begin + p.begin, cell, wraps);
        }
        Block& row = out[first + top];
        parted = parted || cell.parted;
        // (A merged cell's text printed below its first row, on a rule or in a row under it, lies past the
        // row's original: the cell is placed where its column starts in the row's first line.)
        size_t begin = cell.begin;
        if (begin == std::string_view::npos || begin < row.begin || begin >= row.end) {
          const size_t l = rows[top].first;
          begin = static_cast<size_t>(lines[l].trimmed.data() - text.data()) + cut[l][k].begin;
        }
        row.cell_begins[k] = static_cast<uint32_t>(begin - row.begin);
        row.cells[k] = std::move(cell.text);
        for (size_t l = i; l < e; ++l)
          if (!boundary[l] && row_of[l] != top) {
            Block& below = out[first + row_of[l]];
            below.merged_above.resize(columns, false);
            below.merged_above[k] = true;
          }
      }
      i = e;
    }
  }
  for (size_t r = 0; r < rows.size(); ++r) {
    Block& row = out[first + r];
    row.text = PipeRowText(row.cells);
    row.original.assign(text.substr(row.begin, row.end - row.begin));
  }
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
  // A grid lined up is read column by column (ReadAlignedRows); a table typed by hand, rule by rule, each
  // row's cells the pieces between its lines' rules.
  // (A grid of more columns than any task table has, a line of thousands of junctions, is read rule by rule:
  // the column-by-column reading costs lines × columns.)
  if (const std::vector<size_t> grid = Grid(lines); !grid.empty() && grid.size() <= kMaxGridColumns + 1) {
    ReadAlignedRows(text, range, lines, grid, out, wraps, parted);
    return;
  }
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
    Block& row = out.emplace_back();
    row.kind = BlockKind::kTableRow;
    // From the border above the row (the first: the table's top) to the border above the next.
    row.begin = out.size() - 1 == first ? range.begin : out[out.size() - 2].end;
    std::vector<Cell> cells;
    for (; i < lines.size() && IsRowLine(lines[i].trimmed); ++i) {
      const std::string_view line = lines[i].trimmed;
      const size_t line_begin = static_cast<size_t>(line.data() - text.data());
      // The pieces between the column rules, the first rule and the last left out.
      size_t cell = 0, piece_begin = 0;
      for (size_t p = 0; p < line.size();) {
        const size_t at = p;
        if (!IsColumnRule(NextCodePoint(line, p))) continue;
        if (at > 0) {
          if (cells.size() <= cell) cells.resize(cell + 1);
          AddPiece(line.substr(piece_begin, at - piece_begin), line_begin + piece_begin, cells[cell++],
                   wraps);
        }
        piece_begin = p;
      }
    }
    row.end = i < lines.size() ? lines[i].begin : range.end;
    if (out.size() - 1 == first) columns = cells.size();
    if (cells.size() < columns) cells.resize(columns);  // a section row spanning the table
    for (size_t k = 0; k < cells.size(); ++k) {
      Cell& c = cells[k];
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

#include "reader/asciidoc_table.h"

#include <algorithm>
#include <string>

#include "core/lists.h"
#include "core/utf8.h"

namespace gongwen::internal {

namespace {

constexpr std::string_view kFence = "|===";

// The line at `pos`: [begin, end) without its line end, and where the next line starts.
struct Line {
  size_t begin, end, next;
};
Line LineAt(std::string_view text, size_t pos) {
  const size_t nl = text.find('\n', pos);
  const size_t next = nl == std::string_view::npos ? text.size() : nl + 1;
  size_t end = nl == std::string_view::npos ? text.size() : nl;
  if (end > pos && text[end - 1] == '\r') --end;
  return {pos, end, next};
}

bool IsFence(std::string_view text, const Line& l) {
  return TrimSpaces(text.substr(l.begin, l.end - l.begin)) == kFence;
}

// A character of a cell's spec (2+, .3+, a, ^.^, 3*): digits, operators, alignments and styles.
bool SpecChar(char c) {
  return (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '*' || c == '^' || c == '<' || c == '>' ||
         c == 'a' || c == 'e' || c == 'h' || c == 'l' || c == 'm' || c == 's' || c == 'v' || c == 'd';
}

// The columns the attribute line above a fence names (cols="8%,40%,12%" · cols="1,3,2" · cols="3*"), 0 when
// it names none.
size_t ColsAttribute(std::string_view line) {
  const size_t at = line.find("cols=\"");
  if (!line.starts_with("[") || at == std::string_view::npos) return 0;
  const size_t from = at + 6, close = line.find('"', from);
  if (close == std::string_view::npos) return 0;
  size_t columns = 0;
  for (size_t i = from; i <= close;) {
    const size_t comma = std::min(line.find(',', i), close);
    const std::string_view entry = line.substr(i, comma - i);
    // (3* repeats the spec after it three times.)
    size_t digits = 0;
    while (digits < entry.size() && entry[digits] >= '0' && entry[digits] <= '9') ++digits;
    if (digits > 0 && digits <= 3 && digits < entry.size() && entry[digits] == '*')
      columns += static_cast<size_t>(std::stoi(std::string(entry.substr(0, digits))));
    else if (!entry.empty())
      ++columns;
    i = comma + 1;
  }
  return columns;
}

struct Cell {
  size_t open;   // where its spec (or its '|') starts
  size_t begin;  // its content's start, after the '|'
  size_t end;    // its content's end
  size_t span = 1;
};

// The cells of [begin, end): each opened by a '|' at a line's start or after a space (its spec before it),
// not an escaped \|.
std::vector<Cell> Cells(std::string_view text, size_t begin, size_t end) {
  std::vector<Cell> cells;
  for (size_t i = begin; i < end; ++i) {
    if (text[i] != '|' || (i > begin && text[i - 1] == '\\')) continue;
    size_t spec = i;
    while (spec > begin && SpecChar(text[spec - 1])) --spec;
    // (After text with no space, 5%以上|, or a spec run into text, 以上a|: a bar of the cell's text.)
    if (spec > begin && text[spec - 1] != ' ' && text[spec - 1] != '\t' && text[spec - 1] != '\n') continue;
    if (!cells.empty()) cells.back().end = spec;
    Cell c{spec, i + 1, end};
    // N+ (not .N+, a row span): the columns it spans.
    if (spec < i && text[spec] >= '1' && text[spec] <= '9') {
      size_t k = spec, n = 0;
      while (k < i && text[k] >= '0' && text[k] <= '9') n = n * 10 + static_cast<size_t>(text[k++] - '0');
      if (k < i && text[k] == '+' && n >= 1 && n <= 64) c.span = n;
    }
    cells.push_back(c);
  }
  return cells;
}

// A cell's text: its lines trimmed, a paragraph's lines joined by a space, paragraphs (a blank line between)
// and hard breaks (a line ending ` +`) by a line end; `\|` a bar.
std::string CellText(std::string_view raw) {
  std::string out;
  bool blank = false;
  for (size_t pos = 0; pos <= raw.size();) {
    size_t nl = raw.find('\n', pos);
    if (nl == std::string_view::npos) nl = raw.size();
    std::string_view line = TrimSpaces(raw.substr(pos, nl - pos));
    pos = nl + 1;
    if (line.empty()) {
      blank = !out.empty();
      if (nl >= raw.size()) break;
      continue;
    }
    const bool hard = line.size() >= 2 && line.ends_with(" +");
    if (hard) line = TrimSpaces(line.substr(0, line.size() - 2));
    if (!out.empty()) out += blank || out.back() == '\n' ? '\n' : ' ';
    blank = false;
    for (size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '\\' && i + 1 < line.size() && line[i + 1] == '|') continue;
      out += line[i];
    }
    if (hard) out += '\n';
    if (nl >= raw.size()) break;
  }
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

}  // namespace

std::vector<TsvTableRange> FindAsciiDocTables(std::string_view text) {
  std::vector<TsvTableRange> tables;
  if (text.find(kFence) == std::string_view::npos) return tables;
  size_t open = std::string_view::npos;
  for (size_t pos = 0; pos < text.size();) {
    const Line l = LineAt(text, pos);
    if (IsFence(text, l)) {
      if (open == std::string_view::npos) {
        open = l.next;
      } else {
        if (l.begin > open) tables.push_back({open, l.begin});
        open = std::string_view::npos;
      }
    }
    pos = l.next;
  }
  return tables;
}

void ReadAsciiDocTable(std::string_view text, TsvTableRange range, Blocks& out) {
  const std::vector<Cell> cells = Cells(text, range.begin, range.end);
  if (cells.empty()) return;
  // The columns: the attribute line's above the fence, else the first line's cells.
  size_t columns = 0;
  if (range.begin >= kFence.size() + 1) {
    size_t fence = text.rfind('\n', range.begin - 2);
    fence = fence == std::string_view::npos ? 0 : fence + 1;  // the fence line's start
    if (fence >= 2) {
      size_t above = text.rfind('\n', fence - 2);
      above = above == std::string_view::npos ? 0 : above + 1;
      columns = ColsAttribute(TrimSpaces(text.substr(above, fence - 1 - above)));
    }
  }
  if (columns == 0) {
    const size_t first_end = LineAt(text, cells.front().open).end;
    for (const Cell& c : cells)
      if (c.open < first_end) columns += c.span;
  }
  columns = std::max<size_t>(columns, 1);
  for (size_t k = 0; k < cells.size();) {
    Block& row = out.emplace_back();
    row.kind = BlockKind::kTableRow;
    row.begin = cells[k].open;
    size_t filled = 0, last_end = cells[k].begin;
    while (k < cells.size() && filled < columns) {
      const Cell& c = cells[k++];
      std::string value = CellText(text.substr(c.begin, c.end - c.begin));
      // Where its text starts: past the spaces after the bar.
      size_t start = c.begin;
      while (start < c.end && (text[start] == ' ' || text[start] == '\n' || text[start] == '\t')) ++start;
      size_t trimmed_end = c.end;
      while (trimmed_end > c.begin && (text[trimmed_end - 1] == ' ' || text[trimmed_end - 1] == '\n' ||
                                       text[trimmed_end - 1] == '\t' || text[trimmed_end - 1] == '\r'))
        --trimmed_end;
      last_end = std::max(last_end, trimmed_end);
      for (size_t s = 0; s < c.span && filled < columns; ++s, ++filled) {
        row.cells.push_back(s == 0 ? std::move(value) : std::string());
        row.cell_begins.push_back(static_cast<uint32_t>((s == 0 ? start : c.begin) - row.begin));
      }
    }
    while (filled++ < columns) {
      row.cells.emplace_back();
      row.cell_begins.push_back(static_cast<uint32_t>(last_end - row.begin));
    }
    row.end = std::max(last_end, row.begin + 1);
    row.original.assign(text.substr(row.begin, row.end - row.begin));
    row.text = PipeRowText(row.cells);
  }
}

}  // namespace gongwen::internal

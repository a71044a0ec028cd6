// Tab-separated tables with quoted cells, and sheets saved as CSV: records read as a spreadsheet writes them.
#include "reader/tsv_table.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>

#include "core/cell_lines.h"
#include "core/lists.h"
#include "core/utf8.h"
#include "patterns/catalogue.h"

namespace gongwen::internal {
namespace {

// A quoted cell runs over at most this many bytes: a stray quote opens no cell to the end of the text.
constexpr size_t kMostQuotedBytes = 4096;

struct Field {
  std::string text;
  size_t begin = 0;  // where its text starts in the source
  size_t end = 0;    // and where it ends (a quoted cell's closing quote)
  bool quoted = false;
};

struct Record {
  std::vector<Field> fields;
  size_t end = 0;       // its line end (or the text's end)
  size_t next = 0;      // where the next record starts
  bool quoted = false;  // a cell of it is quoted
};

// The record that starts at `pos`, its cells parted by `delimiter`.
Record ReadRecord(std::string_view text, size_t pos, char delimiter) {
  Record r;
  size_t i = pos;
  while (true) {
    Field f;
    bool closed = true;
    if (i < text.size() && text[i] == '"') {
      // A quoted cell, if its closing quote comes before the limit, followed by a tab or a line end.
      size_t j = i + 1;
      std::string value;
      closed = false;
      while (j < text.size() && j - i < kMostQuotedBytes) {
        if (text[j] == '"') {
          if (j + 1 < text.size() && text[j + 1] == '"') {
            value += '"';
            j += 2;
            continue;
          }
          closed =
              j + 1 == text.size() || text[j + 1] == delimiter || text[j + 1] == '\n' || text[j + 1] == '\r';
          break;
        }
        value += text[j++];
      }
      if (closed) {
        f.begin = i + 1;
        f.end = j;
        f.quoted = true;
        std::replace(value.begin(), value.end(), '\r', '\n');
        f.text = std::move(value);
        r.quoted = true;
        i = j + 1;
      }
    }
    if (!closed || i >= text.size() || (text[i] != delimiter && text[i] != '\n' && text[i] != '\r')) {
      // A plain cell: to the next delimiter or line end.
      const size_t start = i;
      while (i < text.size() && text[i] != delimiter && text[i] != '\n' && text[i] != '\r') ++i;
      if (f.text.empty()) {
        f.begin = start;
        f.end = i;
        f.text = std::string(text.substr(start, i - start));
      }
    }
    r.fields.push_back(std::move(f));
    if (i < text.size() && text[i] == delimiter) {
      ++i;
      continue;
    }
    r.end = i;
    if (i < text.size() && text[i] == '\r') ++i;
    if (i < text.size() && text[i] == '\n') ++i;
    r.next = i;
    return r;
  }
}

}  // namespace

std::vector<TsvTableRange> FindTsvTables(std::string_view text) {
  std::vector<TsvTableRange> tables;
  if (text.find('\t') == std::string_view::npos || text.find('"') == std::string_view::npos) return tables;
  size_t pos = 0;
  while (pos < text.size()) {
    // A run of records of three cells or more, from a line's start.
    size_t begin = pos, end = pos;
    bool quoted = false;
    size_t at = pos;
    while (at < text.size()) {
      const Record r = ReadRecord(text, at, '\t');
      if (r.fields.size() < 3) break;
      quoted = quoted || r.quoted;
      end = r.end;
      at = r.next;
    }
    if (at > begin && quoted) tables.push_back({begin, end});
    if (at > begin) {
      pos = at;
      continue;
    }
    const size_t eol = text.find('\n', pos);
    pos = eol == std::string_view::npos ? text.size() : eol + 1;
  }
  return tables;
}

namespace {

// A table-row block of record `r`, read from `at`: its cells trimmed, the row to the record's end.
Block& AddRow(std::string_view text, size_t at, Record& r, size_t limit, Blocks& out) {
  Block& row = out.emplace_back();
  row.kind = BlockKind::kTableRow;
  row.begin = at;
  row.end = std::min(r.end, limit);
  row.original.assign(text.substr(row.begin, row.end - row.begin));
  for (Field& f : r.fields) {
    const std::string_view trimmed = TrimSpaces(f.text);
    // Where the trimmed text starts: the field's start and the spaces its text opens with.
    const size_t lead = trimmed.empty() ? 0 : static_cast<size_t>(trimmed.data() - f.text.data());
    row.cell_begins.push_back(static_cast<uint32_t>(f.begin + lead - row.begin));
    row.cells.emplace_back(trimmed);
  }
  row.text = PipeRowText(row.cells);
  return row;
}

// Whether a record read at `at` may be a sheet's row: not a pipe table's (| a, b | c |), and no cell after
// a comma and a space, as prose parts its words (“a, b, and c”) and a spreadsheet never does.
bool SheetLike(std::string_view text, size_t at, const Record& r) {
  if (at < text.size() && text[at] == '|') return false;
  // Nor a numbered paragraph typed with half-width commas (　　1．推进建设,加快审批,确保开工。): a sheet's
  // row opens with no indent and no item number in its first cell.
  const Field& first = r.fields.front();
  if (!first.quoted) {
    const std::string_view cell = first.text;
    if (cell.starts_with("\u3000")) return false;
    size_t digits = 0;
    while (digits < cell.size() && cell[digits] >= '0' && cell[digits] <= '9') ++digits;
    const std::string_view after = cell.substr(digits);
    if (digits > 0 && (after.starts_with("．") || after.starts_with(".") || after.starts_with("、")))
      return false;
  }
  return std::none_of(r.fields.begin() + 1, r.fields.end(), [&](const Field& f) {
    return !f.quoted && f.begin < text.size() && text[f.begin] == ' ';
  });
}

// A sheet's header: three cells filled or more, each a column's short name.
bool HeaderRecord(const Record& r) {
  size_t filled = 0;
  for (const Field& f : r.fields) {
    const std::string_view cell = TrimSpaces(f.text);
    if (cell.empty()) continue;
    if (CountCodePoints(cell) > 12 || FindText(cell, "。") != std::string_view::npos) return false;
    ++filled;
  }
  return filled >= 3;
}

// The filled cells of a record.
size_t FilledCells(const Record& r) {
  return static_cast<size_t>(std::count_if(r.fields.begin(), r.fields.end(),
                                           [](const Field& f) { return !TrimSpaces(f.text).empty(); }));
}

// Paragraph blocks of a record outside a sheet's table (a notice's title or signature in a cell, the cells
// right of it empty): a line each of its one filled cell (a cell of several lines, the body in one cell,
// several paragraphs), or its filled cells in one line, parted by a wide space (岚桥县人民政府办公室 …
// 2025年3 月4日印发). A doubled quote is one; an empty record is a blank line. The blocks' originals cover
// the whole record, its empty cells' separators too (槐川县…督办台账,,,,,,: the title padded to the table's
// width).
void AddParagraphs(std::string_view text, const Record& r, Blocks& out) {
  std::vector<const Field*> filled;
  for (const Field& f : r.fields)
    if (!TrimSpaces(f.text).empty()) filled.push_back(&f);
  if (filled.empty()) return;
  // The empty cells around the filled ones: their separators from the line's start and to the record's end,
  // where nothing else stands there (a quoted cell's blocks keep to its text, its quotes aside).
  const auto widen_begin = [&](size_t begin) {
    size_t at = begin;
    while (at > 0 && (text[at - 1] == ',' || text[at - 1] == '\t')) --at;
    return at == 0 || text[at - 1] == '\n' ? at : begin;
  };
  const auto widen_end = [&](size_t end) {
    size_t at = end;
    while (at < r.end && (text[at] == ',' || text[at] == '\t')) ++at;
    return at == r.end ? at : end;
  };
  const auto add = [&](size_t begin, size_t end, std::string body) {
    Block& b = out.emplace_back();
    b.begin = begin;
    b.end = end;
    b.original.assign(text.substr(begin, end - begin));
    b.text = std::move(body);
  };
  if (filled.size() > 1) {
    std::string body;
    for (const Field* f : filled) {
      if (!body.empty()) body += "\u3000\u3000";
      body += TrimSpaces(f->text);
    }
    add(filled.front()->quoted ? filled.front()->begin : widen_begin(filled.front()->begin),
        filled.back()->quoted ? filled.back()->end : widen_end(filled.back()->end), std::move(body));
    return;
  }
  // One cell: its lines, each where it stands in the source (a quoted cell's text is its source, each
  // doubled quote one).
  const Field& f = *filled.front();
  for (size_t at = f.begin; at < f.end;) {
    size_t eol = text.find_first_of("\r\n", at);
    if (eol == std::string_view::npos || eol > f.end) eol = f.end;
    std::string_view line = text.substr(at, eol - at);
    std::string body;
    for (size_t k = 0; k < line.size(); ++k) {
      body += line[k];
      if (f.quoted && line[k] == '"' && k + 1 < line.size() && line[k + 1] == '"') ++k;
    }
    if (!TrimSpaces(body).empty())
      add(at == f.begin && !f.quoted ? widen_begin(at) : at, eol == f.end && !f.quoted ? widen_end(eol) : eol,
          std::move(body));
    at = eol;
    if (at < f.end && text[at] == '\r') ++at;
    if (at < f.end && text[at] == '\n') ++at;
  }
}

}  // namespace

void ReadTsvTable(std::string_view text, TsvTableRange range, Blocks& out) {
  for (size_t at = range.begin; at < range.end;) {
    Record r = ReadRecord(text, at, '\t');
    AddRow(text, at, r, range.end, out);
    at = r.next;
  }
}

// Whether two commas stand in one line somewhere: a sheet's row of three cells has them (unless a quoted
// cell parts them by a line break). The commas are found by memchr, the line ends between them too.
bool TwoCommasInALine(std::string_view text) {
  for (size_t c = text.find(','); c != std::string_view::npos;) {
    const size_t next = text.find(',', c + 1);
    if (next == std::string_view::npos) return false;
    if (text.substr(c, next - c).find('\n') == std::string_view::npos) return true;
    c = next;
  }
  return false;
}

std::vector<TsvTableRange> FindCsvTables(std::string_view text) {
  std::vector<TsvTableRange> sheets;
  const bool quotes = text.find('"') != std::string_view::npos;
  if (!quotes && !TwoCommasInALine(text)) return sheets;
  size_t pos = 0;
  while (pos < text.size()) {
    if (!quotes) {  // to the line of the next comma: a line with none is no row
      const size_t comma = text.find(',', pos);
      if (comma == std::string_view::npos) break;
      const size_t line_start = text.rfind('\n', comma);
      if (line_start != std::string_view::npos && line_start >= pos) pos = line_start + 1;
    }
    // A run of records with one number of cells, three or more (a spreadsheet writes every row to its
    // last used column), some of them with three filled.
    size_t begin = pos, end = pos, at = pos, records = 0, tabular = 0, fields = 0;
    bool header = false;
    while (at < text.size()) {
      // Most lines hold fewer than two commas, and no quote that could open a cell of several: those are
      // no row, and are passed without reading their cells.
      const size_t eol = std::min(text.find('\n', at), text.size());
      const std::string_view line = text.substr(at, eol - at);
      const size_t comma = line.find(',');
      if ((comma == std::string_view::npos || line.find(',', comma + 1) == std::string_view::npos) &&
          line.find('"') == std::string_view::npos)
        break;
      const Record r = ReadRecord(text, at, ',');
      if (r.fields.size() < 3 || (fields != 0 && r.fields.size() != fields) || !SheetLike(text, at, r)) break;
      fields = r.fields.size();
      ++records;
      tabular += FilledCells(r) >= 3;
      header = header || HeaderRecord(r);
      end = r.end;
      at = r.next;
    }
    if (records >= 3 && tabular >= 2 && header) sheets.push_back({begin, end});
    // Past the run either way: a run that falls short does so from any record in it, all of one number
    // of cells and stopping where it stops (read again from each line, 100 000 lines of "a,," were
    // quadratic).
    if (records > 0) {
      pos = at;
      continue;
    }
    const size_t eol = text.find('\n', pos);
    pos = eol == std::string_view::npos ? text.size() : eol + 1;
  }
  return sheets;
}

void ReadCsvTable(std::string_view text, TsvTableRange range, Blocks& out) {
  std::vector<Record> records;
  std::vector<size_t> starts;
  for (size_t at = range.begin; at < range.end;) {
    starts.push_back(at);
    records.push_back(ReadRecord(text, at, ','));
    at = records.back().next;
  }
  // The table: from the first record with three cells filled (its header) to the last; what stands
  // above and below it, paragraphs.
  size_t first = records.size(), last = 0;
  for (size_t k = 0; k < records.size(); ++k)
    if (FilledCells(records[k]) >= 3) {
      first = std::min(first, k);
      last = k;
    }
  // (Below its last such record, a row whose first cell is empty and two others filled, or one with a list
  // parted by 、, goes on the table: the rest of a task's cells, a cell of several paragraphs pasted from
  // Word over several rows. Not a signature, a date, a 注 or a 抄送 pushed right.)
  const auto rest_of_row = [](const Record& r) {
    if (r.fields.empty() || !TrimSpaces(r.fields[0].text).empty()) return false;
    size_t filled = 0;
    bool list = false;
    for (const Field& f : r.fields) {
      const std::string_view cell = TrimSpaces(f.text);
      if (cell.empty()) continue;
      ++filled;
      list = list || FindText(cell, "、") != std::string_view::npos;
      if (cell.ends_with("。") || cell.starts_with("注") ||
          FindText(cell, "印发") != std::string_view::npos ||
          FindText(cell, "抄送") != std::string_view::npos ||
          (FindText(cell, "年") != std::string_view::npos && FindText(cell, "月") != std::string_view::npos &&
           cell.find_first_of("0123456789") != std::string_view::npos))
        return false;
    }
    return filled >= 2 || (filled == 1 && list);
  };
  while (first < records.size() && last + 1 < records.size() && rest_of_row(records[last + 1])) ++last;
  for (size_t k = 0; k < records.size(); ++k) {
    if (k >= first && k <= last)
      AddRow(text, starts[k], records[k], range.end, out);
    else
      AddParagraphs(text, records[k], out);
  }
}

namespace {

// A line of a pasted table: [begin, end) in the text (its line end not included), and where the next starts.
struct Line {
  size_t begin, end, next;
  std::string_view text;
};

Line LineAt(std::string_view text, size_t pos) {
  size_t eol = text.find('\n', pos);
  if (eol == std::string_view::npos) eol = text.size();
  size_t end = eol;
  if (end > pos && text[end - 1] == '\r') --end;
  return {pos, end, eol < text.size() ? eol + 1 : text.size(), text.substr(pos, end - pos)};
}

size_t Tabs(std::string_view line) { return static_cast<size_t>(std::count(line.begin(), line.end(), '\t')); }

// A row's first line: its first cell a number (1⇥深化…).
bool OpensRow(std::string_view line) {
  const size_t tab = line.find('\t');
  if (tab == 0 || tab == std::string_view::npos || tab > 4) return false;
  return std::all_of(line.begin(), line.begin() + static_cast<std::ptrdiff_t>(tab),
                     [](char c) { return c >= '0' && c <= '9'; });
}

// A section row pasted as a line of its own, with no tab: 二、营造公平竞争的市场环境（7项）, （二）….
bool SectionLine(std::string_view line) {
  if (line.find('\t') != std::string_view::npos) return false;
  line = TrimSpaces(line);
  if (line.starts_with("（")) line.remove_prefix(std::string_view("（").size());
  size_t bytes = 0;
  const size_t numerals = LeadingChineseNumerals(line, bytes);
  const std::string_view rest = line.substr(bytes);
  return numerals > 0 && numerals <= 3 && (rest.starts_with("、") || rest.starts_with("）"));
}

// A column of completion times (完成时限, 完成时间, 时间节点, 进度安排); an item that reads as one is
// TimeLike (core/lists.h).
bool TimeColumn(std::string_view name) {
  return ContainsText(name, "时限") || ContainsText(name, "时间") || ContainsText(name, "进度");
}

// A row's first line or a section line after a tab (⇥15⇥深入推进…, ⇥二、…（5项）): catdoc's copy of a Word
// 97 table prints the empty last cell of the row above as that tab, at the next line's start.
bool AfterEmptyLastCell(std::string_view line) {
  return line.size() > 1 && line[0] == '\t' && (OpensRow(line.substr(1)) || SectionLine(line.substr(1)));
}

// A header: three cells or more, each a column's short name.
bool HeaderLine(std::string_view line) {
  if (Tabs(line) < 2) return false;
  const Record r = ReadRecord(line, 0, '\t');
  return FilledCells(r) == r.fields.size() && HeaderRecord(r);
}

}  // namespace

std::vector<TsvTableRange> FindPastedTables(std::string_view text) {
  std::vector<TsvTableRange> tables;
  if (text.find('\t') == std::string_view::npos) return tables;
  for (size_t pos = 0; pos < text.size();) {
    const Line header = LineAt(text, pos);
    pos = header.next;
    if (!HeaderLine(header.text)) continue;
    // The rows: each from a line opening with its number, with the lines after it its cells' own (a
    // run of lines with no tab goes on the row only where a row, a section line or a tab follows it:
    // what follows the table is no cell). Section lines between them.
    size_t end = header.end, at = header.next, row_begin = at;
    bool open = false, wrapped = false;
    while (at < text.size()) {
      const Line line = LineAt(text, at);
      if (OpensRow(line.text) || (open && AfterEmptyLastCell(line.text) && OpensRow(line.text.substr(1)))) {
        open = true;
        row_begin = line.begin;
      } else if (SectionLine(line.text) || (open && AfterEmptyLastCell(line.text))) {
        open = false;
      } else if (open && line.text.empty() &&
                 Tabs(text.substr(row_begin, at - row_begin)) < Tabs(header.text) &&
                 line.next < text.size() &&
                 (OpensRow(LineAt(text, line.next).text) || SectionLine(LineAt(text, line.next).text))) {
        // A blank line where a row short of its cells ends (catdoc: its last two cells empty), the next
        // row or section right under it: the table goes on.
      } else if (!open || line.text.empty()) {
        break;
      } else if (line.text.find('\t') == std::string_view::npos) {
        size_t k = line.next, last = line.end;  // past the run of lines with no tab, taken whole
        while (k < text.size()) {
          const Line after = LineAt(text, k);
          if (after.text.empty() || OpensRow(after.text) || SectionLine(after.text) ||
              after.text.find('\t') != std::string_view::npos)
            break;
          last = after.end;
          k = after.next;
        }
        const Line after = k < text.size() ? LineAt(text, k) : Line{k, k, k, {}};
        if (after.text.empty()) break;  // the run ends the table: the page's text after it
        wrapped = true;
        end = last;
        at = k;
        continue;
      } else {
        wrapped = true;
      }
      end = line.end;
      at = line.next;
    }
    // A table whose rows are each a line is the line reader's.
    if (wrapped) tables.push_back({header.begin, end});
    pos = std::max(pos, at);
  }
  return tables;
}

void ReadPastedTable(std::string_view text, TsvTableRange range, Blocks& out) {
  // A row's cells from its source, cut at its tabs (AddRow trims them); a line break inside one is \n.
  const Line header_line = LineAt(text, range.begin);
  const Record header = ReadRecord(header_line.text, 0, '\t');
  const bool time_last = !header.fields.empty() && TimeColumn(header.fields.back().text);
  const auto add_row = [&](size_t begin, size_t end) {
    Record r;
    r.end = end;
    for (size_t start = begin; start <= end;) {
      size_t tab = text.find('\t', start);
      if (tab == std::string_view::npos || tab > end) tab = end;
      r.fields.push_back({std::string(text.substr(start, tab - start)), start});
      start = tab + 1;
    }
    // A row short of its cells whose last line is a time under a last column of times (catdoc: an empty
    // cell prints a line break, not a tab: 县商务局⏎2025年12月底前): that line the last cell, the cells
    // between empty.
    if (time_last && begin != range.begin && r.fields.size() >= 2 && r.fields.size() < header.fields.size()) {
      Field& last = r.fields.back();
      const std::string_view kept = TrimSpaces(last.text);
      const size_t nl = kept.rfind('\n');
      if (nl != std::string_view::npos && TimeLike(TrimSpaces(kept.substr(nl + 1)))) {
        const size_t cut = static_cast<size_t>(kept.data() - last.text.data()) + nl;
        Field time{last.text.substr(cut + 1), last.begin + cut + 1};
        last.text.resize(cut);
        while (r.fields.size() + 1 < header.fields.size()) r.fields.push_back({std::string(), time.begin});
        r.fields.push_back(std::move(time));
      }
    }
    Block& row = AddRow(text, begin, r, end, out);
    for (std::string& cell : row.cells) {
      std::erase(cell, '\r');
      while (cell.ends_with('\n')) cell.pop_back();  // (the line break an empty cell printed, catdoc's)
    }
    row.text = PipeRowText(row.cells);
  };
  size_t row_begin = std::string_view::npos, row_end = 0;
  for (size_t at = range.begin; at < range.end;) {
    Line line = LineAt(text, at);
    const bool first = at == range.begin;
    // (⇥15⇥… or ⇥二、…: the tab the row above's, its last cell empty.)
    if (!first && row_begin != std::string_view::npos && AfterEmptyLastCell(line.text)) {
      add_row(row_begin, line.begin + 1);
      row_begin = std::string_view::npos;
      ++line.begin;
      line.text.remove_prefix(1);
    }
    if (first || OpensRow(line.text) || SectionLine(line.text)) {
      if (row_begin != std::string_view::npos) add_row(row_begin, row_end);
      row_begin = std::string_view::npos;
      if (SectionLine(line.text) && !first) {
        Block& b = out.emplace_back();
        b.begin = line.begin;
        b.end = line.end;
        b.original.assign(line.text);
        b.text.assign(line.text);
      } else {
        row_begin = line.begin;
      }
    }
    row_end = std::min(line.end, range.end);
    at = line.next;
  }
  if (row_begin != std::string_view::npos) add_row(row_begin, row_end);
}

}  // namespace gongwen::internal

namespace gongwen::internal {
namespace {

// A column's name in a scraped table's header: short, no prose punctuation, a word columns are named with.
bool ColumnName(std::string_view line) {
  line = TrimSpaces(line);
  const size_t n = CountCodePoints(line);
  if (n < 2 || n > 10 || ContainsText(line, "。") || ContainsText(line, "，") || ContainsText(line, "："))
    return false;
  for (std::string_view w :
       {"序号", "编号", "任务",   "措施", "内容", "事项", "单位", "部门", "领导", "时限", "时间", "进度",
        "目标", "备注", "责任人", "分工", "举措", "项目", "科室", "处室", "司局", "要求", "成果"})
    if (ContainsText(line, w)) return true;
  return false;
}

// The columns whose cells are prose (the task, its measures): the lines ending with 。 go to them.
bool TextColumn(std::string_view name) {
  for (std::string_view w :
       {"单位", "部门", "领导", "时限", "时间", "进度", "责任人", "科室", "处室", "司局", "备注"})
    if (ContainsText(name, w)) return false;
  return true;
}

// A line that is a number alone (a row's 序号): 1 to 999.
bool NumberLine(std::string_view line, int& number) {
  line = TrimSpaces(line);
  if (line.empty() || line.size() > 3) return false;
  number = 0;
  for (char c : line) {
    if (c < '0' || c > '9') return false;
    number = number * 10 + (c - '0');
  }
  return number > 0;
}

// A row retyped as bare cells on a line of its own among cells printed a block each (`lynx -dump` prints a
// Word table's rows, whose cells hold paragraphs, a cell a centred block, and a row of bare <td>s on one
// line: `4  落实…政策。 赵海明 县税务局 /    持续推进`): a number of 1 to 3 digits, then three cells at
// least, the first not a number, parted by runs of ASCII spaces. Each cell's [begin, end) in `line`, the
// number's first; empty for any other line.
std::vector<std::pair<size_t, size_t>> CompactRowCells(std::string_view line) {
  std::vector<std::pair<size_t, size_t>> cells;
  const size_t first = line.find_first_not_of(" \t");
  if (first == std::string_view::npos || line[first] < '0' || line[first] > '9') return cells;  // most lines
  for (size_t at = 0; at < line.size();) {
    while (at < line.size() && (line[at] == ' ' || line[at] == '\t')) ++at;
    if (at == line.size()) break;
    size_t end = at;
    while (end < line.size() && line[end] != ' ' && line[end] != '\t') ++end;
    cells.emplace_back(at, end);
    at = end;
  }
  const auto digits = [&](size_t k) {
    const std::string_view cell = line.substr(cells[k].first, cells[k].second - cells[k].first);
    return std::all_of(cell.begin(), cell.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (cells.size() < 4 || cells[0].second - cells[0].first > 3 || !digits(0) || digits(1) ||
      static_cast<unsigned char>(line[cells[1].first]) < 0x80)  // a cell of Chinese text first, not 30 个
    cells.clear();
  return cells;
}

// A row on a line's number (CompactRowCells).
bool CompactRowNumber(std::string_view line, int& number) {
  const auto cells = CompactRowCells(line);
  return !cells.empty() && NumberLine(line.substr(cells[0].first, cells[0].second - cells[0].first), number);
}

// One cell's paragraph: a line, or where cells have blank lines between them, the lines up to the next blank
// one (pdftotext without -layout wraps a cell's text over them): [begin, end) in the text, the text joined.
struct CellItem {
  size_t begin = 0, end = 0, next = 0;
  std::string text;
  size_t blanks_before = 0;  // blank lines skipped before it
  std::string_view marks;    // the strong marks around it, read past (__序号__): its cell keeps them
};

// The item's text as its cell holds it: with its marks, which the normalizer takes off (and records).
std::string Marked(const CellItem& item) {
  return item.marks.empty() ? item.text : std::string(item.marks) + item.text + std::string(item.marks);
}

// The item at `pos` (a line, or the block of lines from it to a blank line when `spaced`), blank lines before
// it skipped when `spaced`; empty text at the text's end. A block ends before a row on a line numbered `row`
// (CompactRowCells), which is an item of its own.
// A cell a Markdown writer set in bold whole (mammoth's __序号__, **一、…（共7项）**): read past its marks.
void DropStrongMarks(CellItem& item) {
  std::string& text = item.text;
  for (std::string_view mark : {"__", "**"})
    if (text.size() > 2 * mark.size() && text.starts_with(mark) && text.ends_with(mark) &&
        text.find(mark.front(), mark.size()) == text.size() - mark.size()) {
      text = text.substr(mark.size(), text.size() - 2 * mark.size());
      item.marks = mark;
      return;
    }
}

CellItem ItemAt(std::string_view text, size_t pos, bool spaced, int row = 0) {
  CellItem item;
  Line l = LineAt(text, pos);
  size_t blanks = 0;  // at most 20 (more end the table: the item is empty)
  while (spaced && TrimSpaces(l.text).empty() && l.next < text.size() && blanks < 20) {
    l = LineAt(text, l.next);
    ++blanks;
  }
  const std::string_view trimmed = TrimSpaces(l.text);
  item.begin = trimmed.empty() ? l.begin : l.begin + static_cast<size_t>(trimmed.data() - l.text.data());
  item.end = l.end;
  item.next = l.next;
  item.text.assign(trimmed);
  item.blanks_before = blanks;
  if (!spaced || item.text.empty()) {
    DropStrongMarks(item);
    return item;
  }
  // A section row's line is a block of its own, whatever follows it with no blank line between (pdftotext
  // prints the next row's number right under it: 一、…（共7项）⏎1).
  DropStrongMarks(item);
  if (SectionLine(item.text) && !item.text.ends_with("。") && !item.text.ends_with("；")) return item;
  int number = 0;
  const auto row_line = [&](std::string_view line) {
    return CompactRowNumber(line, number) && number == row;
  };
  if (row_line(item.text)) return item;
  // The block's lines, joined as a wrapped cell's are (a line shorter than the longest ended where its
  // writer ended it); at most 40 lines.
  std::vector<std::string_view> lines{TrimSpaces(l.text)};
  size_t widest = CountCodePoints(lines.front());
  while (l.next < text.size() && lines.size() < 40) {
    const Line n = LineAt(text, l.next);
    if (TrimSpaces(n.text).empty() || row_line(TrimSpaces(n.text))) break;
    l = n;
    lines.push_back(TrimSpaces(l.text));
    widest = std::max(widest, CountCodePoints(lines.back()));
    item.end = l.end;
    item.next = l.next;
  }
  for (size_t k = 1; k < lines.size(); ++k) {
    item.text += CellLineJoin(lines[k - 1], CountCodePoints(lines[k - 1]) + 1 >= widest, lines[k]);
    item.text += lines[k];
  }
  DropStrongMarks(item);
  return item;
}

// Items [from, to) of a row to its columns [col_from, col_to): one each; more items than columns, one each
// to all but the last two (a leader's, say), and of those two (a lead's and the others') the first's items
// end at the first list among them (A、B, …等), which is the others'; fewer, from the left.
std::vector<std::pair<size_t, std::pair<size_t, size_t>>> FillColumns(const std::vector<CellItem>& items,
                                                                      size_t col_from, size_t col_to,
                                                                      size_t from, size_t to) {
  std::vector<std::pair<size_t, std::pair<size_t, size_t>>> out;
  if (col_from >= col_to || from >= to) return out;
  const size_t cols = col_to - col_from, n = to - from;
  if (n <= cols) {
    for (size_t k = 0; k < n; ++k) out.push_back({col_from + k, {from + k, from + k + 1}});
    return out;
  }
  size_t k = from;
  if (cols == 1) {
    out.push_back({col_from, {from, to}});
    return out;
  }
  for (size_t c = col_from; c + 2 < col_to; ++c, ++k) out.push_back({c, {k, k + 1}});
  size_t first_end = k + 1;
  while (first_end + 1 < to && !ContainsText(items[first_end].text, "、") &&
         !items[first_end].text.ends_with("等"))
    ++first_end;
  out.push_back({col_to - 2, {k, first_end}});
  out.push_back({col_to - 1, {first_end, to}});
  return out;
}

// A column of the persons in charge (责任市领导, 牵头县领导, 责任人); an item that names them is a PersonItem
// (core/lists.h).
bool LeadersColumn(std::string_view name) {
  return ContainsText(name, "领导") || ContainsText(name, "责任人");
}

// A row short of its columns after its text (items [from, to) for columns [col_from, columns)), as a
// browser's copy writes a row under cells merged down over it (left out, not written empty) and pdftotext a
// row with empty cells. Each item goes where what it is says: a time to the time column (the last item, in
// words, where one item is too many), persons' names to the leaders'. The rest go to the other columns from
// the right where the table has a leaders' column and the row names none (the leader's cell merged down, and
// with it the lead's more often than the helpers'); else from the left. Each item's (column, item); nothing
// where an item is empty (a cell written empty: the row is whole) or the items do not fit. (The columns left
// out stay empty: a leader's, a lead's or a time's is taken from the row above, as any empty one is; a
// helpers' is none.)
std::optional<std::vector<std::pair<size_t, size_t>>> FitShortRow(const std::vector<CellItem>& items,
                                                                  const std::vector<std::string>& names,
                                                                  size_t col_from, size_t from, size_t to) {
  const size_t columns = names.size();
  if (from >= to || col_from >= columns || to - from >= columns - col_from) return std::nullopt;
  for (size_t k = from; k < to; ++k)
    if (items[k].text.empty()) return std::nullopt;
  std::vector<std::pair<size_t, size_t>> placed;
  std::vector<bool> taken(columns, false);
  size_t time_column = columns, leaders = columns;
  for (size_t c = col_from; c < columns; ++c) {
    if (time_column == columns && TimeColumn(names[c])) time_column = c;
    if (leaders == columns && LeadersColumn(names[c])) leaders = c;
  }
  const bool timed = time_column < columns && TimeLike(items[to - 1].text);
  if (timed) {
    placed.push_back({time_column, to - 1});
    --to;
  }
  if (time_column < columns) taken[time_column] = true;
  if (leaders < columns) {
    taken[leaders] = true;
    while (from < to && PersonItem(items[from].text)) placed.push_back({leaders, from++});
  }
  std::vector<size_t> rest;  // the columns for the other items
  for (size_t c = col_from; c < columns; ++c)
    if (!taken[c]) rest.push_back(c);
  // One item too many: the last is the time column's, in words (按整改时限完成).
  if (to - from == rest.size() + 1 && time_column + 1 == columns && !timed && to - from >= 2) {
    placed.push_back({time_column, to - 1});
    --to;
  }
  if (to - from > rest.size()) return std::nullopt;
  const bool leader_named =
      leaders < columns &&
      std::any_of(placed.begin(), placed.end(), [&](const auto& p) { return p.first == leaders; });
  for (size_t k = from; k < to; ++k)
    placed.push_back({leaders == columns || leader_named ? rest[k - from] : rest[rest.size() - (to - k)], k});
  return placed;
}

struct CellLineRow {
  std::vector<CellItem> items;  // the number's first; a section line alone
  bool section = false;
};

struct CellLineTable {
  std::vector<CellItem> header;
  std::vector<CellLineRow> rows;
  size_t end = 0;                       // the last item's end
  size_t rule_begin = 0, rule_end = 0;  // a rule line under the header (html2text's ---|---), if any
};

// The table whose header opens at `pos` (序号 or 编号 on a line, or wrapped over two: 序⏎号), or nothing.
std::optional<CellLineTable> ScanCellLineTable(std::string_view text, size_t pos) {
  CellLineTable table;
  // A blank line after the first column's name: cells have blank lines between them.
  const Line first_line = LineAt(text, pos);
  const Line after_first = LineAt(text, first_line.next);
  bool spaced = first_line.next >= text.size() || TrimSpaces(after_first.text).empty() ||
                TrimSpaces(first_line.text).size() == 3;  // 序⏎号: wrapped, as only blocks are
  CellItem first = ItemAt(text, pos, spaced);
  if (first.text != "序号" && first.text != "编号") return std::nullopt;
  table.header.push_back(first);
  size_t at = first.next;
  while (at < text.size() && table.header.size() <= 40) {
    CellItem item = ItemAt(text, at, spaced);
    int n = 0;
    if (item.text.empty() || !ColumnName(item.text) || NumberLine(item.text, n)) break;
    at = item.next;
    table.header.push_back(std::move(item));
  }
  // Four columns at least; at most 40 (no such table has more; the look for the next row below reads up to
  // twice as many items as there are columns).
  const size_t columns = table.header.size();
  if (columns < 4 || columns > 40) return std::nullopt;
  // The page's furniture between two rows: a page number, the header printed again (pdftotext's pages).
  const auto furniture = [&](size_t from) -> size_t {  // where the text after it starts, or `from`
    CellItem item = ItemAt(text, from, spaced);
    if (spaced && FullMatch(Pat::kPageNumber, item.text)) {
      from = item.next;
      item = ItemAt(text, from, spaced);
    }
    if (item.text != table.header.front().text) return from;
    size_t k = item.next;
    for (size_t c = 1; c < columns; ++c) {
      item = ItemAt(text, k, spaced);
      if (item.text != table.header[c].text) return from;
      k = item.next;
    }
    return k;
  };
  // A section row: a line 一、… or （二）…, no sentence (（二）…。 in a cell is a measure).
  const auto section_line = [](std::string_view t) {
    return SectionLine(t) && !t.ends_with("。") && !t.ends_with("；");
  };
  // Whether the row numbered `want` comes within the next items, or a section line with a row after it
  // (numbered on, or from 1 again): the row read goes on.
  const auto row_ahead = [&](size_t from, int want) {
    for (size_t k = from, seen = 0; k < text.size() && seen < 2 * columns; ++seen) {
      const size_t past = furniture(k);
      const CellItem item = ItemAt(text, past, spaced, want);
      // (A blank line where cells have none between them: an empty cell, the row going on.)
      if (item.text.empty() && (spaced || item.next >= text.size())) return false;
      int n = 0;
      if ((NumberLine(item.text, n) || CompactRowNumber(item.text, n)) && n == want) return true;
      if (section_line(item.text)) {
        const CellItem after = ItemAt(text, furniture(item.next), spaced);
        return NumberLine(after.text, n) && (n == want || n == 1);
      }
      k = item.next;
    }
    return false;
  };
  // A 注：/说明： after the table ends it (注重…, 说明书… open cells).
  const auto note = [](std::string_view t) {
    for (std::string_view w : {"注：", "注:", "说明：", "说明:", "备注：", "备注:"})
      if (t.starts_with(w)) return true;
    // 注1：…, 注①…
    if (t.starts_with("注") && t.size() > 3 && ((t[3] >= '0' && t[3] <= '9') || t.substr(3).starts_with("①")))
      return true;
    return t == "注" || t == "说明" || t == "备注";
  };
  // In the table's last row, a blank line is an empty cell only where the lines after it, to the next blank
  // line, end the row (`cells` of it read with the blank's): as many as its cells left or one fewer, none
  // prose, none a label's (抄送：…), the last a time where it fills a time column (not the 落款 after it).
  const auto last_row_goes_on = [&](size_t from, size_t cells) {
    std::vector<std::string_view> lines;
    for (Line l = LineAt(text, from); from < text.size() && lines.size() <= columns; l = LineAt(text, from)) {
      const std::string_view line = TrimSpaces(l.text);
      if (line.empty()) break;
      if (line.ends_with("。") || ContainsText(line, "：") || CountCodePoints(line) > 40) return false;
      lines.push_back(line);
      from = l.next;
    }
    const size_t filled = cells + lines.size();
    if (filled + 1 == columns) return true;
    return filled == columns &&
           (lines.empty() || !TimeColumn(table.header.back().text) || TimeLike(lines.back()));
  };
  int want = 1;
  bool after_section = false;  // a section line before: numbering may start from 1 again
  CellLineRow* open = nullptr;
  size_t rows = 0;
  table.end = table.header.back().end;
  while (at < text.size()) {
    if (open != nullptr) at = furniture(at);
    CellItem item = ItemAt(text, at, spaced, want);
    const std::string_view t = item.text;
    // A blank line where cells have none between them: an empty cell of the row open (a cell merged down
    // from the row above, or left empty, as LibreOffice's text export writes it) while the row has cells to
    // come or another row follows; else the table's end (or the text's).
    if (t.empty()) {
      if (spaced || open == nullptr || item.next >= text.size() || open->items.size() >= 3 * columns) break;
      if (!row_ahead(item.next, want) &&
          (open->items.size() >= columns || !last_row_goes_on(item.next, open->items.size() + 1)))
        break;
      at = item.next;
      open->items.push_back(std::move(item));
      continue;
    }
    if (note(t)) break;
    // An empty cell between blank lines (⏎⏎⏎ where one ⏎ parts two cells): an empty item of the row open.
    if (spaced && open != nullptr)
      for (size_t k = 3; k <= item.blanks_before && open->items.size() < 3 * columns; k += 2) {
        CellItem& empty = open->items.emplace_back();
        empty.begin = empty.end = empty.next = item.begin;
      }
    int n = 0;
    const bool row_full = open == nullptr || open->items.size() >= 3;
    const size_t next = item.next, end = item.end;
    const auto compact = CompactRowCells(t);
    if (row_full && !compact.empty() &&
        NumberLine(t.substr(compact[0].first, compact[0].second - compact[0].first), n) &&
        (n == want || (after_section && n == 1))) {
      // A row on a line: its cells, the task's taking in those before the last columns-1 (a space in it).
      open = &table.rows.emplace_back();
      const size_t extra = compact.size() > columns ? compact.size() - columns : 0;
      for (size_t k = 0; k < compact.size(); ++k) {
        const size_t last = k == 1 ? k + extra : k;
        CellItem& cell = open->items.emplace_back();
        cell.begin = item.begin + compact[k].first;
        cell.end = item.begin + compact[last].second;
        cell.next = next;
        cell.text = t.substr(compact[k].first, compact[last].second - compact[k].first);
        k = last;
      }
      want = n + 1;
      after_section = false;
      ++rows;
    } else if (NumberLine(t, n) && (n == want || (after_section && n == 1 && open == nullptr)) && row_full) {
      open = &table.rows.emplace_back();
      open->items.push_back(std::move(item));
      want = n + 1;
      after_section = false;
      ++rows;
    } else if (section_line(t) && row_full) {
      CellLineRow& section = table.rows.emplace_back();
      section.items.push_back(std::move(item));
      section.section = true;
      open = nullptr;
      after_section = true;
    } else if (open == nullptr || open->items.size() >= 3 * columns ||
               (open->items.size() + 1 >= columns && !row_ahead(at, want) &&
                // a row's last cell but one may be missing: one more is taken unless it is prose
                (open->items.size() >= columns || t.ends_with("。")))) {
      break;  // no row open, or a row's cells all read and no row after them: the text after the table
    } else {
      open->items.push_back(std::move(item));
    }
    table.end = end;
    at = next;
  }
  while (!table.rows.empty() && table.rows.back().section) {  // a section line after the last row is none
    table.rows.pop_back();
    table.end = table.rows.empty() ? table.header.back().end : table.rows.back().items.back().end;
  }
  if (rows < 2) return std::nullopt;
  return table;
}

// html2text's table of cells that hold paragraphs (a Word table pasted into a portal's editor, a <p> in every
// cell): each cell's paragraphs, blank lines between them, then a line holding a lone | before the next cell
// (an empty cell between two such lines); the header's last cell over a rule line ---|---|…; each row's last
// cell ending with two spaces and a line of spaces after it. Merged cells are left out, the row short of
// them. A row the site's editor typed later is compact, on a line of its own (33| …| …), maybe wrapped after
// a |. The table whose header opens at `pos`, or nothing.
std::optional<CellLineTable> ScanPipedCellTable(std::string_view text, size_t pos) {
  const auto pipe_line = [](std::string_view l) { return TrimSpaces(l) == "|"; };
  // Spaces only, at least one (the line after a row's last cell; an empty line parts a cell's paragraphs).
  const auto row_end_line = [](std::string_view l) { return !l.empty() && TrimSpaces(l).empty(); };
  const auto skip_blank = [&](size_t at) {
    while (at < text.size() && TrimSpaces(LineAt(text, at).text).empty()) at = LineAt(text, at).next;
    return at;
  };
  // The cell at `at` (blank lines before it skipped): its paragraphs to a | line (read past it) or to the
  // row's end (read past the line of spaces), each paragraph's lines joined as a browser joins them, a hard
  // break (two spaces at a line's end) a line end. Nothing where no | line or row's end comes within 12
  // paragraphs.
  struct Cell {
    CellItem item;
    bool row_end = false;
    bool empty_last = false;  // the | after it closes the row too: an empty cell ends it (|␣␣ ⏎ ␣␣)
  };
  // Whether line `l` ends the row: two spaces after it and a line of spaces below (after a cell's last
  // paragraph, or after the | that closes an empty last cell).
  const auto closes_row = [&](const Line& l) {
    return l.text.ends_with("  ") && l.next < text.size() && row_end_line(LineAt(text, l.next).text);
  };
  // The cell closed by the | line `l`: read on past it, and past the row's end where it ends the row too.
  const auto close_at_pipe = [&](Cell& cell, const Line& l) {
    cell.item.next = l.next;
    if (closes_row(l)) {
      cell.empty_last = true;
      cell.item.next = LineAt(text, l.next).next;
    }
  };
  const auto read_cell = [&](size_t at) -> std::optional<Cell> {
    Cell cell;
    at = skip_blank(at);
    if (at >= text.size()) return std::nullopt;
    Line l = LineAt(text, at);
    cell.item.begin = cell.item.end = l.begin;
    if (pipe_line(l.text)) {  // an empty cell
      close_at_pipe(cell, l);
      return cell;
    }
    for (size_t paragraphs = 0; paragraphs < 12; ++paragraphs) {
      if (!cell.item.text.empty()) cell.item.text += '\n';
      bool hard = false;  // the line above ended with a hard break
      for (size_t lines = 0; lines < 40; ++lines) {
        const std::string_view trimmed = TrimSpaces(l.text);
        if (lines > 0) {
          const std::string& above = cell.item.text;
          size_t end = above.size(), begin = 0;
          if (hard)
            cell.item.text += '\n';
          else if (!above.empty() && LatinPair(PreviousCodePoint(above, end), NextCodePoint(trimmed, begin)))
            cell.item.text += ' ';
        }
        cell.item.text += trimmed;
        cell.item.end = static_cast<size_t>(trimmed.data() - text.data()) + trimmed.size();
        hard = l.text.ends_with("  ");
        const Line after = LineAt(text, l.next);
        if (closes_row(l)) {
          cell.item.next = after.next;
          cell.row_end = true;
          DropStrongMarks(cell.item);
          return cell;
        }
        if (l.next >= text.size() || TrimSpaces(after.text).empty() || pipe_line(after.text)) break;
        l = after;
      }
      // Past the blank lines after the paragraph: a | line closes the cell; a line of spaces among them
      // (an empty paragraph, &nbsp;, closing the cell) the row; else the cell's next paragraph.
      bool spaces = false;
      size_t past = l.next;
      for (; past < text.size(); past = LineAt(text, past).next) {
        const std::string_view line = LineAt(text, past).text;
        if (!TrimSpaces(line).empty()) break;
        spaces = spaces || row_end_line(line);
      }
      if (past >= text.size()) return std::nullopt;
      l = LineAt(text, past);
      if (pipe_line(l.text)) {
        close_at_pipe(cell, l);
        DropStrongMarks(cell.item);
        return cell;
      }
      if (spaces) {
        cell.item.next = past;
        cell.row_end = true;
        DropStrongMarks(cell.item);
        return cell;
      }
    }
    return std::nullopt;
  };
  CellLineTable table;
  size_t at = pos;
  for (bool end = false; !end && table.header.size() <= 40;) {
    std::optional<Cell> cell = read_cell(at);
    // (序　号: the first column's name padded.)
    if (cell && table.header.empty() && (cell->item.text == "序　号" || cell->item.text == "序 号"))
      cell->item.text = "序号";
    if (!cell || (table.header.empty() && cell->item.text != "序号" && cell->item.text != "编号") ||
        !ColumnName(cell->item.text))
      return std::nullopt;
    end = cell->row_end;
    at = cell->item.next;
    table.header.push_back(std::move(cell->item));
  }
  const size_t columns = table.header.size();
  if (columns < 4 || columns > 40) return std::nullopt;
  // The rule line under the header: a run of dashes a column, parted by |.
  at = skip_blank(at);
  const Line rule = LineAt(text, at);
  const std::string_view dashes = TrimSpaces(rule.text);
  if (static_cast<size_t>(std::count(dashes.begin(), dashes.end(), '|')) + 1 != columns ||
      dashes.find_first_not_of("-|: ") != std::string_view::npos)
    return std::nullopt;
  table.end = rule.end;
  table.rule_begin = rule.begin + static_cast<size_t>(dashes.data() - rule.text.data());
  table.rule_end = table.rule_begin + dashes.size();
  at = rule.next;
  size_t rows = 0;
  while (at < text.size()) {
    const size_t start = skip_blank(at);
    if (start >= text.size()) break;
    const Line first = LineAt(text, start);
    const std::string_view line = TrimSpaces(first.text);
    int n = 0;
    // A compact row: 33| …| … on a line, its cells parted by |, wrapped over lines that end with one.
    if (const size_t bar = line.find('|');
        bar != std::string_view::npos && NumberLine(line.substr(0, bar), n)) {
      CellLineRow& row = table.rows.emplace_back();
      size_t cell_begin = start + static_cast<size_t>(line.data() - first.text.data());
      Line l = first;
      for (size_t lines = 0; lines < 6; ++lines) {
        for (size_t i = cell_begin; i <= l.end; ++i) {
          if (i < l.end && text[i] != '|') continue;
          const std::string_view piece = TrimSpaces(text.substr(cell_begin, i - cell_begin));
          if (!piece.empty() || i < l.end) {
            CellItem& item = row.items.emplace_back();
            item.begin = piece.empty() ? cell_begin : static_cast<size_t>(piece.data() - text.data());
            item.end = item.begin + piece.size();
            item.next = i + 1;
            item.text.assign(piece);
          }
          cell_begin = i + 1;
        }
        at = l.next;
        if (!TrimSpaces(l.text).ends_with("|") || l.next >= text.size()) break;
        l = LineAt(text, l.next);
        cell_begin = l.begin;
      }
      if (row.items.size() < 3 || row.items.size() > columns) {
        table.rows.pop_back();
        break;
      }
      table.end = row.items.back().end;
      ++rows;
      continue;
    }
    std::optional<Cell> cell = read_cell(start);
    if (!cell) break;
    // A section row: one cell, 一、…（5项）, or a short title (**经济发展类**) spanning the table.
    if (cell->row_end && (SectionLine(cell->item.text) ||
                          (CountCodePoints(cell->item.text) <= 20 && !ContainsText(cell->item.text, "。") &&
                           !ContainsText(cell->item.text, "，")))) {
      CellLineRow& row = table.rows.emplace_back();
      row.section = true;
      at = cell->item.next;
      table.end = cell->item.end;
      row.items.push_back(std::move(cell->item));
      continue;
    }
    if (cell->row_end) break;
    // The row's number (1, or 1. with its stop); a row with none under a row read, its number merged down
    // over it (a rowspan html2text leaves out), gets an empty first cell.
    std::string_view number = cell->item.text;
    for (std::string_view stop : {".", "．", "、"})
      if (number.ends_with(stop)) number.remove_suffix(stop.size());
    CellLineRow row;
    if (!NumberLine(number, n)) {
      if (rows == 0) break;
      CellItem& empty = row.items.emplace_back();
      empty.begin = empty.end = empty.next = cell->item.begin;
    }
    bool ended = false;
    for (; cell && row.items.size() < columns; cell = read_cell(at)) {
      at = cell->item.next;
      ended = cell->row_end || cell->empty_last;
      const bool empty_last = cell->empty_last;
      row.items.push_back(std::move(cell->item));
      if (empty_last && row.items.size() < columns) {  // an empty cell closing the row
        CellItem& empty = row.items.emplace_back();
        empty.begin = empty.end = empty.next = at;
      }
      if (ended) break;
    }
    if (!ended || row.items.size() < 3) break;
    table.end = row.items.back().end;
    table.rows.push_back(std::move(row));
    ++rows;
  }
  while (!table.rows.empty() && table.rows.back().section) {  // a section line after the last row is none
    table.rows.pop_back();
    table.end = table.rows.empty() ? rule.end : table.rows.back().items.back().end;
  }
  if (rows < 2) return std::nullopt;
  return table;
}

}  // namespace

std::vector<TsvTableRange> FindCellLineTables(std::string_view text) {
  std::vector<TsvTableRange> tables;
  // The next 序号 and 编号 at or after `pos`, each sought again only once passed (a text of many of one
  // and none of the other is read once, not once a hit).
  // (FindText looks for a literal's last byte, rarer in Chinese text than the first, which 序 shares with
  // most characters.)
  const auto find = [&](std::string_view literal, size_t from) {
    const size_t at = FindText(text.substr(from), literal);
    return at == std::string_view::npos ? at : from + at;
  };
  // And a line 号 alone, the end of a 序⏎号 wrapped in a narrow column: the table's first line is the one
  // before it.
  size_t serial = find("序号", 0), code = find("编号", 0), wrapped = find("\n号", 0);  // npos stays npos
  for (size_t pos = 0; pos < text.size();) {
    if (serial < pos) serial = find("序号", pos);
    if (code < pos) code = find("编号", pos);
    if (wrapped < pos) wrapped = find("\n号", pos);
    size_t hit = std::min(serial, code);
    if (wrapped < hit) {
      if (wrapped == 0) {  // no line before it
        pos = 1;
        continue;
      }
      hit = wrapped - 1;  // in the line before
    }
    if (hit == std::string_view::npos) break;
    const size_t line =
        hit == 0 || text.rfind('\n', hit) == std::string_view::npos ? 0 : text.rfind('\n', hit) + 1;
    if (auto table = ScanCellLineTable(text, line); table || (table = ScanPipedCellTable(text, line))) {
      tables.push_back({line, table->end});
      pos = table->end;
    } else {
      // Past the hit: a 号 opening a line after a blank one (⏎⏎号为…) is sought in the blank line, whose
      // end is the hit's own line end, so the next look starts after that.
      pos = std::max(LineAt(text, hit).next, hit + 2);
    }
  }
  return tables;
}

namespace {

// A table-row block over [begin, end) of the text: its cells, each starting at its begin in the text.
void AddCellRow(std::string_view text, size_t begin, size_t end, std::vector<std::string> cells,
                const std::vector<size_t>& begins, Blocks& out) {
  Block& row = out.emplace_back();
  row.kind = BlockKind::kTableRow;
  row.begin = begin;
  row.end = end;
  row.original.assign(text.substr(row.begin, row.end - row.begin));
  for (size_t b : begins) row.cell_begins.push_back(static_cast<uint32_t>(b - row.begin));
  row.cells = std::move(cells);
  row.text = PipeRowText(row.cells);
}

}  // namespace

void ReadCellLineTable(std::string_view text, TsvTableRange range, Blocks& out) {
  std::optional<CellLineTable> table = ScanCellLineTable(text, range.begin);
  if (!table) table = ScanPipedCellTable(text, range.begin);
  if (!table) return;
  const size_t columns = table->header.size();
  const auto add_row = [&](const std::vector<CellItem>& items, std::vector<std::string> cells,
                           const std::vector<size_t>& begins) {
    AddCellRow(text, items.front().begin, items.back().end, std::move(cells), begins, out);
  };
  std::vector<std::string> names;
  std::vector<size_t> name_begins;
  for (const CellItem& item : table->header) {
    names.push_back(Marked(item));
    name_begins.push_back(item.begin);
  }
  // The last text column (the first column after the number is one, whatever its name).
  size_t last_text = 1;
  for (size_t c = 1; c < columns; ++c)
    if (TextColumn(names[c])) last_text = c;
  add_row(table->header, names, name_begins);
  if (table->rule_end > table->rule_begin) {  // the rule line under it: a Markdown table's separator row
    Block& rule = out.emplace_back();
    rule.kind = BlockKind::kTableRow;
    rule.begin = table->rule_begin;
    rule.end = table->rule_end;
    rule.original.assign(text.substr(rule.begin, rule.end - rule.begin));
    for (size_t at = 0; at <= rule.original.size();) {
      const size_t bar = std::min(rule.original.find('|', at), rule.original.size());
      rule.cell_begins.push_back(static_cast<uint32_t>(at));
      rule.cells.emplace_back(TrimSpaces(std::string_view(rule.original).substr(at, bar - at)));
      at = bar + 1;
    }
    rule.text = PipeRowText(rule.cells);
  }
  bool after_row = false;  // a task's row just above (no section's): cells may be merged down from it
  for (const CellLineRow& r : table->rows) {
    const std::vector<CellItem>& items = r.items;
    if (r.section) {  // a row of the table, its text in the first cell (as a layout table's)
      after_row = false;
      std::vector<std::string> cells(columns);
      cells[0] = Marked(items.front());
      add_row({items.front()}, std::move(cells), std::vector<size_t>(columns, items.front().begin));
      continue;
    }
    std::vector<std::string> cells(columns);
    std::vector<size_t> begins(columns, items.front().begin);
    const auto put = [&](size_t column, size_t from, size_t to) {  // items [from, to) of the row into a cell
      for (size_t k = from; k < to; ++k) {
        if (items[k].text.empty()) continue;  // an empty cell's
        if (cells[column].empty())
          begins[column] = items[k].begin;
        else
          cells[column] += '\n';
        cells[column] += Marked(items[k]);
      }
    };
    put(0, 0, 1);
    const size_t m = items.size();  // the number's item and the cells' [1, m)
    // The text columns' items: one each at least, and on to the last prose item.
    // (Not among the last items, as many as the other columns: 2025年底前完成。 is a time's.)
    size_t text_end = std::min(m, 1 + last_text);
    const size_t others = columns - 1 - last_text;
    for (size_t k = 1; k < m; ++k)
      if ((items[k].text.ends_with("。") || items[k].text.ends_with("；")) &&
          !(k + others >= m && TimeLike(items[k].text)))
        text_end = std::max(text_end, k + 1);
    for (size_t c = 1; c < last_text && c < text_end; ++c) put(c, c, c + 1);
    if (last_text < text_end) put(last_text, last_text, text_end);
    // A row short of its columns under a row: the cells left out are merged down from above.
    const auto placed = after_row ? FitShortRow(items, names, last_text + 1, text_end, m) : std::nullopt;
    after_row = true;
    // The other columns': where a time column and a time item are, the items before it to the columns
    // before it and those after to those after; each group as FillColumns says.
    const auto fill = [&](size_t col_from, size_t col_to, size_t from, size_t to) {
      // A leaders' column first, the row having more items than columns: the persons' names after its
      // first item are its own too (two leaders as two paragraphs: 林卫东⏎葛志强).
      if (col_from < col_to && to > from && to - from > col_to - col_from && LeadersColumn(names[col_from])) {
        size_t k = from + 1;
        while (k < to && to - k > col_to - col_from - 1 && PersonItem(items[k].text)) ++k;
        if (k > from + 1) {
          put(col_from, from, k);
          ++col_from;
          from = k;
        }
      }
      for (const auto& [column, range] : FillColumns(items, col_from, col_to, from, to))
        put(column, range.first, range.second);
    };
    if (placed) {
      for (const auto& [column, item] : *placed) put(column, item, item + 1);
    } else if (last_text + 1 == columns) {
      put(last_text, text_end, m);
    } else {
      size_t time_column = columns, time_item = m;
      for (size_t c = last_text + 1; c < columns && time_column == columns; ++c)
        if (TimeColumn(names[c])) time_column = c;
      for (size_t k = text_end; k < m && time_item == m && time_column < columns; ++k)
        if (TimeLike(items[k].text)) time_item = k;
      if (time_item < m) {
        fill(last_text + 1, time_column, text_end, time_item);
        put(time_column, time_item, time_item + 1);
        fill(time_column + 1, columns, time_item + 1, m);
      } else {
        fill(last_text + 1, columns, text_end, m);
      }
    }
    for (size_t c = 1; c < columns; ++c)  // an empty cell where the one before it starts
      if (cells[c].empty()) begins[c] = begins[c - 1];
    add_row(items, std::move(cells), std::move(begins));
  }
}

namespace {

// A record of a sheet's row as Dify keeps it: its (key, value) pairs, [begin, end) in the text (a leading
// quote left in), and where the line after it starts.
struct KeyValueRecord {
  std::vector<std::pair<Field, Field>> pairs;
  size_t begin = 0, end = 0, next = 0;
};

constexpr size_t kMostKeyBytes = 96;        // a column's name: 32 characters
constexpr size_t kMostRecordBytes = 16384;  // a row

// Where the key at `at` ends (its `":"`), on its line; npos where it does not.
size_t KeyEnd(std::string_view text, size_t at) {
  for (size_t j = at; j < text.size() && j - at <= kMostKeyBytes; ++j) {
    if (text[j] == '\n' || text[j] == '\r') break;
    if (text[j] == '"') return text.substr(j).starts_with("\":\"") ? j : std::string_view::npos;
  }
  return std::string_view::npos;
}

// The record opening at `pos`, or nothing: key":"value, then ";" and the next key's pair, to a quote that
// ends a line.
std::optional<KeyValueRecord> ReadKeyValueRecord(std::string_view text, size_t pos) {
  KeyValueRecord r;
  r.begin = pos;
  size_t i = pos < text.size() && text[pos] == '"' ? pos + 1 : pos;
  while (true) {
    const size_t key_end = KeyEnd(text, i);
    if (key_end == std::string_view::npos) return std::nullopt;
    Field key{std::string(text.substr(i, key_end - i)), i, key_end, true};
    const size_t from = key_end + 3;
    size_t j = from;
    bool last = false;
    for (;; ++j) {
      if (j >= text.size() || j - pos > kMostRecordBytes) return std::nullopt;
      // A value goes on over a line break (a cell's own), not over a blank line nor into a line that opens a
      // record: the record is none (each line of a text is tried once, not scanned to the limit again).
      if (text[j] == '\n') {
        size_t next = j + 1;
        if (next < text.size() && text[next] == '\r') ++next;
        if (next >= text.size() || text[next] == '\n' ||
            KeyEnd(text, text[next] == '"' ? next + 1 : next) != std::string_view::npos)
          return std::nullopt;
        continue;
      }
      if (text[j] != '"') continue;
      if (text.substr(j).starts_with("\";\"") && KeyEnd(text, j + 3) != std::string_view::npos) break;
      if (j + 1 == text.size() || text[j + 1] == '\n' || text[j + 1] == '\r') {
        last = true;
        break;
      }
    }
    Field value{std::string(text.substr(from, j - from)), from, j, true};
    std::erase(value.text, '\r');
    r.pairs.emplace_back(std::move(key), std::move(value));
    if (!last) {
      i = j + 3;
      continue;
    }
    r.end = j + 1;
    r.next = r.end;
    if (r.next < text.size() && text[r.next] == '\r') ++r.next;
    if (r.next < text.size() && text[r.next] == '\n') ++r.next;
    return r;
  }
}

// Past the blank lines at `at`.
size_t PastBlankLines(std::string_view text, size_t at) {
  while (at < text.size()) {
    const Line l = LineAt(text, at);
    if (!TrimSpaces(l.text).empty()) break;
    at = l.next;
  }
  return at;
}

// A key that names no column: empty, None (a title row's empty cell), pandas' Unnamed: 3, or a title's.
bool NamesNoColumn(std::string_view key) {
  key = TrimSpaces(key);
  return key.empty() || key == "None" || key == "nan" || key.starts_with("Unnamed") || !ColumnName(key);
}

}  // namespace

std::vector<TsvTableRange> FindKeyValueTables(std::string_view text) {
  std::vector<TsvTableRange> tables;
  if (FindText(text, "\":\"") == std::string_view::npos) return tables;
  for (size_t pos = 0; pos < text.size();) {
    size_t at = pos, begin = pos, end = pos, count = 0;
    bool wide = false;
    while (at < text.size()) {
      const size_t from = count > 0 ? PastBlankLines(text, at) : at;
      const std::optional<KeyValueRecord> r = ReadKeyValueRecord(text, from);
      if (!r) break;
      if (count++ == 0) begin = from;
      wide = wide || r->pairs.size() >= 3;
      end = r->end;
      at = r->next;
    }
    if (count >= 3 && wide) {
      tables.push_back({begin, end});
      pos = at;
    } else {
      pos = count > 0 ? at : LineAt(text, pos).next;
    }
  }
  return tables;
}

void ReadKeyValueTable(std::string_view text, TsvTableRange range, Blocks& out) {
  std::vector<KeyValueRecord> records;
  for (size_t at = range.begin; at < range.end;) {
    std::optional<KeyValueRecord> r = ReadKeyValueRecord(text, PastBlankLines(text, at));
    if (!r || r->begin >= range.end) break;
    at = r->next;
    records.push_back(std::move(*r));
  }
  const auto add_row = [&](const KeyValueRecord& r, std::vector<std::string> cells,
                           const std::vector<size_t>& begins) {
    AddCellRow(text, r.begin, r.end, std::move(cells), begins, out);
  };
  // A record of one value as paragraphs, a line of the value each, the first from the record's start and
  // the last to its end.
  const auto add_paragraphs = [&](const KeyValueRecord& r) {
    const Field& value = r.pairs.front().second;
    const size_t first = out.size();
    for (size_t at = value.begin; at < value.end;) {
      size_t eol = std::min(text.find('\n', at), value.end);
      const std::string_view line = TrimSpaces(text.substr(at, eol - at));
      if (!line.empty()) {
        Block& b = out.emplace_back();
        b.begin = out.size() == first + 1 ? r.begin : at;
        b.end = eol;
        b.text.assign(line);
      }
      at = eol + 1;
    }
    if (out.size() == first) return;
    out.back().end = r.end;
    for (size_t k = first; k < out.size(); ++k)
      out[k].original.assign(text.substr(out[k].begin, out[k].end - out[k].begin));
  };
  // The columns: the keys, where they name them (each record's keys distinct, none a title's None, half
  // of them column names at least), in the order the records give them; else the values of the first
  // record that are all column names.
  std::vector<std::string> names;
  std::vector<size_t> name_begins;
  size_t header = records.size();
  bool keyed = false;
  {
    size_t named = 0, keys = 0;
    bool plain = true;
    for (size_t k = 0; k < records.size() && plain; ++k) {
      const auto& pairs = records[k].pairs;
      if (pairs.size() < 2) continue;
      if (header == records.size()) header = k;
      size_t after = 0;  // where the next new key goes: after the one before it
      for (size_t p = 0; p < pairs.size() && plain; ++p) {
        const std::string_view key = TrimSpaces(pairs[p].first.text);
        plain = !NamesNoColumn(key) &&
                std::none_of(pairs.begin(), pairs.begin() + static_cast<std::ptrdiff_t>(p),
                             [&](const auto& q) { return TrimSpaces(q.first.text) == key; });
        ++keys;
        named += ColumnName(key) ? 1 : 0;
        const auto at = std::find(names.begin(), names.end(), key);
        if (at == names.end()) {
          names.insert(names.begin() + static_cast<std::ptrdiff_t>(after), std::string(key));
          ++after;
        } else {
          after = static_cast<size_t>(at - names.begin()) + 1;
        }
      }
    }
    keyed = plain && header < records.size() && names.size() >= 3 && 2 * named >= keys;
  }
  if (keyed) {
    name_begins.assign(names.size(), records[header].begin);
    for (const auto& [key, value] : records[header].pairs)
      if (const auto at = std::find(names.begin(), names.end(), TrimSpaces(key.text)); at != names.end())
        name_begins[static_cast<size_t>(at - names.begin())] = key.begin;
  } else {
    names.clear();
    header = records.size();
    for (size_t k = 0; k < records.size() && header == records.size(); ++k)
      if (records[k].pairs.size() >= 3 &&
          std::all_of(records[k].pairs.begin(), records[k].pairs.end(),
                      [](const auto& pair) { return ColumnName(pair.second.text); }))
        header = k;
    if (header < records.size())
      for (const auto& [key, value] : records[header].pairs) {
        names.push_back(std::string(TrimSpaces(value.text)));
        name_begins.push_back(value.begin);
      }
  }
  const size_t columns = names.size();
  size_t last_text = 1;  // the last text column (the first after the number is one, as a cell line table's)
  for (size_t c = 1; c < columns; ++c)
    if (TextColumn(names[c])) last_text = c;
  for (size_t k = 0; k < records.size(); ++k) {
    const KeyValueRecord& r = records[k];
    // The header's own record: its names, and where they are the keys, its values a row too.
    if (k == header) {
      add_row(r, names, name_begins);
      if (!keyed) continue;
    }
    if (k < header && !keyed) {
      add_paragraphs(r);
      continue;
    }
    std::vector<std::string> cells(columns);
    std::vector<size_t> begins(columns, r.begin);
    if (r.pairs.size() == 1 || columns == 0) {
      // One value: a section row (一、…), or the text around the table (a 注, a title).
      if (columns == 0 || r.pairs.size() > 1 || !SectionLine(r.pairs.front().second.text)) {
        add_paragraphs(r);
        continue;
      }
      cells[0] = TrimSpaces(r.pairs.front().second.text);
      begins[0] = r.pairs.front().second.begin;
      add_row(r, std::move(cells), begins);
      continue;
    }
    const auto put = [&](size_t column, const Field& value) {
      cells[column] = TrimSpaces(value.text);
      begins[column] = value.begin;
    };
    if (keyed) {
      for (const auto& [key, value] : r.pairs) {
        const auto at = std::find(names.begin(), names.end(), TrimSpaces(key.text));
        if (at != names.end()) put(static_cast<size_t>(at - names.begin()), value);
      }
    } else {
      // The values in order; a row short of the columns (its empty cells left out) placed as FitShortRow
      // says after the text columns.
      std::vector<CellItem> items;
      for (const auto& [key, value] : r.pairs) {
        CellItem& item = items.emplace_back();
        item.begin = value.begin;
        item.end = value.end;
        item.text = TrimSpaces(value.text);
      }
      const size_t n = std::min(items.size(), columns);
      std::optional<std::vector<std::pair<size_t, size_t>>> placed;
      if (items.size() < columns && items.size() > last_text + 1)
        placed = FitShortRow(items, names, last_text + 1, last_text + 1, items.size());
      for (size_t c = 0; c < n && (!placed || c <= last_text); ++c) put(c, r.pairs[c].second);
      if (placed)
        for (const auto& [column, item] : *placed) put(column, r.pairs[item].second);
    }
    for (size_t c = 1; c < columns; ++c)  // an empty cell where the one before it starts
      if (cells[c].empty()) begins[c] = begins[c - 1];
    add_row(r, std::move(cells), begins);
  }
}

}  // namespace gongwen::internal

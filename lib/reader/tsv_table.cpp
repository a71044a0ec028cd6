// Tab-separated tables with quoted cells: records read as a spreadsheet writes them.
#include "reader/tsv_table.h"

#include <algorithm>
#include <string>
#include <utility>

#include "core/lists.h"
#include "core/utf8.h"

namespace gongwen::internal {
namespace {

// A quoted cell runs over at most this many bytes: a stray quote opens no cell to the end of the text.
constexpr size_t kMostQuotedBytes = 4096;

struct Field {
  std::string text;
  size_t begin = 0;  // where its text starts in the source
};

struct Record {
  std::vector<Field> fields;
  size_t end = 0;       // its line end (or the text's end)
  size_t next = 0;      // where the next record starts
  bool quoted = false;  // a cell of it is quoted
};

// The record that starts at `pos`.
Record ReadRecord(std::string_view text, size_t pos) {
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
          closed = j + 1 == text.size() || text[j + 1] == '\t' || text[j + 1] == '\n' || text[j + 1] == '\r';
          break;
        }
        value += text[j++];
      }
      if (closed) {
        f.begin = i + 1;
        std::replace(value.begin(), value.end(), '\r', '\n');
        f.text = std::move(value);
        r.quoted = true;
        i = j + 1;
      }
    }
    if (!closed || i >= text.size() || (text[i] != '\t' && text[i] != '\n' && text[i] != '\r')) {
      // A plain cell: to the next tab or line end.
      const size_t start = i;
      while (i < text.size() && text[i] != '\t' && text[i] != '\n' && text[i] != '\r') ++i;
      if (f.text.empty()) {
        f.begin = start;
        f.text = std::string(text.substr(start, i - start));
      }
    }
    r.fields.push_back(std::move(f));
    if (i < text.size() && text[i] == '\t') {
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
      const Record r = ReadRecord(text, at);
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

void ReadTsvTable(std::string_view text, TsvTableRange range, Blocks& out) {
  for (size_t at = range.begin; at < range.end;) {
    Record r = ReadRecord(text, at);
    Block& row = out.emplace_back();
    row.kind = BlockKind::kTableRow;
    row.begin = at;
    row.end = std::min(r.end, range.end);
    row.original.assign(text.substr(row.begin, row.end - row.begin));
    for (Field& f : r.fields) {
      const std::string_view trimmed = TrimSpaces(f.text);
      // Where the trimmed text starts: the field's start and the spaces its text opens with.
      const size_t lead = trimmed.empty() ? 0 : static_cast<size_t>(trimmed.data() - f.text.data());
      row.cell_begins.push_back(static_cast<uint32_t>(f.begin + lead - row.begin));
      row.cells.emplace_back(trimmed);
    }
    row.text = PipeRowText(row.cells);
    at = r.next;
  }
}

}  // namespace gongwen::internal

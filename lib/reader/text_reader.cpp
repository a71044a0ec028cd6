// The text reader: lines become paragraph blocks, pipe rows become table rows.
#include <cstring>
#include <string_view>

#include "core/utf8.h"
#include "gongwen/block.h"

namespace gongwen {

const char* BlockKindName(BlockKind kind) {
  switch (kind) {
    case BlockKind::kParagraph: return "paragraph";
    case BlockKind::kTableRow: return "table_row";
    case BlockKind::kPageBreak: return "page_break";
  }
  return "paragraph";
}

namespace {

// Splits `| a | b |` into trimmed cells; `\|` stays inside a cell.
std::vector<std::string> SplitPipeRow(std::string_view row) {
  std::vector<std::string> cells;
  row = row.substr(1, row.size() - 2);  // outer pipes
  std::string cell;
  for (size_t i = 0; i < row.size(); ++i) {
    if (row[i] == '\\' && i + 1 < row.size() && row[i + 1] == '|') {
      cell += '|';
      ++i;
    } else if (row[i] == '|') {
      cells.emplace_back(internal::TrimSpaces(cell));
      cell.clear();
    } else {
      cell += row[i];
    }
  }
  cells.emplace_back(internal::TrimSpaces(cell));
  return cells;
}

// The first '\n', '\r' or '\f' at or after pos (text.size() if none): memchr
// finds the line feed, then the line is checked for the rarer two.
size_t LineEnd(std::string_view text, size_t pos) {
  const void* nl = std::memchr(text.data() + pos, '\n', text.size() - pos);
  size_t end = nl == nullptr ? text.size() : static_cast<size_t>(static_cast<const char*>(nl) - text.data());
  for (size_t i = pos; i < end; ++i)
    if (text[i] == '\r' || text[i] == '\f') return i;
  return end;
}

}  // namespace

Blocks ReadTextBlocks(const Source& source) {
  Blocks blocks;
  const std::string& text = source.text();
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = LineEnd(text, pos);
    std::string_view line(text.data() + pos, eol - pos);
    std::string_view content = internal::TrimSpaces(line);
    if (!content.empty()) {
      Block block;
      block.begin = static_cast<size_t>(content.data() - text.data());
      block.end = block.begin + content.size();
      block.original.assign(content);
      block.span = source.SpanOf(block.begin, block.end);
      if (content.size() >= 2 && content.front() == '|' && content.back() == '|') {
        block.kind = BlockKind::kTableRow;
        block.cells = SplitPipeRow(content);
      }
      block.text.assign(content);
      blocks.push_back(std::move(block));
    }
    if (eol < text.size() && text[eol] == '\f') {
      Block brk;
      brk.kind = BlockKind::kPageBreak;
      brk.begin = eol;
      brk.end = eol + 1;
      brk.original = "\f";
      brk.span = source.SpanOf(brk.begin, brk.end);
      blocks.push_back(std::move(brk));
    }
    pos = eol;
    if (pos < text.size()) {
      if (text[pos] == '\r' && pos + 1 < text.size() && text[pos + 1] == '\n') ++pos;
      ++pos;
    }
  }
  return blocks;
}

}  // namespace gongwen
